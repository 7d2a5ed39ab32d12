package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision of session 26 (helper s26a): correct answers failed and false errors added to wrong ones, fixed as
 * classes, each with correct look-alikes that pass and wrong answers that still fail. -(으)시- on the listener's act
 * in a request ({@link LearnerAdditions#listenersClause}, {@link RespectedSubjects#promise},
 * {@link RespectedSubjects#commandOfItsOwn}); 'N1 말고 N2' ({@link ContrastedItems}); 밖에 'outside' before a positive
 * predicate ({@link Spacing#boundJoins}); 저는 for 제가 ({@link TopicPronouns}); 좋아 for 좋다 to a friend
 * ({@link CasualExclamations}); 받다 with its object for N받다 ({@link LightVerbs#receivedWithObject}); the part of the
 * day before a clock time ({@link OptionalPieces#partOfDayLeftOut}); 부터 before 시작하다
 * ({@link OptionalPieces#startOfStarting}); a past clause for the past modifier ({@link EventTense}); a topic before
 * the learner's own copula and a copula sentence for a noun with its verb ({@link Evidence#copulaElsewhere},
 * {@link WellFormedEnds#predicateAfterOwnPredicate}).
 */
class PrecisionSession26Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());


    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // -(으)시- on a clause joined to a request with 주시-: the listener comes and mends
            "여보세요, 302호인데요. 방 히터가 안 돼요. 내일 좀 오셔서 고쳐 주실 수 있을까요?; 사장님, 방에 히터가 고장 났어요. 내일 와서 고쳐 주실 수 있어요?|안녕하세요, 난방기가 고장 났어요. 내일 고쳐 주세요.; POLITE; PASS; *",
            "내일 오셔서 에어컨 좀 봐 주시겠어요?; 내일 와서 에어컨 좀 봐 주시겠어요?; POLITE; PASS; *",
            "이따가 들르셔서 서류 좀 받아 주실 수 있어요?; 이따가 들러서 서류 좀 받아 주실 수 있어요?; POLITE; PASS; *",
            "지금 오셔서 문 좀 열어 주실 수 있을까요?; 지금 와서 문 좀 열어 주실 수 있어요?; POLITE; PASS; *",
            // the speaker's own coming keeps its finding: named, or a promise with no request
            "제가 내일 오셔서 고쳐 드릴게요.; 제가 내일 와서 고쳐 드릴게요.; POLITE; honorific/si_extra; 오셔서→와서",
            "내일 오셔서 전화할게요.; 내일 와서 전화할게요.; POLITE; honorific/si_extra; 오셔서→와서",
            "내일 오셔서 고처 주실 수 있어요?; 내일 와서 고쳐 주실 수 있어요?; POLITE; spelling; 고처→고쳐",
            // -지 마세요 to the listener for the accepted -지 않게요, which is no promise
            "커피 주세요. 너무 뜨겁게 하지 마세요.; 커피 주세요. 너무 뜨겁지 않게요.; POLITE; PASS; *",
            "너무 짧게 자르지 마세요.; 너무 짧지 않게요.; POLITE; PASS; *",
            "조금만 짤라 주세요. 너무 짧게 하지 마세요.; 조금만 잘라 주세요. 너무 짧지 않게요.|너무 짧게 하지 말고 조금만 다듬어 주세요.; POLITE; FAIL; *",
            "조금만 짤라 주세요. 너무 짧게 하지 마세요.; 조금만 잘라 주세요. 너무 짧지 않게요.|너무 짧게 하지 말고 조금만 다듬어 주세요.; POLITE; NO honorific; *",
            "내일 다시 전화하세요.; 내일 다시 전화할게요.; POLITE; FAIL; *",
            // a command sentence added after the accepted statement kept as written
            "그럼 지금부터 발표를 시작하겠습니다. 잘 들어 주십시오.; 지금부터 발표를 시작하겠습니다.|그럼 발표를 시작하겠습니다.; FORMAL; PASS; *",
            "이제 회의를 시작하겠습니다. 휴대폰은 꺼 주십시오.; 이제 회의를 시작하겠습니다.; FORMAL; PASS; *",
            "제가 지금부터 발표를 시작하시겠습니다.; 지금부터 발표를 시작하겠습니다.; FORMAL; honorific/si_extra; 시작하시겠습니다→시작하겠습니다",
            // N1 말고 N2: the learner names the right item
            "저기요, 저 비빔밥 말고 김치찌개 시켰는데요.; 저기요, 저는 김치찌개를 시켰어요. 비빔밥이 아니에요.|죄송한데요, 이거 제가 주문한 게 아니에요. 김치찌개를 주문했어요.; POLITE; PASS; *",
            "저 콜라 말고 사이다 시켰어요.; 저는 사이다를 시켰어요. 콜라가 아니에요.; POLITE; PASS; *",
            "아이스 말고 따뜻한 라떼 주세요.; 따뜻한 라떼 주세요. 아이스 아니에요.; POLITE; PASS; *",
            "이거 제 가방 아니고 친구 가방이에요.; 이거 친구 가방이에요. 제 가방이 아니에요.; POLITE; PASS; *",
            "저기요, 저 비빔밥 말고 냉면 시켰는데요.; 저기요, 저는 김치찌개를 시켰어요. 비빔밥이 아니에요.|죄송한데요, 이거 제가 주문한 게 아니에요. 김치찌개를 주문했어요.; POLITE; vocabulary/other_item; *",
            "저기요, 저 비빔밥 말고 김치찌게 시켰는데요.; 저기요, 저는 김치찌개를 시켰어요. 비빔밥이 아니에요.|죄송한데요, 이거 제가 주문한 게 아니에요. 김치찌개를 주문했어요.; POLITE; FAIL; *",
            "저기요, 저 냉면 말고 비빔밥 시켰는데요.; 저기요, 저는 김치찌개를 시켰어요. 비빔밥이 아니에요.|죄송한데요, 이거 제가 주문한 게 아니에요. 김치찌개를 주문했어요.; POLITE; FAIL; *",
            // 저는 for 제가: one pronoun, the topic for the subject
            "비빔밥 하나 주세요. 저는 고기를 안 먹어서 고기는 빼 주세요.; 비빔밥 하나 주세요. 제가 고기를 안 먹어서 고기는 빼 주세요.; POLITE; PASS; *",
            "저는 매운 걸 못 먹어서 안 맵게 해 주세요.; 제가 매운 걸 못 먹어서 안 맵게 해 주세요.; POLITE; PASS; *",
            "나는 내일 바빠서 못 가.; 내가 내일 바빠서 못 가.; CASUAL; PASS; *",
            "비빔밥 하나 주세요. 저는 고기을 안 먹어서 고기는 빼 주세요.; 비빔밥 하나 주세요. 제가 고기를 안 먹어서 고기는 빼 주세요.|비빔밥 한 그릇 주세요. 고기를 못 먹어서 고기는 넣지 말아 주세요.; POLITE; NO vocabulary; *",
            "비빔밥 하나 주세요. 저는 고기을 안 먹어서 고기는 빼 주세요.; 비빔밥 하나 주세요. 제가 고기를 안 먹어서 고기는 빼 주세요.|비빔밥 한 그릇 주세요. 고기를 못 먹어서 고기는 넣지 말아 주세요.; POLITE; particle_allomorph/object; 고기을→고기를",
            "저가 고기를 안 먹어서 고기는 빼 주세요.; 비빔밥 하나 주세요. 제가 고기를 안 먹어서 고기는 빼 주세요.; POLITE; FAIL; *",
            "나는 고기를 안 먹어서 고기는 빼 주세요.; 제가 고기를 안 먹어서 고기는 빼 주세요.; POLITE; honorific/humble_pronoun; 나는→저는",
            // 좋아 for 좋다 (and back) to a friend
            "집이 밝고 좋아! 언제 이사했어?; 집이 밝고 좋다! 언제 이사했어?|와, 집 진짜 밝고 예쁘다. 언제 이사 왔어?; CASUAL; PASS; *",
            "와, 방이 진짜 넓어! 언제 이사했어?; 와, 방이 진짜 넓다! 언제 이사했어?; CASUAL; PASS; *",
            "오늘 날씨 정말 좋다. 공원 갈래?; 오늘 날씨 정말 좋아. 공원 갈래?; CASUAL; PASS; *",
            "집이 발고 좋아! 언제 이사했어?; 집이 밝고 좋다! 언제 이사했어?|와, 집 진짜 밝고 예쁘다. 언제 이사 왔어?; CASUAL; NO ending; *",
            "집이 밝고 좋어! 언제 이사했어?; 집이 밝고 좋다! 언제 이사했어?; CASUAL; ending/vowel_harmony; 좋어→좋아",
            "집이 밝고 좋았어! 언제 이사했어?; 집이 밝고 좋다! 언제 이사했어?; CASUAL; tense; *",
            "집이 밝고 좋아요! 언제 이사했어?; 집이 밝고 좋다! 언제 이사했어?; CASUAL; honorific/speech_level; 좋아요→좋아",
            // 받다 with its object for N받다
            "재학증명서를 받고 싶습니다. 얼마나 걸립니까?; 재학증명서를 발급받고 싶습니다. 얼마나 걸립니까?; FORMAL; PASS; *",
            "처방전을 받고 싶어요.; 처방전을 발급받고 싶어요.; POLITE; PASS; *",
            "성적증명서를 받으려고 왔습니다.; 성적증명서를 발급받으려고 왔습니다.; FORMAL; PASS; *",
            "재학증명서을 받고 싶습니다. 얼마나 걸립니까?; 재학증명서를 발급받고 싶습니다. 얼마나 걸립니까?|재학증명서 한 장 떼어 주시겠습니까? 시간이 얼마나 걸립니까?; FORMAL; NO ending; *",
            "재학증명서을 받고 싶습니다.; 재학증명서를 발급받고 싶습니다.; FORMAL; particle_allomorph/object; 재학증명서을→재학증명서를",
            "재학증명서를 받으시고 싶습니다.; 재학증명서를 발급받고 싶습니다.; FORMAL; honorific/si_extra; *",
            // the part of the day left out before a clock time
            "7시 영화 두 장 주세요. 가운데 자리로 주세요.; 저녁 7시 영화 두 장 주세요. 가운데 자리로 주세요.|일곱 시 표 두 장 있어요? 가능하면 가운데 좌석으로 주세요.; POLITE; PASS; *",
            "세 시 표 한 장 주세요.; 오후 세 시 표 한 장 주세요.; POLITE; PASS; *",
            "8시에 네 명 예약하고 싶어요.; 저녁 8시에 네 명 예약하고 싶어요.; POLITE; PASS; *",
            "내일 10시에 만나요.; 내일 오전 10시에 만나요.; POLITE; PASS; *",
            "7시 영화 두장 주세요. 가운데 자리으로 주세요.; 저녁 7시 영화 두 장 주세요. 가운데 자리로 주세요.|일곱 시 표 두 장 있어요? 가능하면 가운데 좌석으로 주세요.; POLITE; NO incomplete; *",
            "아침 7시 영화 두 장 주세요.; 저녁 7시 영화 두 장 주세요.; POLITE; vocabulary/contrast; 아침→저녁",
            "저녁 영화 두 장 주세요.; 저녁 7시 영화 두 장 주세요.; POLITE; incomplete; *",
            "내일 오후에 만나요.; 내일 오전 10시에 만나요.; POLITE; incomplete; *",
            // 부터 before 시작하다
            "여러분, 안녕하세요. 지금 발표 시작하겠습니다.; 지금부터 발표를 시작하겠습니다.|그럼 발표를 시작하겠습니다.; FORMAL; PASS; *",
            "내일 수업 시작해요.; 내일부터 수업 시작해요.; POLITE; PASS; *",
            "이제 회의 시작하겠습니다.; 이제부터 회의를 시작하겠습니다.; FORMAL; PASS; *",
            "9시 6시까지 일해요.; 9시부터 6시까지 일해요.; POLITE; particle_missing/from; 9시→9시부터",
            "지금부터 발표를 시작했습니다.; 지금부터 발표를 시작하겠습니다.; FORMAL; tense/future; *",
            // a past clause for the past modifier of the same action verb
            "안녕하세요. 저 옆집에 새로 이사 왔는데요, 부디라고 해요.; 안녕하세요. 옆집에 새로 이사 온 부디예요.|안녕하세요. 저는 옆집에 이사 온 부디라고 해요.; POLITE; PASS; *",
            "어제 한국에 왔는데요, 부디라고 합니다.; 어제 한국에 온 부디라고 합니다.; FORMAL; PASS; *",
            "지난주에 입사했는데요, 김민수라고 해요.; 지난주에 입사한 김민수라고 해요.; POLITE; PASS; *",
            "저는 인도네시아에서 왔는 시티입니다.; 저는 인도네시아에서 온 시티입니다.; FORMAL; ending/past_modifier; 왔는→온",
            "어제 입사할 김민수라고 해요.; 어제 입사한 김민수라고 해요.; POLITE; FAIL; *",
            "다음 주에 이사 올 부디라고 해요.; 옆집에 이사 온 부디라고 해요.; POLITE; FAIL; *",
            // a topic before the learner's own copula; the copula sentence for the noun with its verb
            "집들이 축하해! 내 선물은 휴지야.; 집들이 축하해! 이거 선물이야, 휴지 사 왔어.|이사 축하해. 선물로 휴지 가져왔어.; CASUAL; PASS; *",
            "생일 축하해! 내 선물은 꽃이야.; 생일 축하해! 이거 선물이야, 꽃 사 왔어.; CASUAL; PASS; *",
            "집들이 축하해! 내 선물은 휴지이야.; 집들이 축하해! 이거 선물이야, 휴지 사 왔어.|이사 축하해. 선물로 휴지 가져왔어.; CASUAL; ending/copula; 휴지이야→휴지야",
            "집들이 축하해! 내 선물은 휴지이야.; 집들이 축하해! 이거 선물이야, 휴지 사 왔어.|이사 축하해. 선물로 휴지 가져왔어.; CASUAL; NO incomplete; *",
            "생일 축하해! 내 선물은 꽃.; 생일 축하해! 이거 선물이야, 꽃 사 왔어.; CASUAL; incomplete; *",
            "생일 축하해! 내 선물은 꽃이에요.; 생일 축하해! 이거 선물이야, 꽃 사 왔어.; CASUAL; honorific/speech_level; 꽃이에요→꽃이야",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    /** 밖에 is the particle 'only' before a negated predicate, joined; before a positive one it is 밖 'outside' + 에. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "제가 하루 종일 밖에 있어서요; -",
            "지금 회사 밖에 있어요; -",
            "문 밖에 누가 서 있어요; -",
            "창문 밖에 눈이 와요; -",
            "커피가 하나 밖에 없어요; 하나 밖에→하나밖에",
            "오늘은 라면 밖에 못 먹었어요; 라면 밖에→라면밖에",
            "저는 동생 밖에 없어요; 동생 밖에→동생밖에",
            "그 사람 밖에 안 와요; 사람 밖에→사람밖에",
            "너 밖에 몰라; 너 밖에→너밖에",
    })
    void onlyBeforeANegation(String answer, String join) {
        List<Finding> found = Spacing.boundJoins(answer, List.of()).stream()
                .filter(f -> f.original().endsWith("밖에")).toList();
        if (join.equals("-")) {
            assertThat(found).as(answer).isEmpty();
        } else {
            assertThat(found).as(answer).anyMatch(f -> (f.original() + "→" + f.correction()).equals(join)
                    && "spacing/particle".equals(f.subtype()));
        }
    }
}
