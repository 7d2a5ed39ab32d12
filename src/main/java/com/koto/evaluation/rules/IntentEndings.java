package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Endings that state what the speaker means to do or asks for, built with the wrong piece, on the
 * learner's own words (session 13, helper eval21c). Category {@code ending}:
 * <ul>
 * <li>{@code ending/intention_frame}: -(으)려고 with 있다 for 하다 at the sentence end (가려고 있어요 → 해요).
 * Intention is -(으)려고 하다 (표준국어대사전 '-려고' 「2」: '-려고 하다' 구성으로 쓰여 의도; Yeon &amp; Brown,
 * <i>Korean: A Comprehensive Grammar</i> (2019), -(으)려고 하다 'intend to'); -(으)려고 있다 is no
 * construction. Only a sentence end (있어요, 있습니다, 있어, 있었어요 …), so 있는 힘을 다해 is left alone. Also
 * -(으)러 for -(으)려고 before a sentence-final 하다 (가러 해요 → 가려고; session 14, eval24e).</li>
 * <li>{@code ending/purpose}: the nominal -기 right before 가다/오다 at the sentence end (연장하기 왔습니다 →
 * 연장하러): the purpose of going or coming is -(으)러, which takes only 가다, 오다 and their compounds
 * (표준국어대사전 '-러': 가거나 오거나 하는 동작의 목적; Yeon &amp; Brown 2019, -(으)러 가다/오다); a bare -기
 * noun cannot stand before the verb without a particle or 위해. Also -고 for the accepted answer's -(으)러
 * of the same verb before the same 가다/오다 (영화 보고 갈래? → 보러, where an accepted answer says 보러
 * 갈래?): -고 가다 is well-formed, but it says another thing (to do it first, then leave); the purpose
 * reading is the task's only where the accepted answer has it on the same verb, so only then.
 * Stems in ㄷ, ㅂ, ㅅ (irregular or not) are left alone: their -(으)러 form is not read off the -기 form.</li>
 * <li>{@code ending/promise_for_request}: the promise -(으)ㄹ게(요) of 주다 in a statement where the task
 * asks the listener to give (손전등 좀 줄게 → 줘, 다섯 개 줄게요 → 주세요): -(으)ㄹ게 states what the speaker
 * will do for the listener (한국어기초사전 '-을게': 말하는 사람이 어떤 행동을 할 것을 약속하거나 의지를
 * 나타냄; Yeon &amp; Brown 2019, -(으)ㄹ게요), so the giver is turned round. Only where an accepted answer asks
 * with 주다 (줘, 주세요, 줄래, 주시겠어요 …) and none promises with it (줄게, 드릴게요); the correction is that
 * request's form of 주다, and only where the learner asks for nothing elsewhere (빌려줄 수 있어? 내일 돌려줄게
 * promises in return). A question (줄게?) is {@link ClauseEndings}'s promise asked.</li>
 * </ul>
 */
final class IntentEndings {

    /** A finite form of 하다. */
    private static final Pattern HADA_PREDICATE = Pattern.compile("(해요|합니다|해|했어요|했습니다|했어|한다|하고 있어요)");
    /** Spaces and punctuation between words. */
    private static final Pattern SPACES_OR_MARKS = Pattern.compile("[\\s.,!?]+");

    private IntentEndings() {
    }

    /** Sentence-end forms of 있다 after -(으)려고, and the 하다 form that replaces them. */
    private static final List<String[]> ITDA_TO_HADA = List.of(
            new String[] {"있었어요", "했어요"}, new String[] {"있었습니다", "했습니다"}, new String[] {"있었어", "했어"},
            new String[] {"있어요", "해요"}, new String[] {"있습니다", "합니다"}, new String[] {"있어", "해"},
            new String[] {"있다", "한다"});

    /** The request forms of 주다 an accepted answer may ask with (the word ends in one of them). */
    private static final List<String> REQUESTS = List.of("줘", "줘요", "주세요", "주십시오", "주시겠어요", "주시겠습니까",
            "줄래", "줄래요", "주실래요", "주겠어요");

