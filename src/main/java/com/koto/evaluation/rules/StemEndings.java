package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import com.koto.evaluation.text.Hangul.Final;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An ending attached to the learner's own stem with the wrong shape (session 8, issue 11): each
 * predicate word is read from its letters as a dictionary stem and an ending, and the ending's
 * allomorph, the stem's alternation or the contraction the standard requires is checked. Each class
 * is a closed rule of the standard grammar, so it is said whatever answer the learner meant
 * ({@link GrammarSlips} learner forms, or intrinsic in {@link Certainty}); a form that is a correct
 * form of another dictionary verb (갈려고 of 갈다, 살자 of 살다) is said only against the accepted
 * word at the same place.
 *
 * <p>Sources: 국립국어원 『외국인을 위한 한국어 문법 1』 (2005) and 한국어기초사전 (the entries of each
 * ending: '-자', '-고', '-지만', '-겠-', '-(으)려고', '-(으)십시오', '-아야/-어야'); 한글 맞춤법 제15항 붙임
 * 2 (종결형 '-오'), 제18항 1 (ㄹ 탈락), 제34항 (ㅏ, ㅓ + -아/-어 준말); 표준국어대사전 '-려고' (the
 * spoken '-ㄹ려고' is not standard); Yeon &amp; Brown 2019, <i>Korean: A Comprehensive Grammar</i>, on
 * consonant- and vowel-initial endings and on the infinitive.
 * <ul>
 * <li>{@code ending/eu_extra}: the consonant-initial endings -자, -고, -지만, -지요, -겠-, -네요, -게 take
 * no 으 (먹으자 → 먹자, 좋으고 → 좋고); 으 belongs only to -(으)면, -(으)세요, -(으)니까 …;</li>
 * <li>{@code irregular/l_deletion}: an ㄹ-stem takes no 으 and drops ㄹ before ㅅ and ㄴ (돌으십시오 →
 * 도십시오, 만들으면 → 만들면); not the ㄷ-irregular stems (들으세요: 듣다, 걸으면: 걷다);</li>
 * <li>{@code ending/l_insertion}: no ㄹ before -려고, -겠-, -자 on a vowel stem (올겠습니다 → 오겠습니다,
 * 볼려고 → 보려고, 먹을려고 → 먹으려고); 갈려고 and 살자 (correct forms of 갈다, 살다) only where the
 * accepted word is 가려고, 사자;</li>
 * <li>{@code ending/infinitive_contraction}: a stem in ㅏ or ㅓ absorbs -아/어 (갈아타어야 → 갈아타야,
 * 서어서 → 서서); not the ㅅ-irregular stems (나아요: 낫다, 저어요: 젓다);</li>
 * <li>{@code spelling/sipsio}: the formal imperative is -(으)십시오, written with 오 (주십시요 → 주십시오), a
 * spelling rule (한글 맞춤법 제15항 붙임 2), filed under spelling since session 15;</li>
 * <li>{@code ending/obligation}: -아/어야 is completed by 하다 or 되다 before a connective (가야서 → 가야 해서);</li>
 * <li>{@code ending/formal_question}: a formal question ends in -(스)ㅂ니까 (됩니다? → 됩니까), read on the
 * answer as written.</li>
 * </ul>
 */
final class StemEndings {

    /** The promise ending -게 or -게요. */
    private static final Pattern PROMISE_ENDING = Pattern.compile("게|게요");
    /** A 합쇼체 -니다 form followed by a question mark. */
    private static final Pattern FORMAL_QUESTION = Pattern.compile("([가-힣]+니다)\\s*\\?");
    /** The point after each sentence-final mark. */
    private static final Pattern AFTER_SENTENCE_MARK = Pattern.compile("(?<=[.?!])");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A sentence mark, a comma, ~ or …. */
    private static final Pattern PUNCTUATION_TILDE_ELLIPSIS = Pattern.compile("[.?!,~…]");

    /** Consonant-initial endings that never take 으 after a consonant stem. */
    private static final List<String> NO_EU = List.of("자", "고", "지만", "지요", "죠", "겠", "네요", "네", "게");
    /** What follows an ㄹ-stem's wrongly kept 으: the endings before which ㄹ drops (시, 세, 십, 니) or stays (면, 려고, 러). */
    private static final List<String> AFTER_L_EU = List.of("십시오", "세요", "셔", "셨", "시", "십", "니까", "면", "려고", "러");
    /** Endings before which a vowel stem takes no ㄹ (볼려고, 올겠습니다, 사르자). */
    private static final List<String> NO_L = List.of("려고", "려면", "겠", "자");
    /** The ㅅ-irregular stems' last syllables without ㅅ (나아요, 지어서, 저어요 are right). */
    private static final String S_IRREGULAR = "긋낫붓잇잣젓짓";
    /** The ㄷ-irregular stems (듣다 → 들으세요, 걷다 → 걸으면): their ㄹ forms take 으. */
    private static final Set<String> D_IRREGULAR = Set.of("듣", "걷", "묻", "싣", "깨닫", "붇", "긷", "일컫", "눋");
    /** Tails after the -아/어 of a stem that must contract with it. */
    private static final Set<String> AFTER_INFINITIVE = Set.of("", "요", "서", "도", "야", "야지", "야겠어요", "야겠습니다",
            "야겠다");

