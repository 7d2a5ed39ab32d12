package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Endings and tenses that the learner's own sentence, or the sentence before it in the same turn, rules out
 * (session 27, s27e). Each mechanism reads the learner's words as written (with their sentence marks); the
 * accepted answers only guard that the task asks what the rule assumes.
 *
 * <ul>
 * <li>{@code ending/question_word_formal}: a question word as the focus of a 합니다체 sentence that ends in the
 * statement ending -(스)ㅂ니다 (얼마입니다 → 얼마입니까, 몇 시에 출발합니다 → 출발합니까). A question word (얼마,
 * 몇 시, 어디, 언제, 누구, 무엇/뭐, 어느 N, 어떻게) in a main clause asks, and the formal style asks with
 * -(스)ㅂ니까 (국립국어원 『외국인을 위한 한국어 문법 1』 '-습니까/-ㅂ니까'; Yeon &amp; Brown 2019, the formal style;
 * 표준국어대사전 '얼마', '어디' 「대명사」 ①: 의문문에 쓰여). Left alone: the indefinite readings (뭐 좀, 어디 좀,
 * 언제 한번, 얼마 전, 얼마 안 됩니다, 어느 날, 몇 명/번 'a few'), embedded questions (-는지, -(으)ㄴ지, -(으)ㄹ지,
 * -냐고), a question word in a clause linked to the predicate by a connective, -겠습니다, and 해요체 (예요/어요
 * both state and ask). Only where an accepted answer asks a question.</li>
 * <li>{@code tense/request_past}: -아/어 주셨어요? (주셨습니까?, 줬어?) asks whether the listener did the favour,
 * not for it; where every accepted answer makes a request, the request is -아/어 주시겠어요? (주시겠습니까?, 줄래?)
 * (Yeon &amp; Brown 2019, -아/어 주시겠어요? as the polite request; -았/었- places the act before now).</li>
 * <li>{@code ending/reason_apology}: -(으)니까 as the reason of an apology or of thanks (늦었으니까 죄송합니다 →
 * 늦어서): -(으)니까 does not go with 감사합니다/죄송합니다/반갑습니다, which take -아/어서 (Yeon &amp; Brown 2019,
 * -(으)니까 vs -아/어서; 『외국인을 위한 한국어 문법 1』 '-어서' (이유): 늦어서 죄송합니다). Read in the sentence of
 * the apology, or, for a past -았/었으니까 (a reason, never the discovery -(으)니까), in a statement next to an
 * apology or thanks of its own (버스가 늦게 왔으니까 늦었습니다. 죄송합니다.). Not where an accepted answer links
 * a clause with -(으)니까.</li>
 * <li>{@code tense/future}: a future time word in the sentence before (이번 토요일은 내 생일이야.) and a past
 * statement of the planned event after it (우리 집에서 파티 했어. → 할 거야) where no accepted answer has a past
 * and one has the learner's verb: the event is dated by the time word of the turn (Yeon &amp; Brown 2019,
 * -(으)ㄹ 거예요 of plans; -았/었- places an event before now).</li>
 * </ul>
 */
final class TurnEndings {

    /** A sentence with its terminator (., ?, ! or the end). */
    private static final Pattern SENTENCE = Pattern.compile("[^.?!\\n]+[.?!]?");
    /** An embedded or reported question, or a free-choice word: the question word is not the sentence's focus. */
    private static final Pattern NOT_ASKED = Pattern.compile("(든지|든가|라도|냐고|느냐|는가|니고|라고|인가|던가)");
    /** The request forms of the auxiliary 주다 an accepted answer may use. */
    private static final Pattern REQUEST = Pattern.compile(
            "(주세요|주시겠|주실|주시면|주십시오|주십사|줄래|줄 수|줘|주겠|주라|부탁)");
    /** The past of the auxiliary 주다 at the end of a question. */
    private static final java.util.Map<String, String> PAST_REQUESTS = java.util.Map.of("주셨어요", "주시겠어요",
            "주셨습니까", "주시겠습니까", "주셨나요", "주시겠어요", "줬어요", "주시겠어요", "주었어요", "주시겠어요",
            "줬습니까", "주시겠습니까", "주었습니까", "주시겠습니까", "줬어", "줄래", "주었어", "줄래");
    /** Words of a favour already done: the past asks about it (벌써 보내 주셨어요?). */
    private static final Set<String> DONE = Set.of("벌써", "이미", "아까", "방금", "어제", "그저께", "지난번에", "전에",
            "작년에", "지난주에", "다", "어젯밤에");
    /** The predicates of an apology or of thanks (stems as written). */
    private static final List<String> APOLOGY = List.of("죄송", "미안", "감사", "고맙", "고마워", "고마웠", "반갑", "반가워");
    /** Connectives that link the clause of a question word to another predicate (Nori's EC forms). */
    private static final Set<String> LINKS = Set.of("는데", "은데", "ㄴ데", "지만", "니까", "으니까", "면", "으면", "서",
            "아서", "어서", "여서", "며", "으며", "다가", "도록", "러", "으러", "려고", "으려고", "거나", "든지");
    /** Future time words that date a plan (the first word, or the first two). */
    private static final Pattern FUTURE = Pattern.compile(
            "(^| )(내일|모레|내년|다음 ?(주|달|주말|번)|이따가?|이번 ?(주|주말|달|월요일|화요일|수요일|목요일|금요일|토요일|일요일)"
                    + "|오는 [월화수목금토일]요일|[월화수목금토일]요일에)");
    /** Words that date or settle the learner's past sentence itself (a decision, a preparation made). */
    private static final Pattern OWN_TIME = Pattern.compile(
            "(어제|그저께|그제|지난|아까|작년|벌써|이미|방금|미리|오늘|그때|전에|기로|려고|게 됐|게 되었|(^| )다 )");

