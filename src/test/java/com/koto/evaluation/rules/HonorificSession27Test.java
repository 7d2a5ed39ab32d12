package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Honorifics and register of session 27 (helper s27d), read on the learner's own words: a superior's title without 님
 * ({@link HonorificTitles#bareTitles}), 미안하다 where the task's apology is 죄송하다 ({@link HonorificWords}), -(으)시- on
 * the speaker's own past act with its subject left out ({@link UnhonouredSubjects}), -자요 named as the malformed ending
 * it is ({@link SpeechLevels}), and a place as topic before the question where it is, which passes
 * ({@link WordingChoices#placeAskedAbout}). Each class has wrong answers it catches and correct look-alikes that pass;
 * the rows are written for this session, not taken from the development sets.
 */
class HonorificSession27Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // a superior's title without 님: a vocative, or a subject, topic or dative the accepted answers honour
            "과장, 서류를 다 준비했습니다.; 과장님, 서류 준비가 끝났습니다.; FORMAL; honorific; 과장→과장님",
            "교수, 내일 면담이 가능합니까?; 교수님, 내일 찾아뵈어도 되겠습니까?; FORMAL; honorific; 교수→교수님",
            "원장, 오늘 예약 손님이 많아요.; 원장님, 오늘 예약이 꽉 찼어요.; POLITE; honorific; 원장→원장님",
            "이 실장, 회의실 준비됐습니다.; 실장님, 회의실 준비 다 됐습니다.; FORMAL; honorific; 이 실장→이 실장님",
            "팀장이 지금 자리에 안 계십니다.; 팀장님께서는 지금 자리에 안 계십니다.; FORMAL; honorific; *",
            // 님 in place, the title as a common noun, a complement of 되다, the speaker's own title, a casual task
            "과장님, 서류를 다 준비했습니다.; 과장님, 서류 준비가 끝났습니다.; FORMAL; NO honorific; *",
            "부장 회의는 세 시에 시작합니다.; 세 시에 부장 회의가 있습니다.; FORMAL; NO honorific; *",
            "저는 나중에 팀장이 되고 싶어요.; 언젠가 팀장이 되고 싶어요.; POLITE; NO honorific; *",
            "제가 이 가게 점장입니다.; 저는 이 가게의 점장입니다.; FORMAL; NO honorific; *",
            "선생님, 숙제 여기 있어요.; 선생님, 숙제 가져왔어요.; POLITE; NO honorific; *",
            // 미안하다 where the accepted answers apologise with 죄송하다, to a superior or in a formal task
            "회의에 늦어서 미안합니다.; 회의에 늦어서 정말 죄송합니다.; FORMAL; honorific/apology; 미안합니다→죄송합니다",
            "선생님, 숙제를 못 해서 미안해요.; 선생님, 숙제를 못 해 와서 죄송해요.; POLITE; honorific/apology; 미안해요→죄송해요",
            "사장님, 미안하지만 내일 쉬어도 될까요?; 사장님, 죄송하지만 내일 하루 쉬어도 될까요?; POLITE; honorific/apology; 미안하지만→죄송하지만",
            "할머니, 전화 못 드려서 미안했어요.; 할머니, 연락 못 드려서 죄송했어요.; POLITE; honorific/apology; 미안했어요→죄송했어요",
            // 미안해 to a friend, an accepted 미안하다, a polite task to an equal, 죄송합니다 itself
            "늦어서 미안해.; 늦어서 진짜 미안해.; CASUAL; NO honorific; *",
            "미안해요, 제가 잘못 봤어요.; 미안해요. 제가 잘못 봤네요.; POLITE; NO honorific; *",
            "자리 바꿔서 미안합니다.; 자리를 바꿔서 죄송합니다.; POLITE; NO honorific; *",
            "회의에 늦어서 죄송합니다.; 회의에 늦어서 정말 죄송합니다.; FORMAL; NO honorific; *",
            // -(으)시- on the speaker's own past act, its subject left out
            "어제 전화하셨는데요, 아직 연락이 없어요.; 어제 전화했는데 아직 답이 없어요.; POLITE; honorific/si_extra; 전화하셨는데요→전화했는데요",
            "지난주에 이 신발을 사셨어요. 교환하고 싶어요.; 지난주에 이 신발 샀어요. 교환해 주세요.; POLITE; honorific/si_extra; 사셨어요→샀어요",
            "제가 어제 방을 예약하셨는데요, 확인해 주세요.; 어제 방을 예약했는데 확인 좀 해 주세요.; POLITE; honorific/si_extra; 예약하셨는데요→예약했는데요",
            "오늘 처음 오셨는데요, 어디로 가요?; 오늘 처음 왔는데 어디로 가면 돼요?; POLITE; honorific/si_extra; 오셨는데요→왔는데요",
            // a question to the listener, a person named, a request of the listener, the verb raised by the task
            "오늘 처음 오셨어요?; 오늘 처음 오셨어요?|처음 오셨나요?; POLITE; NO honorific/si_extra; *",
            "어머니가 어제 오셨는데요, 벌써 가셨어요.; 어머니가 어제 오셨다가 벌써 가셨어요.; POLITE; NO honorific/si_extra; *",
            "오셔서 한번 봐 주실 수 있을까요?; 와서 한번 봐 주실 수 있을까요?; POLITE; NO honorific/si_extra; *",
            "어제 전화했는데요, 아직 연락이 없어요.; 어제 전화했는데 아직 답이 없어요.; POLITE; PASS; *",
            "언제 도착하셨어요?; 언제 도착하셨어요?; POLITE; NO honorific/si_extra; *",
            // -자요: the malformed ending, not a speech level
            "주말에 같이 영화 보자요.; 주말에 영화 보러 갈래?; CASUAL; ending/ja_yo; 보자요→보자",
            "이번 주말에 시간 있어. 공원에서 같이 놀자요!; 주말에 공원 가서 같이 놀래?; CASUAL; ending/ja_yo; 놀자요→놀자",
            "내일 도서관에서 공부하자요.; 내일 도서관 가서 같이 공부하자.; CASUAL; ending/ja_yo; 공부하자요→공부하자",
            "같이 걷자요.; 우리 좀 걷자.; CASUAL; ending/ja_yo; 걷자요→걷자",
            // -자 to a friend, 해요 where the task is casual (a level), a noun in 자 with 요
            "주말에 같이 영화 보자.; 주말에 영화 보러 갈래?; CASUAL; NO ending/ja_yo; *",
            "우리 같이 가요.; 같이 가자.; CASUAL; NO ending/ja_yo; *",
            "그 사람 남자요.; 그 사람은 남자예요.; POLITE; NO ending/ja_yo; *",
            "빨리 가자!; 빨리 가자!; CASUAL; PASS; *",
            // a place as topic before the question where it is: correct
            "제일 가까운 약국은 어느 쪽이에요?; 가까운 약국이 어디에 있어요?; POLITE; NO particle_wrong; *",
            "여기서 화장실은 어디예요?; 화장실이 어디에 있어요?; POLITE; NO particle_wrong; *",
            "매표소는 어디에 있어요?; 매표소가 어디 있어요?; POLITE; NO particle_wrong; *",
            "출구는 어느 방향이에요?; 출구가 어디예요?; POLITE; NO particle_wrong; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} in ''{3}'': {4}")
    @CsvSource(delimiter = ';', value = {
            // the activity names a superior: 미안해요 to them fails, 미안해요 to a classmate passes
            "미안해요, 보고서가 늦었어요.; 죄송해요. 보고서가 늦어졌어요.; POLITE; Apologise to your boss that the report is late.; honorific/apology",
            "늦게 와서 미안해요.; 늦게 와서 죄송해요.; POLITE; You are late for your class. Apologise to the teacher.; honorific/apology",
            "늦게 와서 미안해요.; 늦게 와서 미안해요.|늦어서 미안해요.; POLITE; Apologise to your classmate for being late.; PASS",
            "미안해요, 길을 잘 몰라요.; 죄송해요, 길을 잘 몰라요.; POLITE; A stranger asks you the way and you do not know it.; PASS",
    })
    void inContext(String answer, String accepted, String register, String context, String expected) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.valueOf(register), context);
        if (expected.equals("PASS")) {
            assertThat(e.passed()).as(answer + ": " + e.errors()).isTrue();
        } else {
            assertThat(e.errors()).as(answer + ": " + e.errors()).anyMatch(x -> expected.equals(x.subtype()));
        }
    }
}
