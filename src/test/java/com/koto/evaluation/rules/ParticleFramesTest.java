package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Particles judged by the predicate's frame on the learner's own words ({@link ParticleFrames},
 * {@link VerbFrames}; session 7, helper eval9b). Each rule has catching rows, answers that also differ
 * from the accepted answer in a second, harmless way (so the comparison alone lets them pass), and
 * correct look-alikes that must pass. The answers are written for this test, not taken from the gold
 * sets. {@code PASS} = passes with no error but spacing; {@code NOT <category>} = no error of that
 * category; otherwise the category the answer must fail with, and the correction it must show.
 */
class ParticleFramesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        // 이/가 on the thing acted on, before a verb of pattern 「…을」 (표준국어대사전 문형 정보)
        "subject for object, request with 주다; 저기요, 물수건이 하나 더 주세요.; 물티슈 좀 더 주시겠어요?; PARTICLE_WRONG; 물수건을",
        "subject for object, -아/어 주세요; 이 바지가 좀 줄여 주세요. 너무 길어요.; 이 바지 길이를 줄여 주세요.; PARTICLE_WRONG; 바지를",
        "subject for object, -아/어 주세요 of a listed verb; 저기요, 여기서 사진이 좀 찍어 주세요.; 실례지만 사진 한 장만 부탁드려도 될까요?; PARTICLE_WRONG; 사진을",
        "subject for object, -(으)ㄹ 수 있다; 가방이 여기에 맡길 수 있어요?; 여기 가방 좀 맡겨도 돼요?; PARTICLE_WRONG; 가방을",
        "subject for object, first person; 저는 매운 음식이 좋아해요.; 저는 매운 걸 정말 좋아해요.; PARTICLE_WRONG; 음식을",
        "the listener as the subject stays; 누가 좀 도와주세요.; 도와주세요!; PASS; ",
        "-고 싶다 with 이/가 stays; 시원한 물이 마시고 싶어요.; 물이 마시고 싶어요.; PASS; ",
        "a subject of another clause stays; 머리가 너무 길어서 잘라 주세요.; 머리를 잘라 주세요.|머리가 길어서 좀 잘라 주세요.; NOT PARTICLE_WRONG; ",
        "필요하다 takes 이/가; 저는 우산이 필요해요.; 우산이 필요해요.; PASS; ",
        "an agent with an object stays; 직원이 짐을 부쳐 줄 수 있어요.; 직원이 짐을 부쳐 줄 수 있어요.|짐을 부칠 수 있어요.; PASS; ",
        // a goal marked as the subject of a proposal or a request (「…에」)
        "subject for goal, proposal; 주말에 같이 시장이 가자.; 이번 토요일에 시장 구경 갈래?; PARTICLE_WRONG; 시장에",
        "subject for goal, request; 기사님, 시청이 가 주세요.; 시청 앞까지 부탁합니다.; PARTICLE_WRONG; 시청에",
        "we as the subject of a proposal stays; 우리가 먼저 가자.; 우리 먼저 가자.; NOT PARTICLE_WRONG; ",
        "을/를 on a goal stays; 주말에 같이 시장을 가자.; 주말에 같이 시장을 가자.|주말에 시장에 가자.; PASS; ",
        // a time takes 에, not 에서
        "에서 after a clock time; 내일 두 시 반에서 만날까요?; 내일 두 시 반에 볼까요?; PARTICLE_WRONG; 반에",
        "에서 after a weekday; 금요일에서 회의가 있어요.; 금요일에 회의해요.; PARTICLE_WRONG; 금요일에",
        "에서 of a range stays; 두 시에서 세 시 사이에 와 주실 수 있어요?; 두 시에서 세 시 사이에 와 주세요.; PASS; ",
        "에서 with 까지 stays; 아홉 시에서 여섯 시까지 일해요.; 아홉 시에서 여섯 시까지 일해요.|아홉 시부터 여섯 시까지 일해요.; PASS; ",
        "에서 of a change stays; 예약을 세 시에서 다섯 시로 바꾸고 싶어요.; 예약을 다섯 시로 바꾸고 싶어요.; NOT PARTICLE_WRONG; ",
        "일 after a determiner is work, not a date; 그 일에서 많은 것을 배웠어요.; 그 회사에서 많이 배웠어요.; NOT PARTICLE_WRONG; ",
        // an adjective takes no object
        "object on 필요하다; 내일은 우산을 필요해요.; 내일은 우산이 있어야 해요.; PARTICLE_WRONG; 우산이",
        "object on 없다; 오늘은 시간을 없어요. 미안해요.; 미안해요, 오늘은 바빠요.; PARTICLE_WRONG; 시간이",
        "object on 되다 'become'; 나중에 요리사를 되고 싶어요.; 저는 요리사가 꿈이에요.; PARTICLE_WRONG; 요리사가",
        "an object before -아도 되다 stays; 카드로 돈을 내도 돼요?; 카드로 계산해도 돼요?|카드로 돈을 내도 돼요?; PASS; ",
        "an object before -(으)ㄹ 수 있다 stays; 책을 몇 권 빌릴 수 있어요?; 책은 몇 권까지 빌릴 수 있어요?|책을 몇 권 빌릴 수 있어요?; PASS; ",
        "a -아/어하다 verb takes an object; 저는 커피를 좋아해요.; 커피를 좋아해요.; PASS; ",
        // the goal of a request to go and the result of a change take (으)로
        "에서 as the goal of 가 주세요; 기사님, 서울대학교 정문에서 가 주세요.; 서울대 정문까지 부탁드립니다.; PARTICLE_WRONG; 정문으로",
        "에서 with the goal named stays; 여기에서 서울대학교 정문까지 가 주세요.; 서울대 정문까지 부탁드립니다.|여기에서 서울대학교 정문까지 가 주세요.; PASS; ",
        "에 for the result of 바꾸다; 이 셔츠를 큰 사이즈에 바꿔 주실 수 있어요?; 이거 더 큰 걸로 교환돼요?; PARTICLE_WRONG; 사이즈로",
        "에 of a price stays; 이 가격에 바꿔 주세요.; 이 가격에 바꿔 주세요.|이 가격으로 해 주세요.; PASS; ",
        // people by the verb's frame
        "a person called as an object; 내일 아침에 저를 꼭 전화해 주세요.; 내일 오전에 연락 주세요.; PARTICLE_WRONG; 저한테",
        "a person met with 에; 토요일에 친구에 만나서 영화를 봐요.; 주말에 친구랑 영화 볼 거예요.; PARTICLE_WRONG; 친구를",
        "an honoured recipient as a subject; 부장님이 제가 조금 늦는다고 전해 주세요.; 죄송하지만 부장님께 좀 늦는다고 말씀해 주세요.; PARTICLE_WRONG; 부장님께",
        "the honoured person as the reported subject stays; 부장님이 전화하셨다고 전해 주세요.; 부장님이 전화하셨다고 전해 주세요.|부장님께서 전화하셨다고 전해 주세요.; PASS; ",
        "an adjective inside the clause stays; 커피를 싸고 맛있는 집에서 사요.; 커피를 싸고 맛있는 집에서 사요.|커피는 싼 집에서 사요.; PASS; "
    })
    void rule(String rule, String answer, String expected, String verdict, String correction) {
        RuleRows.check(EVALUATOR, rule, answer, expected, verdict, c -> c.equals(correction));
    }

    @Test
    void findsNothingOnCorrectSentencesOfEachFrame() {
        for (String correct : List.of("수건 두 개 더 주세요.", "영수증 주세요.", "짐은 몇 킬로까지 부칠 수 있어요?",
                "이 기계가 계산할 수 있어요?", "가게가 몇 시에 열어요?", "고양이가 좋아해요.", "산이 잘 보여요.",
                "떡볶이 주세요.", "학교 근처 한식집에 가자.", "세 시에 만나요.", "시간이 없어요.", "저는 머리가 아파요.")) {
            assertThat(ParticleFrames.find(correct, List.of())).as(correct).isEmpty();
        }
    }

    @Test
    void lexiconHasItsSections() {
        assertThat(VerbFrames.sizes()[0]).isGreaterThan(40);
        assertThat(VerbFrames.sizes()[1]).isGreaterThan(5);
    }
}
