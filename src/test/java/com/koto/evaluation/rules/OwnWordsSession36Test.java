package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 36 (s36c): word-order, vocabulary, spelling and spacing classes read on the learner's own words, each row's
 * accepted answer worded otherwise so that no accepted word supports the finding; wrong sentences caught and correct
 * look-alikes that pass. My own sentences, not the sets'.
 */
class OwnWordsSession36Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // MisusedWords: 느리다 for 늦다 with an event or minutes; a clock's 느리다 is right
            "죄송해요, 수업에 좀 느릴 것 같아요.; 오늘 못 가요.; POLITE; vocabulary/misused_word; 느릴→늦을",
            "약속에 20분 느렸어요.; 친구를 만났어요.; POLITE; vocabulary/misused_word; 느렸어요→늦었어요",
            "회의에 느려서 죄송합니다.; 회의가 있습니다.; FORMAL; vocabulary/misused_word; 느려서→늦어서",
            "제 시계가 5분 느려요.; 시계가 고장 났어요.; POLITE; NO vocabulary/misused_word; *",
            "인터넷이 너무 느려요.; 와이파이가 안 돼요.; POLITE; NO vocabulary/misused_word; *",
            "할머니는 걸음이 느려요.; 할머니는 건강하세요.; POLITE; NO vocabulary/misused_word; *",
            // 씻다 of a room
            "주말에 방을 씻었어요.; 주말에 쉬었어요.; POLITE; vocabulary/misused_word; 씻었어요→청소했어요",
            "화장실을 씻어 주세요.; 수건 좀 주세요.; POLITE; vocabulary/misused_word; 씻어→청소해",
            "밥 먹기 전에 손을 씻어요.; 밥을 먹어요.; POLITE; NO vocabulary/misused_word; *",
            "그릇을 씻고 잘게요.; 이제 잘게요.; POLITE; NO vocabulary/misused_word; *",
            // 역 counted on a bus; a subway's 역 is right
            "이 버스로 시청까지 몇 역 가요?; 시청에 가고 싶어요.; POLITE; vocabulary/misused_word; 역→정거장",
            "버스 타고 세 역 가면 돼요.; 걸어서 가요.; POLITE; vocabulary/misused_word; 역→정거장",
            "지하철로 몇 역 가야 돼요?; 시청에 가요.; POLITE; NO vocabulary/misused_word; *",
            "버스를 타고 서울역에 가요.; 서울역에 가요.; POLITE; NO vocabulary/misused_word; *",
            // 이사 of a schedule; moving house is right
            "약속이 금요일로 이사됐어요.; 내일 만나요.; POLITE; vocabulary/misused_word; 이사됐어요→변경됐어요",
            "수업 시간을 이사했습니다.; 수업이 있습니다.; FORMAL; vocabulary/misused_word; 이사했습니다→변경했습니다",
            "시간이 없어서 아직 이사 못 했어요.; 바빠요.; POLITE; NO vocabulary/misused_word; *",
            "지난달에 회사 근처로 이사했어요.; 지난달에 바빴어요.; POLITE; NO vocabulary/misused_word; *",
            // 마지막 for 지난 at a sentence's start; 방학 마지막 주말 is right
            "마지막 주에 뭐 했어요?; 주말에 뭐 했어요?; POLITE; vocabulary/misused_word; 마지막→지난",
            "너 마지막 주말에 어디 갔어?; 어디 갔어?; CASUAL; vocabulary/misused_word; 마지막→지난",
            "방학 마지막 주에 뭐 했어요?; 방학에 뭐 했어요?; POLITE; NO vocabulary/misused_word; *",
            "마지막 날에 뭐 했어요?; 여행 어땠어요?; POLITE; NO vocabulary/misused_word; *",
            // 메우다 for 맵다 of food; 메우다 with its object is right
            "김치가 너무 메워요.; 김치가 맛있어요.; POLITE; spelling/letters; 메워요→매워요",
            "메운 음식을 못 먹어요.; 고기를 못 먹어요.; POLITE; spelling/letters; 메운→매운",
            "구멍을 흙으로 메웠어요.; 구멍을 막았어요.; POLITE; NO spelling/letters; *",
            // 봽 for 뵙
            "내일 봽겠습니다.; 내일 만나겠습니다.; FORMAL; spelling/letters; 봽겠습니다→뵙겠습니다",
            "교수님을 찾아봽고 싶습니다.; 교수님을 만나고 싶습니다.; FORMAL; spelling/letters; 찾아봽고→찾아뵙고",
            "내일 뵙겠습니다.; 내일 만나겠습니다.; FORMAL; PASS; *",
    })
    void misusedWords(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} in ''{2}'': {3}")
    @CsvSource(delimiter = ';', value = {
            // 운동 for 운전, asked of a driver as a favour
            "기사님, 좀 조심히 운동해 주세요.; 기사님, 서울역으로 가 주세요.; You are in a taxi.; vocabulary/misused_word",
            "아저씨, 천천히 운동해 주실 수 있어요?; 서울역으로 가 주세요.; ; vocabulary/misused_word",
            "천천히 운동해 주세요.; 서울역으로 가 주세요.; Ask the driver to go slowly.; vocabulary/misused_word",
            "기사님, 운동하세요?; 기사님, 안녕하세요.; You are in a taxi.; NO vocabulary/misused_word",
            "저는 매일 운동해요.; 저는 매일 걸어요.; Tell your doctor about your habits.; NO vocabulary/misused_word",
            "코치님, 천천히 운동해 주세요.; 코치님, 안녕하세요.; You are at the gym.; NO vocabulary/misused_word",
    })
    void drivingAskedOfDriver(String answer, String accepted, String context, String expected) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.POLITE, context);
        if (expected.startsWith("NO ")) {
            assertThat(e.errors()).as(answer + ": " + e.errors()).noneMatch(x -> expected.substring(3).equals(x.subtype()));
        } else {
            assertThat(e.passed()).as(answer + ": " + e.errors()).isFalse();
            assertThat(e.errors()).as(answer + ": " + e.errors()).anyMatch(x -> expected.equals(x.subtype())
                    && x.correction().startsWith("운전"));
        }
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // 못 오다 in the speaker's own excuse
            "미안해. 바빠서 내일 못 와.; 내일 만나자.; CASUAL; vocabulary/come_for_go; 와→가",
            "미안, 나 오늘 밤에 못 와.; 오늘 바빠.; CASUAL; vocabulary/come_for_go; 와→가",
            "미안, 나 아파서 못 올 것 같아.; 미안, 나 오늘 아파.; CASUAL; vocabulary/come_for_go; 올→갈",
            "선생님, 죄송해요. 어제 감기에 걸려서 못 왔어요.; 어제 아팠어요.; POLITE; NO vocabulary/come_for_go; *",
            "선생님, 죄송한데 내일 수업에 못 와요.; 내일 바빠요.; POLITE; NO vocabulary/come_for_go; *",
            "미안해. 동생이 아파서 못 와.; 동생이 아파.; CASUAL; NO vocabulary/come_for_go; *",
            "미안해. 오늘 택배가 못 와.; 택배 왔어?; CASUAL; NO vocabulary/come_for_go; *",
            "미안해. 너 오늘 못 와?; 오늘 시간 있어?; CASUAL; NO vocabulary/come_for_go; *",
            "오늘 밤에 못 와. 내일 봐.; 내일 봐.; CASUAL; NO vocabulary/come_for_go; *",
            "미안해. 민수는 오늘 못 와.; 민수 바빠.; CASUAL; NO vocabulary/come_for_go; *",
            "미안해, 오늘 못 가.; 오늘 바빠.; CASUAL; NO vocabulary/come_for_go; *",
    })
    void ownComing(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // 지난 after its time noun, with the noun's particle
            "학기 지난에 뭐 배웠어요?; 뭐 배웠어요?; POLITE; word_order/phrase; 학기 지난에→지난 학기에",
            "토요일 지난에 영화를 봤어요.; 영화를 봤어요.; POLITE; word_order/phrase; 토요일 지난에→지난 토요일에",
            "주말 다음에 만나요.; 다음 주에 만나요.; POLITE; NO word_order; *",
            "방학 지난 후에 만나요.; 나중에 만나요.; POLITE; NO word_order; *",
            // an adjective's modifier between its noun and a count
            "라떼 뜨거운 두 잔 주세요.; 카푸치노 주세요.; POLITE; word_order/phrase; 라떼 뜨거운→뜨거운 라떼",
            "아메리카노 시원한 한 잔 주세요.; 카푸치노 주세요.; POLITE; word_order/phrase; 아메리카노 시원한→시원한 아메리카노",
            "가방 작은 두 개 있어요?; 가방 있어요?; POLITE; word_order/phrase; 가방 작은→작은 가방",
            "따뜻한 라떼 두 잔 주세요.; 카푸치노 주세요.; POLITE; NO word_order; *",
            "라떼 따뜻한 거 두 잔 주세요.; 카푸치노 주세요.; POLITE; NO word_order; *",
            "값 싼 두 개 주세요.; 이거 주세요.; POLITE; NO word_order; *",
            // 제가/내가 after a noun, before an adjective of a thing
            "머리 제가 너무 길어요.; 머리를 자르고 싶어요.; POLITE; word_order/phrase; 머리 제가→제 머리가",
            "방 내가 좀 좁아.; 이사하고 싶어.; CASUAL; word_order/phrase; 방 내가→내 방이",
            "숙제 제가 할게요.; 숙제 다 했어요.; POLITE; NO word_order; *",
            "커피 제가 살게요.; 커피 마셔요.; POLITE; NO word_order; *",
            "제 피부가 건조해요.; 샘플 주세요.; POLITE; NO word_order; *",
            // a clause of cause after the final predicate
            "감사합니다 도와주셔서.; 정말 고맙습니다.; FORMAL; word_order/verb_final; 감사합니다 도와주셔서→도와주셔서 감사합니다",
            "죄송합니다 늦어서.; 오늘 회의가 있습니다.; FORMAL; word_order/verb_final; 죄송합니다 늦어서→늦어서 죄송합니다",
            "집에 갔어요 머리가 아파서.; 집에 있었어요.; POLITE; word_order/verb_final; 갔어요 머리가 아파서→머리가 아파서 갔어요",
            "고마워, 와 줘서.; 와 줘서 고마워.; CASUAL; PASS; *",
            "도와주셔서 감사합니다.; 정말 고맙습니다.; FORMAL; PASS; *",
            "늦어서 죄송합니다.; 정말 죄송합니다.; FORMAL; PASS; *",
    })
    void headFirstAndTrailing(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
            // 안/못 joined to the predicate
            "오늘은 날씨가 안좋아요.; 오늘은 날씨가 나빠요.; 안좋아요→안 좋아요",
            "저는 고기를 못먹어요.; 저는 고기를 안 먹어요.; 못먹어요→못 먹어요",
            "아직 안왔어요.; 아직이에요.; 안왔어요→안 왔어요",
            "안녕하세요.; 안녕하세요.; NONE",
            "안경을 잃어버렸어요.; 안경이 없어요.; NONE",
            "문이 안 열려요. 안돼요.; 문이 안 열려요.; NONE",
            "숙제를 못했어요.; 숙제를 안 했어요.; NONE",
            // a part of the day joined to the hour
            "오전10시에 만나요.; 열 시에 만나요.; 오전10시에→오전 10시에",
            "오후3시까지 가요.; 세 시까지 가요.; 오후3시까지→오후 3시까지",
            "저녁7시에 봐요.; 일곱 시에 봐요.; 저녁7시에→저녁 7시에",
            "오후 3시까지 가요.; 세 시까지 가요.; NONE",
            // -ㄹ수 after a connective of manner
            "버스를 타고 갈수 있어요.; 버스로 가요.; 갈수→갈 수",
            "걸어서 갈수 있어요?; 걸어서 가도 돼요?; 갈수→갈 수",
    })
    void spacing(String answer, String accepted, String span) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.POLITE);
        if (span.equals("NONE")) {
            assertThat(e.errors()).as(answer + ": " + e.errors()).noneMatch(x -> x.category() == ErrorCategory.SPACING
                    && (x.original().startsWith("안") || x.original().startsWith("못") || x.original().startsWith("오")));
            return;
        }
        String[] fix = span.split("→");
        assertThat(e.errors()).as(answer + ": " + e.errors()).anyMatch(x -> x.category() == ErrorCategory.SPACING
                && x.original().equals(fix[0]) && x.correction().equals(fix[1]));
    }
}
