package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tense, spacing and spelling recall (session 30, helper s30d). Per mechanism, wrong answers it catches and correct
 * look-alikes it must leave alone, on other tasks than the development sets: 벌써/이미 with the non-past and -는데 of an
 * act done before ({@link FinishedActs}), the past of 하다 after its verbal noun written apart ({@link UpcomingActs}),
 * -아/어 주자 for a request ({@link FinishedActs}), 되 before an auxiliary ({@link FormChecks}), and the spacing of -ㄹ
 * 수 after a verb's context, -(으)ㄹ게요, -쯤, an adjective's modifier and 잘 joined to their word ({@link Spacing}).
 * {@code NOTE subtype} rows pass with a spacing note on the span; {@code NONOTE} rows pass with no spacing note.
 */
class TenseSpacingSession30Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // 벌써/이미 with the non-past of an act done
            "저는 벌써 숙제를 해요.; 저는 벌써 숙제를 했어요.; POLITE; tense/past; 해요→했어요",
            "이미 표를 사요.; 이미 표를 샀어요.; POLITE; tense/past; 사요→샀어요",
            "나 벌써 집에 도착해.; 나 벌써 집에 도착했어.; CASUAL; tense/past; 도착해→도착했어",
            "친구가 벌써 떠나요.; 친구가 벌써 떠났어요.; POLITE; tense/past; 떠나요→떠났어요",
            "벌써 가요?; 벌써 가요?; POLITE; PASS; *",
            "이미 알아요.; 이미 알아요.; POLITE; PASS; *",
            "벌써 먹고 있어요.; 지금 먹고 있어요.; POLITE; NO tense/past; *",
            "저는 이미 약을 먹어요.; 저는 매일 약을 먹어요.; POLITE; NO tense/past; *",
            "내일 영화를 봐요.; 내일 영화를 볼 거예요.; POLITE; NO tense/past; *",
            // -는데 of an act done before
            "어제 주문하는데 아직 안 왔어요.; 어제 주문했는데 아직 안 왔어요.; POLITE; tense/past; 주문하는데→주문했는데",
            "여기서 가방을 사는데 바꿀 수 있어요?; 여기서 가방을 샀는데 바꿀 수 있어요?; POLITE; tense/past; 사는데→샀는데",
            "택시에 휴대폰을 두고 내리는데 어떻게 해요?; 택시에 휴대폰을 두고 내렸는데 어떻게 해요?; POLITE; tense/past; 내리는데→내렸는데",
            "방을 예약하는데 취소하고 싶어요.; 방을 예약했는데 취소하고 싶어요.; POLITE; tense/past; 예약하는데→예약했는데",
            "지금 가는데 뭐 사 갈까?; 지금 가는데 뭐 사 갈까?; CASUAL; PASS; *",
            "비가 오는데 우산 있어?; 비가 오는데 우산 있어?; CASUAL; PASS; *",
            "공부하는데 좀 조용히 해 줘.; 공부하고 있는데 좀 조용히 해 줘.; CASUAL; NO tense/past; *",
            "요즘 운동하는데 힘들어요.; 요즘 운동하는데 힘들어요.; POLITE; PASS; *",
            // the past of 하다 after its verbal noun written apart, where the task is to do it now
            "내일 두 명 예약 했어요.; 내일 두 명 예약하고 싶어요.; POLITE; tense/future; 했어요→하고 싶어요",
            "이 신발 환불 했어요.; 이 신발 환불하고 싶어요.; POLITE; tense/future; 했어요→하고 싶어요",
            "짜장면 두 그릇 주문 했어요.; 짜장면 두 그릇 주문할게요.; POLITE; FAIL; *",
            "택시 예약 했어요.; 택시 예약할 수 있어요?; POLITE; tense/future; *",
            "어제 호텔 예약 했어요.; 어제 호텔 예약했어요.; POLITE; PASS; *",
            "지난주에 주문 했어요.; 지난주에 주문했어요.; POLITE; PASS; *",
            "벌써 계산 했어요.; 벌써 계산했어요.; POLITE; PASS; *",
            "어제 전화 했어요.; 어제 전화했는데 안 받았어요.; POLITE; NO tense/future; *",
            // -아/어 주자 for a request
            "펜 좀 빌려주자.; 펜 좀 빌려줘.; CASUAL; ending/request; 빌려주자→빌려줘",
            "사진 좀 찍어주자.; 사진 좀 찍어줄래?; CASUAL; ending/request; 찍어주자→찍어줘",
            "창문 좀 닫아주자.; 창문 좀 닫아줘.; CASUAL; ending/request; 닫아주자→닫아줘",
            "이것 좀 들어주자.; 이것 좀 들어줄 수 있어?; CASUAL; ending/request; 들어주자→들어줘",
            "동생 숙제 도와주자.; 동생 숙제 도와주자.; CASUAL; PASS; *",
            "엄마한테 꽃 사주자.; 엄마한테 꽃 사 주자.; CASUAL; NO ending/request; *",
            "펜 좀 빌려줘.; 펜 좀 빌려줘.; CASUAL; PASS; *",
            "우리 친구 이사 도와주자.; 우리가 같이 도와줄까?; CASUAL; NO ending/request; *",
            // 되 before an auxiliary of -아/어
            "세금이 포함되 있어요?; 세금이 포함돼 있어요?; POLITE; spelling/confusion; 포함되→포함돼",
            "이름이 등록되 있어요.; 이름이 등록돼 있어요.; POLITE; spelling/confusion; 등록되→등록돼",
            "방이 예약되 있어요.; 방이 예약돼 있어요.; POLITE; spelling/confusion; 예약되→예약돼",
            "컴퓨터가 연결되 있어요?; 컴퓨터가 연결돼 있어요?; POLITE; spelling/confusion; 연결되→연결돼",
            "세금이 포함돼 있어요?; 세금이 포함돼 있어요?; POLITE; PASS; *",
            "쌀 한 되 주세요.; 쌀 한 되 주세요.; POLITE; PASS; *",
            "이름이 등록되어 있어요.; 이름이 등록돼 있어요.; POLITE; NO spelling; *",
            "방이 예약돼 있어요.; 방이 예약되어 있어요.; POLITE; NO spelling; *",
            // spacing: -ㄹ 수 after words only a verb follows, the dictionary noun of the same letters notwithstanding
            "여기서 표를 살수 있어요?; 여기서 표를 살 수 있어요?; POLITE; NOTE spacing/words; 살수→살 수",
            "좀 더 빨리 살수 있어요?; 좀 더 빨리 살 수 있어요?; POLITE; NOTE spacing/words; 살수→살 수",
            "옷을 싸게 살수 없어요.; 옷을 싸게 살 수 없어요.; POLITE; NOTE spacing/words; 살수→살 수",
            "내일 만날수 있어요?; 내일 만날 수 있어요?; POLITE; NOTE spacing/words; 만날수→만날 수",
            "제가 살 수 있어요.; 제가 살 수 있어요.; POLITE; NONOTE; *",
            "실수 있어요?; 실수 있어요?; POLITE; NONOTE; *",
            "다시 실수가 있어요.; 다시 실수가 있어요.; POLITE; NONOTE; *",
            "말수 없어요.; 말수가 없어요.; POLITE; NONOTE; *",
            // spacing: -(으)ㄹ게요 is one ending
            "제가 먼저 갈 게요.; 제가 먼저 갈게요.; POLITE; NOTE spacing/words; 갈 게요→갈게요",
            "내일 다시 올 게요.; 내일 다시 올게요.; POLITE; NOTE spacing/words; 올 게요→올게요",
            "이걸로 할 게요.; 이걸로 할게요.; POLITE; NOTE spacing/words; 할 게요→할게요",
            "카드로 계산할 게요.; 카드로 계산할게요.; POLITE; NOTE spacing/words; 계산할 게요→계산할게요",
            "먹을 게 없어요.; 먹을 게 없어요.; POLITE; NONOTE; *",
            "제가 할게요.; 제가 할게요.; POLITE; NONOTE; *",
            "살 게 많아요.; 살 게 많아요.; POLITE; NONOTE; *",
            "마실 게 있어요?; 마실 게 있어요?; POLITE; NONOTE; *",
            // spacing: -지 못하다, the auxiliary written as one word
            "저는 술을 마시지 못 해요.; 저는 술을 마시지 못해요.; POLITE; NOTE spacing/words; 못 해요→못해요",
            "내일은 가지 못 합니다.; 내일은 가지 못합니다.; FORMAL; NOTE spacing/words; 못 합니다→못합니다",
            "어제 잠을 자지 못 했어.; 어제 잠을 자지 못했어.; CASUAL; NOTE spacing/words; 못 했어→못했어",
            "숙제를 끝내지 못 했어요.; 숙제를 끝내지 못했어요.; POLITE; NOTE spacing/words; 못 했어요→못했어요",
            "숙제를 못 했어요.; 숙제를 못 했어요.; POLITE; NONOTE; *",
            "저는 술을 마시지 못해요.; 저는 술을 마시지 못해요.; POLITE; NONOTE; *",
            "수영 못 해요.; 수영 못 해요.; POLITE; NONOTE; *",
            "어제 바빠서 운동 못 했어.; 어제 바빠서 운동 못 했어.; CASUAL; NONOTE; *",
            // spacing: the suffix -쯤
            "언제 쯤 와요?; 언제쯤 와요?; POLITE; NOTE spacing/words; 언제 쯤→언제쯤",
            "세 시 쯤 만나요.; 세 시쯤 만나요.; POLITE; NOTE spacing/words; 시 쯤→시쯤",
            "내일 쯤 도착해요.; 내일쯤 도착해요.; POLITE; NOTE spacing/words; 내일 쯤→내일쯤",
            "10분 쯤 걸려요.; 10분쯤 걸려요.; POLITE; NOTE spacing/words; 10분 쯤→10분쯤",
            "언제쯤 와요?; 언제쯤 와요?; POLITE; NONOTE; *",
            "세 시쯤 만나요.; 세 시쯤 만나요.; POLITE; NONOTE; *",
            // spacing: an adjective's modifier and 잘 joined to their word
            "빨간가방 있어요?; 빨간 가방 있어요?; POLITE; NOTE spacing/words; 빨간가방→빨간 가방",
            "조용한방으로 주세요.; 조용한 방으로 주세요.; POLITE; NOTE spacing/words; 조용한방으로→조용한 방으로",
            "좋은사람이에요.; 좋은 사람이에요.; POLITE; NOTE spacing/words; *",
            "까만모자 있어요?; 까만 모자 있어요?; POLITE; NOTE spacing/words; 까만모자→까만 모자",
            "파란색 가방 있어요?; 파란색 가방 있어요?; POLITE; NONOTE; *",
            "이 국 매운가요?; 이 국 매운가요?; POLITE; NONOTE; *",
            "검은색이 좋아요.; 검은색이 좋아요.; POLITE; NONOTE; *",
            "까만색도 있어요?; 까만색도 있어요?; POLITE; NONOTE; *",
            "방이 좀 작은데요.; 방이 좀 작은데요.; POLITE; NONOTE; *",
            "큰가방 있어요?; 큰 가방 있어요?; POLITE; NOTE spacing/words; 큰가방→큰 가방",
            "작은아버지가 오셨어요.; 작은아버지가 오셨어요.; POLITE; NONOTE; *",
            "더운물 좀 주세요.; 더운물 좀 주세요.; POLITE; NONOTE; *",
            "빨간불이에요.; 빨간불이에요.; POLITE; NONOTE; *",
            "잘지내요?; 잘 지내요?; POLITE; NOTE spacing/words; 잘지내요→잘 지내요",
            "앞으로 잘부탁드립니다.; 앞으로 잘 부탁드립니다.; FORMAL; NOTE spacing/words; 잘부탁드립니다→잘 부탁드립니다",
            "잘자.; 잘 자.; CASUAL; NOTE spacing/words; 잘자→잘 자",
            "잘먹겠습니다.; 잘 먹겠습니다.; FORMAL; NOTE spacing/words; 잘먹겠습니다→잘 먹겠습니다",
            "한국어를 잘해요.; 한국어를 잘해요.; POLITE; NONOTE; *",
            "잘생겼어요.; 잘생겼어요.; POLITE; NONOTE; *",
            "잘못했어요.; 잘못했어요.; POLITE; NONOTE; *",
            "일이 잘됐어요.; 일이 잘됐어요.; POLITE; NONOTE; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        if (expected.startsWith("NOTE ") || expected.equals("NONOTE")) {
            Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.valueOf(register));
            assertThat(e.passed()).as(answer + ": " + e.errors()).isTrue();
            if (expected.equals("NONOTE")) {
                assertThat(e.errors()).as(answer + ": " + e.errors()).noneMatch(x -> x.subtype() != null
                        && x.subtype().startsWith("spacing"));
                return;
            }
            String subtype = expected.substring(5);
            assertThat(e.errors()).as(answer + ": " + e.errors()).anyMatch(x -> subtype.equals(x.subtype())
                    && (span.equals("*") || span.equals(x.original() + "→" + x.correction())));
            return;
        }
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
