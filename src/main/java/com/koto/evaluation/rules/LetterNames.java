package com.koto.evaluation.rules;

import java.util.OptionalInt;

/**
 * The sound a word written in Latin capitals ends in, for the particle after it (session 32, s32c). An acronym is read
 * letter by letter in Korean (ATM 에이티엠, KTX 케이티엑스, USB 유에스비, CCTV 씨씨티비), and the particle after it takes
 * the form of the last letter's Korean name: L 엘, M 엠, N 엔 and R 알 end in a consonant (ATM이, ATM을, QR로), every
 * other letter in a vowel (KTX가, PC를, TV는). Sources: the particle's form follows the sound of the word before it
 * (표준국어대사전 '이', '을', '은', '으로' 「조사」: 받침 있는 체언 뒤에; Yeon &amp; Brown 2019 on case particles), and the
 * Korean names of the Latin letters (표준국어대사전 '에이', '엘', '엠', '엔'; 국립국어원 외래어 표기법, 영어의 표기). An acronym read as a word (TOPIK 토픽, TOEIC 토익, APEC 에이펙, NASA 나사) ends in the
 * word's sound, which the letters do not tell, so a run of capitals with two or more vowel letters (A, E, I, O, U) is
 * left alone, as is a word with small letters (iPhone, Google).
 */
final class LetterNames {

    /** The longest acronym read letter by letter here. */
    private static final int MAX_LETTERS = 5;

    private LetterNames() {
    }

    /**
     * The last syllable of the Korean reading of {@code stem} when it ends in an acronym read letter by letter.
     *
     * @param stem a noun as written (ATM, 이 ATM, 3D)
     * @return the last syllable (엠 for ATM, 이 for a vowel-final name), or empty when the stem ends in no such acronym
     */
    static OptionalInt lastSyllable(String stem) {
        int end = stem.length();
        int start = end;
        while (start > 0 && stem.charAt(start - 1) >= 'A' && stem.charAt(start - 1) <= 'Z') {
            start--;
        }
        if (start == end || end - start > MAX_LETTERS || start > 0 && Character.isLetter(stem.charAt(start - 1))
                && stem.charAt(start - 1) < 0x80) {
            return OptionalInt.empty(); // no capitals, too long, or a word with small letters (iPhone)
        }
        String run = stem.substring(start, end);
        if (run.chars().filter(c -> "AEIOU".indexOf(c) >= 0).count() >= 2) {
            return OptionalInt.empty(); // read as a word (TOPIK, NASA)
        }
        return OptionalInt.of(switch (run.charAt(run.length() - 1)) {
            case 'L' -> '엘';
            case 'M' -> '엠';
            case 'N' -> '엔';
            case 'R' -> '알';
            default -> '이';
        });
    }
}
