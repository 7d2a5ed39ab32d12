package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.content.LessonTransfer;
import com.koto.content.LessonTransfer.ImportResult;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Imports lesson files as new drafts: upload one or more {@code .json} files, then each is checked
 * and imported in turn (one per poll, so the progress bar moves), with a report line per file
 * listing every problem of a refused one.
 */
class ImportLessonsDialog extends Dialog {

    /** An uploaded file waiting to be imported. */
    record Pending(String fileName, byte[] bytes) {
    }

    private final LessonTransfer transfer;
    private final Runnable imported;
    private final Queue<Pending> uploaded = new ConcurrentLinkedQueue<>();
    private final List<Pending> queue = new ArrayList<>();
    private final List<ImportResult> results = new ArrayList<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Grid<ImportResult> report = new Grid<>();
    private Registration polling;
    private int total;

    ImportLessonsDialog(LessonTransfer transfer, Runnable imported) {
        this.transfer = transfer;
        this.imported = imported;
        setHeaderTitle(t("import.title"));
        setWidth("min(60em, 95vw)");

        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> uploaded.add(new Pending(meta.fileName(), bytes))));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(50);
        upload.setDropLabel(new Span(t("import.drop")));
        upload.setUploadButton(new Button(t("import.choose"), VaadinIcon.UPLOAD.create()));
        upload.setId("lesson-upload");
        upload.setI18n(com.koto.console.ui.UploadTexts.i18n());
        upload.addAllFinishedListener(e -> start());

        progress.setVisible(false);
        progress.setId("import-progress");
        status.addClassName("koto-muted");
        status.setId("import-status");
        report.addComponentColumn(r -> r.imported() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.WARNING.create())
                .setHeader("").setAutoWidth(true).setFlexGrow(0);
        report.addColumn(ImportResult::fileName).setHeader(t("import.col.file")).setAutoWidth(true);
        report.addColumn(r -> r.title() == null ? "" : r.title() + (r.slug() == null ? "" : " (" + r.slug() + ")"))
                .setHeader(t("import.col.lesson")).setFlexGrow(2);
        report.addComponentColumn(this::outcome).setHeader(t("import.col.outcome")).setFlexGrow(3);
        report.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        report.setAllRowsVisible(true);
        report.setVisible(false);
        report.setId("import-report");

        add(new Paragraph(t("import.help")), upload, progress, status, report);
        getFooter().add(new Button(t("common.close"), e -> close()));
        addDetachListener(e -> stopPolling());
    }

    private Div outcome(ImportResult r) {
        Div lines = new Div();
        lines.addClassName("koto-report-lines");
        if (r.imported()) {
            lines.add(new Span(t("import.imported", r.slug())));
        }
        r.errors().forEach(e -> lines.add(new Div(new Span(e))));
        r.problems().forEach(p -> lines.add(new Div(new Span(Texts.problem(p)))));
        return lines;
    }

    /** Takes the uploaded files into the queue and starts importing them, one per poll. */
    private void start() {
        for (Pending p; (p = uploaded.poll()) != null;) {
            queue.add(p);
            total++;
        }
        if (queue.isEmpty()) {
            return;
        }
        progress.setVisible(true);
        report.setVisible(true);
        update();
        UI ui = UI.getCurrent();
        if (polling == null) {
            ui.setPollInterval(150);
            polling = ui.addPollListener(e -> step());
        }
    }

    /** Imports the next queued file (package-private: tests drive it without a browser's poll). */
    boolean step() {
        if (queue.isEmpty()) {
            stopPolling();
            return false;
        }
        Pending next = queue.removeFirst();
        ImportResult result = transfer.importFile(next.fileName(), next.bytes());
        results.add(result);
        report.setItems(results);
        update();
        if (result.imported()) {
            imported.run();
        }
        if (queue.isEmpty()) {
            stopPolling();
        }
        return true;
    }

    private void update() {
        int done = results.size();
        progress.setValue(total == 0 ? 0 : (double) done / total);
        long ok = results.stream().filter(ImportResult::imported).count();
        status.setText(done < total ? t("import.progress", done, total)
                : t("import.done", ok, done - ok));
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }
}
