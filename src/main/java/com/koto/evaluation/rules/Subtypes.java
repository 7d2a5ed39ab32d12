package com.koto.evaluation.rules;

import com.koto.evaluation.rules.Particles.Function;
import com.koto.evaluation.text.Hangul;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Subtype names of findings ({@code <kind>/<detail>}, snake_case ASCII). The kind is usually the
 * category's wire name; checks that span categories use their own kind ({@code counter/…},
 * {@code irregular/…}). docs/evaluation.md lists them with the pack keys that explain them.
 */
final class Subtypes {

    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Final marks or ~ at the end. */
    private static final Pattern FINAL_MARKS_TILDE = Pattern.compile("[.!?~]+$");

    private Subtypes() {
    }

    /** {@code particle_allomorph/object}, {@code particle_missing/location} … */
    static String particle(String category, Function function) {
        return category + "/" + name(function);
    }

    /** {@code particle_wrong/location_for_action_place}, {@code particle_wrong/object_for_dative} … */
    static String wrongParticle(Function learner, Function accepted) {
        return "particle_wrong/" + name(learner) + "_for_" + name(accepted);
    }

    private static String name(Function f) {
        return f.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The finding's subtype, deriving one when its check named none: a missing word, an extra
     * word, a spelling by sound or by one letter, spacing of a particle or counter, a different word.
     */
    static String of(Finding f) {
        if (f.subtype() != null) {
            return f.subtype();
        }
        String o = f.original() == null ? "" : f.original();
        String c = f.correction() == null ? "" : f.correction();
        return switch (f.category()) {
            case INCOMPLETE -> o.isBlank() ? "incomplete/missing_word"
                    : !o.strip().contains(" ") && c.strip().contains(" ") && c.startsWith(o.strip())
                            ? "incomplete/bare_noun" : "incomplete/sentence";
            case VOCABULARY -> c.isBlank() ? "vocabulary/extra_word" : o.isBlank() ? "vocabulary/missing_word"
                    : o.contains("안 있") && c.contains("없") ? "vocabulary/eopseoyo" : "vocabulary/word";
            case SPELLING -> spelling(o, c);
            case SPACING -> spacing(o, c);
            case PARTICLE_MISSING -> "particle_missing/other";
            case PARTICLE_ALLOMORPH -> "particle_allomorph/other";
            case PARTICLE_WRONG -> "particle_wrong/other";
            case HONORIFIC -> "honorific/other";
            case ENDING -> "ending/form";
            case TENSE -> "tense/other";
            case WORD_ORDER -> "word_order/phrase";
        };
    }

    /** -새요 for -세요, -ㄹ께요 for -ㄹ게요, -ㅁ니다 for -ㅂ니다, else by sound or by letters. */
    private static String spelling(String o, String c) {
        if (o.contains("새요") && c.contains("세요")) {
            return "spelling/seyo";
        }
        if (o.contains("께요") && c.contains("게요") || promiseWrittenKke(o, c)) {
            return "spelling/lgeyo";
        }
        if ((o.contains("함니다") || o.contains("슴니다") || o.contains("씀니다")) && c.contains("니다")) {
            return "spelling/seumnida";
        }
        return Hangul.soundKey(o.replace(" ", "")).equals(Hangul.soundKey(c.replace(" ", "")))
                ? "spelling/sound" : "spelling/letters";
    }

    /** A particle written apart (커피 를), a counter joined (한잔), or other spacing. */
    private static String spacing(String o, String c) {
        java.util.List<String> ow = java.util.List.of(SPACES.split(o.strip()));
        java.util.List<String> cw = java.util.List.of(SPACES.split(c.strip()));
        for (String w : ow) {
            if (Particles.isParticle(w) && !cw.contains(w)) {
                return "spacing/particle";
            }
        }
        for (int i = 0; i < cw.size(); i++) {
            String w = cw.get(i);
            // 살 before the bound noun 수 is the verb's modifier (살 수 있어요), not the counter of age (session 30, s30d)
            boolean boundNounAfter = i + 1 < cw.size() && cw.get(i + 1).startsWith("수") && i == 0;
            if (Lexicon.COUNTERS.contains(w) && !ow.contains(w) && !boundNounAfter) {
                return "spacing/counter";
            }
        }
        return "spacing/words";
    }

    /**
     * The promise -(으)ㄹ게 of 반말 written 께 as it sounds (돌려줄께 for 돌려줄게, 전화할께 for 전화할게): 한글 맞춤법
     * 제53항 writes the endings -(으)ㄹ게, -(으)ㄹ걸 with a plain ㄱ, with or without 요; the same spelling slip as
     * 갈께요 ({@code spelling/lgeyo}). The two words differ only in their last syllable, 께 for 게, after an ㄹ final.
     * Session 14 (helper eval25c).
     */
    static boolean promiseWrittenKke(String o, String c) {
        String a = FINAL_MARKS_TILDE.matcher(o).replaceAll("");
        String b = FINAL_MARKS_TILDE.matcher(c).replaceAll("");
        return a.length() >= 2 && a.length() == b.length() && a.endsWith("께") && b.endsWith("게")
                && a.substring(0, a.length() - 1).equals(b.substring(0, b.length() - 1))
                && Hangul.hasRieulFinal(a.charAt(a.length() - 2));
    }
}
