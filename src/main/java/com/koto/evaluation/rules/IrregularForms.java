package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * Irregular verbs and adjectives conjugated as regular ones, found on the learner's own word
 * whatever the accepted answer says (session 5, issue 11): 춥어요 → 추워요, 듣어요 → 들어요, 낫아요 →
 * 나아요, 어떻어요 → 어때요, 까맣은 → 까만, 모르아요 → 몰라요, 바쁘어요 → 바빠요. {@link Conjugation} compares a form
 * with the accepted form; this check also covers a verb the accepted answer does not use (a
 * paraphrase with a wrong form), where the comparison would only see another word.
 *
 * <p>The stems are the common irregular predicates of each class as listed by Yeon &amp; Brown,
 * <i>Korean: A Comprehensive Grammar</i> (2019), on irregular verbs, and marked irregular in
 * 국립국어원 표준국어대사전 (「ㄷ 불규칙」 …; 한글 맞춤법 제18항). Regular stems of the same shape (받다,
 * 입다, 씻다, 좋다, 따르다) are not listed and so never corrected. Nori must read the learner's word
 * with that stem ({@code VV}/{@code VA}), so a noun or another verb of the same letters is left alone.
 */
final class IrregularForms {

    /**
     * ㅂ-irregular stems (the dictionary form without 다): the ㅂ turns into 우 before a vowel, 오 in 돕다 and 곱다 (더워,
     * 도와; 한글 맞춤법 제18항 6, 표준국어대사전 'ㅂ 불규칙 활용'). The one list of them, read here and by
     * {@link OwnConjugation}.
     */
    static final Set<String> B_IRREGULAR = Set.of("덥", "춥", "어렵", "쉽", "맵", "가깝", "무겁", "가볍", "귀엽",
            "반갑", "고맙", "즐겁", "아름답", "더럽", "시끄럽", "부럽", "무섭", "뜨겁", "차갑", "싱겁", "두껍", "눕", "줍",
            "돕", "곱", "어둡", "밉", "부끄럽", "간지럽", "새롭", "외롭", "괴롭", "놀랍", "그립", "가렵", "따갑",
            "아깝", "서럽", "지겹", "징그럽");

    /** Stems by class (the dictionary form without 다). */
    private static final Map<String, Set<String>> STEMS = Map.of(
            // not 걷다 and 묻다, which are also regular verbs ('roll up', 'bury'): 걷어요, 묻어요 may be right
            "irregular/d", Set.of("듣", "싣", "깨닫"),
            "irregular/b", B_IRREGULAR,
            "irregular/s", Set.of("낫", "짓", "붓", "젓", "긋"),
            "irregular/h", Set.of("어떻", "그렇", "이렇", "저렇", "빨갛", "파랗", "노랗", "하얗", "까맣"),
            "irregular/reu", Set.of("모르", "부르", "빠르", "다르", "고르", "자르", "흐르", "오르", "기르", "누르", "마르",
                    "게으르", "서두르", "나르"),
            "irregular/eu_deletion", Set.of("바쁘", "아프", "예쁘", "크", "쓰", "슬프", "기쁘", "고프", "나쁘", "끄", "뜨",
                    "모으", "잠그"));

    private IrregularForms() {
    }

    /** Whether the stem (dictionary form without 다) is a listed ㅂ-irregular one: 고맙, 춥, 돕 …. */
    static boolean bIrregular(String stem) {
        return B_IRREGULAR.contains(stem);
    }

    /** Whether the stem is a listed ㅎ-irregular one: 그렇, 빨갛, 까맣 …. */
    static boolean hIrregular(String stem) {
        return STEMS.get("irregular/h").contains(stem);
    }

    /**
     * 묻어봐도 → 물어봐도 (session 14): 물어보다 'ask' is one dictionary word, written joined (표준국어대사전
     * '물어보다'), the ㄷ-irregular 묻다 'ask' before -어 (한글 맞춤법 제18항 5). 묻다 'bury' is regular, but
     * 'try burying' is the auxiliary construction 묻어 보다, written apart; the joined 묻어보- is no word but
     * the learner's 물어보- conjugated regularly. Only the joined form.
     *
     * @return {@code [correction, "irregular/d"]}, or null when the word is no joined 묻어보- form
     */
    static String[] askedWithD(String word) {
        boolean joined = word.length() > 2 && word.startsWith("묻어") && "보봐봤봅볼봄".indexOf(word.charAt(2)) >= 0;
        return joined ? new String[] {"물어" + word.substring(2), "irregular/d"} : null;
    }

