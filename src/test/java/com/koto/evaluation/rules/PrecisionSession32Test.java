package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision on correct answers (session 32, lead), per mechanism, on other tasks than the development sets, with the
 * wrong look-alikes each must still catch: a -아/어서 clause before the learner's own predicate takes no tense
 * ({@link PredicateCheck#causeOfLaterPredicate}), the illness's 에 dropped before 걸리다 ({@link ArgumentCheck}),
 * 들어 있다 of what is inside ({@link SentenceCheck#containedIn}), the past of an ingredient that went in, a main verb
 * Nori reads as an auxiliary counted as content ({@link OffTask}), and the plural suffix -들 on the accepted noun
 * ({@link ArgumentCheck#plural}).
 */
class PrecisionSession32Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // a -아/어서 clause of cause before the learner's own predicate
            "배탈이 나서 오늘 못 가요.; 배탈이 났어요.; POLITE; PASS; *",
            "지갑을 잃어버려서 돈이 없어요.; 지갑을 잃어버렸어요.; POLITE; PASS; *",
            "다리를 다쳐서 못 걸어.; 다리를 다쳤어.; CASUAL; PASS; *",
            "어제 지갑을 잃어버려요.; 어제 지갑을 잃어버렸어요.; POLITE; tense; *",
            "친구를 만나서 밥을 먹어요.; 친구를 만나서 밥을 먹었어요.; POLITE; tense; *",
            // the illness's 에 before 걸리다, left out as speech leaves it
            "독감 걸려서 학교에 못 가요.; 독감에 걸렸어요.; POLITE; PASS; *",
            "저 몸살 걸렸어요.; 몸살에 걸렸어요.; POLITE; PASS; *",
            "감기를 걸렸어요.; 감기에 걸렸어요.; POLITE; particle_wrong; *",
            // 들다 of what is inside, with -아/어 있다
            "이 빵에 우유가 들어 있어요?; 이 빵에 우유가 들어가요?; POLITE; PASS; *",
            "이 국에 새우가 들어있어요?; 이 국에 새우 들어가요?; POLITE; PASS; *",
            "가방을 들어 주세요.; 가방을 들어 주세요.; POLITE; PASS; *",
            // the past of an ingredient that went in
            "이 김밥에 햄 들어갔어요?; 이 김밥에 햄 들어가요?; POLITE; PASS; *",
            "이 소스에 땅콩이 들어갔나요?; 이 소스에 땅콩이 들어가요?; POLITE; PASS; *",
            // a main verb read as an auxiliary is content: not another answer
            "어머님, 아침 드셨어요?; 진지 드셨어요?; POLITE; PASS; *",
            "커피 주세요.; 진지 드셨어요?; POLITE; vocabulary; *",
            // the plural suffix -들 on the accepted noun
            "이 옷들 어디서 계산해요?; 옷을 어디서 계산해요?; POLITE; PASS; *",
            "친구들이 와요.; 친구가 와요.; POLITE; PASS; *",
            "이 사진들을 보내 주세요.; 이 사진을 보내 주세요.; POLITE; PASS; *",
            "이 사진들를 보내 주세요.; 이 사진을 보내 주세요.; POLITE; particle_allomorph; *",
            "아들이 와요.; 아들이 와요.; POLITE; PASS; *",
            // s32a: a past time word in a -아/어서 clause of cause before a predicate of state (TimeWords)
            "그저께 넘어져서 무릎이 아파요. 파스 있어요?; 무릎이 아파요.; POLITE; PASS; *",
            "어젯밤에 잠을 못 자서 너무 피곤해요. 오늘 쉬어도 돼요?; 피곤해요.; POLITE; PASS; *",
            "작년에 이사해서 집이 멀어요. 버스 타요.; 집이 멀어요.; POLITE; PASS; *",
            "어제 동생을 만나서 같이 밥을 먹어요. 재미있었어요.; 어제 동생을 만나서 같이 밥을 먹었어요.; POLITE; tense; *",
            "어제 무릎이 아파요. 병원에 갔어요.; 어제 무릎이 아팠어요.; POLITE; particle_missing; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
