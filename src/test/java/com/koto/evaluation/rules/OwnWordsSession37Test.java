package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 37 (s37b): particles that carry meaning, counters, units, word order and words read on the learner's own
 * words, from set AU's misses. Each accepted answer is worded otherwise, so no accepted word supports the finding; the
 * look-alikes keep no finding of the class ({@code NO subtype}) or pass. My own sentences, not the sets'.
 */
class OwnWordsSession37Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // the route: 길 after a modifier, before 가다 (MeaningParticles)
            "아저씨, 가까운 길 가 주세요.; 아저씨, 고속도로는 피해 주세요.; POLITE; particle_missing/direction; 길→길로",
            "기사님, 안 막히는 길 가 주세요.; 기사님, 천천히 운전해 주세요.; POLITE; particle_missing/direction; 길→길로",
            "다른 길 갈까요?; 우회하는 게 어때요?; POLITE; particle_missing/direction; 길→길로",
            "제일 빠른 길 가세요.; 서둘러 주세요.; POLITE; particle_missing/direction; 길→길로",
            "빠른 길로 가 주세요.; 서둘러 주세요.; POLITE; NO particle_missing/direction; *",
            "길 가다가 친구를 만났어요.; 어제 친구를 우연히 봤어요.; POLITE; NO particle_missing/direction; *",
            "빠른 길 알아요?; 지름길이 있어요?; POLITE; NO particle_missing/direction; *",
            "이 길 맞아요?; 여기가 맞아요?; POLITE; NO particle_missing/direction; *",
            "저는 길 가는 사람이에요.; 저는 지나가는 사람이에요.; POLITE; NO particle_missing/direction; *",
            "다른 길 없어요?; 다른 방법은 없어요?; POLITE; NO particle_missing/direction; *",
            // 여기서 of eating in (MeaningParticles)
            "커피 한 잔 주세요. 여기 먹을게요.; 아메리카노 하나요. 매장에서 마실게요.; POLITE; particle_missing/action_place; 여기→여기서",
            "빵 두 개 주세요. 여기 먹고 갈게요.; 빵 두 개요. 매장에서 먹을 거예요.; POLITE; particle_missing/action_place; 여기→여기서",
            "라테 하나 주세요. 여기 마실게요.; 라테 하나요. 매장에서 마실 거예요.; POLITE; particle_missing/action_place; 여기→여기서",
            "김밥 하나 주세요. 여기 먹을 거예요.; 김밥 하나요. 포장 안 해도 돼요.; POLITE; particle_missing/action_place; 여기→여기서",
            "케이크 하나 주세요. 거기 먹을게요.; 케이크 하나요. 창가 자리에서 먹을게요.; POLITE; particle_missing/action_place; 거기→거기서",
            "여기서 먹을게요.; 매장에서 먹을게요.; POLITE; NO particle_missing/action_place; *",
            "여기 앉을게요.; 이 자리에 앉을게요.; POLITE; NO particle_missing/action_place; *",
            "여기 먹을 거 있어요?; 먹을 게 있어요?; POLITE; NO particle_missing/action_place; *",
            "여기 있어요.; 이거 받으세요.; POLITE; NO particle_missing/action_place; *",
            "여기, 먹을게요.; 네, 매장에서 먹을게요.; POLITE; NO particle_missing/action_place; *",
    })
    void routeAndEatingIn(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // the thing changed into (MeaningParticles)
            "이거 제가 안 시켰어요. 된장찌개 바꿔 주세요.; 이 음식은 주문하지 않았어요.; POLITE; particle_missing/result; 된장찌개→된장찌개로",
            "이거 잘못 나왔어요. 비빔밥 바꿔 주세요.; 주문한 음식이 아니에요.; POLITE; particle_missing/result; 비빔밥→비빔밥으로",
            "이걸 치마 바꿔 주세요.; 이 셔츠를 환불하고 싶어요.; POLITE; particle_missing/result; 치마→치마로",
            "이거 큰 사이즈 바꿀 수 있어요?; 더 큰 걸로 주세요.; POLITE; FAIL; *",
            "이거 커피 바꿔 주세요.; 다른 음료로 주세요.; POLITE; particle_missing/result; 커피→커피로",
            "방 바꿔 주세요.; 다른 방을 주세요.; POLITE; NO particle_missing/result; *",
            "비빔밥으로 바꿔 주세요.; 비빔밥 주세요.; POLITE; NO particle_missing/result; *",
            "이거 내일 바꿔 주세요.; 예약을 변경하고 싶어요.; POLITE; NO particle_missing/result; *",
            "이거 바꿔 주세요.; 다른 걸 주세요.; POLITE; NO particle_missing/result; *",
            "자리 좀 바꿔 주세요.; 다른 자리에 앉고 싶어요.; POLITE; NO particle_missing/result; *",
            "예약을 2박에서 3박로 바꾸고 싶어요.; 하루 더 묵고 싶어요.; POLITE; NO particle_missing/result; *",
            // the room a thing is left in (MeaningParticles)
            "1203호 지갑을 두고 왔어요.; 방에 지갑을 잊어버렸어요.; POLITE; particle_missing/location; 1203호→1203호에",
            "어제 502호 우산을 놓고 나왔어요.; 어제 방에 우산을 잊어버렸어요.; POLITE; particle_missing/location; 502호→502호에",
            "충전기를 305호 두고 왔어요.; 방에 충전기를 잊어버렸어요.; POLITE; particle_missing/location; 305호→305호에",
            "808호실 여권을 놔두고 왔어요.; 방에 여권이 있어요.; POLITE; particle_missing/location; 808호실→808호실에",
            "305호에 충전기를 두고 왔어요.; 방에 충전기를 잊어버렸어요.; POLITE; NO particle_missing/location; *",
            "305호 열쇠를 주세요.; 방 열쇠 주세요.; POLITE; NO particle_missing/location; *",
            "305호 손님이 두고 갔어요.; 손님이 잊어버렸어요.; POLITE; NO particle_missing/location; *",
            "저는 305호예요.; 제 방은 305호예요.; POLITE; NO particle_missing/location; *",
            "305호 수건 좀 주세요.; 수건 더 주세요.; POLITE; NO particle_missing/location; *",
            "305호 손님 짐을 맡아 두고 있어요.; 손님 짐을 보관하고 있어요.; POLITE; NO particle_missing/location; *",
    })
    void changedIntoAndLeftIn(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // the means of sending (MeaningParticles)
            "사진을 카톡 보낼게요.; 사진은 나중에 줄게요.; POLITE; particle_missing/direction; 카톡→카톡으로",
            "자료를 메일 보내 드리겠습니다.; 자료를 곧 드리겠습니다.; FORMAL; particle_missing/direction; 메일→메일로",
            "주소를 문자 보내 주세요.; 주소를 알려 주세요.; POLITE; particle_missing/direction; 문자→문자로",
            "보고서를 오늘 이메일 보냈습니다.; 보고서를 제출했습니다.; FORMAL; particle_missing/direction; 이메일→이메일로",
            "서류를 팩스 보내 주시겠어요?; 서류를 주시겠어요?; POLITE; particle_missing/direction; 팩스→팩스로",
            "이메일 보내 드리겠습니다.; 연락 드리겠습니다.; FORMAL; NO particle_missing/direction; *",
            "문자 보낼게요.; 연락할게요.; POLITE; NO particle_missing/direction; *",
            "파일을 이메일로 보냈어요.; 파일을 드렸어요.; POLITE; NO particle_missing/direction; *",
            "어제 친구한테 메일 보냈어요.; 어제 친구에게 연락했어요.; POLITE; NO particle_missing/direction; *",
            "답장을 기다리고 있어요. 메일 보냈어요?; 답장 썼어요?; POLITE; NO particle_missing/direction; *",
            // the capacity one works in (MeaningParticles)
            "저는 식당 요리사 3년 일했어요.; 저는 식당에서 3년 일했어요.; POLITE; particle_missing/role; 요리사→요리사로",
            "회사 인턴 6개월 동안 근무했습니다.; 회사에서 6개월 동안 근무했습니다.; FORMAL; particle_missing/role; 인턴→인턴으로",
            "저는 카페 바리스타 일해요.; 저는 카페에서 일해요.; POLITE; particle_missing/role; 바리스타→바리스타로",
            "학원 강사 두 년 일했습니다.; 학원에서 이 년 일했습니다.; FORMAL; particle_missing/role; 강사→강사로",
            "여행사 가이드 1년 정도 일했어요.; 여행사에서 1년 정도 일했어요.; POLITE; particle_missing/role; 가이드→가이드로",
            "호텔 직원으로 2년 일했어요.; 호텔에서 2년 일했어요.; POLITE; NO particle_missing/role; *",
            "직원 두 명이 일해요.; 직원이 두 명 있어요.; POLITE; NO particle_missing/role; *",
            "우리 회사 직원이 일해요.; 우리 회사 사람이 일해요.; POLITE; NO particle_missing/role; *",
            "요리사 선생님이 2년 일했어요.; 선생님이 2년 일했어요.; POLITE; NO particle_missing/role; *",
            "간호사 친구가 병원에서 일해요.; 제 친구는 병원에서 일해요.; POLITE; NO particle_missing/role; *",
    })
    void meansAndRole(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // 개 for greens sold in bunches (Counters)
            "부추 두 개 주세요.; 부추 좀 주세요.; POLITE; counter/wrong_counter; 개→단",
            "미나리 한 개 얼마예요?; 미나리 값이 얼마예요?; POLITE; counter/wrong_counter; 개→단",
            "쪽파 세 개하고 양파 주세요.; 쪽파랑 양파 주세요.; POLITE; counter/wrong_counter; *",
            "시금치를 두 개 샀어요.; 시장에서 채소를 샀어요.; POLITE; counter/wrong_counter; 개→단",
            "열무 다섯 개 주세요.; 열무 좀 주세요.; POLITE; counter/wrong_counter; 개→단",
            "시금치 두 단 주세요.; 시금치 좀 주세요.; POLITE; NO counter/wrong_counter; *",
            "양파 두 개 주세요.; 양파 좀 주세요.; POLITE; NO counter/wrong_counter; *",
            "오이 세 개 주세요.; 오이 좀 주세요.; POLITE; NO counter/wrong_counter; *",
            "사과 다섯 개 주세요.; 사과 좀 주세요.; POLITE; NO counter/wrong_counter; *",
            "시금치 한 봉지 주세요.; 시금치 좀 주세요.; POLITE; NO counter/wrong_counter; *",
            // a bundle's quantity before its noun (QuantityOrder)
            "두 단 부추 주세요.; 부추 좀 주세요.; POLITE; word_order/numeral_before_noun; 두 단 부추→부추 두 단",
            "한 포기 배추를 샀어요.; 배추를 샀어요.; POLITE; word_order/numeral_before_noun; 한 포기 배추를→배추 한 포기를",
            "두 캔 콜라를 주세요.; 콜라 주세요.; POLITE; word_order/numeral_before_noun; 두 캔 콜라를→콜라 두 캔을",
            "세 단 미나리 주세요.; 미나리 좀 주세요.; POLITE; word_order/numeral_before_noun; 세 단 미나리→미나리 세 단",
            "한 팩 우유를 샀어요.; 우유를 샀어요.; POLITE; word_order/numeral_before_noun; *",
            "부추 두 단 주세요.; 부추 좀 주세요.; POLITE; NO word_order; *",
            "시금치 세 단하고 파 한 단 주세요.; 채소 좀 주세요.; POLITE; NO word_order; *",
            "단 하나 부탁이 있어요.; 부탁이 하나 있어요.; POLITE; NO word_order; *",
            "배추 한 포기 주세요.; 배추 좀 주세요.; POLITE; NO word_order; *",
            "콜라 두 캔 주세요.; 콜라 주세요.; POLITE; NO word_order; *",
    })
    void bunches(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // a room number said as a floor (UnitsAndOrder)
            "1203층에 수건이 없어요.; 방에 수건이 없어요.; POLITE; vocabulary/misused_word; 1203층에→1203호에",
            "저는 502층이에요.; 제 방 번호를 말할게요.; POLITE; vocabulary/misused_word; 502층이에요→502호이에요",
            "305층 에어컨이 고장 났어요.; 방 에어컨이 안 돼요.; POLITE; vocabulary/misused_word; 305층→305호",
            "808층까지 가져다주세요.; 방으로 가져다주세요.; POLITE; vocabulary/misused_word; 808층까지→808호까지",
            "201층에서 전화했어요.; 방에서 전화했어요.; POLITE; vocabulary/misused_word; 201층에서→201호에서",
            "3층에 있어요.; 위층에 있어요.; POLITE; NO vocabulary/misused_word; *",
            "123층 전망대에 가고 싶어요.; 전망대에 가고 싶어요.; POLITE; NO vocabulary/misused_word; *",
            "15층에 식당이 있어요.; 위에 식당이 있어요.; POLITE; NO vocabulary/misused_word; *",
            "305호에 충전기가 있어요.; 방에 충전기가 있어요.; POLITE; NO vocabulary/misused_word; *",
            "지하 2층에 주차했어요.; 지하에 주차했어요.; POLITE; NO vocabulary/misused_word; *",
            // an hour in Sino-Korean letters (UnitsAndOrder)
            "오후 삼시에 만나요.; 오후에 만나요.; POLITE; counter/sino_for_native; 삼시에→세 시에",
            "아침 칠시까지 와 주세요.; 아침 일찍 와 주세요.; POLITE; counter/sino_for_native; 칠시까지→일곱 시까지",
            "밤 십시 영화 표 주세요.; 밤 영화 표 주세요.; POLITE; counter/sino_for_native; 십시→열 시",
            "저녁 육시쯤 갈게요.; 저녁에 갈게요.; POLITE; counter/sino_for_native; 육시쯤→여섯 시쯤",
            "오전 십일시부터 해요.; 오전부터 해요.; POLITE; counter/sino_for_native; 십일시부터→열한 시부터",
            "오후 세 시에 만나요.; 오후에 만나요.; POLITE; NO counter/sino_for_native; *",
            "아침 오시면 전화 주세요.; 아침에 와서 전화 주세요.; POLITE; NO counter; *",
            "오후 3시에 만나요.; 오후에 만나요.; POLITE; NO counter; *",
            "일시를 알려 주세요.; 날짜를 알려 주세요.; POLITE; NO counter; *",
            "오후 이십 분에 시작해요.; 오후에 시작해요.; POLITE; NO counter/sino_for_native; *",
    })
    void floorsAndHours(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // a length of time after the adverb it measures (UnitsAndOrder)
            "내일 일찍 한 시간 와 주세요.; 내일 아침에 와 주세요.; POLITE; word_order/phrase; 일찍 한 시간→한 시간 일찍",
            "숙제를 늦게 이틀 냈어요.; 숙제를 늦게 냈어요.; POLITE; word_order/phrase; 늦게 이틀→이틀 늦게",
            "일찍 10분 도착했어요.; 먼저 도착했어요.; POLITE; word_order/phrase; 일찍 10분→10분 일찍",
            "늦게 하루 보내도 돼요?; 나중에 보내도 돼요?; POLITE; word_order/phrase; 늦게 하루→하루 늦게",
            "먼저 일주일 시작했어요.; 벌써 시작했어요.; POLITE; word_order/phrase; 먼저 일주일→일주일 먼저",
            "하루 늦게 제출해도 돼요?; 나중에 내도 돼요?; POLITE; NO word_order; *",
            "늦게 하루 종일 잤어요.; 어제 많이 잤어요.; POLITE; NO word_order; *",
            "일찍 하루를 시작해요.; 아침 일찍 일어나요.; POLITE; NO word_order; *",
            "일찍 10분 전에 왔어요.; 먼저 왔어요.; POLITE; NO word_order/phrase; *",
            "늦게 와서 죄송해요.; 늦어서 죄송해요.; POLITE; NO word_order; *",
            // a modifier with 위한 after its noun (UnitsAndOrder)
            "선물 어머니를 위한 찾고 있어요.; 어머니 선물을 사려고 해요.; POLITE; word_order/phrase; 선물 어머니를 위한→어머니를 위한 선물",
            "책 초보자를 위한 있어요?; 쉬운 책 있어요?; POLITE; word_order/phrase; 책 초보자를 위한→초보자를 위한 책",
            "메뉴 아이들을 위한 있어요?; 어린이 메뉴 있어요?; POLITE; word_order/phrase; 메뉴 아이들을 위한→아이들을 위한 메뉴",
            "약 노인을 위한 주세요.; 할머니 약 주세요.; POLITE; word_order/phrase; 약 노인을 위한→노인을 위한 약",
            "수업 외국인을 위한 들어요.; 한국어 수업을 들어요.; POLITE; word_order/phrase; 수업 외국인을 위한→외국인을 위한 수업",
            "아이를 위한 약 주세요.; 어린이 약 주세요.; POLITE; NO word_order; *",
            "가족을 위해 요리해요.; 가족한테 요리해 줘요.; POLITE; NO word_order; *",
            "건강을 위한 운동이에요.; 좋은 운동이에요.; POLITE; NO word_order; *",
            "약 먹은 후에 자요.; 약을 먹고 자요.; POLITE; NO word_order; *",
            "선물 산 적 있어요.; 선물을 사 봤어요.; POLITE; NO word_order; *",
    })
    void lengthsAndModifiers(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // 닫다 of music, a TV or the lights (MisusedWords data)
            "텔레비전 좀 닫아 주세요.; 조용히 해 주세요.; POLITE; vocabulary/misused_word; 닫아→꺼",
            "자기 전에 불을 닫았어요.; 자기 전에 방을 어둡게 했어요.; POLITE; vocabulary/misused_word; 닫았어요→껐어요",
            "에어컨 좀 닫아 줄래?; 너무 추워.; CASUAL; vocabulary/misused_word; 닫아→꺼",
            "라디오를 닫고 자.; 조용히 자.; CASUAL; vocabulary/misused_word; 닫고→끄고",
            "음악 닫을게요.; 조용히 할게요.; POLITE; vocabulary/misused_word; 닫을게요→끌게요",
            "문 좀 닫아 주세요.; 추워요.; POLITE; NO vocabulary/misused_word; *",
            "창문을 닫아 줘.; 추워.; CASUAL; NO vocabulary/misused_word; *",
            "음악 끄고 창문 닫아 줘.; 조용히 하고 추워.; CASUAL; NO vocabulary/misused_word; *",
            "노트북 닫고 자.; 이제 자.; CASUAL; NO vocabulary/misused_word; *",
            "가게는 몇 시에 닫아요?; 몇 시까지 해요?; POLITE; NO vocabulary/misused_word; *",
            // 통역 of a written text (MisusedWords data)
            "계약서 통역을 끝냈습니다. 이메일로 보내겠습니다.; 계약서 작업을 마쳤습니다.; FORMAL; vocabulary/misused_word; 통역을→번역을",
            "이 문서 통역 좀 해 주세요.; 이 문서를 한국어로 바꿔 주세요.; POLITE; vocabulary/misused_word; 통역→번역",
            "파일 통역이 다 됐어요.; 작업이 다 끝났어요.; POLITE; vocabulary/misused_word; 통역이→번역이",
            "보고서 통역은 내일까지 할게요.; 보고서는 내일까지 할게요.; POLITE; vocabulary/misused_word; 통역은→번역은",
            "책 통역도 할 수 있어요. 자료를 보내 주세요.; 책도 할 수 있어요.; POLITE; vocabulary/misused_word; 통역도→번역도",
            "회의 통역을 해 드릴게요.; 회의 때 도와 드릴게요.; POLITE; NO vocabulary/misused_word; *",
            "내일 통역사가 와요.; 내일 도와줄 사람이 와요.; POLITE; NO vocabulary/misused_word; *",
            "통역을 부탁드려도 될까요?; 도와주실 수 있어요?; POLITE; NO vocabulary/misused_word; *",
            "번역 파일을 이메일로 보냈습니다.; 파일을 보냈습니다.; FORMAL; NO vocabulary/misused_word; *",
            "전화 통역 서비스가 있어요?; 통역 서비스 있어요?; POLITE; NO vocabulary/misused_word; *",
            // a contrast corrected with the learner's own particle (Contrasts.withLearnersParticle)
            "어느 입구가 더 가까워요?; 몇 번 출구로 나가요?; POLITE; vocabulary/contrast; 입구가→출구가",
    })
    void words(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // another colour than the one the task names (TaskColours); accepted answers separated by |
            "이 가방 빨간색 있어요?; 이 가방 파란색 있어요?|파란색 가방도 있어요?; Ask whether this bag comes in blue.; vocabulary/other_item; 빨간색→파란색",
            "흰색 우산을 잃어버렸어요.; 검은색 우산을 잃어버렸어요.; You lost your black umbrella.; vocabulary/other_item; 흰색→검은색",
            "흰 지갑을 찾고 있어요.; 검은 지갑을 찾고 있어요.; You are looking for your black wallet.; vocabulary/other_item; 흰→검은",
            "이 셔츠 회색으로도 나와요?; 이 셔츠 흰색으로도 나와요?; Ask whether the shirt comes in white.; vocabulary/other_item; 회색으로도→흰색으로도",
            "머리를 노란색으로 염색하고 싶어요.; 갈색으로 염색해 주세요.; Say you want to dye your hair brown.; vocabulary/other_item; 노란색으로→갈색으로",
            "이 가방 까만색 있어요?; 이 가방 검은색 있어요?; Ask whether this bag comes in black.; NO vocabulary/other_item; *",
            "이 가방 다른 색 있어요?; 이 가방 파란색 있어요?; Ask whether this bag comes in another colour, for example blue.; NO vocabulary/other_item; *",
            "빨간색 말고 파란색 있어요?; 파란색 있어요?; Ask whether it comes in blue.; NO vocabulary/other_item; *",
            "흰색 셔츠 있어요?; 검은색 셔츠 있어요?; Ask for a black or a white shirt.; NO vocabulary/other_item; *",
            "이 신발 빨간색 있어요?; 이 신발 다른 색 있어요?; Ask whether these shoes come in black.; NO vocabulary/other_item; *",
            "그림을 그린 사람이 누구예요?; 검은색 그림은 누가 그렸어요?; Ask who painted the black picture.; NO vocabulary/other_item; *",
    })
    void taskColours(String answer, String accepted, String context, String expected, String span) {
        com.koto.evaluation.Evaluation e = RuleRows.evaluate(EVALUATOR, answer, accepted, Register.POLITE, context);
        if (expected.startsWith("NO ")) {
            org.assertj.core.api.Assertions.assertThat(e.errors()).as(answer + ": " + e.errors())
                    .noneMatch(x -> x.subtype() != null && x.subtype().startsWith(expected.substring(3)));
            return;
        }
        org.assertj.core.api.Assertions.assertThat(e.passed()).as(answer + ": " + e.errors()).isFalse();
        org.assertj.core.api.Assertions.assertThat(e.errors()).as(answer + ": " + e.errors())
                .anyMatch(x -> expected.equals(x.subtype()) && span.equals(x.original() + "→" + x.correction()));
    }
}
