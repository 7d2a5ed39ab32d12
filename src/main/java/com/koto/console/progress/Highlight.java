package com.koto.console.progress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** An answer with its wrong spans marked ({@code <mark>}), for transcripts and examples. */
final class Highlight {

    private Highlight() {
    }

    /**
     * @param answer the learner's answer
     * @param spans  the wrong spans (an evaluation's {@code original}s); empty or absent spans are skipped
     */
    static Component answer(String answer, List<String> spans) {
        Span out = new Span();
        out.addClassName("koto-answer");
        String text = answer == null ? "" : answer;
        List<int[]> marks = new ArrayList<>();
        for (String s : spans) {
            if (s == null || s.isBlank()) {
                continue;
            }
            int at = text.indexOf(s);
            if (at >= 0 && marks.stream().noneMatch(m -> at < m[1] && at + s.length() > m[0])) {
                marks.add(new int[] {at, at + s.length()});
            }
        }
        marks.sort(Comparator.comparingInt(m -> m[0]));
        int pos = 0;
        for (int[] m : marks) {
            if (m[0] > pos) {
                out.add(new Span(text.substring(pos, m[0])));
            }
            com.vaadin.flow.component.html.Span mark = new Span(text.substring(m[0], m[1]));
            mark.getElement().setAttribute("role", "mark");
            mark.addClassName("koto-mark");
            out.add(mark);
            pos = m[1];
        }
        if (pos < text.length()) {
            out.add(new Span(text.substring(pos)));
        }
        return out;
    }
}
