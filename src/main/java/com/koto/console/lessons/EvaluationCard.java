package com.koto.console.lessons;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Badges;
import com.koto.console.ui.Texts;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** An evaluation as the learner gets it: score, verdict, feedback, the right form and each error with its correction. */
class EvaluationCard extends Div {

    EvaluationCard(Evaluation evaluation) {
        addClassName("koto-evaluation");
        addClassName(evaluation.passed() ? "koto-evaluation-passed" : "koto-evaluation-failed");
        Span score = new Span(t("preview.score", evaluation.score()));
        score.addClassName("koto-score");
        HorizontalLayout top = new HorizontalLayout(score, Badges.verdict(evaluation.passed()));
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        Paragraph feedback = new Paragraph(evaluation.feedback());
        feedback.addClassName("koto-feedback");
        add(top, feedback);
        if (evaluation.modelAnswer() != null && !evaluation.modelAnswer().isBlank()) {
            Paragraph model = new Paragraph(t("preview.model-answer", evaluation.modelAnswer()));
            model.addClassName("koto-model-answer");
            add(model);
        }
        for (EvaluationError error : evaluation.errors()) {
            Div row = new Div();
            row.addClassName("koto-error");
            Span category = new Span(Texts.tOr("category." + error.category().wireName(), error.category().wireName()));
            category.addClassName("koto-error-category");
            Span fix = new Span(t("preview.correction", blankAsDash(error.original()), blankAsDash(error.correction())));
            fix.addClassName("koto-correction");
            Div explanation = new Div(new Span(error.explanation()));
            explanation.addClassName("koto-explanation");
            row.add(category, fix, explanation);
            add(row);
        }
    }

    private static String blankAsDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
