package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adjectives conjugated as if they were verbs or nouns, on the learner's own words, whatever the accepted answers say
 * (session 36, helper s36d), category {@code ending}:
 * <ul>
 *   <li>{@code ending/adjective_progressive}: an adjective with the progressive -고 있다 (어젯밤부터 치아가 아프고
 *       있어요 → 아파요; 요즘 바쁘고 있어요 → 바빠요): -고 있다 says an action in progress and goes on action verbs only;
 *       an adjective says a state in its plain present, or its past (표준국어대사전 '-고' 「어미」 ⑤ '-고 있다' 구성으로
 *       쓰여 "앞말이 뜻하는 행동이 계속 진행되고 있음"; 국립국어원 『외국인을 위한 한국어 문법 1』 (2005), '-고 있다' (동사에만
 *       붙는다); Yeon &amp; Brown 2019, -고 있다). The adjectives are the closed lists of {@link ModifierForms}
 *       (stems no verb shares: not 크다 'grow', 늦다, 길다). The correction keeps the learner's ending of 있다 (있어요 →
 *       아파요, 있었어요 → 아팠어요, 있습니다 → 아픕니다, 있어 → 아파); other endings of 있다 are not judged;</li>
 *   <li>{@code ending/hada_root_copula}: the root of a 하다 adjective with the copula (제 피부는 건조예요 → 건조해요;
 *       방이 조용이에요 → 조용해요): the roots below are no nouns one predicates with 이다 — the adjective is root +
 *       하다 (표준국어대사전 '건조하다', '피곤하다', '유명하다' … 「형용사」; 국립국어원 『외국인을 위한 한국어 문법 1』,
 *       '이다' after nouns). Roots that are also nouns said with 이다 are left out (다행이에요, 이상입니다, 비싼 편이에요,
 *       건강이 최고예요, 행복이에요, 위험, 안전, 부족, 가능, 친절, 불편, 가난); the ending is kept (예요 → 해요, 입니다 →
 *       합니다, 이야 → 해, 였어요 → 했어요).</li>
 * </ul>
 */
final class StativePredicates {

    /** Roots of 하다 adjectives that are no nouns predicated with 이다 (표준국어대사전: 어근 or 「형용사」 only in use). */
    static final Set<String> ROOTS = Set.of("건조", "피곤", "필요", "유명", "깨끗", "조용", "편리", "중요", "간단", "복잡",
            "심심", "따뜻", "시원", "비슷", "궁금", "신선", "똑똑", "솔직", "익숙", "충분", "대단", "답답", "깔끔", "튼튼",
            "화려", "소중", "훌륭", "적당", "저렴", "한가", "지루", "심각", "편안", "불쌍", "어색", "상쾌", "쌀쌀", "따분",
            "유용", "독특", "뚱뚱", "날씬", "부지런", "상냥", "미안", "죄송");

    /** The copula's endings after a root → the same ending on 하다. */
    private static final Map<String, String> COPULA_TO_HADA = Map.ofEntries(Map.entry("예요", "해요"),
            Map.entry("이에요", "해요"), Map.entry("입니다", "합니다"), Map.entry("입니까", "합니까"), Map.entry("이야", "해"),
            Map.entry("야", "해"), Map.entry("였어요", "했어요"), Map.entry("이었어요", "했어요"),
            Map.entry("였습니다", "했습니다"), Map.entry("이었습니다", "했습니다"), Map.entry("였어", "했어"),
            Map.entry("이었어", "했어"), Map.entry("인데요", "한데요"), Map.entry("인데", "한데"), Map.entry("이라서", "해서"),
            Map.entry("라서", "해서"));

    /** Sentence marks, quotes and commas at a word's edge. */
    private static final Pattern MARKS = Pattern.compile("[.,!?~'\"“”‘’]");

