package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import com.koto.evaluation.text.Hangul.Final;
import com.koto.evaluation.text.Hangul.Medial;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Irregular conjugation slips that {@link IrregularForms} does not read, found on the learner's own words (session 26,
 * s26b). Each is a form a learner builds by applying or ignoring an alternation the grammar states, and each is left
 * alone where the written form is a right form of another verb:
 * <ul>
 * <li><b>the stem's ㅂ dropped with no 우</b> ({@code irregular/b}): 추어요 → 추워요, 더어서 → 더워서, 어려었어요 →
 * 어려웠어요. The ㅂ of an ㅂ-irregular stem turns into 우 before a vowel, and 우 + 어 is written 워 (한글 맞춤법
 * 제18항 6; 표준국어대사전 'ㅂ 불규칙 활용'; Yeon &amp; Brown 2019, irregular verbs). Not where the form is that of
 * another verb: 주어요 (주다), 누어요 (누다), 매어요 (매다), 쉬어요 (쉬다), 고아요 (고다), 그리어요 (그리다, uncontracted);
 * 추어요 is 추다 'dance' where the sentence has 춤.</li>
 * <li><b>the stem's ㅎ dropped with -아/어 left unmerged</b> ({@code irregular/h}): 빨가요 → 빨개요, 어떠요 → 어때요,
 * 파랐어요 → 파랬어요; and the ㅎ kept before -(으)시-: 어떻세요 → 어떠세요. The ㅎ of an ㅎ-irregular adjective drops
 * and -아/어 merges with the stem's vowel into ㅐ (ㅒ after ㅑ) (한글 맞춤법 제18항 3; 표준국어대사전 'ㅎ 불규칙 활용').
 * 그러요, 이러요 are left (그러다, 이러다 are verbs).</li>
 * <li><b>a 르-irregular -아/어 form with the vowel of the other harmony</b> ({@code irregular/reu}): 잘러 → 잘라,
 * 불라요 → 불러요 (한글 맞춤법 제18항 9).</li>
 * <li><b>걷다 'walk' conjugated regularly before a verb of going</b> ({@code irregular/d}): 걷어서 가요 → 걸어서.
 * 걷다 'walk' is ㄷ-irregular, 걷다 'roll up, collect' regular (표준국어대사전 걷다¹, 걷다²); -아/어서 before 가다, 오다,
 * 다니다 or a length of time is the manner of going, which only 'walk' gives (한글 맞춤법 제18항 5).</li>
 * <li><b>an alternation applied to a regular stem</b> ({@code irregular/regular_b}, {@code irregular/regular_d},
 * {@code irregular/regular_s}): 이워요 → 입어요, 자와요 → 잡아요, 발아요 → 받아요, 씨어요 → 씻어요, 우어요 → 웃어요.
 * 입다, 잡다, 받다, 씻다, 웃다 … are regular (표준국어대사전 marks no 불규칙 on them; Yeon &amp; Brown 2019 list them as
 * the regular stems beside the irregular ones): their final stays before a vowel. Not where the letters are another
 * verb's right form (달아요 of 달다 for 닫아요, 밀어요, 얼어요, 지워요, 조와요 as a spelling of 좋아요, 씨워
 * as one of 씌워): the stems are a closed list.</li>
 * <li><b>the formal ending on an -아/어 form</b> ({@code ending/formal_allomorph}): 아파습니다 → 아픕니다, 바빠습니다 →
 * 바쁩니다, 몰라습니다 → 모릅니다. -습니다/-ㅂ니다 attaches to the stem, not to the -아/어 form (국립국어원 『외국인을 위한
 * 한국어 문법 1』 (2005), '-습니다/-ㅂ니다'); the stem of an 으-deleting or 르-irregular -아/어 form is read from the
 * closed lists, so the correction is the right word at once, not 아팝니다.</li>
 * </ul>
 */
final class IrregularSlips {

    /** ㅂ-irregular stems whose -아/어 form without 우 is another verb's right form (주어요, 쉬어요, 그리어요). */
    private static final Set<String> B_OTHER_VERB = Set.of("줍", "눕", "맵", "쉽", "곱", "밉", "그립");
    /** ㅎ-irregular stems whose bare stem vowel is a verb's (그러다, 이러다, 저러다). */
    private static final Set<String> H_OTHER_VERB = Set.of("그렇", "이렇", "저렇");
    /** Endings right after the -아/어 form, as a learner writes them (더어요, 더어서, 더어도). */
    private static final Set<String> AFTER_INFINITIVE = Set.of("요", "서", "서요", "도", "도요", "야", "야지");
    /** Endings right after the past -았/었- (더었어요, 더었습니다, 더었는데). */
    private static final Set<String> AFTER_PAST = Set.of("어요", "어", "습니다", "습니까", "다", "는데", "는데요", "지만",
            "어서", "고", "죠", "지요");
    /** Regular stems of the shape of an irregular class (표준국어대사전: no 불규칙), by the class a learner applies. */
    private static final Map<String, List<String>> REGULAR = Map.of(
            // not 집, 좁, 씹: 지워요 is 지우다's, 조와요 a spelling of 좋아요, 씨워 one of 씌워; 이워 is read though the
            // dictionary has a literary 이우다 'wither' (intransitive, not a learner's word)
            "irregular/regular_b", List.of("입", "잡", "접", "업", "뽑"),
            // not 닫, 믿, 얻: 달아요, 밀어요, 얼어요 are right forms of 달다, 밀다, 얼다
            "irregular/regular_d", List.of("받", "쏟"),
            "irregular/regular_s", List.of("씻", "웃", "벗", "빼앗"));
    /** First syllables of a verb of going after 걷어서 (가요, 갈, 왔어요, 다녀요, 출근해요). */
    private static final List<String> GOING = List.of("가", "갈", "갑", "갔", "와", "왔", "오", "올", "옵", "다니", "다녀",
            "다닐", "다닙", "출근", "퇴근", "등교", "몇");

