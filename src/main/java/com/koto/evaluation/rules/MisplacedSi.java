package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * -(으)시- on a predicate whose subject is no honoured person, on the learner's own words (session 16),
 * category {@code honorific}, the predicate as written → the predicate without -(으)시-:
 * <ul>
 *   <li>{@code honorific/si_thing}: a thing that is somewhere or is brought out: 교재는 어디에 있으세요? →
 *       있어요, 옷하고 책이 들어 있으십니다 → 있습니다, 음식이 나오셨습니다 → 나왔습니다. -(으)시- raises the
 *       subject, and a thing is raised only as part of an honoured person (간접 높임: 할머니는 다리가 아프시다,
 *       선생님은 시간이 있으세요?); the shop's goods, a parcel's contents and the dish served belong to nobody
 *       the speaker honours, so 국립국어원 calls -시- on them 사물 존대 and corrects it (주문하신 커피 나오셨습니다
 *       → 나왔습니다). Read only where the sentence's last word is 있다 of place (a word in 에 or 어디/여기/거기/
 *       저기 before it, or -아/어 있다 of a state) or 나오다 in a statement, its nearest subject or topic is a
 *       dictionary common noun that names no person ({@link #thing}), no person is named in the answer for 있다
 *       (a vocative or a possessor makes it theirs) nor right before the noun for 나오다, a question names the
 *       noun as the accepted answers do (their subject or topic), and no accepted answer raises that verb;</li>
 *   <li>{@code honorific/si_extra}: the speaker's own things and possessions: 제 이름은 데위십니다 → 데위입니다
 *       (the subject is 제 + a thing noun), 저는 PT 마주의 부디이십니다 → 부디입니다 (저는/전/제가/저도 and nouns only
 *       up to the copula with -(으)시-: the speaker is what the noun names; session 26, s26g), 제가 질문이 있으세요 → 있어요 (제가/저는 has the thing: 있다/없다 of
 *       possession, whose -시- would raise its owner), 네, 2년 전에 한 번 가셨어요 → 갔어요 (the answer to the
 *       listener's yes/no question about the speaker, {@link #ownAnswer}). 자기에게는 높임말을 쓰지 않는다.</li>
 * </ul>
 * <p>Sources: 국립국어원 『표준 언어 예절』 (2011), 높임법: 주체 높임, 간접 높임 ("말씀이 있으시겠습니다"), 사물
 * 존대 ("주문하신 커피 나오셨습니다" → "나왔습니다"); 국립국어원 『외국인을 위한 한국어 문법 1』 (2005), 주체
 * 높임법 (the -시- of the subject, never of oneself); Sohn, <i>The Korean Language</i> (1999), ch. 9.
 */
final class MisplacedSi {

    /** A word that ends in the infinitive -아/-어. */
    private static final Pattern INFINITIVE_END = Pattern.compile(".*[어아여워와]");
    /** -(으)시- at the start of an ending. */
    private static final Pattern HONORIFIC_SI_START_SE = Pattern.compile("(으)?(시|세|셔|셨|십).*");
    /** A form of 계시다. */
    private static final Pattern GYESIDA_FORM = Pattern.compile(".*계[시세셔셨십].*");

    private MisplacedSi() {
    }

    /** One-syllable nouns of persons and animals (a thing noun may be one syllable: 책, 옷, 약). */
    private static final Set<String> ONE_SYLLABLE_BEINGS = Set.of("딸", "형", "애", "분", "놈", "남", "님", "씨", "왕",
            "개", "새", "신", "처", "누구");

    /** Honorific nouns, the honoured person's own things (간접 높임 raises them with their owner). */
    private static final Set<String> HONORIFIC_NOUNS = Set.of("성함", "연세", "댁", "말씀", "생신", "진지", "병환",
            "춘추", "존함", "따님", "아드님", "부인");

    /** Words of place that make 있다 "be somewhere" (어디에 있어요), not "have". */
    private static final Set<String> PLACE_WORDS = Set.of("어디", "여기", "거기", "저기", "이쪽", "저쪽", "그쪽");

    /** The speaker as the subject or topic (제가 질문이 있어요: the speaker has the question). */
    private static final Set<String> SELF = Set.of("제가", "저는", "전", "저도");

    /** The speaker's possessive (제 이름은). */
    private static final Set<String> MY = Set.of("제", "저의");

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed (punctuation separates sentences and marks questions)
     * @param accepted the normalised accepted answers
     * @return findings; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (raw.contains("\"") || raw.contains("“") || raw.contains("'") || raw.contains("‘")) {
            return out; // quoted speech keeps the quoted speaker's words
        }
        List<SpeechLevels.AnalysedSentence> sentences = SpeechLevels.analysedSentences(raw);
        // someone the -시- could honour through the thing (간접 높임): an honoured title or kin term, or a vocative
        boolean personNamed = false;
        for (SpeechLevels.AnalysedSentence s : sentences) {
            for (String w : s.words()) {
                String stem = ArgumentCheck.stemAndParticle(w)[0];
                personNamed |= raisable(stem) || raisable(w) || raw.contains(w + ",") && !YES_NO.contains(w);
            }
        }
        for (SpeechLevels.AnalysedSentence s : sentences) {
            List<String> words = s.words();
            if (words.size() < 2) {
                continue;
            }
            String last = words.getLast();
            boolean question = raw.contains(last + "?");
            thingPresence(words, s.analysed(), question, personNamed, accepted, out);
            speakersOwn(words, s.analysed(), out);
            if (!question && !personNamed) {
                ownAnswer(words, s.analysed(), accepted, out);
            }
        }
        return out;
    }

    /** 있으세요 of a thing's place, 나오셨습니다 of a dish served ({@code honorific/si_thing}). */
    private static void thingPresence(List<String> words, List<Morphology.Word> analysed, boolean question,
            boolean personNamed, List<String> accepted, List<Finding> out) {
        int k = words.size() - 1;
        Morphology.Word verb = analysed.get(k);
        String lemma = lemma(verb);
        boolean be = lemma.equals("있");
        boolean served = lemma.equals("나오") && !question;
        if (!be && !served || !raised(verb) || raisedInAccepted(lemma, accepted)) {
            return;
        }
        String plain = SpeechLevels.plainForm(words.get(k));
        if (plain == null || plain.equals(words.get(k))) {
            return;
        }
        boolean state = k >= 1 && analysed.get(k - 1).verbal() && analysed.get(k - 1).endsWith("EC")
                && INFINITIVE_END.matcher(words.get(k - 1)).matches(); // 들어 있다, 놓여 있다
        boolean place = false;
        int subject = -1;
        for (int i = state ? k - 2 : k - 1; i >= 0; i--) {
            Morphology.Word m = analysed.get(i);
            String w = words.get(i);
            if (m.verbal()) {
                return; // a clause of its own: the subject is not certain
            }
            if (subjectMarked(m, w)) {
                subject = i;
                break;
            }
            if (served && i == k - 1 && m.morphemes().size() == 1 && m.startsWith("NNG")) {
                subject = i; // 커피 나오셨습니다: the subject without its particle
                break;
            }
            place |= PLACE_WORDS.contains(w) || placeIn(m);
        }
        if (subject < 0 || be && !state && !place || be && personNamed) {
            return;
        }
        String noun = ArgumentCheck.stemAndParticle(words.get(subject))[0];
        if (!thing(noun, analysed.get(subject))
                || subject > 0 && person(ArgumentCheck.stemAndParticle(words.get(subject - 1))[0])
                || question && !namedAsSubject(noun, accepted)) {
            return;
        }
        out.add(new Finding(ErrorCategory.HONORIFIC, words.get(k), plain, "honorific/si_thing"));
    }

    /** 제 이름은 데위십니다, 제가 질문이 있으세요 ({@code honorific/si_extra}). */
    private static void speakersOwn(List<String> words, List<Morphology.Word> analysed, List<Finding> out) {
        int k = words.size() - 1;
        Morphology.Word verb = analysed.get(k);
        String own = ownCopula(words.get(k), verb); // Nori may read 부디이십니다 as 부디 이 시(NNB) 이다
        if (!raised(verb) && own == null) {
            return;
        }
        String plain = own != null ? own : SpeechLevels.plainForm(words.get(k));
        if (plain == null || plain.equals(words.get(k))) {
            return;
        }
        for (int i = 0; i < k; i++) {
            String w = words.get(i);
            if (MY.contains(w) && i + 1 < k) {
                // 제 + a thing as the subject or topic, and nothing but adjuncts up to the predicate
                Morphology.Word next = analysed.get(i + 1);
                String noun = ArgumentCheck.stemAndParticle(words.get(i + 1))[0];
                if (subjectMarked(next, words.get(i + 1)) && thing(noun, next) && plainUpTo(analysed, i + 2, k)) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, words.get(k), plain, "honorific/si_extra"));
                }
                return;
            }
            if (SELF.contains(w)) {
                // 저는 PT 마주의 부디이십니다: the speaker is what the noun names; only nouns up to the copula (session 26)
                if (own != null && plainUpTo(analysed, i + 1, k)) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, words.get(k), own, "honorific/si_extra"));
                    return;
                }
                // 제가 질문이 있으세요: the speaker has it; only 있다/없다, the thing right before them
                String lemma = lemma(verb);
                if ((lemma.equals("있") || lemma.equals("없")) && i + 2 == k && plainUpTo(analysed, i + 1, k - 1)) {
                    Morphology.Word had = analysed.get(k - 1);
                    String noun = ArgumentCheck.stemAndParticle(words.get(k - 1))[0];
                    if (had.endsWith("JKS") && thing(noun, had)) {
                        out.add(new Finding(ErrorCategory.HONORIFIC, words.get(k), plain, "honorific/si_extra"));
                    }
                }
                return;
            }
        }
    }

    /** The copula's endings with -(으)시- after 이, and their plain forms (부디이십니다 → 부디입니다). */
    private static final Pattern COPULA_SI_AFTER_I = Pattern.compile("(.+)이(십니다|세요|셨어요|셨습니다)");

    /**
     * The copula word without -(으)시- (사람이세요 → 사람이에요, 부디이십니다 → 부디입니다), or null where the word is no
     * noun with an honoured copula: Nori's reading (N + VCP + 시), or a name it reads otherwise (부디, an adverb too)
     * written with the copula's 이 whole before -(으)시-, whose part before 이 is no predicate.
     */
    private static String ownCopula(String word, Morphology.Word verb) {
        String read = verb.morphemes().stream().anyMatch(x -> x.is("VCP")) ? SpeechLevels.copulaWithoutSi(word) : null;
        if (read != null) {
            return read;
        }
        java.util.regex.Matcher m = COPULA_SI_AFTER_I.matcher(word);
        if (!m.matches() || Morphology.analyse(m.group(1)).stream().anyMatch(Morphology.Word::verbal)) {
            return null;
        }
        String plain = switch (m.group(2)) {
            case "십니다" -> "입니다";
            case "세요" -> "이에요";
            case "셨어요" -> "이었어요";
            default -> "이었습니다";
        };
        return m.group(1) + plain;
    }

    /** Nouns of time, whose 에 says when (수업이 몇 시에 있으세요: the listener's class, not a thing's place). */
    private static final Set<String> TIMES = Set.of("아침", "점심", "저녁", "오전", "오후", "밤", "새벽", "주말", "평일",
            "때", "후", "전", "다음", "날", "방학", "휴가", "오늘", "내일", "모레", "어제", "주", "달", "해");

    /**
     * A place in 에 (어디에, 2층에, 책상 위에, 도서관에): a common or proper noun, or the floor counter 층, before
     * 에; not a time (몇 시에, 오후에, 월요일에).
     */
    private static boolean placeIn(Morphology.Word m) {
        List<Morphology.Morpheme> ms = m.morphemes();
        if (ms.size() < 2 || !m.endsWith("JKB") || !ms.getLast().form().equals("에")) {
            return false;
        }
        Morphology.Morpheme noun = ms.get(ms.size() - 2);
        if (noun.is("NNBC")) {
            return noun.form().equals("층");
        }
        return noun.is("NNG", "NNP", "NP") && !TIMES.contains(noun.form()) && !noun.form().endsWith("요일");
    }

    /** The words that open an answer to a yes/no question. */
    private static final Set<String> YES_NO = Set.of("네", "예", "아니요", "아뇨", "아니에요");

    /**
     * 네, 2년 전에 한 번 가셨어요 → 갔어요 ({@code honorific/si_extra}): the answer to the listener's yes/no
     * question about the speaker (가 보셨어요? – 네, 갔어요) tells the speaker's own past, which takes no -시-. Only a
     * statement that opens with 네/예/아니요, names no subject or topic and no person in the whole answer, whose
     * predicate has -시- with the past -었- (가셨어요, 하셨어요), where every accepted
     * answer opens so too and none raises anyone with -(으)시-: the task's answer is the speaker's own.
     */
    private static void ownAnswer(List<String> words, List<Morphology.Word> analysed, List<String> accepted,
            List<Finding> out) {
        if (!YES_NO.contains(words.getFirst())) {
            return;
        }
        int k = words.size() - 1;
        String said = words.get(k);
        if (!said.contains("셨") || !raised(analysed.get(k)) || !analysed.get(k).verbal()) {
            return;
        }
        for (int i = 1; i < k; i++) {
            if (subjectMarked(analysed.get(i), words.get(i)) || analysed.get(i).verbal()) {
                return;
            }
        }
        for (String a : accepted) {
            List<String> ws = List.of(a.split(" "));
            if (ws.isEmpty() || !YES_NO.contains(ws.getFirst())
                    || SpeechLevels.analysed(a).stream().anyMatch(MisplacedSi::raised)) {
                return;
            }
        }
        String plain = SpeechLevels.plainForm(said);
        if (plain != null && !plain.equals(said)) {
            out.add(new Finding(ErrorCategory.HONORIFIC, said, plain, "honorific/si_extra"));
        }
    }

    /** Whether the words from {@code from} (inclusive) to {@code to} (exclusive) are no predicate and no subject. */
    private static boolean plainUpTo(List<Morphology.Word> analysed, int from, int to) {
        for (int j = from; j < to; j++) {
            Morphology.Word m = analysed.get(j);
            if (m.verbal() || subjectMarked(m, m.surface())) {
                return false;
            }
        }
        return true;
    }

    /** The predicate's first stem (있 of 있으세요, 나오 of 나오셨습니다); "" for a word that is no predicate. */
    static String lemma(Morphology.Word verb) {
        if (verb.morphemes().isEmpty() || !verb.morphemes().getFirst().is("VV", "VA", "VX")) {
            return "";
        }
        return verb.morphemes().getFirst().form();
    }

    /** -(으)시- in the word: a pre-final 시, or an ending Nori keeps it in (으세요). */
    static boolean raised(Morphology.Word w) {
        for (Morphology.Morpheme m : w.morphemes()) {
            if (m.is("EP") && (m.form().equals("시") || m.form().equals("으시"))) {
                return true;
            }
            if (m.isEnding() && HONORIFIC_SI_START_SE.matcher(m.form()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an accepted answer raises the verb itself (있으세요, 나오셨어요): the task honours its subject. */
    static boolean raisedInAccepted(String lemma, List<String> accepted) {
        String raisedForm = lemma + "(으)?(시|세|셔|셨|십)";
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(^|\\s)\\S*" + raisedForm);
        return accepted.stream().anyMatch(a -> p.matcher(a).find() || lemma.equals("있") && GYESIDA_FORM.matcher(a).matches());
    }

    /** A subject or topic word (이/가, 께서, 은/는). */
    static boolean subjectMarked(Morphology.Word m, String w) {
        return m.endsWith("JKS") || m.endsWith("JX") && (w.endsWith("은") || w.endsWith("는"));
    }

    /** Whether an accepted answer has the noun with a subject or topic particle (교재는, 책이). */
    private static boolean namedAsSubject(String noun, List<String> accepted) {
        for (String a : accepted) {
            for (String w : a.split(" ")) {
                String[] sp = ArgumentCheck.stemAndParticle(w);
                if (sp[0].endsWith(noun) && Set.of("이", "가", "은", "는").contains(sp[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A noun that names a person or an animal, which -(으)시- may raise: the honoured titles and kin ({@link
     * Persons}), people and animals the rules know ({@link ParticleFrames#ANIMATE}, {@link Counters#person}),
     * and nouns ending as persons' and roles' do ({@link HonorificWords#PERSON_ENDS}: 담당자, 직원, 동생 …).
     */
    static boolean person(String noun) {
        if (noun.isEmpty()) {
            return false;
        }
        return HonorificWords.honoured(noun) || Persons.MAY_BE_RAISED.contains(noun) || Counters.person(noun)
                || ParticleFrames.ANIMATE.contains(noun) || ONE_SYLLABLE_BEINGS.contains(noun)
                || noun.endsWith("님") || noun.endsWith("씨") || noun.endsWith("친구")
                || noun.length() >= 2 && HonorificWords.PERSON_ENDS.contains(noun.charAt(noun.length() - 1));
    }

    /** A title, kin term or N님 that -(으)시- raises (선생님, 할머니, 손님, 고객님), possibly with 께서/께. */
    static boolean raisable(String noun) {
        return HonorificWords.honoured(noun) || Persons.MAY_BE_RAISED.contains(noun) || noun.length() >= 2
                && (noun.endsWith("님") || noun.endsWith("께서") || noun.endsWith("께"));
    }

    /** A dictionary common noun (Nori NNG, the whole stem) that names no person and is no honorific noun. */
    static boolean thing(String noun, Morphology.Word read) {
        if (noun.isEmpty() || person(noun) || HONORIFIC_NOUNS.contains(noun)) {
            return false;
        }
        return read.morphemes().stream().noneMatch(x -> x.is("NNP", "NP", "UNKNOWN"))
                && KnownWords.tags(noun).contains(org.apache.lucene.analysis.ko.POS.Tag.NNG);
    }
}
