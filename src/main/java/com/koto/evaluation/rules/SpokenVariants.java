package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Precision classes of the unsealed sets AE and AE3 (session 20, helper s20a): correct everyday Korean that the
 * comparison with one accepted answer reads as a slip. Each finding of a class is an alignment artefact, never
 * decisive ({@link #artefact}, one filter in {@code RuleEvaluator.judged}; {@link #leftOutAsGiven} also on the
 * omissions the same method finds).
 * <ul>
 * <li><b>the occasion of a congratulation left out</b> (축하드립니다! for 결혼 축하드립니다): 축하하다 takes what is
 * celebrated as its object (표준국어대사전 '축하하다' 「…을」), and where the scene gives it (a wedding, a birthday) the
 * bare 축하합니다/축하드립니다/축하해 is the complete greeting (국립국어원 『표준 언어 예절』 2011, 축하 인사; Sohn 1999
 * §8.7, ellipsis of what the situation gives); so is the congratulation without its adverb 진심으로 'sincerely'. Read
 * only where the missing words stand in the accepted answer right before a form of 축하 (or before an adverb in -으로
 * and it) and the learner's answer has that form; a missing 축하 itself (결혼 드립니다) keeps its finding.</li>
 * <li><b>-아/어야 되다/하다 and -(으)면 되다 asking what to do</b> (무엇을 넣어야 돼요? for 뭐 넣으면 돼요?): -아/어야
 * 되다 (= -아/어야 하다) states what is necessary and -(으)면 되다 what suffices (Yeon &amp; Brown 2019, -아/어야
 * 되다/하다 'have to', -(으)면 되다 'all one has to do is'; 표준국어대사전 '-어야' 「1」, '되다'¹ 「21」); asked about the
 * next step (뭘 넣어야 돼요?, 뭘 넣으면 돼요?) both ask what to do. Read only on one verb of the same stem with a form of
 * 되다 or 하다 right after each and no negation (넣으면 안 돼요 'must not' keeps its finding), in a question (a question word in the answer).</li>
 * <li><b>어떤/무슨 + a noun for 뭐/무엇</b> (어떤 재료를 넣으면 될까요? for 뭘 넣어야 해요?): 어떤 and 무슨 are
 * determiners that ask what a thing is (표준국어대사전 '어떤' 「관형사」 「1」: 사람이나 사물의 특성, 내용, 상태, 성격이
 * 무엇인지 물을 때 쓰는 말; '무슨' 「1」), so 어떤 N asks what 뭐 asks with the kind of thing named (Yeon &amp; Brown
 * 2019, question words). Read only where the learner's noun follows 어떤/무슨/어느 and the accepted word is 뭐, 뭘,
 * 무엇, 뭐를 or 무엇을; the noun without the determiner (재료를 넣으면 될까요?) states, it asks nothing, and keeps its
 * finding.</li>
 * <li><b>a demonstrative naming the item at hand</b> (이 운동화 for 이 구두를, where another accepted answer says 이
 * 신발을): 이/그/저 point at a thing the speaker and listener see (Sohn 1999 §5.5, demonstratives; 표준국어대사전 '이'⁶
 * 「관형사」 「1」), so the noun after it only describes that thing; where the accepted answers name the pointed item
 * with the general word (신발) and one member of it (구두), the learner's other member of the same general word
 * (운동화, {@link Contrasts#generalWord}) names the same item. Not read without the demonstrative (운동화를 for
 * 구두를), nor where no accepted answer has the general word (이 운동화 for 이 구두, the only accepted item), nor for
 * a member of another general word (이 바지 for 이 신발).</li>
 * </ul>
 */
final class SpokenVariants {

    /** A form of 축하하다 or 축하드리다 as typed (축하해, 축하합니다, 축하드려요, 축하드립니다 …). */
    private static final Pattern CONGRATULATE = Pattern.compile("축하\\S*");

    /** A form of 되다 or 하다 after -아/어야 or -(으)면 (돼요, 되나요, 될까요, 됩니까, 해요, 합니까 …). */
    private static final Pattern DO_OR_SUFFICE = Pattern.compile("(돼|되|될|됩|됐|해|하|할|합)\\S*");

    /** One or more white-space characters, between typed words. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** Sentence marks and commas. */
    private static final Pattern MARKS = Pattern.compile("[?.!,]");

    /** 뭐 and 무엇 with or without their object or subject particle (뭐, 뭘, 뭐를, 무엇을, 뭐가, 무엇이). */
    private static final Pattern WHAT = Pattern.compile("(뭐|뭘|뭐를|뭐가|무엇|무엇을|무엇이)");

    /** Determiners that ask what kind (표준국어대사전 '어떤', '무슨', '어느'). */
    private static final java.util.Set<String> ASKING_DETERMINERS = java.util.Set.of("어떤", "무슨", "어느");

    /** The demonstrative determiners (표준국어대사전 '이', '그', '저' 「관형사」). */
    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("이", "그", "저");

    private SpokenVariants() {
    }

    /**
     * Whether the finding belongs to one of the classes above.
     *
     * @param f           a finding of the comparison
     * @param answer      the learner's normalised answer
     * @param allAccepted all the activity's normalised accepted answers
     */
    static boolean artefact(Finding f, String answer, List<String> allAccepted) {
        String o = f.original() == null ? "" : f.original().strip();
        String c = f.correction() == null ? "" : f.correction().strip();
        return f.category() == ErrorCategory.INCOMPLETE && leftOutAsGiven(f, answer, allAccepted)
                || f.category() == ErrorCategory.ENDING && nextStepAsked(o, c, answer, allAccepted)
                || f.category() == ErrorCategory.VOCABULARY && (kindAsked(o, c, answer)
                        || "vocabulary/other_item".equals(Subtypes.of(f)) && itemPointedAt(o, c, answer, allAccepted));
    }

    /** 운동화 → 구두를 where the answer says 이 운동화 and an accepted answer 이 신발을, 신발 naming both. */
    static boolean itemPointedAt(String o, String c, String answer, List<String> allAccepted) {
        if (o.contains(" ") || c.contains(" ") || !afterDemonstrative(o, answer)) {
            return false;
        }
        for (String a : allAccepted) {
            String[] words = WHITE_SPACE.split(a);
            for (int i = 1; i < words.length; i++) {
                if (DEMONSTRATIVES.contains(words[i - 1]) && Contrasts.generalWord(words[i], o)
                        && Contrasts.generalWord(words[i], c)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the word stands right after 이, 그 or 저 in the text. */
    private static boolean afterDemonstrative(String word, String text) {
        String[] words = WHITE_SPACE.split(text);
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals(word) && DEMONSTRATIVES.contains(words[i - 1])) {
                return true;
            }
        }
        return false;
    }

    /** 재료를 → 뭘 where the answer says 어떤 재료를: the noun after a question determiner for the question pronoun. */
    static boolean kindAsked(String o, String c, String answer) {
        if (o.contains(" ") || c.contains(" ") || !WHAT.matcher(c).matches()) {
            return false;
        }
        String[] words = WHITE_SPACE.split(answer);
        for (int i = 1; i < words.length; i++) {
            // the finding on the noun (재료를 → 뭘) or on the determiner before it (무슨 → 뭐)
            if (words[i].equals(o) && ASKING_DETERMINERS.contains(words[i - 1]) && noun(o)
                    || words[i - 1].equals(o) && ASKING_DETERMINERS.contains(o) && noun(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is a common or proper noun, with or without its particle. */
    private static boolean noun(String word) {
        List<Morphology.Word> read = Morphology.analyse(ArgumentCheck.stemAndParticle(word)[0]);
        return !read.isEmpty() && read.stream().allMatch(w -> !w.verbal() && w.startsWith("NNG", "NNP"));
    }

    /**
     * 넣어야 (돼요?) for 넣으면 (돼요?), or the reverse: one verb with -아/어야 and -(으)면, each followed by a form of
     * 되다/하다 in its own sentence, which asks.
     */
    static boolean nextStepAsked(String o, String c, String answer, List<String> allAccepted) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || !questionWordIn(answer)) {
            return false;
        }
        if (!needAndSuffice(o, c) && !needAndSuffice(c, o)) {
            return false;
        }
        return followedByDoOrSuffice(o, answer) && allAccepted.stream().anyMatch(a -> followedByDoOrSuffice(c, a));
    }

    /** Whether the typed text has a question word (뭐, 무엇, 어떻게 …) as the asked thing. */
    private static boolean questionWordIn(String text) {
        return List.of(text.split(" ")).stream().anyMatch(Certainty::questionWord);
    }

    /**
     * Whether the two words are one verb with -아/어야 and -(으)면 (넣어야 / 넣으면, 해야 / 하면, 가야 / 가면), compared as
     * written: Nori misreads them alone (가야 as 갈다, 해야 as a noun). Regular stems only ({@link SpeechLevels#infinitive}).
     */
    private static boolean needAndSuffice(String need, String suffice) {
        if (!need.endsWith("야") || !suffice.endsWith("면") || suffice.length() < 2) {
            return false;
        }
        String stem = suffice.endsWith("으면") && suffice.length() > 2 ? suffice.substring(0, suffice.length() - 2)
                : suffice.substring(0, suffice.length() - 1);
        if (!Hangul.isSyllable(stem.charAt(stem.length() - 1))) {
            return false;
        }
        String infinitive = SpeechLevels.infinitive(stem);
        char last = stem.charAt(stem.length() - 1);
        if (infinitive == null && suffice.endsWith("으면") && Hangul.hasFinal(last)) {
            // a stem written with its final before -으면 (넣으면, 놓으면) conjugates as written: irregular stems change
            // before 으 (들으면, 나으면, 더우면), so the regular -아/어 form is the right one
            int v = Hangul.medialIndex(last);
            infinitive = stem + (v == Hangul.Medial.A || v == Hangul.Medial.O ? "아" : "어");
        }
        return infinitive != null && need.equals(infinitive + "야");
    }

    /** Whether {@code word} stands in {@code text} right before a form of 되다 or 하다. */
    private static boolean followedByDoOrSuffice(String word, String text) {
        String[] words = WHITE_SPACE.split(MARKS.matcher(text).replaceAll(" ").strip());
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(word) && DO_OR_SUFFICE.matcher(words[i + 1]).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an {@code incomplete/missing_word} omission is only what the scene gives: the occasion before a
     * congratulation.
     *
     * @param f        the omission finding (neighbour → neighbour + missing, or missing + neighbour)
     * @param answer   the learner's normalised answer
     * @param accepted the normalised accepted answers it may have been found against
     */
    static boolean leftOutAsGiven(Finding f, String answer, List<String> accepted) {
        String missing = Certainty.missingWords(f);
        return missing != null && occasionLeftOut(missing, answer, accepted);
    }

    /** 결혼 (을) left out before 축하드립니다 where the answer congratulates too. */
    private static boolean occasionLeftOut(String missing, String answer, List<String> accepted) {
        if (List.of(answer.split(" ")).stream().noneMatch(w -> CONGRATULATE.matcher(w).matches())
                || CONGRATULATE.matcher(missing).find()) {
            return false;
        }
        for (String a : accepted) {
            String[] words = a.split(" ");
            String[] gap = missing.split(" ");
            for (int i = 0; i + gap.length < words.length; i++) {
                if (!String.join(" ", List.of(words).subList(i, i + gap.length)).equals(missing)) {
                    continue;
                }
                int next = i + gap.length;
                // the congratulation right after the gap, or after one adverb (결혼을 진심으로 축하드립니다)
                if (CONGRATULATE.matcher(words[next]).matches() || next + 1 < words.length
                        && CONGRATULATE.matcher(words[next + 1]).matches() && words[next].endsWith("으로")) {
                    return true;
                }
            }
        }
        return false;
    }
}
