package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tense, endings, honorific predicates and spelling on the learner's own words (session 28, helper s28d): 삽니다
 * read by its frame after a past time word ({@link TimeWords}), -는데/-는지 by the stem's class ({@link
 * Resynthesis#adjectiveNeunde}), 있다 of an addressed honoured person asked when ({@link HonorificWords}), 십어 and
 * 더 낳아 ({@link SpokenSpelling}), and 해요체 where the task names the casual style ({@link
 * SpeechLevels#asksCasualStyle}). Each has wrong answers it catches, with accepted answers worded apart from the
 * learner's so only the check on the learner's words can fail them, and correct look-alikes that must pass.
 */
class TenseEndingSession28Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // 삽니다 with an object after a past time word: 사다, whose past is 샀습니다
            "어제 백화점에서 가방을 삽니다.; 지난번에 가방 하나 샀어요.; FORMAL; tense; 삽니다→샀습니다",
            "작년에 이 책을 삽니다.; 이 책은 작년에 샀어요.; FORMAL; tense; 삽니다→샀습니다",
            "아까 편의점에서 우유를 삽니까?; 편의점에서 우유 샀어요?; FORMAL; tense; 삽니까→샀습니까",
            "지난주에 친구 선물을 삽니다.; 친구 선물은 지난주에 샀어요.; FORMAL; tense; 삽니다→샀습니다",
            // 살다 (no object), a since-phrase, a time of now, no past time word, the past itself
            "어제부터 이 호텔에 삽니다.; 어제부터 이 호텔에 삽니다.; FORMAL; PASS; *",
            "작년에 이사해서 지금 부산에 삽니다.; 작년에 이사해서 지금 부산에 삽니다.; FORMAL; PASS; *",
            "요즘 과일을 자주 삽니다.; 요즘 과일을 자주 삽니다.; FORMAL; PASS; *",
            "어제 이 셔츠를 샀습니다.; 어제 이 셔츠를 샀습니다.; FORMAL; PASS; *",
            "어제 산 가방을 환불하고 싶습니다.; 어제 산 가방을 환불하고 싶습니다.; FORMAL; PASS; *",
            // an arrangement already made, its event named by a time word of later
            "내일 저녁 7시에 두 명 예약해요. 시간을 바꾸고 싶어요.; 내일 저녁 일곱 시로 예약했는데 시간을 바꿀 수 있어요?; POLITE; tense/past; 예약해요→예약했어요",
            "다음 주 월요일에 진료 예약합니다. 취소하고 싶습니다.; 다음 주 월요일 진료를 예약했는데 취소하려고 합니다.; FORMAL; tense/past; 예약합니다→예약했습니다",
            "모레 요가 수업 신청해요. 취소할 수 있어요?; 모레 요가 수업을 신청했는데 취소돼요?; POLITE; tense/past; 신청해요→신청했어요",
            "이번 토요일에 받을 케이크 주문해요. 배달 시간 바꿔 주세요.; 토요일 케이크를 주문했는데 배달 시간을 바꾸고 싶어요.; POLITE; tense/past; 주문해요→주문했어요",
            // a plan to book, the past written
            "내일 3시에 예약해요.; 내일 세 시로 예약할게요.; POLITE; NO tense/past; *",
            "다음 주에 수업 신청해요.; 다음 주에 수업 신청할 거예요.; POLITE; NO tense/past; *",
            "내일 3시에 커트 예약했어요.; 내일 세 시에 커트 예약했는데요.; POLITE; NO tense/past; *",
            "내일 오후에 예약해요.; 내일 오후에 예약하려고 해요.; POLITE; NO tense/past; *",
            // -는데/-는지 on an adjective stem (싶다, 좋다) and -은데 on 있다/없다
            "창가 자리에 앉고 싶는데요.; 창가 쪽에 앉아도 돼요?; POLITE; ending/modifier_form; 싶는데요→싶은데요",
            "이거 환불하고 싶는데 가능해요?; 환불 받을 수 있어요?; POLITE; ending/modifier_form; 싶는데→싶은데",
            "뭐 먹고 싶는지 말해 주세요.; 먹고 싶은 음식을 알려 주세요.; POLITE; ending/modifier_form; 싶는지→싶은지",
            "이 식당 맛있은데 좀 비싸요.; 여기 음식은 맛있지만 가격이 높아요.; POLITE; ending/modifier_form; 맛있은데→맛있는데",
            "제가 하고 싶는 일은 요리예요.; 저는 요리사가 되고 싶어요.; POLITE; ending/modifier_form; 싶는→싶은",
            // the right forms, and -는데 on verbs
            "창가 자리에 앉고 싶은데요.; 창가 자리에 앉고 싶은데요.; POLITE; PASS; *",
            "지금 시간이 있는데요.; 지금 시간이 있는데요.; POLITE; PASS; *",
            "이 집 정말 맛있는데요.; 이 집 정말 맛있는데요.; POLITE; PASS; *",
            "비가 오는데 우산 있어요?; 비가 오는데 우산 있어요?; POLITE; PASS; *",
            "지금 가는데요.; 지금 가는데요.; POLITE; PASS; *",
            "뭐 먹고 싶은지 말해 주세요.; 뭐 먹고 싶은지 말해 주세요.; POLITE; PASS; *",
            "영화 재밌었는데 좀 슬펐어요.; 영화 재밌었는데 좀 슬펐어요.; POLITE; PASS; *",
            "내일은 비가 오겠는데요.; 내일은 비가 오겠는데요.; POLITE; PASS; *",
            "한국에 가고 싶었는데 못 갔어요.; 한국에 가고 싶었는데 못 갔어요.; POLITE; PASS; *",
            // 있다 of an addressed honoured person asked when: 계시다
            "교수님, 질문이 있습니다. 연구실에 언제 있습니까?; 교수님, 면담 시간이 언제입니까?; FORMAL; honorific; 있습니까→계십니까",
            "선생님, 내일 학교에 언제 있어요?; 선생님, 내일 시간 괜찮으세요?; POLITE; honorific; 있어요→계세요",
            "사장님, 사무실에 몇 시에 있어요?; 사장님, 몇 시에 오세요?; POLITE; honorific; 있어요→계세요",
            "할머니, 집에 언제까지 있어요?; 할머니, 언제 가세요?; POLITE; honorific; 있어요→계세요",
            // 계시다 itself; a thing as the subject; the listener's time asked
            "교수님, 연구실에 언제 계십니까?; 교수님, 연구실에 언제 계십니까?; FORMAL; PASS; *",
            "선생님, 시험이 언제 있어요?; 선생님, 시험이 언제 있어요?; POLITE; PASS; *",
            "교수님, 수업은 언제 있습니까?; 교수님, 수업은 언제 있습니까?; FORMAL; PASS; *",
            "사장님, 회의가 몇 시에 있어요?; 사장님, 회의가 몇 시에 있어요?; POLITE; PASS; *",
            "선생님, 언제 시간 있으세요?; 선생님, 언제 시간 있으세요?; POLITE; PASS; *",
            // 십어 for 싶어
            "회원 등록하고 십어요.; 회원 가입을 하려고 해요.; POLITE; spelling/letters; 십어요→싶어요",
            "한국에 가고 십었어요.; 한국 여행이 꿈이었어요.; POLITE; spelling/letters; 십었어요→싶었어요",
            "비빔밥을 먹고 십습니다.; 비빔밥 주문할게요.; FORMAL; spelling/letters; 십습니다→싶습니다",
            "영화 보고 십어.; 영화 볼래?; CASUAL; spelling/letters; 십어→싶어",
            // the numeral 십
            "십 분 걸려요.; 십 분 걸려요.; POLITE; PASS; *",
            "사과 십 개 주세요.; 사과 십 개 주세요.; POLITE; PASS; *",
            "십이월에 가요.; 십이월에 가요.; POLITE; PASS; *",
            "십오 일에 와요.; 십오 일에 와요.; POLITE; PASS; *",
            // 낳- after an adverb of comparison, for 낫다
            "이게 더 낳아?; 어느 게 좋아?; CASUAL; spelling/letters; 낳아→나아",
            "이 방이 훨씬 낳아요.; 이 방이 더 좋아요.; POLITE; spelling/letters; 낳아요→나아요",
            "어느 쪽이 더 낳을까요?; 뭐가 좋을까요?; POLITE; spelling/letters; 낳을까요→나을까요",
            "버스가 더 낳습니다.; 버스를 타는 게 좋습니다.; FORMAL; spelling/letters; 낳습니다→낫습니다",
            // 낳다 with its object, 낫다 written right
            "언니가 아기를 낳았어요.; 언니가 아기를 낳았어요.; POLITE; PASS; *",
            "고양이가 새끼를 더 낳았어요.; 고양이가 새끼를 더 낳았어요.; POLITE; PASS; *",
            "이게 더 나아요.; 이게 더 나아요.; POLITE; PASS; *",
            "감기가 다 나았어요.; 감기가 다 나았어요.; POLITE; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // the task names the casual style: 해요체 is the wrong level even where the whole answer keeps it
            "주말에 뭐 해요?; 이번 주말에 뭐 할 거야?; Ask your friend in casual speech what they are doing this weekend.; 해요→해",
            "생일 축하해요!; 생일 축하해! 오늘 재밌게 보내.; Send your close friend a casual birthday message.; 축하해요→축하해",
            "내일 같이 영화 봐요.; 내일 영화 보러 갈래?; Casually suggest to your friend that you watch a movie tomorrow.; 봐요→봐",
            "고마워요. 정말 맛있어요.; 고마워! 진짜 맛있다.; Thank your roommate in 반말 for the food.; 고마워요→고마워",
            // no style named, a casual place, an activity that accepts 해요체, the answer in 반말
            "주말에 뭐 해요?; 이번 주말에 뭐 할 거야?; Ask your close friend what they are doing this weekend.; PASS",
            "주말에 뭐 해요?; 이번 주말에 뭐 할 거야?; At a casual restaurant, ask your friend what they are doing this weekend.; PASS",
            "어디 가요?; 어디 가요?|어디 가?; Casually ask your younger coworker where she is going.; PASS",
            "주말에 뭐 해?; 이번 주말에 뭐 할 거야?; Ask your friend in casual speech what they are doing this weekend.; PASS",
    })
    void casualTask(String answer, String accepted, String context, String expected) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.CASUAL, context);
        if (expected.equals("PASS")) {
            assertThat(e.errors()).as(answer + ": " + e.errors())
                    .noneMatch(x -> "honorific/speech_level".equals(x.subtype()));
            return;
        }
        assertThat(e.passed()).as(answer + ": " + e.errors()).isFalse();
        assertThat(e.errors()).as(answer + ": " + e.errors()).anyMatch(x -> "honorific/speech_level".equals(x.subtype())
                && expected.equals(x.original() + "→" + x.correction()));
    }
}
