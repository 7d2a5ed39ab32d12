package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The session-7 checks on the learner's own words (helper eval9c): a part of the message left out
 * ({@link MissingParts}), -(으)세요 for a request or a proposal ({@link RequestEndings}), frequency and
 * clock-time order and a phrase after the predicate before a comma ({@link ClauseOrder}), the past of a
 * 르 verb after a past time word ({@link TimeWords}), and incomplete findings that are no omission
 * ({@link Certainty#optionalOmission}, the covered parts). Rows written for this test, not taken from the
 * gold sets. Verdict: {@code PASS} (passes, at most spacing noted), {@code NOT <category>} (no error of
 * that category), or a subtype the answer fails with, whose correction contains the given text.
 */
class TaskChecksTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // a part of the message left out
        "second clause left out; 어제부터 머리가 아파요.; 어제부터 머리가 아프고 기침이 나요.|머리가 아프고 기침도 해요.; POLITE; incomplete/missing_part; 기침",
        "second sentence left out; 우유 두 개 살게요.; 우유 두 개 살게요. 봉투도 하나 주세요.|우유 두 개 주세요. 봉투도 필요해요.; POLITE; incomplete/missing_part; 봉투",
        "both parts said; 어제부터 머리가 아파요. 기침도 나요.; 어제부터 머리가 아프고 기침이 나요.|머리가 아프고 기침도 해요.; POLITE; PASS; ",
        "an accepted answer of one part; 우유 두 개 주세요.; 우유 두 개 주세요. 봉투도 주세요.|우유 두 개 주세요.; POLITE; PASS; ",
        "only a greeting left out; 물 좀 주세요.; 안녕하세요. 물 좀 주세요.; POLITE; PASS; ",
        // -(으)세요 where a request or a proposal is asked for
        "-세요 to a driver; 시청으로 가세요.; 시청으로 가 주세요.|시청까지 가 주세요.; POLITE; ending/request; 가 주세요",
        "-하세요 to a clerk; 이 셔츠를 교환하세요.; 이 셔츠 교환해 주세요.|이 셔츠를 교환하고 싶어요.; POLITE; ending/request; 교환해 주세요",
        "-세요 where the task is an instruction; 여기 앉으세요.; 여기 앉으세요.|이쪽에 앉으세요.; POLITE; PASS; ",
        "a -세요 question is no command; 시청으로 가세요?; 시청으로 가 주세요.; POLITE; NOT ENDING; ",
        "-세요 for a proposal; 내일 같이 점심 먹으세요?; 내일 같이 점심 먹을래?|내일 점심 같이 먹자.; CASUAL; ending/proposal; 먹",
        "the proposal itself; 내일 같이 점심 먹을래?; 내일 같이 점심 먹을래?|내일 점심 같이 먹자.; CASUAL; PASS; ",
        "-고 before 주세요; 이 편지를 부치고 주세요.; 이 편지를 부쳐 주세요.; POLITE; ENDING; 부쳐",
        "-아/어 before 주세요; 이 편지를 부쳐 주세요.; 이 편지를 부쳐 주세요.; POLITE; PASS; ",
        "-고 before another verb; 사진을 찍고 보여 주세요.; 사진을 찍고 보여 주세요.; POLITE; PASS; ",
        // order of frequency and time phrases, a phrase after the predicate before a comma
        "count before the period; 이 약은 두 번 하루에 드세요.; 이 약은 하루에 두 번 드세요.; POLITE; WORD_ORDER; 하루에 두 번",
        "count before a two-word period; 세 번 한 달에 가요.; 한 달에 세 번 가요.; POLITE; WORD_ORDER; 한 달에 세 번",
        "period before the count; 하루에 두 번 먹어요.; 하루에 두 번 먹어요.; POLITE; PASS; ",
        "clock time before the part of the day; 내일 세 시에 오후 만나요.; 내일 오후 세 시에 만나요.; POLITE; WORD_ORDER; 오후 세 시에",
        "part of the day first; 내일 오후 세 시에 만나요.; 내일 오후 세 시에 만나요.; POLITE; PASS; ",
        "object after the predicate before a comma; 저는 샀어요 우산을, 그런데 비가 안 왔어요.; 저는 우산을 샀는데 비가 안 왔어요.; POLITE; WORD_ORDER; 우산을 샀어요",
        "object before the predicate before a comma; 우산을 샀어요, 그런데 비가 안 왔어요.; 우산을 샀어요, 그런데 비가 안 왔어요.; POLITE; PASS; ",
        // the past of a 르 verb after a past time word
        "present of a 르 verb after 어제; 어제 시장에서 사과를 골라. 맛있었어.; 어제 시장에서 사과를 골랐어. 맛있었어.; CASUAL; TENSE; 골랐어",
        "its past; 어제 시장에서 사과를 골랐어. 맛있었어.; 어제 시장에서 사과를 골랐어. 맛있었어.; CASUAL; PASS; ",
        // session 7 round 2 (eval10c): a past verb after a time of later, a where-question about a place
        "past after a counted later; 지금 회의 중이라서 30분 뒤에 다시 연락했어.; 30분 뒤에 다시 연락할게.; CASUAL; TENSE; 연락할게", // session 14 (eval25c): the accepted promise, not the present 연락해
        "past after 이따가; 이따가 친구한테 전화했어.; 조금 있다가 친구한테 연락할게.; CASUAL; TENSE; 전화해",
        "counted later in a past story; 작년에 한국에 왔어요. 두 달 후에 일을 시작했어요.; 작년에 한국에 왔어요. 두 달 후에 일을 시작했어요.; POLITE; PASS; ",
        "a decision taken before now; 우리는 다음 달에 제주도에 가기로 했어요.; 우리는 다음 달에 제주도에 가기로 했어요.; POLITE; PASS; ",
        "a report of what was said; 선생님이 내일 오신다고 했어요.; 선생님이 내일 오신다고 했어요.; POLITE; PASS; ",
        "the feeling of now about a past cause; 어제 늦게 와서 정말 미안해.; 어제 늦게 와서 정말 미안해.; CASUAL; PASS; ",
        "a station asked for in the past; 실례지만 버스 정류장이 어디 있었어요?; 저기요, 버스 타는 곳이 어디예요?; POLITE; TENSE; 있어요",
        "where a person was; 어제 어디 있었어요?; 어제 어디 있었어요?; POLITE; PASS; ",
        "where a friend was; 민수가 어디 있었어?; 민수가 어디 있었어?; CASUAL; PASS; ",
        // a plain statement where a service is asked for
        "statement for a service; 이 바지 좀 줄여요.; 이 바지 좀 줄여 주세요.|바지 길이 좀 줄여 주시겠어요?; POLITE; ending/request_statement; 줄여 주세요",
        "the request itself; 이 바지 좀 줄여 주세요.; 이 바지 좀 줄여 주세요.|바지 길이 좀 줄여 주시겠어요?; POLITE; PASS; ",
        "a statement about oneself; 제가 바지를 줄여요.; 바지를 줄여 주세요.; POLITE; NOT ENDING; ",
        "a statement where the task is no request; 이 바지 좀 줄여요.; 이 바지 좀 줄여 주세요.|이 바지는 길어서 줄여요.; POLITE; NOT ENDING; ",
        // incomplete findings that are no omission
        "a word another accepted answer leaves out; 머리를 5센티 짜르고 싶어요.; 5센티 정도 잘라 주세요.|5센티만 잘라 주세요.|머리를 5센티 정도 자르고 싶어요.; POLITE; NOT INCOMPLETE; ",
        "a word every accepted answer needs; 수건 주세요.; 수건 두 개 주세요.; POLITE; INCOMPLETE; 두 개",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, null, correction);
    }
}
