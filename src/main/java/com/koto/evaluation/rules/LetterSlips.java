package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Misspellings by sound of the learner's own words that need no accepted answer to be seen (session 9),
 * each a {@code spelling} error on the learner's word as written and that word corrected:
 * <ul>
 *   <li>{@code spelling/seyo}: the honorific ending -(으)세요 written -(으)새요 (늘려 주새요 → 주세요,
 *       앉으새요 → 앉으세요): ㅐ and ㅔ sound alike in Seoul speech (표준 발음법 제4항 allows the merger in
 *       speech, never in writing), and -새요 is no ending. Only when the stem before it is a verb with
 *       -(으)시- once written -세요, and the word with 새 is no noun (냄새요, 물이 새요 stay);</li>
 *   <li>{@code spelling/vowel}: the particle 에 written 애 after a dictionary noun (식후애 → 식후에,
 *       집애 → 집에), where the whole word is no dictionary entry (연애, 장애 stay); and the -아/어 form of a
 *       verb stem in ㅐ written with ㅔ before the giving auxiliary 주다/드리다 (사람 좀 보네 주세요 → 보내,
 *       꺼네 드릴게요 → 꺼내): the -아/어 form of 보내다 is 보내, and 보네 is no -아/어 form;</li>
 *   <li>{@code spelling/final_ss}: the past -았/었- or 있- written with a final ㅅ before a vowel (지나쳣어
 *       → 지나쳤어, 갓어요 → 갔어요, 재밋었어 → 재밌었어): both finals are pronounced [ㄷ] before a
 *       consonant, and Indonesian has no tense ㅆ; the word as written has no analysis as a verb, the
 *       word with ㅆ has one with -었- or 있- (웃어요, 씻어요, 벗었어요 are verbs with ㅅ and stay).</li>
 * </ul>
 * A word an accepted answer writes is never touched.
 * <p>Sources: 한글 맞춤법 제1항 (표준어를 소리대로 적되 어법에 맞도록); 표준 발음법 제4항 (ㅔ/ㅐ), 제9항
 * (받침 ㅅ, ㅆ are pronounced [ㄷ] before a consonant), 제13항 (before a vowel the final moves on: 갔어 [가써]);
 * Yeon &amp; Brown 2019, on -(으)세요, the past -았/었- and the -아/어 form before 주다.
 */
final class LetterSlips {

    /** A sentence mark, a comma, ~ or …. */
    private static final Pattern PUNCTUATION_TILDE_ELLIPSIS = Pattern.compile("[.,?!~…]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private LetterSlips() {
    }

    /** The giving auxiliaries after an -아/어 form (보내 주세요, 꺼내 드릴게요). */
    private static final List<String> GIVING = List.of("주", "줘", "줄", "줍", "준", "드리", "드려", "드릴", "드립", "드렸");

    /**
     * The misspellings of the learner's own words, at most one per word.
     *
     * @param raw      the learner's answer as typed
     * @param accepted the normalised accepted answers
     * @return spelling findings; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        Set<String> written = new HashSet<>();
        accepted.forEach(a -> written.addAll(
                List.of(SPACES.split(PUNCTUATION_TILDE_ELLIPSIS.matcher(a).replaceAll(" ").strip()))));
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.sentences(raw)) {
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (written.contains(w) || w.length() < 2 || !allHangul(w)) {
                    continue;
                }
                String fixed = seyo(w);
                String subtype = "spelling/seyo";
                if (fixed == null) {
                    fixed = particleE(w);
                    subtype = "spelling/vowel";
                }
                if (fixed == null && i + 1 < words.size() && GIVING.stream().anyMatch(words.get(i + 1)::startsWith)) {
                    fixed = infinitiveAe(w);
                    subtype = "spelling/vowel";
                }
                if (fixed == null) {
                    fixed = finalSs(w);
                    subtype = "spelling/final_ss";
                }
                if (fixed == null) {
                    fixed = hadaWithE(w);
                    subtype = "spelling/vowel";
                }
                if (fixed == null) {
                    fixed = hieutStem(w);
                    subtype = "spelling/letters";
                }
                if (fixed != null && !fixed.equals(w)) {
                    out.add(new Finding(ErrorCategory.SPELLING, w, fixed, subtype));
                }
            }
        }
        return out;
    }

    /** 주새요 → 주세요; null when the word is no -(으)세요 written with 새. */
    static String seyo(String w) {
        if (!w.endsWith("새요") || w.length() < 3) {
            return null;
        }
        String stem = w.substring(0, w.length() - 2);
        if (KnownWords.noun(stem + "새") || KnownWords.noun(w.substring(0, w.length() - 1))) {
            return null; // 냄새요
        }
        String fixed = stem + "세요";
        List<Morphology.Word> a = Morphology.analyse(fixed);
        if (a.size() != 1) {
            return null;
        }
        List<Morphology.Morpheme> ms = a.getFirst().morphemes();
        boolean verb = !ms.isEmpty() && ms.getFirst().is("VV", "VX", "VA") || ms.stream().anyMatch(m -> m.is("XSV"));
        boolean honorific = ms.stream().anyMatch(m -> m.is("EP") && m.form().equals("시")
                || m.is("EF") && m.form().contains("세요"));
        return verb && honorific ? fixed : null;
    }

