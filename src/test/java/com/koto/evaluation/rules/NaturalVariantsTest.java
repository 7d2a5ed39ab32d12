package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The classes of {@link NaturalVariants} (session 8, eval11c): for each class, correct answers of
 * other words and scenes than the development set's that must pass ({@code PASS}: passed, with at
 * most a spacing note or the formal-level note), and a look-alike that must still fail with the
 * given category ({@code FAIL} = any). Answers written for this test; accepted answers separated by
 * {@code |}; a rule name may start with the register ({@code FORMAL|}, {@code CASUAL|}).
 */
class NaturalVariantsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // the speech level is the sentence end's: -아/어 before another verb, an embedded question
        "-아/어 before an auxiliary; 이 바지 더 작은 치수로 입어 볼 수 있을까요?; 이 바지 더 작은 사이즈로 입어 봐도 돼요?|이거 더 작은 사이즈 있어요? 입어 보고 싶어요.; PASS",
        "FORMAL|-아/어 before 주다 in a question; 짐을 맡아 주실 수 있습니까? 지금 체크아웃하겠습니다.; 체크아웃하겠습니다. 짐을 맡아 주십시오.|체크아웃하려고 합니다. 짐 좀 맡아 주시겠습니까?; PASS",
        "FORMAL|two verbs of one predicate; 만나 뵙게 되어 기쁩니다. 한국에서 온 민수라고 합니다.; 처음 뵙겠습니다. 한국에서 온 민수라고 합니다.|안녕하십니까, 민수입니다. 한국에서 왔습니다.; PASS",
        "an embedded question before 알다; 실례지만 수영장이 몇 시까지인지, 어디에 있는지 알 수 있을까요?; 수영장은 몇 시에 닫아요? 어디에 있어요?|수영장은 몇 시까지예요? 어디에 있어요?; PASS",
        "a plain sentence end stays; 이 신발 신어 봐.; 이 신발 신어 봐도 돼요?; HONORIFIC",
        // 얼마 with a hedge; a time with -쯤
        "얼마 정도 for 얼마나; 공항까지 얼마 정도 걸려요?; 공항까지 얼마나 걸려요?; PASS",
        "CASUAL|-쯤 for 에 on a time; 내일 일곱 시쯤 만나자.; 내일 일곱 시에 만나자.; PASS",
        "CASUAL|시간 with -쯤 for 시 stays; 내일 일곱 시간쯤 만나자.; 내일 일곱 시에 만나자.; VOCABULARY",
        // 시간 of an event
        "시간 of an event; 도서관 마감 시간이 몇 시예요?; 도서관은 몇 시에 문 닫아요?; PASS",
        "시간 of a duration stays; 도서관은 몇 시간에 문 닫아요?; 도서관은 몇 시에 문 닫아요?; VOCABULARY",
        // past in its own clause
        "two past sentences for -아서; 어제는 동생과 같이 시장에 갔어요. 거기서 만두를 먹었고 신발을 샀어요.; 어제 동생하고 시장에 가서 만두를 먹고 신발을 샀어요.|어제 동생이랑 시장에 갔어요. 만두도 먹고 신발도 샀어요.; PASS",
        "-었고 before a future stays; 내일 영화관에 가서 영화를 봤고 팝콘을 먹을 거예요.; 내일 영화관에 가서 영화를 보고 팝콘을 먹을 거예요.; TENSE",
        // the copula
        "FORMAL|a copula against a topic noun; 한국에서 온 민수예요. 컴퓨터공학 전공이에요. 잘 부탁드립니다.; 저는 한국에서 온 민수입니다. 전공은 컴퓨터공학입니다.; PASS",
        "CASUAL|-(이)라 for -(이)라서; 지금 회의 중이라 나중에 전화할게.; 지금 회의 중이라서 나중에 전화할게.; PASS",
        "CASUAL|이 dropped after a consonant stays; 지금 회의 중라 나중에 전화할게.; 지금 회의 중이라서 나중에 전화할게.; FAIL",
        "FORMAL|-는데요 for -습니다 is the level; 카드 하나 만들고 싶은데요. 서류는 뭐가 필요해요?; 카드를 만들고 싶습니다. 무엇이 필요합니까?; PASS",
        // plan and sequence frames
        "-(으)려고요 for -(으)ㄹ게요; 현금으로 계산하려고요.; 현금으로 계산할게요.; PASS",
        "a past for -(으)ㄹ게요 stays; 현금으로 계산했어요.; 현금으로 계산할게요.; TENSE",
        "CASUAL|-(으)ㄴ 다음에 for -아/어서; 집에 도착한 다음에 문자해 줘.; 집에 도착해서 문자해.; PASS",
        // openers, numerals and lists
        "여기서 for an opener; 저기요, 여기서 제일 가까운 약국이 어디예요?; 실례지만 제일 가까운 약국이 어디예요?; PASS",
        "a contrast beside it stays; 저기요, 여기서 제일 먼 약국이 어디예요?; 실례지만 제일 가까운 약국이 어디예요?; VOCABULARY",
        "a numeral in a list; 김밥 둘이랑 라면 하나 주세요.; 김밥 두 개하고 라면 한 개 주세요.; PASS",
        "a numeral in a list, against digits; 김밥 둘이랑 라면 하나 주세요.; 김밥 2인분하고 라면 하나 주세요.; PASS",
        "another number stays; 김밥 셋이랑 라면 하나 주세요.; 김밥 2인분하고 라면 하나 주세요.; VOCABULARY",
        "items in another order; 샌드위치 하나하고 따뜻한 라테 두 잔 테이크아웃으로 주세요.; 따뜻한 라테 두 잔하고 샌드위치 한 개 주세요. 포장해 주세요.|따뜻한 라테 두 잔이랑 샌드위치 하나 포장해 주세요.; PASS",
        "a list particle added; 녹차 한 잔이랑 따뜻한 우유 한 잔 주세요.; 녹차 한 잔, 따뜻한 우유 한 잔 주세요.; PASS",
        "a numeral before the noun stays; 하나 김밥하고 하나 라면 주세요.; 김밥 하나하고 라면 하나 주세요.; FAIL",
        "two contrasts in another order; 차가운 물 한 잔이랑 따뜻한 차 한 잔 주세요.; 따뜻한 차 한 잔하고 차가운 물 한 잔 주세요.; PASS",
        "one side twice stays; 따뜻한 물 한 잔이랑 따뜻한 차 한 잔 주세요.; 따뜻한 차 한 잔하고 차가운 물 한 잔 주세요.; VOCABULARY",
        "a partner without 하고 stays; 친구 같이 영화 봐요.; 친구하고 같이 영화 봐요.; PARTICLE_MISSING",
        // a compound noun is no particle
        "a compound noun; 어제는 가족들하고 식당에 갔어요. 갈비랑 생선구이 같은 음식을 먹었어요.; 어제 가족하고 식당에 가서 고기를 먹었어요.|가족이랑 식당에 갔어요. 거기서 고기를 먹었어요.; PASS",
        "a wrong allomorph stays; 이 옷를 입어 봐도 돼요?; 이 옷을 입어 봐도 돼요?; PARTICLE_ALLOMORPH",
        // afterthought, scrambling, choice
        "CASUAL|an afterthought time clause; 숙제 먼저 해. 밥 먹기 전에.; 밥 먹기 전에 숙제 먼저 해.; PASS",
        "CASUAL|a time clause alone stays; 밥 먹기 전에.; 밥 먹기 전에 숙제 먼저 해.; INCOMPLETE",
        "CASUAL|an afterthought in other words; 방 좀 정리해 놔. 손님 오기 전에.; 손님 오시기 전에 방 청소해.; PASS",
        "a postposed argument stays; 저는 매일 출근해요 버스로.; 저는 매일 버스로 출근해요.; WORD_ORDER",
        "two arguments scrambled; 작은 사이즈로 이 바지 입어 봐도 돼요?; 이 바지 작은 사이즈로 입어 봐도 돼요?; PASS",
        "a noun phrase in the wrong order stays; 사료 고양이 어디에 있어요?; 고양이 사료 어디에 있어요?; WORD_ORDER",
        "FORMAL|(으)로 하다 of a choice; 통로 쪽 좌석으로 해 주시면 감사하겠습니다.; 통로 자리로 부탁드립니다.|통로 좌석으로 주십시오.; PASS",
        "another seat stays; 창가 자리로 해 주세요.; 통로 자리로 주세요.; VOCABULARY",
        "CASUAL|a negated reason; 나 지난주 회의 못 갔는데 네 메모 좀 보여줄래?; 지난주 회의 메모 좀 보여줄 수 있어?|지난주 회의록 좀 보여줘.; PASS",
        "CASUAL|a negated request stays; 숙제 좀 안 알려 줘.; 숙제 좀 알려 줘.; VOCABULARY",
        // counters and comparison
        "a counter another accepted answer uses; 욕실에 수건 좀 세 개 더 갖다 주시겠어요?; 수건 세 개 더 주시겠어요?|수건 세 장 더 부탁드려요; PASS",
        "a counter no accepted answer uses stays; 수건 세 잔 더 주세요.; 수건 세 개 더 주시겠어요?|수건 세 장 더 부탁드려요; VOCABULARY",
        "더 left out before an adjective; 혹시 이거 작은 사이즈도 있어요? 한번 신어 보고 싶은데요.; 이 운동화 더 작은 사이즈로 신어 봐도 돼요?|이거 더 작은 사이즈 있어요? 신어 보고 싶어요.; PASS",
        "더 of quantity left out stays; 물 주세요.; 물 더 주세요.; INCOMPLETE",
        // the prohibitive is a negation of the accepted answer
        "-(으)면 안 되다 for -지 마세요; 짧게 잘라 주세요. 근데 너무 짧으면 안 돼요.; 짧게 잘라 주세요. 그런데 너무 짧게는 자르지 마세요.; PASS",
        // an item one accepted answer names and another leaves out is the learner's detail
        "CASUAL|a reason the task leaves open; 다음 달에 출장 가는데, 그동안 고양이 밥 주는 것 좀 부탁해도 돼?; 다음 달에 내가 없을 때 고양이 밥 좀 줘.|다음 달에 여행 가는데 고양이 밥 좀 줄 수 있어?; PASS",
        "CASUAL|the item every accepted answer names stays; 다음 달에 출장 가는데 고양이 밥 좀 줄 수 있어?; 다음 달에 여행 가는데 고양이 밥 좀 줄 수 있어?; VOCABULARY",
        "a drink every accepted answer names stays; 라떼 한 잔 주세요.; 아메리카노 한 잔 주세요.|아메리카노 하나요; VOCABULARY",
        "two items named on both sides; 저기요, 저는 녹차를 주문했어요. 홍차 말고 녹차로 바꿔 주세요.; 저 녹차를 시켰는데 홍차가 나왔어요. 바꿔 주세요.|녹차를 주문했는데요, 이건 홍차예요. 바꿔 주시겠어요?; PASS",
        "the items reversed stay; 저기요, 저는 홍차를 주문했어요. 녹차 말고 홍차로 바꿔 주세요.; 저 녹차를 시켰는데 홍차가 나왔어요. 바꿔 주세요.|녹차를 주문했는데요, 이건 홍차예요. 바꿔 주시겠어요?; FAIL",
        // the lexicon (equivalents.json)
        "창문 옆 is 창가; 창문 옆 자리 있어요?; 창가 자리 있어요?; PASS",
        "창문 alone stays a contrast; 창문 자리 있어요?; 창가 자리 있어요?; VOCABULARY",
        "어느 쪽에 있어요 for 어디에 있어요; 우체국이 어느 쪽에 있어요?; 우체국이 어디에 있어요?; PASS",
        // a soft question misread as a misspelling
        "-나요 in a two-part question; 주말에는 몇 시에 열고 몇 시에 닫나요?; 주말에는 몇 시에 열고 몇 시에 닫아요?; PASS"
    })
    void row(String rule, String answer, String expected, String verdict) {
        RuleRows.variant(EVALUATOR, rule, answer, expected, verdict);
    }
}
