package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wrong answers that passed, as classes (session 24, s24b), each with correct look-alikes that must still pass:
 * {@link NegativeIndefinites} (아무것 못 먹었습니다 → 아무것도), a person with 에 before 통화하다 or a verb of telling
 * ({@link PersonParticles}: 부장님에 통화할 → 부장님과), another amount counted in 만 ({@link Numerals#otherMyriad}: 오만
 * for 50만), non-standard spellings ({@link SpokenSpelling#NON_STANDARD}: 깍아, 같애요), and the tense correction on
 * the learner's own verb ({@link SpanChoices}: 보냅니다 → 보냈습니다, not 보내 드렸습니다).
 */
class RecallClassesSession24Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // 1. 아무것 / 아무 데 before a negated predicate need 도
            "어제부터 배가 아파서 아무것 못 먹었습니다.; 어제부터 배가 아파서 아무것도 못 먹었습니다.|어제부터 배가 아픕니다. 그래서 아무것도 먹지 못했습니다.; FORMAL; particle_missing/negative_do; 아무것→아무것도",
            "오늘은 아무것을 안 샀어요.; 오늘은 아무것도 안 샀어요.; POLITE; particle_wrong/case_for_do; 아무것을→아무것도",
            "주말에 아무 데 안 가요.; 주말에 아무 데도 안 가요.; POLITE; particle_missing/negative_do; 아무 데→아무 데도",
            "아무것 없어요.; 아무것도 없어요.; POLITE; particle_missing/negative_do; 아무것→아무것도",
            "저는 아무것 먹고 싶지 않아요.; 저는 아무것도 먹고 싶지 않아요.; POLITE; particle_missing/negative_do; 아무것→아무것도",
            // look-alikes: 아무거나 / 아무것이나 (any at all), a conditional's 안 되다, 아무것도 itself
            "아무거나 괜찮아요.; 아무거나 다 좋아요.; POLITE; NO particle_missing/negative_do; *",
            "아무거나 사면 안 돼요.; 아무거나 사면 안 돼요.; POLITE; PASS; *",
            "아무것이나 먹어도 돼요.; 아무거나 먹어도 돼요.; POLITE; NO particle_missing/negative_do; *",
            "아무것도 몰라요.; 아무것도 모르겠어요.; POLITE; NO particle_missing/negative_do; *",
            "아무 데나 앉으세요.; 아무 데나 앉으세요.; POLITE; PASS; *",
            // 2. a person with 에 before 통화하다 (과/와) or a verb of calling, telling, asking (에게/께/한테)
            "김 부장님에 통화할 수 있습니까?; 안녕하십니까. 김 부장님과 통화할 수 있습니까?|김 부장님 좀 바꿔 주시겠습니까?; FORMAL; particle_wrong/location_for_comitative; 부장님에→부장님과",
            "친구에 전화했어요.; 친구한테 전화했어요.; POLITE; particle_wrong/location_for_dative; 친구에→친구한테",
            "선생님에 물어볼게요.; 선생님께 물어볼게요.; POLITE; particle_wrong/location_for_honorific_dative; 선생님에→선생님께",
            // look-alikes: a place, a postposition verb (대해, 따르면, 비해), 에게 itself
            "회사에 전화했어요.; 사무실에 전화했어요.; POLITE; NO particle_wrong/location_for_dative; *",
            "선생님에 대해 이야기했어요.; 선생님에 대해서 얘기했어요.; POLITE; NO particle_wrong/location_for; *",
            "부장님에 따르면 회의가 취소됐어요.; 부장님 말씀에 따르면 회의가 취소됐어요.; POLITE; NO particle_wrong/location_for; *",
            "동생에 비해 키가 커요.; 동생보다 키가 커요.; POLITE; NO particle_wrong/location_for; *",
            "친구에게 전화했어요.; 친구한테 전화했어요.; POLITE; PASS; *",
            "친구네에 전화했어요.; 친구 집에 전화했어요.; POLITE; NO particle_wrong/location_for; *",
            "민수 씨에 연락했어요.; 민수 씨한테 연락했어요.; POLITE; particle_wrong/location_for_dative; 민수 씨에→민수 씨한테",
            // 4. another amount counted in 만: 오만 (50,000) for 50만 (500,000)
            "대학교 근처에 월세 오만 원 이하 원룸을 찾고 있어요.; 학교 근처에 월세 50만 원 이하 원룸을 찾고 있어요.|대학교 근처에서 한 달에 50만 원 이하인 원룸 있어요?; POLITE; vocabulary/word; 오만→오십만",
            "대학교 근처에 월세 5만 원 이하 원룸을 찾고 있어요.; 학교 근처에 월세 50만 원 이하 원룸을 찾고 있어요.|대학교 근처에서 한 달에 50만 원 이하인 원룸 있어요?; POLITE; vocabulary/other_number; 5만→50만",
            // look-alikes: the same amount in letters or digits
            "대학교 근처에 월세 오십만 원 이하 원룸을 찾고 있어요.; 학교 근처에 월세 50만 원 이하 원룸을 찾고 있어요.|대학교 근처에서 한 달에 50만 원 이하인 원룸 있어요?; POLITE; PASS; *",
            "이만 원짜리 있어요?; 2만 원짜리 있어요?; POLITE; PASS; *",
            "이 원룸은 월세가 얼마예요?; 그 원룸은 월세가 얼마예요?; POLITE; PASS; *",
            // 3. non-standard spellings, whatever the accepted answer says
            "언제 입주할 수 있습니까? 그리고 보증금을 좀 깍아 주실 수 있습니까?; 언제 입주할 수 있습니까? 그리고 보증금을 좀 낮춰 주실 수 있습니까?|언제부터 들어갈 수 있습니까? 보증금을 조금 깎아 주실 수 있겠습니까?; FORMAL; spelling/letters; 깍아→깎아",
            "3시에 예약했는데 늦을 거 같애요.; 3시에 예약했는데 10분쯤 늦을 것 같아요.|세 시 예약인데요, 십 분 정도 늦을 거예요.; POLITE; spelling/letters; 같애요→같아요",
            "비가 올 거 같애.; 비가 올 것 같아.; CASUAL; spelling/letters; 같애→같아",
            "이거 좀 깍아 줄 수 있어요?; 조금 싸게 해 주실 수 있어요?; POLITE; spelling/letters; 깍아→깎아",
            // look-alikes: 깍두기 (a word of its own), 같아요
            "김치랑 깍두기 주세요.; 김치하고 깍두기 주세요.; POLITE; PASS; *",
            "내일 비가 올 거 같아요.; 내일 비가 올 것 같아요.; POLITE; PASS; *",
            // 5. the tense correction on the learner's own verb
            "팀장님, 보고서를 다 작성해서 이메일로 보냅니다.; 팀장님, 보고서를 다 작성해서 이메일로 보내 드렸습니다.|팀장님, 보고서 끝내고 메일로 보냈습니다.; FORMAL; tense/past; 보냅니다→보냈습니다",
            "수업 끝나고 도서관에서 공부했어. 같이 갈래?; 수업 끝나고 도서관에서 공부할 거야. 같이 갈래?|나 수업 끝나면 도서관 가서 공부하려고. 너도 올래?; CASUAL; tense/future; 공부했어→공부할 거야",
            "내일 친구를 만났어요.; 내일 친구를 만날 거예요.; POLITE; tense/future; 만났어요→만날 거예요",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