    /**
     * The findings on the learner's answer.
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers
     * @return findings (category ending); empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (raw.contains("\"") || raw.contains("“")) {
            return out;
        }
        for (SpeechLevels.AnalysedSentence s : SpeechLevels.analysedSentences(raw)) {
            List<String> words = s.words();
            List<Morphology.Word> an = s.analysed();
            int last = words.size() - 1;
            for (int i = 0; i < last; i++) {
                if (i + 1 == last && intentionEnd(words.get(i), an.get(i))) {
                    String w = words.get(last);
                    for (String[] p : ITDA_TO_HADA) {
                        if (w.equals(p[0]) && an.get(last).startsWith("VX", "VV")) {
                            out.add(new Finding(ErrorCategory.ENDING, w, p[1], "ending/intention_frame"));
                            break;
                        }
                    }
                }
                if (i + 1 == last && purposeBeforeHada(words.get(i), an.get(last), words.get(last))) {
                    String w = words.get(i);
                    String stem = w.substring(0, w.length() - (w.endsWith("으러") ? 2 : 1));
                    out.add(new Finding(ErrorCategory.ENDING, w, stem + (w.endsWith("으러") ? "으려고" : "려고"),
                            "ending/intention_frame"));
                }
                purposeWithoutMotion(words, an, i).ifPresent(out::add);
                if (i + 1 == last && motion(an.get(last))) {
                    purpose(words.get(i), an.get(i), an.get(last), accepted).ifPresent(out::add);
                }
            }
            if (!raw.contains(words.get(last) + "?") && !asksToGive(raw, words.get(last))
                    && !promisesBalance(raw, words.get(last), accepted) && !promiseInReturn(words, an, accepted)
                    && !promiseAfterAsking(raw, words.get(last), accepted)) {
                promiseForRequest(words.get(last), accepted).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * -(으)러 before 하다 at the sentence end (부산에 가러 해요 → 가려고): -(으)러 states the purpose of going or coming
     * only (표준국어대사전 '-러': 가거나 오거나 하는 동작의 목적), so before 하다 the intention is -(으)려고 하다
     * (표준국어대사전 '-려고' 「2」; Yeon &amp; Brown 2019). The -러 word is a verb's purpose form as written (가러,
     * 먹으러: {@link #purposeForm} of its stem), the last word a form of 하다 (해요, 합니다, 해, 했어요 …).
     */
    private static boolean purposeBeforeHada(String w, Morphology.Word verb, String last) {
        if (w.length() < 2 || !w.endsWith("러") || !HADA_PREDICATE.matcher(last).matches()) {
            return false;
        }
        String stem = w.substring(0, w.length() - (w.endsWith("으러") ? 2 : 1));
        String form = purposeForm(stem);
        return form != null && form.equals(w) && verb.startsWith("VV", "VX", "XSV");
    }

    /** Verbs of going and coming that take -(으)러 (표준국어대사전 '-러': 가다, 오다 또는 이동을 뜻하는 동사). */
    private static final Set<String> MOTION = Set.of("가", "오", "다니", "나가", "나오", "들어가", "들어오", "올라가", "올라오",
            "내려가", "내려오", "돌아가", "돌아오", "떠나", "모이", "들르", "나서", "다녀오", "다녀가", "건너가", "건너오", "찾아가",
            "찾아오", "뛰어가", "걸어가", "출발하", "나다니");
    /** Surfaces that may be a verb of motion Nori reads as something else (가요 'song', 와 'and'). */
    private static final java.util.regex.Pattern MOTION_SURFACE = java.util.regex.Pattern.compile(
            "^(가|갈|갔|와|오|올|왔|다니|다녀|다닐|나가|나갈|나갔|나와|나오|들어|올라|내려|돌아|떠나|떠날|떠났|모여|모이|모일|들러|들르|들를|나서|나설|출발)");

