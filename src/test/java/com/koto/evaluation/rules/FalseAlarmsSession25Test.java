package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * False alarms of session 25 (helper s25a), fixed as classes: correct answers of a kind the rules failed, and wrong
 * answers of the same shape that still fail. A report unhonoured as the accepted answers report it
 * ({@link ReportedSpeech#unhonouredAsAccepted}); the hearsay contraction at every level ({@link CasualSpeech#reportForHearsay});
 * a polite fragment after a statement and an afterthought after a verb with its auxiliary ({@link Afterthoughts});
 * a destination N(이)요 ({@link PreChecks#accept}); 하다, N(으)로 하다 and N받다 chosen on purpose ({@link LightVerbs});
 * -(으)려고요 ending a sentence ({@link NaturalVariants#intentionForPlan}); a connective another accepted answer
 * writes ({@link ChosenForms#linkOfAnother}); a count as the predicate ({@link NaturalVariants#countStatedAfter});
 * 드리다/주다 as the main verb ({@link HumbleGiving#handedOver}); two modifier nouns before one head
 * ({@link NounPhraseOrder#modifiersSwapped}); -아/어야 되다 read as a copula ({@link WellFormedEnds#obligationForCopula});
 * a casual past sentence for -아/어서 ({@link SentenceJoins#typedPastForSequence}); 몸이 안 좋다 for 아파서
 * ({@link StatedReasons#reasonStatedElsewhere}).
 */
class FalseAlarmsSession25Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // a report of an honoured person's words, unhonoured as an accepted answer reports it
            "박 선생님이 십 분 늦는다고 했어요.; 박 선생님이 10분 늦는대요.|박 선생님이 10분 정도 늦을 거래요.; POLITE; PASS; *",
            "선생님이 다음 주 금요일에 시험 본다고 했어. 우리 도서관에서 같이 공부할래?; 선생님이 시험이 다음 주 금요일이라고 했어. 같이 도서관에서 공부하자.; CASUAL; PASS; *",
            "다음 주 금요일이 시험이라고 선생님이 말했어. 같이 도서관에 공부하러 가자.; 선생님이 시험이 다음 주 금요일이라고 했어. 같이 도서관에서 공부하자.; CASUAL; PASS; *",
            // every accepted report honoured: the -시- is still asked
            "선생님이 십 분 늦는다고 했어요.; 선생님이 10분 늦으신다고 하셨어요.|선생님이 10분 늦으신대요.; POLITE; honorific/si_missing; *",
            "할머니가 아프다고 했어.; 할머니가 편찮으시대.; CASUAL; FAIL; *",
            // the hearsay contraction at every level, either way round; the quoted clause keeps its tense
            "친구가 내일 온다고 했어요.; 친구가 내일 온대요.; POLITE; PASS; *",
            "선생님이 내일 수업 없대.; 선생님이 내일 수업이 없다고 했어.; CASUAL; PASS; *",
            "박 선생님이 십 분 늦었다고 했어요.; 박 선생님이 10분 늦는대요.; POLITE; tense/present; *",
            // a polite fragment after a statement, sharing its predicate
            "조식은 2층이래요. 7시부터 10시까지요.; 직원이 그러는데 조식은 2층에서 7시부터 10시까지래요.|조식은 2층에서 7시부터 10시까지 한대요.; POLITE; PASS; *",
            "오늘 회의 있어요. 세 시부터 다섯 시까지요.; 오늘 세 시부터 다섯 시까지 회의가 있어요.; POLITE; PASS; *",
            // a fragment that leaves something else out, a bare one, or one alone keeps its finding
            "조식은 2층이래요. 7시부터요.; 직원이 그러는데 조식은 2층에서 7시부터 10시까지래요.|조식은 2층에서 7시부터 10시까지 한대요.; POLITE; incomplete/bare_noun; *",
            "조식은 2층이래요. 7시부터 10시까지.; 직원이 그러는데 조식은 2층에서 7시부터 10시까지래요.|조식은 2층에서 7시부터 10시까지 한대요.; POLITE; incomplete/bare_noun; *",
            "7시부터 10시까지요.; 조식은 2층에서 7시부터 10시까지 한대요.; POLITE; FAIL; *",
            // an afterthought after a verb with its auxiliary, typed as a sentence of its own
            "예약하고 싶어요. 내일 저녁 7시에 네 명이요.; 내일 저녁 7시에 네 명 예약하고 싶어요.|내일 저녁 일곱 시에 4명 예약할 수 있어요?; POLITE; PASS; *",
            "예약하고 싶어요 내일 저녁 7시에 네 명이요.; 내일 저녁 7시에 네 명 예약하고 싶어요.; POLITE; word_order/verb_final; *",
            // a destination N(이)요 to a driver, with the accepted answer's particle understood
            "안녕하세요. 인천공항 2터미널이요.; 인천공항 제2터미널로 가 주세요.|인천공항 2터미널까지 가 주세요.; POLITE; PASS; *",
            "서울역이요.; 서울역까지 가 주세요.; POLITE; PASS; *",
            // 하다 as the light verb of an act or with N(으)로, N받다 for N하다
            "컴퓨터 세 시간 쓸게요. 계산은 지금 해야 돼요, 아니면 나중에 해요?; 컴퓨터 세 시간 쓰려고 하는데요, 돈은 지금 내요?|세 시간 할 건데 지금 계산해요, 나중에 계산해요?; POLITE; PASS; *",
            "지연이 베이비 샤워 선물은 아기 옷으로 하자. 내일 같이 쇼핑 갈래?; 지연이 베이비 샤워 선물로 아기 옷 사고 싶어. 내일 같이 사러 갈래?|지연이 베이비 샤워 선물로 아기 옷 사자. 내일 같이 보러 갈래?; CASUAL; PASS; *",
            "어제 산 가방인데 환불받고 싶습니다. 여기 영수증입니다.; 어제 이 가방을 샀는데 환불하고 싶습니다. 영수증 여기 있습니다.|어제 구입한 가방인데 환불 부탁드립니다. 영수증도 가지고 왔습니다.; FORMAL; PASS; *",
            "교환받고 싶어요.; 교환하고 싶어요.; POLITE; PASS; *",
            "환불하고 싶습니다.; 환불받고 싶습니다.; FORMAL; PASS; *",
            // 하다 with no act to do, or a thing without (으)로, stays a misspelling
            "돈은 지금 해요?; 돈은 지금 내요?; POLITE; spelling/letters; 해요→내요",
            "선물은 아기 옷 하자.; 선물로 아기 옷 사자.; CASUAL; spelling/letters; 하자→사자",
            // -(으)려고요 ending its sentence before another
            "저기요, 세 명인데요, 한 시간만 하려고요. 방 있어요?; 세 명이에요. 한 시간 할게요.|세 명인데 방 있어요? 한 시간이요.; POLITE; PASS; *",
            "저기요, 세 명인데요, 한 시간만 했어요. 방 있어요?; 세 명이에요. 한 시간 할게요.|세 명인데 방 있어요? 한 시간이요.; POLITE; tense/future; 했어요→할게요",
            // a connective another accepted answer joins to the same word
            "수업 끝나면 도서관에서 공부할 건데 너도 같이 갈래?; 수업 끝나고 도서관에서 공부할 거야. 같이 갈래?|나 수업 끝나면 도서관 가서 공부하려고. 너도 올래?; CASUAL; PASS; *",
            // the count as the predicate
            "한 번에 빌릴 수 있는 책이 몇 권이에요?; 한 번에 책을 몇 권 빌릴 수 있어요?|책은 몇 권까지 빌릴 수 있어요?; POLITE; PASS; *",
            // 드리다/주다 as the main verb of handing over
            "팀장님, 보고서 오늘 오후 세 시까지 드리겠습니다.; 오늘 오후 3시까지 보고서를 보내겠습니다.|보고서는 오늘 오후 세 시까지 보내 드리겠습니다.; FORMAL; PASS; *",
            "자료 내일까지 드릴게요.; 자료 내일까지 보내 드릴게요.; POLITE; PASS; *",
            "서류 오늘 주세요.; 서류 오늘 보내 주세요.; POLITE; PASS; *",
            // another main verb before the auxiliary is the act itself
            "팀장님, 제가 드리겠습니다.; 팀장님, 제가 도와 드리겠습니다.; FORMAL; incomplete/predicate; *",
            "빨리 주세요.; 빨리 가 주세요.; POLITE; incomplete/predicate; *",
            // two modifier nouns before one head
            "저기요, 한국어 초급 문법책 있어요?; 초급 한국어 문법책 있어요?|초보자를 위한 한국어 문법책이 있나요?; POLITE; PASS; *",
            "초급 영어 회화책 있어요?; 영어 초급 회화책 있어요?; POLITE; PASS; *",
            // the head itself turned round, or a placing noun, keeps its finding
            "자리 창가로 주세요.; 창가 자리로 주세요.; POLITE; word_order/phrase; 자리 창가로→창가 자리로",
            "토요일 이번 오후에 같이 영화 보러 갈래?; 이번 토요일 오후에 같이 영화 보러 갈래?; CASUAL; word_order/phrase; *",
            // -아/어야 되다 'must', no copula
            "강남에 가야 되는데요, 몇 호선 타요?; 강남에 가려면 몇 호선을 타야 돼요?|강남 가는 거 몇 호선이에요?; POLITE; PASS; *",
            "강남 가는 거 몇 호선예요?; 강남 가는 거 몇 호선이에요?; POLITE; ending/copula; 호선예요→호선이에요",
            // a casual past sentence for -아/어서 of sequence, typed with its mark
            "미안, 지하철이 갑자기 멈췄어. 10분 늦을 것 같아.; 지하철이 멈춰서 10분 늦을 것 같아.|미안, 지하철이 멈춰서 10분쯤 늦어.; CASUAL; PASS; *",
            "지하철이 멈췄어서 10분 늦을 것 같아.; 지하철이 멈춰서 10분 늦을 것 같아.; CASUAL; FAIL; *",
            // 몸이 안 좋다 for 아파서, stated in a sentence of its own
            "야, 민수 오늘 못 온대. 몸이 안 좋대.; 민수가 아파서 오늘 못 온대.|민수 오늘 아파서 못 온다고 했어.; CASUAL; PASS; *",
            "민수 오늘 못 온대. 몸이 좋대.; 민수가 아파서 오늘 못 온대.; CASUAL; incomplete/missing_word; *",
            "민수 오늘 못 온대.; 민수가 아파서 오늘 못 온대.; CASUAL; incomplete/missing_word; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
