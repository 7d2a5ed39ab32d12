package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The classes of session 8, round 3 (eval13a) in {@link NaturalVariants}: for each class, a correct
 * answer of other words and scenes than the development sets' (O, O3, n2) that must pass ({@code PASS}:
 * passed, with at most a spacing note or the formal-level note), and a look-alike that must still fail
 * with the given category ({@code FAIL} = any). Answers written for this test; accepted answers
 * separated by {@code |}; a rule name may start with the register ({@code FORMAL|}, {@code CASUAL|}).
 */
class NaturalVariantsRound3Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // 1. a determiner before a noun, read against the pronoun 이거
        "the determiner 이 before a noun; 저기요, 이 바지 좀 더 작은 사이즈로 입어 볼 수 있어요?; 이 바지 더 작은 사이즈로 입어 봐도 돼요?|이거 더 작은 사이즈로 입어 볼 수 있을까요?; PASS",
        // 2. a vocative with a comma before the determiner
        "a vocative before the determiner 이; 할머니, 이 떡 좀 드셔 보세요. 정말 맛있어요.; 할머니, 떡 좀 드세요.|할머니, 떡 드셔 보세요.; PASS",
        "a subject marker on the thing offered stays; 할머니, 이 떡이 좀 드셔 보세요. 정말 맛있어요.; 할머니, 떡 좀 드세요.|할머니, 떡 드셔 보세요.; FAIL",
        // 3. items of a list set off by a comma
        "items listed with a comma; 주문할게요. 김밥 둘, 사이다 하나요.; 김밥 두 개하고 사이다 한 병 주세요.|김밥 둘이랑 사이다 하나 주세요.; PASS",
        "items with no joint and no comma stay; 주문할게요. 김밥 둘 사이다 하나요.; 김밥 두 개하고 사이다 한 병 주세요.|김밥 둘이랑 사이다 하나 주세요.; PARTICLE_MISSING",
        // 4. the past adnominal -(으)ㄴ of an action verb
        "FORMAL|-(으)ㄴ of an action verb is past; 실례합니다. 한 시간 전에 부탁한 수건이 아직 안 왔습니다.; 한 시간 전에 부탁했는데 수건이 아직 안 왔습니다.|한 시간 전에 수건을 부탁했는데 아직 안 왔습니다.; PASS",
        "FORMAL|the prospective -(으)ㄹ stays; 실례합니다. 한 시간 전에 부탁할 수건이 아직 안 왔습니다.; 한 시간 전에 부탁했는데 수건이 아직 안 왔습니다.|한 시간 전에 수건을 부탁했는데 아직 안 왔습니다.; FAIL",
        // 5. the plain -ㄴ다/-는다 in a casual activity
        "CASUAL|a plain exclamation among friends; 합격 축하한다! 오늘 내가 밥 살게.; 합격 축하해! 오늘 내가 밥 살게.|합격 축하해. 내가 밥 살게.; PASS",
        "CASUAL|a malformed -는다 after a vowel stays; 합격 축하하는다! 오늘 내가 밥 살게.; 합격 축하해! 오늘 내가 밥 살게.|합격 축하해. 내가 밥 살게.; FAIL",
        // 6. the prospective adnominal -(으)ㄹ before a noun
        "CASUAL|-(으)ㄹ before its noun; 엄마 줄 꽃 샀어. 예쁘지?; 엄마 주려고 꽃 샀어.|엄마한테 주려고 꽃을 샀어.; PASS",
        "CASUAL|the present -는 stays; 엄마 주는 꽃 샀어. 예쁘지?; 엄마 주려고 꽃 샀어.|엄마한테 주려고 꽃을 샀어.; FAIL",
        // 7. the bound noun 것 after an adnominal
        "the bound noun 건 after a modifier; 책이랑 사진이 들어 있어요. 상하는 건 하나도 없어요.; 책하고 사진이 들어 있어요. 상하는 물건은 없어요.|책과 사진이에요. 상하기 쉬운 물건은 없어요.; PASS",
        // 8. a noun before a numeral and counter
        "a size right before the count; 따뜻한 카페라테 스몰 한 잔 주세요. 여기서 마실게요.; 따뜻한 카페라테 스몰로 한 잔 주세요. 여기서 마실게요.|따뜻한 카페라테 작은 사이즈로 하나 주세요.; PASS",
        "a size with no numeral after it stays; 따뜻한 카페라테 스몰 잔 주세요. 여기서 마실게요.; 따뜻한 카페라테 스몰로 한 잔 주세요. 여기서 마실게요.; FAIL",
        // 9. a place with 에서 before the activity
        "CASUAL|a place with 에서 before the activity; 우리 일요일에 공원에서 배드민턴 칠까?; 이번 일요일에 같이 공원에 가서 배드민턴 칠래?|일요일에 공원 가서 같이 배드민턴 치자.; PASS",
    })
    void row(String rule, String answer, String expected, String verdict) {
        RuleRows.variant(EVALUATOR, rule, answer, expected, verdict);
    }

    /**
     * The look-alikes of the place-of-activity class, on the guard itself (the evaluator passes these
     * scenes on other grounds): 에서 with a verb of going after it, another place, and a place with no
     * activity after it are not the class.
     */
    @org.junit.jupiter.api.Test
    void placeOfActivityIsNarrow() {
        org.junit.jupiter.api.Assertions.assertTrue(NaturalVariants.placeOfActivity("공원에서", "공원 가서", "우리 일요일에 공원에서 배드민턴 칠까", null));
        org.junit.jupiter.api.Assertions.assertFalse(NaturalVariants.placeOfActivity("공원에서", "공원 가서", "우리 일요일에 공원에서 갈까", null));
        org.junit.jupiter.api.Assertions.assertFalse(NaturalVariants.placeOfActivity("학교에서", "공원 가서", "우리 일요일에 학교에서 배드민턴 칠까", null));
        org.junit.jupiter.api.Assertions.assertFalse(NaturalVariants.placeOfActivity("공원에서", "공원 가서", "우리 일요일에 공원에서", null));
    }
}
