package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Session 14 (helper eval24a): shapes of spoken Korean that the comparison with an accepted answer misreads
 * as errors, found as false alarms of the particle probe. Each method answers whether a finding is an
 * artefact ({@link Evidence#artefact}); none is decisive alone.
 */
final class SpokenShapes {

    /** The point after each sentence-final mark. */
    private static final Pattern AFTER_SENTENCE_MARK = Pattern.compile("(?<=[.?!])");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SpokenShapes() {
    }

    /**
     * A speech-level finding on a word in -(으)ㄴ/는데 that the learner continues in the same sentence
     * (공부하는데, 주말에는 집에서만 해요): Nori reads the connective -는데 as the modifier -는 + the bound noun
     * 데, but a bound noun is written apart (한글 맞춤법 제42항), so 데 joined to the verb is the connective
     * ending, which carries no speech level (표준국어대사전 '-는데' 「어미」 ①; Yeon &amp; Brown 2019, clause
     * connectives). The word must be followed by a comma or by a further word of its sentence in the typed
     * answer: a sentence that ends in plain -는데 (공부하는데.) keeps its finding.
     *
     * @param o       the finding's span (its last word is checked)
     * @param asTyped the answer as typed (commas and sentence marks kept), or null
     */
    static boolean continuedConnective(String o, String asTyped) {
        if (o.isEmpty() || asTyped == null) {
            return false;
        }
        String word = o.substring(o.lastIndexOf(' ') + 1);
        if (!word.endsWith("데") || word.length() < 2) {
            return false;
        }
        char before = word.charAt(word.length() - 2);
        if (before != '는' && before != '은' && !Hangul.hasFinal(before)) {
            return false;
        }
        return Pattern.compile("(^|\\s)" + Pattern.quote(word) + "(\\s*,|\\s+[가-힣])").matcher(asTyped).find();
    }

    /**
     * A spelling finding whose only difference is the ending after one infinitive (-아/어): 해요체 -아/어요 in
     * a question for the -아/어야 of the accepted obligation frame (몇 번 출구로 나가요? for 나가야 돼요?). Asking
     * the way in the plain present is the ordinary question (어디서 내려요?, 몇 번 버스 타요?); -아/어야 되다 is
     * one way to ask it, not the only one (Yeon &amp; Brown 2019, on -아/어야 되다 and the present for general
     * questions; 표준국어대사전 '-어야'). Only where the learner's word ends a question.
     */
    static boolean plainQuestionForObligation(String o, String c, String asTyped) {
        if (asTyped == null || o.contains(" ") || !o.endsWith("요") || o.length() < 2 || !c.endsWith("야")) {
            return false;
        }
        String infinitive = o.substring(0, o.length() - 1);
        return c.equals(infinitive + "야") && asTyped.contains(o + "?");
    }

    /** Delimiters that may follow a place the particle 에 was dropped from. */
    private static final Set<String> DELIMITERS = Set.of("만", "도", "은", "는", "까지");

    /**
     * A place with a delimiter and no 에 before a verb of going (부산만 갈 수 있어 for 부산에만): the goal of
     * 가다/오다 is said without 에 in speech, and a delimiter after it keeps its own meaning (Lee &amp; Ramsey
     * 2000, particle ellipsis in speech; 표준국어대사전 '만' 「조사」, '가다' 「…에」), as a bare place before 가다
     * already passes (서울역 가 주세요). The delimiter must be the accepted one (부산도 for 부산에만 is another
     * finding).
     */
    static boolean goalWithoutE(String o, String c, String answer) {
        for (String d : DELIMITERS) {
            if (o.endsWith(d) && o.length() > d.length()) {
                String noun = o.substring(0, o.length() - d.length());
                String dd = d.equals("은") ? "는" : d;
                if (c.equals(noun + "에" + dd) && Evidence.beforeMotionVerb(o, answer)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A "another item" finding in an alternative question whose two items are both in the answer, in the
     * other order (버스 타는 게 나아요, 지하철 타는 게 나아요? for 지하철을 타야 돼요, 버스를 타야 돼요?): a choice
     * question asks the same whatever the order of its alternatives (국립국어원 한국어 문법 1, 선택 의문문; Sohn
     * 1999 §8.3). The typed sentence must end in a question mark and offer the choice: 아니면/또는/혹은, or two
     * clauses that end in the same predicate (…나아요, …나아요?). 차 말고 커피 주세요 is no such sentence.
     */
    static boolean swappedAlternatives(String o, String c, String answer, String asTyped) {
        if (asTyped == null || o.isEmpty() || c.isEmpty()) {
            return false;
        }
        String mine = o.split(" ")[0];
        String theirs = noun(c.split(" ")[0]);
        if (theirs.isEmpty() || theirs.equals(noun(mine))) {
            return false;
        }
        for (String sentence : AFTER_SENTENCE_MARK.split(asTyped)) {
            String s = sentence.trim();
            if (!s.endsWith("?") || !containsWordStarting(s, noun(mine)) || !containsWordStarting(s, theirs)) {
                continue;
            }
            if (s.contains("아니면") || s.contains("또는") || s.contains("혹은")) {
                return true;
            }
            String[] parts = s.substring(0, s.length() - 1).split(",");
            if (parts.length >= 2) {
                // the last two clauses (a greeting may come before them: 저기요, …)
                String[] a = SPACES.split(parts[parts.length - 2].trim());
                String[] b = SPACES.split(parts[parts.length - 1].trim());
                if (a[a.length - 1].equals(b[b.length - 1])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsWordStarting(String sentence, String noun) {
        return !noun.isEmpty() && Pattern.compile("(^|\\s)" + Pattern.quote(noun)).matcher(sentence).find();
    }

    /** The word without a trailing case particle (지하철로 → 지하철, 버스를 → 버스). */
    private static String noun(String word) {
        for (String p : List.of("으로", "로", "을", "를", "이", "가", "은", "는", "에서", "에")) {
            if (word.endsWith(p) && word.length() > p.length() && KnownWords.noun(word.substring(0, word.length() - p.length()))) {
                return word.substring(0, word.length() - p.length());
            }
        }
        return word;
    }

    /** Case particles that give way to a delimiter (기침이도 → 기침도, 책을만 → 책만). */
    private static final List<String> GIVING_WAY = List.of("이", "가", "을", "를");
    /** Delimiters after which a case particle is dropped, or after which 에/에서 are compared. */
    private static final List<String> STACKED = List.of("까지", "도", "만", "은", "는");

    /**
     * A spelling or word finding that is a particle error on one noun, relabelled {@code particle_wrong}:
     * <ul>
     *   <li>{@code particle_wrong/double_particle}: 이/가 or 을/를 before 도, 만 or 은/는 (기침이도 → 기침도):
     *   the subject and object particles give way to these delimiters and never stack with them
     *   (국립국어원 한국어 문법 1, 조사의 결합; Sohn 1999 on delimiters; Yeon &amp; Brown 2019, 도 and 만);</li>
     *   <li>{@code particle_wrong/action_place_for_location} and its converse: 에서 for 에 (or 에 for 에서)
     *   before the same delimiter (부산에서만 → 부산에만), the pair the comparison reads apart only without
     *   the delimiter (표준국어대사전 '에', '에서').</li>
     * </ul>
     * Any other finding is returned unchanged.
     */
    static Finding particleNamed(Finding f, String o, String c) {
        if (!(f.category() == com.koto.evaluation.ErrorCategory.SPELLING
                || f.category() == com.koto.evaluation.ErrorCategory.VOCABULARY)
                || o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ")) {
            return f;
        }
        for (String d : STACKED) {
            if (!o.endsWith(d) || !c.endsWith(d)) {
                continue;
            }
            String a = o.substring(0, o.length() - d.length());
            String e = c.substring(0, c.length() - d.length());
            for (String x : GIVING_WAY) {
                if (a.equals(e + x) && !e.isEmpty() && KnownWords.noun(e) && !KnownWords.noun(a)) {
                    return new Finding(com.koto.evaluation.ErrorCategory.PARTICLE_WRONG, f.original(), f.correction(),
                            "particle_wrong/double_particle");
                }
            }
            if (a.endsWith("에서") && e.endsWith("에") && a.length() - 2 == e.length() - 1
                    && a.startsWith(e.substring(0, e.length() - 1)) && KnownWords.noun(e.substring(0, e.length() - 1))) {
                return new Finding(com.koto.evaluation.ErrorCategory.PARTICLE_WRONG, f.original(), f.correction(),
                        "particle_wrong/action_place_for_location");
            }
            if (e.endsWith("에서") && a.endsWith("에") && e.length() - 2 == a.length() - 1
                    && e.startsWith(a.substring(0, a.length() - 1)) && KnownWords.noun(a.substring(0, a.length() - 1))) {
                return new Finding(com.koto.evaluation.ErrorCategory.PARTICLE_WRONG, f.original(), f.correction(),
                        "particle_wrong/location_for_action_place");
            }
        }
        return f;
    }

    /**
     * Session 14 (helper eval25a). A {@code tense/future} finding on a statement in -(으)ㄹ래(요) read against
     * -(으)ㄹ게(요) of the same verb (아메리카노로 할래요. for 할게요): in a statement, -(으)ㄹ래(요) states the
     * speaker's own will or choice (한국어기초사전 '-을래': 말하는 사람의 의사를 나타냄; Yeon &amp; Brown 2019,
     * -(으)ㄹ래요 and -(으)ㄹ게요), as -(으)ㄹ게(요) states it as a promise; neither is a tense. Only where the learner
     * typed no question mark after the word: 할래요? asks the listener's will and keeps its finding.
     *
     * @param o       the learner's word in -ㄹ래(요)
     * @param c       the accepted word in -ㄹ게(요)
     * @param asTyped the answer as typed (sentence marks kept), or null
     */
    static boolean willForPromise(String o, String c, String asTyped) {
        if (asTyped == null || o.isEmpty() || o.contains(" ")) {
            return false;
        }
        String ending = o.endsWith("래요") ? "래요" : o.endsWith("래") ? "래" : null;
        if (ending == null || o.length() < ending.length() + 1) {
            return false;
        }
        String body = o.substring(0, o.length() - ending.length());
        if (!Hangul.hasRieulFinal(body.charAt(body.length() - 1))
                || !(c.equals(body + "게요") || c.equals(body + "게") || c.equals(body + "께요"))) {
            return false;
        }
        java.util.regex.Matcher m = Pattern.compile("(^|\\s)" + Pattern.quote(o) + "\\s*([.!~]|$)").matcher(asTyped.strip());
        return m.find();
    }

    /**
     * Session 14 (helper eval25a). An {@code incomplete/missing_word} finding whose "missing" word is the
     * correction of another finding of the same answer on a word the learner did write (먼저 도착하면 나를
     * 전화해 줘: 나를 → 나한테 and 도착하면 → 도착하면 나한테): the word is there in a wrong form, so the one error is
     * the other finding's, and nothing is left out (국립국어원 한국어 문법 1, 문장 성분: the argument is
     * present, its particle is wrong). The missing word must be the whole correction of the other finding, and
     * the other finding must have a learner span that is not that word.
     *
     * @param f        a finding of the comparison
     * @param findings the findings of the checks on the learner's own words ({@link SpeechLevels#merge})
     */
    static boolean missingWordCorrected(Finding f, List<Finding> findings) {
        // (also an omission "" → 주무셔 where 자 → 주무셔 was found: the word is there in a wrong form; session 16)
        String missing = f.category() == com.koto.evaluation.ErrorCategory.INCOMPLETE && f.subtype() == null
                && f.original() != null && f.original().isBlank() && f.correction() != null
                ? f.correction().strip() : Certainty.missingWords(f);
        if (missing == null || missing.contains(" ")) {
            return false;
        }
        return findings.stream().anyMatch(g -> g != f && g.category() != com.koto.evaluation.ErrorCategory.INCOMPLETE
                && g.original() != null && g.correction() != null && !g.original().isBlank()
                && g.correction().strip().equals(missing) && !g.original().strip().equals(missing));
    }
}
