package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15 (helper eval27c): ending, tense and allomorph classes missed across writers on set Z and the
 * fourth-wave probes. Each class has correct answers that pass and wrong ones caught with the subtype and
 * span. Answers written for this test. {@code PASS} = passes (spacing notes allowed); {@code FAIL} = fails;
 * otherwise the answer fails with that subtype (or category) on the given original → correction.
 */
class EndingTenseSession15Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // a stem in ㅡ written straight before -서/-요 (OwnConjugation.infinitiveLeftOut)
        "POLITE; 배가 아프서 병원에 가요.; 배가 아파서 병원에 가요.; irregular/eu_deletion; 아프서→아파서",
        "POLITE; 요즘 일이 바쁘서 못 만나요.; 요즘 일이 바빠서 못 만나요.; irregular/eu_deletion; 바쁘서→바빠서",
        "POLITE; 이 가방이 정말 예쁘요.; 이 가방이 정말 예뻐요.; irregular/eu_deletion; 예쁘요→예뻐요",
        "POLITE; 배가 아파서 병원에 가요.; 배가 아파서 병원에 가요.; PASS; *",
        "POLITE; 배가 아파서 병원에 가요.; 배가 아파요. 병원에 가요.; PASS; *",
        "POLITE; 오렌지 주스요.; 오렌지 주스 주세요.; PASS; *",
        "POLITE; 치즈요.; 치즈 주세요.; PASS; *",
        // an ㄹ-stem keeps ㄹ before -고, -지만 (StemEndings.lKept, main verbs)
        "POLITE; 케이크를 만드고 싶어요.; 케이크를 만들고 싶어요.; irregular/l_kept; 만드고→만들고",
        "POLITE; 일이 힘드지만 재미있어요.; 일이 힘들지만 재미있어요.; irregular/l_kept; 힘드지만→힘들지만",
        "POLITE; 케이크를 만들고 싶어요.; 케이크를 만들고 싶어요.; PASS; *",
        "POLITE; 우유를 사고 싶어요.; 우유를 사고 싶어요.; PASS; *",
        "POLITE; 빵을 사지 마세요.; 빵을 사지 마세요.; PASS; *",
        // -아/어서 before the auxiliary 주다 of a favour, on a verb of motion (BenefactiveForms)
        "POLITE; 공항으로 가서 주세요.; 공항으로 가 주세요.; ending/benefactive_seo; 가서→가",
        "POLITE; 내일 일찍 와서 주세요.; 내일 일찍 와 주세요.; ending/benefactive_seo; 와서→와",
        "POLITE; 공항으로 가 주세요.; 공항으로 가 주세요.; PASS; *",
        "POLITE; 선생님께 가서 주세요.; 선생님께 가서 주세요.; PASS; *",
        "POLITE; 빵을 사서 주세요.; 빵을 사 주세요.; NO ending/benefactive_seo; *",
        // an allomorph on a noun Nori reads as an adjective + -는 (Evidence.noParticle)
        "FORMAL; 이 약는 식후에 먹어야 합니까?; 이 약은 식후에 먹어야 합니까?; particle_allomorph; 약는→약은",
        "POLITE; 그 길는 좀 멀어요.; 그 길은 좀 멀어요.; particle_allomorph; 길는→길은",
        "FORMAL; 이 약은 식후에 먹어야 합니까?; 이 약은 식후에 먹어야 합니까?; PASS; *",
        "POLITE; 맛있는 빵이 있어요.; 맛있는 빵이 있어요.; PASS; *",
        // the past of the act the task asks for (UpcomingActs.plannedAct)
        "POLITE; 다음 달 세 시에 두 명 예약했어요.; 다음 달 세 시에 두 명 예약하고 싶어요.; tense; 예약했어요→예약하고 싶어요",
        "POLITE; 토요일 오후에 미용실 예약했어요.; 토요일 오후에 미용실 예약하고 싶어요.|토요일 오후에 미용실 예약할 수 있어요?; tense; 예약했어요→예약하고 싶어요",
        "CASUAL; 미안, 이따 다시 전화했어.; 미안, 이따 다시 전화할게.; tense; 전화했어→전화할게",
        "POLITE; 토요일 오후에 미용실 예약하고 싶어요.; 토요일 오후에 미용실 예약하고 싶어요.; PASS; *",
        "POLITE; 지난주에 인터넷으로 예약했어요. 확인해 주세요.; 지난주에 온라인으로 예약했는데 확인해 주세요.; NO tense/future; *",
        // a when-question about what is still to come, in the past (UpcomingActs.pastWhenQuestion)
        "POLITE; 제 바지는 언제 다 됐어요?; 제 바지는 언제 다 돼요?|바지 언제 찾을 수 있어요?; tense/present; 됐어요→돼요",
        "POLITE; 소포가 아직 안 왔는데 언제 도착했어요?; 소포가 아직 안 왔어요. 언제 와요?; tense/present; 도착했어요→도착해요",
        "FORMAL; 언제 차를 찾았습니까?; 언제 찾을 수 있습니까?; tense/present; 찾았습니까→찾습니까",
        "POLITE; 제 바지는 언제 다 돼요?; 제 바지는 언제 다 돼요?|바지 언제 찾을 수 있어요?; PASS; *",
        "POLITE; 언제 도착했어요?; 언제 도착했어요?|몇 시에 왔어요?; PASS; *",
        "POLITE; 언제부터 아팠어요?; 언제부터 아파요?; NO tense/present; *",
        // -(으)ㄹ 때 'when doing' (ModifierForms.whenDoing)
        "POLITE; 대학교에 다닌 때 서울에 살았어요.; 대학교에 다닐 때 서울에 살았어요.; ending/l_before_ttae; 다닌→다닐",
        "POLITE; 어제 출발한 때 비가 왔어요.; 어제 출발할 때 비가 왔어요.; ending/l_before_ttae; 출발한→출발할",
        "POLITE; 밥을 먹는 때 전화가 왔어요.; 밥을 먹을 때 전화가 왔어요.; ending/l_before_ttae; 먹는→먹을",
        "POLITE; 대학교에 다닐 때 서울에 살았어요.; 대학교에 다닐 때 서울에 살았어요.; PASS; *",
        "POLITE; 늦은 때문에 죄송해요.; 늦어서 죄송해요.; NO ending/l_before_ttae; *",
        "POLITE; 그런 때는 전화하세요.; 그런 때는 전화하세요.; PASS; *",
    })
    void endingsTenseAndAllomorphsAcrossWriters(Register register, String answer, String accepted, String expected,
            String span) {
        RuleRows.verdictRow(EVALUATOR, register, answer, accepted, expected, span);
    }
}