    private IrregularSlips() {
    }

    /**
     * The slip on {@code words[i]}, the sentence's words as written.
     *
     * @return {@code [correction, subtype]}, or null when the word is none of these slips
     */
    static String[] find(String[] words, int i) {
        String w = words[i];
        String next = i + 1 < words.length ? words[i + 1] : "";
        String[] out = bWithoutWu(w, words);
        if (out == null) {
            out = hUnmerged(w);
        }
        if (out == null) {
            out = reuOtherVowel(w, next);
        }
        if (out != null && !KnownWords.tags(w).isEmpty()) {
            return null; // the word is an entry of the dictionary as written
        }
        if (out == null) {
            out = walked(w, next);
        }
        return out != null ? out : regularAltered(w, next);
    }

    /** 추어요 → 추워요, 더어서 → 더워서, 도아요 → 도와요, 어려었어요 → 어려웠어요. */
    static String[] bWithoutWu(String w, String[] words) {
        for (String stem : IrregularForms.B_IRREGULAR) {
            if (B_OTHER_VERB.contains(stem)) {
                continue;
            }
            String open = stem.substring(0, stem.length() - 1) + Hangul.withoutFinal(stem.charAt(stem.length() - 1));
            if (!w.startsWith(open) || w.length() < open.length() + 2) {
                continue;
            }
            char r = w.charAt(open.length());
            String tail = w.substring(open.length() + 1);
            boolean wa = stem.equals("돕") || stem.equals("곱");
            String fixed = null;
            if ((r == '어' || r == '아') && AFTER_INFINITIVE.contains(tail)) {
                fixed = open + (wa ? '와' : '워') + tail;
            } else if ((r == '었' || r == '았') && AFTER_PAST.contains(tail)) {
                fixed = open + (wa ? '왔' : '웠') + tail;
            }
            if (fixed == null || stem.equals("춥") && danced(words)) {
                continue;
            }
            return new String[] {fixed, "irregular/b"};
        }
        return null;
    }

    /** Whether the sentence speaks of dancing (춤, 춤을, 탈춤): 추어요 is then 추다's. */
    private static boolean danced(String[] words) {
        for (String w : words) {
            if (w.contains("춤")) {
                return true;
            }
        }
        return false;
    }

    /** 빨가요 → 빨개요, 어떠요 → 어때요, 하야요 → 하얘요, 파랐어요 → 파랬어요. */
    static String[] hUnmerged(String w) {
        for (String stem : List.of("어떻", "그렇", "이렇", "저렇", "빨갛", "파랗", "노랗", "하얗", "까맣")) {
            if (H_OTHER_VERB.contains(stem)) {
                continue;
            }
            String head = stem.substring(0, stem.length() - 1);
            char last = stem.charAt(stem.length() - 1);
            int medial = Hangul.medialIndex(last) == Medial.YA ? Medial.YAE : Medial.AE;
            String open = head + Hangul.withoutFinal(last);
            String past = head + Hangul.compose(Hangul.initialIndex(last), Hangul.medialIndex(last), Final.SS);
            if (w.startsWith(open) && AFTER_INFINITIVE.contains(w.substring(open.length()))) {
                return new String[] {head + Hangul.compose(Hangul.initialIndex(last), medial, Final.NONE)
                        + w.substring(open.length()), "irregular/h"};
            }
            if (w.startsWith(past) && AFTER_PAST.contains(w.substring(past.length()))) {
                return new String[] {head + Hangul.compose(Hangul.initialIndex(last), medial, Final.SS)
                        + w.substring(past.length()), "irregular/h"};
            }
            // 어떻세요 → 어떠세요: before -(으)시- the ㅎ and the 으 drop (어떠시다; 한글 맞춤법 제18항 3)
            if (w.startsWith(stem) && w.length() > stem.length() + 1
                    && "시세셔셨십신실".indexOf(w.charAt(stem.length())) >= 0) {
                return new String[] {open + w.substring(stem.length()), "irregular/h"};
            }
        }
        return null;
    }

