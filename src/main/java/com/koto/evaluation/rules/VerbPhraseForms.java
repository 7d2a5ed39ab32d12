package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verb forms that the next word decides, found on the learner's words whatever the accepted answer
 * (session 5, issue 11):
 * <ul>
 * <li><b>the modifier before a bound noun</b> ({@code ending/modifier_or_connective}): 거, 수 and 때
 * are nouns and take the verb's -(으)ㄹ modifier, so 가 거예요 → 갈 거예요, 가 수 있어요 → 갈 수
 * (Yeon &amp; Brown 2019, on -(으)ㄹ 거예요 and -(으)ㄹ 수 있다; 한글 맞춤법 제42항, bound nouns);
 * the span is the verb with its bound noun, as written;</li>
 * <li><b>the -아/어 form before 주다 and 보다</b> ({@code ending/infinitive}): the auxiliaries of
 * giving and trying follow -아/어, so 세우 주세요 → 세워 주세요 (Yeon &amp; Brown 2019, on -아/어
 * 주다 and -아/어 보다; Sohn 1999, on the infinitive suffix);</li>
 * <li><b>-아/어 before 주다, -고 before 싶다</b> ({@code ending/infinitive}, {@code ending/form}), for a
 * word written with another ending: 포장하 주세요 → 포장해, 가고 주세요 → 가, 예약하 싶어요 → 예약하고,
 * 만들러 싶어요 → 만들고, 보내 싶어요 → 보내고 (Yeon &amp; Brown 2019, on -아/어 주다 and -고 싶다);</li>
 * <li><b>해 before a consonant-initial ending</b> ({@code ending/form}): 해 is 하 + -여/어, used only
 * before -요, -서, -도, -야 and -ㅆ-; -러, -면, -세요 attach to 하 (관광해러 → 관광하러, 해세요 →
 * 하세요; 표준국어대사전 '하다', 「여 불규칙」).</li>
 * </ul>
 */
final class VerbPhraseForms {

    private static final Set<String> BOUND = Set.of("거예요", "거야", "겁니다", "거에요", "거", "수", "때");
    private static final Set<String> AUXILIARY = Set.of("주세요", "주시겠어요", "줘", "줘요", "주십시오", "보세요",
            "봐요", "봐도", "볼게요");

    private VerbPhraseForms() {
    }

    /** The first such form, repaired; empty when none applies. */
    static Optional<PreChecks.Fix> find(String answer) {
        String[] words = answer.split(" ");
        List<Morphology.Word> analysed = Morphology.analyse(answer);
        if (analysed.size() != words.length) {
            // Nori split or joined a word (동안요, 않게요): each word read alone
            analysed = new ArrayList<>();
            for (String w : words) {
                List<Morphology.Word> one = Morphology.analyse(w);
                if (one.size() != 1) {
                    return Optional.empty();
                }
                analysed.add(one.getFirst());
            }
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String hada = hadaBeforeConsonant(w);
            if (hada != null) {
                return Optional.of(fix(words, i, 1, hada, new Finding(ErrorCategory.ENDING, w, hada, "ending/form")));
            }
            if (i + 1 >= words.length) {
                continue;
            }
            String next = words[i + 1];
            Morphology.Word verb = analysed.get(i);
            String possible = next.equals("수") && i + 2 < words.length ? possibility(w, verb, words[i + 2]) : null;
            if (possible != null) {
                return Optional.of(fix(words, i, 1, possible, new Finding(ErrorCategory.ENDING, w, possible,
                        "ending/l_modifier")));
            }
            String permitted = PERMISSION.stream().anyMatch(next::startsWith) ? permission(w, verb) : null;
            if (permitted != null) {
                return Optional.of(fix(words, i, 1, permitted, new Finding(ErrorCategory.ENDING, w, permitted,
                        "ending/permission")));
            }
            String adverb = i + 1 < analysed.size() ? adverbial(w, verb, next, analysed.get(i + 1)) : null;
            if (adverb != null) {
                return Optional.of(fix(words, i, 1, adverb, new Finding(ErrorCategory.ENDING, w, adverb,
                        "ending/adverbial")));
            }
            if (w.equals("않아") && REQUEST.contains(next) && i > 0 && negatedAdjective(words[i - 1], analysed.get(i - 1))) {
                // 맵지 않아 주세요 → 맵지 않게 해 주세요: -지 않다 after an adjective is an adjective (session 21)
                return Optional.of(fix(words, i, 1, "않게 해", new Finding(ErrorCategory.ENDING, w, "않게 해",
                        "ending/adjective_request")));
            }
            String made = madeSo(w, next, i + 2 < words.length ? words[i + 2] : null);
            if (made != null) {
                return Optional.of(fix(words, i, 1, made, new Finding(ErrorCategory.ENDING, w, made, "ending/adjective_request")));
            }
            String[] adjective = adjectiveBeforeAuxiliary(w, verb, next);
            if (adjective != null) {
                return Optional.of(fix(words, i + (adjective[1].equals("ending/look") ? 1 : 0), 1, adjective[0],
                        new Finding(ErrorCategory.ENDING, adjective[1].equals("ending/look") ? next : w, adjective[0],
                                adjective[1])));
            }
            String looks = LOOK.stream().anyMatch(next::startsWith) ? beforeLook(w, verb) : null;
            if (looks != null) {
                return Optional.of(fix(words, i, 1, looks, new Finding(ErrorCategory.ENDING, w, looks, "ending/infinitive")));
            }
            if (BOUND.contains(next) && verbalStem(verb) && !Hangul.hasRieulFinal(w.charAt(w.length() - 1))
                    && !w.endsWith("는") && !w.endsWith("은") && !w.endsWith("ㄴ")) {
                String modifier = modifier(verb.morphemes().getFirst().form(), w);
                if (modifier != null && !modifier.equals(w)) {
                    String original = w + " " + next;
                    String correction = modifier + " " + next;
                    return Optional.of(fix(words, i, 1, modifier, new Finding(ErrorCategory.ENDING, original, correction,
                            "ending/modifier_or_connective")));
                }
            }
            String beforeAux = AUXILIARY.contains(next) && next.startsWith("주") ? beforeGive(w, verb) : null;
            if (beforeAux != null) {
                return Optional.of(fix(words, i, 1, beforeAux,
                        new Finding(ErrorCategory.ENDING, w, beforeAux, "ending/infinitive")));
            }
            String beforeWant = next.startsWith("싶") ? beforeWant(w, verb) : null;
            if (beforeWant != null) {
                return Optional.of(fix(words, i, 1, beforeWant,
                        new Finding(ErrorCategory.ENDING, w, beforeWant, "ending/form")));
            }
            if (AUXILIARY.contains(next) && !verb.startsWith("MAG", "MM", "NP") && bareStem(w)) {
                // (빨리 주세요 for 빨리 가 주세요: 빨리 is the adverb, not the stem of 빨리다)
                String infinitive = infinitive(w);
                if (infinitive != null) {
                    return Optional.of(fix(words, i, 1, infinitive,
                            new Finding(ErrorCategory.ENDING, w, infinitive, "ending/infinitive")));
                }
            }
        }
        return Optional.empty();
    }