    /**
     * Stems that are an irregular verb and a regular one at once (표준국어대사전): 굽다 'bake, roast' (ㅂ 불규칙: 구운,
     * 구워요) and 굽다 'bend' (규칙: 굽은, 굽어요); 걷다 'walk' (ㄷ 불규칙: 걸어요) and 걷다 'roll up, collect' (걷어요);
     * 묻다 'ask' (ㄷ 불규칙: 물어요) and 묻다 'bury' (묻어요). The learner's regular form is right for one verb and wrong for
     * the other, so it is read only against an accepted answer ({@link #homograph}).
     */
    private static final Map<String, String> HOMOGRAPHS = Map.of("굽", "irregular/b", "걷", "irregular/d",
            "묻", "irregular/d");

    /**
     * A homograph stem ({@link #HOMOGRAPHS}) conjugated regularly where the accepted answer has the irregular verb's
     * form of the same ending (굽은 for 구운 of bread, 걷어서 for 걸어서, 묻어 for 물어; session 25): the accepted word
     * says which verb is meant, and that verb's ㅂ or ㄷ turns before a vowel (한글 맞춤법 제18항 5, 6; 표준국어대사전
     * 'ㅂ 불규칙 활용', 'ㄷ 불규칙 활용'; Yeon &amp; Brown 2019, irregular verbs). Without the irregular form among the
     * accepted words (굽은 길, 소매를 걷어요) nothing is said.
     *
     * @param word     a word of the answer as written
     * @param accepted the accepted answer compared with (words apart by spaces), or null
     * @return {@code [correction, subtype]}; empty when the word is no such form
     */
    static Optional<String[]> homograph(String word, String accepted) {
        if (accepted == null || askedWithD(word) != null) {
            return Optional.empty(); // the joined 묻어보- is read on the learner's words alone (askedWithD)
        }
        for (var entry : HOMOGRAPHS.entrySet()) {
            String stem = entry.getKey();
            if (!word.startsWith(stem) || word.length() <= stem.length()) {
                continue;
            }
            String fixed = conjugate(entry.getValue(), stem, word.substring(stem.length()));
            if (fixed != null && !fixed.equals(word) && List.of(accepted.split(" ")).contains(fixed)
                    && readAs(word, stem)) {
                return Optional.of(new String[] {fixed, entry.getValue()});
            }
        }
        return Optional.empty();
    }

    /** The listed 으-deleting and 르-irregular stems (바쁘, 아프, 크 …; 모르, 부르 …). */
    static List<String> euAndReuStems() {
        return java.util.stream.Stream.concat(STEMS.get("irregular/eu_deletion").stream(),
                STEMS.get("irregular/reu").stream()).toList();
    }

    /** The -아/어 form of a listed 으-deleting or 르-irregular stem: 아프 → 아파, 모르 → 몰라; null for another stem. */
    static String infinitive(String stem) {
        String type = STEMS.get("irregular/reu").contains(stem) ? "irregular/reu"
                : STEMS.get("irregular/eu_deletion").contains(stem) ? "irregular/eu_deletion" : null;
        return type == null ? null : conjugate(type, stem, "아");
    }

    /** Whether the stem (dictionary form without 다) is a listed 르-irregular one: 모르, 부르, 빠르 …. */
    static boolean reuIrregular(String stem) {
        return STEMS.get("irregular/reu").contains(stem);
    }

    /**
     * @param word a word of the answer as written
     * @return {@code [correction, subtype]}; empty when the word is no regular form of a listed irregular stem
     */
    static Optional<String[]> correct(String word) {
        for (var entry : STEMS.entrySet()) {
            for (String stem : entry.getValue()) {
                if (!word.startsWith(stem) || word.length() <= stem.length()) {
                    continue;
                }
                String rest = word.substring(stem.length());
                String fixed = conjugate(entry.getKey(), stem, rest);
                if (fixed != null && !fixed.equals(word) && readAs(word, stem)) {
                    return Optional.of(new String[] {fixed, entry.getKey()});
                }
            }
        }
        String[] wu = wuDropped(word);
        return Optional.ofNullable(wu != null ? wu : rieulDropped(word));
    }

