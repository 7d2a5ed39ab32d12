package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Particles a verb's frame requires, read on the learner's own words (session 33, helper s33c): the companion of a
 * verb of going, a job before 일하다, the new time of a verb that moves a thing in time, what a thing fits before 맞다
 * and the place before 기다리다 ({@link GovernedArguments}, data in {@code verb-frames.json} 'arguments'); 까지 before
 * the verbs of keeping as one frame, over an object, and the goal with 에서 after a numbering prefix or beside a limit in
 * time ({@link AcceptedRoles}). Wrong answers each mechanism catches, where the accepted answer does not say the
 * learner's extra noun, and correct look-alikes that must pass; sentences of my own, not from the development sets.
 */
class ArgumentFramesSession33Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // the companion of a verb of going
            "나는 어제 동생 제주도에 갔어.; 나는 어제 제주도에 갔어.; CASUAL; particle_missing/comitative; 동생→동생이랑",
            "저는 주말에 친구 공원에 갈 거예요.; 저는 주말에 공원에 갈 거예요.; POLITE; particle_missing/comitative; 친구→친구하고",
            "다음 달에 저는 언니 서울에 놀러 갈 거예요.; 다음 달에 서울에 놀러 갈 거예요.; POLITE; particle_missing/comitative; 언니→언니하고",
            "나는 친구 집에 갔어.; 나는 친구 집에 갔어.; CASUAL; PASS; *",
            "저는 동생 학교에 갔어요.; 저는 학교에 갔어요.; POLITE; NO particle_missing/comitative; *",
            "어제 친구 부산에 갔어.; 어제 친구가 부산에 갔어.; CASUAL; NO particle_missing/comitative; *",
            "엄마 한국에 오셨어요.; 엄마가 한국에 오셨어요.; POLITE; NO particle_missing/comitative; *",
            "나는 친구랑 바다에 갔어.; 나는 바다에 갔어.; CASUAL; NO particle_missing/comitative; *",
            // a job before 일하다
            "제 언니는 병원에서 의사 일해요.; 제 언니는 의사예요.; POLITE; particle_missing/capacity; 의사→의사로",
            "형은 호텔에서 요리사 일하고 있어요.; 형은 호텔 요리사예요.; POLITE; particle_missing/capacity; 요리사→요리사로",
            "저는 간호사로 일해요.; 저는 간호사예요.; POLITE; NO particle_missing/capacity; *",
            "저는 간호사 일을 해요.; 저는 간호사예요.; POLITE; NO particle_missing/capacity; *",
            "오빠는 은행에서 일해요.; 오빠는 은행에서 일해요.; POLITE; PASS; *",
            // the new time of a verb that moves a thing in time
            "회의를 네 시 미뤄도 될까요?; 회의 시간을 바꿔도 될까요?; POLITE; particle_missing/result; 시→시로",
            "약속을 7시 바꿔도 돼?; 약속 시간 바꿔도 돼?; CASUAL; particle_missing/result; 7시→7시로",
            "회의를 한 시간 늦춰도 될까요?; 회의를 한 시간 늦춰도 될까요?; POLITE; PASS; *",
            "예약을 7시로 바꿀 수 있어요?; 예약을 7시로 바꿀 수 있어요?; POLITE; PASS; *",
            // what a thing fits before 맞다
            "이 신발이 제 발을 안 맞아요.; 이 신발이 작아요.; POLITE; particle_wrong/object_for_location; 발을→발에",
            "이 뚜껑이 병을 잘 안 맞아요.; 뚜껑이 안 맞아요.; POLITE; particle_wrong/object_for_location; 병을→병에",
            "어제 주사를 맞았어요.; 어제 주사를 맞았어요.; POLITE; PASS; *",
            "비를 맞아서 추워요.; 비를 맞아서 추워요.; POLITE; PASS; *",
            "이 옷이 저한테 잘 맞아요.; 이 옷이 저한테 잘 맞아요.; POLITE; PASS; *",
            // the place before 기다리다
            "미안, 늦을 것 같아. 로비 좀 기다려 줘.; 미안, 늦을 것 같아.; CASUAL; particle_missing/action_place; 로비→로비에서",
            "정문 잠깐 기다려 주세요.; 조금만 기다려 주세요.; POLITE; particle_missing/action_place; 정문→정문에서",
            "버스 기다려요.; 버스 기다려요.; POLITE; PASS; *",
            "친구 기다리고 있어요.; 친구를 기다리고 있어요.; POLITE; NO particle_missing/action_place; *",
            "이 만두 전자레인지 좀 데워 주세요.; 이 만두 좀 데워 주세요.; POLITE; particle_missing/location; 전자레인지→전자레인지에",
            "이 만두 전자레인지에 데워 주세요.; 이 만두 좀 데워 주세요.; POLITE; NO particle_missing/location; *",
            // the place of a sport with 에
            "주말에 공원에서 배드민턴 쳤어요.; 주말에 공원에서 배드민턴 쳤어요.; POLITE; PASS; *",
            "어제 체육관에 농구하다가 손을 다쳤어요.; 어제 농구하다가 손을 다쳤어요.; POLITE; particle_wrong/location_for_action_place; 체육관에→체육관에서",
            "공원에 산책하러 갈래?; 공원에 산책하러 갈래?; CASUAL; PASS; *",
            // a place with 이/가 in the question of the way
            "실례합니다, 우체국이 어떻게 가요?; 실례합니다, 우체국에 가고 싶어요.; POLITE; particle_wrong/subject_for_goal; 우체국이→우체국에",
            "국립박물관이 어떻게 가야 돼요?; 국립박물관에 가고 싶어요.; POLITE; particle_wrong/subject_for_goal; 국립박물관이→국립박물관에",
            "이 버스가 어떻게 가요?; 이 버스가 어떻게 가요?; POLITE; PASS; *",
            "친구가 어떻게 가요?; 친구가 어떻게 가요?; POLITE; PASS; *",
            // 까지 with the verbs of keeping, the time before the object
            "저녁 6시 이 가방을 보관해 주실 수 있어요?; 저녁 6시까지 이 가방을 맡아 주실 수 있어요?; POLITE; particle_missing/until; 6시→6시까지",
            "2시 짐을 맡겨도 돼요?; 2시까지 짐을 보관해도 돼요?; POLITE; particle_missing/until; 2시→2시까지",
            "2시까지 짐을 맡겨도 돼요?; 2시까지 짐을 보관해도 돼요?; POLITE; PASS; *",
            // the goal with 에서: a numbering prefix, a limit in time elsewhere
            "김포공항 제2터미널에서 가 주세요.; 김포공항 제2터미널로 가 주세요.; POLITE; particle_wrong; 제2터미널에서→제2터미널로",
            "공항 김포 제2터미널에서 가 주세요.; 김포공항 제2터미널로 가 주세요.; POLITE; particle_wrong/action_place_for_goal; 제2터미널에서→제2터미널로",
            "8시 30분까지 교실에서 와야 돼.; 8시 30분까지 교실에 와.; CASUAL; particle_wrong; 교실에서→교실에",
            "내일 8시 30분까지 교실에서 와야 돼.; 시험 버스가 9시에 떠나니까 8시 30분까지 교실에 와야 돼.; CASUAL; particle_wrong/action_place_for_goal; 교실에서→교실에",
            "서울역에서 공항까지 가 주세요.; 공항까지 가 주세요.; POLITE; NO particle_wrong/action_place_for_goal; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @Test
    void everyRoleOfTheLexiconIsRead() {
        assertThat(GovernedArguments.sameFrame("맡기", "보관하")).isTrue();
        assertThat(GovernedArguments.sameFrame("맡기", "빌리")).isFalse();
        assertThat(GovernedArguments.keeping("맡")).isTrue();
    }
}
