package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 36 (s36b): tense fixed by a frame of the learner's own answer ({@link TenseFrames}) and by the time the
 * accepted answers fix ({@link AcceptedTense}, {@link PastQuestions#nonPastOfDone}, -(으)셨어요 in
 * {@link UpcomingActs#presentOf}). Each class with wrong sentences it catches and correct look-alikes it passes; my
 * own sentences, not the sets'. For the checks on the learner's own words the accepted answer is worded otherwise, so
 * no accepted word supports the finding.
 */
class TenseFramesSession36Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // a past question after -(으)려면: what to do for a purpose still to reach
            "서울역에 가려면 어디서 내렸어요?; 서울역까지 어떻게 가요?; POLITE; tense/present; 내렸어요→내려요",
            "명동에 가려면 몇 번 출구로 나갔어요?; 명동 가는 출구가 어디예요?; POLITE; tense/present; 나갔어요→나가요",
            "홍대에 가려면 무슨 버스를 탔어요?; 홍대까지 어떻게 가요?; POLITE; tense/present; 탔어요→타요",
            "시청에 가려면 어디에서 환승했어요?; 시청까지 어떻게 가요?; POLITE; tense/present; 환승했어요→환승해요",
            "부산에 가려면 어디서 표를 샀어?; 부산 가는 표 어디서 팔아?; CASUAL; tense/present; 샀어→사",
            "공항에 가려면 몇 시에 출발했습니까?; 공항까지 얼마나 걸립니까?; FORMAL; tense/present; 출발했습니까→출발합니까",
            // look-alikes: a counterfactual duty, a state now, a subject of its own, the right tense, a statement
            "거기 가려면 일찍 출발했어야 했어요.; 거기 가려면 일찍 출발했어야 했어요.; POLITE; PASS; *",
            "지금 가려면 늦었어요?; 지금 가면 늦어요?; POLITE; PASS; *",
            "공항에 가려면 버스가 끊겼어요?; 공항 버스 있어요?; POLITE; PASS; *",
            "명동에 가려면 어디서 내려야 돼요?; 명동에 가려면 어디에서 내려요?; POLITE; PASS; *",
            "어제 시청에 가려면 어디서 갈아탔어요?; 어제 시청에 어떻게 갔어요?; POLITE; NO tense; *",
    })
    void pastAfterPurpose(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // the route of a named vehicle, and the vehicle to take in an answer that asks the way
            "저 버스 동대문에 갔어요?; 동대문행 버스가 어느 거예요?; POLITE; tense/present; 갔어요→가요",
            "이 지하철 강남역까지 갔어요?; 강남역 가는 지하철 맞아요?; POLITE; tense/present; 갔어요→가요",
            "몇 번 버스가 남산에 갔어요?; 남산행 버스 번호 좀 알려 주세요.; POLITE; tense/present; 갔어요→가요",
            "이 기차 부산 갔습니까?; 부산행 기차가 맞습니까?; FORMAL; tense/present; 갔습니까→갑니까",
            "병원에 어떻게 가요? 몇 번 버스 탔어요?; 병원 가는 길 좀 알려 주세요.; POLITE; tense/present; 탔어요→타요",
            "박물관까지 어떻게 가요? 어디서 내렸어요?; 박물관 가는 길 좀 알려 주세요.; POLITE; tense/present; 내렸어요→내려요",
            // look-alikes: a bus that has left, a stop passed, a past trip, the present, no way asked
            "그 버스 벌써 갔어요?; 버스가 벌써 떠났어요?; POLITE; PASS; *",
            "이 버스 이태원 지났어요?; 이태원 벌써 지났어요?; POLITE; PASS; *",
            "이 버스 이태원에 가요?; 이태원에 가는 버스예요?; POLITE; PASS; *",
            "어제 무슨 버스 탔어요?; 어제 무슨 버스 탔어요?; POLITE; PASS; *",
            "아까 어디서 내렸어요?; 아까 어디서 내렸어요?; POLITE; PASS; *",
            "오늘 몇 번 버스 탔어?; 오늘 무슨 버스 탔어?; CASUAL; NO tense; *",
    })
    void routeAskedInPast(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // -았/었을 때 of an act a thing is needed for
            "표를 샀을 때 여권이 필요해요?; 표 살 때 뭐가 있어야 돼요?; POLITE; tense/future; 샀을→살",
            "방을 예약했을 때 신분증이 필요합니까?; 예약에 신분증이 필요합니까?; FORMAL; tense/future; 예약했을→예약할",
            "돈을 환전했을 때 여권이 있어야 돼요?; 환전에 여권이 필요해요?; POLITE; tense/future; 환전했을→환전할",
            "회원 가입했을 때 뭐가 필요해요?; 가입하려면 뭐가 필요해요?; POLITE; tense/future; 가입했을→가입할",
            "자전거를 빌렸을 때 신분증이 필요해?; 자전거 빌리려면 신분증 있어야 돼?; CASUAL; tense/future; 빌렸을→빌릴",
            // look-alikes: a loss over before the need, the right modifier, a past need, another act
            "여권을 잃어버렸을 때 뭐가 필요해요?; 여권을 잃어버렸어요. 어떻게 해요?; POLITE; PASS; *",
            "책을 빌릴 때 카드가 필요해요?; 책 빌릴 때 카드 있어야 돼요?; POLITE; PASS; *",
            "한국에 도착했을 때 전화가 필요해요?; 한국에 도착하면 전화해야 돼요?; POLITE; NO tense; *",
            "표를 샀을 때 여권이 필요했어요.; 표를 샀을 때 여권이 필요했어요.; POLITE; PASS; *",
            "약을 먹었을 때 물이 많이 필요해요.; 약을 먹을 때 물을 많이 마셔요.; POLITE; NO tense; *",
    })
    void pastModifierOfNeededAct(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // a past event before an invitation, in -았/었는데 or a sentence of its own
            "토요일에 집들이 했는데 놀러 올래?; 토요일에 우리 집에 놀러 와.; CASUAL; tense/present; 했는데→하는데",
            "내일 회식 했는데 같이 갈래?; 내일 저녁에 같이 밥 먹자.; CASUAL; tense/present; 했는데→하는데",
            "다음 주에 콘서트가 있었는데 같이 갈까?; 다음 주 콘서트에 같이 가자.; CASUAL; tense/present; 있었는데→있는데",
            "금요일에 송년회 했는데 오실래요?; 금요일 송년회에 오세요.; POLITE; tense/present; 했는데→하는데",
            "주말에 바비큐 파티 했어. 올래?; 주말에 우리 집으로 와.; CASUAL; tense/present; 했어→해",
            // look-alikes: a past event asked about, a made thing offered, the present, no invitation
            "어제 파티 했는데 왜 안 왔어?; 어제 왜 안 왔어?; CASUAL; PASS; *",
            "케이크를 만들었는데 먹으러 올래?; 케이크 먹으러 와.; CASUAL; PASS; *",
            "영화표를 두 장 샀는데 같이 갈래?; 영화 보러 같이 가자.; CASUAL; PASS; *",
            "토요일에 파티가 있는데 올래?; 토요일에 우리 집에 와.; CASUAL; PASS; *",
            "파티 했는데 정말 재미있었어.; 파티가 재미있었어.; CASUAL; PASS; *",
    })
    void pastEventBeforeInvitation(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // a booking changed, cancelled or late for, in the non-past
            "화요일에 예약하는데 목요일로 바꿀 수 있어요?; 날짜를 바꾸고 싶어요.; POLITE; tense/past; 예약하는데→예약했는데",
            "저녁 7시에 예약하는데 취소하고 싶어요.; 예약을 취소하고 싶어요.; POLITE; tense/past; 예약하는데→예약했는데",
            "두 시에 예약해요. 그런데 조금 늦을 것 같아요.; 조금 늦을 것 같아요. 죄송해요.; POLITE; tense/past; 예약해요→예약했어요",
            "김민수 이름으로 예약합니다. 시간을 변경하고 싶습니다.; 시간을 변경하고 싶습니다.; FORMAL; tense/past; 예약합니다→예약했습니다",
            "토요일로 예약하는데 하루 미룰 수 있을까요?; 하루 미뤄 주실 수 있을까요?; POLITE; tense/past; 예약하는데→예약했는데",
            // look-alikes: a new booking naming what is booked, the past already, no change, a question
            "식당을 예약하는데 창가 자리로 할 수 있어요?; 창가 자리로 해 주세요.; POLITE; PASS; *",
            "예약했는데 시간을 바꿀 수 있어요?; 시간을 바꿀 수 있어요?; POLITE; PASS; *",
            "세 시에 예약하고 싶어요.; 세 시에 예약하고 싶어요.; POLITE; PASS; *",
            "예약하는데 얼마예요?; 예약하면 얼마예요?; POLITE; NO tense; *",
            "예약하는데 취소하면 수수료가 있어요?; 취소 수수료가 있어요?; POLITE; PASS; *",
            "예약하는데 날짜를 바꾸려면 어떻게 해요?; 날짜 변경은 어떻게 해요?; POLITE; NO tense/past; *",
    })
    void bookingChangedInNonPast(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // the future of an act the accepted answers tell as done
            "택배를 보낼 거예요. 번호 알려 드릴게요.; 택배를 보냈어요. 번호 알려 드릴게요.; POLITE; tense/past; 보낼 거예요→보냈어요",
            "수업이 취소되겠습니다.; 수업이 취소되었습니다.; FORMAL; tense/past; 취소되겠습니다→취소되었습니다",
            "방을 청소할게요. 확인해 주세요.; 방을 청소했어요. 확인해 주세요.; POLITE; tense/past; 청소할게요→청소했어요",
            // look-alikes: 알겠습니다, an accepted non-past of the stem, a time word, thanks
            "택배를 보낼 거예요.; 택배를 보냈어요.|내일 택배를 보낼 거예요.; POLITE; NO tense; *",
            "내일 다시 보낼 거예요.; 어제 서류를 보냈어요. 확인해 주세요.; POLITE; NO tense/past; *",
            // -(으)셨어요 for a present state: 사셨어요 → 사세요
            "할머니는 부산에 사셨어요.; 할머니는 부산에 사세요.; POLITE; tense/present; 사셨어요→사세요",
            "선생님은 지금 사무실에 계셨어요.; 선생님은 사무실에 계세요.; POLITE; FAIL; *",
            // the past for an accepted -고 있다
            "회사 근처에서 집을 찾았어요.; 회사 근처에서 집을 찾고 있어요.; POLITE; tense/present; 찾았어요→찾고 있어요",
            "요리를 배웠어요.; 요리를 배우고 있어요.; POLITE; tense/present; 배웠어요→배우고 있어요",
            "아이가 빨간 셔츠를 입었어요. 키가 작아요.; 아이는 빨간 셔츠를 입고 있어요.; POLITE; NO tense; *",
            "저는 서울에서 3년 일했어요. 지금도 회사에 다녀요.; 서울에 있는 회사에서 일하고 있어요.; POLITE; NO tense; *",
            // a range 부터 … 까지 is no since-phrase
            "수영장은 아침 6시부터 밤 9시까지 이용하실 수 있었습니다.; 수영장은 아침 6시부터 밤 9시까지 이용하실 수 있습니다.; FORMAL; tense/present; 있었습니다→있습니다",
            // a past event asked in the non-past
            "지난 방학에 뭐 해?; 지난 방학에 뭐 했어?; CASUAL; tense; 해→했어",
            "여름 방학에 어디 가?; 지난 여름 방학에 어디 갔어?; CASUAL; tense/past; 가→갔어",
            "작년 여름에 어디 가?; 작년 여름에 어디 갔어?; CASUAL; tense; *",
            "주말에 보통 뭐 해?; 지난 주말에 뭐 했어?; CASUAL; NO tense/past; *",
    })
    void timeFixedByAcceptedAnswers(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