    /** 식후애 → 식후에; null when the word is no noun + 애 for 에. */
    static String particleE(String w) {
        if (!w.endsWith("애") || w.length() < 2) {
            return null;
        }
        String noun = w.substring(0, w.length() - 1);
        if (!KnownWords.tags(w).isEmpty() || !KnownWords.noun(noun) || noun.length() < 2 && !KnownWords.tags(noun).contains(
                org.apache.lucene.analysis.ko.POS.Tag.NNG)) {
            return null;
        }
        return noun + "에";
    }

    /** 보네 (before 주세요) → 보내; null when the last vowel is not ㅔ or the ㅐ form is no verb stem. */
    static String infinitiveAe(String w) {
        char last = w.charAt(w.length() - 1);
        if (!Hangul.isSyllable(last) || Hangul.hasFinal(last) || Hangul.medialIndex(last) != 5) { // ㅔ
            return null;
        }
        String fixed = w.substring(0, w.length() - 1) + withMedial(last, 1); // ㅔ → ㅐ
        var tags = KnownWords.tags(fixed);
        if (!tags.contains(org.apache.lucene.analysis.ko.POS.Tag.VV)) {
            return null;
        }
        List<Morphology.Word> a = Morphology.analyse(w);
        if (a.size() == 1 && a.getFirst().morphemes().stream().anyMatch(m -> m.is("EC") && (m.form().startsWith("어")
                || m.form().startsWith("아")))) {
            return null; // already an -아/어 form (세 주세요 of 세다)
        }
        return fixed;
    }

    /** 지나쳣어 → 지나쳤어, 재밋었어 → 재밌었어; null when no final ㅅ before a vowel makes a past or 있- form. */
    static String finalSs(String w) {
        for (int k = 0; k + 1 < w.length(); k++) {
            char c = w.charAt(k);
            char next = w.charAt(k + 1);
            if (!Hangul.isSyllable(c) || Hangul.finalIndex(c) != Hangul.Final.S || !Hangul.isSyllable(next)
                    || Hangul.initialIndex(next) != Hangul.Initial.IEUNG
                    || Hangul.medialIndex(next) != Hangul.Medial.EO
                    && Hangul.medialIndex(next) != Hangul.Medial.A) { // 어/아
                continue;
            }
            if (analysedAsVerb(w)) {
                return null; // 웃어요, 씻어요, 벗었어요
            }
            String fixed = w.substring(0, k) + (char) (c + Hangul.Final.SS - Hangul.Final.S) + w.substring(k + 1);
            List<Morphology.Word> a = Morphology.analyse(fixed);
            boolean verbalNoun = a.size() == 1 && a.getFirst().has("XSV", "XSA"); // 도착햇어 → 도착했어
            if (a.size() == 1 && a.getFirst().morphemes().stream().noneMatch(m -> m.is("UNKNOWN", "NNP")
                    || m.is("NNG") && !verbalNoun)
                    && a.getFirst().morphemes().stream().anyMatch(m -> m.is("EP") && (m.form().equals("었")
                    || m.form().equals("았") || m.form().equals("였")) || m.is("VV", "VA", "VX") && m.form().endsWith("있")
                    || m.is("VA") && m.form().endsWith("밌"))) {
                return fixed;
            }
            return null;
        }
        return null;
    }

    /** What may follow 해 (the -아/어 form of 하다) in one word: -요, -서, -도, -야 and their longer forms. */
    private static final List<String> AFTER_HAE = List.of("", "요", "서", "서요", "도", "도요", "도돼요", "야", "야지",
            "야지요", "야죠", "야겠어요", "야겠습니다", "야돼요", "요?");
    /** What may follow 했 (the past of 하다) in one word: -어(요), -습니다, -는데, -지만, -고, -다 … */
    private static final List<String> AFTER_HAET = List.of("어", "습", "는", "지", "고", "다", "던", "으");

