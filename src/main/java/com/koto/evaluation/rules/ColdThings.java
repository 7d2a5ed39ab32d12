package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 춥다 said of food, a drink or a thing, and 뜨겁다 said of the weather, read on the learner's own words whatever the
 * accepted answer says (session 35, s35a): 국이 추워요 → 차가워요, 추운 커피 → 차가운 커피, 날씨가 뜨거워요 → 더워요. 춥다 is the cold of the air and of the body's feeling
 * (표준국어대사전 '춥다' 「1」 대기의 온도가 낮다, 「2」 몸으로 느끼기에 온도가 낮다: 날씨가 추워요, 방이 추워요, 저는 추워요),
 * while a thing one touches, eats or drinks is 차갑다 or 차다 (표준국어대사전 '차갑다' 「1」 몸에 닿은 물체나 대기의 온도가
 * 낮다; 한국어기초사전 '차갑다' 용례 '차가운 물', '국이 식어서 차갑다'; Yeon &amp; Brown 2019, adjectives of
 * temperature). Indonesian <i>dingin</i> and English <i>cold</i> cover both, hence the slip. Hot is not judged: 덥다
 * has the sense of a thing's warmth too (표준국어대사전 '덥다' 「3」 물체의 온도가 높다: 더운 물, 더운 밥).
 *
 * <p>One {@code vocabulary/temperature} finding where a form of 춥다 has a noun of {@link #THINGS} as its subject
 * right before it (이/가, 은/는, 도, with only adverbs of degree between: 국이 너무 추워요) or as the noun right after
 * its modifier (추운 물). The correction keeps the learner's ending (추워요 → 차가워요, 추운 → 차가운, 춥네요 → 차갑네요).
 * Likewise a form of 뜨겁다 with a noun of {@link #AIRS} (날씨가 뜨거워요 → 더워요, 뜨거운 날씨 → 더운 날씨).
 */
final class ColdThings {

    static final String SUBTYPE = "vocabulary/temperature";

    /**
     * Food, drinks and things touched, whose coldness is 차갑다 (한국어기초사전 collocations '차가운 물/음료/커피/바닥').
     * 차 is left out (also 'car', whose inside may be cold: 차가 추워요), and so are body parts (손이 차가워요 and 손이 시려요
     * are both said, and the learner may mean that they feel cold).
     */
    private static final Set<String> THINGS = Set.of("국", "국물", "찌개", "탕", "수프", "스프", "라면", "밥", "음식", "요리",
            "커피", "물", "우유", "주스", "맥주", "음료", "음료수", "콜라", "사이다", "아메리카노", "라떼", "녹차", "홍차", "코코아",
            "핫초코", "술", "소주", "와인", "죽", "만두", "피자", "치킨", "빵", "고기", "도시락", "반찬", "아이스크림", "얼음",
            "미역국", "떡국", "된장국", "김치찌개", "된장찌개", "순두부찌개", "부대찌개", "삼계탕", "설렁탕", "갈비탕", "칼국수",
            "국수", "우동", "짬뽕", "파스타", "스테이크", "햄버거", "샌드위치", "물수건", "바닥", "의자", "손잡이",
            "샤워기", "수돗물", "생수", "냉수", "목욕물");

    private static final List<String> SUBJECT = List.of("이", "가", "은", "는", "도");
    private static final Set<String> DEGREE = Set.of("좀", "너무", "많이", "조금", "아주", "정말", "진짜", "되게", "완전",
            "다", "벌써", "엄청", "약간", "너무나", "아직", "아직도", "좀더", "더", "매우", "꽤");
    /** A form of 춥다: 춥- before a consonant, 추우-/추워-/추웠-/추운/추울 before a vowel (ㅂ-irregular). */
    private static final Pattern CHUPDA = Pattern.compile("춥(다|네|지|고|습|니|게|거|잖|군).*|추(워|웠|운|울|우).*");
    /**
     * The weather and the air of a place, whose heat is 덥다 (표준국어대사전 '덥다' 「1」 대기의 온도가 높다: 날씨가 덥다),
     * while 뜨겁다 is the heat felt on touching a thing (표준국어대사전 '뜨겁다' 「1」 손이나 몸에 느끼는 온도가 매우 높다:
     * 뜨거운 물, 햇볕이 뜨겁다): 날씨가 뜨거워요 → 더워요, Indonesian <i>panas</i> and English <i>hot</i> covering both.
     * 여름 and the sun are left out (뜨거운 여름, 뜨거운 햇볕 are said), and so is 방 (a heated floor is 뜨겁다).
     */
    private static final Set<String> AIRS = Set.of("날씨", "교실", "사무실", "밖", "실내", "바깥", "기온");
    /** A form of 뜨겁다: 뜨겁- before a consonant, 뜨거우-/뜨거워-/뜨거웠-/뜨거운/뜨거울 before a vowel. */
    private static final Pattern TTEUGEOPDA = Pattern.compile("뜨겁(다|네|지|고|습|니|게|거|잖|군).*|뜨거(워|웠|운|울|우).*");

    private ColdThings() {
    }

    /**
     * The forms of 춥다 said of a thing in the learner's answer.
     *
     * @param answer the learner's answer as written
     * @return {@code vocabulary} findings, the form of 춥다 as written and its 차갑다 form; empty when none
     */
    static List<Finding> find(String answer) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.clauses(answer)) {
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (TTEUGEOPDA.matcher(w).matches()) {
                    boolean modifier = w.equals("뜨거운") && i + 1 < words.size() && noun(AIRS, words.get(i + 1),
                            List.of("", "을", "를", "이", "가", "은", "는", "도", "에", "에는", "에도"));
                    if (modifier || !w.equals("뜨거운") && subjectBefore(AIRS, words, i)) {
                        out.add(new Finding(ErrorCategory.VOCABULARY, w, hot(w), SUBTYPE));
                    }
                    continue;
                }
                if (!CHUPDA.matcher(w).matches()) {
                    continue;
                }
                boolean modifier = w.equals("추운") && i + 1 < words.size() && noun(THINGS, words.get(i + 1), List.of("", "을", "를",
                        "이", "가", "은", "는", "도", "으로", "로", "만"));
                if (modifier || !w.equals("추운") && subjectBefore(THINGS, words, i)) {
                    out.add(new Finding(ErrorCategory.VOCABULARY, w, cold(w), SUBTYPE));
                }
            }
        }
        return out;
    }

    /** 추워요 → 차가워요, 춥네요 → 차갑네요. */
    private static String cold(String w) {
        return w.startsWith("춥") ? "차갑" + w.substring(1) : "차가" + w.substring(1);
    }

    /** 뜨거워요 → 더워요, 뜨겁네요 → 덥네요. */
    private static String hot(String w) {
        return w.startsWith("뜨겁") ? "덥" + w.substring(2) : "더" + w.substring(2);
    }

    private static boolean subjectBefore(Set<String> nouns, List<String> words, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            String x = words.get(k);
            if (noun(nouns, x, SUBJECT)) {
                return true;
            }
            if (!DEGREE.contains(x)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the word is one of the nouns with one of the particles (or, for "", bare). */
    private static boolean noun(Set<String> nouns, String word, List<String> particles) {
        for (String p : particles) {
            if (word.length() > p.length() && word.endsWith(p) && nouns.contains(word.substring(0, word.length() - p.length()))) {
                return true;
            }
            if (p.isEmpty() && nouns.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
