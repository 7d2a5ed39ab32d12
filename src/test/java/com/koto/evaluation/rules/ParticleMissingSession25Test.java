package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Particles speech does not drop, left out (session 25, helper s25e; {@link BareRoles}): the recipient and the place a
 * thing is put, bare before the object; the place of an action, and what a thing is changed into, bare before the verb.
 * Beside them the look-alikes that keep passing: 을/를 and 이/가 dropped, the goal's 에 dropped before a verb of
 * going (집 가요), times, and nouns an accepted answer writes bare.
 */
class ParticleMissingSession25Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // the recipient bare before the object of a verb of giving or sending
            "내일 아침까지 거래처 보고서를 보내겠습니다.; 내일 아침까지 거래처에 보고서를 보내겠습니다.|보고서는 내일 오전까지 거래처에 보내 드리겠습니다.; FORMAL; particle_missing/dative; 거래처→거래처에",
            "오늘 오후에 고객 자료를 보내 드리겠습니다.; 오늘 고객에게 자료를 보내겠습니다.; FORMAL; particle_missing/dative; 고객→고객에게",
            "그저께 동생 책을 줬어요.; 어제 동생한테 책을 줬어요.; POLITE; particle_missing/dative; 동생→동생한테",
            "오늘 오후에 선생님 숙제를 드리겠습니다.; 내일 선생님께 숙제를 드리겠습니다.; FORMAL; particle_missing/honorific_dative; 선생님→선생님께",
            // the place a thing is put, bare before its object
            "어제 제 방 우산을 두고 왔는데 혹시 찾으셨어요?; 어제 507호에 우산을 두고 왔는데 혹시 찾으셨어요?|507호에 묵었던 사람인데요, 방에 우산을 놓고 왔어요. 혹시 있어요?; POLITE; particle_missing/location; 방→방에",
            "가방 책을 넣었어요.; 가방에 책을 넣었어요.; POLITE; particle_missing/location; 가방→가방에",
            // the place of an action, bare before its verb
            "안녕하십니까. 저는 리나입니다. 마케팅팀 일하게 되었습니다.; 안녕하십니까. 저는 리나라고 합니다. 마케팅팀에서 일하게 되었습니다.; FORMAL; particle_missing/action_place; 마케팅팀→마케팅팀에서",
            "선생님, 내일 오후 2시에 학교 근처 카페 만날까요?; 선생님, 내일 오후 2시에 학교 앞 카페에서 만날까요?|내일 두 시에 학교 근처 카페에서 뵐까요?; POLITE; particle_missing/action_place; 카페→카페에서",
            "이번 토요일에 큰 공원 만나자.; 토요일에 공원에서 만나자.; CASUAL; particle_missing/action_place; 공원→공원에서",
            // what a thing is changed into, bare before the verb of changing, its object written
            "금요일 표를 토요일 바꿀 수 있습니까?; 금요일 표를 토요일 표로 바꿀 수 있습니까?|이 금요일 공연 표를 토요일 공연으로 교환할 수 있습니까?; FORMAL; particle_missing/result; 토요일→토요일로",
            "이 빨간색 셔츠를 파란색 교환하고 싶습니다.; 이 셔츠를 파란색으로 교환하고 싶습니다.; FORMAL; particle_missing; 파란색→파란색으로",
            "이 돈을 다 달러 바꾸고 싶어요.; 이 돈을 달러로 바꾸고 싶어요.; POLITE; particle_missing; 달러→달러로",
            // a time the accepted answer does not change into: when, not what into
            "표를 지금 바꿀 수 있어요?; 표를 지금 바꿀 수 있어요?|표를 토요일 표로 바꿀 수 있어요?; POLITE; PASS; *",
            "이 표를 내일 바꿀 수 있어요?; 표를 내일 바꿀 수 있어요?|표를 토요일 표로 바꿀 수 있어요?; POLITE; PASS; *",
            // the object or subject dropped, the recipient written: speech drops 을/를 and 이/가
            "내일 아침까지 거래처에 보고서 보내겠습니다.; 내일 아침까지 거래처에 보고서를 보내겠습니다.; FORMAL; PASS; *",
            "어제 동생한테 책 줬어요.; 어제 동생한테 책을 줬어요.; POLITE; PASS; *",
            "제 방에 우산 두고 왔어요.; 제 방에 우산을 두고 왔어요.; POLITE; PASS; *",
            "카페에서 친구 만날까요?; 카페에서 친구를 만날까요?; POLITE; PASS; *",
            "나 커피 마셔.; 나는 커피를 마셔.; CASUAL; PASS; *",
            // the goal's 에 before a verb of going drops
            "집 가요.; 집에 가요.; POLITE; PASS; *",
            "학교 가요.; 학교에 가요.; POLITE; PASS; *",
            "내일 회사 가.; 내일 회사에 가.; CASUAL; PASS; *",
            // a time's 에 drops
            "내일 아침 보고서를 보내겠습니다.; 내일 아침에 보고서를 보내겠습니다.; FORMAL; PASS; *",
            "3시 만나요.; 3시에 만나요.; POLITE; PASS; *",
            // a noun an accepted answer writes bare before the same object: one noun phrase
            "회사 보고서를 보내겠습니다.; 회사 보고서를 보내겠습니다.|거래처에 회사 보고서를 보내겠습니다.; FORMAL; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
