package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Irregular conjugation, malformed endings and particle forms of session 26 (helper s26b), as classes: for each, wrong
 * answers it must catch with the subtype and span, and correct look-alikes that must pass. An ㅂ-irregular stem's ㅂ
 * dropped with no 우, an ㅎ-irregular stem's -아/어 left unmerged, 걷다 'walk' before a verb of going, a regular stem
 * given an irregular alternation ({@link IrregularSlips}); the formal ending on an 으-deleting or 르-irregular -아/어
 * form ({@link IrregularSlips#formalOnInfinitive}); the consonant form of a particle after a vowel on a noun the
 * learner adds ({@link ParticleAfterVowel}); -(으)시- before the speaker's own -고 싶습니다
 * ({@link FormChecks#wishWithoutSi}); 으 before -(으)ㄹ까 after 만나- ({@link Resynthesis#euBeforeL}); the head verb of
 * an accepted N받다 ({@link ChosenForms#compoundHead}).
 */
class ConjugationSession26Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // ㅂ-irregular: the ㅂ dropped and no 우 in its place (AK phone-05)
            "사장님, 방 히터가 고장 났어요. 너무 추어요.; 사장님, 방에 히터가 고장 났어요. 내일 와서 고쳐 주실 수 있어요?; POLITE; irregular/b; 추어요→추워요",
            "오늘 날씨가 너무 더어서 집에 있었어요.; 오늘은 더워서 밖에 안 나갔어요.; POLITE; irregular/b; 더어서→더워서",
            "어제 시험이 정말 어려었어요.; 어제 시험이 정말 어려웠어요.; POLITE; irregular/b; 어려었어요→어려웠어요",
            "가방이 너무 무거어요.; 가방이 너무 무거워요.; POLITE; irregular/b; 무거어요→무거워요",
            // the same letters as another verb's right form pass: 추다 with 춤, 주다, 쉬다, 매다
            "주말에 친구들하고 춤을 추어요.; 주말에 친구들하고 춤을 춰요.; POLITE; PASS; *",
            "동생에게 책을 주었어요.; 동생에게 책을 줬어요.; POLITE; PASS; *",
            "피곤해서 집에서 좀 쉬었어요.; 피곤해서 집에서 쉬었어요.; POLITE; PASS; *",
            "넥타이를 매었어요.; 넥타이를 맸어요.; POLITE; PASS; *",
            // ㅎ-irregular: the ㅎ dropped, -아/어 not merged into ㅐ
            "사과가 정말 빨가요.; 사과가 정말 빨개요.; POLITE; irregular/h; 빨가요→빨개요",
            "오늘 하늘이 정말 파라요.; 오늘 하늘이 정말 파래요.; POLITE; irregular/h; 파라요→파래요",
            "이 옷 어떠요?; 이 옷 어때요?; POLITE; irregular/h; 어떠요→어때요",
            "할머니, 요즘 건강은 어떠세요?; 요즘 건강은 어떠세요?; POLITE; PASS; *",
            "오늘 하늘이 정말 파래요.; 오늘 하늘이 파래요.; POLITE; PASS; *",
            "그래요? 정말 몰랐어요.; 그래요? 몰랐어요.; POLITE; PASS; *",
            // the ㅎ kept before -(으)시- (AG hospital-04)
            "할아버지, 진지 드셨어요? 몸은 좀 어떻세요?; 할아버지, 진지 드셨어요? 몸은 좀 어떠세요?; POLITE; irregular/h; 어떻세요→어떠세요",
            "요즘 어떠세요?; 요즘 어떻게 지내세요?; POLITE; PASS; *",
            // a 르-irregular -아/어 form with the other harmony's vowel (AF salon-03); 달러 'dollar' and 자러 'to sleep' pass
            "머리를 어께 조금 위까지 짧게 잘러 주세요.; 머리를 어깨 조금 위까지 짧게 잘라 주세요.; POLITE; irregular/reu; 잘러→잘라",
            "노래를 불라요.; 노래를 불러요.; POLITE; irregular/reu; 불라요→불러요",
            "어제 옷을 골렀어요.; 어제 옷을 골랐어요.; POLITE; irregular/reu; 골렀어요→골랐어요",
            "이거 얼마예요? 달러로 내도 돼요?; 이거 얼마예요? 달러로 낼 수 있어요?; POLITE; PASS; *",
            "지금 몇 시인지 몰라요.; 지금 몇 시인지 잘 몰라요.; POLITE; PASS; *",
            "저는 피곤해서 일찍 자러 가요.; 피곤해서 일찍 자러 가요.; POLITE; PASS; *",
            // 걷다 'walk' conjugated regularly before a verb of going (AK directions-05)
            "실례합니다. 가까운 병원이 어디예요? 걷어서 갈 수 있어요?; 실례합니다. 제일 가까운 병원이 어디에 있어요?|저기요, 가까운 병원에 어떻게 가요?; POLITE; irregular/d; 걷어서→걸어서",
            "집까지 걷어서 10분 걸려요.; 집까지 걸어서 10분 걸려요.; POLITE; irregular/d; 걷어서→걸어서",
            "학교에 걷어서 다녀요.; 학교에 걸어서 다녀요.; POLITE; irregular/d; 걷어서→걸어서",
            // 걷다 'roll up, collect' is regular
            "먼저 소매를 걷어서 손을 씻었어요.; 소매를 걷어서 손을 씻었어요.; POLITE; PASS; *",
            "회비를 걷어서 선물을 샀어요.; 돈을 모아서 선물을 샀어요.; POLITE; PASS; *",
            "저는 집까지 걸어서 가요.; 집까지 걸어서 가요.; POLITE; PASS; *",
            // a regular stem given an irregular class's alternation
            "이 옷을 이워 보세요.; 이 옷을 입어 보세요.; POLITE; irregular/regular_b; 이워→입어",
            "아이 손을 꼭 자와요.; 아이 손을 꼭 잡아요.; POLITE; irregular/regular_b; 자와요→잡아요",
            "어제 소포를 발았어요.; 어제 소포를 받았어요.; POLITE; irregular/regular_d; 발았어요→받았어요",
            "밥 먹기 전에 손을 씨어요.; 밥 먹기 전에 손을 씻어요.; POLITE; irregular/regular_s; 씨어요→씻어요",
            "방에 들어가면 신발을 버어요.; 방에 들어가면 신발을 벗어요.; POLITE; irregular/regular_s; 버어요→벗어요",
            // the letters of another verb's right form pass: 달다, 지우다, 밀다, 얼다; 닫다 itself
            "추워요. 창문 좀 닫아 주세요.; 추워요. 문 좀 닫아 주세요.; POLITE; PASS; *",
            "이 케이크는 너무 달아요.; 이 케이크는 정말 달아요.; POLITE; PASS; *",
            "칠판 좀 지워 주세요.; 칠판을 지워 주세요.; POLITE; PASS; *",
            "문을 세게 밀어요.; 문을 밀어요.; POLITE; PASS; *",
            "밖이 추워서 물이 얼었어요.; 추워서 물이 얼었어요.; POLITE; PASS; *",
            // the formal ending on an 으-deleting or 르-irregular -아/어 form, repaired on the stem (AK clinic-04)
            "어제 열이 나고 목이 아파습니다. 진찰을 받고 싶습니다.; 어제부터 열이 나고 목이 아픕니다. 진료를 받고 싶습니다.|어제부터 열이 있고 목이 아파서 왔습니다. 진료를 받을 수 있습니까?; FORMAL; ending/formal_allomorph; 아파습니다→아픕니다",
            "요즘 일이 많아서 바빠습니다.; 요즘 일이 많아서 바쁩니다.; FORMAL; ending/formal_allomorph; 바빠습니다→바쁩니다",
            "그 사람 이름을 잘 몰라습니다.; 그 사람 이름은 잘 모릅니다.; FORMAL; ending/formal_allomorph; 몰라습니다→모릅니다",
            "어제는 많이 바빴습니다.; 어제는 바빴습니다.; FORMAL; PASS; *",
            "그때는 정말 몰랐습니다.; 그때는 몰랐습니다.; FORMAL; PASS; *",
            "어제 머리가 많이 아팠습니다.; 어제 머리가 아팠습니다.; FORMAL; PASS; *",
            // 으 before -(으)ㄹ까/-(으)ㄹ게요 after a two-syllable vowel stem ending in ㅏ (P13 meetup-05); 낫다 keeps it
            "내일 강남역 10번 출구에서 만나을까?; 내일 저녁 여섯 시에 강남역 10번 출구에서 만날까?; CASUAL; ending/eu_insertion; 만나을까→만날까",
            "내일 친구를 만나을게요.; 내일 친구를 만날게요.; POLITE; ending/eu_insertion; 만나을게요→만날게요",
            "감기가 다 나을 거예요.; 감기가 곧 나을 거예요.; POLITE; PASS; *",
            // the consonant form of a particle after a vowel (or 으로 after ㄹ) on a noun the learner adds (AK shopping-05)
            "이 사과을 만 오천 원에 주실 수 있어요?; 너무 비싸요. 만 오천 원에 주세요.|좀 깎아 주세요. 15,000원에 안 될까요?; POLITE; particle_allomorph/object; 사과을→사과를",
            "점심에 우유은 안 마셔요.; 점심에 커피는 안 마셔요.; POLITE; particle_allomorph/topic; 우유은→우유는",
            "어제 친구이 집에 왔어요.; 어제 동생이 집에 왔어요.; POLITE; particle_allomorph/subject; 친구이→친구가",
            "내일 지하철으로 갈 거예요.; 내일 버스로 갈 거예요.; POLITE; particle_allomorph/direction; 지하철으로→지하철로",
            // words that end in those letters of their own, and the ㅅ-irregular modifiers
            "가을에 제주도에 여행 가요.; 봄에 제주도에 여행 가요.; POLITE; PASS; *",
            "우리 마을은 정말 조용해요.; 우리 동네는 조용해요.; POLITE; PASS; *",
            "친구하고 사이가 좋아요.; 친구랑 사이가 좋아요.; POLITE; PASS; *",
            "이게 더 나은 방법이에요.; 이게 더 좋은 방법이에요.; POLITE; PASS; *",
            "이 집을 지은 사람이에요.; 이 집을 만든 사람이에요.; POLITE; PASS; *",
            // -(으)시- on the speaker's own -고 싶습니다 (AK university-05)
            "재학증명서를 받으시고 싶습니다. 시간이 얼마나 걸립니까?; 재학증명서를 발급받고 싶습니다. 얼마나 걸립니까?|재학증명서 한 장 떼어 주시겠습니까? 시간이 얼마나 걸립니까?; FORMAL; honorific/si_extra; 받으시고→받고",
            "통장을 만드시고 싶습니다.; 통장을 만들고 싶습니다.; FORMAL; honorific/si_extra; 만드시고→만들고",
            "서류를 신청하시고 싶습니다.; 서류를 신청하고 싶습니다.; FORMAL; honorific/si_extra; 신청하시고→신청하고",
            // the head verb of an accepted N받다 with the same ending is no ending error (AK university-03)
            "재학증명서을 받고 싶습니다. 얼마나 걸립니까?; 재학증명서를 발급받고 싶습니다. 얼마나 걸립니까?; FORMAL; NO ending; *",
            // 시 of the stem, and 모시다 of its own
            "시원한 물을 마시고 싶습니다.; 물을 마시고 싶습니다.; FORMAL; PASS; *",
            "부모님을 모시고 한국에 가고 싶습니다.; 부모님하고 한국에 가고 싶습니다.; FORMAL; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
