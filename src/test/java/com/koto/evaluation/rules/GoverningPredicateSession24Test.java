package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Evidence#acceptedWord} (session 24, lead): a noun with a particle that an accepted answer writes before the
 * same predicate, or 에 right before 있는/없는, is no particle error; before another predicate the finding stands.
 */
class GoverningPredicateSession24Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = ';', value = {
            // the same noun and particle before the same predicate in another accepted answer
            "너 저녁에 뭐 먹고 싶은데?; 저녁에 뭐 먹을래?|저녁 뭐 먹고 싶어?; CASUAL; NO particle_wrong",
            "이 버스가 강남역에 가나요?; 이 버스 강남역에 가요?|이 버스 강남역 가나요?; POLITE; NO particle_wrong",
            // 에 of the place of 있는/없는
            "인도네시아에 있는 가족에게 오십만 원 송금하려고 합니다.; 인도네시아로 오십만 원을 송금하고 싶습니다.|인도네시아에 50만 원을 보내려고 합니다.; FORMAL; NO particle_wrong",
            "대학교 근처에 있는 원룸을 구하려고 합니다.; 학교 근처에 원룸을 찾고 있습니다.|대학교 근처 원룸을 구하고 있습니다.; FORMAL; NO particle_wrong",
            // another predicate: the accepted word proves nothing
            "저는 커피를 좋아요; 저는 커피를 좋아해요|저는 커피가 좋아요; POLITE; particle_wrong",
            "저는 커피가 좋아해요; 저는 커피를 좋아해요|저는 커피가 좋아요; POLITE; particle_wrong",
            "어떤 서류가 제출해야 합니까?; 어떤 서류를 제출해야 합니까?|무슨 서류가 필요합니까?|제출해야 하는 서류가 무엇입니까?; FORMAL; particle_wrong",
            "나는 어제 미용실에서 가서 머리 잘랐어.; 어제 미용실에 가서 머리 잘랐어.|나 어제 미용실에서 머리 잘랐어.; CASUAL; particle_wrong",
            "실례합니다. 제일 가까운 지하철역에 어디예요?; 실례합니다. 제일 가까운 지하철역이 어디예요?|저기요, 가까운 지하철역에 어떻게 가요?; POLITE; particle_wrong",
            "실례합니다. 제일 가까운 지하철역에 어디에 있어요?; 실례합니다. 제일 가까운 지하철역이 어디에 있어요?|가장 가까운 지하철역에 어떻게 가요?; POLITE; particle_wrong",
            // a sentence-final 있다 of an event takes 에서
            "다음 주 토요일에 우리 언니 결혼식이 강남 웨딩홀에 있어. 올 수 있어?; 다음 주 토요일에 우리 언니 결혼식이 강남 웨딩홀에서 있어. 올 수 있어?; CASUAL; particle_wrong",
    })
    void rows(String answer, String accepted, String register, String expected) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, "*");
    }
}