    /** Endings that attach to a stem, never to its -아/어 form (줘세요, 봐고). */
    private static final List<String> AFTER_STEM = List.of("세요", "셔", "셨", "십", "시고", "시면", "고", "면", "니까",
            "네요"); // (not -지: 어두워지다, 세워지다 are -아/어지다)
    /** Consonant-initial endings before which an ㄹ-stem keeps its ㄹ (말고, 만들지). */
    private static final Set<String> L_KEPT_BEFORE = Set.of("고", "지", "지만", "게", "다가", "도록", "고요");

    private StemEndings() {
    }

    /**
     * The first such malformed word of the answer, repaired.
     *
     * @param answer   the normalised answer
     * @param accepted the normalised accepted answer it is compared with (gives the word at the same
     *                 place for the ㄹ-insertion read against it)
     * @return the finding ({@code ending} or {@code irregular/l_deletion}, the learner's word → the
     *         repaired word) and the answer with the word corrected; empty when none applies
     */
    static Optional<PreChecks.Fix> find(String answer, String accepted) {
        String[] words = answer.split(" ");
        List<String> acceptedWords = List.of(accepted.split(" "));
        for (int i = 0; i < words.length; i++) {
            String[] fixed = word(words[i], acceptedWords);
            if (fixed != null) {
                List<String> out = new ArrayList<>(List.of(words));
                out.set(i, fixed[0]);
                return Optional.of(new PreChecks.Fix(new Finding(category(fixed[1]), words[i], fixed[0], fixed[1]),
                        String.join(" ", out)));
            }
        }
        return Optional.empty();
    }

