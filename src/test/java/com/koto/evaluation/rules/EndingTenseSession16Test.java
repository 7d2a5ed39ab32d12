package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 16 (helper eval30c): ending and tense classes missed across writers, read on the learner's own words,
 * and the span of a tense error after 안/못. Each class has wrong answers caught (subtype or category, original →
 * correction) and correct neighbours that must still pass. Answers written for this test, not taken from the
 * sets. {@code PASS} = passes; {@code NO x} = no error whose subtype starts with x; otherwise the answer fails
 * with that subtype (or category) on the given span ({@code *}: any span).
 */
class EndingTenseSession16Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // the span of a tense error after 안/못 is the predicate alone (LearnerSpans)
        "POLITE; 다음 주에 회의에 못 갔어요.; 다음 주에 회의에 못 가요.; tense; 갔어요→가요",
        "POLITE; 어제 학교에 안 와요.; 어제 학교에 안 왔어요.; tense; 와요→왔어요",
        "POLITE; 다음 주에 회의에 못 가요.; 다음 주에 회의에 못 가요.; PASS; *",
        // a question about a timetable, a route, a length or a price asked in the past (PastQuestions)
        "POLITE; 영화는 몇 시에 끝났어요?; 영화는 몇 시에 끝나요?; tense/present; 끝났어요→끝나요",
        "POLITE; 서울역에 어떻게 갔어요?; 서울역에 어떻게 가요?|서울역까지 어떻게 가야 돼요?; tense/present; 갔어요→가요",
        "FORMAL; 제주도 여행은 얼마였습니까?; 제주도 여행은 얼마입니까?; tense/present; 얼마였습니까→얼마입니까",
        "POLITE; 수업은 몇 시였어요?; 수업은 몇 시예요?; tense/present; 시였어요→시예요",
        "POLITE; 소포가 부산까지 며칠 걸렸어요?; 소포가 부산까지 며칠 걸려요?; tense/present; 걸렸어요→걸려요",
        "POLITE; 영화는 몇 시에 끝나요?; 영화는 몇 시에 끝나요?; PASS; *",
        "POLITE; 어제 영화 봤어요. 몇 시에 끝났어요?; 영화는 몇 시에 끝나요?; NO tense/present; *",
        "POLITE; 지난번에 맡긴 옷은 몇 시에 찾았어요?; 옷은 몇 시에 찾을 수 있어요?|몇 시에 찾아요?; PASS; *",
        "POLITE; 어제 몇 시에 도착했어요?; 어제 몇 시에 도착했어요?; PASS; *",
        // the past of any verb where the accepted answer tells the act as still to come (UpcomingActs.pastForPlan)
        "CASUAL; 나 오늘 좀 늦게 들어왔어. 먼저 자.; 나 오늘 좀 늦게 들어올 거야. 먼저 자.; tense/future; 들어왔어→들어올 거야",
        "POLITE; 이 바지 두 개 샀어요.; 이 바지 두 개 살게요.; tense/future; 샀어요→살게요",
        "POLITE; 잠깐만요. 금방 가져다 드렸어요.; 잠깐만요. 금방 가져다 드릴게요.; tense/future; 드렸어요→드릴게요",
        "CASUAL; 차가 막혀서 20분쯤 늦었어.; 차가 막혀서 20분쯤 늦을 것 같아.; tense/future; 늦었어→늦을 것 같아",
        "POLITE; 이 바지 두 개 살게요.; 이 바지 두 개 살게요.; PASS; *",
        "CASUAL; 어제 늦게 들어왔어. 미안해.; 오늘 늦게 들어올 거야.; NO tense/future; *",
        "POLITE; 이미 보냈어요.; 내일 보낼게요.; NO tense/future; *",
        "POLITE; 이 바지 샀어요. 교환하고 싶어요.; 이 바지 샀는데 교환하고 싶어요.; PASS; *",
        // the accepted answers' own predicate with its tense turned round (AcceptedTense)
        "CASUAL; 이 가방 너무 비쌌어. 다른 데 보자.; 이 가방 너무 비싸. 다른 데 가 보자.; tense/present; 비쌌어→비싸",
        "CASUAL; 이제 내 차례였어.; 이제 내 차례야.; tense/present; 차례였어→차례야",
        "POLITE; 한국에 처음 와요. 잘 부탁해요.; 한국에 처음 왔어요. 잘 부탁드려요.; tense/past; 와요→왔어요",
        "POLITE; 주말에 친구랑 영화 보기로 했어요.; 주말에 친구랑 영화 보기로 해요.; PASS; *",
        "FORMAL; 그동안 감사했습니다. 많이 배웠습니다.; 그동안 감사합니다. 많이 배웠습니다.; PASS; *",
        "CASUAL; 나 주말에 부산 갔었어.; 나 주말에 부산 갔어.; PASS; *",
        // the speaker's own act asked as an offer where the task says it (AskedPromises)
        "CASUAL; 오늘 저녁은 내가 살까?; 오늘 저녁은 내가 살게.; ending/offer_for_plan; 살까→살게",
        "POLITE; 한 시간 할까요?; 한 시간 할게요.; ending/offer_for_plan; 할까요→할게요",
        "FORMAL; 회의 자료는 내일까지 보내 드릴까요?; 회의 자료는 내일까지 보내 드리겠습니다.; ending/offer_for_plan; 드릴까요→드리겠습니다",
        "CASUAL; 이따가 다시 전화할까?; 이따가 다시 전화할게.; ending/offer_for_plan; 전화할까→전화할게",
        "CASUAL; 우리 같이 먹을까?; 우리 같이 먹자.|같이 먹을래?; PASS; *",
        "POLITE; 제가 도와 드릴까요?; 제가 도와 드릴까요?|제가 도와 드릴게요.; PASS; *",
        "CASUAL; 주말에 부산에 갈까 해.; 주말에 부산에 갈게.; NO ending/offer_for_plan; *",
        "CASUAL; 오늘 저녁은 내가 살게.; 오늘 저녁은 내가 살게.; PASS; *",
        // a reported statement whose -다고 is not on the plain form (ReportedSpeech)
        "CASUAL; 뉴스에서 내일 더워다고 했어.; 뉴스에서 내일 덥다고 했어.; ending/reported_statement; 더워다고→덥다고",
        "CASUAL; 민수가 내일 오다고 했어.; 민수가 내일 온다고 했어.; ending; 오다고→온다고",
        "POLITE; 회의가 금요일로 바뀌었어고 하셨어요.; 회의가 금요일로 바뀌었다고 하셨어요.; ending/reported_statement; 바뀌었어고→바뀌었다고",
        "CASUAL; 선생님이 숙제가 없다라고 했어.; 선생님이 숙제가 없다고 했어.; ending/reported_statement; 없다라고→없다고",
        "CASUAL; 뉴스에서 내일 춥다고 했어.; 뉴스에서 내일 춥다고 했어.; PASS; *",
        "CASUAL; 민수가 내일 온다고 했어.; 민수가 내일 온다고 했어.; PASS; *",
        "CASUAL; 민수가 밥을 먹는다고 했어.; 민수가 밥을 먹는다고 했어.; PASS; *",
        "CASUAL; 거기가 바다라고 했어.; 거기가 바다라고 했어.; PASS; *",
        "CASUAL; 민수가 어제 갔다고 했어.; 민수가 어제 갔다고 했어.; PASS; *",
        // the past in a reported statement the accepted answers report out of the past (ReportedSpeech.pastReported)
        "CASUAL; 선생님이 모레 시험 있었다고 하셨어.; 선생님이 모레 시험 있다고 하셨어.; tense/present; 있었다고→있다고",
        "CASUAL; 민수가 어제 집에 갔다고 했어.; 민수가 어제 집에 갔다고 했어.|민수가 어제 집에 갔대.; PASS; *",
        // -(으)로 for -(으)러 before 가다/오다, and -(으)러 before a verb that is no movement (IntentEndings)
        "FORMAL; 비자를 연장받으로 왔습니다.; 비자를 연장받으러 왔습니다.; ending/purpose; 연장받으로→연장받으러",
        "POLITE; 학교로 왔어요.; 학교로 왔어요.; PASS; *",
        "POLITE; 한국 회사에 취직하러 한국어를 배워요.; 한국 회사에 취직하려고 한국어를 배워요.; ending; 취직하러→취직하려고",
        "POLITE; 통장을 만들러 싶어요.; 통장을 만들고 싶어요.; ending; 만들러→만들고",
        "POLITE; 밥 먹으러 식당에 가요.; 밥 먹으러 식당에 가요.; PASS; *",
        "POLITE; 친구를 만나러 카페에 왔어요.; 친구를 만나러 카페에 왔어요.; PASS; *",
        "POLITE; 책을 사러 서점에 들렀어요.; 책을 사러 서점에 들렀어요.; PASS; *",
        // -는 before 적이 있다/없다 (ModifierForms.experience); an ㄹ-stem keeping ㄹ before -은 (만들은)
        "POLITE; 부산에 한 번 가는 적이 있어요.; 부산에 한 번 간 적이 있어요.; ending/experience; 가는→간",
        "POLITE; 김치를 먹는 적이 없어요.; 김치를 먹은 적이 없어요.; ending/experience; 먹는→먹은",
        "POLITE; 부산에 한 번 간 적이 있어요.; 부산에 한 번 간 적이 있어요.; PASS; *",
        "POLITE; 어릴 적에 부산에 살았어요.; 어릴 적에 부산에 살았어요.; PASS; *",
        "POLITE; 엄마가 만들은 빵이에요.; 엄마가 만든 빵이에요.; ending; 만들은→만든",
        "POLITE; 음악을 들은 적이 있어요.; 음악을 들은 적이 있어요.; PASS; *",
        "POLITE; 지난주부터 다니는 학원이 좋아요.; 지난주부터 다니는 학원이 좋아요.; PASS; *",
        // the -아/어 form before -(으)ㄹ래, -(으)ㄹ까, -(으)ㄹ게요 (Resynthesis.infinitiveBeforeL)
        "CASUAL; 내일 같이 밥 먹어을래?; 내일 같이 밥 먹을래?; ending/infinitive_before_consonant; 먹어을래→먹을래",
        "CASUAL; 주말에 같이 영화 봐을까?; 주말에 같이 영화 볼까?; ending/infinitive_before_consonant; 봐을까→볼까",
        "POLITE; 내일 제가 해을게요.; 내일 제가 할게요.; ending/infinitive_before_consonant; 해을게요→할게요",
        "CASUAL; 주말에 같이 영화 볼까?; 주말에 같이 영화 볼까?; PASS; *",
        // one word with another connective is an ending, not another word (SpellingAsGrammar.connectiveOnly)
        "POLITE; 머리가 아파서 학교에 못 가요.; 머리가 아파서 학교에 못 가요.; PASS; *",
        // -습니다 on the -아/어 form or on the copula's 이 (Resynthesis.seumnidaOnInfinitiveOrCopula)
        "FORMAL; 이 상자를 보내고 싶어습니다.; 이 상자를 보내고 싶습니다.; ending/formal_allomorph; 싶어습니다→싶습니다",
        "FORMAL; 주말에 산에 오를 계획이습니다.; 주말에 산에 오를 계획입니다.; ending/formal_allomorph; 계획이습니다→계획입니다",
        "FORMAL; 주말에 산에 오를 계획입니다.; 주말에 산에 오를 계획입니다.; PASS; *",
        "FORMAL; 이 상자를 보내고 싶습니다.; 이 상자를 보내고 싶습니다.; PASS; *",
        // a prohibition asked with 안 + -(으)세요 (NegativeRequests)
        "POLITE; 머리는 너무 짧게 안 자르세요.; 머리는 너무 짧게 자르지 마세요.; ending/negative_request; 안 자르세요→자르지 마세요",
        "POLITE; 찬물을 안 마세요.; 찬물은 마시지 마세요.; ending/negative_request; 안 마세요→마시지 마세요",
        "POLITE; 할머니는 커피를 안 드세요.; 할머니는 커피를 안 드세요.; PASS; *",
        "POLITE; 내일은 학교에 안 오세요?; 내일은 학교에 안 오세요?; PASS; *",
        "POLITE; 찬물은 마시지 마세요.; 찬물은 마시지 마세요.; PASS; *",
        // an invitation asked with the plain -아/어? or its past (Invitations)
        "CASUAL; 내일 같이 점심 먹어?; 내일 같이 점심 먹을래?; ending/invitation_question; 먹어→먹을래",
        "CASUAL; 내일 같이 점심 먹었어?; 내일 같이 점심 먹을래?; tense; 먹었어→먹을래",
        "CASUAL; 내일 같이 점심 먹을래?; 내일 같이 점심 먹을래?; PASS; *",
        "CASUAL; 점심 먹었어? 같이 먹을래?; 점심 먹었어? 같이 먹을래?; PASS; *",
        "CASUAL; 우리 내일 몇 시에 만나?; 내일 몇 시에 만날래?; PASS; *",
    })
    void endingsAndTenseAcrossWriters(Register register, String answer, String accepted, String expected,
            String span) {
        RuleRows.verdictRow(EVALUATOR, register, answer, accepted, expected, span);
    }
}
