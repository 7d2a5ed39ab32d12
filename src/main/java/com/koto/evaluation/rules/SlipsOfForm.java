package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;

/**
 * A "different word" finding ({@code vocabulary/word}) that is a slip of form of the word the learner meant, named for
 * what it is before the held-out gate decides (session 23, s23b): {@link HeldOutPrecision} leaves another word alone to
 * the model, but a misspelling or a malformed ending is no paraphrase, and fails as a certain error under its own name.
 * Only the learner's own words decide; a real other word (a synonym, a paraphrase: 이거 for 이 버스, 영화 for 영화 표)
 * stays {@code vocabulary/word} and stays gated. Each class, with its source:
 *
 * <ul>
 * <li>{@code ending/modifier_or_connective} (ending): the learner's word is the accepted word's -아/어 form with
 * another connective put on it where the accepted answer has -아/어서 (아파고 for 아파서, 빌려고 for 빌려서). -고, -면,
 * -(으)니까, -지만, -는데 attach to the stem (아프고, 빌리면), never to the -아/어 form (Yeon &amp; Brown 2019, the
 * clausal connectives; 표준국어대사전 '-고' 「어미」: 용언의 어간 뒤에), so the form is malformed, the name
 * {@link SpellingAsGrammar#connectiveOnly} gives it after the gate. The shared part must be the -아/어 form of another
 * stem, as Nori reads the accepted word ({@link #formOfAnotherStem}): 가면 for 가서 (가 is the stem), 오니까 for 오면
 * are two well-formed connectives of one verb, a possible paraphrase, and stay gated.</li>
 * <li>{@code ending/infinitive_contraction} (ending): -서 or -도 on the bare stem where the -아/어 form is needed (뛰서
 * for 뛰어서, 되서 for 돼서, 보도 for 봐도 after an -아/어 form: the auxiliary 보다 of -아/어 보다). -아/어서 and
 * -아/어도 attach to the -아/어 form (Yeon &amp; Brown 2019; 한글 맞춤법 제34항, 제35항: 보아 → 봐, 되어 → 돼; ㅟ has no
 * contracted form, 뛰어). Nori reads the word as a verb or adjective stem and the connective 서 or 도 (EC); the word
 * is no dictionary entry (비서, 보도 are nouns; 보도 counts only after an -아/어 form), and the stem is one whose
 * -아/어 form is not the stem itself (가서, 서서, 켜서 are well-formed).</li>
 * <li>{@code spelling/lgeyo} (spelling): the promise -(으)ㄹ게(요) written 께 as it sounds (주문할께요 for 주문할게요,
 * Nori's EF ᆯ께요): 한글 맞춤법 제53항 writes -(으)ㄹ게 with a plain ㄱ ({@link Subtypes#promiseWrittenKke}).</li>
 * <li>{@code spelling/sound} (spelling): 아니예요 for 아니에요. The ending after 아니다 is -에요 (아니에요, contracted
 * 아녜요): 표준국어대사전 '-에요' (‘이다’, ‘아니다’의 어간 뒤에 붙어); 국립국어원 표준 언어 예절, '아니예요'는 잘못.</li>
 * <li>{@code spelling/letters} (spelling): a word Nori reads as one unknown morpheme (no dictionary word has it) that
 * becomes a dictionary word when one syllable's ㅒ is written ㅐ or ㅖ is written ㅔ (떄 for 때): the two vowels of a
 * pair are one sound in today's speech and one Shift key apart on the 두벌식 keyboard (표준 발음법 제5항: ㅖ may be
 * said [ㅔ]; ㅐ and ㅒ likewise merge).</li>
 * </ul>
 */
final class SlipsOfForm {

    /** Connectives that attach to the stem, not to the -아/어 form ({@link SpellingAsGrammar#connectiveOnly}). */
    private static final List<String> STEM_CONNECTIVES = List.of("니까", "는데", "지만", "고", "면");

    private SlipsOfForm() {
    }

