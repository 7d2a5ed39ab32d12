package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recall classes of session 16 (helper eval30d) on the learner's own words, each with correct neighbours that
 * must still pass: a Sino-Korean number before the ordinal 번째 ({@link Counters}); the animal for its meat,
 * 가다/오다 where the answer fixes where the speaker is, lending for borrowing, 욕실 asked for as 화장실, a chair
 * for a seat ({@code confusables.json}); 씻다 of clothes, 작게 of a length, 많은 사이즈, 향이 맛있다, 비자를 길게
 * 하다 (collocations); 편도/왕복, 같이/따로, 전부터/후부터 (contrasts); 안 against an accepted 못 still passes
 * (the InabilityNegation check was withdrawn by the lead: it failed a correct answer on each of two sealed sets);
 * the second part of a task left out after a form of
 * address, a closing formula or a reason said as a sentence of its own ({@link MissingParts}); a list member
 * after a comma left uncounted ({@link MissingNumbers}). Rows written for this test, not taken from the gold
 * sets. Verdict: {@code PASS}, or the subtype the answer fails with on the original and correction given.
 */
class WordsAndPartsSession16Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {2} ⇒ {5}")
    @CsvSource(delimiter = ';', value = {
        // numbers and ordinals: 번째 counts with native numbers, the first with 첫
        "Sino-Korean before 번째; POLITE; 삼 번째 신호등에서 오른쪽으로 가세요.; 세 번째 신호등에서 오른쪽으로 가세요.; ; counter/sino_for_native; 삼; 세",
        "이 read as two before 번째; POLITE; 이 번째 집이 우리 집이에요.; 두 번째 집이 우리 집이에요.; ; counter/sino_for_native; 이; 두",
        "일 번째 is 첫 번째; POLITE; 일 번째 문으로 들어가세요.; 첫 번째 문으로 들어가세요.; ; counter/sino_for_native; 일; 첫",
        "한 번째 is 첫 번째; POLITE; 한 번째 역에서 내리세요.; 첫 번째 역에서 내리세요.; ; counter/native_short_form; 한; 첫",
        "digits before 번째; POLITE; 2번째 역에서 내리세요.; 두 번째 역에서 내리세요.; ; PASS; ; ",
        "첫 번째 in other words; POLITE; 첫 번째 문으로 들어가시면 돼요.; 첫 번째 문으로 들어가세요.; ; PASS; ; ",
        "이번 is no number; POLITE; 이번 주에 두 번 갔어요.; 이번 주에는 두 번 갔어요.; ; PASS; ; ",
        // part and whole: the animal for its meat
        "소 for 소고기; POLITE; 저는 소를 안 먹어요.; 저는 소고기를 안 먹어요.; ; vocabulary/confusable; 소를; 소고기를",
        "돼지 for 돼지고기; POLITE; 아이가 돼지를 못 먹어요.; 아이가 돼지고기를 못 먹어요.; ; vocabulary/confusable; 돼지를; 돼지고기를",
        "the animal itself; POLITE; 농장에 돼지가 정말 많아요.; 농장에 돼지가 많아요.; ; PASS; ; ",
        "the meat without its particle; POLITE; 돼지고기 안 먹어요.; 돼지고기를 안 먹어요.; ; PASS; ; ",
        // 가다/오다 where the answer fixes where the speaker is
        "와 주세요 to a driver; POLITE; 명동으로 와 주세요.; 명동으로 가 주세요.; ; vocabulary/confusable; 와; 가",
        "갔어요 said in the place itself; POLITE; 여기서 산 가방을 환불하러 갔어요.; 여기서 산 가방을 환불하러 왔어요.; ; vocabulary/confusable; 갔어요; 왔어요",
        "오는 길 beside one's own 갈게; CASUAL; 오는 길에 빵 사 갈게.; 가는 길에 빵 사 갈게.; ; vocabulary/confusable; 오는; 가는",
        "where the speaker is is not said; POLITE; 환불하러 갔어요.; 환불하러 왔어요.; ; PASS; ; ",
        "a repairman asked to come; POLITE; 고치러 와 주실 수 있어요?; 고치러 와 주세요.; ; PASS; ; ",
        "went and came back; CASUAL; 할머니 댁에 가서 저녁 먹고 왔어.; 할머니 댁에 가서 저녁 먹었어.; ; PASS; ; ",
        // lending for borrowing, getting back for giving back
        "빌려주다 for 빌리다; POLITE; 우산을 빌려주고 싶어요.; 우산을 빌리고 싶어요.; ; vocabulary/confusable; 빌려주고; 빌리고",
        "돌려받다 for 돌려주다; POLITE; 언제까지 돌려받으면 돼요?; 언제까지 돌려주면 돼요?; ; vocabulary/confusable; 돌려받으면; 돌려주면",
        "a request to lend is a request to borrow; POLITE; 이 책 좀 빌려 주세요.; 이 책 빌리고 싶어요.; ; PASS; ; ",
        "giving back; CASUAL; 내일 꼭 돌려줄게.; 내일 돌려줄게.; ; PASS; ; ",
        // verbs of cleaning
        "씻다 of a shirt; POLITE; 이 셔츠 씻어 주세요.; 이 셔츠 세탁해 주세요.; ; vocabulary/collocation; 씻어; 세탁해",
        "씻다 of a blanket; POLITE; 이불을 씻고 싶어요.; 이불을 빨고 싶어요.; ; vocabulary/collocation; 씻고; 빨고",
        "씻다 of hands; POLITE; 화장실에서 손을 씻고 싶어요.; 손을 씻고 싶어요.; ; PASS; ; ",
        "씻다 of vegetables; POLITE; 먼저 채소를 씻어요.; 채소를 씻어요.; ; PASS; ; ",
        "세탁 in other words; POLITE; 이 코트 세탁 좀 해 주세요.; 이 코트 세탁해 주세요.; ; PASS; ; ",
        // size words: 작게 of a length, 많은 of a size
        "작게 of hair; POLITE; 앞머리 작게 잘라 주세요.; 앞머리 짧게 잘라 주세요.; ; vocabulary/collocation; 작게; 짧게",
        "많은 of a size; POLITE; 더 많은 사이즈 있어요?; 더 큰 사이즈 있어요?; ; vocabulary/collocation; 많은; 큰",
        "작게 of writing; POLITE; 글씨 좀 작게 써 주세요.; 글씨를 작게 써 주세요.; ; PASS; ; ",
        "짧게 itself; POLITE; 머리를 짧게 잘라 주세요.; 머리 짧게 잘라 주세요.; ; PASS; ; ",
        // an adverb in -게 with 하다 where the noun takes a verb of its own
        "길게 하다 of a stay; FORMAL; 체류 기간을 길게 하고 싶습니다.; 체류 기간을 연장하고 싶습니다.; ; vocabulary/collocation; 길게 하고; 연장하고",
        "길게 of hair; POLITE; 앞머리는 좀 길게 해 주세요.; 앞머리는 길게 해 주세요.; ; PASS; ; ",
        // rooms and seats
        "욕실 asked for; POLITE; 욕실은 어디에 있어요?; 화장실은 어디에 있어요?; ; vocabulary/confusable; 욕실은; 화장실은",
        "욕실 of one's own flat; POLITE; 욕실에 수건이 없어요.; 화장실에 수건이 없어요.; ; PASS; ; ",
        "의자 for a seat; POLITE; 죄송한데 여기 제 의자예요.; 죄송한데 여기 제 자리예요.; ; vocabulary/confusable; 의자예요; 자리예요",
        // smell, contrasts
        "향이 맛있다; CASUAL; 이 꽃 향이 진짜 맛있어.; 이 꽃 향이 진짜 좋아.; ; vocabulary/collocation; 맛있어; 좋아",
        "편도 for 왕복; POLITE; 부산 가는 편도 표 주세요.; 부산 가는 왕복 표 주세요.; ; vocabulary/contrast; 편도; 왕복",
        "같이 for 따로; POLITE; 저희 같이 낼게요.; 저희 따로 낼게요.; ; vocabulary/contrast; 같이; 따로",
        "후부터 for 전부터; POLITE; 이틀 후부터 목이 아파요.; 이틀 전부터 목이 아파요.; ; vocabulary/contrast; 후부터; 전부터",
        "같이 as accepted; POLITE; 우리 같이 가요.; 우리 같이 가요.|같이 가요.; ; PASS; ; ",
        // 안 against an accepted 못: not judged (InabilityNegation withdrawn, session 16)
        "forgetting is no inability; CASUAL; 어제 전화 안 해서 미안해. 깜빡했어.; 어제 전화 못 해서 미안해.; Apologize to your friend for forgetting to call yesterday.; PASS; ; ",
        "another verb (들리다, not 듣다); POLITE; 너무 시끄러워서 잘 안 들렸어요. 다시 말씀해 주세요.; 너무 시끄러워서 잘 못 들었어요. 다시 말씀해 주세요.; Tell the teacher it was noisy so you couldn't hear, and ask her to say it again.; PASS; ; ",
        "안 되다 is one expression; CASUAL; 미안, 내일은 안 돼.; 미안, 내일은 못 가.; Tell your friend you can't go tomorrow.; PASS; ; ",
        "안 of an adjective; POLITE; 몸이 안 좋아서 못 가요.; 아파서 못 가요.; Tell your boss you can't come because you are sick.; PASS; ; ",
        // a list member after a comma left uncounted
        "the next item after a comma; POLITE; 커피 두 잔, 케이크 주세요.; 커피 두 잔하고 케이크 하나 주세요.; ; incomplete/missing_number; 케이크; 케이크 하나",
        "every item counted; POLITE; 커피 두 잔, 케이크 하나 주세요.; 커피 두 잔하고 케이크 하나 주세요.; ; PASS; ; ",
        // the second part of a task left out
        "after a form of address; POLITE; 기사님, 공항으로 가 주세요.; 공항으로 가 주세요. 얼마나 걸려요?|공항까지 가 주세요. 시간이 얼마나 걸려요?; ; incomplete/missing_part; 주세요.; 주세요. 얼마나 걸려요",
        "before a closing formula; FORMAL; 안녕하십니까. 저는 한국에서 온 민수입니다. 잘 부탁드립니다.; 안녕하십니까. 저는 한국에서 온 민수입니다. 수영은 처음입니다.; ; incomplete/missing_part; 민수입니다.; 민수입니다. 수영은 처음입니다",
        "a reason said as a sentence; POLITE; 선생님, 오늘 배가 아파요.; 선생님, 오늘 배가 아파서 학교에 못 가요.; ; incomplete/missing_part; 아파요.; 아파서 학교에 못 가요.",
        "two parts said, the third left out; POLITE; 오늘 3시 예약이 있는데 못 갈 것 같아요.; 오늘 3시에 예약했는데 못 갈 것 같아요. 내일로 바꿀 수 있어요?; ; incomplete/missing_part; 같아요.; 같아요. 내일로 바꿀 수 있어요",
        "an accepted answer of one part; POLITE; 기사님, 공항으로 가 주세요.; 공항으로 가 주세요.|공항까지 가 주세요. 얼마나 걸려요?; ; PASS; ; ",
        "a closing formula added; POLITE; 안녕하세요. 저는 민수예요. 잘 부탁드려요.; 안녕하세요. 저는 민수예요.; ; PASS; ; ",
        "an accepted answer of as many parts, all said; CASUAL; 오늘 좀 늦을 거니까 먼저 먹어.; 오늘 늦어. 먼저 먹어. 기다리지 마.|늦을 거니까 먼저 먹어.; ; PASS; ; ",
    })
    void rows(String rule, String register, String answer, String accepted, String context, String verdict,
            String original, String correction) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(accepted.split("\\|")), List.of(), answer, "en",
                Register.valueOf(register), null, context));
        if (verdict.equals("PASS")) {
            assertThat(e.passed()).as("%s: %s", rule, e.errors()).isTrue();
            assertThat(e.errors()).as(rule).allMatch(x -> x.category() == ErrorCategory.SPACING);
            return;
        }
        assertThat(e.passed()).as("%s: %s", rule, e.errors()).isFalse();
        assertThat(e.errors()).as("%s: %s", rule, e.errors()).anyMatch(x -> verdict.equals(x.subtype())
                && x.original().equals(original) && x.correction().equals(correction));
    }
}
