package com.koto.console.progress;

import static com.koto.console.ui.Texts.t;

import com.koto.platform.ConflictException;
import com.koto.platform.NotFoundException;
import com.koto.progress.AnswerReview;
import com.koto.progress.ProgressRecords.ReviewItem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * The answer review queue of a lesson (optionally one activity, {@code ?activity=key}): failing
 * answers, flagged first, then most frequent. Accept adds the answer to the activity's accepted
 * answers in the draft (in the change log; live on the next publish); dismiss hides it.
 */
@Route("progress/review/:lessonId")
@RolesAllowed({"ADMIN", "TEACHER"})
public class AnswerReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int LIMIT = 200;

    private final AnswerReview review;
    private final Grid<ReviewItem> grid = new Grid<>();
    private UUID lessonId;
    private String activity;

    AnswerReviewView(AnswerReview review) {
        this.review = review;
        addClassName("koto-page");
        setSizeFull();
        grid.setId("review-queue");
        grid.addColumn(ReviewItem::activityKey).setHeader(t("progress.col.activity")).setAutoWidth(true);
        grid.addColumn(ReviewItem::example).setHeader(t("progress.col.answer")).setFlexGrow(2);
        grid.addColumn(ReviewItem::failures).setHeader(t("progress.col.failures")).setAutoWidth(true);
        grid.addColumn(ReviewItem::reports).setHeader(t("progress.col.reports")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            lessonId = UUID.fromString(event.getRouteParameters().get("lessonId").orElse(""));
            List<String> a = event.getLocation().getQueryParameters().getParameters().get("activity");
            activity = a == null || a.isEmpty() ? null : a.getFirst();
            refresh();
        } catch (IllegalArgumentException | NotFoundException | AccessDeniedException e) {
            event.forwardTo(LessonAnalyticsView.class);
            return;
        }
        removeAll();
        Anchor editor = new Anchor("lessons/" + lessonId, t("progress.review-queue.editor"));
        add(new H2(activity == null ? t("progress.review-queue.heading")
                : t("progress.review-queue.heading-activity", activity)),
                new Paragraph(t("progress.review-queue.help")), editor, grid);
    }

    private void refresh() {
        grid.setItems(review.queue(lessonId, activity, LIMIT));
    }

    private HorizontalLayout actions(ReviewItem item) {
        Button accept = new Button(t("progress.review-queue.accept"), e -> decide(item, true));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        accept.setId("accept-" + item.normalized());
        Button dismiss = new Button(t("progress.review-queue.dismiss"), e -> decide(item, false));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        dismiss.setId("dismiss-" + item.normalized());
        return new HorizontalLayout(accept, dismiss);
    }

    private void decide(ReviewItem item, boolean accept) {
        try {
            if (accept) {
                review.accept(lessonId, item.activityKey(), item.normalized());
                notice(t("progress.review-queue.accepted", item.example()), NotificationVariant.LUMO_SUCCESS);
            } else {
                review.dismiss(lessonId, item.activityKey(), item.normalized());
                notice(t("progress.review-queue.dismissed", item.example()), NotificationVariant.LUMO_CONTRAST);
            }
        } catch (ConflictException | NotFoundException e) {
            notice(e.getMessage(), NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private static void notice(String text, NotificationVariant variant) {
        Notification n = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return t("progress.review-queue.page-title");
    }
}