    /**
     * 잘러 → 잘라, 불라요 → 불러요, 골렀어요 → 골랐어요: a 르-irregular stem's -아/어 form with its ㄹ doubled but the vowel
     * of the other harmony (라 after ㅏ and ㅗ, 러 after the other vowels; 한글 맞춤법 제18항 9, 제16항). 다르다 is left
     * (달러 'dollar').
     */
    static String[] reuOtherVowel(String w, String next) {
        for (String stem : IrregularForms.euAndReuStems()) {
            if (!IrregularForms.reuIrregular(stem) || stem.equals("다르") || stem.length() < 2) {
                continue;
            }
            String right = IrregularForms.infinitive(stem); // 잘라
            if (right == null) {
                continue;
            }
            char ra = right.charAt(right.length() - 1);
            char wrong = ra == '라' ? '러' : '라';
            String open = right.substring(0, right.length() - 1);
            if (!w.startsWith(open) || w.length() <= open.length()) {
                continue;
            }
            char r = w.charAt(open.length());
            String tail = w.substring(open.length() + 1);
            boolean auxiliary = tail.isEmpty() && List.of("주", "줘", "드", "보", "봐").stream().anyMatch(next::startsWith);
            if (r == wrong && (AFTER_INFINITIVE.contains(tail) || auxiliary)) {
                return new String[] {open + ra + tail, "irregular/reu"};
            }
            char wrongPast = wrong == '라' ? '랐' : '렀';
            if (r == wrongPast && AFTER_PAST.contains(tail)) {
                return new String[] {open + (ra == '라' ? '랐' : '렀') + tail, "irregular/reu"};
            }
        }
        return null;
    }

    /** 걷어서 가요 → 걸어서: 'walk' is the only 걷다 that says how one goes. */
    static String[] walked(String w, String next) {
        if (!w.equals("걷어서") && !w.equals("걷어서요")) {
            return null;
        }
        boolean going = GOING.stream().anyMatch(next::startsWith) || !next.isEmpty() && Character.isDigit(next.charAt(0));
        return going ? new String[] {"걸" + w.substring(1), "irregular/d"} : null;
    }

    /** 이워요 → 입어요, 발아요 → 받아요, 씨어요 → 씻어요: a regular stem given an irregular class's alternation. */
    static String[] regularAltered(String w, String next) {
        for (var entry : REGULAR.entrySet()) {
            for (String stem : entry.getValue()) {
                char last = stem.charAt(stem.length() - 1);
                String head = stem.substring(0, stem.length() - 1);
                boolean bright = List.of(Medial.A, Medial.O).contains(Hangul.medialIndex(last));
                String out = switch (entry.getKey()) {
                    case "irregular/regular_b" -> altered(w, next, head + Hangul.withoutFinal(last), "워와", "웠왔", stem,
                            bright);
                    case "irregular/regular_d" -> altered(w, next, head + Hangul.withRieulFinal(Hangul.withoutFinal(last)),
                            "어아", "었았", stem, bright);
                    default -> altered(w, next, head + Hangul.withoutFinal(last), "어아", "었았", stem, bright);
                };
                if (out != null) {
                    return new String[] {out, entry.getKey()};
                }
            }
        }
        return null;
    }

    /**
     * The regular form of {@code stem} where {@code w} is {@code open} + one of {@code vowels} (or of {@code pasts}) +
     * an ending.
     *
     * @return the correction, or null
     */
    private static String altered(String w, String next, String open, String vowels, String pasts, String stem,
            boolean bright) {
        if (!w.startsWith(open) || w.length() < open.length() + 1) {
            return null;
        }
        char r = w.charAt(open.length());
        String tail = w.substring(open.length() + 1);
        boolean auxiliary = tail.isEmpty() && List.of("주", "줘", "드", "보", "봐", "놓", "두").stream()
                .anyMatch(next::startsWith);
        if (vowels.indexOf(r) >= 0 && (AFTER_INFINITIVE.contains(tail) || auxiliary)) {
            return stem + (bright ? '아' : '어') + tail;
        }
        if (pasts.indexOf(r) >= 0 && AFTER_PAST.contains(tail)) {
            return stem + (bright ? '았' : '었') + tail;
        }
        return null;
    }

    /**
     * 아파습니다 → 아픕니다, 몰라습니다 → 모릅니다: the formal ending after the -아/어 form of a listed 으-deleting or
     * 르-irregular stem, repaired on the stem.
     *
     * @return {@code [correction, "ending/formal_allomorph"]}, or null
     */
    static String[] formalOnInfinitive(String w) {
        int at = w.lastIndexOf("습니");
        if (at < 1 || !(w.endsWith("습니다") || w.endsWith("습니까"))) {
            return null;
        }
        String inf = w.substring(0, at);
        String rest = w.substring(at + 1); // 니다, 니까
        for (String stem : IrregularForms.euAndReuStems()) {
            if (inf.equals(IrregularForms.infinitive(stem))) {
                char last = stem.charAt(stem.length() - 1);
                return new String[] {stem.substring(0, stem.length() - 1) + (char) (last + Final.B) + rest,
                    "ending/formal_allomorph"};
            }
        }
        return null;
    }
}
