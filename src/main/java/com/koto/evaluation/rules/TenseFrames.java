package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tense fixed by a frame of the learner's own answer (session 36, helper s36b). Each rule reads a construction whose
 * grammar places the act before, at or after the time of speaking, so a verb whose tense contradicts it is a tense
 * error whatever the accepted answers say; none consults them.
 * <ul>
 * <li>{@code tense/present}, <b>a past after -(으)려면</b>: -(으)려면 'if one means to' sets a condition for a purpose
 * still to be reached, so the question it opens asks what to do, in the non-past (인천공항에 가려면 어디서
 * 갈아탔어요? → 갈아타요; 잠실에 가려면 몇 호선을 탔어요? → 타요). 국립국어원 『외국인을 위한 한국어 문법 1』 (2005)
 * '-으려면' (어떤 행동을 할 의도나 목적이 있을 경우를 가정); Yeon &amp; Brown 2019, -(으)려면 'if you intend to'. Only a
 * question whose final predicate is an action verb in -았/었- with no other predicate and no subject marked 이/가
 * after the -(으)려면 clause: 가려면 일찍 출발했어야 했어요 (a counterfactual duty), 지금 가려면 늦었어요 and 가려면 버스가
 * 끊겼어요 (a state now) stay; a statement (가려면 택시를 탔어요) means -(으)려고 and is not read here.</li>
 * <li>{@code tense/present}, <b>a route asked in the past</b>: the way a bus or train goes is a standing fact, asked in
 * the non-past (이 버스 이태원에 갔어요? → 가요), and so is the vehicle to take in an answer that asks the way (어떻게
 * 가요? 무슨 버스 탔어요? → 타요). Yeon &amp; Brown 2019, the non-past for general truths and timetables; 『외국인을
 * 위한 한국어 문법 1』 '-았/었-' (말하는 시점 이전의 사건). The first only with a vehicle named by 이/그/저, a number or
 * a question word, a goal, and 가다 itself (그 버스 벌써 갔어요? 'has it left' and 이태원 지났어요? stay); the second
 * only with a question word before 타다/갈아타다/내리다/환승하다 and another question of the answer asking how to get
 * there (어떻게 가…, 가는 방법, 가는 길).</li>
 * <li>{@code tense/future}, <b>-았/었을 때 of an act a thing is needed for</b>: what is needed to borrow, buy or book is
 * needed when one does it, -(으)ㄹ 때 (책을 빌렸을 때 카드가 필요해요? → 빌릴); -았/었을 때 places the act before
 * the time of the main clause, when it is over. 국립국어원 『외국인을 위한 한국어 문법 1』 '-을 때' and '-었을 때';
 * Yeon &amp; Brown 2019, -(으)ㄹ 때 vs -았/었을 때. Only the acts of a transaction ({@link #TRANSACTIONS}) before a
 * non-past 필요하다 or 있어야 하다/되다; 여권을 잃어버렸을 때 뭐가 필요해요? (a loss, over before the need) stays.</li>
 * <li>{@code tense/present}, <b>a past event before an invitation</b>: an event (파티, 모임, 공연 …) in -았/었는데 or
 * in a past statement, then an invitation to come or go (올래?, 오세요, 갈까?): one invites to what is still to come,
 * so its background is the non-past -는데 (금요일에 우리 집에서 생일 파티 했는데 올래? → 하는데). Yeon &amp; Brown
 * 2019, -는데 of background and -았/었- on it; 표준국어대사전 '-는데' 「어미」 ①. Not with a time word of the past
 * (어제 파티 했는데 왜 안 왔어?), nor with another noun than an event (케이크를 만들었는데 먹으러 올래? is right).</li>
 * <li>{@code tense/past}, <b>a booking changed in the non-past</b>: 예약/주문/신청 in the present -는데 or a present
 * statement, in an answer that changes, cancels or is late for it (월요일에 예약하는데 수요일로 바꿀 수 있어요? →
 * 예약했는데; 3시에 예약해요. 그런데 10분쯤 늦을 것 같아요 → 예약했어요): what is changed or cancelled was arranged
 * before (표준국어대사전 '예약' 미리 약속함, '변경', '취소'; Yeon &amp; Brown 2019, -았/었는데 of a past background).
 * Not where the booking names its object with 을/를 (식당을 예약하는데: a new one) or is asked about.</li>
 * </ul>
 * Every rule skips a sentence with a time word of the past or of completion (어제, 지난, 아까, 벌써, 이미 …).
 */
final class TenseFrames {

    /** Time words of the past and of completion: the sentence sets its own time. */
    private static final Pattern PAST_OR_DONE = Pattern.compile(
            "(^| )(어제|어젯밤|그저께|그제|지난|아까|작년|예전|옛날|전에|벌써|이미|방금|막)");
    /** Result states that a past after -(으)려면 states now (늦었어요 'too late', 멀었어요 'still far'). */
    private static final Set<String> STATES_NOW = Set.of("늦", "멀", "틀리", "글르", "되", "지나", "끝나", "끊기", "닫히");
    /** Vehicles whose route is asked (their first noun as Nori reads it). */
    private static final Set<String> VEHICLES = Set.of("버스", "지하철", "기차", "열차", "전철", "셔틀", "셔틀버스",
            "마을버스", "공항버스", "리무진", "KTX", "ktx", "고속버스", "시내버스", "광역버스", "호선", "배", "페리");
    /** Verbs of boarding and getting off, asked as the way to go. */
    private static final Set<String> BOARDING = Set.of("타", "갈아타", "내리", "환승하");
    /** Question words of a route question. */
    private static final Set<String> ROUTE_QUESTION = Set.of("몇", "무슨", "어느", "어떤", "어디", "어디서", "어디에서",
            "어디에");
    /** An answer that asks the way: how to go, the way of going, the road. */
    private static final Pattern ASKS_WAY = Pattern.compile(
            "어떻게 (가|갑|갈)|가는 (방법|길)|가려면|어떻게 해야 (가|돼|되)");
    /** Acts of a transaction, which need their documents and means when they are done. */
    private static final Set<String> TRANSACTIONS = Set.of("빌리", "사", "예약하", "신청하", "등록하", "체크인하",
            "환전하", "계산하", "결제하", "가입하", "입장하", "환불하", "교환하", "주문하", "발급하", "대출하", "송금하",
            "이용하", "출국하", "입국하", "탑승하");
    /** Events one is invited to. */
    private static final Set<String> EVENTS = Set.of("파티", "모임", "집들이", "회식", "공연", "콘서트", "축제", "행사",
            "바비큐", "결혼식", "돌잔치", "송년회", "신년회", "동창회", "생일", "생일파티", "게임", "세미나", "발표회",
            "전시회", "연주회", "음악회", "잔치", "피크닉", "소풍");
    /** Verbs of coming or going to an event. */
    private static final Set<String> ATTENDING = Set.of("오", "가", "참석하", "참가하", "놀러오", "놀러가", "들르");
    /** The invitation's sentence endings as Nori writes them. */
    private static final Pattern INVITING = Pattern.compile(
            "(시|으시)?(ᆯ|ㄹ|을)(래|래요|까|까요)|자|세요|으세요|시어요|십시오|시겠어요|시겠습니까");
    /** Nouns of an arrangement made beforehand. */
    private static final Set<String> ARRANGEMENTS = Set.of("예약", "주문", "신청");
    /** Verbs that change, cancel or delay an arrangement, and being late for it. */
    private static final Set<String> CHANGING = Set.of("바꾸", "변경하", "취소하", "미루", "연기하", "옮기", "앞당기", "늦",
            "당기");

    private TenseFrames() {
    }

    /**
     * The findings on the learner's answer.
     *
     * @param raw the answer as typed (its sentence marks tell questions from statements)
     * @return findings on the learner's words → the tense the frame asks for; empty when none applies
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        List<String> sentences = AcceptedTense.sentences(raw);
        boolean asksWay = ASKS_WAY.matcher(AnswerText.normalise(raw)).find();
        List<List<Morphology.Word>> read = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        for (String s : sentences) {
            String n = AnswerText.normalise(s);
            List<String> ws = n.isEmpty() ? List.of() : List.of(n.split(" "));
            List<Morphology.Word> a = n.isEmpty() ? List.of() : SpeechLevels.analysed(n);
            words.add(ws);
            read.add(a.size() == ws.size() ? a : List.of());
        }
        for (int k = 0; k < sentences.size(); k++) {
            List<String> ws = words.get(k);
            List<Morphology.Word> a = read.get(k);
            if (a.isEmpty() || PAST_OR_DONE.matcher(String.join(" ", ws)).find()) {
                continue;
            }
            boolean question = question(sentences.get(k), ws);
            if (question) {
                afterPurpose(ws, a).ifPresent(out::add);
                vehicleRoute(ws, a).ifPresent(out::add);
                if (asksWay) {
                    vehicleTaken(ws, a).ifPresent(out::add);
                    meansThere(ws, a).ifPresent(out::add);
                }
            }
            requirementAtAct(ws, a).ifPresent(out::add);
            eventBeforeInvitation(ws, a).ifPresent(out::add);
            if (!question && k + 1 < sentences.size() && !read.get(k + 1).isEmpty()
                    && inviting(read.get(k + 1).getLast())) {
                pastEventStatement(ws, a).ifPresent(out::add);
            }
        }
        arrangementChanged(sentences, words, read).ifPresent(out::add);
        return out.stream().distinct().toList();
    }

    /** -(으)려면 … V-았/었-? → the non-past of V. */
    private static Optional<Finding> afterPurpose(List<String> ws, List<Morphology.Word> a) {
        int at = -1;
        for (int i = 0; i < a.size() - 1; i++) {
            if (a.get(i).morphemes().stream().anyMatch(m -> m.is("EC") && m.form().matches("(으)?려면"))) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        for (int i = at + 1; i < a.size() - 1; i++) {
            Morphology.Word w = a.get(i);
            if (predicate(w) || w.endsWith("JKS")) {
                return Optional.empty(); // another predicate (출발했어야 했어요) or a subject (버스가 끊겼어요)
            }
        }
        Morphology.Word last = a.getLast();
        String stem = VerbFrames.stem(last);
        if (!actionPast(last) || stem.isEmpty() || STATES_NOW.contains(stem)) {
            return Optional.empty();
        }
        String end = ws.getLast();
        return presentOf(end).map(p -> new Finding(ErrorCategory.TENSE, end, p, "tense/present"));
    }

    /** 이 버스 이태원에 갔어요? → 가요. */
    private static Optional<Finding> vehicleRoute(List<String> ws, List<Morphology.Word> a) {
        Morphology.Word last = a.getLast();
        if (!actionPast(last) || !"가".equals(VerbFrames.stem(last)) || !last.startsWith("VV")) {
            return Optional.empty();
        }
        boolean vehicle = false;
        boolean goal = false;
        for (int i = 0; i < a.size() - 1; i++) {
            Morphology.Word w = a.get(i);
            String noun = w.morphemes().isEmpty() ? "" : w.morphemes().getFirst().form();
            if (VEHICLES.contains(noun) && w.startsWith("NNG", "NNP", "SL") && i > 0 && named(a.get(i - 1), ws.get(i - 1))) {
                vehicle = true;
            } else if (vehicle && (w.endsWith("JKB", "JX") && w.morphemes().getLast().form().matches("에|까지|로|으로")
                    || w.startsWith("NNP") && w.morphemes().size() == 1)) {
                goal = true;
            }
        }
        String end = ws.getLast();
        return vehicle && goal ? presentOf(end).map(p -> new Finding(ErrorCategory.TENSE, end, p, "tense/present"))
                : Optional.empty();
    }

    /** The word before a vehicle names which one: 이/그/저, a number with 번, a question word. */
    private static boolean named(Morphology.Word before, String surface) {
        return before.startsWith("MM") && surface.matches("이|그|저|무슨|어느|어떤|몇")
                || surface.matches("[0-9]+번|몇 ?번|몇번") || surface.equals("번") || surface.endsWith("번");
    }

    /** 어떻게 가요? 무슨 버스 탔어요? → 타요 (the answer asks the way). */
    private static Optional<Finding> vehicleTaken(List<String> ws, List<Morphology.Word> a) {
        Morphology.Word last = a.getLast();
        String stem = VerbFrames.stem(last);
        if (!actionPast(last) || !BOARDING.contains(stem) || ws.stream().noneMatch(ROUTE_QUESTION::contains)) {
            return Optional.empty();
        }
        for (int i = 0; i < a.size() - 1; i++) {
            if (predicate(a.get(i))) {
                return Optional.empty(); // (어제 무슨 버스 타고 왔어요? is another clause)
            }
        }
        String end = ws.getLast();
        return presentOf(end).map(p -> new Finding(ErrorCategory.TENSE, end, p, "tense/present"));
    }

    /**
     * 어떻게 가요? 케이블카가 있었어요? → 있어요 (session 38, s38c): in an answer that asks the way, a yes/no question
     * whether there is a means or a thing on the way (케이블카, 버스, 엘리베이터) asks about now, as the way itself is asked
     * in the non-past (Yeon &amp; Brown 2019, the non-past of present states; 『외국인을 위한 한국어 문법 1』 '-았/었-',
     * 말하는 시점 이전의 사건). Only a question whose last word is 있다 in the past and whose other words are nouns (with
     * a particle or none) or adverbs, no predicate and no question word (거기 무슨 버스가 있었어요? may ask what one saw);
     * a time word of the past or of completion skips the sentence (전에 케이블카가 있었어요?).
     */
    private static Optional<Finding> meansThere(List<String> ws, List<Morphology.Word> a) {
        Morphology.Word last = a.getLast();
        if (a.size() < 2 || !"있".equals(VerbFrames.stem(last)) || !ClauseTense.past(last) || !last.endsWith("EF")) {
            return Optional.empty();
        }
        for (int i = 0; i < a.size() - 1; i++) {
            Morphology.Word w = a.get(i);
            if (predicate(w) || ROUTE_QUESTION.contains(ws.get(i)) || w.morphemes().isEmpty()
                    || !w.startsWith("NNG", "NNP", "NP", "MAG", "SL", "SN")) {
                return Optional.empty();
            }
        }
        String end = ws.getLast();
        return presentOf(end).map(p -> new Finding(ErrorCategory.TENSE, end, p, "tense/present"));
    }

    /** 책을 빌렸을 때 카드가 필요해요? → 빌릴. */
    private static Optional<Finding> requirementAtAct(List<String> ws, List<Morphology.Word> a) {
        Morphology.Word last = a.getLast();
        if (ClauseTense.past(last) || !(last.morphemes().stream().anyMatch(m -> m.form().equals("필요"))
                || a.size() > 1 && ws.get(ws.size() - 2).startsWith("있어야"))) {
            return Optional.empty();
        }
        for (int i = 0; i + 1 < a.size() - 1; i++) {
            Morphology.Word w = a.get(i);
            List<Morphology.Morpheme> ms = w.morphemes();
            if (!ws.get(i + 1).startsWith("때") || ms.isEmpty() || !ms.getLast().is("ETM")
                    || !ms.getLast().form().equals("을") || !ClauseTense.past(w)) {
                continue;
            }
            String stem = VerbFrames.stem(w);
            String modifier = TurnEndings.prospective(stem.isEmpty() ? "?" : stem);
            if (TRANSACTIONS.contains(stem) && modifier != null) {
                return Optional.of(new Finding(ErrorCategory.TENSE, ws.get(i), modifier, "tense/future"));
            }
        }
        return Optional.empty();
    }

    /** 생일 파티 했는데 올래? → 하는데. */
    private static Optional<Finding> eventBeforeInvitation(List<String> ws, List<Morphology.Word> a) {
        if (!inviting(a.getLast())) {
            return Optional.empty();
        }
        for (int i = 0; i < a.size() - 1; i++) {
            Morphology.Word w = a.get(i);
            String s = ws.get(i);
            if (!ClauseTense.past(w) || !w.endsWith("EC") || !w.morphemes().getLast().form().equals("는데")
                    || !event(a, i)) {
                continue;
            }
            String present = s.endsWith("했는데") ? s.substring(0, s.length() - 3) + "하는데"
                    : s.endsWith("있었는데") ? s.substring(0, s.length() - 4) + "있는데" : null;
            if (present != null) {
                return Optional.of(new Finding(ErrorCategory.TENSE, s, present, "tense/present"));
            }
        }
        return Optional.empty();
    }

    /** 금요일에 파티 했어. 올래? → 해. */
    private static Optional<Finding> pastEventStatement(List<String> ws, List<Morphology.Word> a) {
        int i = a.size() - 1;
        Morphology.Word w = a.get(i);
        String s = ws.get(i);
        if (!ClauseTense.past(w) || !w.endsWith("EF") || !event(a, i)
                || !(s.startsWith("했") || s.endsWith("했어") || s.endsWith("했어요") || s.startsWith("있었"))) {
            return Optional.empty();
        }
        return presentOf(s).map(p -> new Finding(ErrorCategory.TENSE, s, p, "tense/present"));
    }

    /** Whether word i is 하다 or 있다 of an event: its own noun (파티했는데) or the noun before it (파티 했는데, 파티가 있었는데). */
    private static boolean event(List<Morphology.Word> a, int i) {
        Morphology.Word w = a.get(i);
        List<Morphology.Morpheme> ms = w.morphemes();
        if (ms.size() > 1 && ms.get(1).is("XSV") && ms.get(1).form().equals("하")) {
            return EVENTS.contains(ms.getFirst().form());
        }
        String stem = VerbFrames.stem(w);
        if (!stem.equals("하") && !stem.equals("있") || i == 0) {
            return false;
        }
        List<Morphology.Morpheme> before = a.get(i - 1).morphemes();
        return !before.isEmpty() && EVENTS.contains(before.getFirst().form()) && before.getFirst().tag().startsWith("NN")
                && (before.size() == 1 || before.getLast().is("JKO", "JKS", "JX"));
    }

    /** Whether the word invites to come or go (올래, 갈까요, 오세요, 참석하시겠어요). */
    private static boolean inviting(Morphology.Word w) {
        String stem = VerbFrames.stem(w);
        if (!ATTENDING.contains(stem) || ClauseTense.past(w)) {
            return false;
        }
        StringBuilder tail = new StringBuilder();
        List<Morphology.Morpheme> ms = w.morphemes();
        for (int i = 1; i < ms.size(); i++) {
            if (!ms.get(i).isStem()) {
                tail.append(ms.get(i).form());
            }
        }
        return INVITING.matcher(tail).matches();
    }

    /** 월요일에 예약하는데 수요일로 바꿀 수 있어요? → 예약했는데; 3시에 예약해요. 늦을 것 같아요 → 예약했어요. */
    private static Optional<Finding> arrangementChanged(List<String> sentences, List<List<String>> words,
            List<List<Morphology.Word>> read) {
        int changeAt = -1;
        for (int k = 0; k < read.size() && changeAt < 0; k++) {
            for (Morphology.Word w : read.get(k)) {
                // (a change in -(으)면 is a hypothesis about a booking being made: 예약하는데 취소하면 …?)
                if (CHANGING.contains(VerbFrames.stem(w)) && !ClauseTense.past(w)
                        && w.morphemes().stream().noneMatch(m -> m.is("EC") && m.form().matches("(으)?(려)?면"))) {
                    changeAt = k;
                    break;
                }
            }
        }
        if (changeAt < 0) {
            return Optional.empty();
        }
        for (int k = 0; k <= changeAt && k < read.size(); k++) {
            List<Morphology.Word> a = read.get(k);
            List<String> ws = words.get(k);
            if (a.isEmpty() || PAST_OR_DONE.matcher(String.join(" ", ws)).find()) {
                continue;
            }
            for (int i = 0; i < a.size(); i++) {
                Morphology.Word w = a.get(i);
                List<Morphology.Morpheme> ms = w.morphemes();
                String s = ws.get(i);
                if (ms.size() < 3 || !ARRANGEMENTS.contains(ms.getFirst().form()) || !ms.get(1).is("XSV")
                        || ClauseTense.past(w) || i > 0 && a.get(i - 1).endsWith("JKO")) {
                    continue; // (식당을 예약하는데: what is booked is named, a new booking)
                }
                String noun = ms.getFirst().form();
                boolean last = i == a.size() - 1;
                String past = null;
                if (s.equals(noun + "하는데")) {
                    past = noun + "했는데";
                } else if (last && k < changeAt && !question(sentences.get(k), ws)) {
                    past = switch (s.substring(noun.length())) {
                        case "해요" -> noun + "했어요";
                        case "합니다" -> noun + "했습니다";
                        case "해" -> noun + "했어";
                        default -> null;
                    };
                }
                if (past != null) {
                    return Optional.of(new Finding(ErrorCategory.TENSE, s, past, "tense/past"));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the word is a predicate: a verb, an adjective, an auxiliary or the copula. */
    private static boolean predicate(Morphology.Word w) {
        return w.morphemes().stream().anyMatch(m -> m.is("VV", "VA", "VX", "XSV", "XSA", "VCP", "VCN"));
    }

    /** An action verb in the past at the end of its sentence (갈아탔어요, 탔습니까, 갔어): no adjective, no auxiliary. */
    private static boolean actionPast(Morphology.Word w) {
        return ClauseTense.past(w) && w.endsWith("EF") && w.verbal() && !w.has("VA", "XSA", "VX", "VCP", "ETM")
                && w.morphemes().stream().noneMatch(m -> m.is("EP") && m.form().equals("겠"));
    }

    /** The non-past of a past sentence end (탔어요 → 타요, 갔습니까 → 갑니까, 갔나요 → 가나요). */
    private static Optional<String> presentOf(String end) {
        String p = UpcomingActs.presentOf(end);
        if (p != null) {
            return Optional.of(p);
        }
        if (end.endsWith("습니까") || end.endsWith("나요")) {
            String tail = end.endsWith("습니까") ? "니까" : "나요";
            String head = end.substring(0, end.length() - (tail.equals("니까") ? 3 : 2));
            char c = head.isEmpty() ? ' ' : head.charAt(head.length() - 1);
            if (Hangul.isSyllable(c) && Hangul.finalIndex(c) == Hangul.Final.SS && c != '었' && c != '았') {
                char open = (char) (c - Hangul.Final.SS);
                String stem = head.substring(0, head.length() - 1) + open;
                return Optional.of(tail.equals("니까") ? stem.substring(0, stem.length() - 1)
                        + (char) (open + Hangul.Final.B) + "니까" : stem + "나요");
            }
        }
        return Optional.empty();
    }

    private static boolean question(String sentence, List<String> ws) {
        return sentence.strip().endsWith("?") || !ws.isEmpty() && ws.getLast().matches(".*까요?");
    }
}
