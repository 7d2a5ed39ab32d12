package com.koto.console.log;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Cells;
import com.koto.console.ui.DiffText;
import com.koto.console.ui.Texts;
import com.koto.content.LessonChange;
import com.koto.content.LessonDocument;
import com.koto.content.LessonHistory;
import com.koto.content.LessonLibrary;
import com.koto.identity.AccountActivity;
import com.koto.identity.AccountLog;
import com.koto.langpack.LangPackChange;
import com.koto.langpack.LangPackEditor;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Admins: every recent change to lessons, language packs and accounts, and console sign-ins and
 * failed sign-ins, with who and when.
 */
@Route("activity")
@Menu(title = "nav.activity", order = 3, icon = "vaadin:time-backward")
@RolesAllowed("ADMIN")
public class ActivityLogView extends VerticalLayout implements HasDynamicTitle {

    private static final int LIMIT = 300;

    /**
     * One line of the log.
     *
     * @param subject what was changed, by its readable name ({@code Lesson “Ordering at a café”})
     * @param key     its identifier (slug, pack code, username), shown small under the subject
     */
    record Entry(Instant at, String author, String subject, String key, String action, Div details) {
    }

    ActivityLogView(LessonHistory lessons, LessonLibrary library, LangPackEditor packs, AccountLog accounts) {
        setSizeFull();
        addClassName("koto-page");
        String lang = "ko".equals(getLocale().getLanguage()) ? "ko" : "en";
        Map<String, LessonDocument> drafts = new HashMap<>();
        library.all().forEach(l -> drafts.put(l.slug(), l.draft()));
        Map<String, String> packNames = new HashMap<>();
        packs.packs().forEach(p -> packNames.put(p.code(), p.name()));
        List<Entry> entries = new ArrayList<>();
        for (LessonChange c : lessons.recentChanges(LIMIT)) {
            LessonDocument draft = drafts.get(c.slug());
            String title = draft == null ? c.slug() : "“" + LessonDocument.pick(draft.title(), lang) + "”";
            entries.add(new Entry(c.at(), c.author(), t("log.lesson", title), c.slug(),
                    t("action." + c.action().name()), lessonDetails(c, draft)));
        }
        for (LangPackChange c : packs.recentChanges(LIMIT)) {
            Div details = new Div(new Span(String.join(", ", c.paths())));
            entries.add(new Entry(c.at(), c.author(), t("log.pack", packNames.getOrDefault(c.code(), c.code())),
                    c.code(), t("pack.action." + c.action().code()), details));
        }
        for (AccountActivity a : accounts.recent(LIMIT)) {
            entries.add(new Entry(a.at(), a.actor(), t("log.account", a.subject()), a.subject(),
                    t("account.action." + a.action()), new Div(new Span(accountDetails(a.details())))));
        }
        entries.sort(Comparator.comparing(Entry::at).reversed());

        Grid<Entry> grid = new Grid<>();
        grid.addColumn(e -> Texts.when(e.at())).setHeader(t("changes.col.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Entry::author).setHeader(t("changes.col.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(e -> e.key().equals(e.subject()) || e.subject().endsWith(" " + e.key())
                ? new Div(new Span(e.subject())) : Cells.twoLines(e.subject(), e.key()))
                .setHeader(t("log.col.subject")).setAutoWidth(true);
        grid.addColumn(Entry::action).setHeader(t("changes.col.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(Entry::details).setHeader(t("changes.col.details")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(entries);
        grid.setId("activity-log");
        grid.setSizeFull();

        TextField filter = new TextField();
        filter.setPlaceholder(t("log.filter"));
        filter.setAriaLabel(t("log.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.EAGER);
        filter.setClearButtonVisible(true);
        filter.setWidth("20em");
        filter.setId("log-filter");
        filter.addValueChangeListener(e -> {
            String text = e.getValue().strip().toLowerCase(Locale.ROOT);
            grid.setItems(entries.stream().filter(x -> text.isEmpty()
                    || x.author().toLowerCase(Locale.ROOT).contains(text)
                    || x.subject().toLowerCase(Locale.ROOT).contains(text)
                    || x.key().toLowerCase(Locale.ROOT).contains(text)).toList());
        });
        add(new H2(t("log.heading")), filter, grid);
    }

    private static Div lessonDetails(LessonChange c, LessonDocument titles) {
        Div lines = new Div();
        lines.addClassName("koto-report-lines");
        if (c.note() != null && !c.note().isBlank()) {
            lines.add(new Div(new Span(c.note())));
        }
        c.details().stream().limit(4).forEach(d -> lines.add(new Div(new Span(DiffText.line(d, null, titles)))));
        if (c.details().size() > 4) {
            lines.add(new Div(new Span(t("diff.more", c.details().size() - 4))));
        }
        return lines;
    }

    /** Role names and the neutral detail words of the account log in the UI language. */
    private static String accountDetails(String details) {
        StringBuilder text = new StringBuilder();
        for (String part : details.split(" ")) {
            String shown = switch (part) {
                case "ADMIN", "TEACHER", "LEARNER" -> t("role." + part.toLowerCase(Locale.ROOT));
                case "" -> "";
                default -> Texts.tOr("account.detail." + part, part);
            };
            text.append(text.isEmpty() ? "" : " ").append(shown);
        }
        return text.toString();
    }

    @Override
    public String getPageTitle() {
        return t("log.page-title");
    }
}
