package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wrong answers that fail for a real error but were shown another one, an extra one or a span across two sentences
 * (session 25, s25c), as classes, with look-alikes: the plain copula -(이)야 named by its level
 * ({@link NamedErrors#plainCopula}), the unit of a price without 에 ({@link NamedErrors#priceUnit}), a span inside
 * one sentence ({@link NamedErrors#withinSentence}), -(으)로 for the purpose -(으)러 ({@link NamedErrors#purposeEnding}),
 * a bare stem in ㅣ before 주다 ({@link NamedErrors#bareStemBeforeAuxiliary}), an error echoed on one word
 * ({@link NamedErrors#withoutEchoes}, also a spacing note a repair made), the goal of a form of 가다 Nori misreads
 * ({@link SentenceCheck}: 가는, 가나요), 여기서 beside a misformed 가깝다 ({@link WordingChoices#hereLeftOut}), 뭐를 for 뭘
 * ({@link NamedErrors#contractedObject}) and -아/어서 for -아/어서요 before more words ({@link NamedErrors#reasonJoined}), and spans on whole words
 * ({@link NamedErrors#wholeWords}).
 */
class NamedErrorsSession25Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // 1. the plain copula -(이)야 in a polite activity is a speech level, not a copula form
            "이 노트북 얼마야? 할인돼?; 이 노트북 얼마예요? 할인돼요?; POLITE; honorific/speech_level; 얼마야→얼마예요",
            "이 노트북 얼마야? 할인돼?; 이 노트북 얼마예요? 할인돼요?; POLITE; NO ending/copula; *",
            "사과 얼마야? 다섯 개 주세요.; 사과 얼마예요? 다섯 개 주세요.; POLITE; honorific/speech_level; 얼마야→얼마예요",
            "사과 얼마야? 다섯 개 주세요.; 사과 얼마예요? 다섯 개 주세요.; POLITE; NO ending/copula; *",
            "제일 가까운 지하철역 어디야?; 제일 가까운 지하철역이 어디예요?; POLITE; NO ending/copula; *",
            // look-alikes: a malformed copula stays a form error; the casual copula passes with a friend
            "이거 얼마에요?; 이거 얼마예요?; POLITE; FAIL; *",
            "이거 얼마이에요?; 이거 얼마예요?; POLITE; ending/copula; 얼마이에요→얼마예요",
            "이거 얼마야?; 이거 얼마야?; CASUAL; PASS; *",
            // 2. the unit of a price without 에 before 얼마
            "사과 한 바구니 얼마예요?; 사과 한 바구니에 얼마예요?|이 사과 한 바구니 얼마예요?; POLITE; PASS; *",
            "사과 한바구니 얼마예요?; 사과 한 바구니에 얼마예요?|이 사과 한 바구니 얼마예요?; POLITE; PASS; *",
            "사과 한바구니 얼마야?; 사과 한 바구니에 얼마예요?|이 사과 한 바구니 얼마예요?; POLITE; NO particle_missing; *",
            "사과 한바구니 얼마야?; 사과 한 바구니에 얼마예요?|이 사과 한 바구니 얼마예요?; POLITE; honorific/speech_level; 얼마야→얼마예요",
            "귤 두 개 얼마예요?; 귤 두 개에 얼마예요?; POLITE; PASS; *",
            // look-alike: a place's particle before another predicate is still missing
            "도서관 공부해요.; 도서관에서 공부해요.; POLITE; particle_missing; *",
            // 3. a span inside one sentence
            "내 이름은 부디입니다. 예약했어.; 부디 이름으로 예약했습니다.|부디라는 이름으로 예약했습니다.; FORMAL; honorific/speech_level; 예약했어→예약했습니다",
            // look-alike: a span of two words of one sentence stays whole
            "장미 빨간 열 송이 주세요.; 빨간 장미 열 송이 주세요.; POLITE; word_order/phrase; 장미 빨간→빨간 장미",
            // 4. -(으)로 for the purpose ending -(으)러 before 가다/오다
            "재학 증명서를 받으로 왔습니다.; 재학 증명서를 받으러 왔습니다.|재학 증명서를 발급받고 싶습니다.; FORMAL; ending/purpose; 받으로→받으러",
            "책을 사로 서점에 가요.; 책을 사러 서점에 가요.; POLITE; ending/purpose; 사로→사러",
            "비자 연장하로 왔습니다.; 비자 연장하러 왔습니다.; FORMAL; ending/purpose; 연장하로→연장하러",
            // look-alikes: (으)로 of a direction
            "서울역으로 가 주세요.; 서울역까지 가 주세요.; POLITE; PASS; *",
            "학교로 와요.; 학교에 와요.; POLITE; PASS; *",
            // 5. a bare stem in ㅣ before the auxiliary 주다
            "죄송한데요, 음악 소리 좀 줄이 주시겠어요?; 죄송한데요, 음악 소리 좀 줄여 주시겠어요?|밤이 늦었는데 소리를 조금만 줄여 주세요.; POLITE; ending/infinitive; 줄이→줄여",
            "죄송한데요, 음악 소리 좀 줄이 주시겠어요?; 죄송한데요, 음악 소리 좀 줄여 주시겠어요?; POLITE; NO particle_wrong; *",
            "이 바지 3센티 줄이 주세요.; 이 바지 3센티 줄여 주세요.; POLITE; ending/infinitive; 줄이→줄여",
            "조금만 기다리 주세요.; 조금만 기다려 주세요.; POLITE; ending/infinitive; 기다리→기다려",
            // look-alikes: a noun with 이 before 주세요 is still the subject for the object
            "영수증이 주세요.; 영수증 주세요.; POLITE; particle_wrong/subject_for_object; 영수증이→영수증을",
            "물이 주세요.; 물 주세요.; POLITE; particle_wrong/subject_for_object; 물이→물을",
            // 6. one error on one word, named once
            "선생님, 소금을 얼마나 너어야 돼요?; 선생님, 소금을 얼마나 넣어야 돼요?|소금은 얼마나 넣으면 돼요?; POLITE; spelling/sound; 너어야→넣어야",
            "선생님, 소금을 얼마나 너어야 돼요?; 선생님, 소금을 얼마나 넣어야 돼요?|소금은 얼마나 넣으면 돼요?; POLITE; NO ending; *",
            "교수님, 몸이 아파서 내일 수업에 못 갔습니다. 죄송합니다.; 교수님, 죄송합니다. 몸이 아파서 내일 수업에 못 갈 것 같습니다.|교수님, 제가 아파서 내일 수업에 참석하지 못할 것 같습니다. 정말 죄송합니다.; FORMAL; tense/future; 갔습니다→갈 것 같습니다",
            "교수님, 몸이 아파서 내일 수업에 못 갔습니다. 죄송합니다.; 교수님, 죄송합니다. 몸이 아파서 내일 수업에 못 갈 것 같습니다.|교수님, 제가 아파서 내일 수업에 참석하지 못할 것 같습니다. 정말 죄송합니다.; FORMAL; NO spelling; *",
            // 7. the goal of a modifier 가는/오는 takes 에 or nothing
            "부산에 가는 세 시 버스표 한 장 주십시오.; 부산 가는 세 시 버스표 한 장 주십시오.|세 시에 출발하는 부산행 버스표 한 장 사고 싶습니다.; FORMAL; PASS; *",
            "부산에 가는 삼 시 버스표 한 장 주십시요.; 부산 가는 세 시 버스표 한 장 주십시오.|세 시에 출발하는 부산행 버스표 한 장 사고 싶습니다.; FORMAL; NO particle_wrong; *",
            "부산에 가는 삼 시 버스표 한 장 주십시요.; 부산 가는 세 시 버스표 한 장 주십시오.|세 시에 출발하는 부산행 버스표 한 장 사고 싶습니다.; FORMAL; counter/sino_for_native; 삼→세",
            "서울에 오는 기차표 두 장 주세요.; 서울 오는 기차표 두 장 주세요.; POLITE; PASS; *",
            // 8. 여기서 left out beside a misformed 가깝다
            "실례지만, 제일 가깝은 지하철역이 어디예요?; 실례지만, 여기서 제일 가까운 지하철역이 어디예요?|실례합니다. 가까운 지하철역에 어떻게 가요?; POLITE; irregular/b; 가깝은→가까운",
            "실례지만, 제일 가깝은 지하철역이 어디예요?; 실례지만, 여기서 제일 가까운 지하철역이 어디예요?|실례합니다. 가까운 지하철역에 어떻게 가요?; POLITE; NO incomplete; *",
            "실례지만, 제일 가까운 지하철역이 어디예요?; 실례지만, 여기서 제일 가까운 지하철역이 어디예요?|실례합니다. 가까운 지하철역에 어떻게 가요?; POLITE; PASS; *",
            // 9. a spacing note on words the learner did not write, made by another error's correction
            "저기요, ATM이 카드를 안 돌려줘요. 좀 돕아 주세요.; 저기요, ATM이 카드를 안 돌려줘요. 좀 도와주세요.; POLITE; irregular/b; 돕아→도와",
            "저기요, ATM이 카드를 안 돌려줘요. 좀 돕아 주세요.; 저기요, ATM이 카드를 안 돌려줘요. 좀 도와주세요.; POLITE; NO spacing; *",
            "이 재킷 얼마예요? 할인 되요?; 이 재킷 얼마예요? 할인돼요?; POLITE; NO spacing; *",
            "이 재킷 얼마예요? 할인 되요?; 이 재킷 얼마예요? 할인돼요?; POLITE; spelling/confusion; 되요→돼요",
            // look-alike: the learner's own words spaced otherwise keep their note
            "이 재킷 얼마예요? 할인 돼요?; 이 재킷 얼마예요? 할인돼요?; POLITE; PASS; *",
            // 10. the goal of 가다 as Nori misreads it (가나요)
            "이 버스 서울역에 갔어요?; 기사님, 이 버스 서울역에 가요?|이 버스 서울역 가나요?; POLITE; NO particle_wrong; *",
            "이 버스 서울역에 갔어요?; 기사님, 이 버스 서울역에 가요?|이 버스 서울역 가나요?; POLITE; tense/present; 갔어요→가요",
            // 11. 뭐를 for 뭘: one word, contracted or not
            "여기에 뭐를 쓰야 되요?; 여기에 뭘 써야 돼요?|이 칸에는 뭐라고 적어야 해요?; POLITE; NO vocabulary; *",
            "여기에 뭐를 쓰야 되요?; 여기에 뭘 써야 돼요?|이 칸에는 뭐라고 적어야 해요?; POLITE; irregular/eu_deletion; 쓰야→써야",
            "여기에 뭐를 써야 돼요?; 여기에 뭘 써야 돼요?; POLITE; PASS; *",
            // 12. the reason connective -아/어서 where the accepted answer ends the reason's sentence with -아/어서요
            "이가 아파서 내일 오후에 약속하고 싶어요.; 이가 아파서 그런데 내일 오후에 예약할 수 있어요?|이가 아파서요. 내일 오후로 예약하고 싶어요.; POLITE; NO ending; *",
            "이가 아파서 내일 오후에 약속하고 싶어요.; 이가 아파서 그런데 내일 오후에 예약할 수 있어요?|이가 아파서요. 내일 오후로 예약하고 싶어요.; POLITE; vocabulary; 약속하고→예약하고",
            "이가 아파서 내일 오후로 예약하고 싶어요.; 이가 아파서요. 내일 오후로 예약하고 싶어요.; POLITE; PASS; *",
            // look-alike: -아/어서 that ends the answer is still a sentence without its ending
            "이가 아파서.; 이가 아파서요.; POLITE; FAIL; *",
            // 13. a span on whole words of the answer: no error on a fragment of the learner's own word
            "팀장님, 죄송합니다. 집에 일이 있어서 먼저 가세요.; 팀장님, 죄송합니다. 집에 일이 있어서 먼저 가 보겠습니다.|팀장님, 죄송하지만 집에 일이 좀 있어서 먼저 일어나겠습니다.; FORMAL; NO vocabulary; *",
            "팀장님, 죄송합니다. 집에 일이 있어서 먼저 가세요.; 팀장님, 죄송합니다. 집에 일이 있어서 먼저 가 보겠습니다.|팀장님, 죄송하지만 집에 일이 좀 있어서 먼저 일어나겠습니다.; FORMAL; honorific; 가세요→가 보겠습니다",
            "크루아상 포장해 주세요.; 크루아상 세 개 포장해 주세요.; POLITE; NO spelling; *",
            "크루아상 포장해 주세요.; 크루아상 세 개 포장해 주세요.; POLITE; incomplete; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    /** The unit of a price joined to its numeral passes with the spacing note it is, and nothing else. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "사과 한바구니 얼마예요?; 사과 한 바구니에 얼마예요?|이 사과 한 바구니 얼마예요?; 한바구니→한 바구니",
            "귤 두개 얼마예요?; 귤 두 개에 얼마예요?; 두개→두 개",
    })
    void priceUnitJoinedIsSpacingNote(String answer, String accepted, String span) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.POLITE);
        assertThat(e.passed()).as(answer + ": " + e.errors()).isTrue();
        assertThat(e.errors()).as(answer).isNotEmpty().allMatch(x -> x.category() == ErrorCategory.SPACING)
                .anyMatch(x -> span.equals(x.original() + "→" + x.correction()));
    }

    /** No error's words reach across a sentence mark of the answer. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "내 이름은 부디입니다. 예약했어.; 부디 이름으로 예약했습니다.|부디라는 이름으로 예약했습니다.; FORMAL",
            "어제 학교 근처 미용실에서 염색했어. 진짜 싸었어.; 어제 학교 근처 미용실에서 염색했어. 싸더라.|나 어제 학교 앞 미용실에서 머리 염색했는데 진짜 쌌어.; CASUAL",
    })
    void spansStayInOneSentence(String answer, String accepted, String register) {
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.valueOf(register));
        assertThat(e.passed()).as(answer).isFalse();
        for (EvaluationError x : e.errors()) {
            if (x.category() == ErrorCategory.INCOMPLETE || x.category() == ErrorCategory.WORD_ORDER) {
                continue;
            }
            String[] words = x.original().split(" ");
            for (int k = 0; k + 1 < words.length; k++) {
                assertThat(answer).as("%s: %s", answer, x).doesNotContain(words[k] + ".").doesNotContain(words[k] + "?");
            }
        }
    }
}
