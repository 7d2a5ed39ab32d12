package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ㄹ-stem 들다 ('cost') and 걸다 ('make a call') confused with the ㄷ-irregular 듣다 ('listen') and 걷다 ('walk'),
 * on the learner's own words (session 19), category {@code ending}. Before an ending in 으 the ㄷ-irregular stem turns
 * ㄷ into ㄹ and keeps 으 (듣 + 을까요 → 들을까요, 걷 + 을게요 → 걸을게요), while the ㄹ-stem takes no 으 (들 + ㄹ까요 →
 * 들까요, 걸 + ㄹ게요 → 걸게요; ㄹ drops before ㄴ and ㅅ: 드니까, 거세요). The same letters are thus right for one verb
 * and wrong for the other, and only the words around them say which verb is meant:
 * <ul>
 *   <li>{@code ending/eu_insertion}, 들다 of a cost written as 듣다: 수리비가 얼마나 들을까요 → 들까요. Only where the
 *       sentence asks or tells an amount of money — 얼마(나) or a cost noun (돈, 비용, 요금, N비) — and has no object
 *       with 을/를 (음악을 들을까요 listens) and no sound noun; also after 마음에 (마음에 들다 'to like': 마음에 들을까요 → 들까요);</li>
 *   <li>{@code ending/eu_insertion}, 걸다 of a call written as 걷다: 전화를 걸을게요 → 걸게요. Only right after 전화(를/도);</li>
 *   <li>{@code irregular/d}, 듣다 written as the ㄹ-stem: 음악을 들까요 → 들을까요, 노래 들면 → 들으면. Only right
 *       after a noun of sound or speech (음악, 노래, 이야기, 강의, 라디오 …), bare or with 을/를/도.</li>
 * </ul>
 * <p>Sources: 한글 맞춤법 제18항 1 (ㄹ 탈락) and 5 (ㄷ 불규칙); 표준국어대사전 '들다' 「…이」 (비용이 들다), '걸다'
 * (전화를 걸다), '듣다', '걷다' (「ㄷ 불규칙」); 국립국어원 『외국인을 위한 한국어 문법 1』 (2005), 'ㄹ' 탈락 and 'ㄷ'
 * 불규칙; Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i> (2019), on ㄹ-stems and ㄷ-irregular verbs.
 */
final class LStemHomographs {

    /** The ㄷ-irregular shape after 들/걸 → the ㄹ-stem shape (들을까요 → 들까요, 들으니까 → 드니까). */
    private static final Map<String, String> AS_L_STEM = Map.ofEntries(Map.entry("을까요", "ㄹ까요"),
            Map.entry("을까", "ㄹ까"), Map.entry("을게요", "ㄹ게요"), Map.entry("을게", "ㄹ게"), Map.entry("을래요", "ㄹ래요"),
            Map.entry("을래", "ㄹ래"), Map.entry("을", "ㄹ"), Map.entry("을지", "ㄹ지"), Map.entry("으면", "ㄹ면"),
            Map.entry("으니까", "니까"), Map.entry("은", "ㄴ"), Map.entry("으세요", "세요"));

    /** The ㄹ-stem shape after 들 → the ㄷ-irregular shape of 듣다 (들까요 → 들을까요, 들면 → 들으면). */
    private static final Map<String, String> AS_D_IRREGULAR = Map.ofEntries(Map.entry("까요", "을까요"),
            Map.entry("까", "을까"), Map.entry("게요", "을게요"), Map.entry("래요", "을래요"), Map.entry("래", "을래"),
            Map.entry("면", "으면"));

    /** Nouns of a cost (수리비, 교통비 end in 비). */
    private static final Set<String> COSTS = Set.of("돈", "비용", "요금", "값", "경비");

    /** Nouns of what one listens to. */
    private static final Set<String> SOUNDS = Set.of("음악", "노래", "이야기", "얘기", "강의", "라디오", "뉴스", "소리",
            "설명", "말", "말씀", "방송", "팟캐스트", "수업");

    private LStemHomographs() {
    }

    /**
     * The findings on the learner's answer.
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers (a word one of them writes is left alone)
     * @return findings; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.sentences(raw)) {
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (w.length() < 2 || accepted.stream().anyMatch(a -> (" " + a + " ").contains(" " + w + " "))) {
                    continue;
                }
                String before = i > 0 ? ArgumentCheck.stemAndParticle(words.get(i - 1))[0] : "";
                String beforeParticle = i > 0 ? ArgumentCheck.stemAndParticle(words.get(i - 1))[1] : "";
                boolean objectLike = beforeParticle.isEmpty() || Set.of("을", "를", "도").contains(beforeParticle);
                String rest = w.substring(1);
                boolean liked = i > 0 && words.get(i - 1).equals("마음에"); // 마음에 들다 'to like'
                if (w.startsWith("들") && AS_L_STEM.containsKey(rest) && (cost(words) || liked)) {
                    out.add(new Finding(ErrorCategory.ENDING, w, lStem('들', rest), "ending/eu_insertion"));
                } else if (w.startsWith("걸") && AS_L_STEM.containsKey(rest) && before.equals("전화") && objectLike) {
                    out.add(new Finding(ErrorCategory.ENDING, w, lStem('걸', rest), "ending/eu_insertion"));
                } else if (w.startsWith("들") && AS_D_IRREGULAR.containsKey(rest) && SOUNDS.contains(before)
                        && objectLike) {
                    out.add(new Finding(ErrorCategory.ENDING, w, "들" + AS_D_IRREGULAR.get(rest), "irregular/d"));
                }
            }
        }
        return out;
    }

    /** Whether the sentence speaks of an amount of money and has no object and no sound. */
    private static boolean cost(List<String> words) {
        boolean money = false;
        for (String w : words) {
            String[] sp = ArgumentCheck.stemAndParticle(w);
            if (Set.of("을", "를").contains(sp[1]) || SOUNDS.contains(sp[0])) {
                return false;
            }
            money |= w.startsWith("얼마") || COSTS.contains(sp[0])
                    || sp[0].length() >= 2 && sp[0].endsWith("비") && KnownWords.noun(sp[0]);
        }
        return money;
    }

    /** 들 + ㄹ까요 → 들까요 (the stem's own ㄹ serves), 들 + 니까 → 드니까, 들 + ㄴ → 든. */
    private static String lStem(char stem, String rest) {
        String shape = AS_L_STEM.get(rest);
        char open = Hangul.withoutFinal(stem);
        return switch (shape.charAt(0)) {
            case 'ㄹ' -> stem + shape.substring(1);
            case 'ㄴ' -> String.valueOf((char) (open + Hangul.Final.N)) + shape.substring(1);
            default -> open + shape;
        };
    }
}
