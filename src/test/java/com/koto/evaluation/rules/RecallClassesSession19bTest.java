package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recall classes of session 19 (helper s19b), honorific and ending errors the rules passed, each with look-alikes
 * that must pass: a favour asked of an honoured listener without -(으)시- ({@link ListenerRequests}); a favour thanked
 * for across a degree adverb and in the past ({@link ElderFavours}); 주다 to an honoured listener after any -아/어
 * form and as the main verb ({@link ElderFavours}); an ㅎ-irregular stem before -(으)ㄴ/ㄹ/면 ({@link IrregularForms});
 * 들다/걸다 and 듣다 told apart by their words ({@link LStemHomographs}); a state's -아/어서 before a proposal or a
 * command ({@link ClauseEndings#reasonBeforeProposal}, whose repair now outranks the comparison's sentence end; the
 * commands were s19b's {@code ReasonBeforeCommand}, folded into it in session 20). Rows written for this test, not taken from the gold sets.
 * Verdict: {@code PASS}, {@code FAIL}, {@code NOT <CATEGORY>}, or the category or subtype the answer fails with.
 */
class RecallClassesSession19bTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // a favour asked of an honoured listener, polite register
        "줄 수 있어요 to a manager; 과장님, 서류 좀 확인해 줄 수 있어요?; 과장님, 서류 좀 확인해 주시겠어요?; POLITE; honorific/si_missing; 줄; 주실",
        "줄래요 to a grandmother; 할머니, 이 편지 좀 읽어 줄래요?; 할머니, 이 편지 좀 읽어 주시겠어요?; POLITE; honorific/si_missing; 읽어 줄래요; 읽어 주시겠어요",
        "줄 수 있어요 to a colleague by name; 민수 씨, 이것 좀 도와줄 수 있어요?; 민수 씨, 이것 좀 도와주세요.; POLITE; PASS; ; ",
        "줄 수 있어요 to a stranger; 저기요, 사진 좀 찍어 줄 수 있어요?; 저기요, 사진 좀 찍어 주세요.; POLITE; PASS; ; ",
        "주실 수 있어요 to a manager; 과장님, 서류 좀 확인해 주실 수 있어요?; 과장님, 서류 좀 확인해 주시겠어요?; POLITE; PASS; ; ",
        // a favour thanked for, across an adverb and in the past
        "줘서 정말 감사했습니다 to a superior; 부장님, 그동안 가르쳐 줘서 정말 감사했습니다.; 부장님, 그동안 정말 감사했습니다.; FORMAL; honorific/si_missing; 줘서; 주셔서",
        "줘서 to a friend; 민수야, 그동안 도와줘서 정말 고마웠어.; 민수야, 그동안 정말 고마웠어.; CASUAL; PASS; ; ",
        "줘서 to a colleague by name; 수진 씨, 도와줘서 정말 고마웠어요.; 수진 씨, 정말 고마웠어요.; POLITE; PASS; ; ",
        // 주다 to an honoured listener
        "보내 줄게요 to a manager; 부장님, 자료를 내일 보내 줄게요.; 부장님, 자료를 내일 보내 드리겠습니다.; FORMAL; honorific/verb; 줄게요; 드리겠습니다",
        "the main verb 줄게요 to a grandfather; 할아버지, 선물은 내일 줄게요.; 할아버지, 선물은 내일 드릴게요.; POLITE; honorific/verb; 줄게요; 드릴게요",
        "보내 줄게요 to a colleague by name; 민수 씨, 자료를 내일 보내 줄게요.; 민수 씨, 자료를 내일 보내 줄게요.|민수 씨, 자료를 내일 보낼게요.; POLITE; PASS; ; ",
        "보내 드릴게요 to a manager; 부장님, 자료를 내일 보내 드릴게요.; 부장님, 자료를 내일 보내 드리겠습니다.; FORMAL; PASS; ; ",
        // an ㅎ-irregular stem before -(으)ㄴ
        "하얗은; 하얗은 셔츠를 사고 싶어요.; 하얀 셔츠를 사고 싶어요.; POLITE; irregular/h; 하얗은; 하얀",
        "노랗은; 노랗은 우산이 제 거예요.; 노란 우산이 제 거예요.; POLITE; irregular/h; 노랗은; 노란",
        "좋은 (regular ㅎ); 좋은 셔츠를 사고 싶어요.; 좋은 셔츠를 사고 싶어요.|괜찮은 셔츠를 사고 싶어요.; POLITE; PASS; ; ",
        "넣은 (regular ㅎ); 책을 가방에 넣은 것 같아요.; 책을 가방에 넣은 것 같아요.|책을 가방에 넣었어요.; POLITE; PASS; ; ",
        // 들다, 걸다 and 듣다 told apart
        "들다 of a cost; 병원비가 얼마나 들을까요?; 병원비가 얼마나 나올까요?; POLITE; ending/eu_insertion; 들을까요; 들까요",
        "걸다 of a call; 이따가 엄마한테 전화를 걸을게요.; 이따가 엄마한테 전화할게요.; POLITE; ending/eu_insertion; 걸을게요; 걸게요",
        "듣다 of music; 저녁에 같이 음악 들까요?; 저녁에 같이 노래 들을까요?; POLITE; irregular/d; 들까요; 들을까요",
        "듣다 written right; 저녁에 같이 음악을 들을까요?; 저녁에 같이 노래를 들을까요?; POLITE; PASS; ; ",
        "걷다 written right; 우리 공원을 천천히 걸을까요?; 우리 공원을 좀 걸을까요?; POLITE; PASS; ; ",
        "들다 of a cost written right; 병원비가 얼마나 들까요?; 병원비가 얼마나 나올까요?; POLITE; NOT ENDING; ; ",
        // a state's -아/어서 before a proposal or a command
        "더워서 … 있자; 오늘 너무 더워서 집에 있자.; 오늘 너무 더워. 집에 있자.; CASUAL; ending/reason_before_proposal; 더워서; 더우니까",
        "없어서 … 갑시다; 시간이 없어서 빨리 갑시다.; 시간이 없어요. 빨리 갑시다.; POLITE; ending/reason_before_proposal; 없어서; 없으니까",
        "바빠서 … 오세요; 오늘은 바빠서 내일 오세요.; 오늘은 바빠요. 내일 오세요.; POLITE; ending/reason_before_proposal; 바빠서; 바쁘니까",
        "a sequence before a proposal; 학교에 가서 같이 공부하자.; 학교에 가서 공부하자.; CASUAL; PASS; ; ",
        "a reason through 그런데; 너무 피곤해서 그런데 잠깐 쉬자.; 너무 피곤해. 잠깐 쉬자.; CASUAL; NOT ENDING; ; ",
        "a reason before a statement; 날씨가 좋아서 공원에서 산책했어요.; 날씨가 좋아서 산책했어요.; POLITE; PASS; ; ",
        "an honorific statement; 할머니가 피곤하셔서 일찍 주무세요.; 할머니는 피곤하셔서 일찍 주무세요.; POLITE; PASS; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    @Test
    void aRequestWithGiveKeepsItsReason() {
        // -아/어서 before -아/어 주세요 is heard and accepted; a command or a proposal is not
        assertThat(ClauseEndings.find("추워서 창문 좀 닫아 주세요.", List.of("추워요 창문 좀 닫아 주세요")))
                .isEmpty();
        assertThat(ClauseEndings.find("날씨가 추워서 따뜻하게 입으세요.", List.of("날씨가 추워요 따뜻하게 입으세요")))
                .extracting(Finding::correction).containsExactly("추우니까");
        // an honorific statement: no accepted answer ends a sentence with 주무세요
        assertThat(ClauseEndings.find("할머니가 피곤하셔서 주무세요.", List.of("할머니는 피곤하셔서 일찍 주무세요")))
                .isEmpty();
    }

    @Test
    void commandsWithoutTheTaskAndInQuotes() {
        // -아/어라 and -지 마(세요) are commands whatever the task says (session 20: read by ClauseEndings.command)
        assertThat(ClauseEndings.find("시간이 없어서 빨리 먹어라.")).extracting(Finding::correction)
                .containsExactly("없으니까");
        assertThat(ClauseEndings.find("비싸서 사지 마세요.")).extracting(Finding::correction).containsExactly("비싸니까");
        // a command in quoted speech is the quoted speaker's; an accepted answer with the reason word leaves it
        assertThat(ClauseEndings.find("\"시간이 없어서 빨리 먹어라.\"")).isEmpty();
        assertThat(ClauseEndings.find("맛있어서 많이 드세요.", List.of("맛있어서 많이 드세요"))).isEmpty();
    }

    @Test
    void hIrregularModifiersDropBothHAndEu() {
        assertThat(IrregularForms.correct("까맣은")).hasValueSatisfying(f -> assertThat(f).containsExactly("까만", "irregular/h"));
        assertThat(IrregularForms.correct("그렇을")).hasValueSatisfying(f -> assertThat(f).containsExactly("그럴", "irregular/h"));
        assertThat(IrregularForms.correct("빨갛으면")).hasValueSatisfying(f -> assertThat(f).containsExactly("빨가면", "irregular/h"));
        assertThat(IrregularForms.correct("까만")).isEmpty();
    }
}
