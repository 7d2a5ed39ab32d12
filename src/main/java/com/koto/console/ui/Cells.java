package com.koto.console.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Small grid cell layouts shared by the views. */
public final class Cells {

    private Cells() {
    }

    /** A main line over a muted second line. */
    public static Div twoLines(String first, String second) {
        Span a = new Span(first);
        Span b = new Span(second);
        b.addClassName("koto-muted");
        Div cell = new Div(a, b);
        cell.addClassName("koto-two-lines");
        return cell;
    }

    /** "When" over "by whom". */
    public static Div updated(java.time.Instant when, String who) {
        return twoLines(Texts.when(when), Texts.t("lessons.by", who));
    }
}
