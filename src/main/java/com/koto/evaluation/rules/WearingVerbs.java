package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The verb of wearing chosen by the thing worn, read on the learner's own words whatever the accepted answer says
 * (session 35, s35a). Korean has no one verb for 'wear' or 'put on': 옷을 입다 (clothes), 신발을 신다 (shoes, socks),
 * 모자를 쓰다 (hats, glasses, masks, helmets, an umbrella held up), 장갑을 끼다 (gloves, rings, contact lenses), 시계를
 * 차다 (a watch, a bracelet), 넥타이를 매다 (a tie, a seat belt), 목걸이를 하다 (necklaces, earrings, scarves), 립스틱을
 * 바르다 (lipstick, cream, sunscreen) and 향수를 뿌리다 (perfume); taking a ring or a lens off is 빼다, not 벗다
 * (표준국어대사전 and 한국어기초사전, the headwords 입다, 신다, 쓰다³ 「1」, 끼다 「2」, 차다³, 매다¹, 바르다, 뿌리다, 벗다, 빼다
 * and the 연어 of each noun: '부츠를 신다', '안경을 쓰다', '반지를 끼다', '시계를 차다', '넥타이를 매다'; Yeon &amp;
 * Brown, <i>Korean: A Comprehensive Grammar</i> (2011/2019), verbs of wearing). Indonesian <i>pakai</i> and English
 * <i>wear</i> cover them all, so learners write 입다 for everything (부츠를 입어 봐도 돼요?).
 *
 * <p>One {@code vocabulary/wearing_verb} finding where a form of 입다, 신다 or 벗다 has right before it (its particle
 * 을/를, 은/는, 도, 만 or none; only the adverbs and size phrases of {@link #BETWEEN} between them) a noun of
 * {@link #WORN} that takes another verb, and no noun of the learner verb's own class stands in the same clause (셔츠하고
 * 모자를 입었어요 is left alone: 입다 has its own object too). The correction is the right verb in the learner's
 * ending (입어 → 신어, 입으세요 → 쓰세요, 입을게요 → 낄게요, 입었어요 → 찼어요). Words after a comma or in another
 * sentence are never read together.
 */
final class WearingVerbs {

    static final String SUBTYPE = "vocabulary/wearing_verb";

    /** A verb of wearing and its forms: the -아/어 form, the past stem and the stem before any other ending. */
    private record Verb(String infinitive, String past, String stem) {
        boolean consonantStem() {
            return Hangul.hasFinal(stem.charAt(stem.length() - 1));
        }
    }

    private static final Verb IPDA = new Verb("입어", "입었", "입");
    private static final Verb SINDA = new Verb("신어", "신었", "신");
    private static final Verb SSEUDA = new Verb("써", "썼", "쓰");
    private static final Verb KKIDA = new Verb("껴", "꼈", "끼");
    private static final Verb CHADA = new Verb("차", "찼", "차");
    private static final Verb MAEDA = new Verb("매", "맸", "매");
    private static final Verb HADA = new Verb("해", "했", "하");
    private static final Verb BAREUDA = new Verb("발라", "발랐", "바르");
    private static final Verb PPURIDA = new Verb("뿌려", "뿌렸", "뿌리");
    private static final Verb PPAEDA = new Verb("빼", "뺐", "빼");

    /**
     * The things worn, by the verb of putting them on (표준국어대사전 and 한국어기초사전 collocations, see the class
     * comment). Nouns with a second verb of their own that is also right are left out where it is 입다 or 신다 (가방 is
     * 메다 or 들다, 우비 is 입다).
     */
    private static final Map<Verb, Set<String>> WORN = Map.of(
            IPDA, Set.of("옷", "셔츠", "티셔츠", "와이셔츠", "바지", "청바지", "반바지", "치마", "스커트", "원피스", "코트",
                    "재킷", "자켓", "점퍼", "잠바", "패딩", "정장", "양복", "한복", "교복", "유니폼", "수영복", "잠옷",
                    "운동복", "블라우스", "스웨터", "니트", "조끼", "속옷", "드레스", "외투", "우비", "비옷", "후드티",
                    "가디건", "카디건", "겉옷", "트레이닝복", "작업복", "등산복", "환자복", "턱시도", "웨딩드레스"),
            SINDA, Set.of("신발", "구두", "운동화", "부츠", "샌들", "슬리퍼", "양말", "스타킹", "장화", "실내화", "등산화",
                    "축구화", "하이힐", "로퍼", "스니커즈", "고무신", "꽃신", "덧신", "단화", "털신", "방한화"),
            SSEUDA, Set.of("모자", "안경", "선글라스", "헬멧", "가발", "우산", "양산", "야구모자", "털모자", "밀짚모자", "비니",
                    "돋보기", "마스크", "안전모", "수영모", "고글", "면사포"),
            KKIDA, Set.of("반지", "장갑", "렌즈", "콘택트렌즈", "결혼반지", "커플링", "고무장갑", "목장갑", "골무"),
            CHADA, Set.of("시계", "손목시계", "팔찌", "발찌", "전자시계"),
            MAEDA, Set.of("넥타이", "안전벨트", "안전띠", "나비넥타이"),
            HADA, Set.of("목걸이", "귀걸이", "귀고리", "스카프", "목도리", "머플러"),
            BAREUDA, Set.of("립스틱", "선크림", "썬크림", "자외선차단제", "로션", "크림", "핸드크림", "립밤", "립글로스",
                    "연고", "파운데이션", "매니큐어"),
            PPURIDA, Set.of("향수", "스프레이"));

    /** Things taken off with 빼다, not 벗다 (표준국어대사전 '빼다' 「1」: 박힌 것을 뽑다; '반지를 빼다'). */
    private static final Set<String> PULLED_OFF = Set.of("반지", "렌즈", "콘택트렌즈", "결혼반지", "커플링");

    /**
     * The learner's verbs read here: 입다 and 신다 for putting on, 벗다 for taking off. 쓰다, 끼다, 차다, 하다 have other
     * senses (write, use, insert, kick, do) that a noun before them may take, so they are never judged.
     */
    private static final List<Verb> JUDGED = List.of(IPDA, SINDA);
    private static final Verb BEOTDA = new Verb("벗어", "벗었", "벗");

    /** Words that may stand between the thing and the verb: adverbs of the act and the size or colour asked. */
    private static final Set<String> BETWEEN = Set.of("좀", "한번", "한", "번", "다시", "먼저", "같이", "꼭", "잠깐", "잠시",
            "잘", "안", "못", "더", "또", "항상", "매일", "자주", "지금", "빨리", "직접", "새로", "계속", "이렇게", "그렇게",
            "늘", "보통", "오늘", "내일", "어제", "혼자", "벌써", "이미", "아직", "이제");

    /** A size or a colour asked with 로/으로 (240 사이즈로, 큰 걸로, 검은색으로), or a number. */
    private static final Pattern MEASURE = Pattern.compile("[0-9]+|[0-9]*(사이즈|치수|색|색깔|걸|것)?(으로|로)|[0-9]+(으로|로)");

    /** The particles a worn thing may have before its verb. */
    private static final List<String> PARTICLES = List.of("을", "를", "은", "는", "도", "만", "");

    /** Clause boundaries inside a sentence, and sentence ends. */

    /** The endings after a consonant stem that make a verb form (입어, 입었, 입으세요, 입을, 입고, 입는, 입습니다, 입자). */
    private static final Pattern ENDING = Pattern.compile("(어|었|으|을|은|고|는|게|습|자|지 ?).*");

    private WearingVerbs() {
    }

    /**
     * The wrong verbs of wearing in the learner's answer.
     *
     * @param answer the learner's answer as written
     * @return {@code vocabulary} findings, the verb as written and the right verb in the same ending; empty when none
     */
    static List<Finding> find(String answer) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.clauses(answer)) {
            for (int i = 1; i < words.size(); i++) {
                Finding f = judge(words, i);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static Finding judge(List<String> words, int i) {
        String w = words.get(i);
        String next = i + 1 < words.size() ? words.get(i + 1) : "";
        Verb learner = null;
        for (Verb v : List.of(IPDA, SINDA, BEOTDA)) {
            if (w.length() > 1 && w.startsWith(v.stem()) && verbEnding(w.substring(1), next)) {
                learner = v;
            }
        }
        if (learner == null) {
            return null;
        }
        String thing = thingBefore(words, i);
        if (thing == null) {
            return null;
        }
        Verb right;
        if (learner == BEOTDA) {
            right = PULLED_OFF.contains(thing) ? PPAEDA : null;
        } else {
            right = verbOf(thing);
            Verb own = learner;
            if (right == null || right == learner
                    || words.subList(0, i).stream().map(WearingVerbs::stemOf).anyMatch(x -> x != null && WORN.get(own).contains(x))) {
                return null;
            }
        }
        if (right == null || !JUDGED.contains(learner) && learner != BEOTDA) {
            return null;
        }
        return new Finding(ErrorCategory.VOCABULARY, w, formOf(right, w.substring(1)), SUBTYPE);
    }

    /** Whether the rest after the stem is a verb ending (not 입니다, 입원, 신기하다, 입지 'location'). */
    private static boolean verbEnding(String rest, String next) {
        if (!ENDING.matcher(rest).matches() || rest.startsWith("니")) {
            return false;
        }
        if (rest.startsWith("지")) {
            // 입지 마세요, 입지 않아요; 입지 alone is also the noun 'site'
            return rest.equals("지") && (next.startsWith("마") || next.startsWith("않") || next.startsWith("말")
                    || next.startsWith("못"));
        }
        if (rest.startsWith("은")) {
            // 입은 옷, 신은 채로: 은 alone (신은 'the god' is read only after a worn thing, see thingBefore)
            return rest.equals("은");
        }
        return !rest.startsWith("고") || Set.of("고", "고요", "고서").contains(rest); // not 신고해요 'report'
    }

    /** The worn thing right before the verb at i (only {@link #BETWEEN} words and sizes between), or null. */
    private static String thingBefore(List<String> words, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            String x = words.get(k);
            String stem = stemOf(x);
            if (stem != null) {
                return stem;
            }
            if (!BETWEEN.contains(x) && !MEASURE.matcher(x).matches()) {
                return null;
            }
        }
        return null;
    }

    /** The worn thing a word names with one of {@link #PARTICLES} (부츠를, 이 부츠, 겨울 부츠도), or null. */
    private static String stemOf(String word) {
        for (String p : PARTICLES) {
            if (word.length() > p.length() && word.endsWith(p)) {
                String stem = word.substring(0, word.length() - p.length());
                if (verbOf(stem) != null) {
                    return stem;
                }
            }
        }
        return null;
    }

    private static Verb verbOf(String thing) {
        for (Map.Entry<Verb, Set<String>> e : WORN.entrySet()) {
            if (e.getValue().contains(thing)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The right verb with the learner's ending (rest after a consonant stem: 어 보다, 으세요, 을게요, 었어요, 고). */
    private static String formOf(Verb v, String rest) {
        if (v.consonantStem()) {
            return v.stem() + rest;
        }
        String stem = v.stem();
        char last = stem.charAt(stem.length() - 1);
        String head = stem.substring(0, stem.length() - 1);
        if (rest.startsWith("어")) {
            return v.infinitive() + rest.substring(1);
        }
        if (rest.startsWith("었")) {
            return v.past() + rest.substring(1);
        }
        if (rest.startsWith("으")) {
            return stem + rest.substring(1);
        }
        if (rest.startsWith("을")) {
            return head + (char) (last + Hangul.Final.L) + rest.substring(1);
        }
        if (rest.startsWith("은")) {
            return head + (char) (last + Hangul.Final.N) + rest.substring(1);
        }
        if (rest.startsWith("습")) {
            return head + (char) (last + Hangul.Final.B) + rest.substring(1);
        }
        return stem + rest;
    }
}
