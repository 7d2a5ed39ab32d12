package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Constructions that carry their own time and well-formed choices the comparison read as a slip of tense, ending,
 * word or spelling (session 29, helper s29b; {@link OwnTimeConstructions}, {@link ChosenForms#otherLink}, {@link
 * PastQuestions#futureOfDone}): -게 됐-, -(으)ㄹ 예정이다, -(으)ㄴ 거예요, the past of an experience judged, 아직 안
 * -았-?, N부터 N까지 before the copula, -(으)시- that is no spelling, an item the answer names in another word,
 * -(으)니까 for -는데 before a request, and tense corrections that keep the learner's words. Each has correct
 * look-alikes that must pass and wrong answers that must still fail, for other tasks than the development items.
 */
class TensePrecisionSession29Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // -게 됐-: a change come about, said of an event still to come
            "다음 달에 서울로 이사하게 됐어요.; 다음 달에 서울로 이사할 거예요.; POLITE; PASS; *",
            "내년에 회사에서 일본으로 출장을 가게 되었습니다.; 내년에 일본으로 출장을 갑니다.; FORMAL; PASS; *",
            "이번 주말에 동생 결혼식에 참석하게 됐어.; 이번 주말에 동생 결혼식에 가.; CASUAL; PASS; *",
            "내일부터 새 팀에서 일하게 됐어요.; 내일부터 새 팀에서 일해요.; POLITE; PASS; *",
            // the plain past of a planned event keeps its finding
            "다음 달에 서울로 이사했어요.; 다음 달에 서울로 이사할 거예요.; POLITE; tense; 이사했어요→이사할 거예요",
            "내일 회의에 참석했습니다.; 내일 회의에 참석하겠습니다.; FORMAL; tense; 참석했습니다→참석하겠습니다",
            "이번 주말에 결혼식에 갔어.; 이번 주말에 결혼식에 가.; CASUAL; tense; 갔어→가",
            "모레 친구를 만났어요.; 모레 친구를 만나요.; POLITE; tense; 만났어요→만나요",
            // -(으)ㄹ 예정이다 / 계획이다: a plan
            "다음 주 월요일에 출국할 예정입니다.; 다음 주 월요일에 출국합니다.; FORMAL; PASS; *",
            "회의는 세 시에 시작할 예정이에요.; 회의는 세 시에 시작해요.; POLITE; PASS; *",
            "삼 일 동안 부산에서 머물 예정입니다.; 부산에 출장 왔습니다.; FORMAL; PASS; *",
            "여름에 제주도에 갈 계획이에요.; 여름에 제주도에 가요.; POLITE; PASS; *",
            // a plan or a future with a word of past time
            "어제 친구를 만날 예정이에요.; 어제 친구를 만났어요.; POLITE; tense; 만날 예정이에요→만났어요",
            "어제 영화를 볼 거예요.; 어제 영화를 봤어요.; POLITE; tense; 볼 거예요→봤어요",
            "지난주에 부산에 갈 예정입니다.; 지난주에 부산에 갔습니다.; FORMAL; tense; 갈 예정입니다→갔습니다",
            "작년에 한국에 올 계획이에요.; 작년에 한국에 왔어요.; POLITE; tense; 올 계획이에요→왔어요",
            // -(으)ㄴ 거예요: the explanatory past
            "이 가방 어디에서 산 거예요?; 이 가방 어디에서 샀어요?; POLITE; PASS; *",
            "언제 한국에 온 거야?; 언제 한국에 왔어?; CASUAL; PASS; *",
            "누가 이 케이크를 만든 거예요?; 누가 이 케이크를 만들었어요?; POLITE; PASS; *",
            "이 사진은 제주도에서 찍은 거예요.; 이 사진은 제주도에서 찍었어요.; POLITE; PASS; *",
            // the prospective -(으)ㄹ 거예요 of a done event
            "이 가방 어디에서 살 거예요?; 이 가방 어디에서 샀어요?; POLITE; tense; 살 거예요→샀어요",
            "언제 한국에 올 거야?; 언제 한국에 왔어?; CASUAL; tense; 올 거야→왔어",
            "어제 누가 케이크를 만들 거예요?; 어제 누가 케이크를 만들었어요?; POLITE; tense; 만들 거예요→만들었어요",
            "이 사진 언제 찍을 거야?; 이 사진 언제 찍었어?; CASUAL; tense; 찍을 거야→찍었어",
            // the past of an experience judged
            "이번 여행 정말 즐거웠어요.; 이번 여행 정말 즐거워요.; POLITE; PASS; *",
            "이번 행사에 아주 만족했어요.; 이번 행사에 아주 만족해요.; POLITE; PASS; *",
            "강연이 정말 유익했습니다.; 강연이 정말 유익합니다.; FORMAL; PASS; *",
            "선생님 덕분에 행복했어요.; 선생님 덕분에 행복해요.; POLITE; PASS; *",
            // taste judged in the moment, a price, a judgement of now, a past time word with the present
            "음식이 아주 맛있었습니다.; 음식이 아주 맛있습니다.; FORMAL; tense; 맛있었습니다→맛있습니다",
            "이 신발 너무 비쌌어.; 이 신발 너무 비싸.; CASUAL; tense; 비쌌어→비싸",
            "지금 정말 행복했어요.; 지금 정말 행복해요.; POLITE; tense; 행복했어요→행복해요",
            "요즘 한국어 수업이 재미있었어요.; 요즘 한국어 수업이 재미있어요.; POLITE; tense; 재미있었어요→재미있어요",
            "어제 영화가 재미있어요.; 어제 영화가 재미있었어요.; POLITE; tense; 재미있어요→재미있었어요",
            // 아직 … 안 -았/었-? asks whether the act has happened
            "아직 숙제 안 했어?; 숙제 했어?; CASUAL; PASS; *",
            "아직 집에 안 왔어요?; 집에 왔어요?; POLITE; PASS; *",
            "택배 아직 안 왔어요?; 택배 왔어요?; POLITE; PASS; *",
            "회의 아직 안 끝났습니까?; 회의 끝났습니까?; FORMAL; PASS; *",
            // a negated statement, a negation without 아직
            "숙제 안 했어요.; 숙제 했어요.; POLITE; vocabulary; 안→",
            "아직 집에 안 왔어요.; 집에 왔어요.; POLITE; vocabulary; 안→",
            "회의 아직 안 끝났습니다.; 회의 끝났습니다.; FORMAL; vocabulary; 안→",
            "아직 밥을 못 먹었어.; 밥을 먹었어.; CASUAL; vocabulary; 못→",
            // N부터 N까지 before the copula
            "수업은 몇 시부터 몇 시까지예요?; 수업은 몇 시예요?; POLITE; PASS; *",
            "세일은 언제부터 언제까지예요?; 세일은 언제예요?; POLITE; PASS; *",
            "방학은 며칠부터 며칠까지입니까?; 방학은 며칠입니까?; FORMAL; PASS; *",
            "휴가는 월요일부터 금요일까지예요.; 휴가는 월요일부터예요.; POLITE; PASS; *",
            // the copula misformed
            "수업은 몇 시이에요?; 수업은 몇 시예요?; POLITE; ending/copula; 시이에요→시예요",
            "세일은 언제이에요?; 세일은 언제예요?; POLITE; ending/copula; 언제이에요→언제예요",
            "수업은 몇 시부터 몇 시까지이에요?; 수업은 몇 시부터 몇 시까지예요?; POLITE; ending/copula; 시까지이에요→시까지예요",
            "휴가는 월요일부터이에요.; 휴가는 월요일부터예요.; POLITE; ending/copula; 월요일부터이에요→월요일부터예요",
            // -(으)시- alone is no spelling
            "사장님은 지금 출장중입니다.; 사장님은 지금 출장 중이십니다.; FORMAL; NO spelling; *",
            "선생님은 지금 수업 중이에요.; 선생님은 지금 수업 중이세요.; POLITE; PASS; *",
            "교수님은 지금 통화중입니다.; 교수님은 지금 통화 중이십니다.; FORMAL; NO spelling; *",
            "과장님은 오늘 휴가입니다.; 과장님은 오늘 휴가이십니다.|과장님은 오늘 휴가입니다.; FORMAL; PASS; *",
            // spelling slips of the ending
            "과장님은 오늘 휴가임니다.; 과장님은 오늘 휴가입니다.; FORMAL; spelling; 휴가임니다→휴가입니다",
            "교수님은 지금 통화 중이심니다.; 교수님은 지금 통화 중이십니다.; FORMAL; spelling; 중이심니다→중이십니다",
            "선생님은 지금 수업 중이새요.; 선생님은 지금 수업 중이세요.; POLITE; spelling; 중이새요→중이세요",
            "사장님은 지금 출장 중임니다.; 사장님은 지금 출장 중입니다.; FORMAL; spelling; 중임니다→중입니다",
            // an item the answer names in another word
            "방문 목적은 출장입니다.; 출장 왔습니다.; FORMAL; PASS; *",
            "방문 목적은 유학이에요.; 유학 왔어요.; POLITE; PASS; *",
            "방문 목적은 관광입니다.; 관광하러 왔습니다.; FORMAL; PASS; *",
            "방문 목적은 휴가예요.; 휴가 왔어요.; POLITE; PASS; *",
            // another item
            "출장 왔습니다.; 관광하러 왔습니다.; FORMAL; vocabulary/other_item; 출장→관광하러",
            "유학 왔어요.; 여행 왔어요.; POLITE; vocabulary/other_item; 유학→여행",
            "방문 목적은 출장입니다.; 방문 목적은 관광입니다.; FORMAL; vocabulary/other_item; 출장입니다→관광입니다",
            "휴가 왔어요.; 출장 왔어요.; POLITE; vocabulary/other_item; 휴가→출장",
            // -(으)니까 for -는데 before a request
            "비가 오니까 우산 좀 빌려 주세요.; 비가 오는데 우산 좀 빌려 주시겠어요?; POLITE; PASS; *",
            "시간이 없으니까 빨리 가 주세요.; 시간이 없는데 빨리 가 주세요.; POLITE; PASS; *",
            "짐이 많으니까 좀 도와 줘.; 짐이 많은데 좀 도와 줘.; CASUAL; PASS; *",
            "길을 모르니까 지도 좀 보여 주세요.; 길을 모르는데 지도 좀 보여 주세요.; POLITE; PASS; *",
            // -(으)니까 before thanks or an apology, misformed connectives
            "늦었으니까 죄송합니다.; 늦어서 죄송합니다.; FORMAL; ending; 늦었으니까→늦어서",
            "도와주니까 고마워요.; 도와줘서 고마워요.; POLITE; ending; 도와주니까→도와줘서",
            "비가 오은데 우산 있어요?; 비가 오는데 우산 있어요?; POLITE; ending; 오은데→오는데",
            "시간이 없는니까 빨리 가 주세요.; 시간이 없으니까 빨리 가 주세요.; POLITE; ending; 없는니까→없으니까",
            // a tense slip corrected to the accepted form that keeps the learner's words
            "사장님은 지금 출장 중이었습니다.; 사장님은 지금 출장 중이십니다.|사장님은 지금 출장 중입니다.; FORMAL; tense; 중이었습니다→중입니다",
            "미안해, 10분 늦었어.; 지하철을 놓쳐서 10분쯤 늦을 것 같아.|미안해, 10분 늦을 거야.; CASUAL; tense; 늦었어→늦을 거야",
            "죄송합니다. 회의에 조금 늦었습니다.; 길이 막혀서 회의에 늦을 것 같습니다.|죄송합니다. 회의에 조금 늦을 겁니다.; FORMAL; tense; 늦었습니다→늦을 겁니다",
            // the model answer's own conjecture is kept
            "나 길을 잃었어. 20분쯤 늦었어.; 나 길을 잃었어. 20분쯤 늦을 것 같아.|미안, 이십 분 정도 늦을 거야.; CASUAL; tense; 늦었어→늦을 것 같아",
            "회의가 길어져서 30분쯤 늦었어요.; 회의가 길어져서 30분쯤 늦을 것 같아요.|미안해요, 늦을 거예요.; POLITE; tense; 늦었어요→늦을 것 같아요",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
