package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link MissingParts} in session 12 (helper eval19e): a lemma inside a misspelt word, a noun pointed at
 * with a demonstrative, -아/어야 되다 as one predicate, and a repeated noun that does not show the second
 * part said. Rows written for this test, not taken from the gold sets: the accepted answers are separated
 * by {@code |}; the expected result is the finding's correction, or {@code none}.
 */
class MissingPartsSession12Test {

    @ParameterizedTest(name = "{0}: {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // caught now
        "a misspelt word; 영화 정말 제미있었어.; 영화 정말 재미있었어. 내일 또 보자.|영화 너무 재밌었어! 내일 또 보고 싶어.; 또 보자",
        "a noun pointed at; 이 가방 얼마예요?; 가방이 얼마예요? 카드로 계산할 수 있어요?|가방은 얼마예요? 그리고 카드 돼요?; 카드로 계산할 수 있어요",
        "-아야 되다 is one predicate; 뭐 준비해야 돼?; 뭐 준비할까? 몇 시에 가?|뭐 준비하면 돼? 몇 시에 시작해?; 몇 시에 가",
        "a noun both parts repeat; 저는 새우 알레르기가 있어요.; 제가 새우 알레르기가 있어요. 이 국수에 새우 들어가요?|새우 알레르기가 있는데 이 국수에 새우 들어 있어요?; 이 국수에 새우 들어가요",
        // still left alone
        "both parts said; 영화 정말 제미있었어. 내일 또 보자.; 영화 정말 재미있었어. 내일 또 보자.; none",
        "a noun of the learner's own, not pointed at; 가죽 가방 얼마예요?; 가방이 얼마예요? 카드로 계산할 수 있어요?; none",
        "two predicates of the learner's own; 뭐 준비해서 가면 돼?; 뭐 준비할까? 몇 시에 가?; none",
        "the repeated noun with the second part said; 저는 새우 알레르기가 있어요. 이 국수에 새우 들어가요?; 제가 새우 알레르기가 있어요. 이 국수에 새우 들어가요?; none",
    })
    void rows(String rule, String answer, String accepted, String expected) {
        var f = MissingParts.find(answer, List.of(accepted.split("\\|")));
        if (expected.equals("none")) {
            assertThat(f).as(rule).isEmpty();
        } else {
            assertThat(f).as(rule).isPresent();
            assertThat(f.get().subtype()).isEqualTo("incomplete/missing_part");
            assertThat(f.get().correction()).as(rule).contains(expected);
        }
    }
}