    /**
     * 모라서 → 몰라서 (session 20, s20b): a 르-irregular stem's -아/어 form written without the ㄹ that 르 leaves on the
     * syllable before (모르 + 아 → 몰라; 한글 맞춤법 제18항 9: 어간의 끝음절 '르'의 'ㅡ'가 줄고, 그 뒤에 오는 어미 '-아/-어'가
     * '-라/-러'로 바뀔 적에; 표준국어대사전 '르 불규칙 활용'; Yeon &amp; Brown 2019), before -아/어서, -아/어요, -아/어도,
     * -아/어야. 라 follows ㅏ and ㅗ, 러 the other vowels (빨라, 불러). Left alone where the letters before the ending
     * are a word of the dictionary (나라 'country', 자라 'turtle') or Nori reads the word as another verb with its
     * endings (자라서 of 자라다, 오라 of 오다, 마라 of 말다).
     *
     * @return {@code [correction, "irregular/reu"]}, or null
     */
    static String[] rieulDropped(String word) {
        for (String stem : STEMS.get("irregular/reu")) {
            String head = stem.substring(0, stem.length() - 1);
            char prev = head.charAt(head.length() - 1);
            if (Hangul.hasFinal(prev)) {
                continue;
            }
            int medial = Hangul.medialIndex(prev);
            char ra = medial == Hangul.Medial.A || medial == Hangul.Medial.O ? '라' : '러';
            String open = head + ra;
            if (!word.startsWith(open) || !AFTER_INFINITIVE.contains(word.substring(open.length()))) {
                continue;
            }
            String fixed = head.substring(0, head.length() - 1) + Hangul.withRieulFinal(prev) + ra
                    + word.substring(open.length());
            if (!wordOfItsOwn(open) && !readAsOtherVerb(word, stem)) {
                return new String[] {fixed, "irregular/reu"};
            }
        }
        return null;
    }

    /** Endings after the -아/어 form that {@link #wuDropped} reads: 시끄러서, 고마요, 즐거도. */
    private static final List<String> AFTER_INFINITIVE = List.of("서", "서요", "요", "도", "도요", "야");

    /**
     * 시끄러서 → 시끄러워서 (session 18, s18c): an ㅂ-irregular stem of two syllables or more written with its ㅂ
     * left out and no 우 (워) in its place, before -아/어서, -아/어요, -아/어도, -아/어야, or with the past ㅆ on
     * the stem's own vowel (시끄렀어요 → 시끄러웠어요). The ㅂ of such a stem turns into 우 before a vowel and
     * -어 follows it (한글 맞춤법 제18항 6: 가까워, 괴로워, 시끄러워; 표준국어대사전 'ㅂ 불규칙 활용'; Yeon &amp; Brown
     * 2019, ㅂ-irregular verbs); the learner wrote the stem's vowel as if it were the contracted -어. One-syllable
     * stems are left (추서, 더요 are too near other words), and so is a word whose part before the ending is a word
     * of the dictionary (아까요 'earlier', 새로요) or that Nori reads as another verb with its endings (어려서 of
     * 어리다, 어렸어요).
     *
     * @return {@code [correction, "irregular/b"]}, or null
     */
    static String[] wuDropped(String word) {
        for (String stem : STEMS.get("irregular/b")) {
            if (stem.length() < 2) {
                continue;
            }
            char last = stem.charAt(stem.length() - 1);
            String head = stem.substring(0, stem.length() - 1);
            String open = head + withFinal(last, 0);
            String fixed = null;
            if (word.startsWith(open) && AFTER_INFINITIVE.contains(word.substring(open.length()))) {
                fixed = open + '워' + word.substring(open.length());
            } else if (word.startsWith(head + withFinal(last, 20)) && word.length() > stem.length()) {
                String rest = word.substring(stem.length());
                if (rest.startsWith("어") || rest.startsWith("습") || rest.startsWith("다") || rest.startsWith("지")) {
                    fixed = open + '웠' + rest;
                }
            }
            if (fixed != null && !wordOfItsOwn(open) && !readAsOtherVerb(word, stem)) {
                return new String[] {fixed, "irregular/b"};
            }
        }
        return null;
    }

    /**
     * Whether the letters are an entry of the dictionary other than a form of a verb or adjective (아까, 새로:
     * adverbs); mecab-ko-dic lists some -아/어 forms (시끄러 of 시끄럽다) as entries of their stem.
     */
    private static boolean wordOfItsOwn(String letters) {
        var tags = KnownWords.tags(letters);
        return tags.stream().anyMatch(t -> t != POS.Tag.VV
                && t != POS.Tag.VA);
    }

    /** Whether Nori reads the word as a verb or adjective other than {@code stem}, followed by endings only. */
    private static boolean readAsOtherVerb(String word, String stem) {
        List<Morphology.Word> w = Morphology.analyse(word);
        if (w.size() != 1 || w.getFirst().morphemes().isEmpty()) {
            return false;
        }
        List<Morphology.Morpheme> m = w.getFirst().morphemes();
        return m.getFirst().is("VV", "VA") && !m.getFirst().form().equals(stem)
                && m.stream().skip(1).allMatch(Morphology.Morpheme::isEnding);
    }

