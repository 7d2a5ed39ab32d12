package com.koto.evaluation.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a learner adds to an accepted sentence, which the word alignment reads as an error on the accepted
 * words (session 13, helper eval21a). Each method recognises one class on the learner's own words; a
 * finding of that class is an alignment artefact ({@link Evidence#artefact}): never decisive, so alone it
 * leaves the answer unsure (the model answer is shown). Spans are normalised
 * ({@link com.koto.evaluation.text.AnswerText#normalise}): {@code o} the learner's span, {@code c} the
 * accepted span, {@code answer} the learner's whole answer.
 *
 * <p>The classes were found on the correct answers of set W3 (precision-dev9) and checked against every
 * finding of their subtypes on all development sets (docs/evaluation.md, session 13, eval21a).
 */
final class LearnerAdditions {

    /** A clock time or a weekday. */
    private static final Pattern TIME_WORD = Pattern.compile("\\d+시|[가-힣]+ 시|\\S*요일");
    /** A sentence mark or a comma. */
    private static final Pattern PUNCTUATION_MARK = Pattern.compile("[.!?,]");

    private LearnerAdditions() {
    }

    /**
     * Verbs of coming or going out of a place, whose starting point takes 에서 (표준국어대사전 나오다
     * 「…에서」 '안에서 밖으로 오다', 나가다, 떠나다, 출발하다, 새다 「…에서」; '에서' 「조사」 ③ 출발점):
     * their first morpheme as Nori writes it.
     */
    private static final Set<String> FROM_A_PLACE = Set.of("나오", "나가", "떠나", "출발", "출발하", "새", "흘러나오",
            "빠지");

    /**
     * A place written with 에서 where the accepted answer has 에, before a verb of coming out of it (화장실에서
     * 물이 안 나와요 for 화장실에 물이 안 나와요): 에서 marks where the water comes from, 에 where it fails to
     * come; both are the frame of 나오다 (표준국어대사전 '나오다' 「…에서」; '에서' 「조사」 ③). The first
     * predicate after the place in the learner's sentence decides; its subject and adverbs may stand between.
     *
     * @param o the learner's place with 에서
     * @param c the accepted place with 에
     */
    static boolean startingPoint(String o, String c, String answer) {
        if (o.contains(" ") || !o.endsWith("에서") || !o.equals(c + "서")) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        String[] surfaces = answer.split(" ");
        if (words.size() != surfaces.length) {
            return false;
        }
        for (int i = List.of(surfaces).indexOf(o) + 1; i > 0 && i < words.size(); i++) {
            Morphology.Word w = words.get(i);
            if (w.verbal() && !w.caseMarked()) {
                List<Morphology.Morpheme> m = w.morphemes();
                boolean verb = m.getFirst().is("VV") || m.size() >= 2 && m.getFirst().is("NNG") && m.get(1).is("XSV");
                return verb && FROM_A_PLACE.contains(m.getFirst().form());
            }
        }
        return false;
    }

    /** Question words and time nouns a starting point or a limit may be added to (언제부터, 몇 시까지). */
    private static final Set<String> TIMES = Set.of("언제", "지금", "오늘", "내일", "모레", "이번 주", "다음 주", "주말",
            "이번 주말", "오전", "오후", "아침", "저녁");

    /**
     * 부터 'from' or 까지 'until' added to a question word or a time the accepted answer leaves bare (언제부터 받을
     * 수 있습니까? for 언제 받을 수 있습니까?, 몇 시까지 해요? for 몇 시에 해요? is another subtype): the learner asks
     * from when or until when, a well-formed question of its own with a delimiter that adds a meaning
     * (표준국어대사전 '부터' 「조사」 '어떤 일이나 상태 따위에 관련된 범위의 시작임을 나타내는 보조사', '까지' 「조사」 ①; Sohn
     * 1999, on delimiters). The accepted word must be bare: 부터 for 까지 (금요일부터 for 금요일까지) keeps its finding.
     */
    static boolean addedLimit(String o, String c) {
        if (!(o.equals(c + "부터") || o.equals(c + "까지"))) {
            return false;
        }
        return TIMES.contains(c) || c.startsWith("몇 ") || TIME_WORD.matcher(c).matches();
    }

    /** Connectives that carry no tense of their own before the main clause (Yeon &amp; Brown 2019, -아/어서, -고, -(으)니까). */
    private static final Set<String> LINKS = Set.of("아서", "어서", "여서", "서", "고", "니까", "으니까");

    /**
     * A tense finding over the accepted predicate made a connective clause and a main clause the learner added
     * (물이 안 나와서 연락드렸어요 read against 물이 안 나와요): the accepted verb is the learner's, with -아/어서 or -고,
     * which take no tense of their own; the past is on the learner's own verb (연락드렸어요: the call already made),
     * and the accepted verb's present is kept (Yeon &amp; Brown 2019, on -아/어서 and the tense of the main clause).
     *
     * @param o the learner's two words: the accepted verb with a connective, then another verb in the past
     * @param c the accepted verb, one word
     */
    static boolean addedMainClause(String o, String c, String answer) {
        String[] w = o.split(" ");
        if (w.length != 2 || c.contains(" ") || c.isEmpty()) {
            return false;
        }
        List<Morphology.Morpheme> first = Evidence.morphemesIn(w[0], answer);
        List<Morphology.Morpheme> main = Evidence.morphemesIn(w[1], answer);
        List<Morphology.Word> accepted = Morphology.analyse(c);
        if (first.size() < 2 || main.size() < 2) {
            return false;
        }
        Morphology.Morpheme stem = first.getFirst();
        boolean linked = first.getLast().is("EC") && LINKS.contains(first.getLast().form())
                && first.stream().noneMatch(m -> m.is("EP"));
        // the accepted word alone is read as its stem, or begins with it as written (새요, which Nori reads as a noun)
        boolean sameVerb = stem.is("VV", "VA") && (c.startsWith(stem.form()) || accepted.size() == 1
                && !accepted.getFirst().morphemes().isEmpty()
                && stem.form().equals(accepted.getFirst().morphemes().getFirst().form()));
        boolean ownPast = !main.getFirst().form().equals(stem.form()) && main.stream().anyMatch(m -> m.is("EP")
                && (m.form().contains("았") || m.form().contains("었") || m.form().contains("였") || m.form().contains("ㅆ")));
        return linked && sameVerb && ownPast;
    }

    /** The speaker's and the listener's pronouns, with the topic and subject particles (나는, 넌, 제가). */
    private static final Set<String> PRONOUNS = Set.of("너", "너는", "넌", "네가", "니가", "너도", "나", "나는", "난", "내가",
            "저", "저는", "전", "제가");

    /**
     * A pronoun of the speaker or the listener where the accepted answer has a word the learner may leave out
     * (너 주말에 뭐 할 거야? read against 이번 주말에 뭐 할 거야?): the learner added the pronoun and dropped
     * 이번 or an opener, both accepted variations (Lee &amp; Ramsey 2000, on ellipsis and the pronouns of
     * speech; 너 to a close friend, 표준 언어 예절 2011); the alignment paired the two words. A pronoun for
     * a noun or for another pronoun (너 for 친구, 나 for 너) keeps its finding.
     */
    static boolean addedPronoun(String o, String c) {
        return PRONOUNS.contains(o) && (c.equals("이번") || Evidence.UNNEEDED.contains(c) && !PRONOUNS.contains(c));
    }

    /**
     * -(으)시- on the verb of a clause joined to a request to the listener (가방은 의자에 두시고 들어오세요, 여기
     * 두시면 돼요 read against 두고): the one asked to act is the subject of both clauses, so -시- honours the
     * listener, never the speaker (Sohn 1999, ch. 9, on subject honorification; Yeon &amp; Brown 2019, -(으)세요
     * and -(으)시면 되다). Not when the learner names himself (제가, 저는, 내가) in the answer.
     *
     * @param o the learner's verb with -시- and a connective (-고, -면, -아/어서), one word
     */
    static boolean listenersClause(String o, String answer) {
        if (o.contains(" ") || answer.contains("제가") || answer.contains("저는") || answer.contains("내가")) {
            return false;
        }
        List<Morphology.Morpheme> m = Evidence.morphemesIn(o, answer);
        boolean honoured = m.stream().anyMatch(x -> x.is("EP") && (x.form().startsWith("시") || x.form().startsWith("으시")));
        // Nori reads 오셔서 alone with 어서 as a final ending (EF): the connective all the same
        boolean connective = m.getLast().is("EC") || m.getLast().is("EF") && m.getLast().form().endsWith("서");
        if (m.size() < 3 || !honoured || !connective || !Set.of("고", "면", "으면", "어서", "아서", "서")
                .contains(m.getLast().form())) {
            return false;
        }
        String[] words = answer.split(" ");
        int at = List.of(words).indexOf(o);
        for (int i = at + 1; at >= 0 && i < words.length; i++) {
            String w = words[i];
            if (w.endsWith("세요") || w.endsWith("십시오") || w.endsWith("시겠어요") || w.endsWith("시겠습니까")
                    || honouredGiving(w) // 오셔서 고쳐 주실 수 있을까요: the request asks the listener (session 26, s26a)
                    || m.getLast().form().endsWith("면") && (w.equals("돼요") || w.equals("됩니다") || w.equals("되세요"))) {
                return true;
            }
        }
        return m.getLast().form().endsWith("면") && conditionOfTheListener(o, answer);
    }

    /**
     * The auxiliary 주다 of a request with -(으)시- (주실 수 있을까요, 주시겠어요, 주시면, 주셨으면): the giver of the favour
     * is the listener (Yeon &amp; Brown 2019, -아/어 주시겠어요?, -아/어 주실 수 있어요?), so a -(으)시- clause joined
     * before it shares the listener as its subject (session 26, s26a).
     */
    private static boolean honouredGiving(String w) {
        return w.startsWith("주시") || w.startsWith("주실") || w.startsWith("주셔") || w.startsWith("주십")
                || w.startsWith("주셨");
    }

    /**
     * Session 14 (helper eval25a). A -(으)시면 clause with no subject of its own in a polite answer (이 길 건너서
     * 다리를 지나가시면 왼쪽에 박물관이 보일 거예요): in directions and instructions the unnamed one who goes or
     * does is the listener, and -시- honours the listener (Yeon &amp; Brown 2019, -(으)면 in directions: 쭉 가시면
     * 오른쪽에 있어요; Sohn 1999, ch. 9, subject honorification). Not where a subject with 이/가 stands before the
     * verb in its sentence (동생이 오시면: the subject is named and not honoured), nor where the learner names
     * himself (checked by the caller), nor in a plain-level answer, which does not honour the listener.
     */
    private static boolean conditionOfTheListener(String o, String answer) {
        List<Morphology.Word> words = Morphology.analyse(answer);
        int at = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).surface().equals(o)) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return false;
        }
        for (int i = at - 1; i >= 0 && !words.get(i).endsWith("EF"); i--) {
            if (words.get(i).has("JKS")) {
                return false;
            }
        }
        for (int i = at + 1; i < words.size(); i++) {
            String w = PUNCTUATION_MARK.matcher(words.get(i).surface()).replaceAll("");
            if (words.get(i).endsWith("EF") && (w.endsWith("요") || w.endsWith("니다") || w.endsWith("니까"))) {
                return true;
            }
        }
        return false;
    }
}
