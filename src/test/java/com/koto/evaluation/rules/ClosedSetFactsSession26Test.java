package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A task's fact said with another member of a closed set (session 26, helper s26f): another number counting the unit
 * every accepted answer counts with one number ({@link MissingNumbers#otherNumberInSlot}), another part of the day
 * before the same hour, another company rank after the same name, another day named from today in the same slot
 * ({@link OtherRealWords#otherStatedMember}); and the equivalent notations and added members that pass.
 */
class ClosedSetFactsSession26Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // another number before the same unit
            "천 달러를 원화로 바꾸고 싶어요.; 100달러를 원화로 바꾸고 싶어요.|미국 달러 100달러를 한국 돈으로 환전해 주세요.; POLITE; vocabulary/other_number; 천→백",
            "두 시에 예약했습니다. 제 이름은 안디입니다.; 3시에 예약했습니다. 제 이름은 안디입니다.|세 시에 예약한 안디입니다.; FORMAL; vocabulary/other_number; 두→세",
            "사흘 동안 묵을 거예요.; 이틀 동안 묵을 거예요.|이틀 묵을 거예요.; POLITE; vocabulary/other_number; 사흘→이틀",
            "부디라는 이름으로 사흘 동안 예약했습니다.; 부디라는 이름으로 2박 예약했습니다.|안녕하십니까. 부디 이름으로 2박 예약되어 있습니다.; FORMAL; vocabulary/other_number; 사흘→이틀",
            "4시에 만나자.; 3시에 만나자.|세 시에 보자.; CASUAL; vocabulary/other_number; 4시에→3시에",
            // the same number in another notation passes
            "백 달러를 원화로 바꾸고 싶어요.; 100달러를 원화로 바꾸고 싶어요.|미국 달러 100달러를 한국 돈으로 환전해 주세요.; POLITE; PASS; *",
            "오후 3시에 예약했습니다. 제 이름은 안디입니다.; 3시에 예약했습니다. 제 이름은 안디입니다.|세 시에 예약한 안디입니다.; FORMAL; PASS; *",
            "부디라는 이름으로 이틀 동안 예약했습니다.; 부디라는 이름으로 2박 예약했습니다.|안녕하십니까. 부디 이름으로 2박 예약되어 있습니다.; FORMAL; PASS; *",
            "부디라는 이름으로 2박 3일 예약했습니다.; 부디라는 이름으로 2박 예약했습니다.|안녕하십니까. 부디 이름으로 2박 예약되어 있습니다.; FORMAL; PASS; *",
            "2일 동안 묵을 거예요.; 이틀 동안 묵을 거예요.|이틀 묵을 거예요.; POLITE; PASS; *",
            "만 오천 원에 주세요.; 15,000원에 주세요.|만 오천 원에 주세요.; POLITE; PASS; *",
            // another part of the day before the same hour
            "어머니, 오늘 친구를 만나서 오전 10시쯤 들어갈 거예요.; 어머니, 오늘 친구들을 만나서 밤 10시쯤 들어갈 거예요.|오늘 친구 만나서 좀 늦을 거예요. 10시쯤 들어올게요.; POLITE; vocabulary/other_item; 오전→밤",
            "내일 아침 7시에 만나요.; 내일 저녁 7시에 만나요.|내일 저녁 일곱 시에 봐요.; POLITE; vocabulary; 아침→저녁",
            "오후 9시쯤 떠날 거예요.; 오전 9시에 출발해요.|아침 9시에 출발해요.; POLITE; vocabulary; 오후→오전",
            "오후 9시에 출발해요.; 오전 9시에 출발해요.|아침 9시에 출발해요.; POLITE; vocabulary; 오후→오전",
            // a part of the day of the same hours, or none, passes
            "어머니, 오늘 친구를 만나서 저녁 10시쯤 들어갈 거예요.; 어머니, 오늘 친구들을 만나서 밤 10시쯤 들어갈 거예요.|오늘 친구 만나서 좀 늦을 거예요. 10시쯤 들어올게요.; POLITE; PASS; *",
            "어머니, 오늘 친구를 만나서 열 시쯤 들어갈 거예요.; 어머니, 오늘 친구들을 만나서 밤 10시쯤 들어갈 거예요.|오늘 친구 만나서 좀 늦을 거예요. 10시쯤 들어올게요.; POLITE; PASS; *",
            "새벽 1시에 도착해요.; 밤 1시에 도착해요.; POLITE; PASS; *",
            // another company rank after the same name
            "안녕하십니까. PT 마주의 부디입니다. 김 사장님 계십니까?; 안녕하십니까. PT 마주의 부디입니다. 김 부장님 계십니까?|PT 마주의 부디라고 합니다. 김 부장님 좀 바꿔 주시겠습니까?; FORMAL; vocabulary/other_item; 사장님→부장님",
            "박 과장님께 전해 주세요.; 박 부장님께 전해 주세요.; POLITE; vocabulary/other_item; 과장님께→부장님께",
            "이 과장님 계세요?; 이 팀장님 계세요?|이 팀장님 자리에 계세요?; POLITE; vocabulary/other_item; 과장님→팀장님",
            // the same rank, or a rank where no accepted answer names one, passes
            "안녕하십니까. PT 마주의 부디입니다. 김 부장님 계십니까?; 안녕하십니까. PT 마주의 부디입니다. 김 부장님 계십니까?|PT 마주의 부디라고 합니다. 김 부장님 좀 바꿔 주시겠습니까?; FORMAL; PASS; *",
            "김 부장님 좀 바꿔 주세요.; 김 부장님 좀 바꿔 주시겠어요?|김민수 씨 좀 바꿔 주세요.; POLITE; PASS; *",
            // another day named from today in the same slot
            "내일 저녁에 만나요.; 오늘 저녁에 만나요.|오늘 저녁에 봐요.; POLITE; vocabulary/other_item; 내일→오늘",
            "어제부터 열이 나요.; 오늘부터 열이 나요.|오늘 아침부터 열이 나요.; POLITE; vocabulary/other_item; 어제부터→오늘부터",
            // a day the learner adds where an accepted answer has none, or the same day, passes
            "오늘 저녁에 만나요.; 저녁에 만나요.|저녁에 봐요.; POLITE; PASS; *",
            "오늘 저녁에 봐요.; 오늘 저녁에 만나요.|오늘 저녁에 봐요.; POLITE; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
