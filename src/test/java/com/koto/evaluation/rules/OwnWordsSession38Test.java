package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 38 (s38c): spelling, endings, spacing, tense and numbers that set AV's writers got wrong, each read as a class
 * on the learner's own words (accepted answers worded otherwise, except where the class reads them as support), with
 * correct look-alikes that must pass. My own sentences, not the sets'. Rows: answer; accepted answers (|-separated);
 * register; expected ({@code PASS}, {@code FAIL}, a category or subtype, {@code NO} + a subtype prefix, or
 * {@code SPACING}); the span {@code original→correction} or {@code *}.
 */
class OwnWordsSession38Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    /** {@link RuleRows#verdictRow}, and {@code SPACING}: a spacing note on the span, whatever the verdict. */
    private static void row(String answer, String accepted, String register, String expected, String span) {
        if (!expected.equals("SPACING")) {
            RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
            return;
        }
        Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.valueOf(register));
        assertThat(e.errors()).as(answer + ": " + e.errors()).anyMatch(x -> x.category() == ErrorCategory.SPACING
                && span.equals(x.original() + "→" + x.correction()));
    }

    /** 하다's -아/어 form and past written with ㅔ, 확인헤 → 확인해 ({@link LetterSlips#hadaWithE}). */
    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "방을 청소헤 주세요.; 방 청소 좀 해 주실 수 있어요?; POLITE; spelling/vowel; 청소헤→청소해",
            "이 서류를 복사헤 주세요.; 서류 복사 좀 부탁드려요.; POLITE; spelling/vowel; 복사헤→복사해",
            "저녁에 전화헤요.; 저녁에 연락 주세요.; POLITE; spelling/vowel; 전화헤요→전화해요",
            "내일까지 준비헤야 돼요.; 내일까지 다 끝내야 돼요.; POLITE; spelling/vowel; 준비헤야→준비해야",
            "어제 친구랑 운동헸어요.; 어제 친구하고 헬스장에 갔어요.; POLITE; spelling; 운동헸어요→운동했어요",
            "요리헤서 먹을 거예요.; 집에서 만들어 먹을 거예요.; POLITE; spelling/vowel; 요리헤서→요리해서",
            "친구랑 헤어져서 슬퍼요.; 친구랑 헤어져서 슬퍼요.; POLITE; PASS; *",
            "길을 헤매서 늦었어요.; 길을 잃어서 늦었어요.; POLITE; NO spelling; *",
            "헤어 드라이어 있어요?; 드라이어 있어요?; POLITE; NO spelling/vowel; *",
            "남자헤어 가게가 어디예요?; 미용실이 어디예요?; POLITE; NO spelling/vowel; *",
            "방을 청소해 주세요.; 방 청소 좀 해 주실 수 있어요?; POLITE; NO spelling; *",
    })
    void hadaWithE(String answer, String accepted, String register, String expected, String span) {
        row(answer, accepted, register, expected, span);
    }

    /** A stem in ㅎ written with ㅅ or ㄷ before a consonant, 빨갓지 → 빨갛지 ({@link LetterSlips#hieutStem}). */
    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "하얏고 예쁜 가방이 있어요?; 흰 가방 있어요?; POLITE; spelling; 하얏고→하얗고",
            "그럿게 하면 돼요.; 네, 그렇게 하세요.; POLITE; spelling; 그럿게→그렇게",
            "이럿게 해 주세요.; 이렇게 해 주세요.; POLITE; spelling; 이럿게→이렇게",
            "어떳게 가요?; 거기 어떻게 가요?; POLITE; spelling; 어떳게→어떻게",
            "노랏고 작은 꽃이에요.; 노란 꽃이에요.; POLITE; spelling; 노랏고→노랗고",
            "날씨가 좃네요.; 날씨가 정말 좋네요.; POLITE; spelling; 좃네요→좋네요",
            "하늘이 파랏지 않아요.; 하늘이 안 파래요.; POLITE; spelling; 파랏지→파랗지",
            "감기가 낫지 않아요.; 감기가 안 나아요.; POLITE; NO spelling; *",
            "손을 씻고 먹어요.; 손 씻고 먹어요.; POLITE; PASS; *",
            "신발을 벗고 들어가요.; 신발 벗고 들어가세요.; POLITE; NO spelling; *",
            "그렇게 하면 돼요.; 네, 그렇게 하세요.; POLITE; NO spelling; *",
    })
    void hieutStem(String answer, String accepted, String register, String expected, String span) {
        row(answer, accepted, register, expected, span);
    }

    /** 열다 with its ㄹ dropped before -아/어, 여도 → 열어도 ({@link StemEndings#openedWithoutL}). */
    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "문 좀 여 주세요.; 문 좀 열어 주실래요?; POLITE; irregular/l_kept; 여→열어",
            "창문을 여요.; 창문 열어요.; POLITE; irregular/l_kept; 여요→열어요",
            "추워서 창문을 여도 돼요?; 창문 좀 닫아도 돼요?; POLITE; irregular/l_kept; 여도→열어도",
            "냉장고 여서 우유 꺼내 주세요.; 냉장고에서 우유 좀 꺼내 줄래요?; POLITE; irregular/l_kept; 여서→열어서",
            "트렁크 좀 여 주세요.; 짐 좀 실어 주세요.; POLITE; irregular/l_kept; 여→열어",
            "가방을 여야 돼요?; 가방 열어 봐야 돼요?; POLITE; irregular/l_kept; 여야→열어야",
            "창문 좀 여세요.; 창문 좀 여세요.; POLITE; PASS; *",
            "가게는 아홉 시에 엽니다.; 가게는 아홉 시에 엽니다.; FORMAL; PASS; *",
            "남자 여도 괜찮아요.; 남자여도 괜찮아요.; POLITE; NO irregular; *",
            "창문을 열어도 돼요?; 창문 열어도 돼요?; POLITE; PASS; *",
    })
    void openedWithoutL(String answer, String accepted, String register, String expected, String span) {
        row(answer, accepted, register, expected, span);
    }

    /** -지 않는 after an adjective, 않는 → 않은 ({@link ModifierForms#negatedAdjectiveModifier}). */
    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "너무 비싸지 않는 호텔 있어요?; 저렴한 호텔 있어요?; POLITE; ending/adjective_modifier; 않는→않은",
            "맵지 않는 음식 추천해 주세요.; 안 매운 음식 추천해 주세요.; POLITE; ending/adjective_modifier; 않는→않은",
            "멀지 않는 곳에 살아요.; 가까운 곳에 살아요.; POLITE; NO ending/adjective_modifier; *",
            "크지 않는 가방 있어요?; 작은 가방 있어요?; POLITE; NO ending/adjective_modifier; *",
            "복잡하지 않는 길로 가 주세요.; 안 막히는 길로 가 주세요.; POLITE; ending/adjective_modifier; 않는→않은",
            "고기를 먹지 않는 사람이에요.; 저는 고기를 안 먹어요.; POLITE; NO ending/adjective_modifier; *",
            "맛있지 않는 음식이에요.; 맛없는 음식이에요.; POLITE; NO ending/adjective_modifier; *",
            "너무 빨갛지 않은 색 있어요?; 너무 빨갛지 않은 색 있어요?; POLITE; PASS; *",
            "담배를 피우지 않는 방 주세요.; 금연실 주세요.; POLITE; NO ending/adjective_modifier; *",
    })
    void negatedAdjectiveModifier(String answer, String accepted, String register, String expected, String span) {
        row(answer, accepted, register, expected, span);
    }

    /** A long native numeral before a unit of measure, 둘 킬로 → 두 킬로 ({@code Counters.longFormBeforeUnit}). */
    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "사과 둘 킬로 주세요.; 사과 2킬로 주세요.; POLITE; counter/native_short_form; 둘→두",
            "돼지고기 셋 근 주세요.; 돼지고기 세 근 주세요.; POLITE; counter/native_short_form; 셋→세",
            "하루에 셋 번 드세요.; 하루에 세 번 드세요.; POLITE; counter/native_short_form; 셋→세",
            "물 하나 리터 주세요.; 물 1리터 주세요.; POLITE; counter/native_short_form; 하나→한",
            "여기서 둘 킬로미터 걸어요.; 여기서 2킬로미터 걸어요.; POLITE; counter/native_short_form; 둘→두",
            "넷 번 전화했어요.; 네 번 전화했어요.; POLITE; counter/native_short_form; 넷→네",
            "고기 둘 킬로를 샀어요.; 고기 2킬로 샀어요.; POLITE; counter/native_short_form; 둘→두",
            "사과 두 킬로 주세요.; 사과 2킬로 주세요.; POLITE; PASS; *",
            "비빔밥 둘 주세요.; 비빔밥 두 개 주세요.; POLITE; NO counter; *",
            "하나 더 주세요.; 하나 더 주세요.; POLITE; PASS; *",
    })
    void longFormBeforeUnit(String answer, String accepted, String register, String expected, String span) {
        row(answer, accepted, register, expected, span);
    }

    /** A subway line counted with 선, 2선 → 2호선 ({@code Counters.subwayLine}). */
    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "강남역에 가려면 지하철 2선을 타요?; 강남역에 가려면 2호선을 타요?; POLITE; counter/wrong_counter; 2선을→2호선을",
            "시청역에서 1선으로 갈아타세요.; 시청역에서 1호선으로 갈아타세요.; POLITE; counter/wrong_counter; 1선으로→1호선으로",
            "지하철 9선 타는 곳이 어디예요?; 9호선 타는 곳이 어디예요?; POLITE; counter/wrong_counter; 9선→9호선",
            "4선 역이 어디 있어요?; 4호선 역이 어디 있어요?; POLITE; counter/wrong_counter; 4선→4호선",
            "전철 3선이 여기 서요?; 3호선이 여기 서요?; POLITE; counter/wrong_counter; 3선이→3호선이",
            "2호선을 타세요.; 2호선을 타세요.; POLITE; PASS; *",
            "그 의원은 3선이에요.; 그 의원은 3선이에요.; POLITE; PASS; *",
            "주차장에 2선으로 세워 주세요.; 주차장 두 번째 줄에 세워 주세요.; POLITE; NO counter/wrong_counter; *",
    })
    void subwayLine(String answer, String accepted, String register, String expected, String span) {
        row(answer, accepted, register, expected, span);
    }

    /** Two days counted as a span, 두 일 → 이틀 ({@code Counters.twoDays}). */
    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "배송이 두 일 걸려요.; 배송은 이틀 걸려요.; POLITE; counter/native_for_sino; 두 일→이틀",
            "두 일 동안 쉬었어요.; 이틀 동안 쉬었어요.; POLITE; counter/native_for_sino; 두 일→이틀",
            "두 일 후에 만나요.; 이틀 후에 만나요.; POLITE; counter/native_for_sino; 두 일→이틀",
            "회의가 두 일 늦어졌습니다.; 회의가 이틀 연기되었습니다.; FORMAL; counter/native_for_sino; 두 일→이틀",
            "세 일 동안 여행했어요.; 삼 일 동안 여행했어요.; POLITE; counter/native_for_sino; 세→삼",
            "오월 두 일에 만나요.; 5월 2일에 만나요.; POLITE; counter/native_for_sino; 두→이",
            "두 일에 보내 주세요.; 2일에 보내 주세요.; POLITE; counter/native_for_sino; 두→이",
            "이틀 동안 쉬었어요.; 이틀 동안 쉬었어요.; POLITE; PASS; *",
            "2일 동안 쉬었어요.; 이틀 동안 쉬었어요.; POLITE; PASS; *",
    })
    void twoDays(String answer, String accepted, String register, String expected, String span) {
        row(answer, accepted, register, expected, span);
    }

    /** A verbal noun spaced from 하다 where an accepted answer writes the two as one word although another writes the noun apart, and a numbered place joined to its number ({@link Spacing#spacedNumberedPlace}); {@code SPACING} rows ask for the spacing note with that span, whatever the verdict. */
    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "이 책 포장 해 주세요.; 선물이에요. 포장해 주세요.|포장 좀 해 주시겠어요?; POLITE; SPACING; 포장 해→포장해",
            "내일 예약 할게요.; 그럼 예약할게요.|예약 좀 할게요.; POLITE; SPACING; 예약 할게요→예약할게요",
            "숙제 하고 다 놀자.; 숙제 다 하고 놀자.; CASUAL; PASS; *",
            "나중에 다시 전화 해주세요.; 나중에 다시 전화해 주세요.|나중에 다시 전화 주시겠어요?; POLITE; SPACING; 전화 해주세요→전화해 주세요",
            "혹시 내일 예약 되나요?; 내일 오전에 예약할 수 있어요?|예약 가능해요?; POLITE; NO spacing; *",
            "3번출구로 나가세요.; 출구는 3번이에요.; POLITE; SPACING; 3번출구로→3번 출구로",
            "5번게이트에서 기다려요.; 탑승구 앞에서 기다려요.; POLITE; SPACING; 5번게이트에서→5번 게이트에서",
            "472번버스 타세요.; 파란 버스를 타세요.; POLITE; SPACING; 472번버스→472번 버스",
            "2번창구로 오세요.; 저쪽 창구로 가세요.; POLITE; SPACING; 2번창구로→2번 창구로",
            "2호선 타세요.; 2호선 타세요.; POLITE; PASS; *",
            "305호실에 있어요.; 305호실에 있어요.; POLITE; PASS; *",
            "두 번째 출구예요.; 두 번째 출구예요.; POLITE; PASS; *",
            "3번 출구로 나가세요.; 3번 출구로 나가세요.; POLITE; PASS; *",
    })
    void spacing(String answer, String accepted, String register, String expected, String span) {
        row(answer, accepted, register, expected, span);
    }

    /** A length of time counted back from now after the clause's arguments, 택배를 3일 전에 보내요 → 보냈어요 ({@code TimeWords.argumentsBeforeAgo}). */
    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "택배를 일주일 전에 주문해요. 아직 안 왔어요.; 일주일 전에 주문했는데 아직 안 왔어요.; POLITE; tense/time_word; 주문해요→주문했어요",
            "저는 3년 전에 한국에 와요.; 3년 전에 한국에 왔어요.; POLITE; tense; 와요→왔어요",
            "동생이 이틀 전에 전화해요.; 이틀 전에 동생한테서 연락이 왔어요.; POLITE; tense; 전화해요→전화했어요",
            "그 영화를 한 달 전에 봐요.; 한 달 전에 봤어요.; POLITE; tense; 봐요→봤어요",
            "저는 보통 30분 전에 와요.; 보통 30분 일찍 와요.; POLITE; NO tense; *",
            "출발 두 시간 전에 공항에 가요.; 두 시간 일찍 공항에 가요.; POLITE; NO tense; *",
            "표는 3일 전에 사야 돼요.; 3일 전에 사야 해요.; POLITE; NO tense; *",
            "택배를 3일 전에 보냈어요.; 삼 일 전에 보냈어요.; POLITE; PASS; *",
            "수업 10분 전에 와요.; 수업 10분 전에 와요.; POLITE; PASS; *",
    })
    void agoAfterArguments(String answer, String accepted, String register, String expected, String span) {
        row(answer, accepted, register, expected, span);
    }

    /** In an answer that asks the way, whether a means is there asked in the past, 있었어요 → 있어요 ({@code TenseFrames.meansThere}). */
    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "여기서 공항까지 어떻게 가요? 공항버스가 있었어요?; 공항에 어떻게 가요? 리무진 있어요?; POLITE; tense/present; 있었어요→있어요",
            "명동에 어떻게 가요? 지하철이 있었어요?; 명동 가는 방법 알려 주세요.; POLITE; tense/present; 있었어요→있어요",
            "거기 가는 방법 좀 알려 주세요. 혹시 셔틀버스가 있었어요?; 거기 어떻게 가요?; POLITE; tense/present; 있었어요→있어요",
            "산에 어떻게 가요? 케이블카도 있었어요?; 산에 어떻게 가요?; POLITE; tense/present; 있었어요→있어요",
            "어떻게 가야 돼요? 엘리베이터가 있었어요?; 거기 가는 길 좀 알려 주세요.; POLITE; tense/present; 있었어요→있어요",
            "명동에 어떻게 가요? 전에 버스가 있었어요?; 명동 가는 방법 알려 주세요.; POLITE; NO tense; *",
            "어제 파티에 사람이 많이 있었어요?; 어제 파티 어땠어요?; POLITE; NO tense; *",
            "어제 영화 재미있었어요?; 어제 영화 어땠어요?; POLITE; NO tense; *",
            "명동에 어떻게 가요? 무슨 버스가 있었어요?; 명동 가는 방법 알려 주세요.; POLITE; NO tense/present; *",
    })
    void meansThereAskedInPast(String answer, String accepted, String register, String expected, String span) {
        row(answer, accepted, register, expected, span);
    }

    /** The act an accepted answer promises with 드리다, told in the past, 보냈습니다 → 보내겠습니다 ({@code AcceptedTense.promisedWithFavour}). */
    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "팀장님, 3시까지 파일을 보냈습니다.; 3시까지 파일을 보내 드리겠습니다.; FORMAL; tense/future; 보냈습니다→보내겠습니다",
            "부장님, 내일까지 자료를 전했습니다.; 내일까지 자료를 전해 드리겠습니다.; FORMAL; tense/future; 전했습니다→전하겠습니다",
            "오늘 저녁까지 보고서를 고쳤습니다.; 오늘 저녁까지 보고서를 고쳐 드리겠습니다.; FORMAL; tense; 고쳤습니다→고치겠습니다",
            "팀장님, 3시까지 파일을 보내겠습니다.; 3시까지 파일을 보내 드리겠습니다.; FORMAL; PASS; *",
            "어제 파일을 보냈습니다.; 어제 파일을 보냈습니다.; FORMAL; PASS; *",
    })
    void promiseOfFavour(String answer, String accepted, String register, String expected, String span) {
        row(answer, accepted, register, expected, span);
    }

    /** A Sino-Korean number before a native counter, joined to 시 after a time of day or apart, one check ({@link PreChecks#sinoNumbers}). */
    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            "밤 구시에 만나요.; 밤 9시에 만나요.; POLITE; counter/sino_for_native; 구시에→아홉 시에",
            "오후 이시까지 와 주세요.; 오후 2시까지 와 주세요.; POLITE; counter/sino_for_native; 이시까지→두 시까지",
            "아침 칠시에 일어나요.; 아침 7시에 일어나요.; POLITE; counter/sino_for_native; 칠시에→일곱 시에",
            "저녁 십이시쯤 자요.; 밤 12시쯤 자요.; POLITE; counter/sino_for_native; 십이시쯤→열두 시쯤",
            "오후 삼 시에 만나요.; 오후 3시에 만나요.; POLITE; counter/sino_for_native; *",
            "커피 오 잔 주세요.; 커피 다섯 잔 주세요.; POLITE; counter/sino_for_native; *",
            "아침 오시면 전화 주세요.; 아침에 오시면 전화 주세요.; POLITE; NO counter; *",
            "일시에 만나요.; 일시를 정해요.; POLITE; NO counter/sino_for_native; *",
            "오후 세 시에 만나요.; 오후 3시에 만나요.; POLITE; PASS; *",
            "이 시간에 뭐 해요?; 이 시간에 뭐 해요?; POLITE; PASS; *",
    })
    void sinoNumbers(String answer, String accepted, String register, String expected, String span) {
        row(answer, accepted, register, expected, span);
    }
}
