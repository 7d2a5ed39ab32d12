package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Honorific forms on what belongs to nobody the speaker honours (session 26, s26g), on the learner's own words,
 * category {@code honorific}, the word as written → the word without the honorific:
 * <ul>
 *   <li>{@code honorific/si_extra}: the speaker's own symptom told with -(으)시-: 어제부터 머리가 아프세요 → 아파요,
 *       열이 나세요 → 나요, 어제부터 아프세요 → 아파요. A body part or a symptom raised with -(으)시- is an honoured
 *       person's (간접 높임: 할머니께서 허리가 아프세요); in a statement that names no person the body is the
 *       speaker's, and one never raises oneself. Read only in a statement (no question mark, no question word, no
 *       -죠/-네요 that observes the listener) whose predicate's nearest subject is a body or symptom noun
 *       ({@link #BODY}), or that has no subject and says 아프다, 다치다, 어지럽다 or 피곤하다; no person is named in the
 *       answer, not even in a vocative (선생님, 많이 아프세요 may ask without its mark); some accepted answer says the same predicate and none raises it;</li>
 *   <li>{@code honorific/si_thing}: the time a trip takes raised with -(으)시-: 얼마나 걸리세요? → 걸려요?. The subject
 *       is a stretch of time (사물 존대). Read only on 걸리다 with 얼마나, 몇 or 시간 before it and no other predicate in
 *       its sentence (출근하시는 데 얼마나 걸리세요? asks after the listener's own commute and passes), no person as a
 *       subject in the sentence, and where an accepted answer says the verb without -(으)시- and none with it
 *       (회사까지 얼마나 걸리세요? asked of the listener's commute passes where the task says so);</li>
 *   <li>{@code honorific/self_counter}: the speaker's own party counted with the honorific counter 분: 네 분 예약하고
 *       싶어요 → 네 명. 분 raises the people counted (손님 몇 분이세요?, 부모님 두 분); one's own group is counted with
 *       명. Read only after a native numeral (한, 두, 세, 네 … 열: 분 after a Sino-Korean number or a digit is the
 *       minute), in a statement, where no person is named in the answer but in a vocative, and an accepted answer
 *       counts the same number with 명 and none with 분.</li>
 * </ul>
 * <p>Sources: 국립국어원 『표준 언어 예절』 (2011), 높임법: 주체 높임과 간접 높임, 사물 존대 ("주문하신 커피 나오셨습니다"
 * → "나왔습니다"), 자기를 높이지 않는다; 표준국어대사전 '분'⁹ 「의존 명사」 "사람을 높여 세는 단위"; Sohn, <i>The Korean
 * Language</i> (1999), ch. 9 (subject honorification raises the subject's referent, never the speaker); Yeon &amp;
 * Brown, <i>Korean: A Comprehensive Grammar</i> (2019), on the honorific -(으)시- and the counters 명/분.
 */
final class UnhonouredSubjects {

    private UnhonouredSubjects() {
    }

    /** Body parts and symptoms, the subject of a state of the body (머리가 아파요, 열이 나요). */
    private static final Set<String> BODY = Set.of("머리", "배", "목", "이", "이빨", "치아", "허리", "다리", "팔", "발",
            "손", "눈", "코", "귀", "어깨", "무릎", "등", "가슴", "속", "몸", "열", "기침", "콧물", "두통", "복통", "피",
            "발목", "손목", "온몸", "목구멍", "감기", "설사", "알레르기", "상처");

    /** States of the speaker's body said with no subject (어제부터 아파요). */
    private static final Set<String> BODY_STATES = Set.of("아프", "다치", "어지럽", "피곤하");

    /** Words that make a sentence a question even without its mark. */
    private static final Set<String> QUESTION_WORDS = Set.of("어디", "어디가", "어디를", "왜", "언제", "누가", "누구", "뭐",
            "무엇", "어떻게", "얼마나", "몇", "혹시");

    /** Native numerals before a counter, one to ten (표준국어대사전: 한, 두, 세, 네 … 열). */
    private static final List<String> NATIVE_ORDER = List.of("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉",
            "열");

    /** Endings that observe or confirm the listener (아프시죠?, 아프시네요), not a statement about the speaker. */
    private static final Pattern LISTENERS_ENDING = Pattern.compile(".*(죠|지요|네요|군요|나요|까|까요|지)$");

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
        boolean personNamed = false; // a person the counted or raised words could be, a vocative aside
        boolean addressed = false; // a vocative: the listener, whom a statement without its mark may ask
        for (SpeechLevels.AnalysedSentence s : sentences) {
            for (String w : s.words()) {
                String stem = ArgumentCheck.stemAndParticle(w)[0];
                int at = s.words().indexOf(w);
                boolean counted = w.startsWith("분") && at > 0 && NATIVE_ORDER.contains(s.words().get(at - 1));
                boolean person = !counted
                        && (MisplacedSi.person(stem) || MisplacedSi.raisable(stem) || MisplacedSi.raisable(w));
                boolean vocative = raw.contains(w + ",") && s.words().indexOf(w) == 0;
                personNamed |= person && !vocative;
                addressed |= person && vocative;
            }
        }
        for (SpeechLevels.AnalysedSentence s : sentences) {
            List<String> words = s.words();
            String last = words.getLast();
            boolean question = raw.contains(last + "?");
            if (!question && !personNamed && !addressed) {
                ownSymptom(words, s.analysed(), accepted, out);
            }
            if (!personNamed) {
                ownParty(words, question, accepted, out);
            }
            durationOrCost(words, s.analysed(), accepted, out);
            if (!namesPerson(sentences, raw)) {
                ownPastAct(words, s.analysed(), raw, accepted, out);
                happeningOfThing(words, s.analysed(), accepted, out);
            }
        }
        return out;
    }

    /**
     * Whether the answer names a person -(으)시- could raise: a title, a kin term, N님 or N씨, a person or an animal the
     * rules know ({@link MisplacedSi#raisable}, {@link Persons#MAY_BE_RAISED}, {@link Counters#person},
     * {@link ParticleFrames#ANIMATE}), or any word before a comma that opens its sentence (a vocative). Nouns merely
     * ending as persons' do (접수, 사무실) are not read as persons here.
     */
    private static boolean namesPerson(List<SpeechLevels.AnalysedSentence> sentences, String raw) {
        for (SpeechLevels.AnalysedSentence s : sentences) {
            for (String w : s.words()) {
                String stem = ArgumentCheck.stemAndParticle(w)[0];
                if (MisplacedSi.raisable(stem) || MisplacedSi.raisable(w) || Persons.MAY_BE_RAISED.contains(stem)
                        || Counters.person(stem) || ParticleFrames.ANIMATE.contains(stem) || stem.endsWith("씨")
                        || stem.endsWith("친구") || s.words().indexOf(w) == 0 && raw.contains(w + ",")
                        && !ownFirstWord(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A first word before a comma that is no vocative: a reply word, an opener or a clause of the speaker's. */
    private static boolean ownFirstWord(String w) {
        return Set.of("네", "예", "아니요", "아뇨", "저", "저기", "저기요", "실례지만", "그런데", "근데", "그리고", "그래서",
                "여보세요")
                .contains(w) || Morphology.analyse(w).stream().anyMatch(Morphology.Word::verbal);
    }

    /** The speaker as the subject or topic of their own act. */
    private static final Set<String> SELF = Set.of("제가", "저는", "전", "저도", "내가", "나는", "난", "나도");

    /**
     * 처음 오셨는데요, 접수는 어디서 해요? → 왔는데요 ({@code honorific/si_extra}; session 27, s27d): the speaker's own
     * past act told with -(으)시- and its subject left out. Korean leaves out the subject the situation gives, and in a
     * statement about what happened (처음 왔는데요 'this is my first visit', 어제 전화했는데요) that is the speaker; one
     * never raises oneself (자기에게는 높임말을 쓰지 않는다). The grammar reads the act as the speaker's where the
     * accepted answers tell the same verb without -(으)시- and none raises it (an act of the listener's would be raised
     * in them). Read only on a predicate with the honorific past -셨- that is
     * <ul>
     *   <li>the end of a statement (no question mark, no ending that asks or observes the listener: -죠, -네요, -나요,
     *       -까), or</li>
     *   <li>a clause before a comma or a connective (-는데, -어서, -고, -니까) whose later predicates in the sentence take
     *       no -(으)시- (…오셨는데요, 접수는 어디서 해요?: the question is the speaker's; 오셔서 고쳐 주실 수 있을까요?
     *       asks the listener, whose acts are raised, and passes),</li>
     * </ul>
     * whose clause names no subject or topic but the speaker (제가, 저는, 내가), in an answer that names no person,
     * not even in a vocative. 선생님, 처음 오셨어요? (a question), 어머니가 어제 오셨는데요 (a person named) and any task
     * whose accepted answers raise the verb pass.
     */
    private static void ownPastAct(List<String> words, List<Morphology.Word> analysed, String raw,
            List<String> accepted, List<Finding> out) {
        int last = words.size() - 1;
        boolean question = raw.contains(words.get(last) + "?");
        for (int k = 0; k <= last; k++) {
            String w = words.get(k);
            Morphology.Word verb = analysed.get(k);
            if (!w.contains("셨") || !MisplacedSi.raised(verb) || !verb.verbal()
                    || LISTENERS_ENDING.matcher(w).matches()) {
                continue;
            }
            if (k == last ? question || words.stream().anyMatch(QUESTION_WORDS::contains)
                    : analysed.subList(k + 1, words.size()).stream().anyMatch(MisplacedSi::raised)
                            || !(verb.endsWith("EC", "EF") || verb.endsWith("JX") && w.endsWith("요"))) {
                continue;
            }
            boolean ownSubject = true;
            for (int i = k - 1; i >= 0 && !analysed.get(i).verbal(); i--) {
                if (MisplacedSi.subjectMarked(analysed.get(i), words.get(i))) {
                    ownSubject = SELF.contains(words.get(i));
                    break;
                }
            }
            String stem = stemBeforeSi(verb);
            if (!ownSubject || stem.isEmpty() || !toldPlain(stem, accepted)) {
                continue;
            }
            String plain = SpeechLevels.plainForm(w);
            if (plain != null && !plain.equals(w)) {
                out.add(new Finding(ErrorCategory.HONORIFIC, w, plain, "honorific/si_extra"));
            }
        }
    }

    /**
     * Verbal nouns whose -되다 tells what a person feels (걱정되다, 긴장되다, 이해되다 'make sense to'): its experiencer
     * is a person, whom -(으)시- may raise (많이 걱정되세요?, 이해되세요? asked of the listener), so they are left alone
     * (표준국어대사전 '걱정되다', '긴장되다', '기대되다', '이해되다').
     */
    private static final Set<String> FELT = Set.of("걱정", "긴장", "기대", "이해", "안심", "실감", "납득", "후회", "흥분",
            "당황", "감동", "짐작", "안정", "부담", "신경");

    /**
     * 하늘아파트까지 배달되세요? → 배달돼요? ({@code honorific/si_thing}; session 32, s32d): a verbal noun with the
     * suffix -되다 raised with -(으)시-. -되다 makes the passive or the happening of the verbal noun (표준국어대사전 '-되다'³
     * 「접사」 "피동의 뜻을 더하고 동사를 만드는 접미사": 배달되다, 예약되다, 포함되다, 연결되다), whose subject is the thing
     * delivered, booked or included, never a person to honour; raising it is 사물 존대 (국립국어원 『표준 언어 예절』 2011,
     * 높임법: "주문하신 커피 나오셨습니다" → "나왔습니다"). Read only on one written word N+되 (Nori NNG + XSV 되) with
     * -(으)시-, in an answer that names no person (the caller checks), whose nearest subject or topic before it, if
     * any, is no person, where the noun is no feeling ({@link #FELT}: 걱정되세요? asks after the listener) and an
     * accepted answer says the same N되다 without -(으)시- and none raises it.
     */
    private static void happeningOfThing(List<String> words, List<Morphology.Word> analysed, List<String> accepted,
            List<Finding> out) {
        for (int k = 0; k < words.size(); k++) {
            Morphology.Word verb = analysed.get(k);
            List<Morphology.Morpheme> ms = verb.morphemes();
            if (ms.size() < 3 || !ms.get(0).is("NNG") || !ms.get(1).is("XSV") || !ms.get(1).form().equals("되")
                    || FELT.contains(ms.get(0).form()) || !MisplacedSi.raised(verb)) {
                continue;
            }
            boolean personSubject = false;
            for (int i = k - 1; i >= 0 && !analysed.get(i).verbal(); i--) {
                if (MisplacedSi.subjectMarked(analysed.get(i), words.get(i))) {
                    personSubject = MisplacedSi.person(ArgumentCheck.stemAndParticle(words.get(i))[0]);
                    break;
                }
            }
            String stem = stemBeforeSi(verb);
            if (personSubject || stem.isEmpty() || !toldPlain(stem, accepted)) {
                continue;
            }
            String plain = SpeechLevels.plainForm(words.get(k));
            if (plain != null && !plain.equals(words.get(k))) {
                out.add(new Finding(ErrorCategory.HONORIFIC, words.get(k), plain, "honorific/si_thing"));
            }
        }
    }

    /** The morphemes before the first ending, joined (오 of 오셨는데요, 전화하 of 전화하셨어요); "" for none. */
    private static String stemBeforeSi(Morphology.Word w) {
        StringBuilder sb = new StringBuilder();
        for (Morphology.Morpheme m : w.morphemes()) {
            if (m.isEnding()) {
                break;
            }
            if (!m.isStem() && !m.is("NNG", "XSV", "XSA", "XR")) {
                return "";
            }
            sb.append(m.form());
        }
        return sb.toString();
    }

    /** Whether some accepted answer tells the verb of this stem without -(으)시-, and none with it. */
    private static boolean toldPlain(String stem, List<String> accepted) {
        boolean plain = false;
        for (String a : accepted) {
            for (Morphology.Word w : SpeechLevels.analysed(a)) {
                if (w.verbal() && stem.equals(stemBeforeSi(w))) {
                    if (MisplacedSi.raised(w)) {
                        return false;
                    }
                    plain = true;
                }
            }
        }
        return plain;
    }

    /** 머리가 아프세요 → 아파요 ({@code honorific/si_extra}). */
    private static void ownSymptom(List<String> words, List<Morphology.Word> analysed, List<String> accepted,
            List<Finding> out) {
        int k = words.size() - 1;
        Morphology.Word verb = analysed.get(k);
        String lemma = MisplacedSi.lemma(verb);
        if (lemma.isEmpty() || !MisplacedSi.raised(verb) || LISTENERS_ENDING.matcher(words.get(k)).matches()
                || words.stream().anyMatch(QUESTION_WORDS::contains)) {
            return;
        }
        int subject = -1;
        for (int i = k - 1; i >= 0; i--) {
            if (analysed.get(i).verbal()) {
                return; // a clause of its own: the subject is not certain
            }
            if (MisplacedSi.subjectMarked(analysed.get(i), words.get(i))) {
                subject = i;
                break;
            }
        }
        boolean body = subject >= 0 && BODY.contains(ArgumentCheck.stemAndParticle(words.get(subject))[0]);
        boolean bare = subject < 0 && BODY_STATES.contains(lemma);
        if (!body && !bare || !saidPlain(lemma, accepted)) {
            return;
        }
        String plain = SpeechLevels.plainForm(words.get(k));
        if (plain != null && !plain.equals(words.get(k))) {
            out.add(new Finding(ErrorCategory.HONORIFIC, words.get(k), plain, "honorific/si_extra"));
        }
    }

    /** 얼마나 걸리세요? → 걸려요? ({@code honorific/si_thing}). */
    private static void durationOrCost(List<String> words, List<Morphology.Word> analysed, List<String> accepted,
            List<Finding> out) {
        int k = words.size() - 1;
        Morphology.Word verb = analysed.get(k);
        String lemma = MisplacedSi.lemma(verb);
        if (!lemma.equals("걸리") || !MisplacedSi.raised(verb) || !saidPlain(lemma, accepted)) {
            return;
        }
        boolean measured = false;
        for (int i = k - 1; i >= 0; i--) {
            Morphology.Word m = analysed.get(i);
            String w = words.get(i);
            if (m.verbal()) {
                return; // 출근하시는 데 얼마나 걸리세요: the listener's own act
            }
            String stem = ArgumentCheck.stemAndParticle(w)[0];
            if (MisplacedSi.subjectMarked(m, w) && (MisplacedSi.person(stem) || MisplacedSi.raisable(stem))) {
                return;
            }
            measured |= w.equals("얼마나") || w.equals("몇") || w.startsWith("시간");
        }
        if (!measured) {
            return;
        }
        String plain = SpeechLevels.plainForm(words.get(k));
        if (plain != null && !plain.equals(words.get(k))) {
            out.add(new Finding(ErrorCategory.HONORIFIC, words.get(k), plain, "honorific/si_thing"));
        }
    }

    /** 네 분 예약하고 싶어요 → 네 명 ({@code honorific/self_counter}). */
    private static void ownParty(List<String> words, boolean question, List<String> accepted, List<Finding> out) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String numeral = words.get(i);
            String counted = words.get(i + 1);
            if (!NATIVE_ORDER.contains(numeral) || !counted.startsWith("분")) {
                continue;
            }
            String rest = counted.substring(1);
            if (question && (i + 2 == words.size() || rest.startsWith("이"))) {
                continue; // 두 분이세요?: the host counts the guests
            }
            if (!rest.isEmpty() && Particles.of(rest).isEmpty() && !rest.startsWith("이에요") && !rest.startsWith("이요")
                    && !rest.startsWith("입니다")) {
                continue; // 분위기, 분실: another word
            }
            String digit = String.valueOf(NATIVE_ORDER.indexOf(numeral) + 1);
            boolean counts = accepted.stream().anyMatch(a -> (" " + a).contains(" " + numeral + " 명")
                    || (" " + a).contains(" " + digit + "명") || (" " + a).contains(" " + digit + " 명"));
            boolean honours = accepted.stream().anyMatch(a -> NATIVE_ORDER.stream()
                    .anyMatch(n -> (" " + a + " ").contains(" " + n + " 분")));
            if (counts && !honours) {
                out.add(new Finding(ErrorCategory.HONORIFIC, counted, "명" + rest, "honorific/self_counter"));
            }
        }
    }

    /** Whether some accepted answer says the predicate, and none raises it with -(으)시-. */
    private static boolean saidPlain(String lemma, List<String> accepted) {
        if (MisplacedSi.raisedInAccepted(lemma, accepted)) {
            return false;
        }
        for (String a : accepted) {
            for (Morphology.Word w : SpeechLevels.analysed(a)) {
                if (MisplacedSi.lemma(w).equals(lemma) && !MisplacedSi.raised(w)) {
                    return true;
                }
            }
        }
        return false;
    }
}
