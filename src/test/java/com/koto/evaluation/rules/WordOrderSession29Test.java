package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Noun phrases written head first (session 29, helper s29c): Korean is head-final, Indonesian head-first, and the
 * learner writes the head before its modifier. Per mechanism, wrong answers it catches and correct look-alikes it must
 * pass, on other tasks than the development sets: a clock time before the part of the day with 까지/부터
 * ({@link ClauseOrder}), a noun of position before its noun, a number after its noun, a native numeral before a noun
 * without its counter, 사람 before the country, a head before its relative clause ({@link HeadFirstPhrases}), 몇 with a
 * counter before its noun ({@link QuantityOrder}), and two nouns or a compound turned round as an accepted answer
 * writes them, the phrase closed by a predicate or an adverb ({@link NounPhraseOrder#attestedSwaps}).
 */
class WordOrderSession29Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // a clock time before the part of the day, closed by 까지/부터
            "내일 2시 오후부터 회의가 있어요.; 내일 오후 2시부터 회의가 있어요.; POLITE; word_order/phrase; 2시 오후부터→오후 2시부터",
            "9시 밤까지 일해요.; 밤 9시까지 일해요.; POLITE; word_order/phrase; 9시 밤까지→밤 9시까지",
            "다섯 시 오후까지 와 주세요.; 오후 다섯 시까지 와 주세요.; POLITE; word_order/phrase; 다섯 시 오후까지→오후 다섯 시까지",
            "6시 30분 저녁부터 시간 있어.; 저녁 6시 30분부터 시간 있어.; CASUAL; word_order/phrase; 6시 30분 저녁부터→저녁 6시 30분부터",
            "오후 3시까지 짐 좀 맡아 주세요.; 오후 3시까지 짐을 맡아 주실 수 있어요?; POLITE; NO word_order; *",
            "아침 8시부터 밤 10시까지 열어요.; 아침 8시부터 밤 10시까지 문을 열어요.; POLITE; NO word_order; *",
            "7시 저녁 먹자.; 7시에 저녁 먹자.; CASUAL; NO word_order; *",
            "두 시까지 오후 일을 끝낼게요.; 두 시까지 오후 일을 끝낼게요.; POLITE; PASS; *",
            // a noun of position before its noun, the accepted answer writing it after
            "옆 은행에서 만나요.; 은행 옆에서 만나요.; POLITE; word_order/phrase; 옆 은행에서→은행 옆에서",
            "앞 호텔에 세워 주세요.; 호텔 앞에 세워 주세요.; POLITE; word_order/phrase; 앞 호텔에→호텔 앞에",
            "뒤 학교에서 기다릴게.; 학교 뒤에서 기다릴게.; CASUAL; word_order/phrase; 뒤 학교에서→학교 뒤에서",
            "기사님, 앞 약국에서 내려 주세요.; 약국 앞에서 내려 주세요.; POLITE; word_order/phrase; 앞 약국에서→약국 앞에서",
            "저 앞 편의점에서 세워 주세요.; 편의점 앞에서 세워 주세요.; POLITE; NO word_order; *",
            "옆 가게에서 샀어요.; 바로 옆 가게에서 샀어요.; POLITE; NO word_order; *",
            "앞에 편의점이 있어요.; 편의점이 앞에 있어요.; POLITE; NO word_order; *",
            "은행 옆에서 만나요.; 은행 옆에서 기다릴게요.; POLITE; NO word_order; *",
            // a number after the noun it names
            "출구 3으로 나오세요.; 3번 출구로 나오세요.; POLITE; word_order/phrase; 출구 3으로→3번 출구로",
            "터미널 1에서 만나요.; 1터미널에서 만나요.; POLITE; word_order/phrase; 터미널 1에서→1터미널에서",
            "출구 2 앞에서 만나자.; 2번 출구 앞에서 만나자.; CASUAL; word_order/phrase; 출구 2→2번 출구",
            "회의실 2에서 회의해요.; 2번 회의실에서 회의해요.; POLITE; word_order/phrase; 회의실 2에서→2번 회의실에서",
            "이 신발 250 있어요?; 이 신발 250 사이즈 있어요?; POLITE; NO word_order; *",
            "2터미널로 가 주세요.; 제2터미널로 가 주세요.; POLITE; NO word_order; *",
            "사과 2개 주세요.; 사과 두 개 주세요.; POLITE; NO word_order; *",
            "3번 출구로 나오세요.; 3번 출구로 나와 주세요.; POLITE; NO word_order; *",
            // a native numeral before a bare noun, no counter, where an accepted answer counts with one
            "두 맥주 주세요.; 맥주 두 병 주세요.; POLITE; word_order/numeral_before_noun; 두 맥주→맥주 두 병",
            "세 빵을 샀어요.; 빵을 세 개 샀어요.; POLITE; word_order/numeral_before_noun; 세 빵을→빵 세 개를",
            "한 케이크 포장해 주세요.; 케이크 한 개 포장해 주세요.; POLITE; word_order/numeral_before_noun; 한 케이크→케이크 한 개",
            "우리는 세 표 필요해요.; 우리는 표 세 장이 필요해요.; POLITE; word_order/numeral_before_noun; 세 표→표 세 장",
            "두 사람이에요.; 두 명이에요.; POLITE; PASS; *",
            "세 친구하고 갔어요.; 친구 세 명하고 갔어요.; POLITE; NO word_order; *",
            "네 사과 두 개 주세요.; 네, 사과 두 개 주세요.; POLITE; NO word_order; *",
            "세 가지 주세요.; 세 개 주세요.; POLITE; NO word_order; *",
            "수건 좀 더 주세요. 두 개요.; 수건 두 개 더 주세요.; POLITE; NO word_order; *",
            "서류 한 통 떼 주세요.; 서류 한 장 떼 주세요.; POLITE; NO word_order; *",
            "빵 두 게 주세요.; 빵 두 개 주세요.; POLITE; NO word_order; *",
            // 몇 with a counter before its noun
            "몇 장 표를 사고 싶어요?; 표를 몇 장 사고 싶어요?; POLITE; word_order/numeral_before_noun; 몇 장 표를→표를 몇 장",
            "몇 개 사과를 드릴까요?; 사과를 몇 개 드릴까요?; POLITE; word_order/numeral_before_noun; 몇 개 사과를→사과를 몇 개",
            "몇 잔 커피를 마셨어?; 커피를 몇 잔 마셨어?; CASUAL; word_order/numeral_before_noun; 몇 잔 커피를→커피를 몇 잔",
            "몇 권 책을 읽었어요?; 책을 몇 권 읽었어요?; POLITE; word_order/numeral_before_noun; 몇 권 책을→책을 몇 권",
            "몇 번 버스가 명동에 가요?; 몇 번 버스가 명동에 가요?; POLITE; PASS; *",
            "몇 시 영화를 볼까요?; 몇 시 영화 볼까요?; POLITE; NO word_order; *",
            "책을 몇 권 빌릴 수 있어요?; 책은 몇 권까지 빌릴 수 있어요?; POLITE; NO word_order; *",
            "몇 명이 와요?; 몇 명 와요?; POLITE; NO word_order; *",
            // two nouns or a compound turned round, closed by a predicate or an adverb
            "저기요, 자리 금연 있어요?; 금연 자리로 주세요.; POLITE; word_order/phrase; 자리 금연→금연 자리",
            "약 감기 좀 주세요.; 감기약 좀 주세요.; POLITE; word_order/phrase; 약 감기→감기약",
            "표 기차 두 장 주세요.; 기차표 두 장 주세요.; POLITE; word_order/phrase; 표 기차→기차표",
            "약 기침 있어요?; 기침약 있어요?; POLITE; word_order/phrase; 약 기침→기침약",
            "창가 자리 있어요?; 창가 자리로 주세요.; POLITE; NO word_order; *",
            "두통약 좀 주세요.; 약 좀 주세요.; POLITE; NO word_order; *",
            "약 두 시간 걸려요.; 두 시간쯤 걸려요.; POLITE; NO word_order; *",
            "방 805호가 너무 더워요.; 805호 방이 너무 더워요.; POLITE; NO word_order; *",
            // 사람 before the country
            "저는 사람 베트남이에요.; 저는 베트남에서 왔어요.; POLITE; word_order/phrase; 사람 베트남이에요→베트남 사람이에요",
            "제 친구는 사람 일본이에요.; 제 친구는 일본 사람이에요.; POLITE; word_order/phrase; 사람 일본이에요→일본 사람이에요",
            "우리 선생님은 사람 미국입니다.; 우리 선생님은 미국 사람입니다.; FORMAL; word_order/phrase; 사람 미국입니다→미국 사람입니다",
            "사람 한국이야?; 한국 사람이야?; CASUAL; word_order/phrase; 사람 한국이야→한국 사람이야",
            "저는 한국 사람이에요.; 저는 한국 사람이에요.; POLITE; PASS; *",
            "그 사람 인도네시아예요?; 그 사람 인도네시아 사람이에요?; POLITE; NO word_order; *",
            "사람 많아요.; 사람이 많아요.; POLITE; NO word_order; *",
            "그 사람 인도네시아에서 왔어요.; 그 사람은 인도네시아에서 왔어요.; POLITE; NO word_order; *",
            // a head noun before its relative clause
            "사람 한국어를 하는 누구예요?; 한국어를 하는 사람이 누구예요?; POLITE; word_order/phrase; 사람 한국어를 하는→한국어를 하는 사람이",
            "친구 부산에 사는 어디 있어요?; 부산에 사는 친구가 어디 있어요?; POLITE; word_order/phrase; *",
            "저기요, 식당 떡볶이를 파는 어디 있어요?; 혹시 이 근처에 떡볶이를 파는 식당이 어디에 있는지 알아요?; POLITE; word_order/phrase; 식당 떡볶이를 파는→떡볶이를 파는 식당이",
            "버스 공항에 가는 어디서 타요?; 공항에 가는 버스는 어디서 타요?; POLITE; word_order/phrase; *",
            "실례합니다. 버스 공항에 가는 어디서 타요?; 공항 가는 버스는 어디에서 타면 돼요?; POLITE; word_order/phrase; 버스 공항에 가는→공항에 가는 버스가",
            "식당 김치찌개를 파는 어디야?; 김치찌개 파는 식당이 어디야?; CASUAL; word_order/phrase; 식당 김치찌개를 파는→김치찌개를 파는 식당이",
            "원룸 학교 근처에서 찾는 있어요.; 학교 근처에서 원룸을 찾고 있어요.; POLITE; NO word_order; *",
            "화면이 갑자기 까만 됐어요.; 화면이 갑자기 까맣게 됐어요.; POLITE; NO word_order; *",
            "명동에 가는 버스가 몇 번이에요?; 몇 번 버스가 명동에 가요?; POLITE; NO word_order; *",
            "오늘 학교에 가는 날이에요.; 오늘은 학교에 가는 날이에요.; POLITE; NO word_order; *",
            "친구가 명동에 가는 거 알아요?; 친구가 명동에 가는 거 알아요?; POLITE; PASS; *",
            "버스가 명동에 가는지 몰라요.; 버스가 명동에 가는지 모르겠어요.; POLITE; NO word_order; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
