package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 13 (helper eval23a): precision classes of set Y — -(으)시- on a verb whose subject is a
 * respected person ({@link RespectedSubjects}), a 주다 request after the speaker as topic
 * ({@link SpeechLevels}), and a time word set off by a comma after the predicate
 * ({@link Afterthoughts#timeAfterComma}). Each class has a correct answer that now passes and a real
 * error of the same kind that is still caught. Answers written for this test, not from the gold sets.
 * Fields: register; answer; accepted answers (|); {@code PASS}, {@code NO x} or a subtype; span or {@code *}.
 */
class RespectedSubjectsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @org.junit.jupiter.api.Test
    void timeAfterCommaNeedsTheComma() {
        assertThat(Afterthoughts.timeAfterComma("빌려줬어 어제", "친구한테 책 빌려줬어, 어제.")).isTrue();
        assertThat(Afterthoughts.timeAfterComma("빌려줬어 어제", "친구한테 책 빌려줬어 어제.")).isFalse();
        assertThat(Afterthoughts.timeAfterComma("빌려줬어 친구한테", "책 빌려줬어, 친구한테.")).isFalse();
    }

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // -시- on the verb of a respected subject, in a reported statement
        "CASUAL; 내일 수업 없대. 교수님이 그러셨어.; 교수님이 내일 수업 없다고 했어.; NO honorific/si_extra; *",
        "CASUAL; 어머니가 '저녁 먹어'라고 하셨어.; 어머니가 저녁 먹으라고 했어.; NO honorific/si_extra; *",
        "CASUAL; 선생님이 숙제를 주셨어.; 선생님이 숙제를 줬어.; NO honorific/si_extra; *",
        // the speaker's own verb keeps its finding
        "CASUAL; 내가 숙제를 하셨어.; 내가 숙제를 했어.; honorific/si_extra; *",
        "POLITE; 제가 어제 창문을 여셨어요.; 제가 어제 창문을 열었어요.; honorific/si_extra; 여셨어요→열었어요",
        // the respected person named in the sentence before, the subject left unsaid
        "CASUAL; 할머니께 전화했어. 많이 기뻐하셨어.; 할머니께 전화했어. 할머니가 기뻐했어.; NO honorific/si_extra; *",
        "CASUAL; 할머니께 전화했어. 내가 많이 기뻐하셨어.; 할머니께 전화했어. 나는 기뻤어.; honorific/si_extra; *",
        // a request with 주다 after the speaker as topic
        "POLITE; 저는 냉면으로 주세요.; 냉면으로 할게요.; NO honorific/si_extra; *",
        "POLITE; 전 물 좀 주세요.; 물 좀 주세요.; PASS; *",
        // a time word after the predicate, set off by a comma
        "CASUAL; 친구한테 책 빌려줬어, 어제.; 어제 친구한테 책을 빌려줬어.; NO word_order/; *",
        "CASUAL; 부산에 갈 거야, 내일.; 내일 부산에 갈 거야.; NO word_order/; *",
    })
    void classesOfSetY(Register register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, register, answer, accepted, expected, span);
    }
}
