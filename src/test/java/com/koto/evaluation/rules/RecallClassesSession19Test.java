package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Recall classes of session 19 (helper s19c), drawn from the vocabulary, particle and incomplete errors the rules
 * missed on probe15-recall and AD, each with look-alikes that must pass (or keep their verdict): an adjective's noun
 * with 을/를 before a connective ending or beside an accepted answer whose 을/를 belongs to another verb
 * ({@link ParticleFrames}: 수영을 좋아서, 통장을 필요합니다); 의 between a noun and its quantity
 * ({@link FunctionWordChoices}: 비빔밥의 두 개); a thing counted with 명 ({@link Counters}: 통장을 한 명); -겠- after a
 * past since-phrase ({@link AcceptedTense}: 어제부터 아프겠어요); a native numeral standing alone as the accepted count
 * ({@link MissingNumbers}: 비빔밥 둘); a construction's bound noun as no content of a part and a when-question as the
 * part that asks when ({@link MissingParts}); and four lines of data in confusables.json (양산/우산, 끝/마지막 before a
 * departure or a day, 사진 하자 for 찍자, 물이 안 와요 for 나와요). Rows written for this test, not taken from the gold
 * sets. Verdict: {@code PASS}, {@code FAIL}, {@code NOT <CATEGORY>}, or the category or subtype the answer fails with.
 */
