package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import com.koto.evaluation.text.Hangul.Final;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The -아/어 form and the stem-bound endings of the learner's own predicate, read from its letters
 * whatever accepted answer the comparison chooses (session 10, helper eval16c; called from
 * {@link StemEndings#onLearnerWords}). Each class is a closed rule of the standard conjugation, so a
 * word that breaks it is wrong whatever the learner meant; the stem must be a dictionary verb or
 * adjective (Nori's dictionary), and a stem whose final may alternate is judged only from a closed list.
 *
 * <p>Sources: Yeon &amp; Brown 2019, <i>Korean: A Comprehensive Grammar</i>, on the infinitive -아/어,
 * vowel harmony and the irregular verbs; Sohn 1999, <i>The Korean Language</i>, on stem alternations;
 * 표준국어대사전, 활용 정보 of each stem (밝다 「활용」 밝아, 밝으니; 덥다 「활용」 더워, 더우니; 듣다 「활용」
 * 들어, 들으니; 낫다 「활용」 나아; 어떻다 「활용」 어때; 모르다 「활용」 몰라; 살다 「활용」 삽니다);
 * 한글 맞춤법 제16항 (-아 after ㅏ, ㅗ; -어 elsewhere), 제18항 (불규칙 활용); 한국어기초사전 '-으러'
 * (동사 어간 뒤에 붙어), '것 같다'.
 * <ul>
 * <li>{@code ending/vowel_harmony}, {@code tense/vowel_harmony}: a stem in a consonant takes -아/-았- after
 * ㅏ, ㅑ, ㅗ and -어/-었- otherwise (밝어서 → 밝아서, 앉어요 → 앉아요, 많어요 → 많아요, 먹아요 → 먹어요);
 * ㄷ, ㅂ, ㅅ, ㅎ stems only where the stem is regular (닫다, 잡다, 웃다, 좋다);</li>
 * <li>{@code irregular/b}, {@code irregular/d}, {@code irregular/s}, {@code irregular/h},
 * {@code irregular/reu}, {@code irregular/eu_deletion}: an irregular stem of a closed list written with the
 * regular -아/어 (덥어요 → 더워요, 듣어요 → 들어요, 낫아요 → 나아요, 어떻어요 → 어때요, 모르아요 → 몰라요,
 * 아프어요 → 아파요);</li>
 * <li>{@code irregular/l_deletion}: an ㄹ-stem drops ㄹ before -ㅂ니다 (살습니다 → 삽니다, 만들습니다 →
 * 만듭니다);</li>
 * <li>{@code ending/purpose_stem}: -(으)러 and -(으)려고 attach to the stem, not to its -아/어 form
 * (봐러 → 보러, 배워러 → 배우러, 해러 → 하러, 먹어러 → 먹으러);</li>
 * <li>{@code ending/l_stem_added}: 사다 'buy' conjugated on 살- before a counted thing or an object (표 두 장
 * 살고 → 사고): 살- is 사 + -ㄹ only before 거예요, 게요, 까요 …;</li>
 * <li>{@code spelling/gat_seem}: 'seems' is 것 같다; after 것/거 the learner's 갔- (the past of 가다, which
 * sounds the same before a consonant) is 같- misspelt (할 거 갔아요 → 같아요).</li>
 * </ul>
 */
final class OwnConjugation {

    /** Text with a digit. */
    private static final Pattern HAS_DIGIT = Pattern.compile(".*[0-9].*");

    /** Stems in ㄷ, ㅂ, ㅅ, ㅎ that conjugate regularly (닫아, 잡아, 웃어, 좋아). */
    private static final Set<String> REGULAR_ALTERNATING = Set.of("닫", "받", "믿", "얻", "쏟", "뜯", "잡", "입", "좁", "씹",
            "뽑", "업", "접", "집", "웃", "씻", "벗", "빼앗", "솟", "좋", "놓", "낳", "닿", "쌓", "넣", "땋");
    /** ㅂ-irregular stems (더워, 도와); 돕다, 곱다 take 와. */
    private static final Set<String> B_IRREGULAR = IrregularForms.B_IRREGULAR;
    /** ㄷ-irregular stems (들어); 묻다 and 걷다 are left alone (묻어 'bury', 걷어 'roll up' are regular). */
    private static final Set<String> D_IRREGULAR = Set.of("듣", "싣", "깨닫", "일컫");
    /** ㅅ-irregular stems (나아, 지어). */
    static final Set<String> S_IRREGULAR = Set.of("낫", "짓", "붓", "잇", "젓", "긋");
    /** ㅎ-irregular stems and their -아/어 form's last syllable (어떻 → 어때). */
    private static final Map<String, String> H_IRREGULAR = Map.of("그렇", "그래", "이렇", "이래", "저렇", "저래", "어떻",
            "어때", "빨갛", "빨개", "파랗", "파래", "노랗", "노래", "하얗", "하얘", "까맣", "까매");
    /** 르-irregular stems (몰라, 불러); 따르다, 치르다 are 으-regular. */
    private static final Set<String> REU_IRREGULAR = Set.of("모르", "부르", "빠르", "다르", "고르", "자르", "오르", "마르",
            "기르", "서두르", "누르", "흐르", "바르", "가르", "게으르", "올라오르", "구르", "지르");
    /** What follows the -아/어 syllable inside the word (요, 서, 도, 야 …). */
    private static final Set<String> AFTER_INFINITIVE = Set.of("", "요", "서", "서요", "도", "도요", "야", "야지", "야죠",
            "야지요", "야겠어요", "야겠다", "야겠습니다", "야겠어", "라", "봐", "봐요", "줘", "줘요", "주세요", "보세요");
    /** What follows the past -았/었- inside the word (어요, 습니다, 다, 는데 …). */
    private static final List<String> AFTER_PAST = List.of("어", "습니", "다", "지", "는데", "고", "으면", "을", "던", "네",
            "나요");

    /** The final ㅆ (있, 했). */
    private static final int SS = 20;

    /**
     * The subtypes this class reports: each repairs the learner's own form by a rule of conjugation, so
     * it outranks the comparison's finding of the same category on that word ({@link SpeechLevels#repairs}).
     */
    static final Set<String> REPAIRS = Set.of("ending/vowel_harmony", "tense/vowel_harmony", "irregular/b",
            "irregular/d", "irregular/s", "irregular/h", "irregular/reu", "irregular/eu_deletion", "irregular/l_deletion",
            "ending/purpose_stem", "spelling/gat_seem", "ending/l_stem_added");

    private OwnConjugation() {
    }

    /**
     * The findings on the learner's words as written.
     *
     * @param raw the answer as the learner wrote it
     * @return the findings, the learner's word → the repaired word; empty when there are none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        String[] words = AnswerText.normalise(raw).split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() < 2 || !Hangul.isSyllable(w.charAt(0))) {
                continue;
            }
            Finding f = i > 1 ? seems(words[i - 2], words[i - 1], w) : null;
            if (f == null) {
                f = lBeforeFormal(w);
            }
            if (f == null && i > 0) {
                f = liveForBuy(words[i - 1], w);
            }
            if (f == null) {
                f = purposeOnInfinitive(w);
            }
            if (f == null) {
                f = infinitive(w);
            }
            if (f == null) {
                f = infinitiveLeftOut(w);
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A -아/어 or -았/었- syllable after a dictionary stem that takes the other vowel or an irregular
     * alternation (밝어서 → 밝아서, 덥어요 → 더워요); null when the word is no such form.
     */
    static Finding infinitive(String w) {
        for (int k = 1; k < w.length(); k++) {
            char y = w.charAt(k);
            boolean past = y == '았' || y == '었';
            if (y != '아' && y != '어' && !past) {
                continue;
            }
            String stem = w.substring(0, k);
            String rest = w.substring(k + 1);
            if (past ? AFTER_PAST.stream().noneMatch(rest::startsWith) : !AFTER_INFINITIVE.contains(rest)) {
                continue;
            }
            if (!KnownWords.predicateStem(stem) || rest.isEmpty() && KnownWords.noun(w)) {
                continue;
            }
            String form = infinitiveOf(stem);
            if (form == null) {
                continue;
            }
            String written = w.substring(0, k + 1);
            String right = past ? withSs(form) : form;
            if (right.equals(written)) {
                return null; // (the word is right)
            }
            String subtype = subtype(stem, past);
            return new Finding(subtype.startsWith("tense") ? ErrorCategory.TENSE : ErrorCategory.ENDING, w, right + rest,
                    subtype);
        }
        return null;
    }

    /** What follows the -아/어 form in a word whose -아/어 is left out (아프서, 바쁘요). */
    private static final Set<String> AFTER_LEFT_OUT = Set.of("서", "서요", "요", "도", "도요", "야");

    /**
     * 아프서 → 아파서, 바쁘요 → 바빠요, 모르서 → 몰라서: a stem in ㅡ (or a 르-irregular stem) written straight
     * before -서, -요, -도, -야, which attach to the -아/어 form; the stem drops ㅡ and takes -아/어 by the vowel
     * before it (한글 맞춤법 제18항 4 (으 탈락) and 9 (르 불규칙); 표준국어대사전 '아프다' 「활용」 아파, 아프니;
     * Yeon &amp; Brown 2019, on ㅡ-stems and the infinitive). The stem must be a dictionary verb or adjective
     * and neither it nor the word a noun (버스요, 치즈요 stay); session 15.
     */
    static Finding infinitiveLeftOut(String w) {
        for (String tail : AFTER_LEFT_OUT) {
            if (!w.endsWith(tail) || w.length() <= tail.length()) {
                continue;
            }
            String stem = w.substring(0, w.length() - tail.length());
            char c = stem.charAt(stem.length() - 1);
            if (!Hangul.isSyllable(c) || Hangul.hasFinal(c) || Hangul.medialIndex(c) != 18 || !KnownWords.predicateStem(stem)
                    || KnownWords.noun(stem) || KnownWords.noun(w)) {
                continue;
            }
            String form = infinitiveOf(stem);
            if (form == null || form.equals(stem)) {
                continue;
            }
            return new Finding(ErrorCategory.ENDING, w, form + tail, REU_IRREGULAR.contains(stem) ? "irregular/reu"
                    : "irregular/eu_deletion");
        }
        return null;
    }

    /** The rule a wrong -아/어 form of this stem breaks. */
    private static String subtype(String stem, boolean past) {
        if (B_IRREGULAR.contains(lastPart(stem, B_IRREGULAR))) {
            return "irregular/b";
        }
        if (D_IRREGULAR.contains(lastPart(stem, D_IRREGULAR))) {
            return "irregular/d";
        }
        if (S_IRREGULAR.contains(lastPart(stem, S_IRREGULAR))) {
            return "irregular/s";
        }
        if (H_IRREGULAR.containsKey(lastPart(stem, H_IRREGULAR.keySet()))) {
            return "irregular/h";
        }
        if (stem.endsWith("르")) {
            return "irregular/reu";
        }
        if (Hangul.medialIndex(stem.charAt(stem.length() - 1)) == 18) {
            return "irregular/eu_deletion";
        }
        return past ? "tense/vowel_harmony" : "ending/vowel_harmony";
    }

    /** The longest ending of {@code stem} in the set, or "" (차갑 of 차갑다 in 아주차갑 is not read). */
    private static String lastPart(String stem, Set<String> set) {
        return set.contains(stem) ? stem : "";
    }

    /**
     * The ㅂ-irregular adjective whose -아/어 form is the word as written (매워 → 맵, 추워 → 춥), or null: Nori reads some
     * of these forms as other verbs (매워 as 매우다 'fill'), and {@link Morphology#asWritten} reads them as the adjective. The
     * verbs of the list (눕다, 줍다, 돕다) and 곱다 are left out. Source: 표준국어대사전, 'ㅂ 불규칙 활용'; Yeon &amp;
     * Brown 2019 (ㅂ-irregular verbs). Session 20 (s20a).
     */
    static String bIrregularAdjective(String written) {
        for (String stem : B_IRREGULAR) {
            if (!Set.of("눕", "줍", "돕", "곱").contains(stem) && written.equals(infinitiveOf(stem))) {
                return stem;
            }
        }
        return null;
    }

    /**
     * The -아/어 form of a stem judged by this class, or null: a regular stem in a consonant (밝 → 밝아),
     * an irregular stem of the closed lists (덥 → 더워), a stem in ㅡ (아프 → 아파) or 르 (모르 → 몰라).
     */
    static String infinitiveOf(String stem) {
        char c = stem.charAt(stem.length() - 1);
        if (!Hangul.isSyllable(c)) {
            return null;
        }
        String head = stem.substring(0, stem.length() - 1);
        int f = Hangul.finalIndex(c);
        int v = Hangul.medialIndex(c);
        if (B_IRREGULAR.contains(stem)) {
            char open = (char) (c - Final.B);
            return stem.equals("돕") || stem.equals("곱") ? head + open + "와" : head + open + "워";
        }
        if (D_IRREGULAR.contains(stem)) {
            return head + (char) (c - Final.D + Final.L) + (bright(v) ? "아" : "어");
        }
        if (S_IRREGULAR.contains(stem)) {
            return head + (char) (c - Final.S) + (bright(v) ? "아" : "어");
        }
        if (H_IRREGULAR.containsKey(stem)) {
            return H_IRREGULAR.get(stem);
        }
        if (REU_IRREGULAR.contains(stem)) {
            char before = head.charAt(head.length() - 1);
            return head.substring(0, head.length() - 1) + (char) (before - Hangul.finalIndex(before) + Final.L)
                    + (bright(Hangul.medialIndex(before)) ? "라" : "러");
        }
        if (f == Final.NONE) {
            if (v != 18 || c == '르' || head.isEmpty() && c != '쓰' && c != '크' && c != '뜨' && c != '끄') {
                return null; // (contractions of other open stems are StemEndings' and the comparison's)
            }
            // 으 drops: 아프 → 아파, 예쁘 → 예뻐, 쓰 → 써
            boolean b = !head.isEmpty() && bright(Hangul.medialIndex(head.charAt(head.length() - 1)));
            return head + (char) (c - (18 - (b ? 0 : 4)) * 28);
        }
        if ((f == Final.D || f == Final.B || f == Final.S || f == Final.H) && !REGULAR_ALTERNATING.contains(stem)
                && !REGULAR_ALTERNATING.contains(String.valueOf(c))) {
            return null;
        }
        if (f == SS) {
            return stem + "어"; // 있어, 없어 (ㅄ is not ㅆ), 했어
        }
        return stem + (bright(v) ? "아" : "어");
    }

    /** The -았/었- form of a -아/어 form (밝아 → 밝았, 더워 → 더웠, 어때 → 어땠). */
    private static String withSs(String form) {
        char c = form.charAt(form.length() - 1);
        return form.substring(0, form.length() - 1) + (char) (c + SS);
    }

    /** 살습니다 → 삽니다: an ㄹ-stem before -습니다/-습니까. */
    static Finding lBeforeFormal(String w) {
        int at = w.indexOf("습니");
        if (at < 1 || !(w.endsWith("습니다") || w.endsWith("습니까"))) {
            return null;
        }
        String stem = w.substring(0, at);
        char c = stem.charAt(stem.length() - 1);
        if (!Hangul.isSyllable(c) || Hangul.finalIndex(c) != Final.L || !KnownWords.predicateStem(stem)) {
            return null;
        }
        String fixed = stem.substring(0, stem.length() - 1) + (char) (c - Final.L + Final.B) + w.substring(at + 1);
        return new Finding(ErrorCategory.ENDING, w, fixed, "irregular/l_deletion");
    }

    /** 살다's forms that are no form of 사다 (살 거예요, 살게요, 살까요 are 사 + -ㄹ) and 사다's form for each. */
    private static final Map<String, String> LIVE_FORMS = Map.ofEntries(Map.entry("살고", "사고"), Map.entry("살아요", "사요"),
            Map.entry("살아", "사"), Map.entry("살았어요", "샀어요"), Map.entry("살았어", "샀어"), Map.entry("살면", "사면"),
            Map.entry("살아서", "사서"), Map.entry("살았습니다", "샀습니다"), Map.entry("살고요", "사고요"));
    /** Counters of things bought (표 두 장, 물 한 병). */
    private static final Set<String> COUNTERS = Set.of("장", "개", "병", "권", "잔", "벌", "켤레", "마리", "대", "송이", "봉지",
            "상자", "박스", "팩", "캔", "통", "인분");
    /** Objects 살다 'live' takes (삶을 살다, 10년을 살았어요). */
    private static final List<String> LIFE = List.of("삶", "인생", "생활", "하루", "년", "달", "개월", "동안", "시간", "세월",
            "일생", "평생");

    /**
     * 표 두 장 살고 싶어요 → 사고: 살- where the thing counted or the object in 을/를 before it is bought. 사다
     * 'buy' has the stem 사- (사고, 사요, 샀어요); 살- is its form only before -(으)ㄹ (살 거예요, 살게요), and
     * 살다 'live' takes no such object (표준국어대사전 '사다' 「활용」 사, 사니; '살다' 「2」 …을 살다 only of a
     * life or a time). Subtype {@code ending/l_stem_added}.
     */
    static Finding liveForBuy(String before, String w) {
        String buy = LIVE_FORMS.get(w);
        if (buy == null) {
            return null;
        }
        String noun = before.endsWith("을") || before.endsWith("를") ? before.substring(0, before.length() - 1) : null;
        boolean counted = COUNTERS.contains(before) || noun != null && COUNTERS.contains(noun);
        boolean object = noun != null && !noun.isEmpty() && KnownWords.noun(noun) && LIFE.stream().noneMatch(noun::endsWith)
                && !HAS_DIGIT.matcher(noun).matches();
        if (!counted && !object) {
            return null;
        }
        return new Finding(ErrorCategory.ENDING, w, buy, "ending/l_stem_added");
    }

    /** Purpose and intention endings that take the bare stem (-(으)러, -(으)려고, -(으)려면). */
    private static final List<String> PURPOSE = List.of("러", "려고", "려면");

    /**
     * 봐러 → 보러, 배워러 → 배우러, 해러 → 하러, 먹어러 → 먹으러: -(으)러 and -(으)려고 on the -아/어 form
     * (한국어기초사전 '-으러': 받침 있는 동사 어간 뒤에, '-러': 받침 없는 동사 어간 뒤에).
     */
    static Finding purposeOnInfinitive(String w) {
        for (String e : PURPOSE) {
            if (!w.endsWith(e) || w.length() < e.length() + 1) {
                continue;
            }
            String inf = w.substring(0, w.length() - e.length());
            if (dictionaryStem(inf) || KnownWords.noun(inf) && !inf.endsWith("해")) {
                return null; // 켜러, 보내러: the stem is its own -아/어 form
            }
            char c = inf.charAt(inf.length() - 1);
            if (!Hangul.isSyllable(c)) {
                return null;
            }
            String head = inf.substring(0, inf.length() - 1);
            String stem = null;
            if (c == '해') {
                stem = head + "하";
            } else if (Hangul.finalIndex(c) == Final.NONE && (Hangul.medialIndex(c) == 9 || Hangul.medialIndex(c) == 14 || Hangul.medialIndex(c) == 10)) {
                int back = Hangul.medialIndex(c) == 9 ? 8 : Hangul.medialIndex(c) == 14 ? 13 : 11; // ㅘ → ㅗ, ㅝ → ㅜ, ㅙ → ㅚ
                stem = head + (char) (c - (Hangul.medialIndex(c) - back) * 28);
            } else if ((c == '아' || c == '어') && !head.isEmpty() && Hangul.hasFinal(head.charAt(head.length() - 1))) {
                stem = head;
            }
            if (stem == null || stem.isEmpty() || !(KnownWords.predicateStem(stem) || stem.equals("하") || stem.endsWith("하") && stem.length() > 1
                    && KnownWords.noun(stem.substring(0, stem.length() - 1)))) {
                return null;
            }
            char s = stem.charAt(stem.length() - 1);
            String fixed = stem + (Hangul.hasFinal(s) && Hangul.finalIndex(s) != Final.L ? "으" : "") + e;
            return new Finding(ErrorCategory.ENDING, w, fixed, "ending/purpose_stem");
        }
        return null;
    }

    /** 할 거 갔아요 → 같아요: 같- of 것 같다 written as 갔-, after a modifier in ㄹ or ㄴ and 것/거. */
    static Finding seems(String modifier, String before, String w) {
        if (!(before.equals("거") || before.equals("것")) || !w.startsWith("갔") || w.length() < 2) {
            return null;
        }
        char m = modifier.charAt(modifier.length() - 1);
        if (!Hangul.isSyllable(m) || Hangul.finalIndex(m) != Final.L && Hangul.finalIndex(m) != 4 || modifier.length() < 2 && m != '할' && m != '갈'
                && m != '올' && m != '될' && m != '한' && m != '간' && m != '온' && m != '된') {
            return null; // the modifier before 것 ends in -(으)ㄹ, -(으)ㄴ or -는 (올 거, 먹은 것, 하는 것); not 그 거
        }
        String rest = w.substring(1);
        if (!List.of("아", "어", "습니", "다", "네", "지만", "은데", "는데").stream().anyMatch(rest::startsWith)) {
            return null;
        }
        String fixed = "같" + (rest.startsWith("어") ? "아" + rest.substring(1) : rest);
        return new Finding(ErrorCategory.SPELLING, w, fixed, "spelling/gat_seem");
    }

    /** Whether {@code s} + 다 is read by Nori as the verb or adjective {@code s} (봐 is only an inflected form). */
    private static boolean dictionaryStem(String s) {
        List<Morphology.Word> read = Morphology.analyse(s + "다");
        return read.size() == 1 && !read.getFirst().morphemes().isEmpty()
                && read.getFirst().morphemes().getFirst().is("VV", "VA")
                && read.getFirst().morphemes().getFirst().form().equals(s);
    }

    private static boolean bright(int medial) {
        return medial == 0 || medial == 2 || medial == 8; // ㅏ ㅑ ㅗ
    }
}
