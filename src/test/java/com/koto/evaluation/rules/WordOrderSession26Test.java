package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word order of session 26 (helper s26c), read on the learner's own words whatever the accepted answer: an adverb or
 * a place after a polite predicate ({@link ClauseOrder}, with the comma of an afterthought excused by
 * {@link Afterthoughts#adverbAfterComma}), 안/못 before an argument of a clause joined by a connective
 * ({@link ClauseOrder}), and a determiner, a possessor or a colour after its noun ({@link ModifiersAfterHead}). Each
 * class has wrong answers it catches and correct look-alikes that pass; the accepted answers are worded apart from the
 * learner's, so only the check on the learner's words can fail them.
 */
class WordOrderSession26Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // an adverb, a -게 adverbial or a place after a polite or formal predicate
            "문을 닫아 주세요 천천히.; 조용히 문 좀 닫아 주시겠어요?; POLITE; word_order/verb_final; 닫아 주세요 천천히→천천히 닫아 주세요",
            "내일 올게요 일찍.; 내일은 아침 여덟 시까지 오겠습니다.; POLITE; word_order/verb_final; 올게요 일찍→일찍 올게요",
            "앞머리를 잘라 주세요 짧게.; 앞머리만 조금 다듬어 주세요.; POLITE; word_order/verb_final; 잘라 주세요 짧게→짧게 잘라 주세요",
            "이 편지를 보낼 수 있어요 일본으로?; 이 편지 일본에 부치고 싶은데요.; POLITE; word_order/verb_final; 보낼 수 있어요 일본으로→일본으로 보낼 수 있어요",
            "기차로 갈 거예요 부산까지.; 다음 주에 KTX 타고 부산 가요.; POLITE; word_order/verb_final; 갈 거예요 부산까지→부산까지 갈 거예요",
            "어떻게 가요 시청에?; 시청까지 어떻게 가야 돼요?; POLITE; word_order/verb_final; 어떻게 가요 시청에→시청에 어떻게 가요",
            // set off by a comma, an adverb of insisting, or a casual predicate: an afterthought of speech
            "와 주세요, 빨리.; 지금 바로 와 주실 수 있어요?; POLITE; NO word_order; *",
            "맛있어요, 진짜.; 음식이 정말 맛있네요.; POLITE; NO word_order; *",
            "감사합니다 정말.; 도와주셔서 고맙습니다.; POLITE; NO word_order; *",
            "먹었어 벌써?; 밥 먹었어?; CASUAL; NO word_order; *",
            "천천히 말씀해 주세요.; 좀 천천히 말해 주시겠어요?; POLITE; NO word_order; *",
            // 안/못 before an argument of a clause joined to the next
            "저는 못 수영을 해서 바다에 안 가요.; 수영을 못 해서 바다에는 안 가요.; POLITE; word_order/negation; 못 수영을 해서→수영을 못 해서",
            "어제 안 숙제를 해서 선생님께 혼났어요.; 숙제를 안 해 가서 선생님한테 혼났어요.; POLITE; word_order/negation; 안 숙제를 해서→숙제를 안 해서",
            "저는 안 커피를 마시고 차를 마셔요.; 커피는 안 마시고 녹차만 마셔요.; POLITE; word_order/negation; 안 커피를 마시고→커피를 안 마시고",
            // 안 'inside' after a noun, 안 of a modifier, the negator in place
            "가방 안에 책이 많아서 무거워요.; 가방이 책 때문에 무거워요.; POLITE; NO word_order; *",
            "방 안 공기가 나빠서 창문을 열었어요.; 공기가 안 좋아서 창문 열었어요.; POLITE; NO word_order; *",
            "안 매운 음식을 먹고 싶어요.; 맵지 않은 음식 먹고 싶어요.; POLITE; NO word_order; *",
            "공부 안 해서 시험을 못 봤어요.; 공부를 안 해서 시험을 망쳤어요.; POLITE; NO word_order; *",
            // a determiner after its noun with nothing after it to modify
            "모자 이 얼마예요?; 이 모자 가격이 어떻게 돼요?; POLITE; word_order/phrase; 모자 이→이 모자",
            "가방 그 주세요.; 저 가방 좀 보여 주세요.; POLITE; word_order/phrase; 가방 그→그 가방",
            "음식 어느 좋아해요?; 어떤 음식을 좋아하세요?; POLITE; word_order/phrase; 음식 어느→어느 음식",
            // the subject particle written apart, a numeral, a determiner of the next noun, 저 'I', a noun after it
            "책 이 있어요.; 책상 위에 책이 있어요.; POLITE; NO word_order; *",
            "컵 이 상자에 넣어 주세요.; 컵은 이 박스에 넣어 주세요.; POLITE; NO word_order; *",
            "엄마 저 배고파요.; 엄마, 배고파요.; POLITE; NO word_order; *",
            "23번 탑승구 어느 쪽이에요?; 23번 게이트가 어디예요?; POLITE; NO word_order; *",
            // a possessor after its noun
            "가방 제 잃어버렸어요.; 제 가방을 잃어버렸어요.; POLITE; word_order/phrase; 가방 제→제 가방",
            "휴대폰 제를 찾았어요.; 핸드폰을 찾았어요.; POLITE; word_order/phrase; 휴대폰 제를→제 휴대폰을",
            "방 너 진짜 깨끗하다!; 네 방 정말 깨끗하다!; CASUAL; word_order/phrase; 방 너→네 방",
            // the pronoun as the subject after a topic, as the one who feels or fits, or 네 'yes'
            "숙제 너 다 했어?; 숙제 끝났어?; CASUAL; NO word_order; *",
            "이 집 나 진짜 좋아.; 이 집 정말 마음에 들어.; CASUAL; NO word_order; *",
            "신발 너 커?; 신발 사이즈 맞아?; CASUAL; NO word_order; *",
            "선생님 네 알겠습니다.; 네, 알겠습니다.; POLITE; NO word_order; *",
            // a colour noun with 을/를 after its noun
            "지갑 빨간색을 샀어요.; 빨간 지갑 하나 샀어요.; POLITE; word_order/phrase; 지갑 빨간색을→빨간색 지갑을",
            "신발 흰색을 신고 왔어요.; 하얀 운동화 신고 왔어요.; POLITE; word_order/phrase; 신발 흰색을→흰색 신발을",
            "저는 모자 검은색을 좋아해요.; 검은 모자를 좋아해요.; POLITE; word_order/phrase; 모자 검은색을→검은색 모자를",
            // a colour of a product named with a determiner, (으)로 of choice, bare or with the copula
            "이 셔츠 흰색도 있어요?; 이 셔츠 하얀 거 있어요?; POLITE; NO word_order; *",
            "셔츠 흰색으로 주세요.; 하얀 셔츠로 주세요.; POLITE; NO word_order; *",
            "제 우산은 검은색이에요.; 우산이 까만색이에요.; POLITE; NO word_order; *",
            // an adjective's adnominal form after its noun, a verb after it
            "가방 작은 있어요?; 작은 사이즈 가방 있나요?; POLITE; word_order/phrase; 가방 작은→작은 가방",
            "방 넓은 찾고 있어요.; 넓은 방을 구하고 있어요.; POLITE; word_order/phrase; 방 넓은→넓은 방",
            "어제 우산 긴 샀어요.; 어제 장우산을 하나 샀어요.; POLITE; word_order/phrase; 우산 긴→긴 우산",
            // a noun after the adnominal form: its head
            "핸드폰 까만 거 있어요?; 검은색 휴대폰 있어요?; POLITE; NO word_order; *",
            "키 큰 사람이 제 동생이에요.; 키가 큰 사람이 동생이에요.; POLITE; NO word_order; *",
            "날씨 좋은 날 만나요.; 날씨 좋을 때 봐요.; POLITE; NO word_order; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
