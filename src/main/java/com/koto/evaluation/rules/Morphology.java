package com.koto.evaluation.rules;

import com.koto.evaluation.text.AnswerText;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.KoMorphData;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Morphological analysis of Korean sentences with Lucene Nori (mecab-ko-dic, Sejong tag set:
 * JKS/JKO/JKB/JX particles, EP pre-final endings such as 시 and 었, EF sentence endings, ETM
 * modifier endings, VCP copula). Nori analyses a sentence better with final punctuation, so
 * a full stop is appended (STACK.md). Thread-safe: one tokenizer per thread; the dictionary
 * (≈ 1 s to load) is shared.
 */
public final class Morphology {

    /**
     * One morpheme.
     *
     * @param form its form as Nori gives it (inflected tokens are split: 셨 → 시/EP 었/EP)
     * @param tag  the Sejong tag, e.g. {@code JKO}
     */
    public record Morpheme(String form, String tag) {

        boolean is(String... tags) {
            for (String t : tags) {
                if (tag.equals(t)) {
                    return true;
                }
            }
            return false;
        }

        boolean isParticle() {
            return tag.startsWith("J");
        }

        boolean isStem() {
            return is("VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA");
        }

        boolean isEnding() {
            return tag.startsWith("E");
        }
    }

    /**
     * One word (어절) of the analysed sentence.
     *
     * @param surface   as written
     * @param morphemes its morphemes in order (may be empty for symbols)
     */
    public record Word(String surface, List<Morpheme> morphemes) {

        /** Whether the word inflects (verb, adjective, copula) rather than being a noun with particles. */
        public boolean verbal() {
            return morphemes.stream().anyMatch(m -> m.isStem() || m.isEnding());
        }

        /** Whether the word ends in a particle (so it can move around the clause). */
        public boolean caseMarked() {
            return !morphemes.isEmpty() && morphemes.getLast().isParticle() && !verbal();
        }

        /** Whether the first morpheme has one of these tags. */
        public boolean startsWith(String... tags) {
            return !morphemes.isEmpty() && morphemes.getFirst().is(tags);
        }

        /** Whether the last morpheme has one of these tags. */
        public boolean endsWith(String... tags) {
            return !morphemes.isEmpty() && morphemes.getLast().is(tags);
        }

        /** Whether any morpheme has one of these tags. */
        public boolean has(String... tags) {
            return morphemes.stream().anyMatch(m -> m.is(tags));
        }
    }

    private static final ThreadLocal<KoreanTokenizer> TOKENIZER = ThreadLocal.withInitial(Morphology::tokenizer);

    private Morphology() {
    }

