package com.koto.evaluation.rules;

import com.koto.evaluation.text.AnswerText;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision classes of short casual speech between friends (session 17, helper s17f; the tenth-wave probe
 * {@code probe10-precision-b}). Each method names a well-formed piece of spoken Korean that the comparison with an
 * accepted answer misreads as a slip; a finding of the class is an alignment artefact ({@link Evidence#artefact}),
 * so the answer passes (unsure where the comparison stays unsure). Each has look-alikes that keep their finding
 * (rows in {@code PrecisionClassesSession17fTest}).
 */
final class CasualSpeech {

    /** A time word with the direction particle (으)로. */
    private static final Pattern TIME_DIRECTION = Pattern.compile(".*(시|분|요일|날|저녁|아침|점심|오후|오전)(으로|로)");
    /** The word 어디 with or without 서, 에서, 에. */
    private static final Pattern WHERE_WORD = Pattern.compile(".*(^|\\s)어디(서|에서|에)?(\\s.*)?");

    private CasualSpeech() {
    }

    /**
     * N 때 for N에 on a noun of a period (방학 때 for 방학에, 점심 때 for 점심에): 때 'time, occasion' after a noun
     * names the period in which something happens, as 에 on the noun does (표준국어대사전 '때'¹ 「1」 with 방학 때,
     * 점심 때; Yeon &amp; Brown 2019, -(으)ㄹ 때 and N 때). Conditions: the learner's span is one noun (Nori NNG) and
     * 때, the accepted span is that noun with 에. 방학 떄, 방학 데 and 방학 동안 for 방학 후에 keep their findings.
     */
    static boolean periodWithTtae(String o, String c) {
        if (!o.endsWith(" 때") || !c.endsWith("에")) {
            return false;
        }
        String noun = o.substring(0, o.length() - 2);
        if (noun.isEmpty() || noun.contains(" ") || !c.equals(noun + "에")) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(noun);
        return words.size() == 1 && words.getFirst().morphemes().size() == 1 && words.getFirst().startsWith("NNG");
    }

    /**
     * N 중 ending a typed sentence in speech (지금 수업 중. for 수업 중이야 / 중이라서): a noun phrase of state with
     * 중 'in the middle of' said as the whole statement, the verbless sentence of casual speech and of notices (회의
     * 중, 통화 중; 표준국어대사전 '중'⁴ 「2」; Sohn 1999 §8.1 on verbless fragments in speech). Conditions: the
     * learner's word is 중 (or N중), a copula form of it is the accepted span, and the word ends a sentence typed with
     * '.', '!' or '?' before another sentence or the end. Without the full stop (수업 중 이따 전화할게) the finding
     * stays.
     */
    static boolean stateFragment(String o, String c, String asTyped) {
        if (asTyped == null || o.isEmpty() || o.contains(" ") || !o.endsWith("중") || !c.startsWith(o + "이")) {
            return false;
        }
        return Pattern.compile("(^|\\s)" + Pattern.quote(o) + "\\s*[.!?]").matcher(asTyped).find();
    }

    /** Verbs of fixing or choosing a time (표준국어대사전 '-로' 「7」: 변화의 결과, 「9」 선택). */
    private static final Pattern CHOSEN_TIME_VERB = Pattern.compile(
            "(예약|정하|정했|정해|정할|바꾸|바꿔|바꿨|바꿀|변경|옮기|옮겨|미루|미뤄|당기|당겨|잡아|잡을|잡았|잡고)");

    /**
     * (으)로 of a chosen time before a verb of booking or fixing (일곱 시로 예약해 주세요 for 일곱 시에 예약하고
     * 싶어요, 세 시로 바꿔 주세요): 로 marks what is chosen or what a thing is set to (표준국어대사전 '-로' 「7」「9」;
     * Yeon &amp; Brown 2019, (으)로 of choice, 비빔밥으로 주세요). Conditions: the learner's word is a time noun (시,
     * 분, 요일, 날, 저녁, 아침) with 로/으로 where the accepted word has 에, and a verb of booking, fixing or changing
     * follows in the answer. A time with 로 before 만나요 or 가요 (일곱 시로 만나자) keeps its finding.
     */
    static boolean chosenTime(String o, String c, String answer) {
        if (o.contains(" ") || !TIME_DIRECTION.matcher(o).matches()) {
            return false;
        }
        String stem = o.endsWith("으로") ? o.substring(0, o.length() - 2) : o.substring(0, o.length() - 1);
        if (!c.equals(stem + "에")) {
            return false;
        }
        int at = (" " + answer + " ").indexOf(" " + o + " ");
        return at >= 0 && CHOSEN_TIME_VERB.matcher(answer.substring(at + o.length())).find();
    }

    /**
     * 뭐 (무엇) inside a question with 있다 (내일 숙제 뭐 있어? for 내일 숙제 있어?): a question word in a question
     * on existence asks which ones there are, or is read as the indefinite 'any' (Sohn 1999 §7.2 on the indefinite
     * reading of question words; 국립국어원 한국어 문법 1, 의문사 의문문); either way the question asks whether there
     * is homework. Conditions: the learner's span is the accepted one with 뭐/뭔가/무슨 added, a 있다 question ends
     * the sentence, typed with '?'. A statement (숙제 뭐 있어.) keeps its finding.
     */
    static boolean questionWordOnExistence(String o, String c, String asTyped) {
        if (asTyped == null || c.isEmpty()) {
            return false;
        }
        boolean added = false;
        for (String q : List.of("뭐", "뭔가", "무슨")) {
            added |= o.equals(c + " " + q) || o.equals(q + " " + c);
        }
        if (!added) {
            return false;
        }
        return Pattern.compile(Pattern.quote(o) + " (있어|있어요|있나|있나요|있니|있냐|있습니까)\\s*\\?").matcher(asTyped).find();
    }

    /**
     * -고 'and' for -거나 'or' between two habitual activities (드라마 보고 게임하지 뭐 for 드라마 보거나 게임해):
     * listing with -고 names both of one's usual pastimes, -거나 offers them as alternatives (표준국어대사전 '-고'
     * 「1」, '-거나' 「1」); neither is a misspelling of the other. Conditions: a spelling finding whose learner's
     * word is a verb stem with the connective -고 (Nori VV + EC) in the answer, and whose correction is that stem with
     * 거 (the front of -거나). 보거 and 보거니 keep their findings.
     */
    static boolean listingForAlternative(String o, String c, String answer) {
        if (o == null || c == null || o.contains(" ") || !o.endsWith("고") || !c.equals(o.substring(0, o.length() - 1) + "거")) {
            return false;
        }
        for (Morphology.Word w : Morphology.analyse(answer)) {
            List<Morphology.Morpheme> ms = w.morphemes();
            if (w.surface().equals(o) && ms.size() == 2 && ms.getFirst().is("VV")
                    && ms.getLast().is("EC") && ms.getLast().form().equals("고")) {
                return true;
            }
        }
        return false;
    }

    /** Pronouns of the listener asked back with a topic particle (Yeon &amp; Brown 2019, N은/는? 'and you?'). */
    private static final Set<String> ASKED_BACK = Set.of("넌", "너는", "당신은", "니는", "넌요", "너는요", "자기는");

    /**
     * A question asking the listener back after the answer (… 게임해. 넌? 'and you?'): N은/는 with a question mark
     * is an elliptical question, 'what about you?' (Yeon &amp; Brown 2019, topic 은/는 in contrast and in
     * questions asked back; Sohn 1999 §8.3 on ellipsis in conversation), a sentence of its own, not a word moved
     * after the verb. Conditions: the last word of the span is a listener's pronoun with 은/는, and in the answer as
     * typed it stands alone after sentence-final punctuation, followed by '?'. 게임해 넌 (no full stop) keeps the
     * finding.
     */
    static boolean askedBack(String o, String asTyped) {
        if (asTyped == null || !o.contains(" ")) {
            return false;
        }
        String last = o.substring(o.lastIndexOf(' ') + 1);
        if (!ASKED_BACK.contains(last)) {
            return false;
        }
        return Pattern.compile("[.!?]\\s*" + Pattern.quote(last) + "\\s*\\?\\s*$").matcher(asTyped.strip()).find();
    }

    private static final Pattern REPORT = Pattern.compile("(\\S+)(다|라)고 (?:말|얘기|그)?(하셨어|하셨어요|했어|했어요|하셨대|하셨습니다|했습니다|하더라|하시더라|랬어|랬어요|러셨어|러셨어요)");
    /** The hearsay contraction at every level: -대/-래 (해체), -대요/-래요 (해요체), -답니다/-랍니다 (합쇼체). */
    private static final Pattern HEARSAY = Pattern.compile("(\\S+)(대|래|대요|래요|답니다|랍니다)");

    /**
     * -다고 하셨어 'said that …' for the hearsay contraction -대 (시험 본다고 하셨어 for 시험 본대): -대 is the
     * contraction of -다고 해 (표준국어대사전 '-대'², 준말 of '-다고 해'), and reporting what someone said in the past
     * of the saying verb is the same report (Yeon &amp; Brown 2019, indirect quotation -다고 하다 and its
     * contractions). The tense of the reported clause is kept: the learner's quoted verb before -다고 is the
     * accepted one before -대 (본다고 / 본대; 있다고 / 있대). 봤다고 하셨어 for 본대 keeps its finding. Session 25
     * (s25a): the contraction at every speech level (늦는다고 했어요 for 늦는대요, -답니다) and the verbs 말하다,
     * 그러다 of saying (시험이라고 말했어 for 시험이래), and either way round (수업 없대 for 수업이 없다고 했어); 늦는다고 할 거예요 (a saying still to come) keeps its finding.
     */
    static boolean reportForHearsay(String o, String c) {
        return fullForContracted(o, c) || fullForContracted(c, o); // 없대 for 없다고 했어 too (session 25, s25a)
    }

    private static boolean fullForContracted(String o, String c) {
        Matcher m = REPORT.matcher(o);
        Matcher h = HEARSAY.matcher(c);
        if (!m.matches() || c.contains(" ") || !h.matches()) {
            return false;
        }
        return m.group(1).equals(h.group(1));
    }

    /**
     * A noun compound N1 N2 of the learner's (생일 선물 뭐 받고 싶어? read against 생일에 뭐 받고 싶어?) that another
     * accepted answer says as it stands (생일 선물 뭐 갖고 싶어?): a noun before a noun with no particle is its
     * modifier, one compound noun (Sohn 1999 §6.1 on N N compounds; 표준국어대사전 '선물', 생일 선물), not a time
     * adverbial with 에 left out. Conditions: a {@code particle_missing} finding on one noun, followed in the answer
     * by a noun (Nori NNG, no particle), the two words standing together in some accepted answer. A noun before a verb
     * (생일 뭐 받고 싶어 for 생일에) keeps its finding.
     */
    static boolean compoundOfAccepted(Finding f, String answer, List<String> allAccepted) {
        if (f.category() != com.koto.evaluation.ErrorCategory.PARTICLE_MISSING || f.original() == null) {
            return false;
        }
        String o = f.original().strip();
        if (o.isEmpty() || o.contains(" ")) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 1 < words.size(); i++) {
            Morphology.Word next = words.get(i + 1);
            if (!words.get(i).surface().equals(o) || next.morphemes().size() != 1 || !next.startsWith("NNG")) {
                continue;
            }
            String pair = " " + o + " " + next.surface() + " ";
            for (String a : allAccepted) {
                if ((" " + AnswerText.normalise(a) + " ").contains(pair)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern SOLD = Pattern.compile("(팔아요|팔아|팝니까|파나요|파세요|파니|파냐)\\?");

    /**
     * Where a thing is sold for where one buys it (어디서 팔아요? for 어디서 사요?): 사다 and 팔다 are converses
     * (표준국어대사전 '팔다'¹ 「1」, 반대말 '사다'¹), and a question on the place of the sale asks for the place of the
     * purchase: the same counter, from the seller's side. Conditions: a {@code vocabulary/contrast} finding whose
     * learner's word is a present question of 팔다 typed with '?', whose accepted word is a form of 사다, with
     * 어디/어디서/어디에서 before it in the same sentence. 제가 팔아요? (no place asked) and 어디서 팔았어요? keep theirs.
     */
    static boolean soldWhere(Finding f, String asTyped) {
        if (asTyped == null || !"vocabulary/contrast".equals(Subtypes.of(f)) || f.original() == null
                || f.correction() == null) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        if (o.contains(" ") || c.contains(" ") || !(c.startsWith("사") || c.startsWith("살") || c.startsWith("삽"))) {
            return false;
        }
        Matcher m = Pattern.compile("(^|\\s)" + Pattern.quote(o) + "\\s*\\?").matcher(asTyped);
        if (!m.find() || !SOLD.matcher(o + "?").matches()) {
            return false;
        }
        String before = asTyped.substring(0, m.start());
        int from = Math.max(Math.max(before.lastIndexOf('.'), before.lastIndexOf('?')), before.lastIndexOf('!')) + 1;
        return WHERE_WORD.matcher(before.substring(from)).matches();
    }
}
