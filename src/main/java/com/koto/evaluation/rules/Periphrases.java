package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One meaning said in other words where the accepted answer has a word of its own, which the
 * comparison reads as another word, a slip or a missing piece (session 9, helper eval14a, from the
 * false alarms of sets Q and q5): a compound verb and its phrase, a cognate object, a limit said by
 * negating its crossing, a device that does not work, a request for the act, the way of service, a
 * question word of kind. Each method recognises one class on the learner's own words; a finding of
 * such a class is an alignment artefact ({@link #artefact}): never decisive, so the answer passes
 * unsure with the model answer shown unless something else is certain.
 *
 * <p>All spans are normalised ({@link com.koto.evaluation.text.AnswerText#normalise}): {@code o} the
 * learner's span, {@code c} the accepted span, {@code answer} the learner's whole answer.
 */
final class Periphrases {

    /** 안 before a form of 되다. */
    private static final Pattern NEGATED_DOEDA = Pattern.compile(".*(^| )안 (돼|되|됐|된)[^ ]*.*");
    /** An object, topic, subject particle or 도 at the end. */
    private static final Pattern OBJECT_PARTICLE_END = Pattern.compile("(을|도|은|이)$");

    private Periphrases() {
    }

    /**
     * Whether the finding of a comparison with {@code accepted} belongs to one of the classes below.
     *
     * @param f        a finding of the comparison
     * @param answer   the learner's normalised answer
     * @param accepted the normalised accepted answer of the comparison
     */
    static boolean artefact(Finding f, String answer, String accepted) {
        String o = f.original() == null ? "" : f.original().strip();
        String c = f.correction() == null ? "" : f.correction().strip();
        String subtype = Subtypes.of(f);
        return switch (f.category()) {
            case VOCABULARY -> (subtype.equals("vocabulary/word") || subtype.equals("vocabulary/extra_word"))
                    && (compoundOfMotion(o, c) || negatedLimit(o, answer, accepted) || notWorking(o, answer, accepted)
                            || questionOfKind(o, c) || sameDay(o, c));
            case SPELLING -> cognateObject(o, answer);
            case INCOMPLETE -> requestForAct(c, answer) || wayOfService(o, c, answer);
            default -> false;
        };
    }

    /**
     * V-아/어서 가다/오다 for the compound V-아/어가다/오다, or the reverse (걸어서 가면 for 걸어가면, 뛰어와요
     * for 뛰어서 와요): the dictionary defines the compound by the phrase (표준국어대사전 '걸어가다': 목적지를
     * 향하여 걸어서 나아가다; '뛰어오다'). The spans differ only in 서 and a space, and the second verb is
     * 가다 or 오다.
     */
    static boolean compoundOfMotion(String o, String c) {
        return phraseOf(o, c) || phraseOf(c, o);
    }

    private static boolean phraseOf(String phrase, String compound) {
        int at = phrase.indexOf("서 ");
        if (at < 1 || compound.contains(" ") && !phrase.contains(" ")) {
            return false;
        }
        String joined = phrase.substring(0, at) + phrase.substring(at + 2);
        if (!joined.equals(compound)) {
            return false;
        }
        String second = phrase.substring(at + 2);
        char first = second.isEmpty() ? ' ' : second.charAt(0);
        // 가/갈/갔/가면, 오/올/왔/와
        char open = Hangul.withoutFinal(first);
        return open == '가' || open == '오' || open == '와';
    }

    /** Words of a limit 'at most' (표준국어대사전 '이하', '이내', '미만'). */
    private static final List<String> LIMITS = List.of("이하", "이내", "미만");

    /**
     * A limit said by negating its crossing (50만 원 안 넘었으면 좋겠어요, 넘지 않으면 for 50만 원
     * 이하였으면): 넘다 'go beyond a limit' negated names the range 이하/이내 names (표준국어대사전 '넘다'
     * 「…을」 일정한 시간, 시기, 범위 따위에서 벗어나 지나다; '이하' 「명사」 수량이나 정도가 일정한 기준보다
     * 더 적거나 모자람). The learner's span is the negation or the negated 넘다, the answer holds 안 넘- or
     * 넘지 않-, and the accepted answer 이하/이내/미만.
     */
    static boolean negatedLimit(String o, String answer, String accepted) {
        boolean negatedCrossing = answer.contains("안 넘") || answer.contains("넘지 않");
        boolean span = o.equals("안") || o.startsWith("안 넘") || o.startsWith("넘지") || o.startsWith("넘");
        return negatedCrossing && span && LIMITS.stream().anyMatch(accepted::contains);
    }

    /** Verbs of a device breaking down (멈추다, 고장 나다, 꺼지다, 먹통이 되다). */
    private static final List<String> BREAKDOWN = List.of("멈추", "멈췄", "멈춰", "고장", "꺼졌", "꺼져", "먹통");

    /**
     * 안 되다 of a device that does not work where the accepted answer names the breakdown (컴퓨터가 갑자기
     * 안 돼 for 컴퓨터가 멈췄어; 인터넷이 안 돼요): 되다 'work, function' (표준국어대사전 '되다'¹ 「동사」,
     * 일이 잘 이루어지다 — 전화가 안 된다 is the everyday way to say a line or a machine fails). The
     * learner's span is the 안 or the 안 되- of the answer, and the accepted answer has a verb of
     * breakdown.
     */
    static boolean notWorking(String o, String answer, String accepted) {
        boolean notWork = NEGATED_DOEDA.matcher(answer).matches();
        boolean span = o.equals("안") || o.startsWith("안 돼") || o.startsWith("안 되") || o.startsWith("안 됐");
        return notWork && span && BREAKDOWN.stream().anyMatch(accepted::contains);
    }

    /** Question determiners of kind (표준국어대사전 '무슨' ①, '어떤' ①). */
    private static final Set<String> KIND = Set.of("무슨", "어떤", "어느");

    /**
     * 무슨 for 어떤, or the reverse (무슨 서류가 필요합니까 for 어떤 서류가): both ask what kind of thing
     * (표준국어대사전 '무슨' ① 무엇인지 모르는 일, 대상, 물건 따위를 물을 때 쓰는 말; '어떤' ① 사람이나 사물의
     * 특성, 내용, 상태, 성격이 무엇인지 물을 때 쓰는 말). 어느 for either is not the class (which of a set).
     */
    static boolean questionOfKind(String o, String c) {
        String a = o.split(" ")[0];
        String b = c.split(" ")[0];
        return !a.equals(b) && KIND.contains(a) && KIND.contains(b) && !a.equals("어느") && !b.equals("어느");
    }

    /**
     * The noun of a cognate object read as a misspelt adverb (잠 못 잤어 for 잘 못 잤어, 꿈 꿨어): the noun
     * made from the verb's stem with -(으)ㅁ is the object of that verb (표준국어대사전 '잠' 「명사」, 잠을
     * 자다; '꿈', 꿈을 꾸다; '춤', 춤을 추다; Sohn 1999 on cognate objects). The learner's word (with or
     * without 을/도/은) is one syllable with the final ㅁ, and one of the next two words is a verb whose stem
     * is that syllable without ㅁ.
     */
    static boolean cognateObject(String o, String answer) {
        String noun = OBJECT_PARTICLE_END.matcher(o).replaceAll("");
        if (noun.length() != 1) {
            return false;
        }
        char s = noun.charAt(0);
        if (!Hangul.isSyllable(s) || Hangul.finalIndex(s) != Hangul.Final.M) {
            return false;
        }
        String stem = String.valueOf(Hangul.withoutFinal(s));
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).surface().equals(o)) {
                continue;
            }
            for (int k = i + 1; k <= i + 2 && k < words.size(); k++) {
                List<Morphology.Morpheme> ms = words.get(k).morphemes();
                if (!ms.isEmpty() && ms.getFirst().is("VV") && ms.getFirst().form().equals(stem)
                        || sameSyllableStart(words.get(k).surface(), stem.charAt(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the word begins with the stem syllable, its vowel contracted with -아/어 (자서, 잤어; 꿨어 for
     * 꾸었어; 췄어 for 추었어): the same initial consonant, the same vowel or ㅜ → ㅝ, ㅗ → ㅘ.
     */
    private static boolean sameSyllableStart(String word, char stem) {
        if (word.isEmpty()) {
            return false;
        }
        char w = word.charAt(0);
        if (!Hangul.isSyllable(w)) {
            return false;
        }
        int wv = Hangul.medialIndex(w);
        int sv = Hangul.medialIndex(stem);
        return Hangul.initialIndex(w) == Hangul.initialIndex(stem) && (wv == sv
                || sv == Hangul.Medial.U && wv == Hangul.Medial.WO || sv == Hangul.Medial.O && wv == Hangul.Medial.WA);
    }

    /** Request words after a verbal noun (체크인 부탁드립니다, 체크인 좀 해 주세요). */
    private static final List<String> REQUEST = List.of(" 부탁드립니다", " 부탁드려요", " 부탁합니다", " 부탁해요",
            " 좀 부탁드립니다", " 좀 부탁드려요", " 좀 부탁합니다", " 좀 부탁해요", "해 주세요", " 좀 해 주세요",
            "해 주시겠어요", "해 주십시오");

    /**
     * The act asked for with N 부탁드립니다 or N 해 주세요 where the accepted answer says the learner will
     * do it (체크인 부탁드립니다 for 체크인하려고 합니다 / 체크인하겠습니다): at a counter, asking for the act
     * and announcing it make the same request (표준 언어 예절 2011, 부탁의 말; Yeon &amp; Brown 2019 on
     * -(으)려고 하다 and -겠- in requests; the request and plan frames of {@link Frames}). The missing
     * piece is a 하다 verb of the noun, and the answer holds that noun with a request word.
     */
    static boolean requestForAct(String c, String answer) {
        if (c.isEmpty()) {
            return false;
        }
        String verb = c.split(" ")[0];
        int ha = verb.indexOf('하');
        if (ha < 2) {
            return false;
        }
        String noun = verb.substring(0, ha);
        return REQUEST.stream().anyMatch(r -> answer.contains(noun + r));
    }

    /** The ways of service and the 하다 verb each names (한국어기초사전 '포장', '테이크아웃'). */
    private static final java.util.Map<String, List<String>> SERVICE = java.util.Map.of(
            "포장", List.of("포장으로", "테이크아웃으로"));

    /**
     * The way of service said with (으)로 where the accepted answer has its 하다 verb (테이크아웃으로 아이스
     * 아메리카노 한 잔 … 주세요 for … 포장해 주세요): 테이크아웃 is 포장 (한국어기초사전 '테이크아웃': 음식을
     * 포장해서 가지고 감), and N(으)로 marks the way an order is served (표준국어대사전 '로' 「조사」,
     * 방법이나 방식). The missing piece is the verb 포장하다, and the answer holds 포장으로 or 테이크아웃으로.
     */
    static boolean wayOfService(String o, String c, String answer) {
        for (var e : SERVICE.entrySet()) {
            boolean missing = c.contains(e.getKey() + "해") || c.contains(e.getKey() + "하");
            if (missing && !o.contains(e.getKey()) && e.getValue().stream().anyMatch(w -> (" " + answer + " ").contains(" " + w + " "))) {
                return true;
            }
        }
        return false;
    }

    /** Two standard words for one day (표준국어대사전 '어저께' = 어제, '그저께' = 그제). */
    private static final java.util.Map<String, String> DAYS = java.util.Map.of("어저께", "어제", "그저께", "그제");

    /**
     * 어저께 for 어제, 그저께 for 그제 (어저께부터 for 어제부터): the dictionary gives each pair as one word
     * (표준국어대사전 '어저께': 어제; '그저께': 그제). The spans are the same letters once the learner's day is
     * replaced by the accepted one (spaces aside: 어저께 부터 is a spacing matter, not another word).
     */
    static boolean sameDay(String o, String c) {
        String learner = o.replace(" ", "");
        String target = c.replace(" ", "");
        for (var e : DAYS.entrySet()) {
            if (learner.contains(e.getKey()) && learner.replace(e.getKey(), e.getValue()).equals(target)) {
                return true;
            }
        }
        return false;
    }
}
