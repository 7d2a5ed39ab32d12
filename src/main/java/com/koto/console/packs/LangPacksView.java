package com.koto.console.packs;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.langpack.LangPack;
import com.koto.langpack.LangPackEditor;
import com.koto.langpack.LangPackInfo;
import com.koto.platform.ConflictException;
import com.koto.platform.InvalidDocumentException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/** The installed language packs: open one to edit it, add a pack for a new language, import or export files. */
@Route("packs")
@Menu(title = "nav.packs", order = 2, icon = "vaadin:globe")
@RolesAllowed({"ADMIN", "TEACHER"})
public class LangPacksView extends VerticalLayout implements HasDynamicTitle {

    /** A two-letter language code. */
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");

    private final LangPackEditor editor;
    private final Grid<LangPackInfo> grid = new Grid<>();
    private final AtomicReference<byte[]> uploaded = new AtomicReference<>();

    LangPacksView(LangPackEditor editor) {
        this.editor = editor;
        setSizeFull();
        addClassName("koto-page");

        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> uploaded.set(bytes)));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(t("packs.import"), VaadinIcon.UPLOAD.create()));
        upload.setId("pack-upload");
        upload.setI18n(com.koto.console.ui.UploadTexts.i18n());
        upload.addClassName("koto-inline-upload");
        upload.addAllFinishedListener(e -> {
            byte[] file = uploaded.getAndSet(null);
            upload.clearFileList();
            if (file != null) {
                importFile(file);
            }
        });
        Button create = new Button(t("packs.new"), VaadinIcon.PLUS.create(), e -> newPack());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-pack");
        H2 heading = new H2(t("packs.heading"));
        HorizontalLayout top = new HorizontalLayout(heading, upload, create);
        top.setWidthFull();
        top.expand(heading);
        top.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.addColumn(LangPackInfo::code).setHeader(t("packs.col.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LangPackInfo::name).setHeader(t("packs.col.name")).setFlexGrow(3).setAutoWidth(true)
                .setKey("name");
        grid.addColumn(p -> Texts.language(p.instructionLang())).setHeader(t("packs.col.language")).setAutoWidth(true);
        grid.addColumn(LangPackInfo::version).setHeader(t("packs.col.version")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LangPackInfo::errorPatternCount).setHeader(t("packs.col.patterns")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(p -> com.koto.console.ui.Cells.updated(p.updatedAt(), p.updatedBy())).setHeader(t("lessons.col.updated")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(p -> {
            Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] file = editor.export(p.code());
                return new DownloadResponse(new ByteArrayInputStream(file), p.code() + ".json", "application/json",
                        file.length);
            }), "");
            export.add(VaadinIcon.DOWNLOAD_ALT.create());
            export.getElement().setAttribute("title", t("packs.export"));
            export.getElement().setAttribute("aria-label", t("packs.export"));
            export.addClassName("koto-icon-link");
            return export;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> open(e.getItem().code()));
        // long pack names wrap instead of being cut off
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("packs");
        grid.setSizeFull();
        Paragraph help = new Paragraph(t("packs.help"));
        help.addClassName("koto-muted");
        add(top, help, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(editor.packs());
    }

    private void open(String code) {
        UI.getCurrent().navigate(LangPackEditorView.class, new RouteParameters("code", code));
    }

    /** Installs or replaces a pack from an uploaded file, or lists why not. */
    void importFile(byte[] file) {
        try {
            LangPack pack = editor.importPack(file);
            Notification.show(t("packs.imported", pack.code()), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (InvalidDocumentException e) {
            Dialog errors = new Dialog();
            errors.setHeaderTitle(t("packs.import-failed"));
            errors.setId("pack-import-errors");
            UnorderedList list = new UnorderedList();
            e.violations().forEach(v -> list.add(new ListItem(v)));
            errors.add(list);
            errors.getFooter().add(new Button(t("common.close"), c -> errors.close()));
            errors.open();
        }
    }

    private void newPack() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("packs.new"));
        dialog.setId("new-pack-dialog");
        TextField lang = new TextField(t("packs.new.language"));
        lang.setHelperText(t("packs.new.language-help"));
        lang.setPattern("[a-z]{2}");
        lang.setMaxLength(2);
        lang.setId("new-pack-language");
        TextField name = new TextField(t("packs.new.name"));
        name.setHelperText(t("packs.new.name-help"));
        name.setId("new-pack-name");
        Select<String> base = new Select<>();
        base.setLabel(t("packs.new.based-on"));
        List<String> codes = editor.packs().stream().map(LangPackInfo::code).toList();
        base.setItems(codes);
        base.setValue(codes.contains("ko-en") ? "ko-en" : codes.getFirst());
        base.setId("new-pack-base");
        Span error = new Span();
        error.addClassName("koto-error-text");
        Button create = new Button(t("packs.create"), e -> {
            String code = lang.getValue().strip();
            if (!LANGUAGE_CODE.matcher(code).matches()) {
                lang.setInvalid(true);
                lang.setErrorMessage(t("packs.new.language-invalid"));
                return;
            }
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(t("packs.new.name-required"));
                return;
            }
            try {
                LangPack pack = editor.create(code, name.getValue().strip(), base.getValue());
                dialog.close();
                open(pack.code());
            } catch (ConflictException exists) {
                lang.setInvalid(true);
                lang.setErrorMessage(t("packs.new.exists", "ko-" + code));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-pack");
        dialog.add(new FormLayout(lang, name, base), error);
        dialog.getFooter().add(new Button(t("common.cancel"), e -> dialog.close()), create);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return t("packs.page-title");
    }
}
