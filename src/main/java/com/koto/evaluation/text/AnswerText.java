package com.koto.evaluation.text;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalised answer text: what two answers must share to count as the same. Typing and
 * speech-to-text differ in Unicode form, trailing punctuation and spacing; none of these is
 * a language error, so comparison ignores them (spacing is still reported as a note).
 */
public final class AnswerText {

    private static final Pattern FINAL_PUNCTUATION = Pattern.compile("[\\s.!?~。．！？…,，、\"'”’)]+$");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s\"'“‘(]+");
    private static final Pattern INNER_PUNCTUATION = Pattern.compile("[,，、;:]|[.!?~。．！？…]+(?=\\s)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Quotation marks (한글 맞춤법 부록 문장 부호: 큰따옴표, 작은따옴표, 겹낫표, 홑낫표), straight and curly. */
    private static final Pattern QUOTES = Pattern.compile("[\"'‘’“”「」『』]");
    /** Every character the punctuation and quote patterns above match. */
    private static final String PATTERN_CHARACTERS = ".!?~。．！？…,，、;:\"'”’)“‘(「」『』";

    private AnswerText() {
    }

    /**
     * NFC, trimmed, final punctuation ({@code . ! ? ~ 。 …} and friends) stripped, inner commas
     * and sentence punctuation between sentences (감사합니다. 안녕히 계세요) turned into spaces, runs of whitespace collapsed to one space.
     *
     * @param raw the text as typed or transcribed; {@code null} gives {@code ""}
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        if (alreadyNormal(raw)) {
            return raw; // the common case (the checks normalise the same words many times per answer): nothing to change
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = FINAL_PUNCTUATION.matcher(text).replaceAll("");
        text = LEADING_PUNCTUATION.matcher(text).replaceAll("");
        text = INNER_PUNCTUATION.matcher(text).replaceAll(" ");
        text = QUOTES.matcher(text).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /**
     * Whether {@link #normalise} would return the text unchanged: NFC, no character any of its patterns
     * removes or replaces, single spaces only and none at either end. A cheap scan, so that the slow path
     * (five regular expressions) runs only on text that needs it.
     */
    private static boolean alreadyNormal(String text) {
        int n = text.length();
        if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
            return n == 0;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? previous == ' ' : Character.isWhitespace(c) || PATTERN_CHARACTERS.indexOf(c) >= 0) {
                return false;
            }
            previous = c;
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /** The normalised text without any spaces: the key for "same answer, maybe spaced differently". */
    public static String unspaced(String normalised) {
        return normalised.replace(" ", "");
    }

    /** Every sentence mark, comma and quote that {@link #wordsOf} reads as a space. */
    private static final Pattern ANY_MARK = Pattern.compile("[.?!~…。,\"'“”‘’]");

    /**
     * The words (어절) of a raw text with every sentence mark, comma and quote read as a space, so no word carries a
     * mark (감사합니다.안녕히 → 감사합니다, 안녕히); {@code null} or blank gives an empty list.
     */
    public static List<String> wordsOf(String raw) {
        String text = ANY_MARK.matcher(normalise(raw)).replaceAll(" ").strip();
        return text.isEmpty() ? List.of() : List.of(SPACES.split(text));
    }

    /** The words (어절) of a normalised text. */
    public static List<String> words(String normalised) {
        return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
    }
}
