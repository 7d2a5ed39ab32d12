package com.koto.console.progress;

import static com.koto.console.ui.Texts.t;

import com.koto.console.ui.Texts;
import com.koto.platform.NotFoundException;
import com.koto.tutoring.SessionRecords;
import com.koto.tutoring.SessionView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admins: a whole session in order: the tutor's lines (with the tutor's voice), the learner's
 * answers (with their recordings), each evaluation with the wrong spans marked in the answer, the
 * corrections, the model answer and the feedback. Audio plays from short-lived presigned URLs.
 */
@Route("progress/sessions/:sessionId")
@RolesAllowed("ADMIN")
public class SessionReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionRecords records;
    private final JsonMapper json;
    private String title = "";

    SessionReviewView(SessionRecords records, JsonMapper json) {
        this.records = records;
        this.json = json;
        addClassName("koto-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SessionView session;
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("sessionId").orElse(""));
            session = records.session(id);
        } catch (IllegalArgumentException | NotFoundException e) {
            event.forwardTo(LearnersView.class);
            return;
        }
        removeAll();
        title = session.lessonTitle();
        add(new H2(t("progress.review.heading", session.lessonTitle(), session.lessonVersion())),
                new Paragraph(t("progress.review.summary", t("progress.session-status." + session.status()),
                        Texts.when(session.startedAt()), session.totalScore() == null ? "–"
                                : String.valueOf(session.totalScore()))));
        Div transcript = new Div();
        transcript.setId("transcript");
        transcript.addClassName("koto-transcript");
        List<SessionView.EventView> events = session.events();
        for (int i = 0; i < events.size(); i++) {
            SessionView.EventView e = events.get(i);
            JsonNode p = json.valueToTree(e.payload());
            Component line = switch (e.type()) {
                case "activity" -> tutor(p.path("tutor_line").asString(""), p.path("tutor_line_translation").asString(""));
                case "user_input" -> learner(id, p, i + 1 < events.size() && "evaluation".equals(events.get(i + 1).type())
                        ? json.valueToTree(events.get(i + 1).payload()) : null);
                case "evaluation" -> evaluation(p);
                case "tutor_response" -> tutor(p.path("text").asString(""), p.path("translation").asString(""));
                case "stage_complete", "session_started", "session_complete", "session_ended" ->
                        note(p.path("message").asString(""));
                case "audio_failed" -> note(t("progress.review.audio-failed", p.path("code").asString("")));
                default -> null;
            };
            if (line != null) {
                transcript.add(line);
            }
        }
        add(transcript);
    }

    private Component tutor(String korean, String translation) {
        Div line = new Div(new Span(t("progress.review.tutor")), new Span(korean));
        line.addClassName("koto-line");
        line.addClassName("koto-line-tutor");
        if (!translation.isBlank()) {
            Span tr = new Span(translation);
            tr.addClassName("koto-translation");
            line.add(tr);
        }
        records.tutorVoiceUrl(korean).ifPresent(url -> line.add(new AudioPlayer(url, t("progress.review.tutor-voice"))));
        return line;
    }

    private Component learner(UUID sessionId, JsonNode input, JsonNode evaluation) {
        List<String> spans = new ArrayList<>();
        if (evaluation != null) {
            for (JsonNode err : evaluation.path("errors")) {
                spans.add(err.path("original").asString(""));
            }
        }
        Div line = new Div(new Span(t("progress.review.learner")), Highlight.answer(input.path("text").asString(""), spans));
        line.addClassName("koto-line");
        line.addClassName("koto-line-learner");
        String audio = input.path("audio_id").asString(null);
        if (audio != null) {
            records.recordingUrl(sessionId, UUID.fromString(audio))
                    .ifPresent(url -> line.add(new AudioPlayer(url, t("progress.review.recording"))));
        }
        return line;
    }

    private Component evaluation(JsonNode p) {
        boolean passed = p.path("passed").asBoolean();
        Div box = new Div(new Span(t(passed ? "progress.review.passed" : "progress.review.failed",
                p.path("score").asInt())));
        box.addClassName("koto-evaluation");
        box.addClassName(passed ? "koto-passed" : "koto-failed");
        for (JsonNode err : p.path("errors")) {
            box.add(new Div(new Span(LearnerView.category(err.path("category").asString("")) + ": "
                    + err.path("original").asString("") + " → " + err.path("correction").asString("")
                    + (err.path("explanation").asString("").isBlank() ? "" : " · " + err.path("explanation").asString("")))));
        }
        String model = p.path("model_answer").asString("");
        if (!model.isBlank()) {
            box.add(new Div(new Span(t("progress.review.model", model))));
        }
        String feedback = p.path("feedback").asString("");
        if (!feedback.isBlank()) {
            box.add(new Div(new Span(feedback)));
        }
        return box;
    }

    private static Component note(String text) {
        Div note = new Div(new Span(text));
        note.addClassName("koto-line-note");
        return note;
    }

    @Override
    public String getPageTitle() {
        return t("progress.review.page-title", title);
    }
}