class RecallClassesSession19Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // an adjective takes no object: 을/를 before it in a clause of its own, whatever the accepted answer's 을/를
        "필요하다 beside an accepted 통장을 개설하고; 계좌를 만들고 싶습니다. 통장을 필요합니다.; 계좌를 만들고 싶습니다.|통장을 개설하고 싶습니다.; FORMAL; particle_wrong/object_on_intransitive; 통장을; 통장이",
        "필요하다 before -아서; 우산을 필요해서 편의점에서 샀어요.; 편의점에서 우산을 샀어요.; POLITE; particle_wrong/object_on_intransitive; 우산을; 우산이",
        "좋다 before -아서; 나는 수영을 좋아서 주말마다 수영장에 가.; 나는 수영을 좋아해서 주말마다 수영장에 가.|난 수영 좋아해. 주말마다 수영장에 가.; CASUAL; particle_wrong/object_on_intransitive; 수영을; 수영이",
        "좋아하다, transitive; 나는 수영을 좋아해서 주말마다 수영장에 가요.; 나는 수영을 좋아해서 주말마다 수영장에 가.; POLITE; NOT PARTICLE_WRONG; ; ",
        "좋아 해서 written apart; 나는 수영을 좋아 해서 주말마다 수영장에 가.; 나는 수영을 좋아해서 주말마다 수영장에 가.; CASUAL; NOT PARTICLE_WRONG; ; ",
        "an adverb in -게 before its verb; 음식을 맛있게 먹었어요.; 음식이 정말 맛있었어요.; POLITE; NOT PARTICLE_WRONG; ; ",
        "the object of a verb before the adjective; 사진을 찍으면 좋아요.; 사진을 찍으면 좋아요.; POLITE; PASS; ; ",
        // 의 between a noun and its quantity
        "비빔밥의 두 개; 비빔밥의 두 개 주세요. 맵지 않게 해 주세요.; 비빔밥 두 개 주세요. 맵지 않게 해 주세요.|비빔밥 두 그릇 안 맵게 해 주세요.; POLITE; particle_wrong/possessive; 비빔밥의; 비빔밥",
        "커피의 두 잔; 아이스 커피의 두 잔 주세요.; 아이스 커피 두 잔 주세요.; POLITE; particle_wrong/possessive; 커피의; 커피",
        "의 between two nouns; 한국전자의 김민수입니다.; 한국전자 김민수입니다.; FORMAL; PASS; ; ",
        "the quantity before 의; 두 개의 비빔밥을 주세요.; 비빔밥 두 개 주세요.; POLITE; NOT PARTICLE_WRONG; ; ",
        // a thing counted with 명
        "통장 with 명; 통장을 한 명 만들고 싶습니다.; 계좌를 만들고 싶습니다.|통장을 개설하고 싶습니다.; FORMAL; counter/wrong_counter; 명; 개",
        "가방 with 명; 가방을 두 명 샀어요.; 가방을 두 개 샀어요.; POLITE; counter/wrong_counter; 명; 개",
        "people with 명; 손님을 두 명 초대했어요.; 손님 두 명을 초대했어요.; POLITE; NOT VOCABULARY; ; ",
        "a bare vehicle before a count of riders; 택시 네 명 탈 수 있어요?; 택시에 네 명 탈 수 있어요?; POLITE; PASS; ; ",
        // -겠- after a past since-phrase
        "아프겠어요 after 어제부터; 어제부터 머리가 아프겠어요.; 어제부터 머리가 아파요.|어제부터 두통이 있어요.; POLITE; tense/present; 아프겠어요; 아파요",
        "the present after 어제부터; 어제부터 머리가 너무 아파요.; 어제부터 머리가 아파요.; POLITE; PASS; ; ",
        "a guess the accepted answer makes too; 어제부터 굶어서 배고프겠네요.; 어제부터 굶었으니까 배고프겠어요.; POLITE; NOT TENSE; ; ",
        "a plan from tomorrow; 내일 아침부터 운동하겠어요.; 내일 아침부터 운동할 거예요.; POLITE; NOT TENSE; ; ",
        // a native numeral alone as the accepted count
        "the count left out; 여기요, 비빔밥하고 콜라 주세요.; 비빔밥 두 개하고 콜라 한 병 주세요.|비빔밥 둘, 콜라 하나 주세요.; POLITE; incomplete/missing_number; 비빔밥하고; 비빔밥 두 개하고",
        "the count said natively; 비빔밥 둘, 콜라 하나 주세요.; 비빔밥 두 개하고 콜라 한 병 주세요.|비빔밥 둘, 콜라 하나 주세요.; POLITE; PASS; ; ",
        "the count with a counter; 비빔밥 두 그릇이랑 콜라 한 병 주세요.; 비빔밥 두 개하고 콜라 한 병 주세요.|비빔밥 둘, 콜라 하나 주세요.; POLITE; NOT INCOMPLETE; ; ",
        // the part that asks when
        "the pick-up question left out; 이 바지 3센티 줄여 주실 수 있어요?; 이 바지 3센티 줄여 주세요. 언제 찾을 수 있어요?|바지 길이를 3센티미터 줄여 주시겠어요? 언제 다 돼요?; POLITE; incomplete/missing_part; ; 언제 찾을 수 있어요",
        "언제쯤 될까요 for 언제 찾을 수 있어요; 바지를 3cm 줄이고 싶어요. 언제쯤 될까요?; 이 바지 3센티 줄여 주세요. 언제 찾을 수 있어요?|바지 길이를 3센티미터 줄여 주시겠어요? 언제 다 돼요?; POLITE; NOT INCOMPLETE; ; ",
        // data: 양산/우산
        "양산 in the rain; 내일 비가 온대. 양산 가져와.; 내일 비가 온대. 우산 가져와.|내일 비 온다니까 우산 챙겨.; CASUAL; vocabulary/confusable; 양산; 우산",
        "양산 in the sun; 오늘 햇빛이 강해서 양산을 가져왔어요.; 오늘 햇빛이 너무 강해서 양산을 가져왔어요.; POLITE; PASS; ; ",
        // data: 끝/마지막 before a departure or a day
        "끝 배; 제주도 가는 끝 배가 몇 시에 출발해요?; 제주도 가는 마지막 배가 몇 시에 출발해요?|제주행 마지막 배는 몇 시에 있어요?; POLITE; vocabulary/confusable; 끝; 마지막",
        "끝 방, a place; 복도 끝 방이에요.; 복도 끝에 있는 방이에요.; POLITE; PASS; ; ",
        "영화 끝에; 영화 끝에 울었어요.; 영화 마지막에 울었어요.; POLITE; PASS; ; ",
        // data: 사진 하자 for 찍자
        "사진 하자; 야경 진짜 예쁘다. 우리 같이 사진 하자.; 야경 진짜 예쁘다. 우리 같이 사진 찍자.|여기 야경 너무 멋있다! 같이 사진 찍을래?; CASUAL; vocabulary/collocation; 하자; 찍자",
        "사진 찍자; 야경 정말 예쁘다. 같이 사진 찍자.; 야경 진짜 예쁘다. 우리 같이 사진 찍자.; CASUAL; PASS; ; ",
        // data: 물이 안 와요 for 나와요
        "물이 안 와요; 뜨거운 물이 안 와요. 언제 고쳐 주실 수 있어요?; 뜨거운 물이 안 나와요. 언제 고쳐 주실 수 있어요?; POLITE; vocabulary/collocation; 와요; 나와요",
        "a parcel that does not come; 택배가 아직 안 와요.; 택배가 아직 안 왔어요.; POLITE; NOT VOCABULARY; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }
}
