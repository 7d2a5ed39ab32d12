package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 35 (helper s35a): lexical checks that fire on the learner's own words with no support from the accepted
 * answer: the verb of wearing by the thing worn ({@link WearingVerbs}), 춥다 said of food or a thing
 * ({@link ColdThings}), number words before counters ({@link Counters}: the copula after a counter, 일/이 before
 * 명·마리·켤레, minutes after an hour or before a time taken, a floor's number, 2밤 for 2박) and misspellings as data
 * ({@link Misspellings}). The accepted answers of the rows are worded otherwise on purpose, so that no accepted word
 * supports the finding; each class has errors caught and correct look-alikes that pass.
 */
class LexicalChecksOnOwnWordsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // wearing verbs: 입다 or 신다 for a thing that takes another verb
            "이 부츠 240 사이즈로 입어 봐도 돼요?; 이 신발 사이즈 있어요?; POLITE; vocabulary/wearing_verb; 입어→신어",
            "모자를 입으세요.; 밖이 추워요.; POLITE; vocabulary/wearing_verb; 입으세요→쓰세요",
            "안경을 입고 책을 읽어요.; 책을 읽어요.; POLITE; vocabulary/wearing_verb; 입고→쓰고",
            "장갑을 입을게요.; 밖에 나갈게요.; POLITE; vocabulary/wearing_verb; 입을게요→낄게요",
            "시계를 입었어요.; 오늘 일찍 나왔어요.; POLITE; vocabulary/wearing_verb; 입었어요→찼어요",
            "넥타이를 입어야 해요?; 회사에 가요.; POLITE; vocabulary/wearing_verb; 입어야→매야",
            "양말을 안 입었어요.; 오늘 바빴어요.; POLITE; vocabulary/wearing_verb; 입었어요→신었어요",
            "바지를 신어 봐도 돼요?; 탈의실 어디예요?; POLITE; vocabulary/wearing_verb; 신어→입어",
            "선크림을 입으세요.; 햇빛이 강해요.; POLITE; vocabulary/wearing_verb; 입으세요→바르세요",
            "마스크를 입습니다.; 감기에 걸렸습니다.; FORMAL; vocabulary/wearing_verb; 입습니다→씁니다",
            "반지를 벗어 주세요.; 손을 씻으세요.; POLITE; vocabulary/wearing_verb; 벗어→빼",
            // the right verbs, a thing of the verb's own class, another verb, 입 'mouth'
            "이 부츠 240 사이즈로 신어 봐도 돼요?; 이 부츠 신어 봐도 돼요?; POLITE; PASS; *",
            "모자를 쓰고 장갑을 꼈어요.; 모자를 쓰고 장갑을 꼈어요.; POLITE; PASS; *",
            "코트를 입고 구두를 신었어요.; 코트를 입었어요.; POLITE; PASS; *",
            "셔츠하고 바지를 입어 봐도 돼요?; 옷을 입어 봐도 돼요?; POLITE; NO vocabulary/wearing_verb; *",
            "안경을 벗었어요.; 안경을 벗었어요.; POLITE; PASS; *",
            "신발을 벗어 주세요.; 신발을 벗어 주세요.; POLITE; PASS; *",
            "가방 분실 신고하러 왔어요.; 가방을 잃어버렸어요.; POLITE; NO vocabulary/wearing_verb; *",
            "마스크로 입을 가리세요.; 마스크를 쓰세요.; POLITE; NO vocabulary/wearing_verb; *",
            "향수를 뿌렸어요.; 향수를 뿌렸어요.; POLITE; PASS; *",
            "시계를 찼어요.; 시계를 찼어요.; POLITE; PASS; *",
            // 춥다 of food, drinks and things
            "국이 추워요. 다시 데워 주세요.; 다시 데워 주세요.; POLITE; vocabulary/temperature; 추워요→차가워요",
            "커피가 너무 추워요.; 다른 걸로 주세요.; POLITE; vocabulary/temperature; 추워요→차가워요",
            "물이 좀 춥네요.; 물이 있어요.; POLITE; vocabulary/temperature; 춥네요→차갑네요",
            "추운 물 한 잔 주세요.; 물 한 잔 주세요.; POLITE; vocabulary/temperature; 추운→차가운",
            "우유가 추웠어요.; 우유를 마셨어요.; POLITE; vocabulary/temperature; 추웠어요→차가웠어요",
            "찌개가 벌써 추워졌어요.; 찌개가 식었어요.; POLITE; vocabulary/temperature; *",
            "오늘 날씨가 너무 뜨거워요.; 오늘 날씨가 좋아요.; POLITE; vocabulary/temperature; 뜨거워요→더워요",
            "뜨거운 날씨에는 물을 많이 마셔요.; 물을 많이 마셔요.; POLITE; vocabulary/temperature; 뜨거운→더운",
            // the cold of the weather, a room, the body; 덥다 and 차갑다; 뜨겁다 of things and the sun
            "방이 추워요. 담요 주세요.; 방이 추워요. 담요 주세요.; POLITE; PASS; *",
            "오늘 날씨가 정말 추워요.; 오늘 날씨가 정말 추워요.; POLITE; PASS; *",
            "저는 좀 추워요.; 저는 좀 추워요.; POLITE; PASS; *",
            "국이 차가워요.; 국이 차가워요.; POLITE; PASS; *",
            "더운 물 좀 주세요.; 더운 물 좀 주세요.; POLITE; PASS; *",
            "추운 날에는 국이 좋아요.; 추운 날에는 국이 좋아요.; POLITE; PASS; *",
            "국이 뜨거워요.; 국이 뜨거워요.; POLITE; PASS; *",
            "햇볕이 뜨거워요.; 햇볕이 뜨거워요.; POLITE; PASS; *",
            "날씨가 더워요.; 날씨가 더워요.; POLITE; PASS; *",
            // number words before counters
            "삼 명인데요, 창가 자리 있어요?; 창가 자리 있어요?; POLITE; vocabulary; *",
            "이 명인데 자리 있어요?; 자리 있어요?; POLITE; counter/sino_for_native; *",
            "고양이 이 마리를 키워요.; 고양이를 키워요.; POLITE; counter/sino_for_native; *",
            "세 시 열 분에 만나요.; 오후에 만나요.; POLITE; counter/native_for_sino; *",
            "다섯 분 후에 도착해요.; 곧 도착해요.; POLITE; counter/native_for_sino; *",
            "화장실은 다섯 층에 있어요.; 화장실은 위에 있어요.; POLITE; counter/native_for_sino; *",
            "2밤 더 묵고 싶어요.; 이틀 더 있고 싶어요.; POLITE; counter/nights_of_stay; 2밤→2박",
            "3밤을 예약했어요.; 예약했어요.; POLITE; counter/nights_of_stay; 3밤을→3박을",
            // the right numbers, 분 of people, 이 'this', 층 counted
            "세 명인데요, 창가 자리 있어요?; 세 명인데요, 창가 자리 있어요?; POLITE; PASS; *",
            "한 시 삼십 분에 만나요.; 한 시 삼십 분에 만나요.; POLITE; PASS; *",
            "두 분이세요?; 두 분이세요?; POLITE; PASS; *",
            "이번 토요일 저녁 7시 네 분 예약하고 싶어요.; 토요일 저녁에 예약하고 싶어요.; POLITE; NO counter/native_for_sino; *",
            "손님 두 분 기다리고 계세요.; 손님 두 분 기다리고 계세요.; POLITE; NO counter/; *",
            "이 잔에 주세요.; 이 잔에 주세요.; POLITE; PASS; *",
            "이 층에 화장실 있어요?; 이 층에 화장실 있어요?; POLITE; PASS; *",
            "일 년 동안 살았어요.; 일 년 동안 살았어요.; POLITE; PASS; *",
            "두 층 더 올라가세요.; 두 층 더 올라가세요.; POLITE; PASS; *",
            "몇 밤 자면 생일이에요?; 몇 밤 자면 생일이에요?; POLITE; PASS; *",
            "2박 3일 예약했어요.; 2박 3일 예약했어요.; POLITE; PASS; *",
            // misspellings as data
            "제일 인기 있는 색갈이 뭐예요?; 어떤 색이 인기 있어요?; POLITE; spelling/letters; 색갈이→색깔이",
            "까페 앞에서 기다릴게요.; 앞에서 기다릴게요.; POLITE; spelling/loanword; 까페→카페",
            "방을 깨끗히 청소했어요.; 청소했어요.; POLITE; spelling/letters; 깨끗히→깨끗이",
            "김치찌게 하나 주세요.; 찌개 하나 주세요.; POLITE; spelling/letters; 김치찌게→김치찌개",
            "금새 끝났어요.; 빨리 끝났어요.; POLITE; spelling/letters; 금새→금세",
            "떡볶기 먹자.; 같이 먹자.; CASUAL; spelling/letters; 떡볶기→떡볶이",
            "베게 하나 더 주세요.; 하나 더 주세요.; POLITE; spelling/letters; 베게→베개",
            "내일 뵈요.; 내일 만나요.; POLITE; spelling/letters; 뵈요→봬요",
            "같이 께임 할래?; 같이 놀래?; CASUAL; spelling/loanword; 께임→게임",
            "음식이 진짜 마싯어요.; 음식이 좋아요.; POLITE; spelling/letters; 마싯어요→맛있어요",
            "괜찬아요.; 좋아요.; POLITE; spelling/letters; 괜찬아요→괜찮아요",
            // the standard spellings and the accepted tense spellings
            "제일 인기 있는 색깔이 뭐예요?; 제일 인기 있는 색깔이 뭐예요?; POLITE; PASS; *",
            "카페 앞에서 기다릴게요.; 카페 앞에서 기다릴게요.; POLITE; PASS; *",
            "따뜻한 라떼 한 잔 주세요.; 따뜻한 라테 한 잔 주세요.; POLITE; PASS; *",
            "후라이드 치킨 한 마리 주세요.; 후라이드 치킨 한 마리 주세요.; POLITE; PASS; *",
            "빵 두 개 주세요.; 빵 두 개 주세요.; POLITE; PASS; *",
            "내일 봬요.; 내일 봬요.; POLITE; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @Test
    void explained() {
        RuleRows.explainedIn(EVALUATOR, "이 부츠 입어 봐도 돼요?", "en", "이 신발 괜찮아요?", "신다 for shoes");
        RuleRows.explainedIn(EVALUATOR, "이 부츠 입어 봐도 돼요?", "id", "이 신발 괜찮아요?", "신다 untuk sepatu");
        RuleRows.explainedIn(EVALUATOR, "국이 추워요.", "en", "다시 데워 주세요.", "차갑다");
        RuleRows.explainedIn(EVALUATOR, "2밤 더 묵고 싶어요.", "id", "더 묵고 싶어요.", "박");
    }
}
