package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 7 (issue 11, helper eval9a): classes of correct answers the rules failed — set J's false
 * alarms generalised to other words and other scenes. Each class has rows that must pass (most of
 * them failed before this session: marked "was failed") and rows that must still fail (the error the
 * class must not hide). Answers written for this test, not taken from the gold sets. {@code PASS} =
 * passes (possibly unsure, with the model answer shown) with no finding but spacing; {@code SPACING}
 * = passes with a spacing note; a category = fails with that category. Accepted answers are
 * separated by {@code |}.
 */
class CorrectAnswersPassTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // soft question endings on the accepted stem (QuestionEndings): ㄹ drops, ㅂ becomes 우
        "-(으)ㄴ가요, ㄹ dropped (was failed); 시청이 여기서 먼가요? 버스로 얼마나 걸려요?; 시청이 여기서 멀어요? 버스로 얼마나 걸려요?; polite; PASS",
        "-(으)ㄴ가요 (was failed); 이 가방 좀 비싼가요? 할인 돼요?; 이 가방 좀 비싸요? 할인 돼요?; polite; PASS",
        "-(으)ㄴ가요, ㅂ-irregular (was failed); 오늘 날씨가 추운가요? 코트 입어야 돼요?; 오늘 날씨가 추워요? 코트 입어야 돼요?; polite; PASS",
        "-(으)ㄴ가요 after a consonant (was failed); 그 식당 음식이 괜찮은가요? 가격은 얼마예요?; 그 식당 음식이 괜찮아요? 가격은 얼마예요?; polite; PASS",
        "-나요, ㄹ dropped (was failed); 선생님도 이 근처에 사나요? 집이 가까워요?; 선생님도 이 근처에 살아요? 집이 가까워요?; polite; PASS",
        "-ㄴ가요 of a 하다 adjective (was failed); 이 방이 제일 조용한가요? 창문도 있어요?; 이 방이 제일 조용해요? 창문도 있어요?; polite; PASS",
        "-나요 of 있다 (was failed); 그 영화 재미있나요? 몇 시에 시작해요?; 그 영화 재미있어요? 몇 시에 시작해요?; polite; PASS",
        "ㄹ kept before 은 stays wrong; 시청이 여기서 멀은가요? 버스로 얼마나 걸려요?; 시청이 여기서 멀어요? 버스로 얼마나 걸려요?; polite; ENDING",
        // 몇 with a unit asks what 얼마나 asks (Approximations.unitsForExtent, contrast 얼마/몇 except 얼마나)
        "몇 분쯤 for 얼마나 (was failed); 서울역까지 걸어서 몇 분쯤 걸려요?; 서울역까지 걸어서 얼마나 걸려요?; polite; PASS",
        "몇 시간쯤 for 얼마나 (was failed); 여기서 공항까지 몇 시간쯤 걸려요?; 여기서 공항까지 얼마나 걸려요?; polite; PASS",
        // the bound noun 것 joined to its modifier is a spacing slip, the sentence read spaced (Spacing.spacedThing)
        "늦을것 같아요 (was failed); 약속에 좀 늦을것 같아요. 미안해요.; 약속에 좀 늦었어요. 미안해요.; polite; SPACING",
        "좋은것 같아요; 제 생각에는 이게 더 좋은것 같아요.; 제 생각에는 이게 더 좋아요.; polite; SPACING",
        "자는것이; 오늘은 일찍 자는것이 좋겠어요.; 오늘은 일찍 자는 게 좋겠어요.; polite; SPACING",
        "conjecture for the present (was failed); 회의가 좀 길어질것 같아요.; 회의가 좀 길어져요.; polite; SPACING",
        "a plain ending after 것 stays wrong; 약속에 좀 늦을것 같아.; 약속에 좀 늦었어요.; polite; HONORIFIC",
        // the converse question about opening hours; 문 left out of 열다/닫다 (Converses)
        "닫다 at a time for 열다 until it (was failed); 오늘 몇 시에 가게 문 닫아요?; 오늘 몇 시까지 가게 문 열어요?; polite; PASS",
        "열다 until a time for 닫다 at it (was failed); 도서관은 몇 시까지 열어요?; 도서관은 몇 시에 문을 닫아요?; polite; PASS",
        "부터 for 에 with 열다 (was failed); 수영장은 몇 시부터 열어요?; 수영장은 몇 시에 열어요?; polite; PASS",
        "열다 without 문 (was failed); 편의점은 몇 시에 열어요?; 편의점은 몇 시에 문 열어요?; polite; PASS",
        "닫다 without 문 (was failed); 약국은 몇 시에 닫아요?; 약국은 몇 시에 문을 닫아요?; polite; PASS",
        "the opening time for the closing time stays wrong; 오늘 몇 시에 문 열어요?; 오늘 몇 시까지 문 열어요?; polite; PARTICLE_WRONG",
        "닫다 until a time stays wrong; 오늘 몇 시까지 문 닫아요?; 오늘 몇 시까지 문 열어요?; polite; VOCABULARY",
        // hedges and distributives on a quantity (Approximations.sameQuantity, hedgeLeftOut)
        "번씩 (was failed); 하루에 두 번씩 드세요.; 하루에 두 번 드세요.; polite; PASS",
        "잔씩 (was failed); 아메리카노 두 잔씩 주세요.; 아메리카노 두 잔 주세요.; polite; PASS",
        "분쯤 (was failed); 공항까지 삼십 분쯤 걸려요.; 공항까지 삼십 분 걸려요.; polite; PASS",
        "정도 left out (was failed); 공항까지 삼십 분 걸려요.; 공항까지 삼십 분 정도 걸려요.; polite; PASS",
        "시간쯤 (was failed); 한 시간쯤 기다려야 돼요?; 한 시간 기다려야 돼요?; polite; PASS",
        "알씩 (was failed); 이 약은 몇 알씩 먹어요?; 이 약은 몇 알 먹어요?; polite; PASS",
        "an ordinal stays wrong; 하루에 두 번째 드세요.; 하루에 두 번 드세요.; polite; VOCABULARY",
        "another counter stays wrong; 하루에 두 시 드세요.; 하루에 두 번 드세요.; polite; VOCABULARY",
        // 얼마 안 + verb is 'only a little', not an added negation (Approximations.littleAmount)
        "얼마 안 남았어요 (was failed); 시간이 얼마 안 남았어요. 빨리 가 주세요.; 시간이 없어요. 빨리 가 주세요.; polite; PASS",
        "얼마 안 걸려요 (was failed); 여기서 얼마 안 걸려요.; 여기서 가까워요.; polite; PASS",
        "얼마 안 남았어요 for 거의 없어요 (was failed); 돈이 얼마 안 남았어요.; 돈이 거의 없어요.; polite; PASS",
        "안 있어요 stays wrong; 방에 에어컨이 안 있어요.; 방에 에어컨이 없어요.; polite; VOCABULARY",
        "an added 안 stays wrong; 이 음식은 안 맛있어요.; 이 음식은 맛있어요.; polite; VOCABULARY",
        // the comparative 더 for the accepted degree words (PreChecks.comparative)
        "더 큰 거 for 한 사이즈 큰 거 (was failed); 이거 저한테 좀 작은데요, 더 큰 것도 있어요?; 이거 너무 작은데 한 사이즈 큰 거 있나요?; polite; PASS",
        "더 큰 거 for 한 치수 큰 거; 이 신발이 작아요. 더 큰 거 있어요?; 이 신발이 작아요. 한 치수 큰 거 있어요?; polite; PASS",
        // the -아/어 form before a polite auxiliary; the resultative for the past (Evidence.midSentence, ResultState)
        "예약되어 있습니다 (was failed); 체크인하려고 합니다. 제 이름으로 예약되어 있습니다.; 제 이름으로 예약했습니다. 체크인하려고 합니다.; formal; PASS",
        "열려 있어요 for 열렸어요 (was failed); 창문이 열려 있어요. 닫아 주세요.; 창문이 열렸어요. 닫아 주세요.; polite; PASS",
        "a plain auxiliary stays wrong; 창문이 열려 있어. 닫아 줘요.; 창문이 열렸어요. 닫아 주세요.; polite; HONORIFIC",
        // -고요 and -시- of a request (Evidence.clauseForSentence, requestToListener)
        "주시고요 for 주세요 (was failed); 아이스 라떼 하나 주시고요, 시럽은 빼 주세요.; 아이스 라테 하나 주세요. 시럽은 빼 주세요.|시럽 없이 아이스 라테 하나요.; polite; PASS",
        // the copula's 이 contracted after a vowel (Evidence.copulaContracted); -시- of 알려 주세요 after -는지
        "누군지 for 누구인지 (was failed); 그 사람이 누군지 몰라요.; 그 사람이 누구인지 몰라요.; polite; PASS",
        "뭔지 for 뭐인지 (was failed); 이게 뭔지 알려 주세요.; 이게 뭐인지 알려 주세요.; polite; PASS",
        "a request after an embedded question (was failed); 이거 먹어도 되는지 알려 주세요.; 이거 먹어도 돼요?; polite; PASS",
        // loanwords spelled with a tense consonant (equivalents.json, source loanword-spelling)
        "라떼 for 라테 (was failed); 따뜻한 라떼 한 잔 주세요.; 따뜻한 라테 한 잔 주세요.; polite; PASS",
        // session 35 (s35a): 까페, 쏘스 are corrected too (외래어 표기법 제4항; AS's teacher marks 까페 → 카페 as spelling);
        // 라떼 stays accepted (the gold sets pass it in many answers)
        "까페 for 카페 (외래어 표기법 제4항); 이 근처에 까페 있어요?; 이 근처에 카페 있어요?; polite; SPELLING",
        // session 29 (s29e): 싸이즈 and 뻐스 are common nouns of speech, not menu or shop names; fresh teachers correct them
        "싸이즈 for 사이즈 (외래어 표기법 제4항); 이 셔츠 싸이즈가 작아요.; 이 셔츠 사이즈가 작아요.; polite; SPELLING",
        "뻐스 for 버스 (외래어 표기법 제4항); 뻐스 정류장이 어디예요?; 버스 정류장이 어디예요?; polite; SPELLING",
        "쏘스 for 소스 (외래어 표기법 제4항); 돈가스에 쏘스 좀 더 주세요.; 돈가스에 소스 좀 더 주세요.; polite; SPELLING",
        "a misspelt vowel in a loanword stays wrong; 에어콘이 안 돼요.; 에어컨이 안 돼요.; polite; SPELLING",
        "another drink stays wrong; 따뜻한 라떼 한 잔 주세요.; 따뜻한 아메리카노 한 잔 주세요.; polite; VOCABULARY",
    })
    void rule(String rule, String answer, String expected, String register, String verdict) {
        RuleRows.check(EVALUATOR, rule, answer, expected, Register.fromWire(register), verdict);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = ';', value = {
        "늦을것; 같아요; 늦을 것",
        "좋은것; 같아요; 좋은 것",
        "먹는것을; 좋아해요; 먹는 것을",
        "길어질거; 같아요; 길어질 거",
        "큰것; 있어요; 큰 것",
        // a dictionary word, the promise -ㄹ게, and 거 not before 같다 stay whole
        "날것; 먹어요; 날것",
        "먹을게요; ''; 먹을게요",
        "갈거; 있어요; 갈거",
        "이것; 주세요; 이것",
        "새것; 있어요; 새것",
        "그것도; 주세요; 그것도",
    })
    void boundNounThingIsSpacedAfterAModifier(String word, String next, String spaced) {
        assertThat(Spacing.spacedThing(word, next)).isEqualTo(spaced);
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = ';', value = {
        "먼가요; 멀어요; true",
        "가까운가요; 가까워요; true",
        "사나요; 살아요; true",
        "추울까요; 추워요; true",
        "어떤가요; 어때요; true",
        "멀은가요; 멀어요; false",
        "작은가요; 작아요; true",
        "작은가요; 작을게요; false",
    })
    void softQuestionIsTheAcceptedStemAskedGently(String learner, String accepted, boolean same) {
        assertThat(QuestionEndings.sameQuestion(learner, accepted)).isEqualTo(same);
    }
}