    private static KoreanTokenizer tokenizer() {
        return new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null,
                KoreanTokenizer.DecompoundMode.NONE, false, true);
    }

    /**
     * Analyses a normalised sentence ({@link AnswerText#normalise}).
     *
     * @return one {@link Word} per space-separated word, in order
     */
    public static List<Word> analyse(String normalised) {
        Map<String, List<Word>> recent = RECENT.get();
        List<Word> known = recent.get(normalised);
        if (known == null) {
            known = analysed(normalised);
            recent.put(normalised, known);
        }
        return known;
    }

    /**
     * The morphemes of every word of a normalised text, in order (the words' boundaries dropped): 먹죠 → 먹/VV, 죠/EF.
     *
     * @param normalised a normalised word or sentence ({@link AnswerText#normalise})
     * @return the morphemes, empty for a text Nori reads nothing in
     */
    static List<Morpheme> morphemes(String normalised) {
        return analyse(normalised).stream().flatMap(w -> w.morphemes().stream()).toList();
    }

    /**
     * The last {@value #RECENT_SIZE} analyses of this thread. One evaluation asks for the same few
     * sentences (the answer, its rewrites, the accepted answers) from many checks; the result is
     * immutable, so it is shared instead of computed again.
     */
    private static final int RECENT_SIZE = 64;

    private static final ThreadLocal<Map<String, List<Word>>> RECENT = ThreadLocal.withInitial(
            () -> new java.util.LinkedHashMap<>(RECENT_SIZE * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<Word>> eldest) {
                    return size() > RECENT_SIZE;
                }
            });

    private static List<Word> analysed(String normalised) {
        List<String> surfaces = AnswerText.words(normalised);
        List<List<Morpheme>> perWord = new ArrayList<>(surfaces.size());
        int[] starts = new int[surfaces.size()];
        int offset = 0;
        for (int i = 0; i < surfaces.size(); i++) {
            starts[i] = offset;
            offset += surfaces.get(i).length() + 1;
            perWord.add(new ArrayList<>());
        }
        if (!surfaces.isEmpty()) {
            tokenize(normalised + ".", starts, perWord);
        }
        List<Word> words = new ArrayList<>(surfaces.size());
        for (int i = 0; i < surfaces.size(); i++) {
            words.add(new Word(surfaces.get(i), List.copyOf(perWord.get(i))));
        }
        return List.copyOf(words);
    }

    /**
     * The morphemes of a word, with a verb stem that is an ㅂ-irregular adjective's form read as that adjective. Before
     * a vowel-initial ending the ㅂ of such a stem becomes 우 (맵다 → 매워, 매워요, 매웠어요; 한글 맞춤법 제18항 6,
     * 표준국어대사전 'ㅂ 불규칙 활용'; Yeon &amp; Brown 2019, ㅂ-irregular verbs), and mecab-ko-dic holds a verb stem of
     * those letters (매우다), so Nori reads 매워 as 매우/VV + 어/EC. A stem X우/VV before -어/-었 whose X + 워 is the
     * -아/어 form of a listed ㅂ-irregular adjective ({@link OwnConjugation#bIrregularAdjective}) is that adjective (맵/VA).
     * Of the 36 listed adjectives Nori misreads only 맵다's forms (session 21, s21d, each tried in four endings).
     *
     * <p>Read by the checks that judge a word as an adjective ({@code VerbPhraseForms}); {@link #analyse} keeps Nori's
     * reading, because with 맵/VA the comparison fails 매워서요 for 매워요 (a sentence-final -아/어서요 of reason before a
     * request, which it fails on 추워서요 too): a precision class of its own, left for a later session.
     *
     * @param word an analysed word
     * @return its morphemes, re-read where the rule applies
     */
    static List<Morpheme> asWritten(Word word) {
        List<Morpheme> read = new ArrayList<>(word.morphemes());
        for (int i = 0; i + 1 < read.size(); i++) {
            String stem = read.get(i).form();
            String ending = read.get(i + 1).form();
            String adjective = read.get(i).is("VV") && stem.length() >= 2 && stem.endsWith("우")
                    && (ending.startsWith("어") || ending.startsWith("었"))
                    ? OwnConjugation.bIrregularAdjective(stem.substring(0, stem.length() - 1) + "워") : null;
            if (adjective != null) {
                read.set(i, new Morpheme(adjective, "VA"));
            }
        }
        return List.copyOf(read);
    }

    private static void tokenize(String text, int[] starts, List<List<Morpheme>> perWord) {
        KoreanTokenizer tokenizer = TOKENIZER.get();
        CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
        PartOfSpeechAttribute pos = tokenizer.getAttribute(PartOfSpeechAttribute.class);
        OffsetAttribute offsets = tokenizer.getAttribute(OffsetAttribute.class);
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                int word = wordAt(starts, offsets.startOffset());
                if (word < 0) {
                    continue;
                }
                List<Morpheme> into = perWord.get(word);
                KoMorphData.Morpheme[] parts = pos.getMorphemes();
                if (pos.getPOSType() == POS.Type.INFLECT || pos.getPOSType() == POS.Type.PREANALYSIS) {
                    if (parts != null) {
                        for (KoMorphData.Morpheme part : parts) {
                            into.add(new Morpheme(part.surfaceForm(), part.posTag().name()));
                        }
                        continue;
                    }
                }
                if (pos.getLeftPOS() != null && !pos.getLeftPOS().name().startsWith("S")) {
                    into.add(new Morpheme(term.toString(), pos.getLeftPOS().name()));
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                // closing a tokenizer over a string cannot fail
            }
        }
    }

    private static int wordAt(int[] starts, int offset) {
        for (int i = starts.length - 1; i >= 0; i--) {
            if (offset >= starts[i]) {
                return i;
            }
        }
        return -1;
    }
}
