package com.koto.evaluation.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether an answer the rules could not judge is about the activity at all (issue 11).
 *
 * <p>Precision first lets an answer pass as <i>unsure</i> when it differs from every accepted answer
 * in words the rules cannot relate ({@link Vocabulary}: 타월 for 수건). That policy assumes the answer
 * says the accepted thing in other words, so it needs an anchor: at least one lexical morpheme (any
 * Sejong tag but particles (J…), endings (E…), the copula VCP/VCN, auxiliaries VX, affixes (XSN, XSV, XSA, XPN) and
 * symbols (S…) other than SL/SN; so nouns, pronouns, numerals, determiners, adverbs such as 내일, stems,
 * interjections) shared with an accepted answer, after the answer has been rewritten into that
 * answer's words by the equivalence lexicon ({@link Equivalents#rewrite}). Nori splits a compound in
 * one sentence and not in another (서울역 / 서울 + 역), so a morpheme of two syllables or more that is
 * part of the other side's morpheme counts as shared. An answer with no such anchor (커피 to
 * greet the barista, 사과 for 감사합니다) does something else than the task: it fails as a wrong word
 * ({@code vocabulary/off_task}), whatever its grammar. An honorific or humble word counts as its
 * plain word ({@link Lexicon#HONORIFIC_NOUNS}: 성함 = 이름, 연세 = 나이, 저 = 나 …), so 성함이 어떻게
 * 되세요 keeps its anchor in 이름이 뭐예요.
 */
final class OffTask {

    private static boolean lexical(String tag) {
        return !(tag.startsWith("J") || tag.startsWith("E") || tag.startsWith("XS") || tag.equals("XPN")
                || tag.equals("VCP") || tag.equals("VCN") || tag.equals("VX")
                || (tag.startsWith("S") && !tag.equals("SL") && !tag.equals("SN")));
    }

    /**
     * Each honorific or humble word of {@link Lexicon#HONORIFIC_NOUNS} and the plain word it stands for
     * (성함 → 이름, 저 → 나).
     */
    private static final java.util.Map<String, String> PLAIN = Lexicon.HONORIFIC_NOUNS.entrySet().stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(java.util.Map.Entry::getValue,
                    java.util.Map.Entry::getKey));

    private OffTask() {
    }

    /**
     * Whether the answer shares no content morpheme with any accepted answer.
     *
     * @param answer   the normalised answer
     * @param accepted the normalised accepted answers
     * @return true when no accepted answer shares a content morpheme with the answer (or with the
     *         answer rewritten into its words); false when the answer has no content morpheme at all
     */
    static boolean offTask(String answer, List<String> accepted) {
        Set<String> own = content(answer);
        if (own.isEmpty()) {
            return false; // nothing to compare (a particle or an ending alone): other checks decide
        }
        Set<String> frames = adviceFrames(answer);
        for (String a : accepted) {
            Set<String> theirs = content(a);
            if (!frames.isEmpty() && !java.util.Collections.disjoint(frames, adviceFrames(a))) {
                return false; // the same act of advice in other words (운동을 좀 해 보는 게 어때 for 누워 봐)
            }
            if (shares(own, theirs) || shares(content(Equivalents.rewrite(answer, a)), theirs)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The frames of advice and suggestion an answer uses: -아/어 보다 'try' (누워 봐, 해 보는 게 어때), -지
     * 말다 'do not' (마시지 마), -는 게 어때 'how about' (Yeon &amp; Brown 2019, -아/어 보다, -지 말다, -는 게
     * 어때요; 한국어기초사전 '-어 보다' ②). An answer that gives advice where an accepted answer gives
     * advice does the task's act, whatever it advises: the advice itself is the learner's (an open
     * task), so it is no answer to another task.
     */
    private static Set<String> adviceFrames(String text) {
        Set<String> frames = new HashSet<>();
        for (Morphology.Word w : Morphology.analyse(text)) {
            List<Morphology.Morpheme> ms = w.morphemes();
            if (!ms.isEmpty() && ms.getFirst().is("VX") && ms.getFirst().form().equals("보")) {
                frames.add("try");
            }
            if (!ms.isEmpty() && ms.getFirst().is("VX") && ms.getFirst().form().equals("말")) {
                frames.add("dont");
            }
        }
        if (text.contains("게 어때") || text.contains("는 건 어때")) {
            frames.add("try");
        }
        return frames;
    }

    /**
     * The question words that ask which thing the listener chooses (뭐/무엇 'what', 어떤 and 어느 'which', 무슨 'what
     * kind of'): a question with one asks what a question with another asks (무엇으로 하시겠습니까, 어떤 걸로
     * 드릴까요 for 뭐 드시겠어요; 국립국어원 한국어 문법 1, 의문사; Yeon &amp; Brown 2019 on question words), so they
     * count as one shared content word (Nori reads a bare 뭐 as an interjection, IC). Session 16 (eval31a).
     */
    private static final Set<String> CHOICE_QUESTION = Set.of("뭐", "뭣", "무엇", "어떤", "어느", "무슨");

    /**
     * The native numerals and their determiner forms before a counter (둘 / 두 명, 셋 / 세 개; 표준국어대사전 '둘'
     * 「수사」 and '두' 「관형사」; Sohn 1999 §6.3 on native numerals): 둘이요 answers 'how many?' with the number as
     * 두 명이에요 does, so each counts as its determiner form. Nori reads 뭐로 as 뭣 + 로, the same question word
     * (session 17, s17f).
     */
    private static final java.util.Map<String, String> NUMERAL_FORMS = java.util.Map.of("하나", "한", "둘", "두",
            "셋", "세", "넷", "네", "스물", "스무");

    /**
     * 가다/오다 after a word with the connective -고 (들고 갈 거예요, 사 가지고 와): a main verb of motion whose
     * manner the -고 clause gives (표준국어대사전 '-고' 「4」, 앞 말의 상태가 유지된 채로; Yeon &amp; Brown 2019), which
     * Nori tags as an auxiliary (VX); it counts as a content word, as 가지고 갈게요's 가 does (session 17, s17f).
     */
    private static boolean motionAfterGo(Morphology.Word previous, Morphology.Morpheme m) {
        if (previous == null || !m.is("VX") || !(m.form().equals("가") || m.form().equals("오"))) {
            return false;
        }
        List<Morphology.Morpheme> ms = previous.morphemes();
        return !ms.isEmpty() && ms.getLast().is("EC") && ms.getLast().form().equals("고");
    }

    /**
     * Whether a word Nori opens with an auxiliary (VX) is a main verb: an auxiliary verb follows a verb's connective
     * -아/어, -고, -게, -지 (먹어 보다, 가고 싶다; 국립국어원 표준국어대사전 '보조 동사'), so a VX at the start of the
     * sentence or after a noun or root (진지 드셨어요, read 진지/XR + 들/VX) is the verb itself.
     */
    private static boolean mainVerbReadAsAuxiliary(Morphology.Word previous, List<Morphology.Morpheme> ms) {
        if (ms.isEmpty() || !ms.getFirst().is("VX")) {
            return false;
        }
        if (previous == null || previous.morphemes().isEmpty()) {
            return true;
        }
        Morphology.Morpheme last = previous.morphemes().getLast();
        return last.tag().startsWith("N") || last.is("XR");
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        for (String m : a) {
            for (String n : b) {
                if (m.equals(n) || (n.length() >= 2 && m.contains(n)) || (m.length() >= 2 && n.contains(m))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * N이/가 어떻게 되다 on a noun of price (가격이 어떻게 돼요, 요금이 어떻게 되나요): the polite question for a value,
     * here the price, asks what 얼마예요 asks (표준국어대사전 '되다' 「…이」 with 어떻게; 표준 언어 예절 2011 on 성함이
     * 어떻게 되세요 as the polite form of a question for a value; 한국어기초사전 '가격'). Such a question counts 얼마
     * among its content words. Session 17 (s17a).
     */
    private static final java.util.regex.Pattern PRICE_QUESTION = java.util.regex.Pattern.compile(
            "(가격|요금|값|비용|이용료|입장료|회비|금액)(이|은|가|는)? 어떻게 (돼|되|됩|될)");

    private static Set<String> content(String text) {
        Set<String> forms = new HashSet<>();
        if (PRICE_QUESTION.matcher(text).find()) {
            forms.add("얼마");
        }
        Morphology.Word previous = null;
        for (Morphology.Word w : Morphology.analyse(text)) {
            List<Morphology.Morpheme> ms = w.morphemes();
            if (mainVerbReadAsAuxiliary(previous, ms)) {
                // 진지 드셨어요: Nori reads 진지 as a root (XR) and 드셨어요 as the auxiliary 들 + 시; 드시다 is the verb
                forms.add(ms.getFirst().form().equals("들") && ms.size() > 1 && ms.get(1).form().equals("시")
                        ? "드시" : ms.getFirst().form());
            }
            for (Morphology.Morpheme m : ms) {
                if (lexical(m.tag()) || motionAfterGo(previous, m)) {
                    forms.add(CHOICE_QUESTION.contains(m.form()) && m.is("NP", "MM", "IC") ? "무엇"
                            : m.is("NR") && NUMERAL_FORMS.containsKey(m.form()) ? NUMERAL_FORMS.get(m.form())
                            : PLAIN.getOrDefault(m.form(), m.form()));
                }
            }
            previous = w;
        }
        return forms;
    }
}