    /** The forms of 보이다 'to look (so)', which follows the -아/어 form of an adjective (신선해 보여요). */
    private static final List<String> LOOK = List.of("보여", "보이", "보입", "보인");

    /**
     * The -(으)ㄹ modifier before 수 있다/없다 ('can', 'cannot'), written with another modifier or with
     * the object particle's letters: 찾는 수 있어요 → 찾을 수, 간 수 없어요 → 갈 수, 반납하를 수 → 반납할
     * 수 (한국어기초사전 '-을 수 있다', '-ㄹ 수 있다': the possibility construction takes only -(으)ㄹ;
     * 『외국인을 위한 한국어 문법 1』 '-(으)ㄹ 수 있다/없다'; Yeon &amp; Brown 2019); also a bare vowel stem
     * (빌리 수 → 빌릴 수) whose dictionary form is a verb, and a verb's -아/어 form (바꿔 수 → 바꿀 수, session 8,
     * eval12b). Only where the next
     * word after 수 is a form of 있다 or 없다; a stem whose final may alternate (ㄷ, ㅂ, ㅅ, ㅎ) is left
     * to the comparison. Subtype {@code ending/l_modifier}.
     *
     * @return the word with the -(으)ㄹ modifier; null when the word is no such form
     */
    static String possibility(String w, Morphology.Word verb, String after) {
        if (!after.startsWith("있") && !after.startsWith("없") || w.length() < 2) {
            return null;
        }
        List<Morphology.Morpheme> m = verb.morphemes();
        char last = w.charAt(w.length() - 1);
        String vowelStem = eulAfterVowel(w);
        if (vowelStem != null) {
            return vowelStem; // 주을 수 → 줄 수 (session 22)
        }
        if (Hangul.isSyllable(last) && !Hangul.hasFinal(last) && !verb.startsWith("MAG", "MM", "NP") && bareStem(w)) {
            return w.substring(0, w.length() - 1) + Hangul.withRieulFinal(last); // 빌리 수 → 빌릴 수 (Nori reads 빌리 as a name)
        }
        if ((last == '를' || last == '을') && (m.size() == 1 || m.getLast().is("JKO"))) {
            // 반납하를, 먹을 (먹을 is right), 가를: the learner's stem with the particle's letters
            String stem = w.substring(0, w.length() - 1);
            char s = stem.charAt(stem.length() - 1);
            boolean hada = stem.endsWith("하") && stem.length() > 1 && KnownWords.noun(stem.substring(0, stem.length() - 1));
            var tags = KnownWords.tags(stem);
            if (last == '을' && Hangul.hasFinal(s) || !hada && !tags.contains(org.apache.lucene.analysis.ko.POS.Tag.VV)
                    || KnownWords.noun(stem) || KnownWords.noun(w) || !Hangul.isSyllable(s)) {
                return null;
            }
            String modifier = modifier(stem, stem);
            return modifier == null || modifier.equals(w) ? null : modifier;
        }
        if (!KnownWords.noun(w)) {
            // the -아/어 form before 수 (바꿔 수 → 바꿀 수, 찾아 수 → 찾을 수)
            for (String stem : ClauseEndings.stemsOf(w)) {
                if (!stem.equals(w) && w.equals(SpeechLevels.infinitive(stem))
                        && KnownWords.tags(stem).contains(org.apache.lucene.analysis.ko.POS.Tag.VV)) {
                    String modifier = modifier(stem, stem);
                    if (modifier != null && !modifier.equals(w)) {
                        return modifier;
                    }
                }
            }
        }
        if (m.size() != 2 || !m.getFirst().is("VV") || !m.getLast().is("ETM")
                || !Set.of("는", "은", "ㄴ", "ᆫ").contains(m.getLast().form())
                || w.equals("한")) {
            return null; // (한 수: the numeral)
        }
        String stem = m.getFirst().form();
        String modifier = modifier(stem, w);
        return modifier == null || modifier.equals(w) ? null : modifier;
    }