    /** The right form of stem + ending where the learner attached the ending regularly; null when it is right. */
    private static String conjugate(String type, String stem, String rest) {
        char r = rest.charAt(0);
        String tail = rest.substring(1);
        char last = stem.charAt(stem.length() - 1);
        String head = stem.substring(0, stem.length() - 1);
        boolean infinitive = r == '아' || r == '어' || r == '았' || r == '었';
        boolean eu = r == '으' || r == '은' || r == '을' || r == '읍';
        return switch (type) {
            // 듣어요 → 들어요, 듣으면 → 들으면
            case "irregular/d" -> infinitive || eu ? head + withFinal(last, 8) + rest : null;
            // 춥어요 → 추워요, 돕아요 → 도와요, 어렵으면 → 어려우면, 매운 (맵은 → 매운)
            case "irregular/b" -> {
                char open = withFinal(last, 0);
                if (infinitive) {
                    boolean wa = stem.equals("돕") || stem.equals("곱");
                    char v = switch (r) {
                        case '아', '어' -> wa ? '와' : '워';
                        default -> wa ? '왔' : '웠';
                    };
                    yield head + open + v + tail;
                }
                if (eu) {
                    char u = switch (r) {
                        case '으' -> '우';
                        case '은' -> '운';
                        case '을' -> '울';
                        default -> '웁';
                    };
                    yield head + open + u + tail;
                }
                yield null;
            }
            // 낫아요 → 나아요, 짓으면 → 지으면
            case "irregular/s" -> infinitive || eu ? head + withFinal(last, 0) + rest : null;
            // 어떻어요 → 어때요, 빨갛아요 → 빨개요, 어떻었어요 → 어땠어요
            case "irregular/h" -> {
                // 까맣은 → 까만, 그렇을 → 그럴, 빨갛으면 → 빨가면: ㅎ and 으 both drop before -(으)ㄴ/ㄹ/면/니까
                // (한글 맞춤법 제18항 3; 표준국어대사전 'ㅎ 불규칙 활용')
                if (eu) {
                    char open = withFinal(last, Hangul.Final.NONE);
                    yield switch (r) {
                        case '은' -> head + withFinal(last, Hangul.Final.N) + tail;
                        case '을' -> head + withFinal(last, Hangul.Final.L) + tail;
                        case '으' -> tail.isEmpty() ? null : head + open + tail;
                        default -> null;
                    };
                }
                if (!infinitive) {
                    yield null;
                }
                boolean past = r == '았' || r == '었';
                // ㅑ → ㅒ (하얗다 → 하얘요), else ㅐ
                int medial = Hangul.medialIndex(last) == Hangul.Medial.YA ? Hangul.Medial.YAE : Hangul.Medial.AE;
                char merged = Hangul.compose(Hangul.initialIndex(last), medial,
                        past ? Hangul.Final.SS : Hangul.Final.NONE);
                yield head + merged + tail;
            }
            // 모르아요 → 몰라요, 부르었어요 → 불렀어요
            case "irregular/reu" -> {
                if (!infinitive || head.isEmpty()) {
                    yield null;
                }
                char before = head.charAt(head.length() - 1);
                if (Hangul.hasFinal(before)) {
                    yield null;
                }
                int v = Hangul.medialIndex(before);
                boolean bright = v == Hangul.Medial.A || v == Hangul.Medial.O;
                boolean past = r == '았' || r == '었';
                char ra = bright ? (past ? '랐' : '라') : (past ? '렀' : '러');
                yield head.substring(0, head.length() - 1) + Hangul.withRieulFinal(before) + ra + tail;
            }
            // 바쁘어요 → 바빠요, 크어요 → 커요, 아프았어요 → 아팠어요
            case "irregular/eu_deletion" -> {
                if (!infinitive) {
                    yield null;
                }
                boolean bright = !head.isEmpty() && Hangul.isSyllable(head.charAt(head.length() - 1))
                        && List.of(Hangul.Medial.A, Hangul.Medial.O)
                                .contains(Hangul.medialIndex(head.charAt(head.length() - 1)));
                boolean past = r == '았' || r == '었';
                int medial = bright ? Hangul.Medial.A : Hangul.Medial.EO;
                char merged = Hangul.compose(Hangul.initialIndex(last), medial,
                        past ? Hangul.Final.SS : Hangul.Final.NONE);
                yield head + merged + tail;
            }
            default -> null;
        };
    }

    private static char withFinal(char syllable, int fin) {
        return (char) (syllable - Hangul.finalIndex(syllable) + fin);
    }

    /** Whether Nori reads the word as that stem, a verb or an adjective. */
    private static boolean readAs(String word, String stem) {
        List<Morphology.Word> w = Morphology.analyse(word);
        // Nori may give the stem as the irregular's written alternant (듣어요 → 들/VV): same length, a predicate
        return w.size() == 1 && !w.getFirst().morphemes().isEmpty()
                && w.getFirst().morphemes().getFirst().form().length() == stem.length()
                && (w.getFirst().morphemes().getFirst().tag().startsWith("VV")
                        || w.getFirst().morphemes().getFirst().tag().startsWith("VA"));
    }
}
