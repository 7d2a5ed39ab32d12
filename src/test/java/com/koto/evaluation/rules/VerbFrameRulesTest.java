package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 6 rules on the learner's own words (issue 11, helper eval6c): short negation inside a
 * noun + 하다 verb ({@link ClauseOrder}), place particles by the verb's frame ({@link PlaceParticles},
 * {@link ActionPlace#goalForActionPlace}) and a particle after a quoted word ({@link QuotedParticles}).
 * Each rule has a catching row and a row with a correct answer that must pass; the answers are
 * written for this test, not taken from the gold sets. {@code PASS} = passes with no error but
 * spacing; {@code NOT <category>} = no error of that category (another check may still object to
 * the answer); otherwise the category the answer must fail with, and the correction it must show.
 */
class VerbFrameRulesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        // negation between the noun and 하다 (Yeon & Brown 2019, short negation)
        "안 before a noun + 하다 verb; 요즘 안 운동해요.; 요즘은 운동을 못 해요.; WORD_ORDER; 운동 안 해요",
        "못 before a noun + 하다 verb; 어제 못 청소했어요.; 어제 청소를 못 했어요.|어제 바빠서 청소 못 했어요.; WORD_ORDER; 청소 못 했어요",
        "안 before an adjective in -하다 stays; 오늘은 안 피곤해요.; 오늘은 피곤하지 않아요.; NOT WORD_ORDER; ",
        "안 before a dictionary adjective Nori tags XSV stays; 시간은 안 부족해요.; 시간은 부족하지 않아요.; PASS; ",
        "a happening keeps 안 in front; 버스가 아직 안 출발했어요.; 버스가 아직 출발하지 않았어요.; NOT WORD_ORDER; ",
        "the split form passes; 주말에는 공부 안 해요.; 주말에는 공부 안 해요.|주말에는 공부하지 않아요.; PASS; ",
        "못 before the object; 저는 못 오이를 먹어요.; 저는 오이를 못 먹어요.|오이는 못 먹어요.; WORD_ORDER; 오이를 못 먹어요",
        "안 'inside' after a bare noun stays; 냉장고 안 우유가 있어요.; 냉장고 안에 우유가 있어요.; NOT WORD_ORDER; ",
        "안 before a modifier phrase stays; 저는 안 매운 음식을 먹어요.; 저는 안 매운 음식을 먹어요.|저는 맵지 않은 음식을 먹어요.; PASS; ",
        // existence takes 에 (표준국어대사전 '있다', '계시다')
        "에서 before 있다; 은행이 어디에서 있어요?; 실례합니다. 은행이 어디에 있어요?; PARTICLE_WRONG; 어디에",
        "에서 before 계시다; 사장님은 지금 회의실에서 계세요?; 사장님께서 지금 회의실에 계세요?; PARTICLE_WRONG; 회의실에",
        "an event takes place with 에서; 회의는 삼 층 회의실에서 있어요.; 회의는 삼 층에서 해요.; PASS; ",
        "살다 takes 에서 too; 저는 부산에서 살아요.; 저는 부산에 살아요.; PASS; ",
        // the place of an activity takes 에서
        "에 before an activity verb; 보통 도서관에 책을 읽어요.; 보통 도서관에서 책을 읽어요.|주말에 책을 읽어요.; PARTICLE_WRONG; 도서관에서",
        "에 before an activity with its own auxiliary; 도서관에 공부해도 돼요?; 도서관에서 공부해도 돼요?|여기서 공부해도 돼요?; PARTICLE_WRONG; 도서관에서",
        "에 before 있다 after a modifier stays; 식당에 먹을 거 있어요?; 식당에 먹을 거 있어요?|식당에 뭐 있어요?; PASS; ",
        "에 before taking photos in a 실 room; 회의실에 사진 찍어도 돼요?; 회의실에서 사진 찍어도 돼요?|여기서 사진 찍어도 돼요?; PARTICLE_WRONG; 회의실에서",
        "에 of the goal of 찍다 stays; 서류에 도장을 찍어 주세요.; 서류에 도장을 찍어 주세요.|여기에 도장을 찍어 주세요.; PASS; ",
        "에 of the goal before 가다 stays; 점심에 식당에 밥 먹으러 가요.; 점심에 식당에 밥 먹으러 가요.|식당에 가요.; PASS; ",
        // coming from a country takes 에서 where the activity says where one is from
        "에 before 왔어요 of origin; 저는 베트남에 왔어요.; 저는 베트남에서 왔어요.|베트남 사람이에요.; PARTICLE_WRONG; 베트남에서",
        "에 of the goal of 왔어요 stays; 작년에 한국에 왔어요.; 저는 베트남에서 왔어요.|작년에 한국에 왔어요.; PASS; ",
        // the place of 넣다 takes 에 when the thing is the object
        "a vessel as a second object; 고기를 씻고 프라이팬을 넣어요.; 고기를 씻어서 프라이팬에 넣어요.|고기를 씻고 프라이팬에 구워요.; PARTICLE_WRONG; 프라이팬에",
        "a cup put away is an object; 그릇을 씻고 컵을 놓아요.; 그릇을 씻고 컵을 놓아요.|그릇을 씻어요.; PASS; ",
        "a second thing put is an object; 고기를 씻고 소금을 넣어요.; 고기를 씻고 소금을 넣어요.|고기를 씻어요.; PASS; ",
        // a particle after a quoted word follows the quoted word's last syllable
        "topic particle after quotes; '사랑'는 영어로 뭐예요?; '사랑'은 영어로 뭐예요?|'사랑'이 영어로 뭐예요?; PARTICLE_ALLOMORPH; '사랑'은",
        "a right particle after quotes; '사랑'은 영어로 뭐예요?; '사랑'이 영어로 뭐예요?|'사랑'은 영어로 뭐예요?; PASS; "
    })
    void rule(String rule, String answer, String expected, String verdict, String correction) {
        RuleRows.check(EVALUATOR, rule, answer, expected, verdict, c -> c.equals(correction));
    }
}
