package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15 (eval29b): the place of an action written with 에 when the action verb closes its clause with
 * -는데, and the place of buying (샀-); a place name with 에서 before the experiential 가 보다; a counted
 * time ago with 전에 before a present -고 있다 (부터 of a starting point). 에 marks where something is or
 * goes, 에서 where an action happens
 * (Yeon &amp; Brown 2019, 에 versus 에서). Rows both ways: the wrong 에 is named, and the place of being,
 * living or putting, a price with 에, and a verb of motion after the place still pass. The sentences are
 * written for this test, not taken from the sets.
 */
class ActionPlaceClauseTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
        // register; answer; accepted (| between several); PASS or the subtype; original→correction
        "POLITE; 어제 거기에 이 가방을 샀는데 환불돼요?; 어제 거기서 이 가방을 샀는데 환불돼요?; particle_wrong/location_for_action_place; *",
        "POLITE; 작년에 시장에 이 모자를 샀어요.; 작년에 시장에서 이 모자를 샀어요.; particle_wrong/location_for_action_place; 시장에→시장에서",
        "POLITE; 어제 도서관에 책을 읽었는데 재미있었어요.; 어제 도서관에서 책을 읽었는데 재미있었어요.; particle_wrong/location_for_action_place; 도서관에→도서관에서",
        // must still pass: the place of being, living, putting; a price; motion after the place
        "POLITE; 어제 거기서 이 가방을 샀는데 환불돼요?; 이 가방 어제 샀는데 환불할 수 있어요?; PASS; *",
        "POLITE; 여기에 가방이 있는데 누구 거예요?; 이 가방은 누구 거예요?; PASS; *",
        "POLITE; 저는 기숙사에 사는데 학교가 가까워요.; 학교가 가까워요.; PASS; *",
        "POLITE; 가방을 여기에 두었는데 없어졌어요.; 가방이 없어졌어요.; PASS; *",
        "POLITE; 이 모자를 만 원에 샀는데 좀 작아요.; 이 모자가 좀 작아요.; PASS; *",
        "POLITE; 시장에 과일을 사러 갔는데 문을 닫았어요.; 시장이 문을 닫았어요.; PASS; *",
        // the goal of the experiential 가 보다 after a place name with 에서; the source of 오다 stays
        "POLITE; 작년에 부산에서 두 번 가 봤어요.; 작년에 부산에 두 번 가 봤어요.; particle_wrong/action_place_for_location; 부산에서→부산에",
        "POLITE; 네, 경주에서 가 봤어요.; 네, 경주에 가 봤어요.; particle_wrong/action_place_for_location; 경주에서→경주에",
        "POLITE; 작년에 부산에 두 번 가 봤어요.; 네, 부산 여행을 해 봤어요.; PASS; *",
        "POLITE; 저는 작년에 부산에서 왔어요.; 저는 부산 사람이에요.; PASS; *",
        "POLITE; 일본은 부산에서 한 번 가 봤어요.; 네, 일본 여행을 해 봤어요.; PASS; *",
        // a counted time ago before a present -고 있다: since, 부터; 전에 'before' and the past stay
        "POLITE; 저는 2년 전에 태권도를 배우고 있어요.; 저는 2년 전부터 태권도를 배우고 있어요.; particle_wrong/location_for_from; 전에→전부터",
        "POLITE; 저는 2년 전에 태권도를 배웠어요.; 저는 태권도를 할 줄 알아요.; PASS; *",
        "POLITE; 저는 2년 전에 태권도를 배우고 있었어요.; 저는 태권도를 할 줄 알아요.; PASS; *",
        "POLITE; 수업 전에 숙제를 하고 있어요.; 숙제를 하고 있어요.; PASS; *"
    })
    void thePlaceOfAnActionTakesEseo(String register, String answer, String accepted, String expected, String span) {
        RuleRows.subtypeRow(EVALUATOR, register, answer, accepted, expected, span);
    }
}
