package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Particles of going, bringing, turning, paying and hurting ({@link WayParticles},
 * {@link ArgumentParticles}, the intransitive section of {@link VerbFrames}) and tense read from the
 * order of events in the learner's clauses ({@link ClauseTense}, {@link TimeWords}; session 8, helper
 * eval11b). Catching rows also differ from the accepted answer in a second, harmless way, so the
 * comparison alone lets them pass; passing rows are correct look-alikes. All answers are written for
 * this test, not taken from the gold sets. Verdicts as in {@link ParticleFramesTest}.
 */
class OwnWordFramesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        // 에서 on the goal of 가다 (표준국어대사전 '가다' 「…에」)
        "에서 on a clinic one has to go to; 오늘 오후에 치과에서 가야 돼서 수업에 못 가요.; 오늘 치과에 가야 해서 수업에 못 가요.; PARTICLE_WRONG; 치과에",
        "에서 on a bank one wants to go to; 내일 아침에 은행에서 가려고 해요.; 내일 은행에 갈 거예요.; PARTICLE_WRONG; 은행에",
        "에서 as the starting point stays; 학원에서 가요.; 학원에서 바로 가요.|학원에서 가요.; PASS; ",
        "에서 with a goal named stays; 병원에서 집까지 가야 돼요.; 병원에서 집까지 가야 돼요.|병원에서 집에 가야 해요.; PASS; ",
        "에서 of a way stays; 병원에서 가면 가까워요.; 병원에서 가면 가까워요.|병원에서 가까워요.; PASS; ",
        // a room number with 에서 before a verb of bringing (가져다주다 「…에/에게 …을」)
        "에서 on the room things are brought to; 1204호에서 베개 하나만 갖다주세요.; 1204호인데요, 베개 하나 더 주세요.; PARTICLE_WRONG; 1204호에",
        "에서 of a store room stays; 창고에서 의자 좀 가져다주세요.; 창고에서 의자 좀 가져다주세요.|창고에서 의자를 가져와 주세요.; PASS; ",
        // the way one goes takes (으)로, the place one turns at 에서
        "에 on the side one goes to; 이 길로 쭉 가서 오른쪽에 가세요.; 쭉 가서 오른쪽으로 가세요.; PARTICLE_WRONG; 오른쪽으로",
        "에 of where a thing is stays; 화장실은 왼쪽에 있어요.; 화장실은 왼쪽에 있어요.|왼쪽에 화장실이 있어요.; PASS; ",
        "에 on the place one turns at; 쭉 가다가 약국에 오른쪽으로 도세요.; 쭉 가다가 약국에서 오른쪽으로 돌면 돼요.; PARTICLE_WRONG; 약국에서",
        "다음에 after a modifier stays; 다리를 건넌 다음에 왼쪽으로 도세요.; 다리를 건넌 다음에 왼쪽으로 도세요.|다리를 건너서 왼쪽으로 도세요.; PASS; ",
        // a price per unit takes 에
        "에서 on a unit before a price; 한 명에서 얼마예요? 아이도 같아요?; 한 명에 얼마예요?; PARTICLE_WRONG; 명에",
        "에서 of a range stays; 한 시간에서 두 시간 정도 걸려요.; 한 시간에서 두 시간 정도 걸려요.|한두 시간 걸려요.; PASS; ",
        // a means of transport takes (으)로; a place is reached with 에, not 에게; 내일 takes no 에
        "에 on a means of transport; 저는 보통 지하철에 출근해요. 편해요.; 보통 지하철로 출근해요.; PARTICLE_WRONG; 지하철로",
        "을 on a means of transport; 거기는 택시를 가세요. 가까워요.; 거기는 택시로 가세요.; PARTICLE_WRONG; 택시로",
        "타다 between stays; 버스에 타고 가요.; 버스에 타고 가요.|버스 타고 가요.; PASS; ",
        "에게 on a place; 아까 호텔에게 전화했는데 안 받아요.; 호텔에 전화했는데 안 받아요.; PARTICLE_WRONG; 호텔에",
        "에게 on a person stays; 친구에게 전화했어요.; 친구에게 전화했어요.|친구한테 전화했어요.; PASS; ",
        "내일 with 에; 내일에 같이 점심 먹을래요?; 내일 점심 같이 먹을래요?; PARTICLE_WRONG; 내일",
        "내일에 대한 stays; 내일에 대한 계획을 세웠어요.; 내일에 대한 계획을 세웠어요.|내일 계획을 세웠어요.; PASS; ",
        // the means of payment and the name of a booking take (으)로
        "을/를 on a means of payment; 현금을 결제할게요. 영수증도 주세요.; 현금으로 계산할게요.; PARTICLE_WRONG; 현금으로",
        "을 on a vowel-final means is no allomorph slip; 체크카드을 계산해도 돼요?; 체크카드로 계산해도 돼요?; PARTICLE_WRONG; 체크카드로",
        "을/를 on the name of a booking; 김민수 이름을 예약했어요. 두 명이에요.; 김민수 이름으로 예약했어요.; PARTICLE_WRONG; 이름으로",
        "cash as what is paid stays; 현금을 냈어요.; 현금을 냈어요.|현금으로 냈어요.; PASS; ",
        // a body part that hurts is the subject
        "에 on the part that hurts; 어제부터 허리에 많이 아파요.; 어제부터 허리가 아파요.; PARTICLE_WRONG; 허리가",
        "에 with another subject stays; 눈에 뭐가 들어가서 아파요.; 눈에 뭐가 들어가서 아파요.|눈에 뭐가 들어갔어요.; PASS; ",
        // an intransitive verb of the lexicon takes no object
        "object on 나오다; 스테이크를 시켰는데 파스타를 나왔어요.; 스테이크를 시켰는데 파스타가 나왔어요.; PARTICLE_WRONG; 파스타가",
        "object on 생기다; 죄송한데 문제를 생겼어요.; 문제가 생겼어요.; PARTICLE_WRONG; 문제가",
        "the place left by 나오다 stays; 아홉 시에 집을 나왔어요.; 아홉 시에 집을 나왔어요.|아홉 시에 집에서 나왔어요.; PASS; ",
        "내다 read as 나다 stays; 시간을 내서 갈게요.; 시간을 내서 갈게요.|시간 내서 갈게요.; PASS; ",
        // a verb whose place or event is in 「…에」 only
        "object on the seat of 앉다; 저기요, 이 자리를 앉아도 돼요?; 여기 앉아도 돼요?; PARTICLE_WRONG; 자리에",
        "object on the meeting of 참석하다; 다음 주 회의를 꼭 참석할게요.; 다음 주 회의에 참석하겠습니다.; PARTICLE_WRONG; 회의에",
        "a length of time with 앉다 stays; 두 시간을 앉아 있었어요.; 두 시간을 앉아 있었어요.|두 시간 동안 앉아 있었어요.; PASS; ",
        "에 on a name before 예약하다; 저기요, 김민수 이름에 예약했어요.; 김민수 이름으로 예약했어요.; PARTICLE_WRONG; 이름으로",
        "에 on the place asked about; 실례지만 가까운 약국에 어디 있어요?; 가까운 약국이 어디에 있어요?; PARTICLE_WRONG; 약국이",
        "을 before 어떻게 되다; 실례지만 성함을 어떻게 되세요?; 성함이 어떻게 되세요?; PARTICLE_WRONG; 성함이",
        "where one comes from; 안녕하세요. 저는 민수예요. 베트남에서 와요.; 안녕하세요. 저는 민수예요. 베트남에서 왔어요.; TENSE; 왔어요",
        // tense from the order of events
        "an order before it is served; 비빔밥을 주문하는데 김밥이 나왔어요.; 비빔밥을 주문했는데 김밥이 나왔어요.; TENSE; 주문했는데",
        "-는데 of two events at once stays; 밥을 먹는데 전화가 왔어요.; 밥을 먹는데 전화가 왔어요.|밥 먹을 때 전화가 왔어요.; PASS; ",
        "a booking before the check-in; 김민수로 예약해요. 체크인하려고요.; 김민수로 예약했어요. 체크인하고 싶어요.; TENSE; 예약했어요",
        "a new booking while checking in stays; 체크인하고 싶어요. 식당도 예약해요.; 체크인하고 싶어요. 식당도 예약해요.|체크인 부탁해요.; PASS; ",
        "-(으)ㄹ 거예요 after a past time word; 어제 동생이랑 영화를 볼 거예요.; 어제 동생하고 영화를 봤어요.; TENSE; 봤어요",
        "a guess about now after a cause then stays; 어제 늦게 자서 피곤할 거예요.; 어제 늦게 자서 피곤할 거예요.|어제 늦게 자서 피곤해요.; PASS; ",
        "-는 before 후에; 영화 보는 후에 같이 밥 먹자.; 영화 본 다음에 같이 밥 먹자.; ENDING; 본",
        "-는 before 후에, regular stem; 일을 다 하는 후에 연락할게요.; 일이 끝난 후에 연락할게요.; ENDING; 한",
        "-(으)ㄴ before 후에 stays; 밥을 먹은 후에 산책해요.; 밥을 먹은 후에 산책해요.|밥 먹고 산책해요.; PASS; ",
        "-고 있다 after a past time word; 어제 저녁에 집에서 숙제하고 있어요.; 어제 저녁에 집에서 숙제하고 있었어요.|어제 저녁에 숙제했어요.; TENSE; 있었어요",
        "a person met with 한테; 주말에 친구한테 만나서 영화 봤어요.; 주말에 친구를 만나서 영화를 봤어요.; PARTICLE_WRONG; 친구를",
        "the person told with 한테 stays; 친구한테 만나자고 했어요.; 친구한테 만나자고 했어요.|친구한테 만나자고 말했어요.; PASS; ",
        "a reason of later for a step done stays; 내일 시험을 봐야 하니까 오늘 공부했어요.; 내일 시험을 봐야 하니까 오늘 공부했어요.|내일 시험이 있어서 공부했어요.; PASS; ",
        // session 8 (lead): -게 되었다 says a later event is settled (표준국어대사전 '-게 되다')
        "-게 됐어요 of a settled plan stays; 다음 주에 서울로 출장을 가게 됐어요.; 다음 주에 서울로 출장을 가게 되었어요.; PASS; ",
        "a plain past after a word of later is still caught; 다음 주에 서울로 출장을 갔어요.; 다음 주에 서울로 출장을 가요.|다음 주에 서울에 출장 갈 거예요.; TENSE; 갈 거예요"
    })
    void rule(String rule, String answer, String expected, String verdict, String correction) {
        RuleRows.check(EVALUATOR, rule, answer, expected, verdict, c -> c.equals(correction));
    }

    @ParameterizedTest(name = "{0} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        "부장님, 지난주에 출장 보고서를 보냅니다.; 부장님, 지난주에 출장 보고서를 보냈습니다.; tense/time_word; 보냅니다; 보냈습니다",
        "어제 그 서류를 다 읽습니다.; 어제 서류를 다 읽었습니다.; tense/time_word; 읽습니다; 읽었습니다",
        "부장님, 내일은 아침에 병원에 들러서 늦게 출근했습니다.; 부장님, 내일 병원에 들렀다가 늦게 출근하겠습니다.; tense/future; 출근했습니다; 출근하겠습니다"
    })
    void formalTense(String answer, String expected, String subtype, String original, String correction) {
        RuleRows.corrected(EVALUATOR, Register.FORMAL, answer, expected, ErrorCategory.TENSE, subtype, original, correction);
    }

    @Test
    void findsNothingOnCorrectLookAlikes() {
        for (String correct : List.of("병원에서 왔어요.", "회사에서 바로 갈게요.", "로비에서 가져다주세요.", "305호로 가져다주세요.",
                "오른쪽에 가서 앉으세요.", "다음 신호에 왼쪽으로 도세요.", "한 사람에 얼마예요?", "만 원에서 이만 원 사이예요.",
                "카드를 잃어버렸어요.", "이름을 써 주세요.", "대학을 나왔어요.", "지하철을 나와서 오른쪽으로 가세요.", "열이 나요.",
                "주문하는데 직원이 왔어요.", "내일 체크인할 방을 예약합니다.", "어제 회의 자료 보내 드립니다.",
                "어제 도와주셔서 감사합니다.", "어제 수업 노트 있어?", "내일 출근해야 하니까 일찍 잤어요.",
                "지금 버스 안이니까 전화 못 받아.", "작년에 서울에 삽니다.")) {
            assertThat(ParticleFrames.find(correct, List.of())).as(correct).isEmpty();
            assertThat(TimeWords.inSentences(correct)).as(correct).isEmpty();
            assertThat(TimeWords.find(com.koto.evaluation.text.AnswerText.normalise(correct))).as(correct).isEmpty();
        }
    }

    /**
     * Correct sentences written for the precision check of these classes (session 8, helper eval11b), one a
     * line in {@code rules/own-word-look-alikes.txt}: each was a look-alike of a rule's catch; none may get
     * a particle or tense finding on the learner's own words, with no accepted answer to filter against.
     */
    @Test
    void findsNothingOnTheWrittenLookAlikes() throws java.io.IOException {
        try (var in = OwnWordFramesTest.class.getResourceAsStream("/rules/own-word-look-alikes.txt")) {
            assertThat(in).isNotNull();
            for (String correct : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (correct.isBlank()) {
                    continue;
                }
                assertThat(ParticleFrames.find(correct, List.of())).as(correct).isEmpty();
                assertThat(TimeWords.inSentences(correct)).as(correct).isEmpty();
                assertThat(TimeWords.find(com.koto.evaluation.text.AnswerText.normalise(correct))).as(correct).isEmpty();
            }
        }
    }

    @Test
    void pastStemsFollowContractionAndHarmony() {
        assertThat(ClauseTense.pastStem("시키")).isEqualTo("시켰");
        assertThat(ClauseTense.pastStem("주문하")).isEqualTo("주문했");
        assertThat(ClauseTense.pastStem("오")).isEqualTo("왔");
        assertThat(ClauseTense.pastStem("되")).isEqualTo("됐");
        assertThat(ClauseTense.pastStem("먹")).isEqualTo("먹었");
        assertThat(ClauseTense.pastStem("알")).isEqualTo("알았");
        assertThat(ClauseTense.pastStem("듣")).isNull(); // ㄷ irregular
        assertThat(ClauseTense.pastStem("모르")).isNull(); // 르 irregular
        assertThat(TimeWords.formalPastOf("끝냅니다")).isEqualTo("끝냈습니다");
        assertThat(TimeWords.formalPastOf("압니다")).isEqualTo("알았습니다");
        assertThat(TimeWords.formalPastOf("삽니다")).isNull(); // 사다 or 살다
        assertThat(TimeWords.inSentences("사장님, 다음 주에 부산 지점에 갔습니다.")).singleElement()
                .satisfies(f -> assertThat(f.correction()).isEqualTo("가겠습니다")); // a contracted stem (갔 ← 가)
    }
}