    /**
     * -(으)러 before a predicate that is no verb of going or coming (session 16, helper eval30c;
     * {@code ending/purpose_without_motion}): 한국 회사에서 일하러 한국어를 공부해요 → 일하려고, 증명서를 발급받으러
     * 싶습니다 → 발급받고. -(으)러 states the purpose of a movement only (표준국어대사전 '-러': 가거나 오거나 하는 동작의
     * 목적; Yeon &amp; Brown 2019, -(으)러 가다/오다); before another verb the purpose is -(으)려고, and before 싶다 the
     * wish is -고 싶다. The -러 word is a verb's purpose form (Nori: stem + 러/으러, EC); the predicate it links to is
     * the next word that is not a noun with or without its particle, and it must read as a verb that is not one of
     * motion, also by its letters (가요 may be 가다). -(으)러 before a sentence-final 하다 is {@code intention_frame}.
     */
    private static Optional<Finding> purposeWithoutMotion(List<String> words, List<Morphology.Word> an, int i) {
        String w = words.get(i);
        Morphology.Word a = an.get(i);
        if (w.length() < 2 || !w.endsWith("러") || a.morphemes().isEmpty() || !a.morphemes().getLast().is("EC")
                || !a.morphemes().getLast().form().endsWith("러")) {
            return Optional.empty();
        }
        int j = i + 1;
        while (j < words.size() && !an.get(j).verbal() && !MOTION_SURFACE.matcher(words.get(j)).find()
                && (an.get(j).caseMarked() || an.get(j).startsWith("NNG", "NNP", "NP", "NR"))) {
            j++;
        }
        if (j >= words.size() || !an.get(j).verbal() || MOTION_SURFACE.matcher(words.get(j)).find()) {
            return Optional.empty();
        }
        Morphology.Word p = an.get(j);
        String pStem = p.morphemes().stream().takeWhile(m -> !m.isEnding() && !m.is("EP"))
                .map(Morphology.Morpheme::form).reduce("", String::concat);
        if (pStem.isEmpty() || MOTION.contains(pStem) || pStem.endsWith("가") || pStem.endsWith("오")) {
            return Optional.empty(); // (a compound of 가다/오다: 놀러 나가, 찾으러 돌아오)
        }
        String stem = w.substring(0, w.length() - (w.endsWith("으러") ? 2 : 1));
        if (words.get(j).startsWith("싶")) {
            return Optional.of(new Finding(ErrorCategory.ENDING, w, stem + "고", "ending/purpose_without_motion"));
        }
        if (j == i + 1 && List.of("있", "계시", "주", "드리", "보", "놓", "두", "버리").contains(pStem)) {
            return Optional.empty(); // 드러 있습니다, 자러 주세요: a misspelt -아/어 form before its auxiliary, no purpose
        }
        if (j == words.size() - 1 && HADA_PREDICATE.matcher(words.get(j)).matches()) {
            return Optional.empty(); // -(으)러 하다: intention_frame
        }
        return Optional.of(new Finding(ErrorCategory.ENDING, w, stem + (w.endsWith("으러") ? "으려고" : "려고"),
                "ending/purpose_without_motion"));
    }

    /** A verb's -(으)려고: 가려고, 먹으려고 (Nori: stem + 려고/으려고 EC). */
    private static boolean intentionEnd(String w, Morphology.Word a) {
        return w.endsWith("려고") && a.verbal() && a.endsWith("EC")
                && a.morphemes().getLast().form().endsWith("려고");
    }

    /** 가다 or 오다 as the predicate (왔습니다, 갈래, 가요; Nori tags 오다 after -고 as an auxiliary, VX). */
    private static boolean motion(Morphology.Word a) {
        Morphology.Morpheme first = a.morphemes().getFirst();
        return (first.tag().equals("VV") || first.tag().equals("VX"))
                && (first.form().equals("가") || first.form().equals("오"));
    }

