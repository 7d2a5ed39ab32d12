package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The honorific -(으)시- put after the past -았/었- (갔으세요 → 가셨어요, 먹었으세요 → 먹으셨어요, 했으십니까 →
 * 하셨습니까; session 37, helper s37c). The pre-final endings stand in a fixed order, stem + -(으)시- + -었- + ending, so
 * the honorific past is -(으)셨- (가 + 시 + 었 + 어요 → 가셨어요); the learner builds the past first and adds the
 * polite command ending -(으)세요 or -(으)십니다 on it. Sources: 국립국어원 『표준국어문법론』 (남기심·고영근), 선어말
 * 어미의 배열 순서 '-시-' + '-었-' + '-겠-'; 국립국어원 『외국인을 위한 한국어 문법 1』 (2005) '-(으)시-'; Yeon &amp; Brown
 * 2019, the honorific past -(으)셨-.
 * <p>Read on the learner's word as written: a syllable with the final ㅆ of the past (갔, 왔, 했, 먹었 …) right before
 * 으 + -세요/-셔요/-십니다/-십니까/-셨-/-시죠. Not read: 있- (있으세요, 재미있으세요: 있다's own ㅆ), -았/었으면,
 * -았/었으니까 (their 으 belongs to the connective), a stem the written past does not give back with certainty (아팠,
 * 몰랐: ㅡ and 르 stems; 도왔: ㅂ stems). The finding is an {@code ending/si_after_past} on the word, corrected to the
 * stem + -(으)셨- + the ending's past.
 */
final class PastBeforeSi {

    /** The past syllable, then 으 and the -(으)시- ending written after it. */
    private static final Pattern FORM = Pattern.compile("(.*)(\\S)으(세요|셔요|십니다|십니까|셨어요|셨습니다|셨습니까|셨어|시죠|셨죠)");

    /** The ending after 으 → the honorific past ending that replaces it (the part after -(으)셨-). */
    private static final Map<String, String> PAST_ENDING = Map.of("세요", "어요", "셔요", "어요", "십니다", "습니다",
            "십니까", "습니까", "셨어요", "어요", "셨습니다", "습니다", "셨습니까", "습니까", "셨어", "어", "시죠", "죠",
            "셨죠", "죠");

    /** Medial indices (Unicode order): ㅏ ㅐ ㅓ ㅔ ㅕ ㅗ ㅘ ㅙ ㅜ ㅝ ㅣ. */
    private static final int A = 0, AE = 1, EO = 4, E = 5, YEO = 6, O = 8, WA = 9, WAE = 10, U = 13, WO = 14, I = 20;
    /** Initial indices (Unicode order): ㄴ ㄹ ㅃ ㅅ ㅍ ㅎ. */
    private static final int NIEUN = 2, RIEUL = 5, SSANGBIEUP = 8, SIOS = 9, PIEUP = 17, HIEUH = 18;

    private PastBeforeSi() {
    }

    /** The findings on the learner's raw answer, one per word. */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        for (String token : raw.split("\\s+")) {
            String word = token.replaceAll("[.?!,~…]+$", "");
            Matcher m = FORM.matcher(word);
            if (!m.matches()) {
                continue;
            }
            String stem = stem(m.group(1), m.group(2).charAt(0));
            if (stem == null || stem.isEmpty()) {
                continue;
            }
            String si = Hangul.hasFinal(stem.charAt(stem.length() - 1)) ? "으셨" : "셨";
            out.add(new Finding(ErrorCategory.ENDING, word, stem + si + PAST_ENDING.get(m.group(3)),
                    "ending/si_after_past"));
        }
        return out;
    }

    /**
     * The verb stem before a written past syllable: 가 + 갔 → 가, 먹 + 었 → 먹, 하 + 였 → 하, 돌아 + 왔 → 돌아오 …;
     * null where the syllable is no past (있) or the stem is uncertain.
     */
    static String stem(String before, char past) {
        if (!Hangul.isSyllable(past) || Hangul.finalIndex(past) != Hangul.Final.SS || past == '있' || past == '겠') {
            return null;
        }
        int initial = Hangul.initialIndex(past);
        int medial = Hangul.medialIndex(past);
        boolean ieung = initial == Hangul.Initial.IEUNG;
        if (ieung && (medial == A || medial == EO || medial == YEO)) {
            // 았/었/였 written apart: the stem is what comes before (먹었, 앉았, 하였)
            return before.isEmpty() || medial == YEO && !before.endsWith("하") ? null : before;
        }
        if (initial == PIEUP || initial == SSANGBIEUP || initial == RIEUL || before.endsWith("도") && medial == WA) {
            return null; // 아팠, 바빴, 몰랐, 도왔: ㅡ, 르 and ㅂ stems
        }
        int stemMedial = switch (medial) {
            case WA -> O; // 왔, 봤
            case WO -> U; // 줬, 배웠
            case WAE -> 11; // 됐 → 되 (ㅚ)
            case A, AE, E -> initial == HIEUH && medial == AE ? A : medial; // 했 → 하; 갔, 샀, 냈
            case EO -> initial == SIOS || initial == NIEUN ? EO : -1; // 섰, 건넜; 껐, 썼 (ㅡ stems) are left
            case YEO -> (initial == 15 || initial == PIEUP) ? YEO : I; // 켰, 폈 keep ㅕ; 셨, 렸, 다녔 → ㅣ
            default -> -1;
        };
        return stemMedial < 0 ? null : before + Hangul.compose(initial, stemMedial, 0);
    }
}
