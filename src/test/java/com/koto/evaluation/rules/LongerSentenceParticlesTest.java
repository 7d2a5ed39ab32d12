package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 14 (helper eval25a): the classes of the second particle probe ({@code probe-particles2.jsonl},
 * particles in longer sentences and word order) — a statement in -(으)ㄹ래요 for -(으)ㄹ게요
 * ({@link SpokenShapes#willForPromise}), a noun that ends like a particle (사과) added to the answer
 * ({@link SentenceCheck}), a -(으)시면 clause of the listener in directions ({@link LearnerAdditions}), a day of
 * the week after the predicate set off by a comma ({@link Afterthoughts}), a word "missing" that another
 * finding corrects ({@link SpokenShapes#missingWordCorrected}) and a clock time in digits with 에서 first in its
 * sentence ({@link ParticleFrames}). Each class has correct answers that pass and look-alikes that keep their
 * finding. Sentences written for this test, not from the gold sets.
 * Fields: register; answer; accepted answers (|); {@code PASS}, {@code NO x} or a subtype; span or {@code *}.
 */
class LongerSentenceParticlesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // -(으)ㄹ래요 in a statement says the speaker's choice as -(으)ㄹ게요 does; a question keeps the finding
        "POLITE; 오늘은 따뜻한 녹차로 할래요.; 오늘은 따뜻한 녹차로 할게요.; PASS; *",
        "POLITE; 저는 비빔밥 먹을래요.; 저는 비빔밥 먹을게요.; PASS; *",
        "POLITE; 저는 비빔밥 먹을래요?; 저는 비빔밥 먹을게요.; tense/future; 먹을래요→먹을게요",
        // a noun whose last syllable looks like a particle, added to the answer
        "POLITE; 아주머니, 사과 두 개하고 귤 두 개 주세요.; 사과하고 귤을 두 개씩 주세요.; PASS; *",
        "POLITE; 아저씨, 포도 한 송이하고 배 세 개 주세요.; 포도하고 배를 주세요.; PASS; *",
        "POLITE; 이 옷를 사과 주세요.; 사과 주세요.; particle_allomorph/object; 옷를→옷을",
        // -(으)시면 in directions: the one who goes is the listener
        "POLITE; 다리를 건너시면 왼쪽에 우체국이 보여요.; 다리를 건너면 왼쪽에 우체국이 보여요.; PASS; *",
        "POLITE; 이 길로 똑바로 오시면 오른쪽에 은행이 있어요.; 이 길로 똑바로 오면 오른쪽에 은행이 있어요.; PASS; *",
        "POLITE; 동생이 오시면 같이 먹어요.; 동생이 오면 같이 먹어요.; honorific/si_extra; 오시면→오면",
        "POLITE; 제가 도착하시면 전화할게요.; 제가 도착하면 전화할게요.; honorific/si_extra; 도착하시면→도착하면",
        "CASUAL; 다리를 건너시면 왼쪽에 우체국이 보여.; 다리를 건너면 왼쪽에 우체국이 보여.; honorific/si_extra; 건너시면→건너면",
        // a day of the week added after the predicate, set off by a comma
        "CASUAL; 영화 보러 가자, 금요일에.; 금요일에 영화 보러 가자.; PASS; *",
        "CASUAL; 같이 밥 먹고 싶어, 다음 주 토요일에.; 다음 주 토요일에 같이 밥 먹고 싶어.; PASS; *",
        "CASUAL; 영화 보러 가자 금요일에.; 금요일에 영화 보러 가자.; word_order/verb_final; *",
        // the word another finding corrects is not missing as well
        "CASUAL; 동생한테 연락해 줘. 그리고 나를 전화해 줘.; 동생한테 연락해 줘. 그리고 나한테 전화해 줘.; NO incomplete/missing_word; *",
        "CASUAL; 집에 도착하면 나를 전화해 줘.; 집에 도착하면 나한테 전화해 줘.; particle_wrong/object_for_dative; 나를→나한테",
        // a clock time in digits with 에서, first in its sentence; a range keeps its 에서
        "FORMAL; 3시에서 다시 전화드리겠습니다.; 세 시에 다시 전화드리겠습니다.; particle_wrong/action_place_for_time; 3시에서→3시에",
        "POLITE; 네, 알겠어요. 5시에서 만나요.; 네, 알겠어요. 5시에 만나요.; particle_wrong; 5시에서→5시에",
        "POLITE; 3시에서 5시까지 회의가 있어요.; 3시에서 5시까지 회의가 있어요.; PASS; *",
        "POLITE; 5일에서 10일까지 휴가예요.; 5일에서 10일까지 휴가예요.; PASS; *",
        "POLITE; 일에서 스트레스를 받아요.; 일에서 스트레스를 받아요.; PASS; *",
    })
    void classesOfTheSecondParticleProbe(Register register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, register, answer, accepted, expected, span);
    }
}
