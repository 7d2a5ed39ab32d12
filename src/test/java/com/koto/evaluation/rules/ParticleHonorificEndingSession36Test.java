package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 36 (s36d): particle, honorific and ending classes read on the learner's own words, from set AT's misses.
 * Each accepted answer is worded otherwise, so no accepted word supports the finding; the look-alikes keep no finding
 * of the class ({@code NO subtype}) or pass. My own sentences, not the sets'.
 */
class ParticleHonorificEndingSession36Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // an adjective with the progressive -고 있다 (StativePredicates)
            "어젯밤부터 배가 아프고 있어요.; 어젯밤부터 배가 불편해요.; POLITE; ending/adjective_progressive; 아프고 있어요→아파요",
            "요즘 일이 많아서 바쁘고 있어요.; 요즘 일이 정말 많아요.; POLITE; ending/adjective_progressive; 바쁘고 있어요→바빠요",
            "어제 하루 종일 피곤하고 있었어요.; 어제는 집에서 쉬었어요.; POLITE; ending/adjective_progressive; 피곤하고 있었어요→피곤했어요",
            "방이 너무 춥고 있어요.; 난방 좀 켜 주세요.; POLITE; ending/adjective_progressive; 춥고 있어요→추워요",
            "회의가 길어서 지루하고 있습니다.; 회의가 곧 끝납니다.; FORMAL; ending/adjective_progressive; 지루하고 있습니다→지루합니다",
            "날씨가 요즘 덥고 있어.; 에어컨 켜자.; CASUAL; ending/adjective_progressive; 덥고 있어→더워",
            "아이가 빨리 크고 있어요.; 아이가 많이 컸어요.; POLITE; NO ending/adjective_progressive; *",
            "지금 밥을 먹고 있어요.; 지금 식사 중이에요.; POLITE; NO ending/adjective_progressive; *",
            "머리가 아프고 열이 있어요.; 머리가 아파요.; POLITE; NO ending/adjective_progressive; *",
            "친구가 밖에서 기다리고 있어요.; 친구가 밖에 있어요.; POLITE; NO ending/adjective_progressive; *",
            // a 하다 adjective's root with the copula (StativePredicates)
            "제 피부는 건조예요.; 제 피부가 많이 말라요.; POLITE; ending/hada_root_copula; 건조예요→건조해요",
            "오늘은 정말 피곤이에요.; 오늘은 정말 힘들어요.; POLITE; ending/hada_root_copula; 피곤이에요→피곤해요",
            "이 가수는 한국에서 유명이에요.; 이 가수는 인기가 많아요.; POLITE; ending/hada_root_copula; 유명이에요→유명해요",
            "도서관이 조용이에요.; 도서관에서는 떠들면 안 돼요.; POLITE; ending/hada_root_copula; 조용이에요→조용해요",
            "이 문제는 아주 중요입니다.; 이 문제를 꼭 확인하십시오.; FORMAL; ending/hada_root_copula; 중요입니다→중요합니다",
            "정말 다행이에요.; 정말 잘됐어요.; POLITE; NO ending/hada_root_copula; *",
            "이 가방은 좀 비싼 편이에요.; 이 가방은 좀 비싸요.; POLITE; NO ending/hada_root_copula; *",
            "제 발표는 이상입니다.; 발표를 마치겠습니다.; FORMAL; NO ending/hada_root_copula; *",
            "건강이 제일 중요해요.; 건강이 최고예요.; POLITE; NO ending/hada_root_copula; *",
            "제 꿈은 행복이에요.; 저는 행복하게 살고 싶어요.; POLITE; NO ending/hada_root_copula; *",
    })
    void statives(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // the 해요체 form before 싶다 (FormChecks.politeBeforeWant)
            "양말 두 켤레 사요 싶어요.; 양말을 사려고 해요.; POLITE; ending/form; 사요→사고",
            "주말에 영화 봐요 싶어요.; 주말에 극장에 가요.; POLITE; ending/form; 봐요→보고",
            "한국 음식 먹어요 싶어요.; 한국 음식을 좋아해요.; POLITE; ending/form; 먹어요→먹고",
            "한국어를 공부해요 싶어요.; 한국어 수업을 들을 거예요.; POLITE; ending/form; 공부해요→공부하고",
            "시원한 커피 마셔요 싶어요.; 아이스 아메리카노 주세요.; POLITE; ending/form; 마셔요→마시고",
            "집에 가고 싶어요.; 집에 갈래요.; POLITE; NO ending/form; *",
            "좀 쉬었으면 싶어요.; 좀 쉬고 싶어요.; POLITE; NO ending/form; *",
            "내일 비가 올까 싶어요.; 내일 비가 올 것 같아요.; POLITE; NO ending/form; *",
            "맛있는 거 먹고 싶어요.; 맛있는 거 먹으러 가요.; POLITE; NO ending/form; *",
            "저도 그렇게 하고 싶어요.; 저도 할래요.; POLITE; NO ending/form; *",
    })
    void politeFormBeforeWant(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // a noun of action with 이/가 before 하다 (VerbalNounObjects)
            "3일째 기침이 해요.; 며칠 전부터 목이 아파요.; POLITE; particle_wrong/subject_for_object; 기침이→기침을",
            "컴퓨터 끄고 숙제가 해.; 이제 컴퓨터 그만해.; CASUAL; particle_wrong/subject_for_object; 숙제가→숙제를",
            "주말에 청소가 했어요.; 주말에 집에 있었어요.; POLITE; particle_wrong/subject_for_object; 청소가→청소를",
            "매일 아침 운동이 해요.; 매일 아침 공원에 가요.; POLITE; particle_wrong/subject_for_object; 운동이→운동을",
            "내일 저녁에 예약이 할 거예요.; 내일 저녁에 식당에 갈 거예요.; POLITE; particle_wrong/subject_for_object; 예약이→예약을",
            "오늘 빨래가 할 수 있어요?; 오늘 세탁기 써도 돼요?; POLITE; particle_wrong/subject_for_object; 빨래가→빨래를",
            "이 가방은 10만 원 해요.; 이 가방은 10만 원이에요.; POLITE; NO particle_wrong; *",
            "오늘은 숙제가 많아요.; 오늘은 할 일이 많아요.; POLITE; NO particle_wrong; *",
            "공원까지 운동이 한 시간 걸려요.; 공원까지 한 시간 걸려요.; POLITE; NO particle_wrong; *",
            "기침이 나요.; 목이 아파요.; POLITE; NO particle_wrong; *",
            "예약이 취소됐어요.; 예약을 못 했어요.; POLITE; NO particle_wrong/subject_for_object; *",
    })
    void verbalNounObjects(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // the speaker's 만나다 of a superior (HumbleMeeting)
            "교수님, 목요일 면담 시간에 만나고 싶습니다.; 교수님, 목요일에 면담을 부탁드립니다.; FORMAL; honorific/verb; 만나고→뵙고",
            "부장님을 내일 만나러 가겠습니다.; 내일 부장님 사무실에 가겠습니다.; FORMAL; honorific/verb; 만나러→뵈러",
            "선생님, 언제 만날 수 있어요?; 선생님, 언제 시간 괜찮으세요?; POLITE; honorific/verb; 만날→뵐",
            "사장님을 만나려고 왔습니다.; 사장님 계십니까?; FORMAL; honorific/verb; 만나려고→뵈려고",
            "교수님, 내일 연구실에서 만나도 될까요?; 교수님, 내일 연구실에 가도 될까요?; POLITE; honorific/verb; 만나도→봬도",
            "팀장님, 내일 아침에 만날게요.; 팀장님, 내일 아침에 회의실로 갈게요.; POLITE; honorific/verb; 만날게요→뵐게요",
            "교수님, 내일 친구를 만나러 가야 해서 수업에 못 갑니다.; 교수님, 내일 수업에 못 갑니다.; FORMAL; NO honorific/verb; *",
            "교수님께서 학생들을 만나실 거예요.; 교수님이 학생들과 면담하실 거예요.; POLITE; NO honorific/verb; *",
            "내일 선생님 만나러 가.; 내일 학교 가.; CASUAL; NO honorific/verb; *",
            "오늘 손님을 만나러 가요.; 오늘 손님이 와요.; POLITE; NO honorific/verb; *",
            "주말에 부모님을 만나러 가요.; 주말에 고향에 가요.; POLITE; NO honorific/verb; *",
            "선생님, 민수하고 만나고 싶어요?; 선생님, 민수 보셨어요?; POLITE; NO honorific/verb; *",
    })
    void humbleMeeting(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // the plain possessive 내 read as a determiner, 나 before the speaker's own noun with 이/가 (HonorificWords)
            "내 방에서 와이파이가 안 돼요.; 방에서 인터넷이 안 돼요.; POLITE; honorific/humble_pronoun; 내→제",
            "내 가방이 없어졌어요.; 가방을 잃어버렸어요.; POLITE; honorific/humble_pronoun; 내→제",
            "나 피부가 건조해요.; 피부가 많이 건조해요.; POLITE; honorific/humble_pronoun; 나→제",
            "나 머리가 아파요.; 머리가 너무 아파요.; POLITE; honorific/humble_pronoun; 나→제",
            "나 학생이에요.; 학생이에요.; POLITE; honorific/humble_pronoun; 나→저",
            "내 방에서 와이파이가 안 돼.; 방에서 인터넷이 안 돼.; CASUAL; NO honorific/humble_pronoun; *",
            // 주다 of an honoured subject without -(으)시- (SpeechLevels.honour)
            "의사 선생님이 봐 줄 수 있어요?; 오늘 진료 받을 수 있어요?; POLITE; honorific/si_missing; 줄→주실",
            "선생님이 숙제를 도와줬어요.; 숙제를 다 했어요.; POLITE; honorific/si_missing; 도와줬어요→도와주셨어요",
            "할머니가 용돈을 줬어요.; 할머니 댁에 갔어요.; POLITE; honorific/si_missing; 줬어요→주셨어요",
            "친구가 숙제를 도와줬어요.; 숙제를 다 했어요.; POLITE; NO honorific/si_missing; *",
            "선생님이 주신 책이에요.; 선생님 책이에요.; POLITE; NO honorific; *",
            "선생님이 도와주셨어요.; 선생님 덕분에 끝냈어요.; POLITE; NO honorific; *",
    })
    void honorifics(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // a person with 에 right before the modifier of 주다/보내다 (GoalsOfGivingAndRiding)
            "어머니에 줄 선물을 추천해 주세요.; 선물 좀 추천해 주세요.; POLITE; particle_wrong/location_for_honorific_dative; 어머니에→어머니께",
            "친구에 줄 케이크를 샀어요.; 케이크를 하나 샀어요.; POLITE; particle_wrong/location_for_dative; 친구에→친구한테",
            "동생에 보낼 편지를 썼어요.; 편지를 썼어요.; POLITE; particle_wrong/location_for_dative; 동생에→동생한테",
            "회사에 보낼 서류예요.; 이건 서류예요.; POLITE; NO particle_wrong; *",
            "선생님에 대한 이야기예요.; 선생님 이야기예요.; POLITE; NO particle_wrong; *",
            "부산에 사는 친구에게 줄 선물이에요.; 친구 선물이에요.; POLITE; NO particle_wrong; *",
            // 을/를 on what one is late for, a length of time between (ArgumentParticles.goalAsObject)
            "죄송해요, 회의를 10분 늦었어요.; 죄송해요, 길이 막혔어요.; POLITE; particle_wrong/object_for_location; 회의를→회의에",
            "어제 수업을 30분 늦었어요.; 어제 지각했어요.; POLITE; particle_wrong/object_for_location; 수업을→수업에",
            "약속을 삼십 분 늦었어요.; 약속 시간을 못 지켰어요.; POLITE; particle_wrong/object_for_location; 약속을→약속에",
            "숙제를 늦게 냈어요.; 숙제를 어제 냈어요.; POLITE; NO particle_wrong; *",
            "버스를 놓쳐서 늦었어요.; 버스가 안 왔어요.; POLITE; NO particle_wrong; *",
            "회의를 10분 늦췄어요.; 회의 시간을 바꿨어요.; POLITE; NO particle_wrong; *",
    })
    void particlesOnPersonsAndEvents(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // a past point bare before a symptom in the present (SincePoints)
            "삼 일 전 기침이 나요.; 며칠 전부터 목이 아파요.; POLITE; particle_missing/from; 전→전부터",
            "어제 열이 나요.; 몸이 안 좋아요.; POLITE; particle_missing/from; 어제→어제부터",
            "지난주 무릎이 계속 아파요.; 무릎이 안 좋아요.; POLITE; particle_missing/from; 지난주→지난주부터",
            "이틀 전 머리가 아파서 잠을 못 자요.; 요즘 잠을 못 자요.; POLITE; particle_missing/from; 전→전부터",
            "어젯밤 이가 너무 아파요.; 이가 아파서 왔어요.; POLITE; particle_missing/from; 어젯밤→어젯밤부터",
            "어제 머리가 아파서 병원에 갔어요.; 병원에 다녀왔어요.; POLITE; NO particle_missing/from; *",
            "어제 아파서 학교에 못 갔어요.; 학교에 못 갔어요.; POLITE; NO particle_missing/from; *",
            "어제 산 옷이 좀 작아요.; 옷이 좀 작아요.; POLITE; NO particle_missing/from; *",
            "어제부터 열이 나요.; 몸이 안 좋아요.; POLITE; NO particle_missing/from; *",
            "어제 사고가 나서 늦었어요.; 길이 막혔어요.; POLITE; NO particle_missing/from; *",
            // a favour asked of a listener called by title (HonouredListenerFavours)
            "사장님, 뜨거운 물이 안 나와요. 언제 고쳐 줄 수 있어요?; 사장님, 수리 좀 부탁드려요.; POLITE; honorific/si_missing; 줄→주실",
            "선생님, 이 문장 좀 봐 줄 수 있어요?; 선생님, 질문이 있어요.; POLITE; honorific/si_missing; 줄→주실",
            "부장님, 보고서 좀 확인해 줄 수 있습니까?; 부장님, 보고서를 보냈습니다.; FORMAL; honorific/si_missing; 줄→주실",
            "혹시 이 도시락 데워 줄 수 있어요?; 도시락 좀 데워 주세요.; POLITE; NO honorific/si_missing; *",
            "선생님, 제가 도와 줄 수 있어요?; 선생님, 도와드릴까요?; POLITE; NO honorific/si_missing; *",
            "선생님, 내일 수업이 있어요. 친구가 도와줄 수 있어요.; 선생님, 내일 수업이 있어요.; POLITE; NO honorific/si_missing; *",
            "민수야, 이것 좀 봐 줄 수 있어?; 민수야, 이것 좀 봐 줘.; CASUAL; NO honorific/si_missing; *",
    })
    void sinceAndFavours(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // a room number bare before a verb of sending, a superior bare before 전하다 (BareGoalsOfSending)
            "치킨 한 마리 주문할게요. 신촌 3동 201호 보내 주세요.; 치킨 한 마리 배달해 주세요.; POLITE; particle_missing/direction; 201호→201호로",
            "피자 두 판 1203호 배달해 주세요.; 피자 두 판 주문할게요.; POLITE; particle_missing/direction; 1203호→1203호로",
            "수건 두 개 더 805호 가져다주세요.; 수건 좀 더 주세요.; POLITE; particle_missing/direction; 805호→805호로",
            "회의에 10분 늦을 거예요. 팀장님 전해 주세요.; 회의에 조금 늦을 것 같아요.; POLITE; particle_missing/dative; 팀장님→팀장님께",
            "오늘 못 갑니다. 부장님 전해 주십시오.; 오늘 못 갑니다.; FORMAL; particle_missing/dative; 부장님→부장님께",
            "201호인데요, 수건 좀 주세요.; 수건 좀 더 주세요.; POLITE; NO particle_missing; *",
            "201호로 보내 주세요.; 방으로 보내 주세요.; POLITE; NO particle_missing; *",
            "팀장님, 전해 주세요.; 팀장님, 부탁드려요.; POLITE; NO particle_missing/dative; *",
            "팀장님께 전해 주세요.; 팀장님한테 말해 주세요.; POLITE; NO particle_missing; *",
            "팀장님 오늘 안 오세요? 말씀 전해 주세요.; 팀장님 안 계세요?; POLITE; NO particle_missing/dative; *",
            // the listener's will asked with -(으)ㄹ까 (ListenerWill)
            "금요일에 우리 집에서 파티 하는데 올까?; 금요일에 파티 하는데 올 수 있어?; CASUAL; ending/listener_will; 올까→올래",
            "내일 영화 볼 거야. 너도 같이 갈까?; 내일 영화 보러 가.; CASUAL; ending/listener_will; 갈까→갈래",
            "이 차 진짜 맛있다. 너도 마셔 볼까?; 이 차 진짜 맛있어.; CASUAL; ending/listener_will; 볼까→볼래",
            "토요일에 저희 집에 올까요?; 토요일에 시간 있어요?; POLITE; ending/listener_will; 올까요→올래요",
            "우리 다음에 또 올까?; 여기 정말 좋다.; CASUAL; NO ending/listener_will; *",
            "내일 비가 올까?; 내일 날씨 어때?; CASUAL; NO ending/listener_will; *",
            "언제 찾으러 올까요?; 언제 찾을 수 있어요?; POLITE; NO ending/listener_will; *",
            "우리 같이 밥 먹을까?; 같이 밥 먹자.; CASUAL; NO ending/listener_will; *",
            "우리 집에서 파티 하는데 올래?; 파티 하는데 와.; CASUAL; NO ending/listener_will; *",
    })
    void sendingAndWill(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
