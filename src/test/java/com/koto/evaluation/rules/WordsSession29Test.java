package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words, spellings, -시-, tense and spacing that fresh set AN's writers corrected and the rules missed (session 29, helper
 * s29e), each as a class: confusable pairs of {@code confusables.json} (환전/교환 of money, 머리카락/머리 of a strand, 못
 * after N 때문에), a sibling of the other age than the task names ({@link SiblingAges}), a machine that does not
 * 일하다 ({@link PredicateSenses}), the intransitive member of a voice pair before 주다 or after an object ({@link
 * VoiceSlips}), loanword spellings ({@link SpokenSpelling}: 달라 after an amount, 싸이즈, 뻐스), -(으)시- on the
 * speaker's act carried to the next sentence ({@link SpeechLevels}), 고장 나요 for a breakdown ({@link StateTense}),
 * dictionary compounds and the copula's linking forms written apart ({@link Spacing}), 어제에서 for 어제부터, and the
 * spans of 안 + verb and 무슨 시간에 ({@link LearnerSpans}). Each class has wrong answers it catches, worded apart from
 * the set's items, and correct look-alikes that must pass.
 */
class WordsSession29Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // 교환 for 환전 with money named
            "엔화를 원화로 교환하고 싶어요.; 엔화를 원화로 환전하고 싶어요.; POLITE; vocabulary/confusable; 교환하고→환전하고",
            "달러 좀 교환해 주세요.; 달러 좀 환전해 주세요.; POLITE; vocabulary/confusable; 교환해→환전해",
            "공항에서 돈을 교환할 수 있어요?; 공항에서 돈을 환전할 수 있어요?; POLITE; vocabulary/confusable; 교환할→환전할",
            "유로를 교환하려고 왔어요.; 유로를 환전하려고 왔어요.; POLITE; vocabulary/confusable; 교환하려고→환전하려고",
            // 교환 of goods, 환전 itself, money changed with 바꾸다
            "이 셔츠 교환하고 싶어요.; 이 셔츠 교환하고 싶어요.; POLITE; PASS; *",
            "사이즈가 안 맞아서 교환해 주세요.; 사이즈가 안 맞아서 교환해 주세요.; POLITE; PASS; *",
            "달러를 원화로 환전하고 싶어요.; 달러를 원화로 환전하고 싶어요.; POLITE; PASS; *",
            "이 신발을 다른 색으로 교환할 수 있어요?; 이 신발을 다른 색으로 교환할 수 있어요?; POLITE; PASS; *",
            // 머리 for a strand of hair in food or bedding
            "찌개에 머리가 있어요.; 찌개에 머리카락이 있어요.; POLITE; vocabulary/confusable; 머리가→머리카락이",
            "침대에 머리가 많아요.; 침대에 머리카락이 많아요.; POLITE; vocabulary/confusable; 머리가→머리카락이",
            "수프에 머리가 들어 있어요.; 수프에 머리카락이 들어 있어요.; POLITE; vocabulary/confusable; 머리가→머리카락이",
            "라면에 머리가 있어요. 새로 주세요.; 라면에 머리카락이 있어요. 새로 주세요.; POLITE; vocabulary/confusable; 머리가→머리카락이",
            // 머리 of the head or the hair as a whole
            "머리가 아파요.; 머리가 아파요.; POLITE; PASS; *",
            "머리를 짧게 잘라 주세요.; 머리를 짧게 잘라 주세요.; POLITE; PASS; *",
            "국에 머리카락이 있어요.; 국에 머리카락이 있어요.; POLITE; PASS; *",
            "머리가 너무 길어요.; 머리카락이 너무 길어요.; POLITE; PASS; *",
            "미용실에서 머리를 잘라 주세요.; 미용실에서 머리카락을 잘라 주세요.; POLITE; PASS; *",
            // 안 after N 때문에 where the accepted answer says 못
            "비 때문에 축구를 안 했어요.; 비 때문에 축구를 못 했어요.; POLITE; vocabulary/confusable; 안→못",
            "시험 때문에 모임에 안 가요.; 시험 때문에 모임에 못 가요.; POLITE; vocabulary/confusable; 안→못",
            "감기 때문에 회사에 안 갔어요.; 감기 때문에 회사에 못 갔어요.; POLITE; vocabulary/confusable; 안→못",
            "야근 때문에 저녁을 안 먹었어.; 야근 때문에 저녁을 못 먹었어.; CASUAL; vocabulary/confusable; 안→못",
            // 안 where the accepted answer says 안 (a choice), 못 itself
            "비싸기 때문에 안 사요.; 비싸기 때문에 안 사요.; POLITE; PASS; *",
            "다이어트 때문에 빵을 안 먹어요.; 다이어트 때문에 빵을 안 먹어요.; POLITE; PASS; *",
            "비 때문에 축구를 못 했어요.; 비 때문에 축구를 못 했어요.; POLITE; PASS; *",
            "일 때문에 못 가요.; 일 때문에 못 가요.; POLITE; PASS; *",
            // a machine that does not 일하다
            "세탁기가 일 안 해요.; 세탁기가 작동하지 않아요.|세탁기가 안 돼요.; POLITE; vocabulary/predicate_sense; 일→작동",
            "냉장고가 일을 안 해요.; 냉장고가 작동을 안 해요.; POLITE; vocabulary/predicate_sense; 일을→작동을",
            "프린터가 일하지 않아요.; 프린터가 작동하지 않아요.; POLITE; vocabulary/predicate_sense; 일하지→작동하지",
            "엘리베이터가 일 안 해요.; 엘리베이터가 고장 났어요.; POLITE; vocabulary/predicate_sense; 일→작동",
            // people work, a machine runs
            "동생이 일 안 해요.; 동생이 일 안 해요.; POLITE; PASS; *",
            "세탁기가 작동을 안 해요.; 세탁기가 작동하지 않아요.; POLITE; PASS; *",
            "저는 오늘 일 안 해요.; 저는 오늘 일 안 해요.; POLITE; PASS; *",
            "에어컨이 안 돼요.; 에어컨이 작동하지 않아요.; POLITE; PASS; *",
    })
    void words(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // the intransitive member before 주다: the listener's act
            "창문 좀 열려 주세요.; 창문 좀 열어 주세요.; POLITE; vocabulary/voice; 열려→열어",
            "채널 좀 바뀌어 주세요.; 채널 좀 돌려 주세요.; POLITE; vocabulary/voice; 바뀌어→바꿔",
            "문 좀 닫혀 주시겠어요?; 문 좀 닫아 주시겠어요?; POLITE; vocabulary/voice; 닫혀→닫아",
            "불 좀 켜져 줘.; 불 좀 켜 줘.; CASUAL; vocabulary/voice; 켜져→켜",
            // an object in 을/를 right before the intransitive past
            "숙제를 벌써 끝났어요.; 숙제를 벌써 끝냈어요.; POLITE; vocabulary/voice; 끝났어요→끝냈어요",
            "비밀번호를 바뀌었어요.; 비밀번호를 바꿨어요.; POLITE; vocabulary/voice; 바뀌었어요→바꿨어요",
            "제가 창문을 열렸어요.; 제가 창문을 열었어요.; POLITE; vocabulary/voice; 열렸어요→열었어요",
            "발표 준비를 다 끝났습니다.; 발표 준비를 다 마쳤습니다.; FORMAL; vocabulary/voice; 끝났습니다→끝냈습니다",
            // the intransitive with its subject, the transitive with its object, 떨어져 주세요 'keep away'
            "수업이 끝났어요.; 수업이 끝났어요.; POLITE; PASS; *",
            "문이 열렸어요.; 문이 열렸어요.; POLITE; PASS; *",
            "비밀번호가 바뀌었어요.; 비밀번호가 바뀌었어요.; POLITE; PASS; *",
            "창문 좀 열어 주세요.; 창문 좀 열어 주세요.; POLITE; PASS; *",
            "숙제를 다 끝냈어요.; 숙제를 다 끝냈어요.; POLITE; PASS; *",
            "회의가 다 끝났습니다.; 회의가 다 끝났습니다.; FORMAL; PASS; *",
            // the accepted answer writes the intransitive form itself: the object particle is the slip (session 29, lead)
            "핸드폰 화면을 깨졌어요.; 핸드폰 화면이 깨졌어요.; POLITE; NO vocabulary/voice; *",
            "수업을 끝났어요.; 수업이 끝났어요.; POLITE; NO vocabulary/voice; *",
            // -(으)시- on the speaker's act in the next sentence, after 그리고/그래서
            "저는 표를 샀어요. 그리고 친구한테 보내셨어요.; 저는 표를 사서 친구한테 보냈어요.; POLITE; honorific/si_extra; 보내셨어요→보냈어요",
            "저는 숙제를 끝냈습니다. 그래서 일찍 주무셨습니다.; 저는 숙제를 끝내고 일찍 잤습니다.; FORMAL; honorific/si_extra; *",
            "제가 회의실을 예약했어요. 그리고 자료도 준비하셨어요.; 제가 회의실을 예약하고 자료도 준비했어요.; POLITE; honorific/si_extra; 준비하셨어요→준비했어요",
            "저는 어제 공항에 갔어요. 그리고 부모님을 기다리셨어요.; 저는 어제 공항에 가서 부모님을 기다렸어요.; POLITE; honorific/si_extra; 기다리셨어요→기다렸어요",
            // the honoured person's act, a question or request to the listener, a verb stem in 시 (마셨어요)
            "저는 다 했어요. 그리고 선생님이 확인하셨어요.; 저는 다 했어요. 그리고 선생님이 확인하셨어요.; POLITE; PASS; *",
            "저는 커피를 마셨어요. 그리고 빵도 먹었어요.; 저는 커피를 마셨어요. 그리고 빵도 먹었어요.; POLITE; PASS; *",
            "저는 보고서를 보냈습니다. 그리고 확인해 주세요.; 저는 보고서를 보냈습니다. 그리고 확인해 주세요.; FORMAL; PASS; *",
            "저는 파일을 보냈어요. 그리고 받으셨어요?; 저는 파일을 보냈어요. 받으셨어요?; POLITE; PASS; *",
            // 고장 나요 for a breakdown reported now
            "세탁기가 고장 나요.; 세탁기가 고장 났어요.; POLITE; tense/past; 나요→났어요",
            "노트북이 고장이 나요. 어떡해요?; 노트북이 고장이 났어요. 어떡해요?; POLITE; tense/past; 나요→났어요",
            "엘리베이터가 고장 납니다.; 엘리베이터가 고장 났습니다.; FORMAL; tense/past; 납니다→났습니다",
            "내 휴대폰이 고장 나.; 내 휴대폰 고장 났어.; CASUAL; tense/past; 나→났어",
            // a habit, a condition, a question, the past itself
            "이 차는 자주 고장 나요.; 이 차는 자주 고장 나요.; POLITE; PASS; *",
            "물에 들어가면 고장 나요.; 물에 들어가면 고장 나요.; POLITE; PASS; *",
            "이거 떨어뜨리면 고장 나요?; 이거 떨어뜨리면 고장 나요?; POLITE; PASS; *",
            "에어컨이 고장 났어요.; 에어컨이 고장 났어요.; POLITE; PASS; *",
            // 달라 after an amount, tense spellings of common nouns
            "오십 달라만 환전해 주세요.; 오십 달러만 환전해 주세요.; POLITE; spelling/loanword; 달라만→달러만",
            "200달라를 보내고 싶어요.; 200달러를 보내고 싶어요.; POLITE; spelling/loanword; 200달라를→200달러를",
            "뻐스 정류장이 어디예요?; 버스 정류장이 어디예요?; POLITE; spelling/loanword; 뻐스→버스",
            "쇼핑 쎈터에 가요.; 쇼핑센터에 가요.; POLITE; spelling; *",
            // 달라 of 다르다 and of 달다, the menu spellings kept
            "색이 좀 달라요.; 색이 좀 달라요.; POLITE; PASS; *",
            "두 개가 달라서 고르기 어려워요.; 두 개가 달라서 고르기 어려워요.; POLITE; PASS; *",
            "친구가 돈을 좀 달라고 했어요.; 친구가 돈을 좀 달라고 했어요.; POLITE; PASS; *",
            "따뜻한 라떼 한 잔 주세요.; 따뜻한 라테 한 잔 주세요.; POLITE; PASS; *",
            // 어제에서 / 어제에 for the start of a state that lasts
            "어제에서 배가 아파요. 약 좀 주세요.; 배탈이 났어요. 약 좀 주세요.; POLITE; particle_wrong/since; 어제에서→어제부터",
            "지난주에서 목이 아파요.; 지난주부터 목이 아파요.; POLITE; particle_wrong; 지난주에서→지난주부터",
            "어제에서 에어컨이 안 돼요.; 에어컨이 고장 났어요.; POLITE; particle_wrong/since; 어제에서→어제부터",
            "그저께에서 허리가 아파요.; 그저께부터 허리가 아파요.; POLITE; particle_wrong; 그저께에서→그저께부터",
            // 부터 itself, a past event, another verb
            "어제부터 배가 아파요.; 어제부터 배가 아파요.; POLITE; PASS; *",
            "어제 배가 아팠어요.; 어제 배가 아팠어요.; POLITE; PASS; *",
            "어제부터 목이 아파서 약을 먹어요.; 어제부터 목이 아파서 약을 먹어요.; POLITE; PASS; *",
            "지난주에 목이 아팠어요.; 지난주에 목이 아팠어요.; POLITE; PASS; *",
            "지난주에 산 세탁기가 안 돼요.; 지난주에 산 세탁기가 작동하지 않아요.; POLITE; NO particle_wrong/since; *",
    })
    void grammar(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // a younger sibling where the task names an older one, and the reverse
            "내일 남동생이랑 영화 봐요.; 내일 형이랑 영화 봐요.; Tell a friend you will see a film with your older brother tomorrow.; 남동생이랑→형이랑",
            "주말에 여동생하고 쇼핑했어요.; 주말에 언니하고 쇼핑했어요.|주말에 누나하고 쇼핑했어요.; Say you went shopping with your older sister.; 여동생하고→언니하고",
            "오빠가 선물을 줬어요.; 동생이 선물을 줬어요.; Say that your younger brother gave you a present.; 오빠가→동생이",
            "누나 생일이라서 케이크를 샀어요.; 여동생 생일이라서 케이크를 샀어요.; Say you bought a cake for your little sister's birthday.; 누나→여동생",
            // the task's age, a task that names no age, both ages in one task
            "내일 누나랑 영화 봐요.; 내일 언니랑 영화 봐요.; Tell a friend you will see a film with your older sister tomorrow.; PASS",
            "주말에 여동생하고 쇼핑했어요.; 주말에 언니하고 쇼핑했어요.; Say you went shopping with your sister.; PASS",
            "동생이랑 같이 가요.; 동생이랑 같이 가요.; Say you go with your younger brother.; PASS",
            "형하고 동생이 와요.; 형하고 동생이 와요.; Say your older brother and younger sister are coming.; PASS",
            "뭐 마실래? 오늘은 오빠가 살게.; 동생아, 오늘은 내가 살게.; At a cafe with your younger sister, tell her you will pay.; PASS",
    })
    void siblings(String answer, String accepted, String context, String span) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.POLITE, context);
        if (span.equals("PASS")) {
            assertThat(e.passed()).as(answer + ": " + e.errors()).isTrue();
            return;
        }
        assertThat(e.passed()).as(answer + ": " + e.errors()).isFalse();
        assertThat(e.errors()).as(answer + ": " + e.errors()).anyMatch(x -> "vocabulary/confusable".equals(x.subtype())
                && span.equals(x.original() + "→" + x.correction()));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
            // dictionary compounds of 역 and 실 written apart
            "기차 역에서 만나요.; 기차역에서 만나요.; 기차 역에서→기차역에서",
            "지하철 역이 어디예요?; 지하철역이 어디예요?; 지하철 역이→지하철역이",
            "회의 실에 있어요.; 회의실에 있어요.; 회의 실에→회의실에",
            "진료 실로 오세요.; 진료실로 오세요.; 진료 실로→진료실로",
            // the copula's linking forms written apart
            "저는 학생 이고 한국어를 배워요.; 저는 학생이고 한국어를 배워요.; 학생 이고→학생이고",
            "오늘은 휴일 인데 일해요.; 오늘은 휴일인데 일해요.; 휴일 인데→휴일인데",
            "오늘이 일요일 이라고 생각했어요.; 오늘이 일요일이라고 생각했어요.; 일요일 이라고→일요일이라고",
            "저는 회사원 이고 서울에 살아요.; 저는 회사원이고 서울에 살아요.; 회사원 이고→회사원이고",
    })
    void spacingNoted(String answer, String accepted, String span) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.POLITE);
        assertThat(e.errors()).as(answer + ": " + e.errors()).anyMatch(x -> x.category() == ErrorCategory.SPACING
                && (span.equals("*") || span.equals(x.original() + "→" + x.correction())));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "지하철 타요.; 지하철을 타요.",
            "지하철 역시 편해요.; 지하철 역시 편해요.",
            "기차 표 두 장 주세요.; 기차 표 두 장 주세요.",
            // 표 compounds are left alone (session 29, lead: probe 17's writers accept 부산행 버스 표)
            "부산행 버스 표 두 장 주세요.; 부산행 표 두 장 주세요.",
            "버스 정류장이 어디예요?; 버스 정류장이 어디예요?",
            "이 고기 맛있어요.; 이 고기 맛있어요.",
            "회의 시간이 언제예요?; 회의 시간이 언제예요?",
    })
    void noSpacingNote(String answer, String accepted) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.POLITE);
        assertThat(e.passed()).as(answer + ": " + e.errors()).isTrue();
        assertThat(e.errors()).as(answer + ": " + e.errors()).noneMatch(x -> x.category() == ErrorCategory.SPACING);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
            // the tense on the verb alone where the negator has its own finding
            "몸이 아파서 청소를 안 합니다.; 몸이 아파서 청소를 못 했습니다.; FORMAL; 합니다→했습니다",
            "다리를 다쳐서 운동을 안 해요.; 다리를 다쳐서 운동을 못 했어요.; POLITE; 해요→했어요",
            // 무슨 시간 for 몇 시, the phrase as a whole
            "무슨 시간에 출발해요?; 몇 시에 출발해요?; POLITE; 무슨 시간에→몇 시에",
            "우리 무슨 시간에 볼까?; 우리 몇 시에 볼까?; CASUAL; 무슨 시간에→몇 시에",
    })
    void spans(String answer, String accepted, String register, String span) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.valueOf(register));
        assertThat(e.passed()).as(answer + ": " + e.errors()).isFalse();
        assertThat(e.errors()).as(answer + ": " + e.errors()).anyMatch(x -> span.equals(x.original() + "→" + x.correction()));
    }
}
