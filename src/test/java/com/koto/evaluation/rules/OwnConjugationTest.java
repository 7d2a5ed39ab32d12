package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 10 (helper eval16c): endings, tense and spelling-vs-ending on the learner's own words —
 * {@link OwnConjugation} (vowel harmony and irregular stems on the learner's stem, ㄹ before -ㅂ니다,
 * -(으)러 on the stem, 것 같다 spelt 갔-), -(으)ㄹ 수 after a noun + 하다 verb ({@link VerbPhraseForms}),
 * the end of an event in -아/어서 before a proposal ({@link ClauseEndings}), a damaged thing reported in
 * the present ({@link StateTense}) and a counted time before now ({@link TimeWords}). Answers written for
 * this test, in other scenes than the gold sets'; the accepted answer is often another sentence, so the
 * finding comes from the learner's own words. The register is the first field; {@code PASS} = passes;
 * {@code NO x} = no error whose subtype contains x (a correct look-alike, against another accepted
 * answer); otherwise the answer fails with that subtype on the given original → correction.
 */
class OwnConjugationTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // vowel harmony on a consonant stem (ㅏ, ㅑ, ㅗ → 아)
        "POLITE; 이 방은 창문이 커서 밝어요; 이 방은 창문이 커서 좋아요; ending/vowel_harmony; 밝어요→밝아요",
        "POLITE; 여기 앉어서 기다려 주세요; 저기서 기다려 주세요; ending/vowel_harmony; 앉어서→앉아서",
        "CASUAL; 오늘 숙제가 너무 많어; 오늘 숙제가 너무 많아; ending/vowel_harmony; 많어→많아",
        "POLITE; 이 티셔츠는 좀 얇어요; 이 티셔츠는 좀 얇아요; ending/vowel_harmony; 얇어요→얇아요",
        "POLITE; 저는 김치를 잘 먹아요; 저는 불고기를 좋아해요; ending/vowel_harmony; 먹아요→먹어요",
        "POLITE; 아까 소파에 앉었어요; 아까 소파에 누웠어요; tense/vowel_harmony; 앉었어요→앉았어요",
        "POLITE; 창문이 밝아서 좋아요; 창문이 커서 좋아요; NO ending/vowel_harmony; *",
        "POLITE; 사람이 많아서 못 앉았어요; 자리가 없어서 서 있었어요; NO vowel_harmony; *",
        "POLITE; 문을 닫아 주세요. 손을 씻어요. 웃어요. 좋아요; 창문을 열어 주세요; NO vowel_harmony; *",
        // irregular stems written with the regular -아/어
        "POLITE; 가방이 너무 무겁어요; 가방이 너무 커요; irregular/b; 무겁어요→무거워요",
        "POLITE; 매일 라디오를 듣어요; 매일 음악을 들어요; irregular/d; 듣어요→들어요",
        "POLITE; 이제 감기가 다 낫았어요; 이제 감기가 괜찮아요; irregular/s; 낫았어요→나았어요",
        "POLITE; 이 색깔은 어떻어요?; 이 색깔은 어때요?; irregular/h; 어떻어요→어때요",
        "POLITE; 지하철이 빠르어요; 지하철이 빨라요; irregular/reu; 빠르어요→빨라요",
        "POLITE; 요즘 너무 바쁘어서 못 만나요; 요즘 일이 많아서 못 만나요; irregular/eu_deletion; 바쁘어서→바빠서",
        "POLITE; 날씨가 더워서 창문을 열었어요. 음악을 들어요. 몰라요. 어때요. 나아요; 날씨가 추워서 창문을 닫았어요; NO irregular; *",
        // ㄹ before the formal -ㅂ니다
        "FORMAL; 저는 지금 인천에 살습니다; 저는 지금 인천에 삽니다; irregular/l_deletion; 살습니다→삽니다",
        "FORMAL; 제가 케이크를 만들습니다; 제가 케이크를 만듭니다; irregular/l_deletion; 만들습니다→만듭니다",
        // -(으)러 on the stem
        "CASUAL; 주말에 옷 사러 같이 가. 구경해러 가자; 주말에 같이 쇼핑하러 가자; ending/purpose_stem; 구경해러→구경하러",
        "POLITE; 불을 켜러 가요. 편지를 보내러 가요; 도서관에 책을 빌리러 가요; NO ending/purpose_stem; *",
        "POLITE; 친구를 만나러 왔어요; 친구를 보러 왔어요; NO ending/purpose_stem; *",
        "POLITE; 점심 먹어러 식당에 가요; 점심 먹으러 식당에 가요; ending/purpose_stem; 먹어러→먹으러",
        "POLITE; 한국어를 배워러 서울에 왔어요; 한국어를 공부하러 서울에 왔어요; ending/purpose_stem; 배워러→배우러",
        // 것 같다 spelt 갔-
        "POLITE; 오늘 비가 올 거 갔아요; 오늘 비가 올 것 같아요; spelling/gat_seem; 갔아요→같아요",
        "FORMAL; 조금 늦을 것 갔습니다; 조금 늦을 것 같습니다; spelling/gat_seem; 갔습니다→같습니다",
        "POLITE; 그 거 갔어요? 어제 학교에 갔어요; 어제 학교에 왔어요; NO spelling/gat_seem; *",
        // -(으)ㄹ 수 after a noun + 하다 verb
        "FORMAL; 저는 주말에도 운동하 수 있습니다; 저는 주말에도 운동할 수 있습니다; ending/l_modifier; 운동하→운동할",
        // the end of an event in -아/어서 before a proposal
        "CASUAL; 회의 끝나서 커피 마시자; 회의 끝나고 커피 마시자; ending/sequence_before_proposal; 끝나서→끝나고",
        "CASUAL; 일이 끝나서 너무 좋아; 일이 끝나니까 너무 좋아; NO ending/sequence_before_proposal; *",
        "CASUAL; 배고파서 그런데 먼저 먹자; 배고프니까 먼저 먹자; NO ending/reason_before_proposal; *",
        // a damaged thing reported in the present, when a repair or an exchange is asked
        "POLITE; 우산이 부러져요. 교환하고 싶어요; 우산이 부러졌어요. 교환하고 싶어요; tense/past; 부러져요→부러졌어요",
        "FORMAL; 노트북 화면이 깨집니다. 수리할 수 있습니까?; 노트북 화면이 깨졌습니다. 수리할 수 있습니까?; tense/past; 깨집니다→깨졌습니다",
        "POLITE; 이 컵은 잘 깨져요. 조심하세요; 이 컵은 쉽게 깨져요. 조심하세요; NO tense/past; *",
        // 사다 on 살- before a counted thing or an object
        "POLITE; 우유 두 병 살고 싶어요; 우유 두 병 사고 싶어요; ending/l_stem_added; 살고→사고",
        "CASUAL; 어제 운동화를 살았어; 어제 운동화를 샀어; ending/l_stem_added; 살았어→샀어",
        "POLITE; 저는 부산에서 살고 싶어요. 10년을 살았어요; 저는 부산에서 살고 싶어요; NO l_stem_added; *",
        "POLITE; 내일 표를 살 거예요; 내일 표를 사려고 해요; NO l_stem_added; *",
        // a past when-question after a request
        "POLITE; 이 신발 좀 고쳐 주세요. 언제 찾을 수 있었어요?; 이 신발 좀 고쳐 주세요. 언제 찾을 수 있어요?; tense/present; 있었어요→있어요",
        "POLITE; 지난번에 맡겼어요. 언제 찾을 수 있었어요?; 언제 찾을 수 있어요?; NO tense/present; *",
        // a counted time before now with a formal present
        "FORMAL; 사흘 전에 예약합니다. 아직 확인 메일이 안 왔습니다; 사흘 전에 예약했는데 아직 확인 메일이 안 왔습니다; tense/time_word; 예약합니다→예약했습니다",
        "POLITE; 보통 30분 전에 와요. 그래서 일찍 가요; 보통 20분 전에 와요. 그래서 일찍 가요; NO tense; *",
    })
    void catchesTheClassAndLeavesTheLookAlike(String register, String answer, String accepted, String expected,
            String span) {
        if (expected.startsWith("NO ")) {
            // a correct look-alike: no error of that subtype (or subtype family) on it, whatever else differs
            com.koto.evaluation.Evaluation e = EVALUATOR.evaluate(new com.koto.evaluation.EvaluationRequest(
                    java.util.List.of(accepted), java.util.List.of(), answer, "en",
                    com.koto.evaluation.Register.valueOf(register), null));
            org.assertj.core.api.Assertions.assertThat(e.errors()).as(answer)
                    .noneMatch(x -> x.subtype() != null && x.subtype().contains(expected.substring(3)));
            return;
        }
        RuleRows.subtypeRow(EVALUATOR, register, answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} is explained in {1}")
    @CsvSource(delimiter = ';', value = {
        "점심 먹어러 식당에 가요; en; 점심 먹으러 식당에 가요; stem",
        "점심 먹어러 식당에 가요; id; 점심 먹으러 식당에 가요; batang",
        "오늘 비가 올 거 갔아요; en; 오늘 비가 올 것 같아요; 것 같다",
        "오늘 비가 올 거 갔아요; id; 오늘 비가 올 것 같아요; Sepertinya",
    })
    void theExplanationComesFromThePack(String answer, String lang, String accepted, String part) {
        RuleRows.explainedIn(EVALUATOR, answer, lang, accepted, part);
    }
}