    /**
     * {@link #eulAfterVowel} on the learner's own words, whatever the accepted answer (session 22, s22b): a word before
     * 수 and a form of 있다 or 없다 (깎아 주을 수 있어요 → 줄). Subtype {@code ending/l_modifier}.
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers
     * @return the findings; empty when none
     */
    static List<Finding> eulModifiers(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.ownSentences(raw)) {
            for (int i = 0; i + 2 < words.size(); i++) {
                String w = words.get(i);
                String after = words.get(i + 2);
                String fixed = words.get(i + 1).equals("수") && (after.startsWith("있") || after.startsWith("없"))
                        ? eulAfterVowel(w) : null;
                if (fixed != null && accepted.stream().noneMatch(a -> (" " + a + " ").contains(" " + w + " "))) {
                    out.add(new Finding(ErrorCategory.ENDING, w, fixed, "ending/l_modifier"));
                }
            }
        }
        return out;
    }

    /**
     * The -(으)ㄹ modifier written 을 after a vowel stem (주을 수 → 줄 수, 보을 수 → 볼 수; session 22, s22b): the 으 of
     * -(으)ㄹ appears only after a consonant other than ㄹ, a vowel stem takes the bare ㄹ (국립국어원 『외국인을 위한 한국어
     * 문법 1』 (2005), '-을 수 있다/-ㄹ 수 있다'; 한글 맞춤법 제18항; Yeon &amp; Brown 2019, -(으)ㄹ 수 있다). A vowel-final
     * noun takes the object particle 를, never 을, so the word is no noun with a particle; a word that is itself a common
     * noun (가을, 마을, 노을), a stem in 으 (모을 수: 모으다) and an ㅅ-irregular stem that lost its ㅅ (나을 수: 낫다, 지을 수:
     * 짓다) are right and left alone.
     *
     * @return the word with the bare ㄹ; null when the word is no such form
     */
    static String eulAfterVowel(String w) {
        if (w.length() < 2 || w.charAt(w.length() - 1) != '을') {
            return null;
        }
        String stem = w.substring(0, w.length() - 1);
        char s = stem.charAt(stem.length() - 1);
        // a common noun (가을, 마을) only: the dictionary's proper nouns hold rare place names (주을)
        if (!Hangul.isSyllable(s) || Hangul.hasFinal(s) || KnownWords.tags(w).contains(org.apache.lucene.analysis.ko.POS.Tag.NNG)
                || !KnownWords.predicateStem(stem)
                || KnownWords.predicateStem(stem + "으")
                || OwnConjugation.S_IRREGULAR.contains(String.valueOf((char) (s + Hangul.Final.S)))) {
            return null;
        }
        return stem.substring(0, stem.length() - 1) + Hangul.withRieulFinal(s);
    }

    /** The forms of 되다 after which a permission is asked or given (-아/어도 돼요?). */
    private static final List<String> PERMISSION = List.of("돼", "됩니", "되나요", "될까요", "되죠", "되지요");

    /**
     * -아/어도 되다 'may' written without 도 (찍어 돼요 → 찍어도 돼요) or with -아/어서 (가서 돼요 → 가도
     * 돼요): permission is -아/어도 되다 (한국어기초사전 '-어도 되다': 허락이나 허용; 『외국인을 위한 한국어
     * 문법 1』 '-아/어도 되다'; Yeon &amp; Brown 2019). The word must read as a verb or adjective with the
     * connective -아/어 or -아/어서 and nothing else; -아/어야 돼요 ('must'), -게 돼요 ('come to') and an
     * adverb before 돼요 (잘 돼요, 안 돼요) are other constructions. Subtype {@code ending/permission}.
     *
     * @return the word with -아/어도; null when the word is no such form
     */
    static String permission(String w, Morphology.Word verb) {
        List<Morphology.Morpheme> m = verb.morphemes();
        int n = m.size();
        if (n < 2 || !m.getFirst().is("VV", "VA", "VX", "NNG", "XR") || !m.get(n - 1).is("EC")
                || m.stream().anyMatch(x -> x.is("JKS", "JKO", "JKB", "JX", "VCP", "EP"))) {
            return null;
        }
        String ec = m.get(n - 1).form();
        if (Set.of("아", "어", "여").contains(ec) && !w.endsWith("도") && !w.endsWith("야")) {
            return w + "도";
        }
        if (Set.of("아서", "어서", "여서", "서").contains(ec) && w.endsWith("서") && w.length() >= 2) {
            return w.substring(0, w.length() - 1) + "도";
        }
        if (ec.equals("고") && w.endsWith("고") && w.length() >= 2 && m.getFirst().is("VV", "NNG")) {
            // 하고 돼요? → 해도 돼요? (session 22, s22b): -고 joins acts in sequence and makes no permission
            String infinitive = SpeechLevels.infinitive(w.substring(0, w.length() - 1));
            return infinitive == null ? null : infinitive + "도";
        }
        return null;
    }

    /** Bound nouns and nouns Nori may read as a verb after a modifier (작은 걸로, 좋은 데). */
    private static final List<String> AFTER_MODIFIER = List.of("걸", "거", "것", "게", "데", "줄", "수", "때", "적",
            "지", "분", "곳", "편", "쪽", "대로", "만큼", "듯");

    /**
     * An adjective's modifier -(으)ㄴ before a verb, where it describes how the act is done and takes
     * the adverbial -게 (짧은 잘라 주세요 → 짧게; 한국어기초사전 '-게' 「어미」: 뒤의 행동의 방식이나
     * 정도; 『외국인을 위한 한국어 문법 1』 '-게'; Yeon &amp; Brown 2019, on adverbs from adjectives): the
     * word reads as an adjective with a modifier and the next word, in context, as a verb with an
     * ending and no particle (not a bound noun: 작은 걸로, 좋은 데). 있다/없다 are left alone. Subtype {@code ending/adverbial}.
     *
     * @return the adjective with -게; null when the pair is no such form
     */
    static String adverbial(String w, Morphology.Word verb, String next, Morphology.Word nextWord) {
        List<Morphology.Morpheme> m = verb.morphemes();
        int n = m.size();
        if (n < 2 || !m.get(n - 1).is("ETM") || !Set.of("ㄴ", "ᆫ", "은").contains(m.get(n - 1).form())
                || w.contains("있") || w.contains("없")) {
            return null;
        }
        boolean adjective = n == 2 && m.getFirst().is("VA") || n == 3 && m.get(1).is("XSA") && m.getFirst().is("XR", "NNG");
        List<Morphology.Morpheme> v = nextWord.morphemes();
        if (!adjective || v.size() < 2 || !v.getFirst().is("VV") || !v.getLast().is("EC", "EF")
                || v.stream().anyMatch(x -> x.tag().startsWith("J")) || AFTER_MODIFIER.stream().anyMatch(next::startsWith)) {
            return null;
        }
        String stem = n == 2 ? m.getFirst().form() : m.getFirst().form() + "하";
        if (!w.startsWith(stem.substring(0, stem.length() - 1))) {
            return null;
        }
        return stem + "게";
    }

    /**
     * Adjectives of a thing's property that a customer asks to have changed (taste, temperature, size,
     * length, light, sound, thickness, speed): their -아/어 form → their -게 form. Closed list, written out
     * because Nori reads 매워 as a form of the verb 매우다 (ㅂ-irregular; 표준국어대사전 '맵다' 「활용」 매워).
     */
    private static final java.util.Map<String, String> PROPERTIES = java.util.Map.ofEntries(
            java.util.Map.entry("매워", "맵게"), java.util.Map.entry("짜", "짜게"), java.util.Map.entry("달아", "달게"),
            java.util.Map.entry("싱거워", "싱겁게"), java.util.Map.entry("뜨거워", "뜨겁게"),
            java.util.Map.entry("차가워", "차갑게"), java.util.Map.entry("시원해", "시원하게"),
            java.util.Map.entry("따뜻해", "따뜻하게"), java.util.Map.entry("커", "크게"), java.util.Map.entry("작아", "작게"),
            java.util.Map.entry("길어", "길게"), java.util.Map.entry("짧아", "짧게"), java.util.Map.entry("밝아", "밝게"),
            java.util.Map.entry("어두워", "어둡게"), java.util.Map.entry("조용해", "조용하게"), java.util.Map.entry("진해", "진하게"),
            java.util.Map.entry("연해", "연하게"), java.util.Map.entry("부드러워", "부드럽게"),
            java.util.Map.entry("두꺼워", "두껍게"), java.util.Map.entry("얇아", "얇게"), java.util.Map.entry("느려", "느리게"),
            java.util.Map.entry("넓어", "넓게"), java.util.Map.entry("좁아", "좁게"), java.util.Map.entry("싱싱해", "싱싱하게"));

    /**
     * 덜 매워 해 주세요 → 맵게, 매워해 주세요 → 맵게 해: a request to make a thing so is -게 해 주다 on the adjective
     * (한국어기초사전 '-게' 「1」 and '-게 하다'; Yeon &amp; Brown 2019, -게 하다 'make … so'); the -아/어 form with
     * 하다 makes the verb of a person's feeling (매워하다 'find it spicy'; 표준국어대사전 '-어하다'), which a
     * request about a dish cannot mean. Only the adjectives of {@link #PROPERTIES}, whose -아/어하다 verbs are
     * about a person's reaction (not 좋아하다, 귀여워하다: 많이 좋아해 주세요 is a right request), with 해 and
     * a request auxiliary after them. Returns the repaired word (맵게, or 맵게 해 when 해 was joined to it), or null.
     */
    static String madeSo(String w, String next, String after) {
        if (w.endsWith("해") && w.length() > 1 && PROPERTIES.containsKey(w.substring(0, w.length() - 1)) && REQUEST.contains(next)) {
            return PROPERTIES.get(w.substring(0, w.length() - 1)) + " 해";
        }
        if (next.equals("해") && after != null && REQUEST.contains(after) && PROPERTIES.containsKey(w)) {
            return PROPERTIES.get(w);
        }
        return null;
    }

    /** The forms of the auxiliary 보다 'try' and the 보이다 'look' form of each. */
    private static final java.util.Map<String, String> TRY_TO_LOOK = java.util.Map.of("봐", "보여", "봐요", "보여요",
            "봅니다", "보입니다", "봐서", "보여서", "봤어요", "보였어요", "봤어", "보였어", "봤습니다", "보였습니다");

    /**
     * The -아/어 forms of the adjectives compounded with 있다 and 없다 (표준국어대사전: 맛있다, 멋있다, 재미있다, 맛없다,
     * 재미없다 「형용사」).
     */
    private static final List<String> ADJECTIVE_COMPOUNDS = List.of("맛있어", "멋있어", "재미있어", "맛없어", "재미없어");

    /** The auxiliary 주다 of a request after the -아/어 form. */
    private static final Set<String> REQUEST = Set.of("주세요", "주시겠어요", "줘", "줘요", "주십시오", "주실래요",
            "주시겠습니까", "줄래");

    /**
     * An adjective's -아/어 form before an auxiliary that follows action verbs only (한국어기초사전 '-어
     * 주다', '-어 보다': 동사 뒤에서; Yeon &amp; Brown 2019, on -아/어 주다, -아/어 보다, -아/어 보이다 and
     * -게 하다):
     * <ul>
     * <li>before 주다 the request asks to make something so, -게 해 주다: 짧아 주세요 → 짧게 해 주세요
     * (subtype {@code ending/adjective_request}, the adjective's word corrected);</li>
     * <li>before 보다 'try' the speaker meant 보이다 'look': 싱싱해 봐 → 싱싱해 보여 (subtype
     * {@code ending/look}, the auxiliary corrected).</li>
     * </ul>
     * The word must read as an adjective (a VA stem, or a root or noun with 하 as XSA) with -아/어 and
     * nothing else; 있다 and 없다 (옆에 있어 주세요: 있다 is also a verb) are left alone.
     *
     * @return the correction and subtype; null when the pair is no such form
     */
    /**
     * Whether the word is an adjective's -지 before 않다 (맵지, 비싸지): the negated adjective 맵지 않다 is itself an
     * adjective and, asked for, takes -게 해 주세요 as every adjective does (너무 맵지 않게 해 주세요; 한국어기초사전
     * '-지 않다' (형용사 뒤: 상태의 부정), '-게 하다'; Yeon &amp; Brown 2019, long negation and -게 하다). Session 21.
     */
    private static boolean negatedAdjective(String w, Morphology.Word word) {
        List<Morphology.Morpheme> m = word.morphemes();
        return w.endsWith("지") && m.size() >= 2 && m.getLast().is("EC") && m.getLast().form().equals("지")
                && (m.getFirst().is("VA") || m.size() == 3 && m.get(1).is("XSA"));
    }

    static String[] adjectiveBeforeAuxiliary(String w, Morphology.Word verb, String next) {
        boolean request = REQUEST.contains(next);
        String look = TRY_TO_LOOK.get(next);
        if (!request && look == null) {
            return null;
        }
        List<Morphology.Morpheme> m = Morphology.asWritten(verb); // (매워 as 맵다's form, not 매우다's)
        int n = m.size();
        // 있다/없다 alone may be verbs (옆에 있어 주세요); their adjective compounds (맛있다, 재미없다) look so
        // before 보이다 as every adjective does (맛있어 봤어 → 맛있어 보였어; session 22, s22b)
        boolean ownAdjective = look != null && ADJECTIVE_COMPOUNDS.contains(w);
        if (n < 2 && !ownAdjective || !ownAdjective && (!m.get(n - 1).is("EC") || !Set.of("아", "어", "여").contains(m.get(n - 1).form())
                || w.contains("있") || w.contains("없")) || w.endsWith("고")) {
            return null;
        }
        boolean adjective = n == 2 && m.getFirst().is("VA")
                || n == 3 && m.get(1).is("XSA") && m.getFirst().is("XR", "NNG") || ownAdjective;
        if (!adjective) {
            return null;
        }
        if (look != null) {
            return new String[] {look, "ending/look"};
        }
        String stem = n == 2 ? m.getFirst().form() : m.getFirst().form() + "하";
        if (!w.startsWith(stem.substring(0, stem.length() - 1))) {
            return null;
        }
        if (n == 2 && KnownWords.tags(stem).contains(org.apache.lucene.analysis.ko.POS.Tag.VV)) {
            // a stem that is also an action verb (적다 'write' / 'few', 크다 'grow' / 'big', 늦다): the request
            // reads the verb ('생일 축하해'라고 적어 주세요), and the rules cannot tell which was meant
            return null;
        }
        String root = m.getFirst().form();
        if (n == 3 && !root.isEmpty() && Hangul.finalIndex(root.charAt(root.length() - 1)) != Hangul.Final.S
                && KnownWords.tags(root + "히").contains(org.apache.lucene.analysis.ko.POS.Tag.MAG)) {
            // 조용하다 → 조용히 해: the 하다 adjective's own adverb in -히 where the dictionary has it (한글 맞춤법
            // 제51항; 표준국어대사전 '조용히', '천천히'), the form writers give; a root in ㅅ takes -이 (따뜻이), left
            // to -게 해 (session 27, s27e)
            return new String[] {m.getFirst().form() + "히 해", "ending/adjective_request"};
        }
        return new String[] {stem + "게 해", "ending/adjective_request"};
    }

    /**
     * The -아/어 form of a 하다 adjective before 보이다 'to look' (신선하 보여 → 신선해 보여; 한국어기초사전
     * '-어 보이다': 형용사 뒤에서 '-어 보이다' 구성으로; Yeon &amp; Brown 2019, on -아/어 보이다): the bare
     * 하 after a root or noun, the word itself no noun (이하, 지하, 영하 are nouns).
     */
    private static String beforeLook(String w, Morphology.Word verb) {
        if (w.length() < 2 || !w.endsWith("하") || KnownWords.noun(w)) {
            return null;
        }
        String root = w.substring(0, w.length() - 1);
        boolean read = verb.morphemes().size() == 2 && verb.morphemes().getLast().is("XSA", "XSV");
        return read || KnownWords.tags(root).contains(org.apache.lucene.analysis.ko.POS.Tag.XR) ? root + "해" : null;
    }

    /**
     * The -아/어 form before 주다 of a word written otherwise: a 하다 verb's bare 하 (포장하 주세요 →
     * 포장해) or a verb with -고 (가고 주세요 → 가); null when the word is not one of these.
     */
    private static String beforeGive(String w, Morphology.Word verb) {
        if (w.length() >= 2 && w.endsWith("하") && KnownWords.noun(w.substring(0, w.length() - 1))) {
            return w.substring(0, w.length() - 1) + "해";
        }
        List<Morphology.Morpheme> m = verb.morphemes();
        if (w.length() >= 2 && w.endsWith("고") && m.size() >= 2 && m.getLast().is("EC") && m.getLast().form().equals("고")) {
            String stem = w.substring(0, w.length() - 1);
            boolean verbStem = m.size() == 2 && m.getFirst().is("VV") && m.getFirst().form().equals(stem)
                    || m.size() == 3 && m.get(0).is("NNG") && m.get(1).is("XSV") && stem.endsWith("하");
            return verbStem ? SpeechLevels.infinitive(stem) : null;
        }
        return null;
    }

    /**
     * -고 before 싶다 for a word written with another ending (Yeon &amp; Brown 2019, -고 싶다): a 하다
     * verb's bare 하 (예약하 싶어요 → 예약하고), the bare stem or the -(으)ㄹ modifier (만들 싶어요, 먹을
     * 싶어요 → 만들고, 먹고), the purpose -(으)러 (만들러 싶어요 → 만들고) or the -아/어
     * form (보내 싶어요 → 보내고); the stem is Nori's dictionary stem, so 도와 gives 돕고.
     */
    private static String beforeWant(String w, Morphology.Word verb) {
        if (w.endsWith("고")) {
            return null;
        }
        if (w.length() >= 2 && w.endsWith("하") && KnownWords.noun(w.substring(0, w.length() - 1))) {
            return w + "고";
        }
        List<Morphology.Morpheme> m = verb.morphemes();
        if (m.size() == 2 && m.getFirst().is("VV") && m.getLast().is("ETM")
                && Set.of("ㄹ", "ᆯ", "을").contains(m.getLast().form()) && w.startsWith(m.getFirst().form().substring(0,
                        m.getFirst().form().length() - 1))) {
            return m.getFirst().form() + "고"; // 만들 싶어요, 먹을 싶어요: the -(으)ㄹ modifier for -고
        }
        if (m.size() == 1 && m.getFirst().is("VV") && m.getFirst().form().equals(w)) {
            return w + "고"; // 만들 싶습니다: the bare stem
        }
        if (m.size() == 2 && m.getFirst().is("VV") && m.getLast().is("EC")
                && Set.of("러", "으러", "어", "아", "여").contains(m.getLast().form())) {
            String stem = m.getFirst().form();
            return Hangul.isSyllable(stem.charAt(stem.length() - 1)) ? stem + "고" : null;
        }
        if (m.size() == 3 && m.get(0).is("NNG") && m.get(1).is("XSV") && m.getLast().is("EC")
                && Set.of("러", "여", "어").contains(m.getLast().form()) && (w.endsWith("해") || w.endsWith("하러"))) {
            return m.get(0).form() + "하고";
        }
        return null;
    }

    /**
     * An adjective's -아/어 form before a request ({@code ending/adjective_request}: 짧아 주세요) where the
     * accepted answer asks with a verb of its own before a request word (줄여 주세요, 데워 줄래?):
     * the learner took the adjective of the result for the verb of the act (짧다 for 줄이다, 따뜻하다 for
     * 데우다, 작다 for 줄이다), a wrong word, given as {@code vocabulary/adjective_for_verb} on the adjective
     * → the accepted verb (session 13, eval21e: the convention of three writers of four across the
     * development sets; where the accepted answer makes the adjective so itself, 조용히 해 주세요, the
     * ending finding stays). Sources: 한국어기초사전 '-어 주다' (after action verbs); Yeon &amp; Brown 2019
     * on -아/어 주다 and -게 하다; 표준국어대사전 '줄이다' 「1」 (길이를 짧게 하다), '데우다'.
     *
     * @param fix      the fix of {@link #find} (any subtype; others are returned unchanged)
     * @param answer   the learner's normalised answer the fix was found on
     * @param accepted one accepted answer, normalised
     * @return the fix, its finding a wrong word and its repair the accepted verb when the accepted answer
     *         has another verb before a request word; otherwise unchanged
     */
    static PreChecks.Fix acceptedVerb(PreChecks.Fix fix, String answer, String accepted) {
        Finding f = fix.finding();
        if (!"ending/adjective_request".equals(f.subtype()) || accepted == null) {
            return fix;
        }
        String[] words = answer.split(" ");
        int i = java.util.Arrays.asList(words).indexOf(f.original());
        String[] acc = accepted.split(" ");
        if (i < 0 || i + 1 >= words.length) {
            return fix;
        }
        int cut = f.correction().indexOf("게");
        String stem = cut > 0 ? f.correction().substring(0, cut) // 짧게 해 → 짧
                : f.correction().substring(0, f.correction().indexOf("히")) + "하"; // 조용히 해 → 조용하
        String own = stem.length() > 1 ? stem.substring(0, stem.length() - 1) : stem; // 조용(하), 짧
        List<Morphology.Word> read = Morphology.analyse(accepted); // in its sentence: 줄여 alone reads otherwise
        if (read.size() != acc.length) {
            return fix;
        }
        for (int j = 0; j + 1 < acc.length; j++) {
            if (!giving(acc[j + 1]) || acc[j].startsWith(own)) {
                continue; // no request word (주세요, 줄래, 주실), or the accepted answer's own adjective (조용히 해)
            }
            List<Morphology.Morpheme> m = read.get(j).morphemes();
            if (m.size() == 2 && m.getFirst().is("VV") && m.get(1).is("EC") && !m.getFirst().form().equals("하")) {
                // (조용히 해 주세요, 짧게 해 주세요: 하다 makes the adjective so, the ending finding stays)
                return fix(words, i, 1, acc[j], new Finding(ErrorCategory.VOCABULARY, f.original(), acc[j],
                        "vocabulary/adjective_for_verb"));
            }
            return fix;
        }
        return fix;
    }

    /** A form of the auxiliary 주다/드리다 of a request (주세요, 줄래, 주실, 줘, 드릴까요). */
    private static boolean giving(String word) {
        return GIVING.matcher(word).matches();
    }

    private static final java.util.regex.Pattern GIVING = java.util.regex.Pattern.compile(
            "(주세요|주십시오|주시겠어요|주시겠습니까|주실래요|주실|주시면|주면|줘|줘요|줄래|줄래요|줄|드릴까요|드려요|드립니다)");

    private static PreChecks.Fix fix(String[] words, int i, int n, String replacement, Finding finding) {
        List<String> out = new ArrayList<>(List.of(words));
        out.set(i, replacement);
        return new PreChecks.Fix(finding, String.join(" ", out));
    }

    /** The word is a verb or adjective stem, possibly with -아/어 (가, 먹어), not yet a modifier. */
    private static boolean verbalStem(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        return !m.isEmpty() && (m.getFirst().tag().startsWith("VV") || m.getFirst().tag().startsWith("VA"))
                && m.stream().noneMatch(x -> x.tag().equals("ETM") || x.tag().equals("EP"))
                && (m.size() == 1 || m.size() == 2 && m.get(1).tag().equals("EC"));
    }

    /** The -(으)ㄹ modifier of a regular stem (가 → 갈, 먹 → 먹을, 하 → 할); null for an irregular-looking one. */
    private static String modifier(String stem, String written) {
        if (stem.isEmpty() || !written.startsWith(stem.substring(0, stem.length() - 1))) {
            return null;
        }
        char last = stem.charAt(stem.length() - 1);
        if (!Hangul.isSyllable(last)) {
            return null;
        }
        if (!Hangul.hasFinal(last)) {
            return stem.substring(0, stem.length() - 1) + Hangul.withRieulFinal(last);
        }
        int fin = Hangul.finalIndex(last);
        if (fin == Hangul.Final.L) {
            return stem; // 살 → 살
        }
        if (fin == Hangul.Final.D || fin == Hangul.Final.B || fin == Hangul.Final.S || fin == Hangul.Final.H) {
            return null; // ㄷ, ㅂ, ㅅ, ㅎ may be irregular: left to the comparison
        }
        return stem + "을";
    }

    /**
     * A bare vowel stem before an auxiliary (세우 주세요): the word with 다 is that verb's dictionary
     * form (세우다), not a noun with the copula (고기다 = 고기 + 이다); or a noun + 하다 verb read as the noun
     * and the verb suffix (일하 → 일하다, 공부하 → 공부하다).
     */
    private static boolean bareStem(String written) {
        char last = written.charAt(written.length() - 1);
        if (!Hangul.isSyllable(last) || Hangul.hasFinal(last)) {
            return false;
        }
        if (written.endsWith("하") && written.length() > 1 && KnownWords.noun(written.substring(0, written.length() - 1))) {
            // 일하 수 → 일할 수: a noun + 하다 verb, which Nori reads as the noun and the suffix 하 (session 10)
            List<Morphology.Word> h = Morphology.analyse(written + "다");
            return h.size() == 1 && h.getFirst().morphemes().size() >= 2 && h.getFirst().morphemes().get(1).is("XSV");
        }
        List<Morphology.Word> w = Morphology.analyse(written + "다");
        return w.size() == 1 && !w.getFirst().morphemes().isEmpty()
                && w.getFirst().morphemes().getFirst().tag().equals("VV")
                && w.getFirst().morphemes().getFirst().form().equals(written);
    }

    /** The -아/어 form of a vowel stem with a vowel that contracts (세우 → 세워, 가르치 → 가르쳐, 보 → 봐). */
    private static String infinitive(String stem) {
        char last = stem.charAt(stem.length() - 1);
        int contracted = switch (Hangul.medialIndex(last)) {
            case Hangul.Medial.U -> Hangul.Medial.WO; // ㅜ → ㅝ
            case Hangul.Medial.O -> Hangul.Medial.WA; // ㅗ → ㅘ
            case Hangul.Medial.I -> Hangul.Medial.YEO; // ㅣ → ㅕ
            default -> -1;
        };
        if (contracted < 0) {
            return null;
        }
        return stem.substring(0, stem.length() - 1)
                + Hangul.compose(Hangul.initialIndex(last), contracted, Hangul.Final.NONE);
    }

    /** 관광해러 → 관광하러, 해세요 → 하세요; null when the word has no 해 before such an ending. */
    static String hadaBeforeConsonant(String word) {
        for (String ending : List.of("해러", "해면", "해세요", "해셨", "해십")) {
            int at = word.indexOf(ending);
            // 해세요 alone; the others after a noun of a 하다 verb (공부해러), not the noun 해면 'sponge'
            if (at > 0 || at == 0 && ending.equals("해세요") && word.equals(ending)) {
                return word.substring(0, at) + "하" + word.substring(at + 1);
            }
        }
        return null;
    }
}
