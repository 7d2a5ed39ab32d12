package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wrong-word and missing-word findings of another role ({@link SlotWords}): a pronoun an accepted
 * answer uses itself, a determiner or pronoun left out, a request said as the polite fragment N(이)요
 * are artefacts; a wrong word, a missing number or time, a bare noun without 요 stay findings.
 * Answers written for this test, not from the sets.
 */
class SlotWordsTest {

    @ParameterizedTest(name = "{0}: {2} → {3} in {4} ⇒ artefact {6}")
    @CsvSource(delimiter = ';', value = {
        // a pronoun another accepted answer writes in its own role
        "possessor; VOCABULARY; 제; 지갑을; 제 핸드폰을 잃어버렸어요; 제 휴대폰을 잃어버렸어요|지갑을 잃어버렸어요; true",
        "addressee; VOCABULARY; 여러분; 안녕하십니까; 손님 여러분 와 주셔서 감사합니다; 안녕하십니까 와 주셔서 감사합니다|손님 여러분 감사합니다; true",
        "pronoun no accepted answer has; VOCABULARY; 나; 일요일에; 나 같이 밥 먹을래; 일요일에 같이 밥 먹을래; false",
        "wrong place word; VOCABULARY; 거기; 여기; 거기 있어요; 여기 있어요; false",
        // a determiner or a pronoun left out; a number or a time left out
        "determiner; INCOMPLETE; 우산; 이 우산; 우산 두 개 살게요; 이 우산 두 개 살게요; true",
        "possessive pronoun; INCOMPLETE; 일요일에; 일요일에 우리; 일요일에 오빠 생일 파티가 있어; 일요일에 우리 오빠 생일 파티가 있어; true",
        "number; INCOMPLETE; 우산; 우산 두 개; 우산 주세요; 우산 두 개 주세요; false",
        "time; INCOMPLETE; 친구하고; 일요일에 친구하고; 친구하고 밥 먹어요; 일요일에 친구하고 밥 먹어요; false",
        // a request as the polite fragment N(이)요; a bare noun is no request
        "polite fragment; INCOMPLETE; ; 넣어 주세요; 경유로 가득이요; 경유로 가득 넣어 주세요; true",
        "bare noun; INCOMPLETE; ; 어디예요; 3번 출구; 3번 출구 어디예요; false",
        // a root the answer states with 하다; a reason left out
        "root stated; INCOMPLETE; 길이; 미안 길이; 길이 막혀서 늦었어. 미안해; 미안 길이 막혀서 늦었어; true",
        "reason; INCOMPLETE; 늦었어; 길이 막혀서 늦었어; 늦었어. 미안해; 길이 막혀서 늦었어; false",
        // a copula asked of a noun with an adverbial particle mid-sentence; the learner's own copula
        "adverbial; ENDING; 금요일에; 금요일이야; 다음 주 금요일에 형이 졸업해; 다음 주 금요일이야; true",
        "learner's copula; ENDING; 502호이에요; 502호예요; 502호이에요. 불이 안 켜져요; 502호예요; false",
    })
    void slotWords(String name, ErrorCategory category, String original, String correction, String answer,
            String accepted, boolean artefact) {
        String subtype = switch (category) {
            case VOCABULARY -> "vocabulary/word";
            case ENDING -> "ending/copula";
            default -> "incomplete/missing_word";
        };
        Finding f = new Finding(category, original == null ? "" : original, correction, subtype);
        assertThat(SlotWords.artefact(f, answer, answer + ".", List.of(accepted.split("\\|")))).isEqualTo(artefact);
    }
}