    /**
     * 확인헤 주세요 → 확인해, 포장헤요 → 포장해요, 도착헸어요 → 도착했어요 (session 38, s38c): the -아/어 form of 하다 is 해
     * (하여 contracted, 한글 맞춤법 제34항 붙임 2) and its past 했, written with ㅔ as they sound in Seoul speech (표준
     * 발음법 제4항: ㅔ and ㅐ merge in speech, never in writing). Read where the letters before 헤/헸 are a dictionary noun
     * of two or more syllables that takes 하다 (Nori reads the word with 해 as the noun + 하다), the rest is one of the
     * forms of {@link #AFTER_HAE} or {@link #AFTER_HAET}, and the word as written is no dictionary entry (헤어, 헤매다,
     * 헤드폰: 남자헤어 is a salon). Null otherwise.
     */
    static String hadaWithE(String w) {
        for (int k = 2; k < w.length(); k++) {
            char c = w.charAt(k);
            boolean present = c == '헤';
            if (!present && c != '헸') {
                continue;
            }
            String noun = w.substring(0, k);
            String rest = w.substring(k + 1);
            if (present ? !AFTER_HAE.contains(rest) : AFTER_HAET.stream().noneMatch(rest::startsWith)) {
                return null;
            }
            if (!KnownWords.noun(noun) || !KnownWords.tags(w).isEmpty()) {
                return null;
            }
            String fixed = noun + (present ? '해' : '했') + rest;
            List<Morphology.Word> a = Morphology.analyse(fixed);
            if (a.size() != 1 || a.getFirst().morphemes().size() < 2 || !a.getFirst().morphemes().get(0).is("NNG")
                    || !a.getFirst().morphemes().get(0).form().equals(noun) || !a.getFirst().morphemes().get(1).is("XSV", "XSA")) {
                return null;
            }
            return fixed;
        }
        return null;
    }

    /** Stems in ㅎ whose ㅎ is written before a consonant-initial ending (빨갛지, 그렇게, 좋고). */
    private static final Set<String> HIEUT_STEMS = Set.of("빨갛", "노랗", "파랗", "하얗", "까맣", "새빨갛", "새하얗",
            "새까맣", "동그랗", "커다랗", "기다랗", "조그맣", "그렇", "이렇", "저렇", "어떻", "좋", "넣", "놓", "낳", "쌓", "닿");
    /** Consonant-initial endings after which the ㅎ of such a stem is heard only as aspiration (빨갛지 [빨가치]). */
    private static final List<String> AFTER_HIEUT = List.of("지", "게", "고", "네", "다", "던", "든", "죠", "기");

    /**
     * 빨갓지 → 빨갛지, 그럿게 → 그렇게, 노랃고 → 노랗고 (session 38, s38c): an adjective or verb stem in ㅎ keeps its ㅎ
     * in writing before a consonant (한글 맞춤법 제15항: 어간과 어미는 구별하여 적는다; the ㅎ irregular, 제18항 3, drops it
     * only before -아/어 and -(으)ㄴ: 빨개요, 빨간), although before ㄱ, ㄷ, ㅈ it is heard only as the aspiration of the
     * next consonant (표준 발음법 제12항: 빨갛지 [빨가치]); a learner who hears [빨가치] writes the final as ㅅ or ㄷ. Read
     * on the stems of {@link #HIEUT_STEMS} before an ending of {@link #AFTER_HIEUT}, where the stem as written is no
     * predicate of its own (낫지, 벗고, 씻고 stay). Null otherwise.
     */
    static String hieutStem(String w) {
        for (int k = 0; k + 1 < w.length(); k++) {
            char c = w.charAt(k);
            if (!Hangul.isSyllable(c) || Hangul.finalIndex(c) != Hangul.Final.S && Hangul.finalIndex(c) != Hangul.Final.D) {
                continue;
            }
            String stem = w.substring(0, k) + (char) (c - Hangul.finalIndex(c) + Hangul.Final.H);
            String rest = w.substring(k + 1);
            if (!HIEUT_STEMS.contains(stem) || AFTER_HIEUT.stream().noneMatch(rest::startsWith)) {
                continue;
            }
            String written = w.substring(0, k + 1);
            if (stem.length() == 1 && KnownWords.predicateStem(written) || KnownWords.noun(written) && stem.length() == 1) {
                return null; // 낫지 (낫다), 벗고 (벗다)
            }
            return stem + rest;
        }
        return null;
    }

    /** Whether Nori reads the word as one verb or adjective with its endings and nothing unknown. */
    private static boolean analysedAsVerb(String w) {
        List<Morphology.Word> a = Morphology.analyse(w);
        if (a.size() != 1) {
            return false;
        }
        List<Morphology.Morpheme> ms = a.getFirst().morphemes();
        return !ms.isEmpty() && ms.getFirst().is("VV", "VA", "VX")
                && ms.stream().noneMatch(m -> m.is("UNKNOWN", "NNG", "NNP", "XPN"));
    }

    private static char withMedial(char c, int medial) {
        return Hangul.compose(Hangul.initialIndex(c), medial, Hangul.finalIndex(c));
    }

    private static boolean allHangul(String w) {
        return w.chars().allMatch(ch -> Hangul.isSyllable((char) ch));
    }
}
