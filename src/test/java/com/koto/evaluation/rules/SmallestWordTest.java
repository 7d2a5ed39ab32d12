package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 9: an error is reported on the smallest whole word (어절) of the answer that holds it
 * ({@link LearnerSpans#smallest}), the convention the blind writers are given. One row per shape, with
 * answers written for this test; the rows marked "kept" are shapes whose span stays as it was. Accepted
 * answers are separated by {@code |}; the register is polite.
 */
class SmallestWordTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} → {2} → {3}")
    @CsvSource(delimiter = ';', value = {
        // a plain request: the auxiliary 줘 carries the level, the main verb stays
        "여기서 잠깐 내려 줘; 여기서 잠깐 내려 주세요; 줘; 주세요; HONORIFIC; honorific/speech_level",
        "창문 좀 닫아 줘; 창문 좀 닫아 주세요; 줘; 주세요; HONORIFIC; honorific/speech_level",
        "물 좀 갖다줘; 물 좀 갖다주세요; 갖다줘; 갖다주세요; HONORIFIC; honorific/speech_level",
        // a wrong counter: the counter word; a number in the wrong system: the numeral word (session 10)
        "맥주 두 마리 주세요; 맥주 두 병 주세요; 마리; 병; VOCABULARY; counter/wrong_counter",
        "우유 한 장 주세요; 우유 한 개 주세요; 장; 개; VOCABULARY; counter/wrong_counter",
        "강아지 두 개를 키워요; 강아지 두 마리를 키워요; 개를; 마리를; VOCABULARY; counter/wrong_counter",
        "녹차 삼 잔 주세요; 녹차 세 잔 주세요; 삼; 세; VOCABULARY; counter/sino_for_native",
        // a tense in a phrase: the verb that changes; after 안/못 the negator stays with 하다 only (session 16)
        "다음 주에 쇼핑하러 갔어요; 다음 주에 쇼핑하러 갈 거예요; 갔어요; 갈 거예요; TENSE; tense/future",
        "내일 영화 보러 갔어요; 내일 영화 보러 갈 거예요; 갔어요; 갈 거예요; TENSE; tense/future",
        "어제 빨래를 못 해요; 어제 빨래를 못 했어요; 못 해요; 못 했어요; TENSE; tense/time_word",
        "어제 학교에 못 가요; 어제 학교에 못 갔어요; 가요; 갔어요; TENSE; tense/time_word",
        // a sentence left out after the last word: the last word, with the accepted sentence mark (one gap reported
        // once since session 38, s38a: the task check's incomplete/missing_part on that word, not also the comparison's)
        "커피 한 잔 주세요; 커피 한 잔 주세요. 여기서 마실게요; 주세요; 주세요. 여기서 마실게요; INCOMPLETE; incomplete/missing_part",
        "택시 좀 불러 주세요; 택시 좀 불러 주세요. 공항에 가요; 주세요; 주세요. 공항에 가요; INCOMPLETE; incomplete/missing_part",
        // words left out at the start of the next sentence: on the learner's next word
        "수박이 정말 달아 보여. 사자; 수박이 정말 달아 보여. 한 통 사자; 사자; 한 통 사자; INCOMPLETE; incomplete/missing_word",
        // (a number left out: named by the task check since session 37, s37d)
        "이 빵 맛있어 보여요. 주세요; 이 빵 맛있어 보여요. 두 개 주세요; 주세요; 두 개 주세요; INCOMPLETE; incomplete/missing_number",
    })
    void theErrorIsTheSmallestWord(String answer, String expected, String original, String correction,
            String category, String subtype) {
        RuleRows.corrected(EVALUATOR, Register.POLITE, answer, expected, ErrorCategory.valueOf(category), subtype,
                original, correction);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // the same shapes written right keep passing
        "여기서 잠깐 내려 주세요; 여기서 잠깐 내려 주세요|여기서 내려 주세요",
        "맥주 두 병 주세요; 맥주 두 병 주세요",
        "다음 주에 쇼핑하러 갈 거예요; 다음 주에 쇼핑하러 갈 거예요",
    })
    void aCorrectAnswerKeepsPassing(String answer, String expected) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(expected.split("\\|")), List.of(), answer,
                "en", Register.POLITE, null));
        assertThat(e.passed()).as("%s: %s", answer, e.errors()).isTrue();
    }
}
