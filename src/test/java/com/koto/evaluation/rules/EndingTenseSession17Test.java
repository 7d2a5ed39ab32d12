package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 17 (helper s17c): ending and tense recall on set AB and the same classes across writers — a statement
 * for a request on a verb Nori reads as a noun, 주고 싶다 where the task asks to be given, a state joined with -고
 * to a request or a coming, -(으)ㄹ래/까/게요 on the -아/어 form, -(으)면 좋아요 for a wish, and the 합쇼체 past of
 * the accepted answers' own predicate; and the span of a quantity left out after a noun with its particle. Each class has wrong answers caught (subtype or category, original →
 * correction) and correct neighbours that must still pass. Answers written for this test, not taken from the
 * sets. {@code PASS} = passes; {@code NO x} = no error whose subtype starts with x; otherwise the answer fails with
 * that subtype (or category) on the given span ({@code *}: any span).
 */
class EndingTenseSession17Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // a 해요체 statement where a service is asked, on a verb Nori reads as a noun (가요, 사요, 자요: RequestEndings)
        "POLITE; 회의에 늦어서 좀 빨리 가요.; 회의에 늦어서 그런데 좀 빨리 가 주세요.|조금만 빨리 가 주시겠어요?; ending/request_statement; 가요→가 주세요",
        "POLITE; 좀 빨리 가 주실 수 있어요?; 회의에 늦어서 그런데 좀 빨리 가 주세요.|조금만 빨리 가 주시겠어요?; PASS; *",
        "POLITE; 회의에 늦어서 그런데 좀 빨리 가 주세요.; 회의에 늦어서 그런데 좀 빨리 가 주세요.|조금만 빨리 가 주시겠어요?; PASS; *",
        "POLITE; 저는 먼저 가요.; 먼저 가 주세요.; NO ending/request_statement; *",
        "POLITE; 우리 같이 가요.; 같이 가 주세요.; NO ending/request_statement; *",
        "POLITE; 커피요.; 커피 주세요.; NO ending/request_statement; *",
        "POLITE; 귤 다섯 개요.; 귤 다섯 개 주세요.; NO ending/request_statement; *",
        // 주고 싶다 where every accepted answer asks to be given with 주다 (RequestWishEndings.giveForReceive)
        "POLITE; 아이스 아메리카노 두 잔 주고 싶어요.; 아이스 아메리카노 두 잔 주세요.; ending/give_for_receive; 주고 싶어요→주세요",
        "POLITE; 김치찌개 하나하고 물 좀 주고 싶어요.; 김치찌개 하나하고 물 좀 주세요.|김치찌개 하나랑 물 주시겠어요?; ending/give_for_receive; 주고 싶어요→주세요",
        "FORMAL; 부산 가는 표 한 장 주고 싶습니다.; 부산 가는 표 한 장 주십시오.|부산 가는 표 한 장 주시겠습니까?; ending/give_for_receive; 주고 싶습니다→주십시오",
        "POLITE; 아이스 아메리카노 두 잔 사고 싶어요.; 아이스 아메리카노 두 잔 주세요.; PASS; *",
        "POLITE; 아이스 아메리카노 두 잔 주시겠어요?; 아이스 아메리카노 두 잔 주세요.; PASS; *",
        "POLITE; 동생한테 이 선물 주고 싶어요.; 이 선물을 동생한테 주고 싶어요.; PASS; *",
        "POLITE; 동생한테 한국어를 가르쳐 주고 싶어요.; 동생에게 한국어를 가르쳐 주고 싶어요.; PASS; *",
        "POLITE; 제가 이 표를 친구한테 주고 싶어요.; 이 표 주세요.; NO ending/give_for_receive; *",
        // an adjective's -고 before a request or a coming or going (RequestWishEndings.stateBeforeRequest)
        "POLITE; 배가 아프고 약 좀 주세요.; 배가 아파요. 소화제 좀 주세요.|배가 아픈데 약 있어요?; ending/reason_connective; 아프고→아파서",
        "POLITE; 감기가 심하고 약 주세요.; 감기가 심해요. 감기약 주세요.; ending/reason_connective; 심하고→심해서",
        "POLITE; 시간이 없고 빨리 가 주실 수 있어요?; 시간이 없어서 그런데 빨리 가 주세요.; ending/reason_connective; 없고→없어서",
        "POLITE; 두 시에 면접이 있고 왔어요.; 두 시에 면접이 있어서 왔어요.; ending/reason_connective; 있고→있어서",
        "POLITE; 배가 아파서 약 사러 왔어요.; 배가 아파요. 소화제 좀 주세요.|배가 아픈데 약 있어요?; NO ending/reason_connective; *",
        "POLITE; 배가 아파서 그런데 약 좀 주세요.; 배가 아파요. 소화제 좀 주세요.|배가 아픈데 약 있어요?; PASS; *",
        "POLITE; 싸고 좋은 거 주세요.; 싸고 좋은 거로 주세요.; NO ending/reason_connective; *",
        "POLITE; 방이 크고 조용한 데로 주세요.; 크고 조용한 방으로 주세요.; NO ending/reason_connective; *",
        "POLITE; 머리가 아프고 열이 나요. 약 좀 주세요.; 머리가 아프고 열도 나요. 약 좀 주세요.; NO ending/reason_connective; *",
        "POLITE; 손을 씻고 드세요.; 손을 씻고 드세요.; PASS; *",
        // -(으)ㄹ래, -(으)ㄹ까, -(으)ㄹ게요 put on the -아/어 form (Resynthesis.infinitiveWithoutL)
        "CASUAL; 주말에 같이 밥 먹어래?; 주말에 같이 밥 먹을래?; ending/infinitive_before_consonant; 먹어래→먹을래",
        "CASUAL; 이따가 내가 전화해까?; 이따가 내가 전화할까?; ending/infinitive_before_consonant; 전화해까→전화할까",
        "CASUAL; 같이 커피 마셔래?; 같이 커피 마실래?; ending/infinitive_before_consonant; 마셔래→마실래",
        "POLITE; 제가 내일 다시 와게요.; 제가 내일 다시 올게요.; ending/infinitive_before_consonant; 와게요→올게요",
        "CASUAL; 주말에 같이 밥 먹을래?; 주말에 같이 밥 먹을래?; PASS; *",
        "CASUAL; 선생님이 너 교무실로 가래.; 선생님이 교무실로 가라고 하셨어.; NO ending/infinitive_before_consonant; *",
        "CASUAL; 민수가 뭐래?; 민수가 뭐라고 했어?; NO ending/infinitive_before_consonant; *",
        "CASUAL; 주말에 눈 올 거래.; 주말에 눈이 온대.; NO ending/infinitive_before_consonant; *",
        "POLITE; 아까 전화했어요.; 아까 전화했어요.; PASS; *",
        // -(으)면 with 좋다 in the present where a wish is said (RequestWishEndings.wish)
        "POLITE; 시험에 꼭 합격했으면 좋아요.; 시험에 꼭 합격했으면 좋겠어요.; ending/wish; 좋아요→좋겠어요",
        "POLITE; 내일 날씨가 맑으면 좋아요.; 내일 날씨가 맑았으면 좋겠어요.|내일 날씨가 맑으면 좋겠어요.; ending/wish; 좋아요→좋겠어요",
        "FORMAL; 앞으로도 건강하셨으면 좋습니다.; 앞으로도 건강하셨으면 좋겠습니다.; ending/wish; 좋습니다→좋겠습니다",
        "CASUAL; 빨리 나았으면 좋아.; 빨리 나았으면 좋겠어.; ending/wish; 좋아→좋겠어",
        "POLITE; 선물이 마음에 드셨으면 좋겠어요.; 선물이 마음에 드시면 좋겠어요.; PASS; *",
        "POLITE; 선물이 마음에 드시면 좋겠어요.; 선물이 마음에 드셨으면 좋겠어요.; PASS; *",
        "POLITE; 아침에 운동하면 좋아요.; 아침에 운동하는 게 좋아요.; NO ending/wish; *",
        "CASUAL; 파티에 뭐 가져가면 좋아?; 파티에 뭐 가져갈까?; NO ending/wish; *",
        // the 합쇼체 past of the accepted answers' own predicate, turned round (AcceptedTense.formalPast)
        "FORMAL; 김민수입니다. 세 시에 예약합니다.; 세 시에 예약한 김민수입니다.|김민수라는 이름으로 세 시에 예약했습니다.; tense/past; 예약합니다→예약했습니다",
        "FORMAL; 정말 감사합니다. 많이 배웁니다.; 정말 감사합니다. 많이 배웠습니다.; tense/past; 배웁니다→배웠습니다",
        "FORMAL; 점심은 1층 식당에서 드실 수 있었습니다.; 점심은 1층 식당에서 드실 수 있습니다.; tense/present; 있었습니다→있습니다",
        "FORMAL; 김민수입니다. 세 시에 예약했습니다.; 세 시에 예약한 김민수입니다.|김민수라는 이름으로 세 시에 예약했습니다.; PASS; *",
        "POLITE; 세 시에 예약했는데요.; 세 시에 예약한 김민수예요.|김민수라는 이름으로 세 시에 예약했어요.; PASS; *",
        "FORMAL; 그동안 감사했습니다.; 그동안 감사합니다.; PASS; *",
        // a quantity left out is given on the noun it counts, also with its object particle (SpanChoices)
        "POLITE; 베개를 더 주세요.; 베개 두 개 더 주세요.|베개를 두 개 더 주실 수 있어요?; incomplete/missing_number; 베개를→베개를 두 개",
        "POLITE; 베개 더 주세요.; 베개 두 개 더 주세요.|베개를 두 개 더 주실 수 있어요?; incomplete/missing_number; 베개→베개 두 개",
        "POLITE; 베개를 두 개 더 주세요.; 베개 두 개 더 주세요.|베개를 두 개 더 주실 수 있어요?; PASS; *",
    })
    void row(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
