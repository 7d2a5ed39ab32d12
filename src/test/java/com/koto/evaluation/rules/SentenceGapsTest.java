package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 19 (s19d): an incomplete answer quoted on the neighbouring word of the one run of words left out
 * ({@link SentenceGaps}; docs/blind-brief.md, "A missing word or part … the neighbouring word of the answer").
 * Answers and accepted answers written for this test.
 */
class SentenceGapsTest {

    @ParameterizedTest(name = "{0} ⇒ {2}")
    @CsvSource(delimiter = ';', value = {
        // a sentence left out before the learner's: on its first word, with the accepted answer's full stop
        "표가 있어요; 부산에 가고 싶어요. 표가 있어요?; 표가→부산에 가고 싶어요. 표가",
        // a clause left out at the start of the one sentence: on the word after it
        "다섯 시에 도착해; 비행기가 늦어서 다섯 시에 도착해.; 다섯→비행기가 늦어서 다섯",
        // a clause left out after a vocative: on the vocative, with the accepted answer's comma
        "엄마 저녁은 밖에서 먹을게요; 엄마, 회식이 있어서 저녁은 밖에서 먹을게요.; 엄마→엄마, 회식이 있어서",
        // a sentence left out at the end (좀 left out too, which the task does not need): on the last word
        "우산 주세요; 우산 좀 주세요. 얼마예요?; 주세요→주세요. 얼마예요",
        // the second accepted answer has the one run where the first does not
        "표가 있어요; 표 두 장이 있어요?|부산에 가고 싶어요. 표가 있어요?; 표가→부산에 가고 싶어요. 표가",
    })
    void oneRunLeftOutIsGivenOnItsNeighbour(String answer, String accepted, String span) {
        List<String> expected = List.of(accepted.split("\\|"));
        Finding whole = new Finding(ErrorCategory.INCOMPLETE, answer, expected.getFirst().replaceAll("[.,?!]", ""),
                "incomplete/sentence");
        Finding f = SentenceGaps.located(whole, answer, expected);
        assertThat(f.original() + "→" + f.correction()).isEqualTo(span);
        assertThat(f.subtype()).isEqualTo("incomplete/sentence");
    }

    @ParameterizedTest(name = "{0} stays whole")
    @CsvSource(delimiter = ';', value = {
        // two runs left out (아이스 … 두 잔, and the second sentence): the whole answer stays the span
        "커피 주세요; 아이스 커피 두 잔 주세요. 그리고 케이크도 주세요.",
        // the learner's 하나 stands for 하나하고 of the accepted answer: a word changed, not a run left out
        "김밥 하나 주세요; 김밥 하나하고 라면 하나 주세요.",
        // a clause left out inside the one sentence, no mark before it: the whole answer, as the comparison gives it
        "쭉 가세요; 쭉 가서 오른쪽으로 가세요.",
        // the accepted answer is no longer than the answer
        "김밥 두 줄 주세요; 김밥 주세요.",
    })
    void otherShapesKeepTheWholeAnswer(String answer, String accepted) {
        Finding whole = new Finding(ErrorCategory.INCOMPLETE, answer, accepted.replaceAll("[.,?!]", ""),
                "incomplete/sentence");
        assertThat(SentenceGaps.located(whole, answer, List.of(accepted))).isEqualTo(whole);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // only the whole-answer finding is moved: a missing predicate keeps the span its check gave it
        "잔 주세요; 잔 포장해 주세요; incomplete/predicate",
        "표가 있어요; 부산에 가고 싶어요 표가 있어요; incomplete/missing_part",
    })
    void otherIncompleteFindingsAreLeftAlone(String original, String correction, String subtype) {
        Finding f = new Finding(ErrorCategory.INCOMPLETE, original, correction, subtype);
        assertThat(SentenceGaps.located(f, original, List.of(correction + "."))).isEqualTo(f);
    }

    @ParameterizedTest(name = "{1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // the run ends a sentence of the accepted answer before the learner's word: its mark is written
        "표가; 부산에 가고 싶어요 표가; 부산에 가고 싶어요. 표가 있어요?; 부산에 가고 싶어요. 표가",
        "내일은; 고마워 내일은; 고마워! 내일은 내가 살게.; 고마워! 내일은",
        // no mark between them in the accepted answer: as it was
        "표가; 가고 싶은데 표가; 부산에 가고 싶은데 표가 있어요?; 가고 싶은데 표가",
    })
    void aRunThatEndsASentenceKeepsItsMark(String original, String correction, String accepted, String expected) {
        Finding f = new Finding(ErrorCategory.INCOMPLETE, original, correction, "incomplete/missing_word");
        assertThat(SentenceGaps.marked(f, List.of(accepted)).correction()).isEqualTo(expected);
    }
}