    /**
     * Every such word of the answer as written, whichever accepted answer the comparison chooses
     * (a malformed word is wrong whatever the learner meant), the modifier before 수 있다/없다
     * ({@link VerbPhraseForms#possibility}), and every formal statement asked as a question
     * ({@link #formalQuestions}).
     *
     * @param raw      the answer as the learner wrote it
     * @param accepted the normalised accepted answers (the ㄹ-insertion is read against their words)
     * @return the findings, the learner's word → the repaired word; empty when there are none
     */
    static List<Finding> onLearnerWords(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>(formalQuestions(raw));
        out.addAll(ClauseEndings.find(raw, accepted)); // (줄게? → 줄래?, 비싸서 … 가자 → 비싸니까, 맛있어서 … 드세요 → 맛있으니까)
        out.addAll(ModifierForms.find(raw)); // (팔는 → 파는, 식사하는 전에 → 식사하기, 고치는 알아 → 고치는지)
        List<String> acceptedWords = accepted.stream().flatMap(a -> java.util.Arrays.stream(a.split(" "))).toList();
        String[] words = com.koto.evaluation.text.AnswerText.normalise(raw).split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String[] fixed = word(w, acceptedWords);
            if (fixed == null && !acceptedWords.contains(w)) {
                fixed = infinitiveBeforeEnding(w);
            }
            if (fixed == null && !acceptedWords.contains(w)) {
                fixed = lKept(i > 0 ? words[i - 1] : null, w);
            }
            if (fixed == null && !acceptedWords.contains(w)) {
                fixed = openedWithoutL(words, i); // (창문 여도 돼요? → 열어도; session 38, s38c)
            }
            if (fixed == null) {
                fixed = IrregularForms.askedWithD(w); // (묻어봐도 → 물어봐도, session 14)
            }
            if (fixed != null) {
                out.add(new Finding(category(fixed[1]), w, fixed[0], fixed[1]));
                continue;
            }
            List<Morphology.Word> read = i + 2 < words.length && words[i + 1].equals("수") ? Morphology.analyse(w) : List.of();
            String possible = read.size() == 1 ? VerbPhraseForms.possibility(w, read.getFirst(), words[i + 2]) : null;
            if (possible != null) {
                out.add(new Finding(ErrorCategory.ENDING, w, possible, "ending/l_modifier")); // (빌리 수 → 빌릴 수)
            }
        }
        // session 10 (eval16c): the -아/어 form, -(으)러 and 것 같다 on the learner's own stem (밝어서, 봐러, 거 갔아요)
        for (Finding own : OwnConjugation.find(raw)) {
            String doubled = doubledSiot(own.original(), acceptedWords);
            Finding f = doubled == null ? own : new Finding(ErrorCategory.SPELLING, own.original(), doubled, "spelling/letters");
            if (!acceptedWords.contains(f.original()) && out.stream().noneMatch(o -> o.original().equals(f.original()))) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The accepted word the learner's word spells with ㅅ for ㅆ (잇어요 for 있어요), or null: where the word with the
     * double final is an accepted word, the learner wrote 있다 (or 없다, 했다 …) with one ㅅ, a slip of spelling
     * (한글 맞춤법 제1항, the written syllable; 표준국어대사전 '있다' 「활용」 있어요), not the ㅅ-irregular 잇다 'connect'
     * (이어요), whose meaning the task does not have (session 22, s22a).
     */
    private static String doubledSiot(String w, List<String> acceptedWords) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Hangul.isSyllable(c) && Hangul.finalIndex(c) == Final.S) {
                String doubled = w.substring(0, k) + (char) (c + Final.SS - Final.S) + w.substring(k + 1);
                if (acceptedWords.contains(doubled)) {
                    return doubled;
                }
            }
        }
        return null;
    }

    /** The repaired word and its subtype; null when the word is well formed or no such form. */
    private static String[] word(String w, List<String> acceptedWords) {
        if (w.length() < 2 || acceptedWords.contains(w)) {
            return null;
        }
        String[] fixed = Repairs.first(() -> euExtra(w), () -> lStemWithEu(w), () -> lInserted(w, acceptedWords),
                () -> uncontracted(w), () -> sipsio(w), () -> obligation(w));
        return fixed == null || fixed[0].equals(w) ? null : fixed;
    }

    /**
     * The word split around each 으 with letters on both sides, in order (먹으자 → [먹, 자]; 살으세요 → [살, 세요]).
     * The repairs of an 으 too many read these ({@link #euExtra}, {@link #lStemWithEu},
     * {@code Resynthesis.euAfterVowel}).
     */
    static List<String[]> aroundEu(String w) {
        List<String[]> out = new ArrayList<>();
        for (int k = 1; k + 1 < w.length(); k++) {
            if (w.charAt(k) == '으') {
                out.add(new String[] {w.substring(0, k), w.substring(k + 1)});
            }
        }
        return out;
    }

    /**
     * 먹으자 → 먹자, 좋으고 → 좋고, 있으겠어요 → 있겠어요: 으 between a consonant stem and a
     * consonant-initial ending that never takes it (한국어기초사전 '-자', '-고', '-지만', '-겠-': 'ㄹ을
     * 제외한 받침 있는 동사 어간 뒤에' the form is the same; 『외국인을 위한 한국어 문법 1』). The part
     * before 으 must be a dictionary verb or adjective stem in a consonant; a stem in ㄹ whose ㄷ twin
     * is ㄷ-irregular (들으고: 듣다?) is not said, nor is a stem that itself ends in 으 (모으자).
     */
    static String[] euExtra(String w) {
        for (String[] split : aroundEu(w)) {
            String p = split[0];
            String r = split[1];
            char last = p.charAt(p.length() - 1);
            if (!Hangul.isSyllable(last) || !Hangul.hasFinal(last) || NO_EU.stream().noneMatch(r::startsWith)
                    || !KnownWords.predicateStem(p) || KnownWords.predicateStem(p + "으")) {
                continue;
            }
            if (Hangul.finalIndex(last) == Final.L && dIrregular(p)) {
                continue;
            }
            if (r.startsWith("게") && !PROMISE_ENDING.matcher(r).matches()) {
                continue; // (먹으게 only; not -(으)ㄹ게 forms, which are another check's)
            }
            return new String[] {p + r, "ending/eu_extra"};
        }
        return null;
    }

    /**
     * 돌으십시오 → 도십시오, 살으세요 → 사세요, 만들으면 → 만들면: an ㄹ-stem takes no 으 and drops its ㄹ
     * before ㅅ and ㄴ (한글 맞춤법 제18항 1; 한국어기초사전 '-으십시오': 'ㄹ 받침인 동사 어간 뒤에는
     * -십시오'). The part before 으 must be a dictionary verb in ㄹ that is not the ㄹ form of a
     * ㄷ-irregular stem (들으세요, 걸으면, 물으십시오 are right).
     */
    static String[] lStemWithEu(String w) {
        for (String[] split : aroundEu(w)) {
            String p = split[0];
            String r = split[1];
            char last = p.charAt(p.length() - 1);
            if (!Hangul.isSyllable(last) || Hangul.finalIndex(last) != Final.L
                    || AFTER_L_EU.stream().noneMatch(r::startsWith)
                    || !KnownWords.predicateStem(p) || dIrregular(p)) {
                continue;
            }
            boolean drops = r.startsWith("시") || r.startsWith("세") || r.startsWith("셔") || r.startsWith("셨")
                    || r.startsWith("십") || r.startsWith("니");
            String stem = drops ? p.substring(0, p.length() - 1) + Hangul.withoutFinal(last) : p;
            return new String[] {stem + r, "irregular/l_deletion"};
        }
        return null;
    }

    /**
     * An ㄹ added to a vowel stem before -려고, -려면, -겠-, -자 (표준국어대사전 '-려고': '-ㄹ려고' is not
     * standard; 한국어기초사전 '-겠-', '-자'): 올겠습니다 → 오겠습니다 and 볼려고 → 보려고 where the stem
     * with ㄹ is no dictionary verb (올다, 볼다 are none); 먹을려고 → 먹으려고 after a consonant. Where
     * the stem with ㄹ is a verb too (갈다, 살다, 놀다), only against the accepted word at the same place
     * (갈려고 for 가려고, 살자 for 사자). A ㄷ-irregular stem given the ㄹ stem's -려고 where the accepted
     * answer has its -으려고 (걸려고 for 걸으려고) is {@code irregular/d}.
     */
    static String[] lInserted(String w, List<String> acceptedWords) {
        for (String e : NO_L) {
            int at = w.indexOf(e, 1);
            if (at < 1) {
                continue;
            }
            char last = w.charAt(at - 1);
            if (!Hangul.isSyllable(last) || Hangul.finalIndex(last) != Final.L) {
                continue;
            }
            String p = w.substring(0, at);
            String rest = w.substring(at);
            if (e.startsWith("려") && dIrregular(p) && acceptedWords.contains(p + "으" + rest)) {
                // 걸려고 for the accepted 걸으려고: 걷다 conjugated as the ㄹ stem 걸다; a ㄷ-irregular stem keeps
                // -으- after its ㄹ (한글 맞춤법 제18항 5: 걷다 — 걸어, 걸으니)
                return new String[] {p + "으" + rest, "irregular/d"};
            }
            if (last == '을' && at > 1 && e.startsWith("려") && Hangul.hasFinal(w.charAt(at - 2))
                    && KnownWords.predicateStem(w.substring(0, at - 1))) {
                return new String[] {w.substring(0, at - 1) + "으" + rest, "ending/l_insertion"}; // 먹을려고
            }
            String bare = p.substring(0, p.length() - 1) + Hangul.withoutFinal(last);
            if (!KnownWords.predicateStem(bare) && !(bare.endsWith("하") && bare.length() > 1 && KnownWords.noun(bare.substring(0,
                    bare.length() - 1)))) {
                continue;
            }
            if (!dictionaryStem(p) || acceptedWords.contains(bare + rest)) {
                return new String[] {bare + rest, "ending/l_insertion"};
            }
        }
        return null;
    }

    /**
     * 갈아타어야 → 갈아타야, 서어서 → 서서: a stem in ㅏ or ㅓ with no final absorbs -아/어 (한글 맞춤법
     * 제34항: 가아 → 가, 서어 → 서, the contracted form only). The part before 아/어 must be a dictionary
     * verb or adjective stem and not an ㅅ-irregular stem without its ㅅ (나아요: 낫다; 저어요: 젓다).
     */
    static String[] uncontracted(String w) {
        for (int k = 1; k < w.length(); k++) {
            char y = w.charAt(k);
            if (y != '아' && y != '어' || !AFTER_INFINITIVE.contains(w.substring(k + 1))) {
                continue;
            }
            String p = w.substring(0, k);
            char last = p.charAt(p.length() - 1);
            if (y == '어' && longStemInI(p)) {
                // 기다리어 → 기다려, 걸리어요 → 걸려요: ㅣ + 어 → ㅕ (한글 맞춤법 제36항)
                return new String[] {p.substring(0, p.length() - 1) + (char) (last + (Hangul.Medial.YEO - Hangul.Medial.I) * 28) + w.substring(k + 1),
                        "ending/infinitive_contraction"};
            }
            if (!Hangul.isSyllable(last) || Hangul.hasFinal(last) || Hangul.medialIndex(last) != 0 && Hangul.medialIndex(last) != 4
                    || S_IRREGULAR.indexOf((char) (last + Final.S)) >= 0 || !KnownWords.predicateStem(p)
                            || last == '하') {
                continue;
            }
            return new String[] {p + w.substring(k + 1), "ending/infinitive_contraction"};
        }
        return null;
    }

    /**
     * Whether {@code p} is a verb or adjective stem of two or more syllables ending in ㅣ with no final
     * (기다리, 걸리, 마시, 가르치, 다니): its -아/어 form contracts ㅣ + 어 to ㅕ (기다려, 걸려요; 한글 맞춤법
     * 제36항; Yeon &amp; Brown 2019, on the infinitive of stems in ㅣ), and in speech only the contracted
     * form is said. One-syllable stems are left alone: 비어 있어요, 피어요 (비다, 피다) keep 어 in speech.
     * Not 이 (the copula's 학생이어서, 보이어 of 보이다 is rare but not wrong), and not an ㅅ-irregular stem
     * without its ㅅ (지어요: 짓다).
     */
    private static boolean longStemInI(String p) {
        char last = p.charAt(p.length() - 1);
        return p.length() >= 2 && Hangul.isSyllable(last) && !Hangul.hasFinal(last) && Hangul.medialIndex(last) == Hangul.Medial.I
                && last != '이' && S_IRREGULAR.indexOf((char) (last + Final.S)) < 0 && KnownWords.predicateStem(p);
    }

    /**
     * 줘세요 → 주세요, 봐세요 → 보세요, 배워고 → 배우고: -(으)세요, -(으)시-, -고, -(으)면, -(으)니까
     * and -네요 attach to the stem, not to its -아/어 form (한국어기초사전 '-으세요', '-고', '-지만': 동사
     * 어간 뒤에 붙어; 한글 맞춤법 제35항: 주어 → 줘, 보아 → 봐 are the -아/어 form only). A syllable in ㅘ,
     * ㅝ or ㅙ with no final is such a form (no stem ends in it); the stem with ㅗ, ㅜ or ㅚ must be a
     * dictionary verb (주, 보, 오, 배우, 되). Subtype {@code ending/infinitive_before_consonant}.
     */
    static String[] infinitiveBeforeEnding(String w) {
        for (int k = 0; k + 1 < w.length(); k++) {
            char c = w.charAt(k);
            if (!Hangul.isSyllable(c) || Hangul.hasFinal(c)) {
                continue;
            }
            int med = Hangul.medialIndex(c);
            int back = med == 9 ? 8 : med == 14 ? 13 : med == 10 ? 11 : -1; // ㅘ → ㅗ, ㅝ → ㅜ, ㅙ → ㅚ
            String rest = w.substring(k + 1);
            if (back < 0 || AFTER_STEM.stream().noneMatch(rest::startsWith)) {
                continue;
            }
            char stemLast = (char) (c - (med - back) * 28);
            String stem = w.substring(0, k) + stemLast;
            List<Morphology.Word> read = Morphology.analyse(w);
            if (!KnownWords.predicateStem(stem) || read.size() != 1 || read.getFirst().startsWith("NNG", "NNP", "NNB", "NP", "MAG")) {
                continue; // (돼지 is a noun)
            }
            return new String[] {bKeptBefore(w.substring(0, k), stemLast, rest) + rest, "ending/infinitive_before_consonant"};
        }
        return null;
    }

    /** Consonant-initial endings before which an ㅂ-irregular stem keeps its ㅂ (덥네요, 돕고, 춥지만). */
    private static final List<String> B_KEPT_BEFORE = List.of("고", "네요", "지만", "지", "게");

    /**
     * The stem as written before {@code rest}: an ㅂ-irregular stem read from its -아/어 form (더워 → 더우,
     * 도와 → 도오) keeps its ㅂ before a consonant-initial ending (더워네요 → 덥네요, not 더우네요; 도와고 →
     * 돕고), and is written 우 only before the endings in 으 (더우면, 도우세요): 표준국어대사전 'ㅂ 불규칙
     * 활용', 한글 맞춤법 제18항 6; Yeon &amp; Brown 2019 (ㅂ-irregular verbs). Otherwise the stem itself.
     *
     * @param head     the word before the stem's last syllable (더 of 더워네요)
     * @param stemLast the stem's last syllable read back from the -아/어 form (우 of 워)
     * @param rest     the ending written after the -아/어 form (네요)
     */
    static String bKeptBefore(String head, char stemLast, String rest) {
        if ((stemLast == '우' || stemLast == '오') && !head.isEmpty() && B_KEPT_BEFORE.stream().anyMatch(rest::startsWith)) {
            char before = head.charAt(head.length() - 1);
            if (Hangul.isSyllable(before) && !Hangul.hasFinal(before)) {
                String b = head.substring(0, head.length() - 1) + (char) (before + 17); // final ㅂ (index 17)
                if (IrregularForms.bIrregular(b)) {
                    return b;
                }
            }
        }
        return head + stemLast;
    }

    /**
     * 기다리지 마고 → 말고: the ㄹ of an ㄹ-stem drops only before ㄴ, ㅂ, ㅅ (and -오); before -고, -지,
     * -게, -다가, -도록 it stays (한글 맞춤법 제18항 1; 표준국어대사전 '말다' 「보조 동사」 「활용」 말고,
     * 마라, 마세요). Read on the auxiliary 말다 of -지 말다, where Nori takes the word as 말 with such an
     * ending although the ㄹ is not written (a main verb's ㄹ-less form is often another verb: 사고 of
     * 사다). Since session 15 also a main verb of two or more syllables (만드고 → 만들고, 표준국어대사전 '만들다'
     * 「활용」 만들어, 만드니, 만드는, 만들고), where the letters without ㄹ are no word of their own. Subtype
     * {@code irregular/l_kept}.
     */
    static String[] lKept(String before, String w) {
        // read after the word before it (기다리지 마고: Nori reads 말 + 고 only there)
        List<Morphology.Word> read = Morphology.analyse(before == null ? w : before + " " + w);
        if (read.size() != (before == null ? 1 : 2) || read.getLast().morphemes().size() != 2) {
            return null;
        }
        Morphology.Morpheme stem = read.getLast().morphemes().get(0);
        Morphology.Morpheme ending = read.getLast().morphemes().get(1);
        String s = stem.form();
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        if (!stem.is("VV", "VX", "VA") || !ending.is("EC", "EF") || !Hangul.isSyllable(last)
                || !Hangul.hasRieulFinal(last) || !L_KEPT_BEFORE.contains(ending.form())) {
            return null;
        }
        String dropped = s.substring(0, s.length() - 1) + Hangul.withoutFinal(last);
        if (!w.equals(dropped + ending.form())) {
            return null;
        }
        boolean auxiliary = stem.is("VX") && s.equals("말") && before != null && before.endsWith("지");
        // a main verb of two or more syllables (만드고 → 만들고, 힘드지만 → 힘들지만; session 15) whose
        // ㄹ-less letters are no verb of their own (사고, 사지 of 사다 stay) and no noun (노고)
        boolean main = !stem.is("VX") && s.length() >= 2 && !dictionaryStem(dropped) && !KnownWords.noun(w);
        if (!auxiliary && !main) {
            return null; // only the auxiliary 말다 after -지 among one-syllable stems (사지, 사고 of 사다 are right)
        }
        return new String[] {s + ending.form(), "irregular/l_kept"};
    }

    /** Things one opens (열다), read as the object before a form of 열다. */
    private static final Set<String> OPENED = Set.of("문", "창문", "창", "현관문", "대문", "뒷문", "차문", "가방", "뚜껑",
            "상자", "박스", "냉장고", "서랍", "트렁크", "병", "커튼", "지갑", "가게", "창고", "봉투", "택배", "파일");
    /** The -아/어 forms of 열다 with the ㄹ dropped (여도 for 열어도), → the tail after 열어. */
    private static final Set<String> AFTER_OPENED = Set.of("", "요", "서", "도", "야", "줘", "주세요");

    /**
     * {@code irregular/l_kept} before a vowel (session 38, s38c): 창문 여도 돼요? → 열어도, 문 좀 여 주세요 → 열어. The ㄹ of
     * an ㄹ-stem drops only before ㄴ, ㅂ, ㅅ and -오 (여세요, 엽니다, 여니까); before -아/어 it stays (한글 맞춤법 제18항 1;
     * 표준국어대사전 '열다' 「활용」 열어, 여니, 여오): 여도, 여요, 여서 carry the drop where it does not happen. Read on
     * 열다, the ㄹ-stem whose ㄹ-less letters are no verb (사다, 파다, 가다, 노다 are other verbs beside 살다, 팔다, 갈다,
     * 놀다), where the word before (past 좀) is a thing opened ({@link #OPENED}), bare or with 을/를, so 여도 is not the
     * copula after a noun (남자여도) nor the noun 여도.
     */
    static String[] openedWithoutL(String[] words, int i) {
        String w = words[i];
        if (!w.startsWith("여") || !AFTER_OPENED.contains(w.substring(1)) || i == 0) {
            return null;
        }
        int j = words[i - 1].equals("좀") ? i - 2 : i - 1;
        if (j < 0) {
            return null;
        }
        String object = words[j].endsWith("을") || words[j].endsWith("를")
                ? words[j].substring(0, words[j].length() - 1) : words[j];
        return OPENED.contains(object) ? new String[] {"열어" + w.substring(1), "irregular/l_kept"} : null;
    }

    /**
     * The category of a repaired word by its subtype: {@code spelling/…} (주십시요, a form written as it is
     * heard) is a spelling error, every other repair an ending error.
     */
    private static ErrorCategory category(String subtype) {
        return subtype.startsWith("spelling/") ? ErrorCategory.SPELLING : ErrorCategory.ENDING;
    }

    /**
     * 주십시요 → 주십시오, 앉으십시요 → 앉으십시오: the formal imperative -(으)십시오 ends in 오
     * (한국어기초사전 '-으십시오'; 한글 맞춤법 제15항 붙임 2: the sentence-final '-오' is written 오 even
     * where it is heard as 요). A spelling rule, so the finding is {@code spelling/sipsio} (session 15: six of
     * seven blind writers' gold errors file it as spelling, as the brief files a copula written as heard).
     */
    static String[] sipsio(String w) {
        if (w.length() >= 4 && w.endsWith("십시요")) {
            return new String[] {w.substring(0, w.length() - 1) + "오", "spelling/sipsio"};
        }
        return null;
    }

    /**
     * 가야서 → 가야 해서, 먹어야서 → 먹어야 해서: -아/어야 states a condition and is completed by 하다 or
     * 되다 ('must'; 한국어기초사전 '-어야', 관용 '-어야 하다'); -서 cannot follow it directly. The word
     * without 서, followed by 해요, must read as a verb with -아/어야 (Nori's reading of the malformed
     * word itself varies: 가야서 → 갈 + 어야 + 하 + 서, 끝내야서 → 끝내어 + 야서).
     */
    static String[] obligation(String w) {
        if (!w.endsWith("야서") || w.length() < 3) {
            return null;
        }
        // the part before 서 must read as a verb with -아/어야 when 하다 follows it, as it should (가야 해요)
        List<Morphology.Word> read = Morphology.analyse(w.substring(0, w.length() - 1) + " 해요");
        if (read.size() != 2) {
            return null;
        }
        List<Morphology.Morpheme> m = read.getFirst().morphemes();
        if (m.size() < 2 || !m.getFirst().is("VV", "VA", "NNG", "XR") || !m.getLast().is("EC")
                || !m.getLast().form().endsWith("야") || m.stream().anyMatch(x -> x.is("VCP", "JX", "JKS", "JKO", "JKB"))) {
            return null;
        }
        return new String[] {w.substring(0, w.length() - 1) + " 해서", "ending/obligation"};
    }

    /**
     * A formal statement ending asked as a question (됩니다? → 됩니까?): the formal style asks with
     * -(스)ㅂ니까, never with the statement ending and a rising tone (한국어기초사전 '-습니까', '-ㅂ니까';
     * 『외국인을 위한 한국어 문법 1』 '-습니다/-ㅂ니다', '-습니까/-ㅂ니까'; Yeon &amp; Brown 2019, on the
     * formal style). Read on the answer as written, where the question mark is still there. Subtype
     * {@code ending/formal_question}.
     *
     * @param raw the answer as the learner wrote it
     * @return one finding per such sentence, the learner's word → the -니까 form; empty when none
     */
    static List<Finding> formalQuestions(String raw) {
        List<Finding> out = new ArrayList<>();
        java.util.regex.Matcher m = FORMAL_QUESTION.matcher(raw);
        while (m.find()) {
            String w = m.group(1);
            char before = w.charAt(w.length() - 3);
            if (before != '습' && !(Hangul.isSyllable(before) && Hangul.finalIndex(before) == Final.B)) {
                continue;
            }
            out.add(new Finding(ErrorCategory.ENDING, w, w.substring(0, w.length() - 1) + "까", "ending/formal_question"));
        }
        return out;
    }

    /** Question words that open a question of their own (뭐, 어디, 언제 …), as a word's start. */
    private static final List<String> QUESTION_WORDS = List.of("뭐", "무엇", "뭘", "무슨", "어디", "언제", "누구", "누가",
            "왜", "어떻게", "몇", "얼마", "어느", "어떤");

    /**
     * The plain statement ending -다 asked as a question with a question word (너 뭐 먹고 싶다? → 싶어?), in a
     * casual activity (session 13, eval21b): -다 (-ㄴ다/-는다, -었다) is the 해라체 statement ending and never
     * asks (표준국어대사전 '-다' ⑤: 해라할 자리에 쓰여 어떤 사건이나 사실, 상태를 서술; the 해라체 question is
     * -니/-냐); to a friend the question is the 반말 -아/어 the accepted answers use (Sohn 1999 §8.1; Yeon &amp;
     * Brown 2019, the intimate style). The plain sibling of {@link #formalQuestions}. A question word is
     * required: -다? without one can be a spoken check (나 간다?, 'I'm off, OK?'), which is left alone, and the
     * copula (뭐다?) and -습니다/-ㅂ니다 are not read. Subtype {@code ending/plain_question}.
     *
     * @param raw      the answer as the learner wrote it
     * @param register the activity's register; only {@code CASUAL} is read
     * @return one finding per such sentence, the learner's word → its -아/어 form; empty when none
     */
    static List<Finding> plainQuestions(String raw, com.koto.evaluation.Register register) {
        List<Finding> out = new ArrayList<>();
        if (register != com.koto.evaluation.Register.CASUAL || !raw.contains("다?") && !raw.contains("다 ?")) {
            return out;
        }
        for (String part : AFTER_SENTENCE_MARK.split(raw)) {
            if (!part.strip().endsWith("?")) {
                continue;
            }
            List<String> words = new ArrayList<>();
            for (String w : SPACES.split(part.strip())) {
                String clean = PUNCTUATION_TILDE_ELLIPSIS.matcher(w).replaceAll("");
                if (!clean.isEmpty()) {
                    words.add(clean);
                }
            }
            if (words.size() < 2 || !words.getLast().endsWith("다") || words.getLast().endsWith("니다")
                    || words.subList(0, words.size() - 1).stream().noneMatch(w -> QUESTION_WORDS.stream().anyMatch(w::startsWith))) {
                continue;
            }
            String last = words.getLast();
            List<Morphology.Word> read = Morphology.analyse(last);
            if (read.size() != 1) {
                continue;
            }
            List<Morphology.Morpheme> m = read.getFirst().morphemes();
            if (m.size() < 2 || !m.getFirst().is("VV", "VA", "VX") || !m.getLast().is("EF")
                    || m.stream().anyMatch(x -> x.is("VCP"))) {
                continue;
            }
            String fixed = intimateForPlain(last, m.getLast().form());
            if (fixed != null) {
                out.add(new Finding(ErrorCategory.ENDING, last, fixed, "ending/plain_question"));
            }
        }
        return out;
    }

    /** 싶다 → 싶어, 간다 → 가, 먹는다 → 먹어, 먹었다 → 먹었어, 있다 → 있어; null when the form is not read. */
    private static String intimateForPlain(String w, String ending) {
        String body = w.substring(0, w.length() - 1);
        if (ending.equals("다")) {
            char c = body.charAt(body.length() - 1);
            if (Hangul.isSyllable(c) && Hangul.finalIndex(c) == Hangul.Final.SS) {
                return body + "어"; // a final ㅆ (먹었, 갔, 겠, 있) takes 어: 먹었어, 갔어, 있어
            }
        } else if (ending.equals("는다") && body.endsWith("는")) {
            body = body.substring(0, body.length() - 1);
        } else if (ending.equals("ᆫ다") || ending.equals("ㄴ다")) {
            char c = body.charAt(body.length() - 1);
            if (!Hangul.isSyllable(c) || Hangul.finalIndex(c) != 4) {
                return null;
            }
            body = body.substring(0, body.length() - 1) + (char) (c - 4);
        } else {
            return null;
        }
        if (body.isEmpty()) {
            return null;
        }
        String inf = SpeechLevels.infinitive(body);
        return inf != null ? inf : OwnConjugation.infinitiveOf(body);
    }

    private static boolean dIrregular(String lStem) {
        char last = lStem.charAt(lStem.length() - 1);
        String d = lStem.substring(0, lStem.length() - 1) + (char) (last - Final.L + Final.D);
        return D_IRREGULAR.stream().anyMatch(d::endsWith);
    }

    /**
     * Whether {@code s} + 다 is a verb's or adjective's dictionary form (갈다, 살다), read by Nori as that
     * stem; the dictionary's own entries also list inflected forms (볼 = 보 + -ㄹ), which this excludes.
     * An ㄹ stem that Nori reads as the ㄷ-irregular stem of the same letters (걸다 as 걷다, 들다 as 듣다,
     * 물다 as 묻다) counts too: a ㄷ-irregular stem turns its ㄷ into ㄹ only before a vowel (한글 맞춤법
     * 제18항 5: 걷다 — 걸어, 걸으니), so 걸다 is the dictionary form of 걸다 (to hang, to make a call),
     * never an inflected 걷다 (session 17: 전화를 걸려고 was corrected to 거려고).
     */
    private static boolean dictionaryStem(String s) {
        List<Morphology.Word> read = Morphology.analyse(s + "다");
        if (read.size() != 1 || read.getFirst().morphemes().isEmpty()
                || !read.getFirst().morphemes().getFirst().is("VV", "VA")) {
            return false;
        }
        String form = read.getFirst().morphemes().getFirst().form();
        char last = s.charAt(s.length() - 1);
        return form.equals(s) || Hangul.isSyllable(last) && Hangul.finalIndex(last) == Final.L
                && form.equals(s.substring(0, s.length() - 1) + (char) (last - Final.L + Final.D));
    }
}
