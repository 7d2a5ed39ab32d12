package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which error is named, and on which words, where an answer fails for a real error but another error, an extra one or
 * a span across two sentences was shown (session 25, s25c). Each method reads one shape; none makes an answer fail or
 * pass on its own, except {@link #priceUnit}, which reads a correctly left-out particle as no error.
 */
final class NamedErrors {

    private NamedErrors() {
    }

    /**
     * Whether a speech-level finding on the learner's plain copula -(이)야 (얼마야 → 얼마예요, 학생이야 → 학생이에요)
     * outweighs the comparison's {@code ending/copula} finding with the same words and correction: the word is the
     * well-formed 해체 copula, and what is wrong is its level in a polite or formal activity (Sohn 1999, speech levels:
     * 해요체 = 해체 + 요; 표준국어대사전 '-야'⁴ (해체 종결 어미 after 이다)). The -아/어야 of a verb (가야) is no copula.
     * The gold of every development set names this error honorific (36 of 36 spans).
     *
     * @param level    the speech-level finding on the learner's word
     * @param compared the comparison's finding
     */
    static boolean plainCopula(Finding level, Finding compared) {
        String o = level.original();
        return "honorific/speech_level".equals(level.subtype()) && "ending/copula".equals(compared.subtype())
                && o.equals(compared.original()) && level.correction().equals(compared.correction())
                && o.endsWith("야") && !o.endsWith("어야") && !o.endsWith("아야") && !o.contains(" ");
    }

    /**
     * The unit of a price without 에 before 얼마 (사과 한 바구니 얼마예요? for 한 바구니에 얼마예요?): 에 of the unit a price
     * is given for ('에' ⑪ 단위, 한 개에 천 원; 표준국어대사전) drops in speech like the other adverbial 에 of a short
     * question (Lee &amp; Ramsey 2000, particle ellipsis). A {@code particle_missing} finding of that 에, on a word
     * counted by a numeral (한 바구니, 두 개, 한바구니) right before a form of 얼마, is no error: where the learner's
     * spacing differs from the accepted words, it is the spacing note it then is (한바구니 → 한 바구니); empty otherwise.
     * Any other finding is returned as it is.
     *
     * @param f      a finding of the comparison
     * @param answer the learner's normalised answer
     */
    static Optional<Finding> priceUnit(Finding f, String answer) {
        if (f.category() != ErrorCategory.PARTICLE_MISSING || f.original() == null || f.correction() == null) {
            return Optional.of(f);
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.isEmpty() || !c.endsWith("에") || !AnswerText.unspaced(c).equals(AnswerText.unspaced(o) + "에")) {
            return Optional.of(f);
        }
        List<String> words = List.of(answer.split(" "));
        String[] ow = o.split(" ");
        int at = indexOf(words, ow);
        if (at < 0 || at + ow.length >= words.size() || !words.get(at + ow.length).startsWith("얼마")) {
            return Optional.of(f);
        }
        String first = ow[0];
        boolean counted = ow.length > 1 && Numerals.number(first) != null
                || at > 0 && Numerals.number(words.get(at - 1)) != null
                || first.length() > 1 && Numerals.number(first.substring(0, 1)) != null
                        && Numerals.nativeNumber(first.substring(0, 1)) != null;
        if (!counted) {
            return Optional.of(f);
        }
        String spaced = c.substring(0, c.length() - 1).strip();
        return spaced.equals(o) ? Optional.empty()
                : Optional.of(new Finding(ErrorCategory.SPACING, o, spaced, "spacing/counter"));
    }

    /**
     * The span of a finding inside one sentence of the answer as typed (부디입니다. 예약했어. → 예약했어 → 예약했습니다, not
     * 부디입니다 예약했어 → 예약했습니다): a slip of form, level or tense is in the words of one sentence, and the span
     * convention is the smallest whole words that hold the error (docs/blind-brief.md, "Span convention"; 한글 맞춤법
     * 부록 문장 부호: a full stop, question or exclamation mark ends a sentence). Where the learner's words of the span
     * lie in two sentences, the words before the last sentence mark are dropped, and the correction too where it opens
     * with them. A finding of a part left out or of word order, a span whose words are not found in order, or a
     * correction that would be left empty is returned as it is.
     *
     * @param f       a finding as it will be reported
     * @param asTyped the answer as typed, with its sentence marks
     */
    static Finding withinSentence(Finding f, String asTyped) {
        if (f.category() == ErrorCategory.INCOMPLETE || f.category() == ErrorCategory.WORD_ORDER
                || f.original() == null || f.correction() == null || !f.original().strip().contains(" ")) {
            return f;
        }
        String[] ow = f.original().strip().split(" ");
        String[] typed = asTyped.strip().split("\\s+");
        int from = 0;
        int cut = -1;
        int previous = -1;
        for (int k = 0; k < ow.length; k++) {
            int found = -1;
            for (int j = from; j < typed.length; j++) {
                if (bare(typed[j]).equals(ow[k])) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return f;
            }
            if (k > 0) {
                for (int j = previous; j < found; j++) {
                    if (sentenceEnd(typed[j])) {
                        cut = k;
                    }
                }
            }
            previous = found;
            from = found + 1;
        }
        if (cut < 0) {
            return f;
        }
        String dropped = String.join(" ", java.util.Arrays.copyOfRange(ow, 0, cut));
        String kept = String.join(" ", java.util.Arrays.copyOfRange(ow, cut, ow.length));
        String c = f.correction().strip();
        String correction = c.startsWith(dropped + " ") ? c.substring(dropped.length() + 1) : c;
        if (correction.isBlank() || correction.equals(c) && java.util.Arrays.stream(ow, 0, cut)
                .anyMatch(w -> (" " + c + " ").contains(" " + w + " "))) {
            return f; // 뵙겠습니다 안녕히 가세요 → 뵙겠습니다: the correction keeps the first sentence's word
        }
        return new Finding(f.category(), kept, correction, f.subtype());
    }

    private static boolean sentenceEnd(String typedWord) {
        String w = typedWord;
        while (!w.isEmpty() && Hangul.CLOSERS.indexOf(w.charAt(w.length() - 1)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        return w.endsWith(".") || w.endsWith("?") || w.endsWith("!") || w.endsWith("…");
    }

    private static String bare(String typedWord) {
        String w = java.text.Normalizer.normalize(typedWord, java.text.Normalizer.Form.NFC);
        int end = w.length();
        while (end > 0 && !Character.isLetterOrDigit(w.charAt(end - 1))) {
            end--;
        }
        return w.substring(0, end);
    }

    /**
     * The purpose ending -(으)러 written -(으)로 before 가다 or 오다 (받으로 왔습니다 → 받으러, 사로 가요 → 사러) is a wrong
     * ending, not a misspelled word: -(으)러 is the connective of purpose before a verb of motion, and 로 is another
     * morpheme (Yeon &amp; Brown 2019, -(으)러 가다/오다; 표준국어대사전 '-으러'). A spelling or ending finding of exactly
     * that change is named {@code ending/purpose}, the subtype {@link IntentEndings} gives 연장하기 왔습니다; any other
     * finding is returned as it is. The gold of the development sets names it ending (6 of 7 spans).
     *
     * @param f      a finding as it will be reported
     * @param answer the learner's normalised answer
     */
    static Finding purposeEnding(Finding f, String answer) {
        if (f.category() != ErrorCategory.SPELLING && f.category() != ErrorCategory.ENDING || f.original() == null
                || f.correction() == null) {
            return f;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.contains(" ") || o.length() < 2 || !o.endsWith("로") || !c.equals(o.substring(0, o.length() - 1) + "러")) {
            return f;
        }
        List<String> words = List.of(answer.split(" "));
        int at = words.indexOf(o);
        if (at < 0 || at + 1 >= words.size()) {
            return f;
        }
        // the verb of motion may follow a place (사러 시장에 가요)
        boolean motion = SentenceCheck.goOrCome(words.get(at + 1))
                || at + 2 < words.size() && SentenceCheck.goOrCome(words.get(at + 2));
        return motion ? new Finding(ErrorCategory.ENDING, o, c, "ending/purpose") : f;
    }

    /**
     * Two errors shown on one word of the answer where one explains the other (session 25, s25c), without the one
     * that is an echo:
     * <ul>
     * <li>an error whose words are not the learner's (너야, where the learner wrote 너어야) beside an error on the
     * learner's word with the same correction (너어야 → 넣어야): the alignment's reading of a repaired word, not a second
     * error;</li>
     * <li>a spelling error on a word that another error corrects into words holding the spelling's correction (갔습니다 →
     * 같습니다 beside the tense 갔습니다 → 갈 것 같습니다): the learner's word is a word of its own (the past of 가다), and
     * the same-sounding word is part of the other correction, so it is one error, named by the other finding.</li>
     * </ul>
     *
     * @param errors the errors as they will be shown, in order
     * @param answer the learner's normalised answer
     * @return the errors without the echoes
     */
    static List<EvaluationError> withoutEchoes(List<EvaluationError> errors, String answer) {
        List<EvaluationError> out = new ArrayList<>();
        String spaced = " " + answer + " ";
        for (EvaluationError e : errors) {
            if (e.category() == ErrorCategory.SPACING && spacingOfRepair(e, errors, spaced)) {
                continue;
            }
            if (e.category() == ErrorCategory.SPACING || e.category() == ErrorCategory.INCOMPLETE
                    || e.original() == null || e.correction() == null || e.original().isBlank()) {
                out.add(e);
                continue;
            }
            boolean own = spaced.contains(" " + e.original().strip() + " ");
            if (!own && fragmentOfOwnWords(e.original().strip(), e.correction().strip(), spaced)
                    && errors.stream().anyMatch(x -> x != e && x.category() != ErrorCategory.SPACING)) {
                continue; // 먼 → 먼저 where the learner wrote 먼저: the alignment cut the learner's word
            }
            boolean echo = errors.stream().anyMatch(x -> x != e && x.original() != null && x.correction() != null
                    && x.category() != ErrorCategory.SPACING && x.category() != ErrorCategory.INCOMPLETE
                    && (!own && x.correction().strip().equals(e.correction().strip())
                            && spaced.contains(" " + x.original().strip() + " ")
                            && AnswerText.unspaced(x.original()).length() > AnswerText.unspaced(e.original()).length()
                    || e.category() == ErrorCategory.SPELLING && x.category() != ErrorCategory.SPELLING
                            && x.original().strip().equals(e.original().strip())
                            && !x.correction().strip().equals(e.correction().strip())
                            && (" " + x.correction().strip() + " ").contains(" " + e.correction().strip() + " ")));
            if (!echo) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Whether {@code o} is part of the learner's own words that are {@code c} itself (먼 of 먼저 → 먼저, 장해 주세요 of
     * 포장해 주세요 → 포장해 주세요): the correction changes nothing the learner wrote.
     */
    private static boolean fragmentOfOwnWords(String o, String c, String spaced) {
        return c.length() > o.length() && c.contains(o) && spaced.contains(" " + c + " ");
    }

    /**
     * A span that opens with the end of a learner's word (저 가세요 where the learner wrote 먼저 가세요) on whole words
     * only: the cut-off part is dropped (가세요 → 가 보겠습니다), the convention being whole words of the answer
     * (docs/blind-brief.md, "Span convention"). Any other finding is returned as it is.
     *
     * @param f      a finding as it will be reported
     * @param answer the learner's normalised answer
     */
    static Finding wholeWords(Finding f, String answer) {
        if (f.original() == null || f.correction() == null || !f.original().strip().contains(" ")
                || f.category() == ErrorCategory.INCOMPLETE) {
            return f;
        }
        String o = f.original().strip();
        String spaced = " " + answer + " ";
        if (spaced.contains(" " + o + " ") || fragmentOfOwnWords(o, f.correction().strip(), spaced)) {
            return f; // whole words already, or the learner's own words as the correction (left to withoutEchoes)
        }
        String first = o.substring(0, o.indexOf(' '));
        String rest = o.substring(o.indexOf(' ') + 1);
        List<String> words = List.of(answer.split(" "));
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i);
            if (w.length() > first.length() && w.endsWith(first)
                    && (String.join(" ", words.subList(i + 1, words.size())) + " ").startsWith(rest + " ")) {
                return new Finding(f.category(), rest, f.correction(), f.subtype());
            }
        }
        return f;
    }

    /**
     * Whether a spacing note quotes words the learner did not write, one of them another error's correction (돕아 주세요
     * → 도와 → the note 도와 주세요 → 도와주세요; 할인 되요 → 돼요 → the note 할인 돼요 → 할인돼요): the note is on the
     * repaired answer, not on the learner's words, and an auxiliary after -아/어 may be written apart anyway (한글 맞춤법
     * 제47항), so the learner is shown the error itself only.
     */
    private static boolean spacingOfRepair(EvaluationError e, List<EvaluationError> errors, String spaced) {
        if (e.original() == null || e.original().isBlank() || spaced.contains(" " + e.original().strip() + " ")) {
            return false;
        }
        List<String> words = List.of(e.original().strip().split(" "));
        return errors.stream().anyMatch(x -> x != e && x.category() != ErrorCategory.SPACING && x.correction() != null
                && x.original() != null && !x.original().isBlank()
                && spaced.contains(" " + x.original().strip() + " ")
                && List.of(x.correction().strip().split(" ")).stream().anyMatch(words::contains));
    }

    /**
     * The object particle 를 written out where the accepted answer contracts it (뭐를 for 뭘, 나를 for 날, 이거를 for
     * 이걸): one word, the noun and its particle written as pronounced or in full (한글 맞춤법 제33항), not another word.
     */
    static boolean contractedObject(String o, String c) {
        return fullAndContracted(o, c) || fullAndContracted(c, o);
    }

    private static boolean fullAndContracted(String full, String contracted) {
        if (full.length() < 2 || !full.endsWith("를") || contracted.length() != full.length() - 1) {
            return false;
        }
        String bare = full.substring(0, full.length() - 1);
        char last = bare.charAt(bare.length() - 1);
        return Hangul.isSyllable(last) && !Hangul.hasFinal(last)
                && contracted.equals(bare.substring(0, bare.length() - 1) + Hangul.withRieulFinal(last));
    }

    /**
     * The reason connective -아/어서 where the accepted answer ends the reason as a sentence of its own with -아/어서요
     * (이가 아파서 내일 … 예약하고 싶어요 for 이가 아파서요. 내일 …): the learner joins the two sentences with the
     * connective the accepted one ends with, the ordinary way of giving a reason before what follows (Yeon &amp; Brown
     * 2019, -아/어서 and the sentence-final -아/어서요). Only where the learner's sentence goes on after the word.
     *
     * @param o      the learner's word
     * @param c      the correction
     * @param answer the learner's normalised answer
     */
    static boolean reasonJoined(String o, String c, String answer) {
        if (o.contains(" ") || !o.endsWith("서") || o.length() < 2 || !c.equals(o + "요")) {
            return false;
        }
        List<String> words = List.of(answer.split(" "));
        int at = words.indexOf(o);
        return at >= 0 && at == words.lastIndexOf(o) && at + 1 < words.size();
    }

    /** The first syllables of the auxiliaries that take the -아/어 form before them (주다, 드리다, 보다). */
    private static final List<String> AUXILIARY_STARTS = List.of("주", "줘", "줄", "줍", "드리", "드려", "드릴", "드립",
            "봐", "보");

    /**
     * The stem of a verb in 이 (or another ㅣ syllable: 줄이다, 기다리다, 마시다) written bare before an auxiliary that
     * takes the -아/어 form (줄이 주세요 → 줄여, 기다리 주세요 → 기다려): the infinitive -어 is left out, which with a stem in
     * ㅣ contracts to ㅕ (Yeon &amp; Brown 2019, the -아/어 form and -아/어 주다; 한글 맞춤법 제36항: ㅣ + -어 → ㅕ). It is
     * a wrong ending ({@code ending/infinitive}, as 깎으 주세요), not a misspelled word, and not the noun 줄 with the
     * subject particle 이 before the verb 주다, which {@link ParticleFrames} would otherwise read it as. Returns
     * whether {@code word} is that stem: the next word is such an auxiliary and the contracted form is a word of an
     * accepted answer before the same auxiliary.
     *
     * @param word     the learner's word
     * @param next     the word after it in the answer
     * @param accepted the accepted answers, normalised
     */
    static boolean bareStemBeforeAuxiliary(String word, String next, List<String> accepted) {
        String contracted = contracted(word);
        if (contracted == null || AUXILIARY_STARTS.stream().noneMatch(next::startsWith)) {
            return false;
        }
        return accepted.stream().anyMatch(a -> {
            List<String> aw = List.of(a.split(" "));
            for (int i = 0; i + 1 < aw.size(); i++) {
                if (aw.get(i).equals(contracted) && AUXILIARY_STARTS.stream().anyMatch(aw.get(i + 1)::startsWith)) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * The -어 form of a stem ending in ㅣ without a final consonant, contracted to ㅕ (줄이 → 줄여, 기다리 → 기다려;
     * {@link SpeechLevels#infinitive}); null for any other word.
     */
    private static String contracted(String word) {
        char last = word.isEmpty() ? 0 : word.charAt(word.length() - 1);
        if (word.length() < 2 || !Hangul.isSyllable(last) || Hangul.hasFinal(last)
                || Hangul.medialIndex(last) != Hangul.Medial.I) {
            return null;
        }
        return SpeechLevels.infinitive(word);
    }

    private static int indexOf(List<String> words, String[] part) {
        for (int i = 0; i + part.length <= words.size(); i++) {
            boolean same = true;
            for (int k = 0; k < part.length && same; k++) {
                same = words.get(i + k).equals(part[k]);
            }
            if (same) {
                return i;
            }
        }
        return -1;
    }
}