    /**
     * The subtypes that repair the learner's own word by a rule: they outrank the comparison's finding of the same
     * category on that word ({@link SpeechLevels#repairs}), so the explanation names the rule.
     */
    static final Set<String> REPAIRS = Set.of("ending/question_word_formal", "tense/request_past",
            "ending/reason_apology");

    private TurnEndings() {
    }

    /**
     * @param raw      the answer as the learner wrote it
     * @param expected the accepted answers as written
     * @return the findings of this class, on the learner's words; empty when none applies
     */
    static List<Finding> find(String raw, List<String> expected) {
        List<Finding> out = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(raw);
        while (m.find()) {
            if (!m.group().isBlank()) {
                sentences.add(m.group().strip());
            }
        }
        boolean asks = expected.stream().anyMatch(e -> e.contains("?") || AnswerText.normalise(e).matches(".*까(요)?( |$).*"));
        boolean requests = !expected.isEmpty() && expected.stream().allMatch(e -> REQUEST.matcher(e).find());
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            List<String> words = AnswerText.wordsOf(s);
            if (words.isEmpty()) {
                continue;
            }
            if (asks) {
                askedStatement(s, words).ifPresent(out::add);
            }
            if (requests) {
                pastRequest(s, words).ifPresent(out::add);
            }
            reasonOfApology(sentences, i, words, expected).ifPresent(out::add);
            if (i > 0) {
                plannedPast(sentences.get(i - 1), s, words, expected).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * A 합니다체 statement whose focus is a question word (이 소포는 얼마입니다. → 얼마입니까); the finding is on the
     * last word, -니다 → -니까. Subtype {@code ending/question_word_formal}.
     */
    static Optional<Finding> askedStatement(String sentence, List<String> words) {
        if (sentence.endsWith("?") || NOT_ASKED.matcher(sentence).find()) {
            return Optional.empty(); // (a question mark: StemEndings.formalQuestions)
        }
        int last = words.size() - 1;
        String end = words.get(last);
        if (!formalStatement(end) || end.endsWith("겠습니다")) {
            return Optional.empty();
        }
        int q = -1;
        for (int i = 0; i <= last && q < 0; i++) {
            if (questionWord(words, i)) {
                q = i;
            }
        }
        if (q < 0) {
            return Optional.empty();
        }
        List<Morphology.Word> read = Morphology.analyse(String.join(" ", words));
        if (read.size() != words.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < last; i++) {
            if (embedded(words.get(i))) {
                return Optional.empty(); // 언제 오는지 모르겠습니다, 얼마인지 압니다
            }
        }
        for (int i = q; i < last; i++) {
            Morphology.Word w = read.get(i);
            List<Morphology.Morpheme> ms = w.morphemes();
            if (ms.isEmpty()) {
                return Optional.empty();
            }
            Morphology.Morpheme e = ms.getLast();
            if (e.is("EF") || e.is("EC") && LINKS.contains(e.form())
                    && !(i == last - 1 && e.form().endsWith("면") && end.startsWith("됩"))) {
                return Optional.empty(); // 어디 가서 먹었습니다, 언제 시간 되면 연락드리겠습니다
            }
        }
        return Optional.of(new Finding(ErrorCategory.ENDING, end, end.substring(0, end.length() - 1) + "까",
                "ending/question_word_formal"));
    }

    /** -(스)ㅂ니다 of the formal statement (합니다, 먹습니다, 얼마입니다). */
    private static boolean formalStatement(String w) {
        if (w.length() < 3 || !w.endsWith("니다")) {
            return false;
        }
        char before = w.charAt(w.length() - 3);
        return before == '습' || Hangul.isSyllable(before) && Hangul.finalIndex(before) == Hangul.Final.B;
    }

    /** -는지, -(으)ㄴ지, -(으)ㄹ지 with or without a particle: an embedded question (어디에 있는지, 얼마인지를). */
    private static boolean embedded(String w) {
        String bare = w.replaceFirst("(를|을|는|도|가|만)$", "");
        if (bare.length() < 2 || !bare.endsWith("지")) {
            return false;
        }
        char before = bare.charAt(bare.length() - 2);
        return Hangul.isSyllable(before) && (Hangul.finalIndex(before) == Hangul.Final.N
                || Hangul.finalIndex(before) == Hangul.Final.L);
    }

    /**
     * Whether word {@code i} is a question word in its asking use: 얼마 (not 얼마 전/후/동안, 얼마 안/못/없-, the
     * 'not much' of a negation), 몇 with the counter of a clock time, an age, a floor, a month or an order (몇 명,
     * 몇 번, 몇 분 also count 'a few'), 어디 and 언제 with a case particle or bare (not before 좀, 한번, 또), 누구 with
     * a particle or the copula (누가 is also 'someone'), 무엇/뭐/뭘 (not before 좀, 하나), 어느 before a noun other
     * than 날, 정도, 때, 순간 ('one day', 'to some extent'), and 어떻게.
     */
    static boolean questionWord(List<String> words, int i) {
        String w = words.get(i);
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        if (Set.of("좀", "한번", "한", "또", "하나", "다시").contains(next)) {
            return false; // 뭐 좀 먹었습니다, 어디 좀 갑니다, 언제 한번 찾아뵙겠습니다 (indefinite)
        }
        if (w.startsWith("얼마")) {
            if (w.startsWith("얼마간") || Set.of("전", "전에", "후", "후에", "뒤", "뒤에", "동안", "안", "못", "만큼",
                    "지나지", "남지", "되지").contains(next) || words.stream().anyMatch(x -> Set.of("안", "못").contains(x)
                    || x.startsWith("없") || x.startsWith("않"))) {
                return false;
            }
            return true;
        }
        if (w.equals("몇")) {
            return next.matches("(시|살|층|호|월|번째|호선|학년|시예요|시입니다|시에|시까지|시부터|시쯤|살이|살입니다|층에|층입니다|월에)");
        }
        if (w.startsWith("몇시") && !w.startsWith("몇시간")) {
            return true;
        }
        if (w.matches("어디(에|서|에서|로|까지|부터|쯤|입니다|가|를)?")) {
            return true;
        }
        if (w.matches("언제(에|까지|부터|쯤|입니다|가)?")) {
            return true;
        }
        if (w.matches("누구(를|와|하고|랑|한테|에게|의|입니다|세요|십니까|십니다|랑)?")) {
            return true;
        }
        if (w.matches("(무엇|뭐|뭘)(을|를|으로|로|에|이|입니다)?") && !w.equals("뭐이")) {
            return true;
        }
        if (w.equals("어느") && !next.isEmpty()) {
            return !next.matches("(날|정도|때|순간|새|덧|누구|하나|것이나|곳이나|쪽이든).*") && !next.endsWith("나")
                    && !next.endsWith("든지");
        }
        return w.startsWith("어떻게") && !w.startsWith("어떻게든") && !w.startsWith("어떻게나");
    }

    /**
     * A request asked in the past (사진 좀 찍어 주셨어요? → 주시겠어요): the last word of a question is the past of
     * the auxiliary 주다 after a verb's -아/어 form (찍어 주셨어요, 찍어주셨어요). Read only where every accepted answer
     * makes a request ({@link #find}) and no word of a favour already done stands in the sentence. Subtype
     * {@code tense/request_past}.
     */
    static Optional<Finding> pastRequest(String sentence, List<String> words) {
        if (!sentence.endsWith("?") || words.stream().anyMatch(DONE::contains)) {
            return Optional.empty();
        }
        String end = words.getLast();
        for (var e : PAST_REQUESTS.entrySet()) {
            String past = e.getKey();
            if (!end.endsWith(past)) {
                continue;
            }
            String verb = end.length() > past.length() ? end.substring(0, end.length() - past.length())
                    : words.size() >= 2 ? words.get(words.size() - 2) : "";
            if (!infinitive(verb)) {
                return Optional.empty();
            }
            String original = end.length() > past.length() ? end : past;
            String correction = end.length() > past.length() ? verb + e.getValue() : e.getValue();
            return Optional.of(new Finding(ErrorCategory.TENSE, original, correction, "tense/request_past"));
        }
        return Optional.empty();
    }

    /** Whether the word is a verb's -아/어 form (찍어, 보내, 와, 해, 가르쳐), as Nori reads it before 주세요. */
    private static boolean infinitive(String verb) {
        if (verb.isEmpty() || !Hangul.isSyllable(verb.charAt(verb.length() - 1))) {
            return false;
        }
        List<Morphology.Word> read = Morphology.analyse(verb + " 주세요");
        if (read.size() != 2) {
            return false;
        }
        List<Morphology.Morpheme> ms = read.getFirst().morphemes();
        return ms.size() >= 2 && ms.getFirst().is("VV", "NNG", "XR", "VA") && ms.getLast().is("EC")
                && Set.of("아", "어", "여").contains(ms.getLast().form());
    }

    /**
     * -(으)니까 as the reason of an apology or thanks, → -아/어서. Subtype {@code ending/reason_apology}.
     *
     * @param sentences the learner's sentences, as written
     * @param i         the sentence read
     * @param words     its words
     * @param expected  the accepted answers: none may link a clause with -(으)니까
     */
    static Optional<Finding> reasonOfApology(List<String> sentences, int i, List<String> words, List<String> expected) {
        String s = sentences.get(i);
        if (s.endsWith("?") || expected.stream().anyMatch(e -> e.matches(".*니까 .*"))) {
            return Optional.empty();
        }
        int last = words.size() - 1;
        boolean apologySentence = apology(words.get(last));
        boolean nextToApology = !apologySentence && statementEnd(words.get(last))
                && (i + 1 < sentences.size() && shortApology(sentences.get(i + 1))
                        || i > 0 && shortApology(sentences.get(i - 1)));
        if (!apologySentence && !nextToApology) {
            return Optional.empty();
        }
        List<Morphology.Word> read = Morphology.analyse(String.join(" ", words));
        if (read.size() != words.size()) {
            return Optional.empty();
        }
        for (int j = 0; j < last; j++) {
            String w = words.get(j);
            if (!w.endsWith("니까") || w.endsWith("보니까") || w.endsWith("그러니까") || w.endsWith("니까요")
                    || read.get(j).morphemes().size() < 2) {
                continue;
            }
            List<Morphology.Morpheme> ms = read.get(j).morphemes();
            if (!ms.getLast().is("EC") || !ms.getFirst().is("VV", "VA", "NNG", "XR", "VX")) {
                continue;
            }
            String seo = seoForm(w, ms);
            if (seo == null || !apologySentence && !pastNikka(w)) {
                continue; // (도착하니까 수업이 시작했습니다: -(으)니까 of discovery)
            }
            return Optional.of(new Finding(ErrorCategory.ENDING, w, seo, "ending/reason_apology"));
        }
        return Optional.empty();
    }

    private static boolean apology(String w) {
        return APOLOGY.stream().anyMatch(w::startsWith);
    }

    /** A sentence of at most three words whose last is an apology or thanks (정말 죄송합니다.). */
    private static boolean shortApology(String sentence) {
        List<String> w = AnswerText.wordsOf(sentence);
        return !w.isEmpty() && w.size() <= 3 && apology(w.getLast()) && !sentence.endsWith("?");
    }

    /** A statement ending (-다, -요, -어), not a question word's request or proposal. */
    private static boolean statementEnd(String w) {
        return (w.endsWith("니다") || w.endsWith("어요") || w.endsWith("아요") || w.endsWith("였어") || w.endsWith("었어")
                || w.endsWith("았어") || w.endsWith("했어") || w.endsWith("요")) && !w.endsWith("세요") && !w.endsWith("까요")
                && !w.endsWith("래요") && !w.endsWith("시다") && !w.endsWith("주세요");
    }

    /** -았/었으니까: the syllable before 으니까 has ㅆ. */
    private static boolean pastNikka(String w) {
        if (!w.endsWith("으니까") || w.length() < 4) {
            return false;
        }
        char c = w.charAt(w.length() - 4);
        return Hangul.isSyllable(c) && Hangul.finalIndex(c) == Hangul.Final.SS;
    }

    /** The -아/어서 form of a -(으)니까 word (왔으니까 → 와서, 늦으니까 → 늦어서, 바쁘니까 → 바빠서); null if unsure. */
    private static String seoForm(String w, List<Morphology.Morpheme> ms) {
        if (pastNikka(w)) {
            char c = w.charAt(w.length() - 4);
            return w.substring(0, w.length() - 4) + Hangul.withoutFinal(c) + "서"; // 왔 → 와, 했 → 해, 늦었 → 늦어
        }
        StringBuilder stem = new StringBuilder();
        for (Morphology.Morpheme x : ms) {
            if (x.is("EC", "EP")) {
                break;
            }
            stem.append(x.form());
        }
        if (stem.isEmpty() || !w.startsWith(stem.substring(0, Math.max(1, stem.length() - 1)))) {
            return null;
        }
        String inf = OwnConjugation.infinitiveOf(stem.toString());
        if (inf == null) {
            inf = SpeechLevels.infinitive(stem.toString());
        }
        return inf == null ? null : inf + "서";
    }

    /**
     * A past statement after a sentence with a future time word (이번 토요일은 내 생일이야. 우리 집에서 파티 했어. →
     * 할 거야). The past sentence has no time word, decision or preparation of its own, the sentence before is
     * not past, no accepted answer has a past predicate, and one has the learner's verb. Subtype
     * {@code tense/future}.
     */
    static Optional<Finding> plannedPast(String before, String sentence, List<String> words, List<String> expected) {
        String prior = AnswerText.normalise(before);
        String own = AnswerText.normalise(sentence);
        if (sentence.endsWith("?") || !FUTURE.matcher(prior).find() || FUTURE.matcher(own).find()
                || OWN_TIME.matcher(own + " ").find() || words.size() < 2) {
            return Optional.empty();
        }
        List<Morphology.Word> priorRead = SpeechLevels.analysed(prior);
        if (priorRead.isEmpty() || ClauseTense.past(priorRead.getLast())) {
            return Optional.empty();
        }
        List<Morphology.Word> read = SpeechLevels.analysed(String.join(" ", words));
        if (read.size() != words.size()) {
            return Optional.empty();
        }
        Morphology.Word verb = read.getLast();
        String end = words.getLast();
        if (!ClauseTense.past(verb) || !verb.endsWith("EF") || verb.has("ETM") || !verb.verbal()
                || verb.morphemes().stream().anyMatch(m -> m.is("VA", "VCP", "VX"))) {
            return Optional.empty();
        }
        StringBuilder stem = new StringBuilder();
        for (Morphology.Morpheme m : verb.morphemes()) {
            if (m.is("EP")) {
                break;
            }
            if (!m.is("NNG", "XSV", "VV")) {
                return Optional.empty();
            }
            stem.append(m.form());
        }
        if (stem.isEmpty()) {
            return Optional.empty();
        }
        char lastStem = stem.charAt(stem.length() - 1);
        if (Hangul.hasRieulFinal(lastStem) && end.indexOf(lastStem) < 0) {
            stem.setCharAt(stem.length() - 1, Hangul.withoutFinal(lastStem)); // 갔어 read as 갈 + 았
        }
        if (!Hangul.isSyllable(end.charAt(0)) || Hangul.initialIndex(stem.charAt(0)) != Hangul.initialIndex(end.charAt(0))) {
            return Optional.empty();
        }
        String verbStem = stem.toString();
        boolean acceptedPast = false;
        boolean acceptedVerb = false;
        for (String e : expected) {
            for (Morphology.Word w : SpeechLevels.analysed(AnswerText.normalise(e))) {
                acceptedPast |= ClauseTense.past(w);
                String st = VerbFrames.stem(w);
                acceptedVerb |= w.verbal() && st.equals(verbStem);
            }
        }
        if (acceptedPast || !acceptedVerb) {
            return Optional.empty();
        }
        String prospective = prospective(verbStem);
        if (prospective == null) {
            return Optional.empty();
        }
        String tail = end.endsWith("습니다") ? " 겁니다" : end.endsWith("요") ? " 거예요" : end.endsWith("어") || end.endsWith("아")
                ? " 거야" : null;
        if (tail == null) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.TENSE, end, prospective + tail, "tense/future"));
    }

    /** The -(으)ㄹ modifier of a stem (하 → 할, 먹 → 먹을, 만들 → 만들); null for stems that may alternate. */
    static String prospective(String stem) {
        char c = stem.charAt(stem.length() - 1);
        String head = stem.substring(0, stem.length() - 1);
        int f = Hangul.finalIndex(c);
        if (f == Hangul.Final.NONE) {
            return head + (char) (c + Hangul.Final.L);
        }
        if (f == Hangul.Final.L) {
            return stem;
        }
        if (f == Hangul.Final.D || f == Hangul.Final.B || f == Hangul.Final.S || f == Hangul.Final.H) {
            return null;
        }
        return stem + "을";
    }
}
