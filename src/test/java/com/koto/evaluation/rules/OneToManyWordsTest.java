package com.koto.evaluation.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The session-10 entries of {@code confusables.json} (helper eval16b): Indonesian words that one Korean
 * word does not cover (panas 덥다/뜨겁다, dingin 춥다/차갑다, lama 걸리다, buka 열다/켜다, tutup 닫다/끄다,
 * pakai 끼다/차다, naik 타다/오르다, tinggi 크다/높다, kecil 낮다/작다, bawa 데려가다/가져가다, buat
 * 발급받다/하다, terang 밝다/빛나다, 보내다 for a destination, 안 for 못 after an illness), with answers written
 * for this test: each entry catches its error on the learner's own word with the right correction, and
 * its context cue leaves a correct neighbour alone. {@code PASS} = passes; a subtype = fails with that
 * subtype and span ({@code original→correction}). Accepted answers are separated by {@code |}.
 */
class OneToManyWordsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new com.koto.evaluation.TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // panas: 덥다 of the weather, 뜨겁다 of a thing one touches
        "뜨겁다 for hot weather; 자카르타는 일 년 내내 뜨거워요; 자카르타는 일 년 내내 더워요; vocabulary/confusable; 뜨거워요→더워요",
        "뜨겁다 for a hot room; 방이 너무 뜨거워서 잠을 못 잤어요; 방이 너무 더워서 잠을 못 잤어요; vocabulary/confusable; 뜨거워서→더워서",
        "the sun's rays are 뜨겁다; 오늘은 햇볕이 정말 뜨거워요; 오늘은 날씨가 정말 더워요; PASS; *",
        "덥다 itself; 여름에는 정말 더워요; 여름에는 정말 더워요; PASS; *",
        // dingin: 춥다 of the weather, 차갑다 to the touch
        "차갑다 for cold weather (an equivalents.json contrast already); 서울의 겨울은 아주 차가워요; 서울의 겨울은 아주 추워요; vocabulary/contrast; 차가워요→추워요",
        // a cold wind, air or water is 차갑다 (the contrast's second_side_unless, session 10 lead)
        "a cold wind; 오늘 바람이 차가워요; 오늘 날씨가 추워요; PASS; *",
        // lama: 얼마나 걸리다
        "길다 for time taken; 공항까지 얼마나 길어요?; 공항까지 얼마나 걸려요?; vocabulary/confusable; 길어요→걸려요",
        "길다 of a length; 이 바지가 좀 길어요; 이 바지가 좀 길어요; PASS; *",
        // 보내다 for a destination
        "보내다 to a taxi driver; 인천공항까지 보내 주세요; 인천공항까지 가 주세요; vocabulary/confusable; 보내→가",
        "보내다 of a thing; 수건을 방으로 보내 주세요; 수건을 방으로 보내 주세요; PASS; *",
        // 안 for 못 with an illness as the reason
        "안 for 못 after 아파서; 머리가 아파서 오늘 수업에 안 가요; 머리가 아파서 오늘 수업에 못 가요; vocabulary/confusable; 안→못",
        "못 after 아파서; 머리가 아파서 오늘 수업에 못 가요; 머리가 아파서 오늘 수업에 못 가요; PASS; *",
        // terang: 밝다, not 빛나다
        "빛나다 for a bright room; 이 방은 정말 빛나요; 이 방은 정말 밝아요; vocabulary/confusable; 빛나요→밝아요",
        "빛나다 for a bright house; 집이 넓어요. 그리고 빛나요; 집이 넓고 밝아요; vocabulary/confusable; 빛나요→밝아요",
        "빛나다 for a bright room, not aligned; 방이 진짜 넓어요. 그리고 빛나요; 방이 정말 밝고 넓어요; vocabulary/predicate_sense; 빛나요→밝아요",
        "a star shines; 집이 좋아요. 별이 빛나요; 집이 넓고 밝아요; PASS; *",
        // collocations
        "증명서를 만들다; 성적 증명서를 만들러 왔어요; 성적 증명서를 발급받으러 왔어요; vocabulary/collocation; 만들러→발급받으러",
        "에어컨을 열다; 더우니까 에어컨을 열어 주세요; 더우니까 에어컨을 켜 주세요; vocabulary/collocation; 열어→켜",
        "문을 열다 itself; 더우니까 창문을 열어 주세요; 더우니까 창문을 열어 주세요; PASS; *",
        "불을 닫다; 나갈 때 불을 닫아 주세요; 나갈 때 불을 꺼 주세요; vocabulary/collocation; 닫아→꺼",
        "장갑을 입다; 추우니까 장갑을 입으세요; 추우니까 장갑을 끼세요; vocabulary/collocation; 입으세요→끼세요",
        "버스에 오르다 for 타다; 학교에 갈 때 버스를 올라가요; 학교에 갈 때 버스를 타요; vocabulary/collocation; 올라가요→타요",
        "키가 높다; 제 동생은 키가 높아요; 제 동생은 키가 커요; vocabulary/collocation; 높아요→커요",
        "산이 높다 itself; 그 산은 정말 높아요; 그 산은 정말 높아요; PASS; *",
        "친구를 가져가다; 파티에 친구를 가져가도 돼요?; 파티에 친구를 데려가도 돼요?; vocabulary/collocation; 가져가도→데려가도",
        "숙제를 만들다; 저녁에 숙제를 만들어요; 저녁에 숙제를 해요; vocabulary/collocation; 만들어요→해요",
        "월세를 작게; 월세를 조금 작게 해 주세요; 월세를 조금 낮게 해 주세요; vocabulary/collocation; 작게→낮게",
    })
    void oneIndonesianWordTwoKoreanWords(String rule, String answer, String accepted, String expected, String span) {
        RuleRows.subtypeRow(EVALUATOR, "POLITE", answer, accepted, expected, span);
    }
}
