package com.koto.console.ui;

import com.koto.content.LessonStatus;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;

/** Small status labels. */
public final class Badges {

    private Badges() {
    }

    /** A lesson status: draft, published or archived. */
    public static Badge status(LessonStatus status) {
        Badge badge = new Badge(Texts.t("status." + status.code()));
        badge.addThemeVariants(BadgeVariant.SMALL);
        switch (status) {
            case PUBLISHED -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case ARCHIVED -> badge.addThemeVariants(BadgeVariant.CONTRAST);
            default -> { }
        }
        badge.addClassName("koto-status-" + status.code());
        return badge;
    }

    /** The "unpublished changes" marker of a draft that differs from its latest version. */
    public static Badge unpublished() {
        Badge badge = new Badge(Texts.t("lesson.unpublished-changes"));
        badge.addThemeVariants(BadgeVariant.SMALL, BadgeVariant.WARNING);
        badge.addClassName("koto-unpublished");
        return badge;
    }

    /** A neutral small label (activity type, version). */
    public static Badge plain(String text) {
        Badge badge = new Badge(text);
        badge.addThemeVariants(BadgeVariant.SMALL);
        return badge;
    }

    /** A pass / fail label. */
    public static Badge verdict(boolean passed) {
        Badge badge = new Badge(Texts.t(passed ? "preview.passed" : "preview.failed"));
        badge.addThemeVariants(passed ? BadgeVariant.SUCCESS : BadgeVariant.ERROR);
        badge.addClassName(passed ? "koto-passed" : "koto-failed");
        return badge;
    }
}
