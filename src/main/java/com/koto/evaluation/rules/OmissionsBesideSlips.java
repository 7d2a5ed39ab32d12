package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a slip of form hid from the comparison (session 20, s20d): 소형차을 빌리고 싶습니다 for 소형차를 3일 동안 빌리고
 * 싶습니다 is a particle allomorph <em>and</em> the rental period left out; 부디 이름 두박 예약 했습니다 for 부디 이름으로
 * 2박 예약했습니다 is a counter, a spacing slip <em>and</em> 이름 without (으)로; 비빔밥 두개하고 콜라 주세요 for … 콜라
 * 한 병 주세요 is a spacing slip <em>and</em> the cola's quantity left out. The comparison reads the learner's words
 * against an accepted answer word by word, so a mis-formed or mis-spaced word (소형차을, 두개하고) hid the other
 * difference and only the slip of form was reported. Here the engine's "fix and compare again" (docs/evaluation.md,
 * whole-answer checks) is applied to the whole answer: when every error of the answer is a slip of form — wrong
 * whatever the learner meant ({@link Certainty#intrinsic}: a particle allomorph, a conjugation or copula form, a
 * misspelling, a plain ending in a polite activity, a numeral of the wrong system) or a spacing note — the answer is
 * evaluated again with those words repaired, and when the repaired answer fails on nothing but
 * <ul>
 * <li>a <b>number the task gives</b> left out ({@code incomplete/missing_number}, or a missing word with digits:
 * 3일 동안, 302호로; the words a task states as figures are what it asks for), or</li>
 * <li><b>one adverbial particle</b> left out ({@code particle_missing}: 이름 → 이름으로, 자카르타 → 자카르타에),</li>
 * </ul>
 * that is reported beside the slips of form: a teacher corrects both. Errors that change what is said (another word,
 * a contrast, a tense) are not repaired: the answer is then another sentence, not the accepted one with slips. Other
 * words a gap leaves out (진료 예약, 너무, 이번 주) and another particle are not taken from the repaired answer: on the
 * development sets the writers let them pass beside a slip of form.
 *
 * <p>The finding is given on words the learner wrote as they are, so two findings never share a word: where the
 * word before a gap is itself repaired (소형차을), the gap goes on the word after it (빌리고 → 3일 동안 빌리고).
 * Sources: Yeon &amp; Brown 2019 and Sohn 1999 for the form rules of the repaired errors (particle allomorphs after
 * a 받침, irregular conjugation, the copula, speech levels, native and Sino-Korean numerals before counters);
 * 한글 맞춤법 제43항 and 제2항 for spacing (a counter is a word of its own); Sohn 1999 for the adverbial particles
 * speech does not drop (에 of place, (으)로 of means and manner); the activity's accepted answers for what the task
 * asks for.
 */
final class OmissionsBesideSlips {

    /** The categories of a slip of form that can be repaired without changing what the answer says. */
    private static final Set<ErrorCategory> FORM = Set.of(ErrorCategory.PARTICLE_ALLOMORPH, ErrorCategory.ENDING,
            ErrorCategory.SPELLING, ErrorCategory.HONORIFIC);
    /** The omissions taken from the repaired answer's evaluation. */
    private static final Set<String> GAPS = Set.of("incomplete/missing_word", "incomplete/missing_part", MissingNumbers.SUBTYPE);
    /** A gap that is a whole sentence after the learner's last word: a sentence mark, then words (? 얼마예요). */
    private static final java.util.regex.Pattern SENTENCE_GAP = java.util.regex.Pattern.compile("^[.?!]\\s*[^.?!\\s].*");
    /** A gap that is a noun with 때문에, the cause (일 때문에, 감기 때문에). */
    private static final java.util.regex.Pattern REASON_GAP = java.util.regex.Pattern.compile("[가-힣]+ 때문에");
    /** The categories of the one slip of the repaired answer that is reported beside the slips of form. */
    private static final Set<ErrorCategory> ONE_SLIP = Set.of(ErrorCategory.PARTICLE_MISSING);

    private OmissionsBesideSlips() {
    }

    /**
     * The omissions the repaired answer fails on, to report beside {@code errors}.
     *
     * @param errors    the errors of the failed answer, as reported
     * @param answer    the learner's normalised answer (the errors' originals are its words)
     * @param asTyped   the answer as typed (sentence marks and commas kept), or null: the repaired answer keeps its
     *                  marks, so its sentences stay apart (가요? 몇 정거장 is two sentences, not the noun 가요 before a
     *                  count; session 36, s36a)
     * @param evaluator evaluates another answer to the same activity (the repaired one)
     * @return {@code incomplete} findings on words the learner wrote, not among {@code errors}; empty when none
     */
    static List<Finding> added(List<EvaluationError> errors, String answer, String asTyped,
            Function<String, Evaluation> evaluator) {
        String text = " " + answer + " ";
        List<String> spacedWords = new ArrayList<>();
        for (EvaluationError e : errors) {
            if (e.category() != ErrorCategory.SPACING || e.original() == null || e.correction() == null) {
                continue;
            }
            // 예약 했습니다 → 예약했습니다, 두개하고 → 두 개하고: the words as the note spaces them (a bound join the
            // comparison already read spaced is in the answer as corrected)
            String o = " " + e.original().strip() + " ";
            String c = " " + e.correction().strip() + " ";
            if (text.contains(o) || text.contains(c)) {
                text = text.replace(o, c);
                spacedWords.addAll(List.of(e.correction().strip().split(" ")));
            }
        }
        List<String> words = new ArrayList<>(List.of(text.strip().split(" ")));
        List<String> marks = marksAfter(words, asTyped);
        boolean[] repaired = new boolean[words.size()];
        boolean any = false;
        for (int i = 0; i < words.size(); i++) {
            if (spacedWords.contains(words.get(i))) {
                repaired[i] = true;
                any = true;
            }
        }
        for (EvaluationError e : errors) {
            if (e.category() == ErrorCategory.SPACING) {
                continue;
            }
            String o = e.original() == null ? "" : e.original().strip();
            String c = e.correction() == null ? "" : e.correction().strip();
            if (!form(e) || !Certainty.intrinsic(new Finding(e.category(), o, c, e.subtype())) && !modifierBeforeSu(e)
                    || o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ")) {
                return List.of();
            }
            int at = words.indexOf(o);
            if (at < 0 || repaired[at]) {
                return List.of();
            }
            words.set(at, c);
            repaired[at] = true;
            any = true;
        }
        if (!any) {
            return List.of();
        }
        StringBuilder repairedText = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            repairedText.append(i == 0 ? "" : " ").append(words.get(i)).append(marks.get(i));
        }
        Evaluation again = evaluator.apply(repairedText.toString());
        List<EvaluationError> slips = again.errors().stream().filter(e -> e.category() != ErrorCategory.SPACING).toList();
        boolean gapsOnly = slips.stream().allMatch(OmissionsBesideSlips::numberLeftOut);
        if (again.passed() || slips.isEmpty()
                || !gapsOnly && (slips.size() != 1 || !ONE_SLIP.contains(slips.getFirst().category()))) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (EvaluationError slip : slips) {
            Finding placed = onLearnersWords(slip, words, repaired);
            if (placed != null && errors.stream().noneMatch(e -> e.category() == placed.category()
                    && placed.original().equals(e.original()) && placed.correction().equals(e.correction()))) {
                out.add(placed);
            }
        }
        return out;
    }

    /** The marks a learner ends a sentence or a clause with, kept in the repaired answer. */
    private static final String MARKS = ".?!,";

    /**
     * The sentence mark or comma the learner typed after each word (empty where none), found by the marks' positions
     * among the typed letters, which spacing notes do not change: the repaired answer keeps them (a repaired word keeps
     * the mark of the word it replaces). Without marks the repaired answer would run the learner's sentences together,
     * and a check that reads sentences would read the last word of one as a noun before the next (이태원에 가요? 몇
     * 정거장 남았어요? read as 가요 몇 정거장: the noun 가요 'song' before a count of stops). No marks at all when the
     * typed letters are not the words' letters, or nothing was typed.
     *
     * @param words   the answer's words, before any word is repaired
     * @param asTyped the answer as typed, or null
     * @return one entry per word
     */
    static List<String> marksAfter(List<String> words, String asTyped) {
        List<String> none = java.util.Collections.nCopies(words.size(), "");
        if (asTyped == null) {
            return none;
        }
        java.util.Map<Integer, String> marks = new java.util.HashMap<>();
        StringBuilder letters = new StringBuilder();
        for (char ch : asTyped.toCharArray()) {
            if (MARKS.indexOf(ch) >= 0) {
                marks.merge(letters.length(), String.valueOf(ch), String::concat);
            } else if (!Character.isWhitespace(ch)) {
                letters.append(ch);
            }
        }
        if (marks.isEmpty() || !letters.toString().equals(String.join("", words))) {
            return none;
        }
        List<String> out = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            at += w.length();
            out.add(marks.getOrDefault(at, ""));
        }
        return out;
    }

    /**
     * Whether the error is a number the task gives, left out ({@code incomplete/missing_number}, or a missing word
     * with digits: 3일 동안, 302호로), a whole sentence after the learner's last, or the cause N 때문에 the task gives
     * (session 29). Other words a gap leaves out (진료, 너무, 이번 주) are often ones the writers let pass beside a slip,
     * so they are not reported from the repaired answer.
     */
    private static boolean numberLeftOut(EvaluationError e) {
        if (e.category() != ErrorCategory.INCOMPLETE || !GAPS.contains(e.subtype())) {
            return false;
        }
        String o = e.original() == null ? "" : e.original().strip();
        String c = e.correction() == null ? "" : e.correction().strip();
        String added = c.startsWith(o) ? c.substring(o.length()) : c.endsWith(o) ? c.substring(0, c.length() - o.length()) : c;
        // a whole sentence the task asks for, left out after the learner's last (있어요? → 있어요? 얼마예요?): a part of the
        // message, not a word the writers let pass (session 26, s26d)
        // the cause the task gives, N 때문에, left out (미안헤, 파티에 못 가 → 일 때문에 파티에): the reason is what the task
        // asks the learner to say (표준국어대사전 '때문' 「의존 명사」; session 29, s29e)
        return MissingNumbers.SUBTYPE.equals(e.subtype()) || MissingNumbers.numberGap(added)
                || REASON_GAP.matcher(added.strip()).matches()
                || c.startsWith(o) && SENTENCE_GAP.matcher(o.matches(".*[.?!]") ? "." + added : added).matches();
    }

    /**
     * The -(으)ㄹ modifier before 수 misformed (보내을 수 → 보낼 수, {@code ending/l_modifier}): a slip of the word's
     * form that says nothing else (Yeon &amp; Brown 2019, -(으)ㄹ 수 있다), repaired as the others are (session 26).
     */
    private static boolean modifierBeforeSu(EvaluationError e) {
        return "ending/l_modifier".equals(e.subtype());
    }

    /** Whether the error is a slip of form, repaired without changing what is said. */
    private static boolean form(EvaluationError e) {
        return FORM.contains(e.category())
                || e.category() == ErrorCategory.VOCABULARY && e.subtype() != null && e.subtype().startsWith("counter/");
    }

    /**
     * The slip on words the learner wrote as they are (a gap after a repaired word goes on the word after it), or
     * null when its words are not the learner's.
     */
    private static Finding onLearnersWords(EvaluationError slip, List<String> words, boolean[] repaired) {
        String o = slip.original() == null ? "" : slip.original().strip();
        String c = slip.correction() == null ? "" : slip.correction().strip();
        if (o.isEmpty()) {
            return null;
        }
        // (the repaired answer keeps the learner's marks: a span read on it may end in one, 좋아요.)
        List<String> span = java.util.Arrays.stream(o.split(" ")).map(w -> w.replaceAll("[.?!,]+$", "")).toList();
        int at = java.util.Collections.indexOfSubList(words, span);
        if (at < 0) {
            return null;
        }
        boolean own = true;
        for (int i = at; i < at + span.size(); i++) {
            own &= !repaired[i];
        }
        if (own) {
            return new Finding(slip.category(), o, c, slip.subtype());
        }
        if (slip.category() != ErrorCategory.INCOMPLETE || span.size() != 1 || !c.startsWith(o + " ")
                || at + 1 >= words.size() || repaired[at + 1]) {
            return null;
        }
        String next = words.get(at + 1);
        return new Finding(slip.category(), next, c.substring(o.length() + 1) + " " + next, slip.subtype());
    }
}
