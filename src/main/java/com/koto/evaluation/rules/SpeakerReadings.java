package com.koto.evaluation.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Session 38 (s38a): well-formed spoken Korean of the learner's own words that a comparison with an accepted answer
 * worded otherwise reads as a slip. Each is an {@link Evidence#artefact} kind (the finding is not decisive: alone it
 * leaves the answer passed, with the model answer shown).
 */
final class SpeakerReadings {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
    /** A request to the listener at its end (줘, 줄래, 주세요, 주실래요, 주시겠어요, 줄 수 있어요?). */
    private static final Pattern REQUEST_END = Pattern.compile(".*(줘|줄래|줄래요|주세요|주실래요|주시겠어요|주실 수 있어요|"
            + "줄 수 있어|줄 수 있어요|주라|줘요)[.!~]*$");

    private SpeakerReadings() {
    }

    /**
     * A personal pronoun opening a question or a request, read as missing its genitive (너 충전기 좀 빌려줄 수 있어? against
     * 네 충전기 좀 빌려줄래?; {@code particle_missing/possessive}): there the pronoun is the person the request
     * addresses or the speaker asking, the bare subject or topic of the clause (너 = 너는/너가 'you, can you lend me a
     * charger?'; 나 물 좀 줘 = 나한테 'give me some water'), whose particle casual speech drops (Sohn 1999, on case-marker
     * ellipsis in speech; Lee &amp; Ramsey 2000, particles left out in colloquial Korean; 표준국어대사전 '너' 「대명사」). A
     * statement keeps its finding: 이제 나 차례야 and 저 이름 부디예요 say whose turn and whose name, so 내, 제 are
     * wanted there (the gold of r1-bowling-08 and f-introductions-self-03).
     *
     * @param o       the pronoun as written (나, 저, 너)
     * @param c       its possessive (내, 제, 네)
     * @param asTyped the answer as typed, sentence marks kept
     */
    static boolean pronounOfAddress(String o, String c, String asTyped) {
        if (asTyped == null || !Evidence.possessivePronoun(o, c)) {
            return false;
        }
        for (String sentence : SENTENCE_END.split(asTyped.strip())) {
            String s = sentence.strip();
            List<String> words = List.of(SPACES.split(s.replaceAll("[,]", " ").strip()));
            if (words.size() < 3 || !words.getFirst().equals(o)) {
                continue;
            }
            return s.endsWith("?") || REQUEST_END.matcher(s).matches();
        }
        return false;
    }
}
