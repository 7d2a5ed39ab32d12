package com.koto.evaluation.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.KoMorphData;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.TokenInfoFST;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;

/**
 * Whether a string is a word of the dictionary Lucene Nori ships (mecab-ko-dic, ≈ 800,000
 * entries compiled from the Sejong corpus and 표준국어대사전 headwords), and with which
 * part-of-speech tags (Sejong tag set: NNG common noun, NNP proper noun, VV verb, VA adjective,
 * MAG adverb …).
 *
 * <p>Why: a content word the learner wrote that is a real Korean word, but not one of the accepted
 * answer's words, is most often a synonym or a paraphrase the rules have no lexicon entry for (타월
 * for 수건, 탑승구 for 게이트). Knowing that it is a dictionary word lets {@link Certainty} treat the
 * substitution as <i>unjudgeable</i> (precision first) instead of calling it a wrong word; a string
 * the dictionary does not know is a misspelling, a name or a word the learner made up.
 *
 * <p>Lookup: an exact walk of the dictionary's FST (the same structure the tokenizer's lattice
 * reads), so a word is known only as a whole entry, never as a prefix of one. Thread-safe (each
 * call reads the shared FST through its own reader); no I/O after the dictionary is loaded.
 */
final class KnownWords {

    private static final TokenInfoDictionary DICTIONARY = TokenInfoDictionary.getInstance();
    private static final TokenInfoFST FST_ = DICTIONARY.getFST();
    private static final KoMorphData DATA =
            (KoMorphData) ((org.apache.lucene.analysis.morph.Dictionary<?>) DICTIONARY).getMorphAttributes();

    /** Content-word tags: nouns, verbs, adjectives, adverbs, determiners (관형사). */
    private static final Set<POS.Tag> CONTENT = EnumSet.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.NNB, POS.Tag.NR,
            POS.Tag.NP, POS.Tag.VV, POS.Tag.VA, POS.Tag.MAG, POS.Tag.MM);

    private KnownWords() {
    }

    /** Whether Nori's dictionary reads {@code stem} as a verb or adjective stem (VV, VA): 먹, 좋. */
    static boolean predicateStem(String stem) {
        Set<POS.Tag> tags = tags(stem);
        return tags.contains(POS.Tag.VV) || tags.contains(POS.Tag.VA);
    }

    /**
     * The part-of-speech tags the dictionary gives this exact string as an entry (its first
     * morpheme's tag for compounds and inflected entries).
     *
     * @param word a Hangul string without spaces (a noun, or a verb or adjective stem)
     * @return the tags; empty when the string is not an entry
     */
    static Set<POS.Tag> tags(String word) {
        Set<POS.Tag> out = EnumSet.noneOf(POS.Tag.class);
        IntsRef ids = entry(word);
        if (ids == null) {
            return out;
        }
        for (int k = 0; k < ids.length; k++) {
            POS.Tag tag = DATA.getLeftPOS(ids.ints[ids.offset + k]);
            if (tag != null) {
                out.add(tag);
            }
        }
        return out;
    }

    /** The dictionary's word ids of the entry written exactly as {@code word}; null when it is no entry. */
    private static IntsRef entry(String word) {
        if (word == null || word.isEmpty()) {
            return null;
        }
        try {
            FST.BytesReader reader = FST_.getBytesReader();
            FST.Arc<Long> arc = FST_.getFirstArc(new FST.Arc<>());
            long output = 0;
            for (int i = 0; i < word.length(); i++) {
                if (FST_.findTargetArc(word.charAt(i), arc, arc, i == 0, reader) == null) {
                    return null;
                }
                output += arc.output();
            }
            if (!arc.isFinal()) {
                return null;
            }
            output += arc.nextFinalOutput();
            IntsRef ids = new IntsRef();
            DICTIONARY.lookupWordIds((int) output, ids);
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the dictionary is in memory: reading it does not fail
        }
    }

    /**
     * The parts of a compound noun entry (영화관 → 영화, 관; 야구장 → 야구, 장), as mecab-ko-dic
     * decomposes it; empty when the string is not an entry or not a compound (색깔, 타월).
     */
    static java.util.List<String> compoundParts(String word) {
        IntsRef ids = entry(word);
        if (ids == null) {
            return java.util.List.of();
        }
        char[] chars = word.toCharArray();
        for (int k = 0; k < ids.length; k++) {
            int id = ids.ints[ids.offset + k];
            if (DATA.getPOSType(id) != POS.Type.COMPOUND) {
                continue;
            }
            KoMorphData.Morpheme[] parts = DATA.getMorphemes(id, chars, 0, chars.length);
            if (parts != null && parts.length > 1) {
                return java.util.Arrays.stream(parts).map(KoMorphData.Morpheme::surfaceForm).toList();
            }
        }
        return java.util.List.of();
    }

    /** Whether the string is a dictionary entry that is a content word (noun, verb or adjective stem, adverb …). */
    static boolean contentWord(String word) {
        return tags(word).stream().anyMatch(CONTENT::contains);
    }

    /** Whether the string is a dictionary noun (common or proper, NNG/NNP). */
    static boolean noun(String word) {
        Set<POS.Tag> t = tags(word);
        return t.contains(POS.Tag.NNG) || t.contains(POS.Tag.NNP);
    }
}