    /** 연장하기 → 연장하러 before 가다/오다; 보고 → 보러 where an accepted answer has 보러 before the same verb. */
    private static Optional<Finding> purpose(String w, Morphology.Word a, Morphology.Word verb, List<String> accepted) {
        if (w.length() < 2) {
            return Optional.empty();
        }
        Optional<Finding> ro = roForReo(w).or(() -> shortRoForReo(w, accepted));
        if (ro.isPresent()) {
            return ro;
        }
        String end = a.morphemes().getLast().form();
        String tag = a.morphemes().getLast().tag();
        boolean nominal = a.verbal() && w.endsWith("기") && end.equals("기") && tag.equals("ETN");
        // -고 on any reading: Nori may take 연장하고 as 하고 the particle, 사고 as the noun 사고; the accepted
        // answer's 연장하러, 사러 before the same verb anchors the verb below
        boolean sequence = w.endsWith("고");
        if (!nominal && !sequence) {
            return Optional.empty();
        }
        String purpose = purposeForm(w.substring(0, w.length() - 1));
        if (purpose == null) {
            return Optional.empty();
        }
        if (sequence && !acceptedPurpose(purpose, verb.morphemes().getFirst().form(), accepted)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.ENDING, w, purpose, "ending/purpose"));
    }

    /**
     * A verb's stem + (으)로 right before 가다/오다 (발급받으로 왔습니다 → 발급받으러, 신청하로 → 신청하러; session 16,
     * helper eval30c): the particle (으)로 of a direction written for the purpose ending -(으)러, one vowel apart.
     * An ending, not a spelling slip: the learner has put a noun's particle on a verb (표준국어대사전 '-러', '로';
     * the gold of three writers files it so). Only a stem the dictionary does not read as a noun (학교로, 집으로 are
     * directions) and that ends in a verb after a noun (발급 + 받, 신청 + 하) or is a verb of two syllables or more.
     */
    private static Optional<Finding> roForReo(String w) {
        String stem = w.endsWith("으로") ? w.substring(0, w.length() - 2) : w.endsWith("로") ? w.substring(0, w.length() - 1) : null;
        if (stem == null || stem.length() < 2 || !Hangul.isSyllable(stem.charAt(stem.length() - 1))) {
            return Optional.empty();
        }
        boolean consonant = Hangul.hasFinal(stem.charAt(stem.length() - 1))
                && !Hangul.hasRieulFinal(stem.charAt(stem.length() - 1));
        if (consonant != w.endsWith("으로") || KnownWords.noun(stem) || KnownWords.noun(w.substring(0, w.length() - 1))) {
            return Optional.empty();
        }
        String head = stem.substring(0, stem.length() - 1);
        boolean verb = KnownWords.predicateStem(stem) && !KnownWords.tags(stem).contains(org.apache.lucene.analysis.ko.POS.Tag.NNG)
                || KnownWords.noun(head) && KnownWords.predicateStem(stem.substring(stem.length() - 1));
        // the learner's own (으) stays: 로 → 러 is the whole repair (발급받으로 → 발급받으러)
        return verb ? Optional.of(new Finding(ErrorCategory.ENDING, w, w.substring(0, w.length() - 1) + "러",
                "ending/purpose")) : Optional.empty();
    }

    /**
     * As {@link #roForReo}, for a verb stem of one syllable (받으로 왔습니다 → 받으러, 사로 → 사러; session 25), which
     * {@link #roForReo} leaves because one syllable + (으)로 is as often a noun's direction (집으로, 밖으로): here the
     * accepted answer anchors the reading, with the learner's letters, 로 turned into 러, as a word of its own
     * (재학 증명서를 받으러 왔습니다), and the stem is no noun of the dictionary (표준국어대사전 '-러'; Yeon &amp; Brown 2019,
     * -(으)러 가다/오다). The caller has the learner's next word a verb of going or coming.
     */
    private static Optional<Finding> shortRoForReo(String w, List<String> accepted) {
        String stem = w.endsWith("으로") ? w.substring(0, w.length() - 2) : w.endsWith("로") ? w.substring(0, w.length() - 1) : null;
        if (stem == null || stem.length() != 1 || !Hangul.isSyllable(stem.charAt(0)) || KnownWords.noun(stem)
                || KnownWords.noun(w.substring(0, w.length() - 1))) {
            return Optional.empty();
        }
        boolean consonant = Hangul.hasFinal(stem.charAt(0)) && !Hangul.hasRieulFinal(stem.charAt(0));
        if (consonant != w.endsWith("으로")) {
            return Optional.empty();
        }
        String fixed = w.substring(0, w.length() - 1) + "러";
        boolean anchored = accepted.stream().anyMatch(a -> List.of(SPACES_OR_MARKS.split(a)).contains(fixed));
        return anchored ? Optional.of(new Finding(ErrorCategory.ENDING, w, fixed, "ending/purpose")) : Optional.empty();
    }

    /** The -(으)러 form of a stem as written (연장하 → 연장하러, 만들 → 만들러, 먹 → 먹으러); null for ㄷ/ㅂ/ㅅ stems. */
    static String purposeForm(String stem) {
        if (stem.isEmpty() || !Hangul.isSyllable(stem.charAt(stem.length() - 1))) {
            return null;
        }
        int fin = Hangul.finalIndex(stem.charAt(stem.length() - 1));
        if (fin == Hangul.Final.NONE || fin == Hangul.Final.L) {
            return stem + "러";
        }
        if (fin == Hangul.Final.D || fin == Hangul.Final.B || fin == Hangul.Final.S || fin == Hangul.Final.H) {
            return null;
        }
        return stem + "으러";
    }

    /** Whether an accepted answer says {@code purpose} right before the same 가다/오다. */
    private static boolean acceptedPurpose(String purpose, String verb, List<String> accepted) {
        for (String a : accepted) {
            for (SpeechLevels.AnalysedSentence s : SpeechLevels.analysedSentences(a)) {
                for (int j = 0; j + 1 < s.words().size(); j++) {
                    if (s.words().get(j).equals(purpose) && motion(s.analysed().get(j + 1))
                            && s.analysed().get(j + 1).morphemes().getFirst().form().equals(verb)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the learner asks to be given elsewhere in the answer (빌려줄 수 있어? 내일 돌려줄게.): then the
     * promise is a promise in return, not the request turned round.
     */
    private static boolean asksToGive(String raw, String promise) {
        for (List<String> sentence : SpeechLevels.sentences(raw)) {
            for (String w : sentence) {
                if (!w.equals(promise) && (w.endsWith("줄") || w.endsWith("주실") || REQUESTS.stream().anyMatch(w::endsWith))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the learner's promise is a service of its own that the task asks for (내일 가져다줄게 for 빌린 우산은 내일
     * 가져올게): the word is a main verb with -아/어(다) 주다, 'do for the listener' (가져다주다 'bring to', 돌려주다
     * 'give back'; Yeon &amp; Brown 2019, -아/어 주다), not 주다 alone, and an accepted answer promises with
     * -(으)ㄹ게(요) at least as often as the learner does. Then the promise answers the task's own promise, not the
     * request turned round. 줄게요 alone (다섯 개 줄게요 for 다섯 개 살게요: the seller's act) and a learner who
     * promises more often than any accepted answer (인사 좀 전해 줄게 beside 가져올게) keep the finding. Session 17
     * (s17a).
     */
    private static boolean promisesBalance(String raw, String promise, List<String> accepted) {
        String body = promise.endsWith("줄게요") ? promise.substring(0, promise.length() - 3)
                : promise.endsWith("줄게") ? promise.substring(0, promise.length() - 2) : "";
        if (body.isEmpty()) {
            return false;
        }
        int mine = promises(raw);
        return mine > 0 && accepted.stream().anyMatch(a -> promises(a) >= mine);
    }

    /**
     * Whether the promise is made on a condition the listener fulfils, in the same sentence (이사 도와주면 맛있는 저녁
     * 사 줄게: if you help me move, I'll buy you dinner), in an activity whose accepted answers promise something
     * themselves (저녁은 내가 살게): the -(으)면 clause states the request and the -(으)ㄹ게 the speaker's return, so
     * the promise is the task's own, not the request turned round. -(으)면 'if' sets the condition of the main
     * clause (표준국어대사전 '-면' 「1」 불확실하거나 아직 실현되지 않은 사실을 어떤 일에 대한 조건으로 말할 때; Yeon &amp;
     * Brown 2019, -(으)면 'if', and -(으)ㄹ게(요), the speaker's promise). Where no accepted answer promises (손전등
     * 좀 줘), a condition does not make 줄게 a request: 시간 있으면 손전등 좀 줄게 keeps the finding. Session 17 (s17g).
     */
    private static boolean promiseInReturn(List<String> words, List<Morphology.Word> an, List<String> accepted) {
        if (accepted.stream().noneMatch(a -> promises(a) > 0)) {
            return false;
        }
        for (int i = 0; i < words.size() - 1; i++) {
            Morphology.Word w = an.get(i);
            if (words.get(i).endsWith("면") && w.verbal() && !w.morphemes().isEmpty() && w.morphemes().getLast().is("EC")
                    && w.morphemes().getLast().form().endsWith("면")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the promise follows the learner's own question in an earlier sentence and promises another act than the
     * one the accepted answers ask for (충전기 좀 빌릴 수 있어? 금방 돌려줄게. for 충전기 좀 빌려줄래?): the request is
     * made by the question (-(으)ㄹ 수 있어?, -아/어도 돼?), and the -(으)ㄹ게 after it is the speaker's promise in
     * return, a sentence of its own (한국어기초사전 '-을게': 말하는 사람이 어떤 행동을 하겠다고 약속함; Yeon &amp; Brown
     * 2019, -(으)ㄹ게(요)). The request turned round keeps its finding: a promise of the verb the accepted answers ask
     * with (빌려줄게 for 빌려줄래), or a promise with no question before it (충전기 좀 돌려줄게.). Session 20 (s20a).
     */
    private static boolean promiseAfterAsking(String raw, String promise, List<String> accepted) {
        int at = raw.lastIndexOf(promise);
        String body = promise.endsWith("줄게요") ? promise.substring(0, promise.length() - 3)
                : promise.endsWith("줄게") ? promise.substring(0, promise.length() - 2) : "";
        if (at < 0 || body.isEmpty() || !raw.substring(0, at).contains("?")) {
            return false;
        }
        for (String a : accepted) {
            for (String aw : SPACES_OR_MARKS.split(a)) {
                int k = firstGiving(aw);
                if (k > 0 && aw.substring(0, k).equals(body)) {
                    return false; // 빌려줄게 for 빌려줄래: the accepted request turned round
                }
            }
        }
        return true;
    }

    /** The number of words ending in the promise -(으)ㄹ게(요) (가져올게, 줄게요, 먹을게). */
    private static int promises(String text) {
        int n = 0;
        for (String w : SPACES_OR_MARKS.split(text)) {
            String body = w.endsWith("게요") ? w.substring(0, w.length() - 2) : w.endsWith("게") ? w.substring(0, w.length() - 1)
                    : null;
            if (body != null && !body.isEmpty() && com.koto.evaluation.text.Hangul.isSyllable(body.charAt(body.length() - 1))
                    && com.koto.evaluation.text.Hangul.hasRieulFinal(body.charAt(body.length() - 1))) {
                n++;
            }
        }
        return n;
    }

    /** 줄게 → 줘 where an accepted answer asks with 주다 and none promises with it. */
    private static Optional<Finding> promiseForRequest(String w, List<String> accepted) {
        String body = w.endsWith("줄게요") ? w.substring(0, w.length() - 3) : w.endsWith("줄게") ? w.substring(0, w.length() - 2)
                : null;
        if (body == null || accepted.stream().anyMatch(a -> a.contains("줄게") || a.contains("드릴게"))) {
            return Optional.empty();
        }
        for (String a : accepted) {
            for (List<String> sentence : SpeechLevels.sentences(a)) {
                for (String aw : sentence) {
                    if (REQUESTS.stream().anyMatch(aw::endsWith)) {
                        int at = firstGiving(aw);
                        if (at >= 0) {
                            return Optional.of(new Finding(ErrorCategory.ENDING, w, body + aw.substring(at),
                                    "ending/promise_for_request"));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Where the request form of 주다 begins in an accepted word (건네줄래 → 2, 줘 → 0); -1 when it has none. */
    private static int firstGiving(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (REQUESTS.contains(word.substring(k))) {
                return k;
            }
        }
        return -1;
    }
}