    /**
     * @param f      a decisive finding of one comparison
     * @param answer the learner's normalised answer
     * @return the finding named as a slip of form, or the finding itself
     */
    static Finding named(Finding f, String answer) {
        if (f.category() != ErrorCategory.VOCABULARY || !"vocabulary/word".equals(Subtypes.of(f))
                || f.original() == null || f.correction() == null || f.original().isBlank() || f.correction().isBlank()) {
            return f;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (connectiveOnInfinitive(o, c)) {
            return new Finding(ErrorCategory.ENDING, o, c, "ending/modifier_or_connective");
        }
        String[] words = o.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = bare(words[i]);
            if (w.isEmpty()) {
                continue;
            }
            String fixed = promiseKke(w);
            if (fixed != null) {
                return new Finding(ErrorCategory.SPELLING, w, fixed, "spelling/lgeyo");
            }
            if (w.startsWith("아니예")) {
                return new Finding(ErrorCategory.SPELLING, w, "아니에" + w.substring(3), null);
            }
            fixed = bareStemConnective(w, i > 0 ? bare(words[i - 1]) : previousWord(answer, words[0]));
            if (fixed != null) {
                return new Finding(ErrorCategory.ENDING, w, fixed, "ending/infinitive_contraction");
            }
            fixed = pairedVowel(w);
            if (fixed != null) {
                return new Finding(ErrorCategory.SPELLING, w, fixed, null);
            }
        }
        return f;
    }

    /** The word without the final marks (주문할께요. → 주문할께요). */
    private static String bare(String word) {
        return word.replaceAll("[.,!?~]+$", "");
    }

    /** The learner's word before the span's first word in the answer, or empty. */
    private static String previousWord(String answer, String first) {
        String[] a = answer.split(" ");
        for (int i = 1; i < a.length; i++) {
            if (bare(a[i]).equals(bare(first))) {
                return bare(a[i - 1]);
            }
        }
        return "";
    }

    /** 아파고 for 아파서: the accepted -아/어서, the learner's a stem connective on the same -아/어 form. */
    static boolean connectiveOnInfinitive(String o, String c) {
        if (o.contains(" ") || c.contains(" ") || !c.endsWith("서") || c.length() < 2
                || !SpellingAsGrammar.connectiveOnly(o, c)) {
            return false;
        }
        String form = c.substring(0, c.length() - 1);
        return formOfAnotherStem(form) && STEM_CONNECTIVES.stream().anyMatch(k -> o.equals(form + k));
    }

    /**
     * Whether {@code form} is the -아/어 form of a stem other than itself, read on the accepted word {@code form}서 (아파서
     * → 아프 + -아서, 빌려서 → 빌리 + -어서): Nori's first morpheme is a verb or adjective stem that is not the form and
     * whose -아/어 form ({@link SpeechLevels#infinitive}) is. 서서 (서 + -어서) and 가서 (가 + -아서) have the form as
     * their stem: 서고, 가면 are well-formed.
     */
    static boolean formOfAnotherStem(String form) {
        List<Morphology.Word> read = Morphology.analyse(form + "서");
        if (read.size() != 1 || read.getFirst().morphemes().isEmpty()) {
            return false;
        }
        Morphology.Morpheme stem = read.getFirst().morphemes().getFirst();
        return stem.is("VV", "VA") && !stem.form().equals(form) && form.equals(SpeechLevels.infinitive(stem.form()));
    }

    /** 주문할께요 → 주문할게요: Nori reads the promise ending as ᆯ께(요); null otherwise. */
    static String promiseKke(String w) {
        int at = w.lastIndexOf('께');
        if (at < 1 || !(w.endsWith("께") || w.endsWith("께요")) || !Hangul.hasRieulFinal(w.charAt(at - 1))) {
            return null;
        }
        List<Morphology.Word> read = Morphology.analyse(w);
        boolean promise = read.size() == 1 && read.getFirst().morphemes().stream()
                .anyMatch(m -> m.is("EF") && m.form().startsWith("ᆯ께"));
        return promise ? w.substring(0, at) + "게" + w.substring(at + 1) : null;
    }

