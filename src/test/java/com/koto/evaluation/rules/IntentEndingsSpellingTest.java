package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 13 (helper eval21c): endings built with the wrong piece ({@link IntentEndings}: -(으)려고 있다,
 * -기/-고 for the purpose -(으)러, the promise 줄게 where a request is asked) and three spellings of
 * {@link FormChecks} (꺼 for the bound noun 거 after -(으)ㄹ, -(으)ㄹ레 for -(으)ㄹ래, 줄려 for 줄여). Each class has
 * correct answers that pass beside the wrong one caught. Answers written for this test, not taken from the
 * gold sets. {@code PASS} = passes; {@code FAIL} = fails; otherwise the answer fails with that subtype on the
 * given original → correction ({@code *}: any span).
 */
class IntentEndingsSpellingTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // -(으)려고 하다, not 있다
        "POLITE; 내일 친구를 만나려고 있어요.; 내일 친구를 만나려고 해요.; ending/intention_frame; 있어요→해요",
        "FORMAL; 다음 주에 이사하려고 있습니다.; 다음 주에 이사하려고 합니다.; ending/intention_frame; 있습니다→합니다",
        "POLITE; 내일 친구를 만나려고 해요.; 내일 친구를 만날 거예요.; PASS; *",
        "POLITE; 이기려고 있는 힘을 다했어요.; 이기려고 있는 힘을 다했어요.; PASS; *",
        // the purpose -(으)러 before 가다/오다
        "FORMAL; 서류를 제출하기 왔습니다.; 서류를 제출하러 왔습니다.; ending/purpose; 제출하기→제출하러",
        "POLITE; 책을 빌리기 왔어요.; 책을 빌리러 왔어요.; ending/purpose; 빌리기→빌리러",
        "CASUAL; 내일 같이 옷 사고 갈래?; 내일 같이 옷 사러 갈래?; ending/purpose; 사고→사러",
        "FORMAL; 서류를 제출하고 왔습니다.; 서류를 제출하러 왔습니다.; ending/purpose; 제출하고→제출하러",
        "POLITE; 밥 먹고 왔어요.; 점심 먹으러 가요.|배불러요.; PASS; *",
        "POLITE; 서류를 제출하기 위해 왔어요.; 서류를 제출하러 왔어요.; PASS; *",
        "POLITE; 서류를 제출하러 왔어요.; 서류를 제출하려고 왔어요.; PASS; *",
        // the promise of giving where a request is asked
        "CASUAL; 우산 좀 줄게.; 우산 좀 줘.; ending/promise_for_request; 줄게→줘",
        "POLITE; 물 한 잔 줄게요.; 물 한 잔 주세요.; ending/promise_for_request; 줄게요→주세요",
        "CASUAL; 창문 좀 닫아 줄게.; 창문 좀 닫아 줄래?|창문 좀 닫아 줘.; ending/promise_for_request; 줄게→줄래",
        "CASUAL; 내가 우산 빌려 줄게.; 내가 우산 빌려 줄게.|우산 빌려 줄까?; PASS; *",
        "POLITE; 제가 사진 찍어 드릴게요.; 사진 찍어 드릴게요.; PASS; *",
        "CASUAL; 책 좀 빌려줄 수 있어? 다음 주에 돌려줄게.; 책 좀 빌려줘. 다음 주에 돌려줄게.|책 빌려줄 수 있어?; PASS; *",
        "CASUAL; 이거 좀 도와줄 수 있어? 이따 커피 사 줄게.; 이거 좀 도와줘.; PASS; *",
        // 꺼 → 거 after -(으)ㄹ
        "CASUAL; 내일 뭐 먹을 꺼야?; 내일 뭐 먹을 거야?; spelling/sound; 꺼야→거야",
        "POLITE; 주말에 집에 있을 꺼예요.; 주말에 집에 있을 거예요.; spelling/sound; 꺼예요→거예요",
        "CASUAL; 나가기 전에 불을 꺼야 돼.; 나가기 전에 불을 꺼야 돼.|나가기 전에 불 꺼.; PASS; *",
        "CASUAL; 자기 전에 불을 꺼야 돼.; 자기 전에 불 꺼.; PASS; *",
        // -(으)ㄹ래 written with ㅔ
        "CASUAL; 뭐 마실레?; 뭐 마실래?; spelling/vowel; 마실레→마실래",
        "POLITE; 점심에 뭐 먹을레요?; 점심에 뭐 먹을래요?; spelling/vowel; 먹을레요→먹을래요",
        "CASUAL; 방에 벌레 있어.; 방에 벌레가 있어.; PASS; *",
        // 줄려 → 줄여 (줄이다), not 늘려 (늘리다)
        "POLITE; 소리 좀 줄려 주세요.; 소리 좀 줄여 주세요.; spelling/confusion; 줄려→줄여",
        "POLITE; 이 바지 좀 늘려 주세요.; 바지 좀 늘려 주세요.; PASS; *",
        "POLITE; 친구한테 선물 주려고 샀어요.; 친구한테 선물 주려고 샀어요.; PASS; *",
    })
    void endingsAndSpellingsOnTheLearnersWords(Register register, String answer, String accepted, String expected,
            String span) {
        RuleRows.verdictRow(EVALUATOR, register, answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {"연장하; 연장하러", "먹; 먹으러", "만들; 만들러", "듣; NONE", "돕; NONE"})
    void purposeFormOfAStem(String stem, String expected) {
        String form = IntentEndings.purposeForm(stem);
        assertThat(form == null ? "NONE" : form).isEqualTo(expected);
    }
}
