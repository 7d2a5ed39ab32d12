package com.koto.evaluation.rules;


import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 11 (helper eval18b): findings that rewrite a well-formed predicate or noun ending of the
 * learner's into the accepted answer's ({@link WellFormedEnds}, {@link Evidence#formalForFormal}, the
 * 하다 verb before an auxiliary in {@link NaturalVariants#levelOnSentenceEnd}, -시- after a clause
 * connective in {@link SpeechLevels}), and a speech-level correction given on the learner's own verb
 * ({@link WellFormedEnds#atOwnLevel}). Each class has a correct answer that now passes and a real error
 * of the same kind that is still caught. Answers written for this test, not from the gold sets. The
 * register is the first field; {@code PASS} = passes; {@code NO x} = no error of subtype x; otherwise the
 * answer fails with that subtype on the given original → correction ({@code *}: any span).
 */
class WellFormedEndsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // the plain -다 of the learner's own predicate, where the learner ends the sentence otherwise
        "CASUAL; 오늘 진짜 춥네. 집에 가자.; 오늘 진짜 춥다. 집에 가자.; PASS; *",
        "CASUAL; 시험 잘 봤어. 기분 좋아.; 시험 잘 봤다! 기분 좋아.; PASS; *",
        "CASUAL; 오늘 진짜 추워서. 집에 가자.; 오늘 진짜 춥다. 집에 가자.; ending/modifier_or_connective; 추워서→춥다",
        // a finding on a word another check repaired is judged on the repaired word
        "CASUAL; 오늘 너무 춥어. 집에 가자.; 오늘 너무 춥다. 집에 가자.; irregular/b; 춥어→추워",
        "CASUAL; 오늘 너무 춥어. 집에 가자.; 오늘 너무 춥다. 집에 가자.; NO ending/modifier_or_connective; *",
        // a connective where the accepted answer ends a sentence, the clause going on
        "CASUAL; 어제 너무 피곤해서 일찍 잤어.; 어제 너무 피곤했어. 일찍 잤어.; PASS; *",
        "FORMAL; 죄송합니다만, 주차장은 어디에 있습니까?; 죄송합니다. 주차장이 어디에 있습니까?; PASS; *",
        "POLITE; 이 모자 쓰고 봐도 돼요?; 이 모자 써 봐도 돼요?; ending/modifier_or_connective; 쓰고→써",
        "POLITE; 비가 와서 우산을 가져가세요.; 비가 와요. 우산을 가져가세요.; ending/modifier_or_connective; 와서→와요",
        // a request said in two sentences where the accepted answer joins them with -고
        "POLITE; 창문 좀 닫아 주세요. 불도 꺼 주세요.; 창문 좀 닫아 주시고 불도 꺼 주세요.; PASS; *",
        // a noun with its adverbial particle before its own predicate is no copula
        "CASUAL; 다음 주 금요일에 우리 형 졸업해. 올 수 있어?; 우리 형 졸업식이 다음 주 금요일이야. 올 수 있어?; PASS; *",
        "POLITE; 졸업식은 금요일예요.; 졸업식은 금요일이에요.; ending/copula; 금요일예요→금요일이에요",
        // the -아/어 form of a 하다 verb before an auxiliary carries no speech level
        "POLITE; 내일까지 수리해 주실 수 있어요?; 내일까지 고쳐 주세요.; PASS; *",
        "POLITE; 내일까지 수리해 줄 수 있어?; 내일까지 고쳐 주세요.; honorific/speech_level; *",
        // -시- after -는데 honours the listener of the question
        "POLITE; 제가 창문을 열고 싶은데 괜찮으세요?; 창문을 열어도 돼요?; PASS; *",
        "POLITE; 제가 어제 창문을 여셨어요.; 제가 어제 창문을 열었어요.; honorific/si_extra; 여셨어요→열었어요",
        // the future for a modal frame of the same verb; for its present it stays a tense
        "CASUAL; 주말에 뭐 할 거야?; 주말에 뭐 하고 싶어?; PASS; *",
        "POLITE; 부산에 갈 거예요.; 부산에 가요.; tense/present; 갈 거예요→가요",
        // a repair the accepted answer undoes: only the particle is missing
        "POLITE; 어제 배가 아파요.; 어제부터 배가 아파요.; particle_missing/from; 어제→어제부터",
        "POLITE; 어제 배가 아파요.; 어제부터 배가 아파요.; NO tense/; *",
        "POLITE; 어제 배가 아파요.; 어제 배가 아팠어요.; tense/time_word; 아파요→아팠어요",
        // a speech-level correction is given on the learner's own verb, at the level the accepted answer asks
        "FORMAL; 내일 회의에 참석하고 싶어.; 내일 회의 참석이 가능합니까?; honorific/speech_level; 싶어→싶습니다",
        "FORMAL; 실례합니다. 박물관에 어떻게 가?; 실례합니다. 박물관은 어느 쪽입니까?; honorific/speech_level; 가→갑니까",
        "POLITE; 오늘 오후에 상담받고 싶어.; 오늘 오후에 상담이 가능할까요?; honorific/speech_level; 싶어→싶어요",
        "POLITE; 맛있게 먹어.; 맛있게 드세요.; honorific/speech_level; 먹어→드세요",
        // a past correction keeps the learner's 반말 ending (not the accepted plain -다)
        "CASUAL; 어제 영화 진짜 재밌어. 또 보고 싶어.; 어제 영화 진짜 재밌었다! 또 보고 싶어.; tense/past; 재밌어→재밌었어",
    })
    void wellFormedEndsAreNotRewritten(Register register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, register, answer, accepted, expected, span);
    }
}
