package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers and counters of session 27 (helper s27c): a counter whose class excludes the noun it counts
 * ({@link CounterClasses}, the lexicon {@code evaluation/counter-classes.json}), a native number before 번 that names
 * a place ({@code counter/label_number}), a count every accepted answer states left out where the count is said with
 * 네 ({@link MissingNumbers}), and the lengths of time and stays said otherwise that are no number left out. Each
 * mechanism has wrong answers it catches and correct look-alikes that pass.
 */
class CountersSession27Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // a counter whose class excludes the noun: with a subject, object or topic particle, bare, apart, with 의
            "우산이 두 명 있어요.; 우산을 가지고 있어요.; POLITE; counter/people_counter; 명→개",
            "제 동생은 책을 세 마리 샀어요.; 동생이 서점에 갔어요.; POLITE; counter/animal_counter; 마리→권",
            "사진 있어요? 두 권 주세요.; 사진을 보여 주시겠어요?; POLITE; counter/book_counter; 권→장",
            "저는 가방 한 대 사고 싶어요.; 가방 하나 사고 싶어요.; POLITE; counter/machine_counter; 대→개",
            "고양이가 두 잔 있어요.; 집에서 고양이를 키워요.; POLITE; counter/cup_counter; 잔→마리",
            "운동화 한 병 사고 싶어요.; 새 신발을 사려고 해요.; POLITE; counter/bottle_counter; 병→켤레",
            "커피 두 장 주세요.; 커피 부탁합니다.; POLITE; counter/sheet_counter; 장→잔",
            "지갑도 한명 샀어요.; 지갑도 하나 샀어요.; POLITE; counter/people_counter; 한명→한개",
            "세 권의 지도가 필요해요.; 지도가 있으면 좋겠어요.; POLITE; counter/book_counter; 권의→장의",
            // the counter fits, the count is the subject's own, a party of people, possessive 의, 개 for a thing
            "가방 한 개 있어요.; 가방 하나 있어요.; POLITE; PASS; *",
            "가방을 두 명이 들었어요.; 두 사람이 가방을 들었어요.; POLITE; PASS; *",
            // a person marked as subject or topic is the agent, not the thing counted (lead, precision-dev24 library-05)
            "한 사람이 몇 권 빌릴 수 있어요?; 몇 권까지 빌릴 수 있어요?; POLITE; PASS; *",
            "학생은 두 장 받을 수 있어요.; 학생은 두 장씩 받아요.; POLITE; PASS; *",
            "동생이 세 병 샀어요.; 동생이 세 병 샀어요.; POLITE; PASS; *",
            "친구가 책 두 권 빌려줬어요.; 친구가 책을 두 권 빌려줬어요.; POLITE; PASS; *",
            "지도 있어요? 두 명이에요.; 지도 있어요? 저희 둘이에요.; POLITE; NO counter/people_counter; *",
            "어른 두 장 주세요.; 어른 표 두 장 주세요.; POLITE; NO counter/; *",
            "한 명의 가방이 없어졌어요.; 한 사람 가방이 없어졌어요.; POLITE; NO counter/; *",
            "치킨 한 마리 주세요.; 치킨 한 마리 시킬게요.; POLITE; PASS; *",
            "택시 한 대 불러 주세요.; 택시 좀 불러 주세요.; POLITE; PASS; *",
            "20대 남자 손님이 왔어요.; 20대 남자 손님이 왔어요.; POLITE; PASS; *",
            "핸드폰 한 대 더 있어요.; 휴대폰이 하나 더 있어요.; POLITE; NO counter/; *",
            // a native number before 번 that names a place
            "세 번 출구로 나가세요.; 3번 출구로 나가세요.; POLITE; counter/label_number; 세→삼",
            "다섯 번 게이트가 어디예요?; 탑승구가 어디에 있어요?; POLITE; counter/label_number; 다섯→오",
            "두번 승강장에서 기다려요.; 2번 승강장에서 기다릴게요.; POLITE; counter/label_number; 두번→이번",
            "일곱 번 버스를 타세요.; 7번 버스를 타세요.; POLITE; vocabulary; 일곱→칠",
            // times, an ordinal, a place before the count, a Sino-Korean or digit label
            "세 번 갔어요.; 세 번 가 봤어요.; POLITE; PASS; *",
            "하루에 세 번 버스가 와요.; 버스가 하루에 세 번 와요.; POLITE; PASS; *",
            "세 번째 출구로 나가세요.; 세 번째 출구로 나가세요.; POLITE; PASS; *",
            "게이트에 두 번 갔어요.; 게이트에 두 번 가 봤어요.; POLITE; PASS; *",
            "삼 번 게이트로 가 주세요.; 3번 게이트로 가 주세요.; POLITE; PASS; *",
            // a count said with 네 that every accepted answer states, left out
            "방 있어요? 한 시간 할게요.; 네 명인데 방 있어요? 한 시간 할게요.; POLITE; incomplete; *",
            "자리 있어요?; 네 명인데 자리 있어요?|네 명이에요. 자리 있어요?; POLITE; incomplete; *",
            "테이블 있어요?; 네 명이요. 테이블 있어요?; POLITE; incomplete; *",
            "예약하고 싶어요.; 네 명 예약하고 싶어요.; POLITE; incomplete/missing_number; *",
            // the count said otherwise, or 네 'yes'
            "저희 넷인데 자리 있어요?; 네 명인데 자리 있어요?; POLITE; PASS; *",
            "네 사람 자리 있어요?; 네 명인데 자리 있어요?; POLITE; PASS; *",
            "네, 자리 있어요.; 네, 자리 있어요.; POLITE; PASS; *",
            "4명인데 자리 있어요?; 네 명인데 자리 있어요?; POLITE; PASS; *",
            // a length of time with -짜리, -권, -간, and a stay said by its first and last days
            "일주일짜리 패스 주세요.; 7일짜리 패스 주세요.; POLITE; PASS; *",
            "이틀짜리 표 있어요?; 2일권 있어요?; POLITE; NO incomplete/missing_number; *",
            "토요일에 와서 월요일에 갈 거예요.; 토요일부터 2박 할 거예요.; POLITE; NO incomplete/missing_number; *",
            "5일부터 8일까지 방 있어요?; 5일부터 3박 방 있어요?; POLITE; NO incomplete/missing_number; *",
            "방 있어요?; 토요일부터 3박 방 있어요?; POLITE; incomplete; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @Test
    void explained() {
        RuleRows.explainedIn(EVALUATOR, "가방이 한 명 있어요.", "en", "가방이 하나 있어요.", "명 counts people");
        RuleRows.explainedIn(EVALUATOR, "가방이 한 명 있어요.", "id", "가방이 하나 있어요.", "명 hanya");
        RuleRows.explainedIn(EVALUATOR, "세 번 게이트로 가 주세요.", "en", "3번 게이트로 가 주세요.", "Sino-Korean");
    }
}
