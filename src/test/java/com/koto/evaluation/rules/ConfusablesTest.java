package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The learner-confusion data of session 6 ({@link Confusables}, {@code confusables.json}), with
 * answers written for this test (not taken from the gold sets): each kind catches its error and
 * leaves a correct answer alone. {@code PASS} = passes (possibly unsure, with the model answer
 * shown); a subtype = fails with that {@code vocabulary} subtype. Accepted answers are separated by {@code |}.
 */
class ConfusablesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // confusable pairs: only where the accepted answer has the partner at the aligned place
        "잊다 for 잃다; 버스에서 지갑을 잊어버렸어요; 버스에서 지갑을 잃어버렸어요; vocabulary/confusable",
        "잃다 for 잊다; 친구 생일을 잃어버렸어요; 친구 생일을 잊어버렸어요; vocabulary/confusable",
        "잊다 where it is accepted; 숙제를 잊어버렸어요; 숙제를 잊어버렸어요; PASS",
        "빌다 for 빌리다; 펜 좀 빌어 주세요; 펜 좀 빌려 주세요; vocabulary/confusable",
        "빌려 주다 itself; 펜 좀 빌려 주실래요; 펜 좀 빌려 주세요; PASS",
        "월급 for 월세; 월급이 얼마예요; 월세가 얼마예요; vocabulary/confusable",
        "그저께 for 모레; 그저께 다시 올게요; 모레 다시 올게요; vocabulary/confusable",
        "아파하다 about oneself; 오늘 아침부터 배가 아파해요; 오늘 아침부터 배가 아파요; vocabulary/confusable",
        "아프다 itself; 오늘 아침부터 배가 아파요; 오늘 아침부터 배가 아파요; PASS",
        "안 for 못 with an obligation as the reason; 내일은 출근해야 해서 안 가요; 내일은 출근해야 해서 못 가요; vocabulary/confusable",
        "안 되다 is one expression, not 안 for 못 (blind set J); 내일은 출근해야 해서 안 될 것 같아요; 내일은 출근해야 해서 못 갈 것 같아요; PASS",
        "안 돼요 with an obligation as the reason; 내일은 출근해야 해서 안 돼요; 내일은 출근해야 해서 못 가요; PASS",
        "안 for 못 with an engagement as the reason; 토요일에 약속이 있어서 파티에 안 가요; 토요일에 약속이 있어서 파티에 못 가요; vocabulary/confusable",
        "못 for 안 with an engagement: one way only; 토요일에 약속이 있어서 파티에 못 가요; 토요일에 약속이 있어서 파티에 안 가요; PASS",
        "안 with a reason of mood is left alone; 너무 피곤해서 파티에 안 가요; 너무 피곤해서 파티에 못 가요; PASS",
        "안 되다 after an engagement; 토요일에 약속이 있어서 안 돼요; 토요일에 약속이 있어서 못 가요; PASS",
        // collocations: the verb with the object noun in the learner's sentence
        "사진을 만들다; 여기서 사진을 만들어도 돼요; 여기서 사진을 찍어도 돼요; vocabulary/collocation",
        "만들다 with another noun stays a possible paraphrase; 여기서 케이크를 만들어도 돼요; 여기서 케이크를 찍어도 돼요; PASS",
        "시간이 가지다; 두 시간쯤 가져요; 두 시간쯤 걸려요; vocabulary/collocation",
        "약을 마시다; 하루에 세 번 약을 마셔요; 하루에 세 번 약을 먹어요; vocabulary/collocation",
        "테니스를 놀다; 주말마다 테니스를 놀아요; 주말마다 테니스를 쳐요; vocabulary/collocation",
        "놀다 itself; 주말마다 공원에서 놀아요; 주말마다 공원에서 놀아요; PASS",
        // a confusion found against another accepted answer fails whatever the nearest accepted answer was
        "잊다 against a second accepted answer; 택시에 우산을 잊어버렸어요; 택시에 우산을 두고 내렸어요|택시에서 우산을 잃어버렸어요; vocabulary/confusable",
        // two antonym contrasts added to equivalents.json (Contrasts) in this session
        "많이 for 조금; 소금 많이 넣어 주세요; 소금 조금만 넣어 주세요; vocabulary/contrast",
        "좀 for 조금 is a request softener; 소금 좀 넣어 주세요; 소금 조금만 넣어 주세요; PASS",
        "알다 for 모르다; 그 사람 잘 알아요; 그 사람 잘 몰라요; vocabulary/contrast",
        "잊다 accepted by another answer of the activity; 지갑 둔 곳을 잊어버렸어요; 지갑을 잃어버렸어요|지갑을 어디에 뒀는지 잊어버렸어요; PASS",
        // voice: the learner's own case marking contradicts the verb
        "object before an intransitive; 어제 컵을 떨어져서 깨졌어요; 어제 컵을 떨어뜨려서 깨졌어요; vocabulary/voice",
        "subject before a transitive; 바람 때문에 창문이 열었어요; 바람 때문에 창문이 열렸어요; vocabulary/voice",
        "subject before the intransitive is fine; 어제 컵이 떨어져서 깨졌어요; 어제 컵이 떨어져서 깨졌어요; PASS",
        "the thing shut as the subject of 닫다; 몇 시에 가게 문이 닫아요; 몇 시에 가게 문을 닫아요; particle_wrong/subject_of_transitive",
        "the other voice on its own marking is a paraphrase; 회의가 끝났어요; 회의를 끝냈어요; PASS",
        "the transitive with its object for the intransitive; 불을 껐어요; 불이 꺼졌어요; PASS",
        "another person may 아파하다; 우리 아이가 많이 아파해요; 우리 아이가 많이 아파요; PASS",
        "the intransitive with its subject for the transitive is a paraphrase; 주말에는 몇 시에 문이 열려요; 주말에는 몇 시에 문을 열어요; PASS",
    })
    void confusions(String rule, String answer, String accepted, String expected) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(accepted.split("\\|")), List.of(), answer,
                "en", Register.POLITE, null));
        if (expected.equals("PASS")) {
            assertThat(e.passed()).as(rule + ": " + e.errors()).isTrue();
        } else {
            assertThat(e.passed()).as(rule).isFalse();
            assertThat(e.errors()).as(rule).anyMatch(x -> expected.equals(x.subtype()));
        }
    }

    @Test
    void theDataIsLoadedWithItsThreeKinds() {
        int[] sizes = Confusables.sizes();
        assertThat(sizes[0]).isGreaterThanOrEqualTo(8);
        assertThat(sizes[1]).isGreaterThanOrEqualTo(5);
        assertThat(sizes[2]).isGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest(name = "{0} ({1}) names its own pair")
    @CsvSource(delimiter = ';', value = {
        "지갑을 잊어버렸어요; en; 지갑을 잃어버렸어요; 잊다 = forget, 잃다 = lose; 빌리다",
        "지갑을 잊어버렸어요; id; 지갑을 잃어버렸어요; 잊다 = lupa, 잃다 = kehilangan; 빌리다",
        "펜 좀 빌어 주세요; id; 펜 좀 빌려 주세요; 빌리다 = meminjam; 잃다",
        "여기서 사진을 만들어도 돼요; en; 여기서 사진을 찍어도 돼요; 사진을 찍다 = take a photo; 약을",
        "하루에 세 번 약을 마셔요; id; 하루에 세 번 약을 먹어요; 약을 먹다 = minum obat; 사진을",
        "어제 컵을 떨어져서 깨졌어요; en; 어제 컵을 떨어뜨려서 깨졌어요; 떨어뜨리다 = drop something; 열리다",
        "바람 때문에 창문이 열었어요; id; 바람 때문에 창문이 열렸어요; 열리다 = terbuka; 떨어지다",
    })
    void theExplanationNamesThePairAtHand(String answer, String lang, String accepted, String meaning, String other) {
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(accepted), List.of(), answer, lang,
                Register.POLITE, null));
        assertThat(e.errors()).as(answer).anyMatch(x -> Confusables.certain(x.subtype())
                && x.explanation().contains(meaning) && !x.explanation().contains(other)
                && !x.explanation().contains("''"));
    }

    @Test
    void everyEntryMeansSomethingInBothLanguages() throws Exception {
        try (var in = getClass().getClassLoader().getResourceAsStream(Confusables.LOCATION)) {
            var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(in);
            for (String kind : List.of("confusables", "collocations", "voice")) {
                root.path(kind).forEach(entry -> {
                    assertThat(entry.path("meaning").path("en").asString()).as(kind + " " + entry).isNotBlank();
                    assertThat(entry.path("meaning").path("id").asString()).as(kind + " " + entry).isNotBlank();
                });
            }
        }
    }

    @Test
    void eachSubtypeIsExplainedInBothPacks() {
        for (String subtype : List.of(Confusables.CONFUSABLE, Confusables.COLLOCATION, Confusables.VOICE)) {
            for (var pack : List.of(TestPacks.KO_EN, TestPacks.KO_ID)) {
                Evaluation e = EVALUATOR.evaluate(EvaluationRequest.of(List.of("펜 좀 빌려 주세요"), "펜 좀 빌어 주세요",
                        pack == TestPacks.KO_EN ? "en" : "id"));
                assertThat(e.errors()).anyMatch(x -> x.explanation().contains("빌리다"));
            }
        }
    }
}
