package com.koto.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.koto.content.internal.LessonDocuments;
import com.koto.platform.InvalidDocumentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lesson file format: byte-stable demo files, the two new activity types, schema and rules agree. */
class LessonFilesTest {

    private final LessonDocuments documents = new LessonDocuments();

    static byte[] demo(String slug) {
        try (InputStream in = LessonFilesTest.class.getResourceAsStream("/content/demo/" + slug + ".json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A lesson with one activity of every type, including fill_blank and ordering. */
    static String everyType() {
        return """
                {
                  "format": "koto.lesson/v1",
                  "slug": "bakery",
                  "title": {"ko": "빵집에서", "en": "At the bakery"},
                  "description": {"en": "Buy bread."},
                  "level": {"cefr": "A1", "topik": 1},
                  "target_lang": "ko",
                  "instruction_langs": ["en"],
                  "stages": [{
                    "key": "counter", "scene": "shop",
                    "title": {"ko": "계산대", "en": "Counter"},
                    "objective": {"ko": "빵을 사요.", "en": "Buy bread."},
                    "activities": [
                      %s, %s, %s, %s, %s
                    ]
                  }]
                }
                """.formatted(
                activity("greet", "dialogue", "", "[\"안녕하세요\"]", "[]"),
                activity("pick", "choice", "", "[\"빵 주세요\"]",
                        "[{\"text\": \"빵 주세요\", \"translation\": {\"en\": \"Bread please\"}, \"correct\": true},"
                                + " {\"text\": \"빵 줘\", \"translation\": {\"en\": \"Gimme bread\"}, \"correct\": false}]"),
                activity("thanks", "repeat", "", "[\"감사합니다\"]", "[]"),
                activity("counter-word", "fill_blank", "\"sentence\": \"빵 두 ___ 주세요\", ", "[\"개\"]", "[]"),
                activity("word-order", "ordering", "\"tiles\": [\"주세요\", \"두 개\", \"빵\"], ",
                        "[\"빵 두 개 주세요\"]", "[]").replace("\"두 개\"", "\"두\", \"개\""));
    }

    static String activity(String key, String type, String extra, String answers, String options) {
        return """
                {"key": "%s", "type": "%s", "difficulty": 2, "register": "polite",
                 "tutor_line": "어서 오세요!", "tutor_line_translation": {"en": "Welcome!"},
                 "instruction": {"en": "Answer."}, %s"accepted_answers": %s, "patterns": [], "options": %s,
                 "success_reply": "네, 여기 있어요.", "success_reply_translation": {"en": "Here you are."},
                 "hint": {"en": "Be polite."}}""".formatted(key, type, extra, answers, options);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cafe-ordering", "airport-checkin"})
    void demoLessonsRoundTripByteForByte(String slug) {
        byte[] file = demo(slug);
        LessonDocument lesson = documents.read(file);
        assertThat(new String(documents.write(lesson), StandardCharsets.UTF_8))
                .isEqualTo(new String(file, StandardCharsets.UTF_8));
        assertThat(LessonRules.check(lesson)).isEmpty();
        assertThat(documents.schemaViolations(lesson)).isEmpty();
    }

    @Test
    void fillBlankAndOrderingAreValidAndRoundTrip() {
        LessonDocument lesson = documents.read(everyType().getBytes(StandardCharsets.UTF_8));
        assertThat(lesson.stages().getFirst().activities()).extracting(ActivityDocument::type)
                .containsExactly(ActivityType.DIALOGUE, ActivityType.CHOICE, ActivityType.REPEAT, ActivityType.FILL_BLANK,
                        ActivityType.ORDERING);
        byte[] written = documents.write(lesson);
        assertThat(documents.read(written)).isEqualTo(lesson);
        assertThat(documents.write(documents.read(written))).isEqualTo(written);
        String text = new String(written, StandardCharsets.UTF_8);
        assertThat(text).contains("\"sentence\": \"빵 두 ___ 주세요\"").contains("\"tiles\": [");
        // only the types that have them carry sentence / tiles
        assertThat(text.split("\"sentence\"")).hasSize(2);
        assertThat(text.split("\"tiles\"")).hasSize(2);
    }

    @Test
    void learnersSeeTheSentenceWithItsBlankAndTheTilesButNoAnswers() {
        LessonDocument lesson = documents.read(everyType().getBytes(StandardCharsets.UTF_8));
        PublishedLesson published = new PublishedLesson(UUID.randomUUID(), UUID.randomUUID(), 1, null, lesson);
        LearnerActivity blank = LearnerActivity.of(published, 0, 3, "en");
        assertThat(blank.sentence()).isEqualTo("빵 두 ___ 주세요");
        assertThat(blank.tiles()).isNull();
        LearnerActivity ordering = LearnerActivity.of(published, 0, 4, "en");
        assertThat(ordering.tiles()).containsExactly("주세요", "두", "개", "빵");
        assertThat(ordering.sentence()).isNull();
        LearnerActivity dialogue = LearnerActivity.of(published, 0, 0, "en");
        assertThat(dialogue.tiles()).isNull();
        assertThat(dialogue.sentence()).isNull();
    }

    @Test
    void theSchemaRefusesASentenceOutsideFillBlankAndTilesOutsideOrdering() {
        String sentenceOnDialogue = everyType().replace("\"instruction\": {\"en\": \"Answer.\"}, \"accepted_answers\": [\"안녕하세요\"]",
                "\"instruction\": {\"en\": \"Answer.\"}, \"sentence\": \"안녕 ___\", \"accepted_answers\": [\"안녕하세요\"]");
        assertThat(sentenceOnDialogue).isNotEqualTo(everyType());
        assertThatThrownBy(() -> documents.read(sentenceOnDialogue.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidDocumentException.class);
        String fillBlankWithoutSentence = everyType().replace("\"sentence\": \"빵 두 ___ 주세요\", ", "");
        assertThatThrownBy(() -> documents.read(fillBlankWithoutSentence.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("sentence");
    }

    @Test
    void rulesExplainOrderingAndFillBlankMistakes() {
        String bad = everyType()
                .replace("빵 두 ___ 주세요", "빵 ___ ___ 주세요")
                .replace("\"tiles\": [\"주세요\", \"두\", \"개\", \"빵\"]", "\"tiles\": [\"빵\", \"두\", \"개\", \"주세요\"]");
        LessonDocuments.Inspection inspection = documents.inspect(bad.getBytes(StandardCharsets.UTF_8));
        assertThat(inspection.errors()).isEmpty();
        assertThat(inspection.problems()).extracting(LessonProblem::code)
                .containsExactly(LessonProblem.Code.BLANK_COUNT, LessonProblem.Code.TILES_NOT_SHUFFLED);
        assertThat(inspection.problems().getFirst().message())
                .isEqualTo("Activity 'counter-word' (stage 'counter'): the sentence must contain exactly one ___, it has 2.");

        String mismatch = everyType().replace("[\"빵 두 개 주세요\"]", "[\"빵 두 개 주세요\", \"빵 세 개 주세요\"]");
        assertThat(documents.inspect(mismatch.getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(LessonProblem::message)
                .containsExactly("Activity 'word-order' (stage 'counter'): the answer '빵 세 개 주세요' does not use exactly the tiles.");
    }

    @Test
    void rulesFlagMissingAnswersHangulAndDuplicates() {
        LessonDocument lesson = documents.read(demo("cafe-ordering"));
        StageDocument stage = lesson.stages().getFirst();
        ActivityDocument greet = stage.activities().getFirst();
        ActivityDocument noAnswers = new ActivityDocument(greet.key(), ActivityType.DIALOGUE, 1, "polite", "Welcome!",
                greet.tutorLineTranslation(), greet.instruction(), List.of(), List.of(), List.of(),
                greet.successReply(), greet.successReplyTranslation(), greet.hint());
        assertThat(LessonRules.activityProblems(stage, noAnswers, lesson.instructionLangs()))
                .extracting(LessonProblem::code)
                .containsExactly(LessonProblem.Code.TUTOR_LINE_NOT_KOREAN, LessonProblem.Code.ANSWERS_MISSING);
        ActivityDocument duplicates = new ActivityDocument(greet.key(), ActivityType.DIALOGUE, 1, "polite", greet.tutorLine(),
                greet.tutorLineTranslation(), greet.instruction(), List.of("안녕하세요", "hello", "안녕하세요", "안녕하세요."),
                List.of("(unclosed"), List.of(), greet.successReply(), greet.successReplyTranslation(), greet.hint());
        assertThat(LessonRules.activityProblems(stage, duplicates, lesson.instructionLangs()))
                .extracting(LessonProblem::code)
                .containsExactly(LessonProblem.Code.ANSWER_NOT_KOREAN, LessonProblem.Code.ANSWER_DUPLICATE,
                        LessonProblem.Code.ANSWER_FORMAT, LessonProblem.Code.PATTERN_INVALID);
    }

    @Test
    void inspectionReportsSyntaxAndSchemaErrorsWithoutThrowing() {
        assertThat(documents.inspect("{ not json".getBytes(StandardCharsets.UTF_8)).errors()).hasSize(1);
        LessonDocuments.Inspection schema = documents.inspect(
                "{\"format\": \"koto.lesson/v1\", \"slug\": \"Bad Slug\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(schema.valid()).isFalse();
        assertThat(schema.errors()).anySatisfy(e -> assertThat(e).contains("slug"));
    }

    @Test
    void slugsComeFromEnglishTitles() {
        assertThat(LessonLibrary.slugOf("At the Bakery: ordering bread!")).isEqualTo("at-the-bakery-ordering-bread");
        assertThat(LessonLibrary.slugOf("Café")).isEqualTo("cafe");
        assertThat(LessonLibrary.slugOf("빵집")).isEqualTo("lesson");
    }
}
