package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.content.DraftLesson;
import com.koto.content.LessonProblem;
import com.koto.content.LessonRules;
import com.koto.content.LessonStatus;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * What keeps the draft from being published, in the teacher's language; or that it is ready; or,
 * when it equals the latest version, that there is nothing to publish.
 */
class ProblemsPanel extends Div {

    ProblemsPanel(DraftLesson lesson) {
        setId("problems");
        List<LessonProblem> problems = LessonRules.check(lesson.draft());
        if (lesson.status() == LessonStatus.ARCHIVED) {
            addClassName("koto-unchanged");
            add(VaadinIcon.ARCHIVE.create(), new Span(t("problems.archived")));
            return;
        }
        if (problems.isEmpty() && lesson.latestVersion() != null && !lesson.unpublishedChanges()) {
            // nothing to publish: say so, matching the disabled Publish button
            addClassName("koto-unchanged");
            add(VaadinIcon.INFO_CIRCLE.create(), new Span(t("problems.unchanged", lesson.latestVersion())));
            return;
        }
        if (problems.isEmpty()) {
            addClassName("koto-ready");
            add(VaadinIcon.CHECK_CIRCLE.create(), new Span(t("problems.none")));
            return;
        }
        addClassName("koto-problems");
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(Texts.problem(p))));
        Details details = new Details(new Span(t("problems.count", problems.size())), list);
        details.setOpened(problems.size() <= 3);
        add(details);
    }
}
