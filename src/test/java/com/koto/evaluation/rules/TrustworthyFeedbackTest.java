package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11: correct natural answers pass; errors carry the right category, subtype and exact span;
 * explanations are chosen by subtype, in the learner's language, without empty quotes; the
 * summary names the kind of the main error. Accepted answers are separated by {@code |}.
 */
class TrustworthyFeedbackTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource(delimiter = ';', textBlock = """
            물 주세요;                         물 좀 주세요
            아메리카노요;                       아메리카노 한 잔 주세요
            따뜻한 라떼 하나요;                  따뜻한 라떼 한 잔 주세요
            아메리카노 주세요;                   아메리카노 한 잔 주세요
            큰 사이즈 주세요;                    큰 사이즈로 주세요
            창가 자리 주세요;                    창가 자리로 주세요
            와이파이 비밀번호 뭐예요;             와이파이 비밀번호가 뭐예요
            와이파이 비밀번호가 무엇입니까;       와이파이 비밀번호가 뭐예요
            감사합니다;                         감사해요
            이번 주말에 뭐 해요;                 이번 주말에 뭐 해
            내일 친구를 만나요;                  내일 친구를 만날 거예요
            이건 뭐예요;                        이것은 뭐예요
            포장해 주세요;                      테이크아웃이요
            가져갈게요;                         테이크아웃이요
            똑바로 가서 왼쪽으로 가세요;          쭉 가서 왼쪽으로 가세요
            기사님 좀 빨리 가 주세요;             좀 빨리 가 주세요
            조금만 더 빨리 가 주세요;             좀 빨리 가 주세요
            네 맛있게 드세요;                    맛있게 드세요
            서울에서 살아요;                     서울에 살아요
            창가 자리로 부탁드려요;               창가 자리로 주세요
            일요일엔 공부 안 해요;                일요일에는 공부 안 해요
            여기에서 박물관까지 멉니까;           여기서 박물관까지 멀어요
            친구하고 세 시에 카페에서 만나요;      세 시에 카페에서 친구를 만나요
            세 사람이에요;                      세 명이에요
            반갑습니다;                         만나서 반갑습니다
            """)
    void aCorrectNaturalAnswerIsNeverFailed(String answer, String expected) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, expected, Register.POLITE);
        assertThat(e.passed()).as("%s for %s: %s", answer, expected, e.errors()).isTrue();
        assertThat(e.errors()).extracting(EvaluationError::category).allMatch(c -> c == ErrorCategory.SPACING);
    }

    @ParameterizedTest(name = "{0} → {4}")
    @CsvSource(delimiter = ';', textBlock = """
            듣어요;               들어요;              듣어요;       들어요;        irregular/d
            어렵어요;             어려워요;            어렵어요;     어려워요;      irregular/b
            낫아요;               나아요;              낫아요;       나아요;        irregular/s
            어떻어요;             어때요;              어떻어요;     어때요;        irregular/h
            모르아요;             몰라요;              모르아요;     몰라요;        irregular/reu
            푸르어요;             푸르러요;            푸르어요;     푸르러요;      irregular/reo
            푸어요;               퍼요;                푸어요;       퍼요;          irregular/u
            왼쪽으로 돌으세요;     왼쪽으로 도세요;      돌으세요;     도세요;        irregular/l_deletion
            여기 살으면 좋아요;    여기 살면 좋아요;     살으면;       살면;          irregular/l_deletion
            요즘 바쁘어요;         요즘 바빠요;          바쁘어요;     바빠요;        irregular/eu_deletion
            좀 빨리 가어 주세요;   좀 빨리 가 주세요;    가어;         가;            ending/infinitive_contraction
            좀 깎으 주세요;        좀 깎아 주세요;       깎으;         깎아;          ending/infinitive
            어제 아프서 못 갔어요;  어제 아파서 못 갔어요; 아프서;       아파서;        irregular/eu_deletion
            이 옷 입어 보도 돼요?;  이 옷 입어 봐도 돼요?; 보도;         봐도;          ending/infinitive_contraction
            어제 비가 오았어요;    어제 비가 왔어요;     오았어요;     왔어요;        ending/infinitive_contraction
            같이 영화 보을래?;     같이 영화 볼래?;      보을래;       볼래;          ending/eu_insertion
            """)
    void irregularConjugationIsAnEndingErrorNamingItsRule(String answer, String expected, String original,
            String correction, String subtype) {
        EvaluationError error = only(RuleRows.evaluate(EVALUATOR, answer, expected, Register.POLITE));
        assertThat(error.category()).isEqualTo(ErrorCategory.ENDING);
        assertThat(error.subtype()).isEqualTo(subtype);
        assertThat(error.original()).isEqualTo(original);
        assertThat(error.correction()).isEqualTo(correction);
        assertThat(error.explanation()).contains(correction);
    }

    @ParameterizedTest(name = "{0} → {3}")
    @CsvSource(delimiter = ';', textBlock = """
            라떼 하나 잔 주세요;    라떼 한 잔 주세요;     하나;      한;   counter/native_short_form
            라떼 둘 잔 주세요;      라떼 두 잔 주세요;     둘;        두;   counter/native_short_form
            라떼 일 잔 주세요;      라떼 한 잔 주세요;     일;        한;   counter/sino_for_native
            삼 명이에요;            세 명이에요;          삼;        세;   counter/sino_for_native
            사과 한 잔 주세요;      사과 한 개 주세요;     잔;       개;      counter/wrong_counter
            세 개요;               세 명이요;            세 개;     세 명;   counter/wrong_counter
            삼 시에 만나요;         세 시에 만나요;        삼;        세;   counter/sino_for_native
            """)
    void numbersAndCountersHaveTheirOwnCheck(String answer, String expected, String original, String correction,
            String subtype) {
        EvaluationError error = only(RuleRows.evaluate(EVALUATOR, answer, expected, Register.POLITE));
        assertThat(error.category()).isEqualTo(ErrorCategory.VOCABULARY);
        assertThat(error.subtype()).isEqualTo(subtype);
        assertThat(error.original()).isEqualTo(original);
        assertThat(error.correction()).isEqualTo(correction);
    }

    @Test
    void thePacksCounterPatternTakesPartAndTheSummaryNamesTheCounter() {
        Evaluation e = RuleRows.evaluateIn("id", EVALUATOR, "카페라테 둘 잔 주세요", "카페라테 두 잔 주세요", Register.POLITE);
        EvaluationError error = only(e);
        String pattern = TestPacks.KO_ID.errorPatterns().stream().filter(p -> p.id().equals("native-sino-numbers"))
                .findFirst().orElseThrow().explanation();
        assertThat(error.explanation()).contains("'두', bukan '둘'").endsWith(pattern);
        assertThat(e.feedback()).startsWith("Perhatikan angka dan kata satuannya");
    }

    @ParameterizedTest(name = "{0} → {4}")
    @CsvSource(delimiter = ';', textBlock = """
            감사합니다 안녕히 가세요;   감사합니다. 안녕히 계세요;   안녕히 가세요;  안녕히 계세요;  honorific/farewell
            맛있게 먹으세요;           맛있게 드세요|맛있게 드십시오; 먹으세요;      드세요;        honorific/verb
            이름이 뭐예요;             성함이 어떻게 되세요|성함이 뭐예요; 이름이;      성함이;        honorific/noun
            나는 학생이에요;           저는 학생이에요;             나는;          저는;          honorific/humble_pronoun
            김 부장 있어요;            김 부장님 있어요;            부장;          부장님;        honorific/bare_title
            당신은 학생이에요;         학생이세요;                  당신은;        ;              honorific/you_pronoun
            쭉 가서 왼쪽으로 가;       쭉 가서 왼쪽으로 가세요;       가;            가세요;        honorific/speech_level
            """)
    void honorificsAndRegister(String answer, String expected, String original, String correction, String subtype) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, expected, Register.POLITE);
        assertThat(e.passed()).isFalse();
        EvaluationError error = e.errors().getFirst();
        assertThat(error.category()).isEqualTo(ErrorCategory.HONORIFIC);
        assertThat(error.subtype()).isEqualTo(subtype);
        assertThat(error.original()).isEqualTo(original);
        assertThat(error.correction()).isEqualTo(correction == null ? "" : correction);
        assertThat(error.explanation()).doesNotContain("''");
        assertThat(e.feedback()).startsWith("Not polite enough");
    }

    @Test
    void theIssuesExamplesGetTheRealError() {
        // 커피을 주세요 in an americano activity: the particle, not "vocabulary" and "'' → 하나"
        EvaluationError particle = only(RuleRows.evaluateIn("id", EVALUATOR, "커피을 주세요", "아메리카노 한 잔 주세요", Register.POLITE));
        assertThat(particle.category()).isEqualTo(ErrorCategory.PARTICLE_ALLOMORPH);
        assertThat(particle.subtype()).isEqualTo("particle_allomorph/object");
        assertThat(particle.correction()).isEqualTo("커피를");
        // 감사합니다 안녕히 가세요: one error, about who leaves, not two "spelling" errors
        Evaluation bye = RuleRows.evaluate(EVALUATOR, "감사합니다 안녕히 가세요", "감사합니다. 안녕히 계세요", Register.POLITE);
        assertThat(bye.errors()).extracting(EvaluationError::subtype).containsExactly("honorific/farewell");
        // a polite form is never "corrected" into a plainer one
        assertThat(RuleRows.evaluateIn("en", EVALUATOR, "이번 주말에 뭐 해요", "이번 주말에 뭐 해", Register.CASUAL).passed()).isTrue();
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = ';', textBlock = """
            일요일에는 안 공부해요;        일요일에는 공부 안 해요;          안 공부해요;                   공부 안 해요;                 word_order/negation
            저는 매일 출근해요 지하철로;   매일 지하철로 출근해요;           출근해요 지하철로;             지하철로 출근해요;            word_order/verb_final
            저는 만나요 친구를 세 시에 카페에서; 세 시에 카페에서 친구를 만나요; 만나요 친구를 세 시에 카페에서; 세 시에 카페에서 친구를 만나요; word_order/verb_final
            """)
    void wordOrderIsLocatedOnTheMovedPart(String answer, String expected, String original, String correction,
            String subtype) {
        EvaluationError error = RuleRows.evaluate(EVALUATOR, answer, expected, Register.POLITE).errors().stream()
                .filter(x -> x.category() == ErrorCategory.WORD_ORDER).findFirst().orElseThrow();
        assertThat(error.subtype()).isEqualTo(subtype);
        assertThat(error.original()).isEqualTo(original);
        assertThat(error.correction()).isEqualTo(correction);
    }

    @Test
    void aMissingWordIsPlacedNextToItsNeighbourWithoutEmptyQuotes() {
        EvaluationError error = only(RuleRows.evaluate(EVALUATOR, "내일 한국어를 공부할 거예요", "내일 친구하고 한국어를 공부할 거예요", Register.POLITE));
        assertThat(error.category()).isEqualTo(ErrorCategory.INCOMPLETE);
        assertThat(error.original()).isEqualTo("내일");
        assertThat(error.correction()).isEqualTo("내일 친구하고");
        assertThat(error.explanation()).doesNotContain("''").contains("'내일 친구하고'");
    }

    /** 이름에 예약했어요: the explanation names the booking under a name, not "a means of transport" (session 16). */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = ';', textBlock = """
            저기요, 김민수 이름에 예약했어요.; en; the name a booking is under
            저기요, 김민수 이름에 예약했어요.; id; nama pemesanan
            """)
    void aNameWithEBeforeBookingIsExplainedAsTheNameOfTheBooking(String answer, String lang, String phrase) {
        EvaluationError error = RuleRows.evaluateIn(lang, EVALUATOR, answer, "김민수 이름으로 예약했어요.", Register.POLITE).errors().stream()
                .filter(x -> x.category() == ErrorCategory.PARTICLE_WRONG).findFirst().orElseThrow();
        assertThat(error.correction()).isEqualTo("이름으로");
        assertThat(error.explanation()).contains(phrase).contains("'이름으로'").doesNotContain("''");
    }

    @Test
    void anUnsureAddedWordPassesWithTheModelAnswerShown() {
        Evaluation e = RuleRows.evaluate(EVALUATOR, "아메리카노 한 잔 케이크 주세요", "아메리카노 한 잔 주세요", Register.POLITE);
        assertThat(e.passed()).isTrue();
        assertThat(e.confidence()).isLessThan(0.75); // a configured model is asked
        assertThat(e.feedback()).isEqualTo("Accepted! A model answer for comparison: 아메리카노 한 잔 주세요");
    }

    @Test
    void theSubtypeIsOnTheWireOnlyWhenThereIsOne() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.writeValueAsString(new EvaluationError(ErrorCategory.SPELLING, "a", "b", "c")))
                .doesNotContain("subtype");
        assertThat(json.writeValueAsString(new EvaluationError(ErrorCategory.ENDING, "듣어요", "들어요", "…",
                "irregular/d"))).contains("\"subtype\":\"irregular/d\"");
    }

    @Test
    void everyPackExplainsEverySubtypeTheRulesEmit() {
        List<String> subtypes = List.of("particle_allomorph/object", "particle_missing/location", "particle_wrong/question_word_topic",
                "ending/copula", "irregular/d", "irregular/eu_deletion", "counter/native_short_form",
                "counter/wrong_counter", "honorific/farewell", "honorific/you_pronoun", "incomplete/missing_word",
                "vocabulary/extra_word", "vocabulary/negation_left_out", "word_order/verb_final", "spelling/sound", "tense/past");
        for (var pack : List.of(TestPacks.KO_EN, TestPacks.KO_ID)) {
            assertThat(subtypes).allMatch(s -> pack.subtypeExplanation(s).isPresent());
            assertThat(subtypeKeys(pack)).isEqualTo(subtypeKeys(TestPacks.KO_EN));
        }
    }

    private static java.util.Set<String> subtypeKeys(com.koto.langpack.LangPack pack) {
        return pack.categoryExplanations().keySet().stream().filter(k -> k.contains("/"))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static EvaluationError only(Evaluation e) {
        assertThat(e.passed()).isFalse();
        assertThat(e.errors()).as("%s", e.errors()).hasSize(1);
        return e.errors().getFirst();
    }
}
