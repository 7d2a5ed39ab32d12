package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Common misspellings of whole words as data ({@code src/main/resources/evaluation/misspellings.json}, session 35,
 * helper s35a): 색갈 → 색깔, 금새 → 금세, 깨끗히 → 깨끗이, 김치찌게 → 김치찌개, 까페 → 카페, 께임 → 게임. Each entry
 * names its source: 표준국어대사전 headwords, 한글 맞춤법 제27항, 제30항, 제35항 붙임 2 and 제51항, 외래어 표기법 제1장
 * 제4항 (no tense consonant for a foreign voiceless stop), and the 국립국어원's lists of words often misspelt. Read by
 * {@link SpokenSpelling#find} on the learner's own words whatever the accepted answer says (an accepted answer that
 * writes the same word keeps it); {@code spelling/letters} or {@code spelling/loanword}.
 */
final class Misspellings {

    static final String LOCATION = "evaluation/misspellings.json";

    /** One misspelling: the wrong letters, the right ones, where they are matched and the subtype. */
    private record Entry(String wrong, String right, boolean within, boolean anyRest, String subtype) {
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();

    /** What may follow a misspelt noun in its word besides a particle: the copula and 요. */
    private static final Set<String> COPULA = Set.of("요", "이요", "예요", "이에요", "입니다", "이다", "야", "이야", "인데",
            "인데요", "이죠", "죠");

    static {
        JsonNode root = DataFiles.read(LOCATION);
        for (JsonNode e : root.path("misspellings")) {
            ENTRIES.add(new Entry(e.path("wrong").asString(), e.path("right").asString(),
                    "within".equals(e.path("match").asString("start")), e.path("any_rest").asBoolean(false),
                    "loanword".equals(e.path("kind").asString()) ? "spelling/loanword" : "spelling/letters"));
        }
    }

    private Misspellings() {
    }

    /**
     * The misspelling the word starts with (or holds, for a {@code within} entry), corrected in the whole word.
     *
     * @param word one word of the learner's answer without punctuation
     * @return a spelling finding on the word, or null when it has no listed misspelling
     */
    static Finding find(String word) {
        for (Entry e : ENTRIES) {
            int at = word.indexOf(e.wrong());
            if (at < 0 || at > 0 && !e.within()) {
                continue;
            }
            String rest = word.substring(at + e.wrong().length());
            if (!e.within() && !e.anyRest() && !rest.isEmpty() && !COPULA.contains(rest)
                    && Particles.of(rest).isEmpty()) {
                continue;
            }
            return new Finding(ErrorCategory.SPELLING, word,
                    word.substring(0, at) + e.right() + rest, e.subtype());
        }
        return null;
    }
}
