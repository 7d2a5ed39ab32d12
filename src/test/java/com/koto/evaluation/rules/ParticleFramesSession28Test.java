package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Particles a verb's frame requires, read on the learner's own words (session 28, helper s28a, {@link FrameRoles}):
 * the result of a change, the start of a change between two times, a vehicle before 가면, the standard of a
 * comparison, the one a thing is too small or hard for, the place of a loss or a purchase, a container before what is
 * heated or put in it; 에 for the capacity (으)로, for the means (으)로 of paying and for the result of a change an
 * accepted answer names; 을/를 for the partner of a shared act; the goal of 가다 with 에서 where the accepted answer's
 * goal stands bare before an adverb. Each class has wrong answers it catches, with accepted answers worded apart from
 * the learner's, and correct look-alikes that must not be corrected.
 */
class ParticleFramesSession28Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // result of change, own words
            "머리를 갈색 바꾸고 싶어요.; 머리 색깔을 바꾸고 싶어요.; POLITE; particle_missing/result; 갈색→갈색으로",
            "이 셔츠를 큰 사이즈 교환하고 싶어요.; 더 큰 걸로 바꿔 주세요.; POLITE; particle_missing/result; 사이즈→사이즈로",
            "100달러를 원화 환전해 주세요.; 돈 좀 바꿔 주세요.; POLITE; particle_missing/result; 원화→원화로",
            "비밀번호를 새 번호 변경하고 싶어요.; 비밀번호를 바꾸고 싶어요.; POLITE; particle_missing/result; 번호→번호로",
            "머리를 검은색 염색했어.; 머리 했어.; CASUAL; particle_missing/result; 검은색→검은색으로",
            // result look-alikes
            "이 표를 내일 바꿀 수 있어요?; 표를 변경할 수 있을까요?; POLITE; NO particle_missing; *",
            "돈을 은행 바꿨어요.; 돈을 환전했어요.; POLITE; NO particle_missing/result; *",
            "자리를 친구 바꿨어요.; 자리를 바꿨어요.; POLITE; NO particle_missing/result; *",
            "창가 자리 바꿀 수 있어요?; 자리를 옮기고 싶어요.; POLITE; NO particle_missing; *",
            "머리를 갈색으로 바꾸고 싶어요.; 머리 색깔을 바꾸고 싶어요.; POLITE; NO particle_; *",
            "돈을 좀 바꾸고 싶어요.; 환전하고 싶어요.; POLITE; NO particle_; *",
            "달러를 원로 바꾸고 싶어요.; 달러를 원화로 바꾸고 싶어요.; POLITE; NO particle_missing; *",
            // result without object, from the accepted answer
            "라테 주세요. 두유 바꿔 주세요.; 라테 한 잔 주세요. 우유 대신 두유로 해 주세요.; POLITE; particle_missing/result; 두유→두유로",
            "창가 자리 바꿀 수 있어요?; 창가 자리로 바꿀 수 있어요?; POLITE; particle_missing; 자리→자리로",
            // 에 for (으)로 before changing, from the accepted answer
            "라테 주세요. 두유에 바꿔 주세요.; 라테 한 잔 주세요. 우유 대신 두유로 해 주세요.; POLITE; particle_wrong/location_for_direction; 두유에→두유로",
            "예약을 다음 주 같은 시간에 바꿀 수 있어요?; 예약을 다음 주 같은 시간으로 변경할 수 있을까요?; POLITE; particle_wrong/location_for_direction; 시간에→시간으로",
            "회의를 4시에 바꿔 주세요.; 회의 시간을 4시로 바꿔 주세요.; POLITE; particle_wrong/location_for_direction; 4시에→4시로",
            "표를 금요일에 바꾸고 싶어요.; 표를 금요일로 바꾸고 싶어요.; POLITE; particle_wrong/location_for_direction; 금요일에→금요일로",
            // look-alikes: when, not into
            "내일 오후에 바꿀게요.; 나중에 바꿔 드릴게요.; POLITE; NO particle_wrong; *",
            "3시에 표를 바꿨어요.; 오후에 표를 교환했어요.; POLITE; NO particle_wrong; *",
            "주말에 돈을 바꿀 거예요.; 주말에 환전할 거예요.; POLITE; NO particle_wrong; *",
            "은행에 가서 바꿨어요.; 은행에서 환전했어요.; POLITE; NO particle_wrong/location_for_direction; *",
            // start of change
            "배송을 오전 오후로 바꿔 주세요.; 배달 시간을 오후로 해 주세요.; POLITE; particle_missing/from; 오전→오전에서",
            "회의를 월요일 화요일로 옮겼어요.; 회의가 화요일이 됐어요.; POLITE; particle_missing/from; 월요일→월요일에서",
            "예약을 3시 5시로 변경하고 싶어요.; 예약 시간을 다섯 시로 하고 싶어요.; POLITE; particle_missing/from; 3시→3시에서",
            "약속을 토요일 일요일로 미룰까?; 약속을 일요일로 해도 돼?; CASUAL; particle_missing/from; 토요일→토요일에서",
            // look-alikes
            "회의를 내일 3시로 바꿨어요.; 회의를 세 시로 바꿨어요.; POLITE; NO particle_missing; *",
            "오전 오후로 바꿔 주세요.; 오후로 해 주세요.; POLITE; NO particle_missing/from; *",
            "회의를 금요일 오후로 옮겼어요.; 회의가 금요일로 바뀌었어요.; POLITE; NO particle_missing; *",
            "배송을 오전에서 오후로 바꿔 주세요.; 배달 시간을 오후로 해 주세요.; POLITE; NO particle_; *",
            // vehicle before 가면 and how quick
            "거기 버스 가면 금방이에요.; 버스로 가면 금방 가요.; POLITE; particle_missing/direction; 버스→버스로",
            "지하철 가면 30분 걸려요.; 전철을 타면 삼십 분이에요.; POLITE; particle_missing/direction; 지하철→지하철로",
            "택시 가면 얼마나 걸려?; 택시 타면 얼마나 걸려?; CASUAL; particle_missing/direction; 택시→택시로",
            "자전거 가면 빨라요.; 자전거 타면 빨라요.; POLITE; particle_missing/direction; 자전거→자전거로",
            // look-alikes
            "이 버스 가면 다음 버스 타요.; 버스가 떠나면 다음 거 타요.; POLITE; NO particle_missing; *",
            "버스 가면 어떡해요?; 버스가 떠나면 어떻게 해요?; POLITE; NO particle_missing; *",
            "지하철로 가면 금방이에요.; 전철을 타면 금방이에요.; POLITE; NO particle_; *",
            "학교 가면 금방이야.; 학교에 가면 금방이야.; CASUAL; NO particle_missing; *",
            // comparison
            "저게 이거 더 나아?; 이거랑 저거 중에 뭐가 더 나아?; CASUAL; particle_missing/comparison; 이거→이거보다",
            "이 가방이 저 가방 더 싸요.; 이 가방이 더 싸요.; POLITE; particle_missing/comparison; 가방→가방보다",
            "이건 그거 더 비싸요.; 이게 더 비싸요.; POLITE; particle_missing/comparison; 그거→그거보다",
            "이 방이 저 방 더 넓어요?; 이 방이 더 넓어요?; POLITE; particle_missing/comparison; 방→방보다",
            // comparison look-alikes
            "저는 이거 더 좋아요.; 전 이게 더 좋아요.; POLITE; NO particle_missing; *",
            "이거 더 싸요?; 이게 더 싸요?; POLITE; NO particle_missing; *",
            "제가 이거 더 필요해요.; 저한테 이게 더 필요해요.; POLITE; NO particle_missing; *",
            "오늘은 어제 더 추워요.; 오늘이 더 추워요.; POLITE; NO particle_missing/comparison; *",
            "이게 저거보다 더 싸요.; 이게 더 싸요.; POLITE; NO particle_; *",
            // for whom
            "이 신발이 저 좀 작아요.; 이 신발은 좀 작네요.; POLITE; particle_missing/dative; 저→저한테",
            "이 바지가 나 너무 길어.; 바지가 너무 길어.; CASUAL; particle_missing/dative; 나→나한테",
            "이 책은 저 조금 어려워요.; 이 책은 좀 어려워요.; POLITE; particle_missing/dative; 저→저한테",
            "이 옷이 저 안 맞아요.; 옷이 안 맞아요.; POLITE; particle_missing/dative; 저→저한테",
            "이 의자가 저 좀 낮아요.; 의자가 좀 낮아요.; POLITE; particle_missing/dative; 저→저한테",
            // for whom look-alikes
            "오늘은 저 좀 바빠요.; 오늘은 제가 좀 바빠요.; POLITE; NO particle_missing; *",
            "요즘 저 좀 피곤해요.; 요즘 좀 피곤해요.; POLITE; NO particle_missing; *",
            "이 신발이 저 신발 작아요.; 이 신발이 더 작아요.; POLITE; NO particle_missing/dative; *",
            "동생이 저 좀 닮았어요.; 동생이 저를 닮았어요.; POLITE; NO particle_missing/dative; *",
            "이 가방은 저 사고 싶어요.; 이 가방 사고 싶어요.; POLITE; NO particle_missing/dative; *",
            // place of loss or purchase
            "어제 702번 버스 검은색 가방을 잃어버렸어요.; 버스에 가방을 두고 내렸어요.; POLITE; particle_missing/action_place; 버스→버스에서",
            "1층 편의점 이 우유를 샀어요.; 이 우유를 샀는데 상했어요.; POLITE; particle_missing/action_place; 편의점→편의점에서",
            "5번 출구 제 지갑을 잃어버렸어요.; 지갑을 잃어버렸어요.; POLITE; particle_missing/action_place; 출구→출구에서",
            "지하철 이 우산을 잃어버렸어요.; 우산을 잃어버렸어요.; POLITE; particle_missing/action_place; 지하철→지하철에서",
            // place look-alikes
            "버스 카드를 잃어버렸어요.; 교통카드를 잃어버렸어요.; POLITE; NO particle_missing; *",
            "203호 열쇠를 잃어버렸어요.; 방 열쇠를 잃어버렸어요.; POLITE; NO particle_missing; *",
            "회사 검은색 가방을 잃어버렸어요.; 가방을 잃어버렸어요.; POLITE; NO particle_missing; *",
            "엄마 이 가방을 사 줬어요.; 엄마가 가방을 사 줬어요.; POLITE; NO particle_missing; *",
            "어제 이 셔츠를 샀어요.; 셔츠를 샀어요.; POLITE; NO particle_missing; *",
            // container
            "전자레인지 도시락 데워 주세요.; 도시락 좀 데워 주세요.; POLITE; particle_missing/location; 전자레인지→전자레인지에",
            "냉장고 우유를 넣어 주세요.; 우유 넣어 주세요.; POLITE; particle_missing/location; 냉장고→냉장고에",
            "가방 지갑 넣었어요.; 지갑은 넣었어요.; POLITE; particle_missing/location; 가방→가방에",
            "봉투 영수증 좀 넣어 주세요.; 영수증도 주세요.; POLITE; particle_missing/location; 봉투→봉투에",
            // container look-alikes
            "봉투 넣어 주세요.; 하나 넣어 주세요.; POLITE; NO particle_missing; *",
            "봉투 두 개 넣어 주세요.; 봉투 두 개 주세요.; POLITE; NO particle_missing; *",
            "가방 안 넣었어요.; 가방은 안 넣었어요.; POLITE; NO particle_missing; *",
            "전자레인지 돌려 주세요.; 데워 주세요.; POLITE; NO particle_missing; *",
            "전자레인지에 도시락 데워 주세요.; 도시락 데워 주세요.; POLITE; NO particle_; *",
            // capacity
            "3개월 회원에 등록하고 싶어요.; 석 달 등록하고 싶어요.; POLITE; particle_wrong/location_for_capacity; 회원에→회원으로",
            "자원봉사자에 참가하고 싶어요.; 봉사하고 싶어요.; POLITE; particle_wrong/location_for_capacity; 자원봉사자에→자원봉사자로",
            "정회원에 가입했어요.; 가입했어요.; POLITE; particle_wrong/location_for_capacity; 정회원에→정회원으로",
            "인턴에 일하고 있어요.; 회사 다녀요.; POLITE; particle_wrong/location_for_capacity; 인턴에→인턴으로",
            // capacity look-alikes
            "학원에 등록했어요.; 학원 다녀요.; POLITE; NO particle_wrong; *",
            "동아리에 가입하고 싶어요.; 동아리 들고 싶어요.; POLITE; NO particle_wrong; *",
            "회원으로 등록하고 싶어요.; 가입하고 싶어요.; POLITE; NO particle_; *",
            "헬스장에 회원 등록했어요.; 등록했어요.; POLITE; NO particle_wrong; *",
            // means of paying
            "이 셔츠를 카드에 샀습니다.; 셔츠를 샀습니다.; FORMAL; particle_wrong/location_for_means; 카드에→카드로",
            "현금에 계산할게요.; 돈 낼게요.; POLITE; particle_wrong/location_for_means; 현금에→현금으로",
            "상품권에 살 수 있어요?; 이걸로 돼요?; POLITE; particle_wrong/location_for_means; 상품권에→상품권으로",
            "신용카드에 결제했어요.; 결제했어요.; POLITE; particle_wrong/location_for_means; 신용카드에→신용카드로",
            // means look-alikes
            "카드에 충전했어요.; 충전했어요.; POLITE; NO particle_wrong; *",
            "카드로 샀어요.; 샀어요.; POLITE; NO particle_; *",
            "교통카드에 돈을 넣었어요.; 충전했어요.; POLITE; NO particle_wrong; *",
            "가게에 샀어요.; 샀어요.; POLITE; NO particle_wrong/location_for_means; *",
            // partner
            "나를 같이 저녁 먹을래?; 같이 밥 먹자.; CASUAL; particle_wrong/object_for_comitative; 나를→나랑",
            "친구를 같이 여행 갔어요.; 친구하고 여행했어요.; POLITE; particle_wrong; 친구를→친구하고",
            "동생을 함께 놀았어.; 동생이랑 놀았어.; CASUAL; particle_wrong/object_for_comitative; 동생을→동생이랑",
            "저를 같이 영화 봐요.; 같이 영화 봐요.; POLITE; particle_wrong/object_for_comitative; 저를→저하고",
            // partner look-alikes
            "친구를 같이 불렀어요.; 친구도 불렀어요.; POLITE; NO particle_wrong; *",
            "동생을 같이 데려갈게.; 동생도 데려갈게.; CASUAL; NO particle_wrong; *",
            "친구를 같이 만났어요.; 친구도 만났어요.; POLITE; NO particle_wrong; *",
            "나를 같이 봐.; 나 좀 봐.; CASUAL; NO particle_wrong; *",
            // goal of going
            "불꽃 축제에서 같이 가자.; 불꽃 축제 같이 갈래?; CASUAL; particle_wrong/action_place_for_goal; 축제에서→축제에",
            // a subject in another clause
            "일이 많아서 나 좀 바빠.; 일이 많아서 좀 바빠.; CASUAL; NO particle_missing; *",
            "가격이 비싸서 이거 더 좋아요.; 이게 더 좋아요.; POLITE; NO particle_missing; *",
            // 있다 and adjectives with 을/를, where the accepted answer writing 을/를 has a verb of its own
            "가방을 하나 더 있습니다.; 수하물이 하나 더 있습니다.|가방을 하나 더 부치고 싶습니다.; FORMAL; particle_wrong/object_on_intransitive; 가방을→가방이",
            "돈을 좀 필요해요.; 돈이 좀 필요해요.|돈을 좀 빌리고 싶어요.; POLITE; particle_wrong; 돈을→돈이",
            "표를 두 장 있어요.; 표가 두 장 있어요.|표를 두 장 샀어요.; POLITE; particle_wrong; 표를→표가",
            "우산을 없어요.; 우산이 없어요.|우산을 안 가져왔어요.; POLITE; particle_wrong; 우산을→우산이",
            // look-alikes: the object of a verb
            "가방을 하나 더 부치고 싶습니다.; 수하물이 하나 더 있습니다.|가방을 하나 더 부치고 싶습니다.; FORMAL; NO particle_wrong; *",
            "돈을 좀 빌리고 싶어요.; 돈이 좀 필요해요.|돈을 좀 빌리고 싶어요.; POLITE; NO particle_wrong; *",
            "표를 두 장 샀어요.; 표가 두 장 있어요.|표를 두 장 샀어요.; POLITE; NO particle_wrong; *",
            "우산을 가지고 있어요.; 우산이 있어요.|우산을 가지고 있어요.; POLITE; NO particle_wrong; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