    private StativePredicates() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw the answer as written (sentences told apart by their punctuation)
     * @return {@code ending} findings in the order of the words; empty when none applies
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        for (SpeechLevels.AnalysedSentence sentence : SpeechLevels.analysedSentences(raw)) {
            List<String> words = sentence.words().stream().map(w -> MARKS.matcher(w).replaceAll("")).toList();
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (i + 1 < words.size()) {
                    String fixed = progressive(w, words.get(i + 1));
                    if (fixed != null) {
                        out.add(new Finding(ErrorCategory.ENDING, w + " " + words.get(i + 1), fixed,
                                "ending/adjective_progressive"));
                        continue;
                    }
                }
                String fixed = rootWithCopula(w, i > 0 ? sentence.analysed().get(i - 1) : null);
                if (fixed != null) {
                    out.add(new Finding(ErrorCategory.ENDING, w, fixed, "ending/hada_root_copula"));
                }
            }
        }
        return out;
    }

    /** 아프고 + 있어요 → 아파요; null when the words are no adjective with -고 있다 in an ending read here. */
    static String progressive(String word, String next) {
        if (word.length() < 2 || !word.endsWith("고") || !next.startsWith("있")) {
            return null;
        }
        String stem = word.substring(0, word.length() - 1);
        if (!ModifierForms.adjectiveStem(stem)) {
            return null;
        }
        String rest = next.substring(1);
        String inf = infinitive(stem);
        if (inf == null) {
            return null;
        }
        if (rest.startsWith("었")) {
            char last = inf.charAt(inf.length() - 1);
            String past = inf.substring(0, inf.length() - 1)
                    + Hangul.compose(Hangul.initialIndex(last), Hangul.medialIndex(last), Hangul.Final.SS);
            String after = rest.substring(1);
            return Set.of("어요", "어", "습니다", "어요?", "습니까").contains(after) ? past + after : null;
        }
        if (Set.of("어요", "어").contains(rest)) {
            return inf + rest.substring(1);
        }
        if (rest.equals("습니다") || rest.equals("습니까")) {
            char last = stem.charAt(stem.length() - 1);
            return Hangul.hasFinal(last) ? stem + rest
                    : stem.substring(0, stem.length() - 1)
                            + Hangul.compose(Hangul.initialIndex(last), Hangul.medialIndex(last), Hangul.Final.B)
                            + rest.substring(1);
        }
        return null;
    }

    /** The -아/어 form of an adjective stem, with the ㅂ, 르 and ㅎ stems of the lists; null when unknown. */
    private static String infinitive(String stem) {
        String regular = SpeechLevels.infinitive(stem);
        if (regular != null) {
            return regular;
        }
        char last = stem.charAt(stem.length() - 1);
        String head = stem.substring(0, stem.length() - 1);
        if (Hangul.finalIndex(last) == Hangul.Final.B) { // 맵다 → 매워 (ㅂ 불규칙; 곱다, 돕다 are not in the lists)
            return head + Hangul.compose(Hangul.initialIndex(last), Hangul.medialIndex(last), Hangul.Final.NONE) + "워";
        }
        if (last == '르' && !head.isEmpty()) { // 빠르다 → 빨라, 다르다 → 달라 (르 불규칙)
            char before = head.charAt(head.length() - 1);
            boolean bright = Hangul.medialIndex(before) == Hangul.Medial.A
                    || Hangul.medialIndex(before) == Hangul.Medial.O;
            return head.substring(0, head.length() - 1)
                    + Hangul.compose(Hangul.initialIndex(before), Hangul.medialIndex(before), Hangul.Final.L)
                    + (bright ? "라" : "러");
        }
        return null; // ㅎ stems (어떻다, 빨갛다) are left alone
    }

    /** 건조예요 → 건조해요; null when the word is no listed root with the copula, or the root is modified. */
    static String rootWithCopula(String word, Morphology.Word before) {
        for (String root : ROOTS) {
            if (!word.startsWith(root) || word.length() == root.length()) {
                continue;
            }
            String hada = COPULA_TO_HADA.get(word.substring(root.length()));
            if (hada == null) {
                continue;
            }
            if (before != null && (before.endsWith("ETM") || before.startsWith("MM"))) {
                return null; // 심한 건조예요, 그 건조: a noun phrase, not the adjective
            }
            return root + hada;
        }
        return null;
    }
}
