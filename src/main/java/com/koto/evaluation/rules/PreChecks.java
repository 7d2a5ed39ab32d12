package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that look at a whole answer and an accepted answer before they are compared word by word:
 * each either rewrites an accepted variation into the accepted answer's form (N(이)요 orders), or
 * finds one error with its exact span and repairs it, so that the comparison that follows reports
 * the remaining errors only ("fix and compare again").
 *
 * <ul>
 * <li><b>Numbers and counters</b> ({@code counter/*}, reported as {@code vocabulary}): native
 * numerals count cups, things, people, bottles, hours and age and shorten before a counter (한, 두,
 * 세, 네, 스무); Sino-Korean numerals count money, minutes, floors and dates; each noun takes its
 * counter (잔 cups, 개 things, 명 people, 병 bottles, 장 sheets, 권 books, 마리 animals). Source:
 * Yeon &amp; Brown 2019, on numerals and counters; Sohn 1999, on classifiers.</li>
 * <li><b>Farewells</b> ({@code honorific/farewell}): 안녕히 가세요 to the one who leaves, 안녕히
 * 계세요 to the one who stays; casual 안녕 to a stranger ({@code honorific/speech_level}). Source:
 * 국립국어원, 표준 언어 예절 (2011), on greetings.</li>
 * <li><b>Negation of noun + 하다</b> ({@code word_order/negation}): short negation 안 goes before
 * 하다, inside the verb: 공부 안 해요, not 안 공부해요 (Yeon &amp; Brown 2019, on short negation).</li>
 * <li><b>Verb final</b> ({@code word_order/verb_final}): the accepted predicate appears before
 * other phrases (출근해요 지하철로); the span is the moved part, the correction the phrases in the
 * accepted order with the verb last.</li>
 * <li><b>N(이)요 orders</b> (accepted, no finding): 라떼 하나요 / 테이크아웃이요 for … 주세요; the
 * polite 요 on a noun is the ordinary way to order (Yeon &amp; Brown 2019, on the polite particle
 * 요 after nouns).</li>
 * </ul>
 */
final class PreChecks {

    /**
     * One repaired error.
     *
     * @param finding the error, with its exact span
     * @param fixed   the answer with the span replaced by its correction
     */
    record Fix(Finding finding, String fixed) {
    }

    private static final Map<String, Integer> NATIVE_SHORT = Map.ofEntries(Map.entry("한", 1), Map.entry("두", 2),
            Map.entry("세", 3), Map.entry("네", 4), Map.entry("다섯", 5), Map.entry("여섯", 6), Map.entry("일곱", 7),
            Map.entry("여덟", 8), Map.entry("아홉", 9), Map.entry("열", 10), Map.entry("스무", 20));
    private static final Map<String, Integer> NATIVE_LONG = Map.of("하나", 1, "둘", 2, "셋", 3, "넷", 4, "스물", 20);
    private static final Map<String, Integer> SINO = Map.ofEntries(Map.entry("일", 1), Map.entry("이", 2),
            Map.entry("삼", 3), Map.entry("사", 4), Map.entry("오", 5), Map.entry("육", 6), Map.entry("칠", 7),
            Map.entry("팔", 8), Map.entry("구", 9), Map.entry("십", 10), Map.entry("이십", 20));
    /** Counters used with native numerals. */
    private static final Set<String> NATIVE_COUNTERS = Set.of("잔", "개", "명", "병", "장", "권", "대", "마리", "벌",
            "켤레", "그릇", "살", "시", "시간", "접시", "송이", "캔", "봉지", "상자", "달", "사람");
    /** Counters used with Sino-Korean numerals. */
    private static final Set<String> SINO_COUNTERS = Set.of("원", "층", "호", "월", "년", "개월", "주일", "인분", "호선",
            "번지", "킬로", "미터");
    private static final Set<String> REQUESTS = Set.of("주세요", "주시겠어요", "주십시오", "부탁해요", "부탁합니다",
            "부탁드려요", "부탁드립니다");

    /** Motion verbs before a request (가 주세요, 와 주세요) that an N(이)요 order leaves understood. */
    private static final Set<String> MOTION = Set.of("가", "와", "내려", "세워");

    private PreChecks() {
    }

    /** Interjections and intensifiers a learner may add in front or before an adverb (네, 음, 저기요; 더). */
    private static final Set<String> DROPPABLE_ADDITIONS = Set.of("네", "예", "음", "아", "저기요", "저기", "그럼", "자",
            "더", "조금 더", "좀 더", "진짜", "정말", "너무",
            // greetings and attention-getters before the message (표준 언어 예절 2011), the casual vocative 야
            "안녕하세요", "실례합니다", "실례지만", "여보세요", "야", "여기요");

    /**
     * Whether the 자 at {@code i} is not the interjection 자 but a word of its own (session 37, s37d): the
     * interjection opens what the speaker says (자, 가자; 자, 여기 있어요; 표준국어대사전 '자'⁸ 「감탄사」), alone or
     * after another interjection, while after any other word 자 is 자다's infinitive (잠을 못 자, 일찍 자; 표준국어대사전
     * '자다') or the noun 자 (a ruler), words the comparison must read.
     */
    private static boolean notInterjection(String[] words, int i) {
        return i > 0 && !DROPPABLE_ADDITIONS.contains(words[i - 1]);
    }

    /**
     * The accepted-variation rewrites (no finding): an added interjection or intensifier is left
     * out (네, 맛있게 드세요; 좀 더 빨리), and N(이)요 orders read as N 주세요.
     */
    static String accept(String answer, String accepted) {
        List<String> e0 = List.of(accepted.split(" "));
        List<String> kept = new ArrayList<>();
        String[] words = answer.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (announcedOrder(words, i, accepted)) {
                continue; // 주문할게요. 비빔밥 두 개요: the opening sentence announces the order (session 15)
            }
            // 저기 is an interjection (저기, …) unless the accepted answer uses it as a place (저기서)
            if (!DROPPABLE_ADDITIONS.contains(w) || e0.stream().anyMatch(x -> x.startsWith(w))
                    || w.equals("자") && notInterjection(words, i)
                    || comparative(w, i + 1 < words.length ? words[i + 1] : "", e0, List.of(words))) {
                kept.add(w);
            }
        }
        if (!kept.isEmpty() && kept.size() < answer.split(" ").length) {
            answer = String.join(" ", kept);
        }
        answer = reciprocal(scrambled(ConjunctOrder.inAcceptedOrder(answer, e0), e0), e0);
        if (answer.contains("잘 못 ") && !accepted.contains("잘 못 ")) {
            // 매운 음식 잘 못 먹어요: 잘 before 못 softens the inability ('can't really'), it adds no content
            answer = answer.replace("잘 못 ", "못 ");
        }
        answer = choiceFrame(nameFrame(selfAsName(answer, e0), e0), e0);
        List<String> a = List.of(answer.split(" "));
        List<String> e = List.of(accepted.split(" "));
        String last = a.getLast();
        String acceptedLast = e.getLast();
        String copulaOrder = FormChecks.copula(last) == null ? orderForm(last, acceptedLast) : null;
        if (copulaOrder != null) {
            // 테이크아웃이에요 for 테이크아웃이요: the copula statement answers as the order does
            List<String> out = new ArrayList<>(a.subList(0, a.size() - 1));
            out.add(copulaOrder);
            return String.join(" ", out);
        }
        if (REQUESTS.contains(e.getLast()) && last.endsWith("요") && last.length() > 1 && !REQUESTS.contains(last)) {
            String noun = last.endsWith("이요") && last.length() > 2 && Hangul.hasFinal(last.charAt(last.length() - 3))
                    ? last.substring(0, last.length() - 2) : last.substring(0, last.length() - 1);
            List<Morphology.Word> w = Morphology.analyse(noun);
            if (!w.isEmpty() && !w.getFirst().verbal() && !w.getFirst().morphemes().isEmpty()
                    && (w.getFirst().morphemes().getFirst().tag().startsWith("N") || prefixedNoun(w.getFirst())
                    || NATIVE_LONG.containsKey(noun) || NATIVE_SHORT.containsKey(noun))) {
                List<String> out = new ArrayList<>(a.subList(0, a.size() - 1));
                out.add(destination(noun, e));
                if (e.size() >= 2 && MOTION.contains(e.get(e.size() - 2))) {
                    out.add(e.get(e.size() - 2)); // 서울역이요 for 서울역으로 가 주세요: the destination says it all
                }
                out.add(e.getLast());
                return String.join(" ", out);
            }
        }
        return answer;
    }

    /** The particles of a destination before 가 주세요 (서울역까지, 공항으로, 시청에). */
    private static final Set<String> DESTINATION_PARTICLES = Set.of("까지", "으로", "로", "에");

    /**
     * The ordered noun as the accepted answer's destination (2터미널이요 for 2터미널까지 가 주세요 → 2터미널까지): the
     * N(이)요 order to a driver names where to go, and the particle the accepted answer puts on the same noun before
     * the motion verb is understood with it (Sohn 1999 on ellipsis in speech; 표준국어대사전 '요' 「조사」), as the
     * verb is. Another noun keeps its own word (1터미널이요 for 2터미널까지 … is another place).
     */
    private static String destination(String noun, List<String> accepted) {
        int n = accepted.size();
        if (n >= 3 && MOTION.contains(accepted.get(n - 2))) {
            String before = accepted.get(n - 3);
            if (before.startsWith(noun) && DESTINATION_PARTICLES.contains(before.substring(noun.length()))) {
                return before;
            }
        }
        return noun;
    }

    /**
     * A noun after a prefix (제1터미널: 제/XPN 터미널/NNG, Nori leaving out the digits): a noun all the same, so
     * 제1터미널이요 orders the ride as 서울역이요 does (표준국어대사전 '제-' 「접사」, before a number; session 20, s20a).
     */
    private static boolean prefixedNoun(Morphology.Word w) {
        List<Morphology.Morpheme> ms = w.morphemes();
        return ms.size() >= 2 && ms.getFirst().is("XPN") && ms.get(1).tag().startsWith("NN");
    }

    /**
     * Whether word {@code i} is a sentence announcing the order ({@link Lexicon#ORDER_ANNOUNCEMENTS}: 주문할게요,
     * 주문하겠습니다) that opens the answer, after at most attention-getters (여기요, 주문할게요. …), with the order
     * after it: it opens the order as 여기요 does and is left out as the attention-getter is. Not where the
     * accepted answer itself speaks of ordering (주문 취소할게요), nor as the answer's last word (비빔밥 두 개
     * 주문할게요: there it is the predicate of the order).
     */
    private static boolean announcedOrder(String[] words, int i, String accepted) {
        if (i + 1 >= words.length || !Lexicon.ORDER_ANNOUNCEMENTS.contains(words[i]) || accepted.contains("주문")) {
            return false;
        }
        for (int k = 0; k < i; k++) {
            if (!DROPPABLE_ADDITIONS.contains(words[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * 더 before an adjective where the accepted answer states the degree in other words (더 큰 거 for
     * 한 사이즈 큰 거, 더 싼 거 for 좀 싼 거): the comparative 'more', not an added intensifier (Yeon &amp;
     * Brown 2019, on comparison with 더); left out, the answer would lose a word and read as
     * incomplete. Only when the accepted answer has the same adjective after a word the learner does
     * not use (사이즈 in 한 사이즈 큰): the words 더 stands in for.
     */
    private static boolean comparative(String w, String next, List<String> accepted, List<String> answer) {
        if (!w.equals("더") || next.isEmpty() || accepted.contains("더")) {
            return false;
        }
        List<Morphology.Word> read = Morphology.analyse(next);
        if (read.isEmpty() || !read.getFirst().startsWith("VA")) {
            return false;
        }
        int at = accepted.indexOf(next);
        return at >= 1 && !answer.contains(accepted.get(at - 1));
    }

    /** The accepted N(이)요 when the answer's last word is the same noun with the copula 이에요/예요; else null. */
    private static String orderForm(String last, String acceptedLast) {
        for (String copula : List.of("이에요", "예요")) {
            if (last.endsWith(copula) && last.length() > copula.length()) {
                String noun = last.substring(0, last.length() - copula.length());
                if (acceptedLast.equals(noun + "이요") || acceptedLast.equals(noun + "요")) {
                    return acceptedLast;
                }
            }
        }
        return null;
    }

    /**
     * Case-marked phrases may scramble before the predicate (Sohn 1999, on scrambling): when every
     * word before the learner's last word is found (by its noun) in the accepted answer, they are
     * put in the accepted answer's order, so that each is compared with its counterpart.
     */
    static String scrambled(String answer, List<String> accepted) {
        List<String> a = List.of(answer.split(" "));
        if (a.size() < 3) {
            return answer;
        }
        List<String> head = new ArrayList<>(a.subList(0, a.size() - 1));
        if (head.stream().anyMatch(w -> w.equals("안") || w.equals("못"))
                && !head.getLast().equals("안") && !head.getLast().equals("못")) {
            return answer; // 안/못 goes right before the verb: 안 생선을 먹어요 is no scrambling (Sohn 1999)
        }
        for (String w : head) {
            if (position(accepted.subList(0, accepted.size() - 1), w) >= accepted.size() - 1) {
                return answer;
            }
        }
        List<String> sorted = new ArrayList<>(head);
        sorted.sort(java.util.Comparator.comparingInt(w -> position(accepted.subList(0, accepted.size() - 1), w)));
        if (sorted.equals(head)) {
            return answer; // already in the accepted order: nothing to analyse
        }
        // only case-marked phrases move: the other words must already be in the accepted order (한 잔 아메리카노 is not scrambling)
        List<Morphology.Word> analysed = Morphology.analyse(answer);
        List<String> fixedWords = new ArrayList<>();
        for (int i = 0; i < head.size(); i++) {
            if (!caseMarked(head.get(i), analysed.get(i))) {
                fixedWords.add(head.get(i));
            }
        }
        // (compared by their nouns: 이 소포 stands where the accepted answer has 이 소포를)
        int previous = -1;
        for (String w : fixedWords) {
            int at = position(accepted.subList(0, accepted.size() - 1), w);
            if (at <= previous) {
                return answer;
            }
            previous = at;
        }
        if (compoundInverted(head, accepted)) {
            return answer; // 얼룩 커피가 for 커피 얼룩이: the parts of one noun phrase, not two phrases (NounPhraseOrder)
        }
        sorted.add(a.getLast());
        return String.join(" ", sorted);
    }

    /**
     * Whether two adjacent words of the learner, one bare and one case-marked (얼룩 커피가, 축제에 연등), are
     * the accepted answer's adjacent noun phrase "bare noun + case-marked noun" (커피 얼룩이, 연등 축제에)
     * in the other order. Scrambling moves whole phrases (Sohn 1999, on scrambling), and a bare noun
     * before its head noun is part of that phrase (head-final compounds: 커피 얼룩 'a coffee stain'), so
     * the inversion is a word-order error ({@link NounPhraseOrder}), not a scramble to undo.
     */
    static boolean compoundInverted(List<String> head, List<String> accepted) {
        for (int i = 0; i + 1 < head.size(); i++) {
            String[] x = ArgumentCheck.stemAndParticle(head.get(i));
            String[] y = ArgumentCheck.stemAndParticle(head.get(i + 1));
            if (x[0].isEmpty() || y[0].isEmpty() || x[0].equals(y[0]) || !x[1].isEmpty() && !y[1].isEmpty()) {
                continue;
            }
            for (int j = 0; j + 1 < accepted.size(); j++) {
                String[] next = ArgumentCheck.stemAndParticle(accepted.get(j + 1));
                if (accepted.get(j).equals(y[0]) && next[0].equals(x[0]) && !next[1].isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean caseMarked(String word, Morphology.Word analysis) {
        return (analysis.caseMarked() || comitative(word)) && value(word) == null && counterOf(word) == null;
    }

    /**
     * 친구하고, 가족하고: the comitative particle 하고 (표준국어대사전 '하고' 「조사」), which Nori may read as the
     * verb 하다 + -고; not after a verbal noun, where it is the verb (공부하고, 예약하고: {@link Lexicon#HADA_NOUNS}).
     */
    private static boolean comitative(String word) {
        if (!word.endsWith("하고") || word.length() < 3) {
            return false;
        }
        String noun = word.substring(0, word.length() - 2);
        return !Lexicon.HADA_NOUNS.contains(noun) && KnownWords.noun(noun);
    }

    /** Verbs of mutual action, which take their partner with 하고/와/과/(이)랑 or as an object alike. */
    private static final List<String> RECIPROCAL = List.of("만나", "만났", "만날", "결혼", "싸우", "싸웠", "이야기",
            "얘기", "헤어지", "헤어졌");

    /**
     * 친구하고 만나요 = 친구를 만나요: verbs of mutual action take the partner with 하고, 와/과,
     * (이)랑 or 을/를 (국립국어원 표준국어대사전, 만나다 「…을」「…와」; Yeon &amp; Brown 2019).
     */
    static String reciprocal(String answer, List<String> accepted) {
        // the verb may be followed by its auxiliary or bound noun (만날 거예요, 만나고 싶어요)
        String verb = accepted.getLast();
        String before = accepted.size() > 1 ? accepted.get(accepted.size() - 2) : "";
        if (RECIPROCAL.stream().noneMatch(r -> verb.startsWith(r) || before.startsWith(r))) {
            return answer;
        }
        List<String> a = new ArrayList<>(List.of(answer.split(" ")));
        for (int i = 0; i < a.size() - 1; i++) {
            String[] sp = ArgumentCheck.stemAndParticle(a.get(i));
            if (!Set.of("하고", "와", "과", "랑", "이랑").contains(sp[1])
                    || !Particles.of(sp[1]).map(p -> p.formAfter(sp[0]).equals(sp[1])).orElse(false)) {
                continue;
            }
            for (String e : accepted) {
                String[] es = ArgumentCheck.stemAndParticle(e);
                if (es[0].equals(sp[0]) && (es[1].equals("을") || es[1].equals("를") || es[1].isEmpty())) {
                    a.set(i, e);
                }
            }
        }
        return String.join(" ", a);
    }

    /**
     * 저는 N이에요 for the accepted 제 이름은 N이에요 (저는 데위예요): saying who one is by name says one's
     * name (Yeon &amp; Brown 2019, on introducing oneself). Rewritten into the accepted words only when the
     * next word is the accepted answer's name with the copula.
     */
    static String selfAsName(String answer, List<String> accepted) {
        String[] a = answer.split(" ");
        int name = accepted.indexOf("이름은");
        if (name < 0 || name + 1 >= accepted.size()) {
            return answer;
        }
        for (int i = 0; i + 1 < a.length; i++) {
            if ((a[i].equals("저는") || a[i].equals("전")) && a[i + 1].equals(accepted.get(name + 1))) {
                List<String> out = new ArrayList<>(List.of(a));
                out.set(i, (name > 0 && accepted.get(name - 1).equals("제") ? "제 " : "") + "이름은");
                return String.join(" ", out);
            }
        }
        return answer;
    }

    /**
     * N(이)라고 해요 / 합니다 'I am called N' for the accepted N예요 / N이에요 / N입니다 (부디라고 해요 for 부디예요):
     * the quotative frame introduces a name as the copula does (Yeon &amp; Brown 2019, on -(이)라고 하다).
     * Rewritten into the accepted word only when the accepted answer has that name with the copula.
     */
    static String nameFrame(String answer, List<String> accepted) {
        String[] a = answer.split(" ");
        for (int i = 0; i + 1 < a.length; i++) {
            String w = a[i];
            if (!w.endsWith("라고") || !Set.of("해요", "합니다", "해").contains(a[i + 1])) {
                continue;
            }
            String name = w.endsWith("이라고") && w.length() > 3 && Hangul.hasFinal(w.charAt(w.length() - 4))
                    ? w.substring(0, w.length() - 3) : w.substring(0, w.length() - 2);
            for (int j = 0; j < accepted.size(); j++) {
                String x = accepted.get(j);
                if (x.startsWith(name) && Set.of("예요", "이에요", "입니다", "야", "이야").contains(x.substring(name.length()))) {
                    List<String> out = new ArrayList<>(List.of(a));
                    out.set(i, x);
                    out.remove(i + 1);
                    if (j > 0 && accepted.get(j - 1).startsWith("이름") && out.stream().noneMatch(y -> y.startsWith("이름"))) {
                        // 데위라고 해요 says all of 제 이름은 데위예요: the frame names the speaker
                        int from = j > 1 && Set.of("제", "내").contains(accepted.get(j - 2)) ? j - 2 : j - 1;
                        int at = i;
                        if (at > 0 && Set.of("저는", "전", "나는", "난").contains(out.get(at - 1))) {
                            out.remove(--at);
                        }
                        out.addAll(at, accepted.subList(from, j));
                    }
                    return String.join(" ", out);
                }
            }
        }
        return answer;
    }

    /**
     * N(으)로 해 주세요 'make it N' for the accepted N(으)로 주세요 or N 주세요 (창가 자리로 해 주세요): (으)로
     * 하다 says what one chooses (표준국어대사전 '하다' 「…으로」 '무엇을 고르거나 정하다'; Yeon &amp; Brown
     * 2019, on (으)로). The 해 is left out when the accepted answer is a request without it.
     */
    static String choiceFrame(String answer, List<String> accepted) {
        String[] a = answer.split(" ");
        for (int i = 1; i + 1 < a.length; i++) {
            if (a[i].equals("해") && a[i - 1].endsWith("로") && REQUESTS.contains(a[i + 1]) && !accepted.contains("해")
                    && REQUESTS.contains(accepted.getLast())) {
                List<String> out = new ArrayList<>(List.of(a));
                out.remove(i);
                return String.join(" ", out);
            }
        }
        return answer;
    }

    /** 부탁하다 as the request itself: 'N, please'. */
    private static final Set<String> PLEASE = Set.of("부탁합니다", "부탁해요", "부탁드립니다", "부탁드려요");

    /**
     * N 부탁합니다 / 부탁드립니다 'N, please' for the accepted N (으)로 가 주세요 or N 좀 바꿔 주세요
     * (인천공항까지 부탁합니다, 김 선생님 좀 부탁드립니다): a request with 부탁하다 names what is asked
     * for and leaves the action understood (표준국어대사전 '부탁하다' 「…에게 …을」; 표준 언어 예절 2011,
     * on the telephone: "○○○ 씨 좀 부탁합니다"). Rewritten into the accepted verb and request when the
     * answer's nouns are the accepted answer's; the nouns' particles are compared as usual afterwards.
     *
     * @return the answer with the accepted answer's verb and request; the answer itself otherwise
     */
    static String pleaseFrame(String answer, String accepted) {
        List<String> a = new ArrayList<>(List.of(answer.split(" ")));
        List<String> e = List.of(accepted.split(" "));
        if (a.size() < 2 || e.size() < 3 || !PLEASE.contains(a.getLast()) || !REQUESTS.contains(e.getLast())
                || PLEASE.contains(e.getLast())) {
            return answer;
        }
        List<Morphology.Word> ew = Morphology.analyse(accepted);
        if (ew.size() != e.size() || !ew.get(e.size() - 2).verbal()) {
            return answer;
        }
        List<String> aNouns = stems(a.subList(0, a.size() - 1));
        List<String> eNouns = stems(e.subList(0, e.size() - 2));
        if (!aNouns.equals(eNouns) && !(aNouns.size() > eNouns.size() && aNouns.subList(aNouns.size() - eNouns.size(),
                aNouns.size()).equals(eNouns) && aNouns.subList(0, aNouns.size() - eNouns.size()).stream()
                        .allMatch(DROPPABLE_ADDITIONS::contains))) {
            return answer;
        }
        a.removeLast();
        a.add(e.get(e.size() - 2));
        a.add(e.getLast());
        return String.join(" ", a);
    }

    /** The words' stems without particles, 좀 left out. */
    private static List<String> stems(List<String> words) {
        return words.stream().filter(w -> !w.equals("좀")).map(w -> ArgumentCheck.stemAndParticle(w)[0]).toList();
    }

    /** The first error these checks find, repaired; empty when none applies. */
    static Optional<Fix> find(String answer, String accepted) {
        Optional<Fix> fix = FormChecks.find(answer, accepted);
        if (fix.isEmpty()) {
            fix = Resynthesis.find(answer, accepted);
        }
        if (fix.isEmpty()) {
            fix = counter(answer, accepted);
        }
        if (fix.isEmpty()) {
            fix = longNumeralBeforeCounter(answer);
        }
        if (fix.isEmpty()) {
            fix = sinoBeforeNativeCounter(answer);
        }
        if (fix.isEmpty()) {
            fix = Numerals.nativeForSino(answer, accepted);
        }
        if (fix.isEmpty()) {
            fix = youPronoun(answer, accepted);
        }
        if (fix.isEmpty()) {
            fix = farewell(answer, accepted);
        }
        if (fix.isEmpty()) {
            fix = negation(answer, accepted);
        }
        if (fix.isEmpty()) {
            fix = verbFinal(answer, accepted);
        }
        if (fix.isEmpty()) {
            fix = NounPhraseOrder.find(answer, accepted);
        }
        if (fix.isEmpty()) {
            fix = ActionPlace.find(answer, accepted);
        }
        if (fix.isEmpty()) {
            fix = VerbPhraseForms.find(answer).map(f -> VerbPhraseForms.acceptedVerb(f, answer, accepted));
        }
        if (fix.isEmpty()) {
            fix = TimeWords.find(answer);
        }
        if (fix.isEmpty()) {
            fix = negatorBeforeObject(answer);
        }
        return fix;
    }

    /**
     * 두 명이요 for 표 두 장 (session 8): at a ticket counter the travellers may be counted instead of the
     * tickets (어른 두 명이요, KTX로 두 명이요), another way of asking for the same thing, not a wrong
     * counter (표준국어대사전 '명' 「의존명사」, people; Counters#fits). Only when the learner names no thing
     * of 장/매 before the number (표 두 명 stays a wrong counter).
     */
    private static boolean peopleForTickets(String learnerCounter, String acceptedCounter, String before) {
        return (learnerCounter.equals("명") || learnerCounter.equals("분"))
                && (acceptedCounter.equals("장") || acceptedCounter.equals("매"))
                && (before.isEmpty() || !Counters.fits(acceptedCounter, before));
    }

    /**
     * 티셔츠 두 벌 for 티셔츠 두 장, 이 티셔츠 두 개 for 두 장 (session 30, s30c): both counters are attested for one piece
     * of the noun ({@link CounterClasses#sameThing}: 표준국어대사전 '벌'² 옷을 세는 단위, '장'¹³ 얇고 넓적한 물건을 세는
     * 단위, '개'⁹ 낱으로 된 물건을 세는 단위), so the learner counts the same thing with another right counter. The noun
     * is the learner's word before the number, else the accepted answer's (이거 두 벌 for 티셔츠 두 장).
     */
    private static boolean oneThingCounted(String learnersNoun, String acceptedNoun, String learnerCounter,
            String acceptedCounter) {
        String noun = ArgumentCheck.stemAndParticle(learnersNoun)[0];
        if (CounterClasses.attested(noun).isEmpty() && CounterClasses.attested(learnersNoun).isEmpty()) {
            noun = ArgumentCheck.stemAndParticle(acceptedNoun)[0];
            if (CounterClasses.attested(noun).isEmpty()) {
                noun = acceptedNoun;
            }
        } else if (CounterClasses.attested(noun).isEmpty()) {
            noun = learnersNoun;
        }
        return CounterClasses.sameThing(noun, learnerCounter, acceptedCounter);
    }

    /**
     * 어른 한 장 for 어른 한 명 (session 16): at a ticket counter a fare class right before the number names
     * the kind of ticket, and 장 counts the tickets (어른 두 장 주세요 = 어른 표 두 장; 표준국어대사전 '장'
     * 「의존명사」 종이나 유리 따위의 얇고 넓적한 물건을 세는 단위; the converse of {@link #peopleForTickets}).
     * Only after a bare fare class (어른, 어린이, 학생, 대인 …): 사람 두 장, 친구 두 장 and a counted subject with
     * its particle (아이가 두 장) keep their finding.
     */
    private static boolean ticketsForPeople(String learnerCounter, String acceptedCounter, String before) {
        return (learnerCounter.equals("장") || learnerCounter.equals("매"))
                && (acceptedCounter.equals("명") || acceptedCounter.equals("분")) && WordingChoices.FARE_CLASSES.contains(before);
    }

    /**
     * Whether the accepted answer itself counts this value with this counter somewhere (두 시간 … 자리 두 개
     * for the learner's 두 시간): the learner's phrase is the accepted one, not a wrong counter for another
     * phrase of the same value (session 9, eval14c).
     */
    private static boolean statesAlso(List<String> accepted, Integer value, String counter) {
        for (int k = 0; k + 1 < accepted.size(); k++) {
            if (value.equals(value(accepted.get(k))) && counter.equals(counterOf(accepted.get(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the accepted answer itself says the learner's number and counter (두 시간 where the accepted
     * answer has 두 시간 … 자리 두 개): that count is the accepted one, not another count's wrong counter
     * (session 9: the pairing with the accepted answer's other count is an artefact of the order).
     */
    private static boolean countOfAccepted(String number, String counter, List<String> accepted) {
        for (int j = 0; j + 1 < accepted.size(); j++) {
            if (accepted.get(j).equals(number) && counter.equals(counterOf(accepted.get(j + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Fix> counter(String answer, String accepted) {
        List<String> a = List.of(answer.split(" "));
        List<String> e = List.of(accepted.split(" "));
        for (int j = 0; j + 1 < e.size(); j++) {
            String eNum = e.get(j);
            String eCounter = counterOf(e.get(j + 1));
            Integer eValue = value(eNum);
            if (eValue == null || eCounter == null) {
                continue;
            }
            for (int i = 0; i + 1 < a.size(); i++) {
                String aNum = a.get(i);
                String aCounter = counterOf(a.get(i + 1));
                Integer aValue = value(aNum);
                if (aValue == null || aCounter == null || aNum.equals(eNum) && aCounter.equals(eCounter)
                        || countOfAccepted(aNum, aCounter, e)
                        || Numerals.modifierBeforeBoundNoun(answer, i + 1)
                        || !aCounter.equals(eCounter) && i > 0 && Counters.fits(aCounter, a.get(i - 1))
                                && !Counters.fits(eCounter, a.get(i - 1))
                        || !aCounter.equals(eCounter) && oneThingCounted(i > 0 ? a.get(i - 1) : "", j > 0 ? e.get(j - 1) : "",
                                aCounter, eCounter)
                        || peopleForTickets(aCounter, eCounter, i > 0 ? a.get(i - 1) : "")
                        || ticketsForPeople(aCounter, eCounter, i > 0 ? a.get(i - 1) : "")
                        || !aCounter.equals(eCounter) && statesAlso(e, aValue, aCounter)
                        || Numerals.sameDuration(aNum + aCounter, eNum + eCounter)) {
                    continue;
                }
                String subtype = null;
                if (aCounter.equals(eCounter) && aValue.equals(eValue)) {
                    if (NATIVE_LONG.containsKey(aNum) && NATIVE_SHORT.containsKey(eNum)) {
                        subtype = "counter/native_short_form";
                    } else if (SINO.containsKey(aNum) && NATIVE_SHORT.containsKey(eNum)) {
                        subtype = "counter/sino_for_native";
                    } else if ((NATIVE_SHORT.containsKey(aNum) || NATIVE_LONG.containsKey(aNum))
                            && SINO.containsKey(eNum)) {
                        subtype = "counter/native_for_sino";
                    }
                } else if (aValue.equals(eValue) && !aCounter.equals(eCounter)
                        && !(aCounter.equals("사람") || eCounter.equals("사람"))) {
                    // 아메리카노 두 개 for 두 잔: the general counter for a thing with a counter of its own is
                    // common in speech (Numerals); 세 개 for people is not
                    subtype = aCounter.equals("개") && i > 0 && Numerals.counts(eCounter, a.get(i - 1))
                            ? "counter/general" : "counter/wrong_counter";
                }
                if (subtype == null) {
                    continue;
                }
                String original = aNum + " " + aCounter;
                String correction = eNum + " " + eCounter;
                String rest = a.get(i + 1).substring(aCounter.length());
                List<String> fixed = new ArrayList<>(a);
                fixed.set(i, eNum);
                fixed.set(i + 1, eCounter + reform(rest, eCounter));
                return Optional.of(new Fix(new Finding(ErrorCategory.VOCABULARY, original, correction, subtype),
                        String.join(" ", fixed)));
            }
        }
        return Optional.empty();
    }

    /**
     * 하나 잔, 둘 개, 셋 명: before a counter the native numerals 1–4 and 20 take their short forms
     * 한, 두, 세, 네, 스무 (Yeon &amp; Brown 2019, on numerals and counters). Wrong whatever the accepted
     * answer says (it may say 하나 without a counter), so checked on the answer alone.
     */
    private static Optional<Fix> longNumeralBeforeCounter(String answer) {
        List<String> a = List.of(answer.split(" "));
        for (int i = 0; i + 1 < a.size(); i++) {
            String counter = counterOf(a.get(i + 1));
            if (!NATIVE_LONG.containsKey(a.get(i)) || counter == null || !NATIVE_COUNTERS.contains(counter)
                    || Numerals.modifierBeforeBoundNoun(answer, i + 1)) {
                continue;
            }
            String shortForm = Lexicon.COUNTER_FORMS.get(a.get(i));
            List<String> fixed = new ArrayList<>(a);
            fixed.set(i, shortForm);
            return Optional.of(new Fix(new Finding(ErrorCategory.VOCABULARY, a.get(i) + " " + counter,
                    shortForm + " " + counter, "counter/native_short_form"), String.join(" ", fixed)));
        }
        return Optional.empty();
    }

    /** Sino-Korean numbers 1–12 in letters → their native forms before a counter (삼 → 세, 십이 → 열두). */
    private static final Map<String, String> NATIVE_OF_SINO = Map.ofEntries(Map.entry("일", "한"), Map.entry("이", "두"),
            Map.entry("삼", "세"), Map.entry("사", "네"), Map.entry("오", "다섯"), Map.entry("육", "여섯"),
            Map.entry("칠", "일곱"), Map.entry("팔", "여덟"), Map.entry("구", "아홉"), Map.entry("십", "열"),
            Map.entry("십일", "열한"), Map.entry("십이", "열두"));
    /**
     * The numbers of {@link #NATIVE_OF_SINO} read when written apart before any native counter: 3–9, which are no other
     * word when alone (이 is also 'this', 일 'work', 십 is read by {@link Counters} where an accepted answer counts it).
     */
    private static final Set<String> SINO_ALONE = Set.of("삼", "사", "오", "육", "칠", "팔", "구");
    /** Words of the time of day before an hour (밤 구시, 오후 삼시에). */
    private static final Set<String> DAY_TIME = Set.of("밤", "오후", "오전", "아침", "저녁", "새벽", "낮");
    /** An hour in Sino-Korean letters joined to 시, and what follows (구시, 삼시에; not 오시면, which is 오다). */
    private static final Pattern SINO_HOUR = Pattern.compile("(십일|십이|일|이|삼|사|오|육|칠|팔|구|십)시(에|까지|부터|쯤|반|)");

    /**
     * {@code counter/sino_for_native}, a Sino-Korean number in letters before a counter that takes native numbers, in
     * either of its two written shapes (one check since session 38, s38c; before, 삼 시 was read here and 구시 by
     * {@code UnitsAndOrder} with a map of its own):
     * <ul>
     * <li>apart, 삼 시, 삼 잔, 오 명 → 세 시, 세 잔, 다섯 명: the numbers of {@link #SINO_ALONE} before any counter of
     *     {@link #NATIVE_COUNTERS} but 달; the span is the numeral with its counter, as written;</li>
     * <li>joined to 시 after a word of the time of day, 밤 구시 → 아홉 시, 오후 이시에 → 두 시에: every hour 1–12 (after
     *     밤/오후/오전/아침/저녁/새벽/낮 the letters are the hour), with nothing but 에, 까지, 부터, 쯤, 반 after 시 (아침 오시면
     *     is 오다, 일시 a noun); the span is the learner's word.</li>
     * </ul>
     * The hours of the clock and the counters of things and people take native numbers (Yeon &amp; Brown 2019, on
     * numerals and counters and on telling the time: 시 counts hours with native numbers, 분 minutes with Sino-Korean
     * ones; 표준국어대사전 '시'⁴ 용례 '두 시'). Wrong whatever the accepted answer says (it may write the number in digits,
     * 3시), so read on the answer alone.
     *
     * @param answer the normalised answer (one sentence or more)
     * @return every such number in order, each with the answer repaired at it alone
     */
    static List<Fix> sinoNumbers(String answer) {
        List<String> a = List.of(answer.split(" "));
        List<Fix> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Matcher hour = SINO_HOUR.matcher(a.get(i));
            if (i > 0 && DAY_TIME.contains(a.get(i - 1)) && hour.matches()) {
                String nativeHour = NATIVE_OF_SINO.get(hour.group(1)) + " 시" + hour.group(2);
                List<String> fixed = new ArrayList<>(a);
                fixed.set(i, nativeHour);
                out.add(new Fix(new Finding(ErrorCategory.VOCABULARY, a.get(i), nativeHour, "counter/sino_for_native"),
                        String.join(" ", fixed)));
                continue;
            }
            String counter = i + 1 < a.size() ? counterOf(a.get(i + 1)) : null;
            if (!SINO_ALONE.contains(a.get(i)) || counter == null || !NATIVE_COUNTERS.contains(counter)
                    || counter.equals("달")) {
                continue;
            }
            String nativeForm = NATIVE_OF_SINO.get(a.get(i));
            List<String> fixed = new ArrayList<>(a);
            fixed.set(i, nativeForm);
            out.add(new Fix(new Finding(ErrorCategory.VOCABULARY, a.get(i) + " " + counter, nativeForm + " " + counter,
                    "counter/sino_for_native"), String.join(" ", fixed)));
        }
        return out;
    }

    /** The first number {@link #sinoNumbers} reads, repaired; empty when there is none. */
    static Optional<Fix> sinoBeforeNativeCounter(String answer) {
        return sinoNumbers(answer).stream().findFirst();
    }

    /** The rest of a counter word (요, 이에요, 을 …) re-formed after another counter. */
    private static String reform(String rest, String counter) {
        if (rest.isEmpty()) {
            return rest;
        }
        boolean consonant = Hangul.hasFinal(counter.charAt(counter.length() - 1));
        if (rest.equals("요") || rest.equals("이요")) {
            return consonant ? "이요" : "요";
        }
        return Particles.of(rest).map(p -> p.formAfter(counter)).orElse(rest);
    }

    private static String counterOf(String word) {
        String best = null;
        for (String c : NATIVE_COUNTERS) {
            if (word.startsWith(c) && (best == null || c.length() > best.length()) && restIsEnding(word, c)) {
                best = c;
            }
        }
        for (String c : SINO_COUNTERS) {
            if (word.startsWith(c) && (best == null || c.length() > best.length()) && restIsEnding(word, c)) {
                best = c;
            }
        }
        return best;
    }

    private static boolean restIsEnding(String word, String counter) {
        String rest = word.substring(counter.length());
        return rest.isEmpty() || Particles.isParticle(rest) || rest.equals("요") || rest.equals("이요")
                || rest.startsWith("이에") || rest.startsWith("예요") || rest.startsWith("입니") || rest.startsWith("에");
    }

    private static Integer value(String numeral) {
        if (NATIVE_SHORT.containsKey(numeral)) {
            return NATIVE_SHORT.get(numeral);
        }
        if (NATIVE_LONG.containsKey(numeral)) {
            return NATIVE_LONG.get(numeral);
        }
        return SINO.get(numeral);
    }

    private static Optional<Fix> farewell(String answer, String accepted) {
        String[][] pairs = {{"안녕히 가세요", "안녕히 계세요"}, {"안녕히 계세요", "안녕히 가세요"},
            {"안녕히 가십시오", "안녕히 계십시오"}, {"안녕히 계십시오", "안녕히 가십시오"}};
        for (String[] p : pairs) {
            if (answer.contains(p[0]) && accepted.contains(p[1]) && !accepted.contains(p[0])) {
                return Optional.of(new Fix(new Finding(ErrorCategory.HONORIFIC, p[0], p[1], "honorific/farewell"),
                        answer.replace(p[0], p[1])));
            }
        }
        List<String> a = List.of(answer.split(" "));
        for (String phrase : List.of("안녕히 계세요", "안녕히 가세요", "안녕하세요", "안녕히 계십시오", "안녕하십니까")) {
            int at = a.indexOf("안녕");
            boolean spaced = at >= 0 && at + 1 < a.size() && a.get(at + 1).startsWith("하");
            if (at >= 0 && !spaced && accepted.contains(phrase)) {
                List<String> fixed = new ArrayList<>(a);
                fixed.set(at, phrase);
                return Optional.of(new Fix(new Finding(ErrorCategory.HONORIFIC, "안녕", phrase,
                        "honorific/speech_level"), String.join(" ", fixed)));
            }
        }
        return Optional.empty();
    }

    /**
     * 당신 to a stranger ({@code honorific/you_pronoun}): Korean avoids a second-person pronoun with
     * people one does not know; the name, a title (손님, 선생님) or nothing is used (국립국어원, 표준 언어
     * 예절 2011, on terms of address). The word is left out for the comparison that follows.
     */
    private static Optional<Fix> youPronoun(String answer, String accepted) {
        List<String> a = new ArrayList<>(List.of(answer.split(" ")));
        for (int i = 0; i < a.size(); i++) {
            String w = a.get(i);
            if (w.startsWith("당신") && !accepted.contains("당신")) {
                a.remove(i);
                if (a.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new Fix(new Finding(ErrorCategory.HONORIFIC, w, "", "honorific/you_pronoun"),
                        String.join(" ", a)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Fix> negation(String answer, String accepted) {
        List<String> a = List.of(answer.split(" "));
        for (int i = 0; i + 1 < a.size(); i++) {
            if (!a.get(i).equals("안") && !a.get(i).equals("못")) {
                continue;
            }
            String verb = a.get(i + 1);
            List<Morphology.Word> analysed = Morphology.analyse(verb);
            List<Morphology.Morpheme> ms = analysed.isEmpty() ? List.of() : analysed.getFirst().morphemes();
            // noun + 하다 verbs only (공부하다, 운동하다); adjectives keep 안 in front (안 피곤해요)
            boolean nounHada = ms.size() >= 2 && ms.get(0).tag().startsWith("NN") && ms.get(1).is("XSV");
            for (int cut = 1; cut < verb.length(); cut++) {
                String noun = verb.substring(0, cut);
                String rest = verb.substring(cut);
                if ("하해했합할".indexOf(rest.charAt(0)) >= 0 && (accepted.contains(noun + " " + a.get(i) + " " + rest)
                        || nounHada && ms.get(0).form().equals(noun))) {
                    String original = a.get(i) + " " + verb;
                    String correction = noun + " " + a.get(i) + " " + rest;
                    return Optional.of(new Fix(new Finding(ErrorCategory.WORD_ORDER, original, correction,
                            "word_order/negation"), answer.replace(original, correction)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * 못 매운 거 먹어요 → 매운 거 못 먹어요 ({@code word_order/negation}): short negation 안/못 stands right
     * before the predicate it negates, after its object (Sohn 1999 and Yeon &amp; Brown 2019, on short
     * negation). Only when what follows 안/못 is a noun phrase (a noun, a determiner or a modifier and
     * its noun) and the answer ends in the verb; an adverb after 안/못 is left alone.
     */
    static Optional<Fix> negatorBeforeObject(String answer) {
        String[] a = answer.split(" ");
        List<Morphology.Word> w = Morphology.analyse(answer);
        if (w.size() != a.length || a.length < 3) {
            return Optional.empty();
        }
        int last = a.length - 1;
        if (!w.get(last).verbal() || !w.get(last).startsWith("VV", "VA") && !w.get(last).has("XSV")) {
            return Optional.empty();
        }
        for (int i = 0; i + 1 < last; i++) {
            if (!a[i].equals("안") && !a[i].equals("못") || !w.get(i).startsWith("MAG")) {
                continue; // (가방 안 물이 있어요: 안 'inside' is a noun)
            }
            Morphology.Word next = w.get(i + 1);
            boolean nounPhrase = next.startsWith("NNG", "NNP", "NP", "MM") || next.endsWith("ETM");
            if (!nounPhrase) {
                return Optional.empty();
            }
            String original = String.join(" ", java.util.Arrays.copyOfRange(a, i, last + 1));
            String correction = String.join(" ", java.util.Arrays.copyOfRange(a, i + 1, last)) + " " + a[i] + " " + a[last];
            return Optional.of(new Fix(new Finding(ErrorCategory.WORD_ORDER, original, correction, "word_order/negation"),
                    answer.replace(original, correction)));
        }
        return Optional.empty();
    }

    private static Optional<Fix> verbFinal(String answer, String accepted) {
        List<String> a = List.of(answer.split(" "));
        List<String> e = List.of(accepted.split(" "));
        // the predicate with its auxiliary (세워 주세요, 보내고 싶어요) moves as one
        int p = -1;
        int length = 0;
        for (int k = Math.min(3, e.size() - 1); k >= 1 && p < 0; k--) {
            List<String> tail = e.subList(e.size() - k, e.size());
            int at = java.util.Collections.indexOfSubList(a, tail);
            if (at >= 0 && at + k < a.size() && (k == 1 || verbChain(tail))) {
                p = at;
                length = k;
            }
        }
        if (p < 0) {
            p = a.indexOf(e.getLast());
            length = 1;
        }
        if (p < 0 || p + length >= a.size() || a.size() < 2) {
            return Optional.empty();
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = p + length; i < a.size(); i++) {
            if (words.get(i).verbal() && !words.get(i).caseMarked()) {
                return Optional.empty();
            }
        }
        List<String> moved = new ArrayList<>(a.subList(p + length, a.size()));
        moved.sort(java.util.Comparator.comparingInt(w -> position(e, w)));
        // the correction shows the accepted answer's words (한국어 → 한국어를); the comparison goes on with the learner's
        List<String> shown = new ArrayList<>();
        for (String w : moved) {
            int at = position(e, w);
            shown.add(at < e.size() ? e.get(at) : w);
        }
        List<String> predicate = a.subList(p, p + length);
        moved.addAll(predicate);
        shown.addAll(predicate);
        String original = String.join(" ", a.subList(p, a.size()));
        String correction = String.join(" ", shown);
        List<String> fixed = new ArrayList<>(a.subList(0, p));
        fixed.addAll(moved);
        return Optional.of(new Fix(new Finding(ErrorCategory.WORD_ORDER, original, correction, "word_order/verb_final"),
                String.join(" ", fixed)));
    }

    /** Whether the accepted answer's last words are a verb and its auxiliaries (세워 주세요, 보내고 싶어요). */
    private static boolean verbChain(List<String> words) {
        List<Morphology.Word> analysed = Morphology.analyse(String.join(" ", words));
        if (analysed.size() != words.size()) {
            return false;
        }
        for (int i = 0; i < analysed.size() - 1; i++) {
            boolean modifierOfBound = analysed.get(i).endsWith("ETM") && i + 1 < words.size()
                    && Set.of("거예요", "거야", "겁니다", "거에요", "수").contains(words.get(i + 1));
            // 세워 주세요, 보내고 싶어요; 갈 거예요, 갈 수 (있어요): the modifier goes with its bound noun
            if (!analysed.get(i).verbal() || analysed.get(i).caseMarked()
                    || !analysed.get(i).endsWith("EC") && !modifierOfBound) {
                return false;
            }
        }
        return true;
    }

    /** Where a learner word (or its noun without particle) stands in the accepted answer; the end when absent. */
    private static int position(List<String> accepted, String word) {
        int exact = accepted.indexOf(word);
        if (exact >= 0) {
            return exact;
        }
        String stem = ArgumentCheck.stemAndParticle(word)[0];
        for (int i = 0; i < accepted.size(); i++) {
            if (ArgumentCheck.stemAndParticle(accepted.get(i))[0].equals(stem)) {
                return i;
            }
        }
        return accepted.size();
    }
}