    /**
     * 뛰서 → 뛰어서, 되서 → 돼서, 보도 → 봐도 (after an -아/어 form): the bare stem with -서 or -도; null otherwise.
     *
     * @param previous the learner's word before {@code w} (empty when none)
     */
    static String bareStemConnective(String w, String previous) {
        if (w.length() < 2 || !(w.endsWith("서") || w.endsWith("도"))) {
            return null;
        }
        String stem = w.substring(0, w.length() - 1);
        char last = stem.charAt(stem.length() - 1);
        if (!Hangul.isSyllable(last) || Hangul.hasFinal(last) || !KnownWords.predicateStem(stem)) {
            return null;
        }
        String form = aForm(stem);
        if (form == null || form.equals(stem)) {
            return null;
        }
        boolean read;
        if (KnownWords.tags(w).isEmpty()) {
            List<Morphology.Word> words = Morphology.analyse(w);
            List<Morphology.Morpheme> ms = words.size() == 1 ? words.getFirst().morphemes() : List.of();
            read = ms.size() == 2 && ms.get(0).is("VV", "VA") && ms.get(0).form().equals(stem) && ms.get(1).is("EC");
        } else {
            // 보도 is a noun (報道); after an -아/어 form (가 보도) it is the auxiliary 보다 of -아/어 보다
            read = stem.equals("보") && afterAForm(previous);
        }
        return read ? form + w.substring(w.length() - 1) : null;
    }

    /** Whether the word ends in an open syllable of the -아/어 form's vowels (가, 먹어, 와, 해, 마셔). */
    private static boolean afterAForm(String previous) {
        if (previous.isEmpty()) {
            return false;
        }
        char p = previous.charAt(previous.length() - 1);
        if (!Hangul.isSyllable(p) || Hangul.hasFinal(p)) {
            return false;
        }
        int v = Hangul.medialIndex(p);
        return v == Hangul.Medial.A || v == Hangul.Medial.EO || v == Hangul.Medial.YEO || v == Hangul.Medial.WA
                || v == Hangul.Medial.WO || v == Hangul.Medial.AE;
    }

    /** The -아/어 form of an open stem: {@link SpeechLevels#infinitive}; ㅚ → ㅙ (되어 → 돼), ㅟ and ㅢ take 어. */
    private static String aForm(String stem) {
        String form = SpeechLevels.infinitive(stem);
        if (form != null) {
            return form;
        }
        char last = stem.charAt(stem.length() - 1);
        int v = Hangul.medialIndex(last);
        if (v == Hangul.Medial.OE) {
            return stem.substring(0, stem.length() - 1) + Hangul.compose(Hangul.initialIndex(last), Hangul.Medial.WAE, Hangul.Final.NONE);
        }
        return v == Hangul.Medial.WI || v == Hangul.Medial.UI ? stem + "어" : null;
    }

    /** 떄 → 때: one unknown morpheme that is a dictionary word with one ㅒ written ㅐ (or ㅖ ㅔ); null otherwise. */
    static String pairedVowel(String w) {
        List<Morphology.Word> read = Morphology.analyse(w);
        if (read.size() != 1 || read.getFirst().morphemes().size() != 1
                || !read.getFirst().morphemes().getFirst().is("UNKNOWN")) {
            return null;
        }
        for (int i = 0; i < w.length(); i++) {
            char s = w.charAt(i);
            if (!Hangul.isSyllable(s)) {
                continue;
            }
            int v = Hangul.medialIndex(s);
            int to = v == Hangul.Medial.YAE ? Hangul.Medial.AE : v == Hangul.Medial.YE ? Hangul.Medial.E : -1;
            if (to < 0) {
                continue;
            }
            String fixed = w.substring(0, i) + Hangul.compose(Hangul.initialIndex(s), to, Hangul.finalIndex(s))
                    + w.substring(i + 1);
            if (KnownWords.contentWord(fixed)) {
                return fixed;
            }
        }
        return null;
    }
}
