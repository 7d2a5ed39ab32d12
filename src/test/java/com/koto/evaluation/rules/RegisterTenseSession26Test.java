package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Register mixing, tense and particles of session 26 (helper s26e), as classes: wrong answers each class catches and
 * correct look-alikes that keep passing. A polite favour asked among 반말 ({@link SpeechLevels}); the span of a
 * speech level after an adverb ({@link SpanChoices#speechLevelUnit}); a past said with ! ({@link AcceptedTense}); a
 * done event asked in the future ({@link PastQuestions#futureOfDone}); the means of paying, the place of 있다/없다, a
 * floor before an action and the speaker as the recipient of a request ({@link BareRoles}); a show with 에 before
 * 보다 ({@link ShowsWatched}); a symptom listed before the feeling after 어제 ({@link StateTense}); the promise
 * -(으)ㄹ게요 as the future a tense correction takes ({@link SpanChoices}).
 */
class RegisterTenseSession26Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // a polite favour asked among 반말, to a friend
            "나 10분 늦을 것 같아. 카페에서 기다려 주세요.; 나 10분 늦을 것 같아. 카페에서 기다려 줘.|미안, 10분 정도 늦어. 카페에서 좀 기다려.; CASUAL; honorific/speech_level; 주세요→줘",
            "미안, 오늘 못 가. 내일 전화해 주세요.; 미안, 오늘 못 가. 내일 전화해 줘.; CASUAL; honorific/speech_level; 주세요→줘",
            "나 펜 없어. 펜 좀 빌려 주세요.; 나 펜 없어. 펜 좀 빌려 줘.; CASUAL; honorific/speech_level; 주세요→줘",
            "나 10분 늦을 것 같아. 카페에서 기다려 줘.; 나 10분 늦을 것 같아. 카페에서 기다려 줘.|미안, 10분 정도 늦어. 카페에서 좀 기다려.; CASUAL; PASS; *",
            "나 10분 늦을 것 같아. 카페에서 기다려 줄래?; 나 10분 늦을 것 같아. 카페에서 기다려 줘.|미안, 10분 정도 늦어. 카페에서 좀 기다려.; CASUAL; PASS; *",
            // the whole answer in 해요체: one level, left to the activity's policy
            "저 10분 늦을 것 같아요. 카페에서 기다려 주세요.; 나 10분 늦을 것 같아. 카페에서 기다려 줘.|미안, 10분 정도 늦어. 카페에서 좀 기다려.; CASUAL; PASS; *",
            "미안, 오늘 못 가. 내일 전화해 줄래?; 미안, 오늘 못 가. 내일 전화해 줘.; CASUAL; PASS; *",
            // -(으)세요 to a friend called by name or spoken to in 반말
            "민지야, 이번 주 토요일 저녁에 시간 있으세요?; 민지야, 이번 주 토요일 저녁에 시간 있어?|여보세요, 민지야? 토요일 저녁에 바빠?; CASUAL; honorific/speech_level; 있으세요→있어",
            "야, 내일 몇 시에 오세요?; 야, 내일 몇 시에 와?; CASUAL; honorific/speech_level; 오세요→와",
            "나 지금 집이야. 언제 오세요?; 나 지금 집이야. 언제 와?; CASUAL; honorific/speech_level; 오세요→와",
            "여보세요? 민지야, 토요일 저녁에 뭐 해? 시간 있어?; 민지야, 이번 주 토요일 저녁에 시간 있어?|여보세요, 민지야? 토요일 저녁에 바빠?; CASUAL; PASS; *",
            "민지야, 할머니 집에 계세요?; 민지야, 할머니 집에 계셔?; CASUAL; NO honorific/speech_level; *",
            "민지야, 안녕하세요! 토요일에 시간 있어?; 민지야, 토요일에 시간 있어?; CASUAL; NO honorific/speech_level; *",
            // the speech level's span is the verb, not the adverb before it
            "502호예요. 에어컨이 안 돼요. 빨리 확인해.; 502호인데요, 에어컨이 안 돼요. 확인해 주세요.|502호 에어컨이 작동하지 않아요. 좀 봐 주시겠어요?; POLITE; honorific/speech_level; 확인해→확인해 주세요",
            "방이 너무 추워요. 빨리 고쳐.; 방이 너무 추워요. 고쳐 주세요.; POLITE; honorific/speech_level; 고쳐→고쳐 주세요",
            "502호예요. 에어컨이 안 돼요. 빨리 확인해 주세요.; 502호인데요, 에어컨이 안 돼요. 확인해 주세요.; POLITE; PASS; *",
            // a congratulation said now, in the past with !
            "집들이 축하했어! 집이 정말 예쁘다.; 집들이 축하해! 이거 선물이야, 휴지 사 왔어.|이사 축하해. 선물로 휴지 가져왔어.; CASUAL; tense/present; 축하했어→축하해",
            "생일 축하했어요! 이거 선물이에요.; 생일 축하해요! 이거 선물이에요.; POLITE; tense/present; 축하했어요→축하해요",
            "결혼 축하했습니다!; 결혼 축하합니다!; FORMAL; tense/present; 축하했습니다→축하합니다",
            "집들이 축하해! 집이 정말 예쁘다.; 집들이 축하해! 이거 선물이야, 휴지 사 왔어.|이사 축하해. 선물로 휴지 가져왔어.; CASUAL; NO tense; *",
            "이사 축하해! 이거 선물이야.; 집들이 축하해! 이거 선물이야, 휴지 사 왔어.|이사 축하해. 선물로 휴지 가져왔어.; CASUAL; PASS; *",
            "어제 민수 생일 파티 했어! 진짜 재밌었어!; 어제 민수 생일 파티 했어. 진짜 재밌었어.; CASUAL; PASS; *",
            // the past of an act the accepted answers promise
            "창가 자리로 부탁드립니다. 가방 하나를 부쳤습니다.; 창가 자리로 부탁드립니다. 부칠 짐은 가방 하나입니다.|창가 좌석으로 주십시오. 캐리어 한 개를 부치겠습니다.; FORMAL; tense/future; 부쳤습니다→부치겠습니다",
            "책은 내일 돌려줬어요.; 책은 내일 돌려줄게요.; POLITE; tense/future; 돌려줬어요→돌려줄게요",
            "제가 나중에 전화했어요.; 제가 나중에 전화할게요.; POLITE; tense; 전화했어요→전화할게요",
            "보고서는 어제 보냈습니다.; 보고서는 어제 보냈습니다.|보고서는 내일 보내겠습니다.; FORMAL; PASS; *",
            "가방 하나를 부치겠습니다.; 캐리어 한 개를 부치겠습니다.; FORMAL; PASS; *",
            "책은 내일 돌려줄게요.; 책은 내일 돌려줄게요.|책은 내일 돌려드릴게요.; POLITE; PASS; *",
            // a done event asked in the future
            "와, 집이 밝고 좋다! 언제 이사할 거야?; 집이 밝고 좋다! 언제 이사했어?|와, 집 진짜 밝고 예쁘다. 언제 이사 왔어?; CASUAL; tense/past; 이사할 거야→이사했어",
            "한국에 언제 올 거예요?; 한국에 언제 왔어요?; POLITE; tense/past; 올 거예요→왔어요",
            "시험 언제 볼 거야?; 시험 언제 봤어?; CASUAL; tense/past; 볼 거야→봤어",
            "와, 집이 밝고 좋다! 언제 이사했어?; 집이 밝고 좋다! 언제 이사했어?|와, 집 진짜 밝고 예쁘다. 언제 이사 왔어?; CASUAL; PASS; *",
            "언제 또 이사할 거야?; 언제 이사했어?; CASUAL; NO tense; *",
            // the means of paying, bare before 계산하다/지불하다
            "저기요, 계산서 좀 주세요. 카드 계산했어요.; 저기요, 계산서 좀 주세요. 카드로 할게요.|여기 계산해 주세요. 카드로 계산할게요.; POLITE; particle_missing/means; 카드→카드로",
            "현금 계산할게요.; 현금으로 계산할게요.; POLITE; particle_missing; 현금→현금으로",
            "계산서 주세요. 신용카드 지불해도 돼요?; 계산서 주세요. 신용카드로 해도 돼요?; POLITE; particle_missing/means; 신용카드→신용카드로",
            "계산서 주세요. 카드 결제할게요.; 저기요, 계산서 좀 주세요. 카드로 할게요.|여기 계산해 주세요. 카드로 계산할게요.; POLITE; PASS; *",
            "계산서 주세요. 카드로 계산할게요.; 저기요, 계산서 좀 주세요. 카드로 할게요.|여기 계산해 주세요. 카드로 계산할게요.; POLITE; PASS; *",
            "계산은 카드로 할게요.; 카드로 계산할게요.; POLITE; PASS; *",
            // the tense correction of a promise is the accepted promise
            "저기요, 계산서 좀 주세요. 카드로 계산했어요.; 저기요, 계산서 좀 주세요. 카드로 할게요.|여기 계산해 주세요. 카드로 계산할게요.; POLITE; tense/future; 계산했어요→계산할게요",
            // the place of 있다/없다, where an accepted answer writes it with 에
            "내일 제가 집 없어서 택배 좀 받아 주실 수 있어요?; 내일 제가 집에 없어서 그런데, 택배 좀 받아 주실 수 있어요?; POLITE; particle_missing/location; 집→집에",
            "선생님이 지금 교실 계세요?; 선생님이 지금 교실에 계세요?; POLITE; particle_missing/location; 교실→교실에",
            "저는 지금 회사 있어요. 이따 전화할게요.; 저는 지금 회사에 있어요. 이따 전화할게요.; POLITE; particle_missing/location; 회사→회사에",
            "내일 집에 없어서 택배 좀 받아 주실 수 있어요?; 내일 제가 집에 없어서 그런데, 택배 좀 받아 주실 수 있어요?; POLITE; PASS; *",
            "요즘 시간 없어요.; 요즘 시간이 없어요.; POLITE; PASS; *",
            "근처에 카페 있어요?; 근처에 카페 있어요?|이 근처에 카페가 있어요?; POLITE; PASS; *",
            // a floor before a verb of action
            "조식은 몇 시에 시작해요? 그리고 몇 층 먹을 수 있어요?; 아침 식사는 몇 시에 시작해요? 어디에서 먹어요?|조식은 몇 시부터예요? 그리고 어디에서 먹을 수 있어요?; POLITE; particle_missing/action_place; 층→층에서",
            "2층 식사할 수 있어요?; 2층에서 식사할 수 있어요?; POLITE; particle_missing/action_place; 2층→2층에서",
            "몇 층 환전할 수 있어요?; 어디에서 환전할 수 있어요?; POLITE; particle_missing/action_place; 층→층에서",
            "조식은 몇 시에 시작해요? 식당은 몇 층이에요?; 아침 식사는 몇 시에 시작해요? 어디에서 먹어요?|조식은 몇 시부터예요? 그리고 어디에서 먹을 수 있어요?; POLITE; PASS; *",
            "엘리베이터 타고 몇 층 가요?; 엘리베이터 타고 몇 층에 가요?; POLITE; PASS; *",
            "조식은 몇 층에서 먹을 수 있어요?; 조식은 어디에서 먹을 수 있어요?; POLITE; PASS; *",
            // the speaker as the recipient of a request to get in touch
            "이 책 주문하고 싶어요. 언제 와요? 오면 저 연락해 주세요.; 그럼 이 책 주문해 주세요. 언제 와요?|이 책을 주문하고 싶어요. 언제쯤 들어와요?; POLITE; particle_missing/dative; 저→저한테",
            "도착하면 나 전화해 줘.; 도착하면 나한테 전화해 줘.; CASUAL; particle_missing/dative; 나→나한테",
            "결과 나오면 저 알려 주세요.; 결과 나오면 저한테 알려 주세요.; POLITE; particle_missing/dative; 저→저한테",
            "이 책 주문하고 싶어요. 언제 와요? 오면 저한테 연락해 주세요.; 그럼 이 책 주문해 주세요. 언제 와요?|이 책을 주문하고 싶어요. 언제쯤 들어와요?; POLITE; PASS; *",
            "저 내일 다시 연락할게요.; 제가 내일 다시 연락할게요.; POLITE; PASS; *",
            "저 좀 도와주세요.; 저 좀 도와주세요.|좀 도와주세요.; POLITE; PASS; *",
            // a show one watches marked with 에
            "7시 영화는 매진이야. 대신 9시 영화에 보자.; 7시 거는 매진이야. 9시 거 볼까?|일곱 시 영화는 다 팔렸어. 대신 아홉 시에 보자.; CASUAL; particle_wrong/location_for_object; 영화에→영화를",
            "주말에 같이 뮤지컬에 보고 싶어요.; 주말에 같이 뮤지컬을 보고 싶어요.; POLITE; particle_wrong/location_for_object; 뮤지컬에→뮤지컬을",
            "토요일에 야구 경기에 볼래?; 토요일에 같이 야구 보러 갈래?; CASUAL; particle_wrong/location_for_object; 경기에→경기를",
            "7시 영화는 매진이야. 대신 9시 영화 보자.; 7시 거는 매진이야. 9시 거 볼까?|일곱 시 영화는 다 팔렸어. 대신 아홉 시에 보자.; CASUAL; PASS; *",
            "7시 영화는 매진이야. 대신 9시에 보자.; 7시 거는 매진이야. 9시 거 볼까?|일곱 시 영화는 다 팔렸어. 대신 아홉 시에 보자.; CASUAL; PASS; *",
            "토요일에 야구 경기 보러 갈래?; 토요일에 야구 경기 볼래?; CASUAL; PASS; *",
            // a symptom listed before the feeling after 어제: the since-phrase
            "어제 열이 나고 목이 아파습니다. 진찰을 받고 싶습니다.; 어제부터 열이 나고 목이 아픕니다. 진료를 받고 싶습니다.|어제부터 열이 있고 목이 아파서 왔습니다. 진료를 받을 수 있습니까?; FORMAL; particle_missing/since; 어제→어제부터",
            "어제 기침이 나고 머리가 아파요. 약 있어요?; 어제부터 머리가 아파요. 두통약 주세요.; POLITE; particle_missing/since; 어제→어제부터",
            "그저께 열이 있고 목이 아파요.; 그저께부터 열이 있고 목이 아파요.; POLITE; particle_missing; 그저께→그저께부터",
            "어제 저녁부터 열이 나고 머리도 아파요.; 어제부터 열이 나고 머리가 아파요.; POLITE; PASS; *",
            "어제부터 기침이 나고 목이 아파요.; 어제부터 기침이 나고 목이 아파요.|어제부터 기침하고 목이 아파요.; POLITE; PASS; *",
            "어제 비가 와서 감기에 걸렸어요.; 어제 비를 맞아서 감기에 걸렸어요.; POLITE; NO particle_missing; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
