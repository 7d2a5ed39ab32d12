package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 22 (s22e), found on probe16-precision. (1) -(으)시- inside a hearsay -(ㄴ/는)대요 / -(이)래요 honours the
 * quoted clause's subject, a respected person named before it as subject or as the source of the message
 * ({@link RespectedSubjects#hearsayOfElder}); the speaker or another subject keeps {@code honorific/si_extra}.
 * (2) A noun with a particle (도, 만) read against the same noun and another word (좀) is another word, not a
 * misspelling ({@code SpokenSpelling.particleForWord}); a piece that is no particle stays a misspelling.
 * (3) The object of V-고 싶다 may take 이/가 ({@code Evidence.objectOfWish}). Sentences made up for the test.
 */
class HearsayAndParticlesSession22eTest {

    private static final RuleEvaluator RULES = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} → {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // -시- of the quoted clause whose subject, or the message's source, is honoured
        "POLITE; 김 부장님이 오늘 조금 늦으신대요.; 김 부장님이 오늘 조금 늦는대요.; PASS; *",
        "POLITE; 할머니한테서 연락 왔는데요, 내일 오신대요.; 할머니가 내일 온대요.; PASS; *",
        "POLITE; 사장님이 요즘 바쁘시대요.; 사장님이 요즘 바쁘대요.; PASS; *",
        // the speaker or another, plain subject: the -시- stays a finding
        "POLITE; 할머니한테서 연락 왔는데요, 민수가 내일 오신대요.; 할머니가 내일 온대요.; honorific/si_extra; *",
        "POLITE; 제가 내일 늦으신대요.; 제가 내일 늦는대요.; honorific/si_extra; 늦으신대요→늦는대요",
        "POLITE; 민수가 내일 늦으신대요.; 민수가 내일 늦는대요.; honorific/si_extra; 늦으신대요→늦는대요",
        // a particle where the accepted answer has another word: no misspelling
        "POLITE; 카드 돼요? 사진도 부탁드려요.; 카드 돼요? 사진도 주세요.|카드 돼요? 사진 좀 주세요.; PASS; *",
        "POLITE; 물만 주세요.; 물 좀 주세요.; PASS; *",
        // a piece that is no particle: still a misspelling
        "POLITE; 계산할게요. 사진조 부탁드려요.; 계산할게요. 사진 좀 부탁드려요.; spelling/letters; 사진조→사진 좀",
        // (3) the object of V-고 싶다 with 이/가: no particle finding; a plain transitive verb keeps it
        "CASUAL; 주말에 뭐가 제일 보고 싶어?; 주말에 뭐를 제일 보고 싶어?; NO particle_wrong/subject_for_object; *",
        "POLITE; 다음 주 토요일에 방이 예약하고 싶어요.; 다음 주 토요일에 방을 예약하고 싶어요.; particle_wrong/subject_for_object; 방이→방을",
        "POLITE; 지금은 냉면이 먹고 싶어요.; 지금은 냉면을 먹고 싶어요.; NO particle_wrong/subject_for_object; *",
        "POLITE; 저는 냉면이 먹어요.; 저는 냉면을 먹어요.; particle_wrong/subject_for_object; 냉면이→냉면을",
    })
    void rows(String register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(RULES, Register.valueOf(register), answer, accepted, expected, span);
    }
}
