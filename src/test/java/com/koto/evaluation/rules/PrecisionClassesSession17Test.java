package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision classes of sets AB and AB3 and of probe8-precision-b (session 17, helper s17a), each with look-alikes
 * that must still fail: the price asked with N이/가 어떻게 되다 ({@link OffTask}); 전화/연락 주다 for 전화/연락하다,
 * the buyer's wish for the seller's act, a way question for 어떻게, -(으)면 되다 for -(으)세요, a place before an
 * activity noun, the seat suffix -석, a quoted clause's tense ({@link EverydayPhrasings}); a verb before 있다
 * read as a particle written apart (spacing note); the particle 에 with the polite 요 ({@link FormChecks}); a
 * promise the accepted answer makes too ({@link IntentEndings}). Rows written for this test, not taken from the
 * gold sets; every {@code PASS} row but 연락 주세요 and 창가석을 failed before (the 서 있어 row passed with a wrong
 * spacing note).
 * Verdict: {@code PASS}, {@code SPACING}-free pass, {@code FAIL}, or the category or subtype the answer fails
 * with (with its span where given).
 */
class PrecisionClassesSession17Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // the price asked with N이/가 어떻게 되다
        "가격이 어떻게 되나요; 1개월 이용권 가격이 어떻게 되나요?; 한 달 회원권은 얼마예요?; POLITE; PASS; ; ",
        "요금이 어떻게 되나요; 주차 요금이 어떻게 되나요?; 주차비가 얼마예요?; POLITE; PASS; ; ",
        "a pass asked for, no price; 혹시 1개월 이용권 있어요?; 한 달 회원권은 얼마예요?; POLITE; vocabulary/off_task; ; ",
        "the price called dear; 1개월 이용권 가격이 비싸요?; 한 달 회원권은 얼마예요?; POLITE; vocabulary/off_task; ; ",
        // 전화/연락 주다 for 전화/연락하다
        "전화 주시겠어요; 한 시간 후에 다시 전화 주시겠어요?; 한 시간 후에 다시 전화해 주세요.; POLITE; PASS; ; ",
        "연락 주세요; 내일 오후에 연락 주세요.; 내일 오후에 연락해 주세요.; POLITE; PASS; ; ",
        "주다 misspelt; 한 시간 후에 다시 전화 줘세요.; 한 시간 후에 다시 전화해 주세요.; POLITE; FAIL; ; ",
        "plain request to a stranger; 한 시간 후에 다시 전화 줘.; 한 시간 후에 다시 전화해 주세요.; POLITE; HONORIFIC; ; ",
        // the buyer's wish for the seller's act
        "사고 싶은데 있나요; 우산을 사고 싶은데 있나요?; 우산 팔아요?|혹시 우산 있어요?; POLITE; PASS; ; ",
        "사려고 하는데; 건전지를 사려고 하는데 있어요?; 건전지 팔아요?; POLITE; PASS; ; ",
        "does the clerk buy; 우산 사요?; 우산 팔아요?; POLITE; vocabulary/contrast; 사요; 팔아요",
        "bought; 우산 샀어요?; 우산 팔아요?; POLITE; vocabulary/contrast; ; ",
        // which way for how, on 가다
        "어느 쪽으로 가면 돼요; 실례합니다. 시청 어느 쪽으로 가면 돼요?; 시청에 어떻게 가요?; POLITE; PASS; ; ",
        "어디로 가면 돼요; 버스 정류장 어디로 가면 돼요?; 버스 정류장에 어떻게 가요?; POLITE; PASS; ; ",
        "when for how; 시청에 언제 가요?; 시청에 어떻게 가요?; POLITE; vocabulary/word; 언제; 어떻게",
        // -(으)면 되다 for -(으)세요
        "가면 돼요; 이 길로 쭉 가다가 은행 앞에서 오른쪽으로 가면 돼요.; 이 길로 쭉 가서 은행 앞에서 오른쪽으로 가세요.; POLITE; PASS; ; ",
        "타면 됩니다; 여기서 3번 버스를 타면 됩니다.; 여기서 3번 버스를 타세요.; POLITE; PASS; ; ",
        "가요 without -시-; 이 길로 쭉 가서 은행 앞에서 오른쪽으로 가요.; 이 길로 쭉 가서 은행 앞에서 오른쪽으로 가세요.; POLITE; honorific/si_missing; ; ",
        "가면 돼 to a stranger; 이 길로 쭉 가다가 은행 앞에서 오른쪽으로 가면 돼.; 이 길로 쭉 가서 은행 앞에서 오른쪽으로 가세요.; POLITE; honorific/speech_level; ; ",
        // a place before an activity noun
        "N 여행을 가려고; 저는 이번 여름에 제주도 여행을 가려고 해요.; 이번 여름에 제주도에 가려고 해요.; POLITE; PASS; ; ",
        "N 출장을 가요; 다음 주에 대전 출장을 가요.; 다음 주에 대전에 가요.; POLITE; PASS; ; ",
        "the past for a plan; 저는 이번 여름에 제주도 여행을 갔어요.; 이번 여름에 제주도에 가려고 해요.; POLITE; TENSE; ; ",
        "the intention frame broken; 저는 이번 여름에 제주도 여행을 가려고 있어요.; 이번 여름에 제주도에 가려고 해요.; POLITE; ending/intention_frame; ; ",
        // the seat suffix -석
        "FORMAL 통로석; 통로석으로 부탁합니다.; 통로 자리로 부탁드립니다.|통로 좌석으로 주십시오.; FORMAL; PASS; ; ",
        "창가석을; 창가석을 주세요.; 창가 자리를 주세요.; POLITE; PASS; ; ",
        "창가석 with the wrong allomorph; 창가석를 주세요.; 창가 자리를 주세요.; POLITE; particle_allomorph/object; ; ",
        // the tense of a quoted clause
        "갔다고 전해 줘; 부모님께 나 갔다고 전해 줘.; 부모님께 나 간다고 전해 줘.; CASUAL; PASS; ; ",
        "같다고, another word; 부모님께 나 같다고 전해 줘.; 부모님께 나 간다고 전해 줘.; CASUAL; SPELLING; ; ",
        // the particle 에 with the polite 요 after a question of one's own
        "하루에요; 이 약 몇 번 먹어요? 하루에요.; 이 약은 하루에 몇 번 먹어요?; POLITE; PASS; ; ",
        "세 시에요 for 세 시에; 세 시에요.; 세 시에 만나요.; POLITE; PASS; ; ",
        "the copula misspelt; 지금 세 시에요.; 지금 세 시예요.; POLITE; spelling/copula; 시에요; 시예요",
        "no 하루에 accepted; 이 약 몇 번 먹어요? 하루에요.; 이 약은 하루 몇 번 먹어요?; POLITE; spelling/copula; ; ",
        // a promise the accepted answer makes too
        "가져다줄게; 고마워. 내일 가져다줄게. 그리고 인사 좀 전해 드려.; 인사 좀 전해 줘. 빌린 책은 내일 가져올게.; CASUAL; PASS; ; ",
        "a promise more than accepted; 내일 가져올게. 인사 좀 전해 줄게.; 인사 좀 전해 줘. 빌린 책은 내일 가져올게.; CASUAL; ending/promise_for_request; 줄게; 줘",
        "no promise accepted; 손전등 좀 줄게.; 손전등 좀 줘.; CASUAL; ending/promise_for_request; 줄게; 줘",
        "줄게요 alone for the buyer's promise; 귤 얼마예요? 세 개 줄게요.; 귤 얼마예요? 세 개 주세요.|이 귤 한 개에 얼마예요? 세 개 살게요.; POLITE; ending/promise_for_request; 줄게요; 주세요",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    /** A verb before 있다 is no particle written apart: no spacing note (앞에 서 있어 is 앞에 + 서 있어). */
    @ParameterizedTest(name = "{0}: {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        "서 있어; 야, 3번 출구로 나와서 은행 앞에 서 있어.; 3번 출구로 나와서 은행 앞에서 기다려.; NO spacing",
        "앞에서 written apart; 야, 은행 앞에 서 기다려.; 은행 앞에서 기다려.; SPACING",
    })
    void spacing(String rule, String answer, String accepted, String verdict) {
        if (verdict.startsWith("NO ")) {
            RuleRows.verdictRow(EVALUATOR, com.koto.evaluation.Register.CASUAL, answer, accepted, verdict, "*");
            RuleRows.check(EVALUATOR, rule, answer, accepted, com.koto.evaluation.Register.CASUAL, "PASS");
        } else {
            RuleRows.check(EVALUATOR, rule, answer, accepted, com.koto.evaluation.Register.CASUAL, verdict);
        }
    }
}
