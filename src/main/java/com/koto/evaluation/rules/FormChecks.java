package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wrong forms found on the learner's words alone, whatever the accepted answer (session 4), run
 * first among {@link PreChecks#find}:
 * <ul>
 * <li><b>the copula after a noun</b> ({@code ending/copula}): 이에요 after a consonant, 예요 after a
 * vowel (테이크아웃예요 → 테이크아웃이에요, 거에요 → 거예요, 명이예요 → 명이에요; 아니에요 is the negative
 * copula and stays). Source: 표준국어대사전 '-이에요', '-예요'; 한글 맞춤법 제15항 붙임 2 and the
 * 국립국어원 표기 안내 on 이에요/예요; Yeon &amp; Brown 2019, on the copula. When the written form
 * sounds as the right one (거에요, 어디에요 for 거예요; 뜻이예요 for 뜻이에요: [예] after a vowel and [에]
 * after 이 are said alike) the error is one of spelling ({@code spelling/copula}), as 국립국어원's
 * 온라인가나다 answers on '-이에요/-예요' file it (a 맞춤법 question); a copula missing its 이 after a
 * consonant (학생예요) or keeping it after a vowel (어디이에요) is a wrong form ({@code ending/copula}).</li>
 * <li><b>-시- with -(으)ㄹ게요</b> ({@code honorific/si_extra}): -(으)ㄹ게요 promises what the speaker
 * will do, so the subject honorific -시- cannot go with it (전화하실게요 → 전화할게요, 앉으실게요 →
 * 앉을게요); 국립국어원 표준 언어 예절 (2011) and its 온라인가나다 answers on the '-실게요' of service
 * speech.</li>
 * <li><b>-고 before 싶다</b> ({@code ending/form}): 보내싶어요 → 보내고 싶어요.</li>
 * <li><b>the partner of 통화하다, 이야기하다</b> ({@code particle_missing/comitative}): 김 선생님 통화할 수
 * 있어요 → 선생님하고.</li>
 * </ul>
 */
final class FormChecks {

    private FormChecks() {
    }

    /** The first such error, repaired; empty when none applies. */
    static Optional<PreChecks.Fix> find(String answer) {
        String[] words = answer.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String fixed = copula(w);
            boolean homophone = fixed != null && copulaHomophone(w);
            String subtype = homophone ? "spelling/copula" : "ending/copula";
            ErrorCategory category = homophone ? ErrorCategory.SPELLING : ErrorCategory.ENDING;
            if (fixed == null) {
                fixed = promiseWithoutSi(w);
                subtype = "honorific/si_extra";
                category = ErrorCategory.HONORIFIC;
            }
            if (fixed == null) {
                fixed = goBeforeWant(w);
                subtype = "ending/form";
                category = ErrorCategory.ENDING;
            }
            if (fixed == null && i + 1 < words.length && partnerWithoutParticle(w, words[i + 1])) {
                // 김 선생님 통화할 수 있어요 → 선생님하고; 김민수 씨 → 김민수 씨하고 (the name goes with 씨)
                String original = w.equals("씨") && i > 0 ? words[i - 1] + " " + w : w;
                String correction = original + "하고";
                List<String> out = new ArrayList<>(List.of(words));
                out.set(i, w + "하고");
                return Optional.of(new PreChecks.Fix(new Finding(ErrorCategory.PARTICLE_MISSING, original, correction,
                        "particle_missing/comitative"), String.join(" ", out)));
            }
            if (fixed != null) {
                List<String> out = new ArrayList<>(List.of(words));
                out.set(i, fixed);
                return Optional.of(new PreChecks.Fix(new Finding(category, w, fixed, subtype), String.join(" ", out)));
            }
        }
        return Optional.empty();
    }

    /** The word with the copula form that fits its noun; null when it already fits or is no noun + copula. */
    static String copula(String word) {
        if (word.length() < 3 || word.endsWith("아니에요")) {
            return null;
        }
        if (word.endsWith("이예요")) {
            // 명이예요 → 명이에요 (after a consonant); 의사이예요 → 의사예요
            String noun = word.substring(0, word.length() - 3);
            return nounBefore(noun) ? noun + (Hangul.hasFinal(last(noun)) ? "이에요" : "예요") : null;
        }
        if (word.endsWith("이에요")) {
            String noun = word.substring(0, word.length() - 3);
            return !noun.isEmpty() && !Hangul.hasFinal(last(noun)) && nounBefore(noun) ? noun + "예요" : null;
        }
        if (word.endsWith("예요")) {
            String noun = word.substring(0, word.length() - 2);
            return !noun.isEmpty() && Hangul.hasFinal(last(noun)) && nounBefore(noun) ? noun + "이에요" : null;
        }
        if (word.endsWith("에요") && !word.endsWith("아니에요")) {
            // 거에요, 뭐에요 → 거예요, 뭐예요
            String noun = word.substring(0, word.length() - 2);
            return !noun.isEmpty() && !Hangul.hasFinal(last(noun)) && nounBefore(noun) ? noun + "예요" : null;
        }
        return null;
    }

    /**
     * Whether a wrong copula form (see {@link #copula}) is pronounced as the right one: 에요 for 예요
     * after a vowel (거에요), 이예요 for 이에요 after a consonant (뜻이예요).
     */
    static boolean copulaHomophone(String word) {
        if (word.endsWith("이예요")) {
            String noun = word.substring(0, word.length() - 3);
            return !noun.isEmpty() && Hangul.hasFinal(last(noun));
        }
        if (word.endsWith("에요") && !word.endsWith("이에요")) {
            String noun = word.substring(0, word.length() - 2);
            return !noun.isEmpty() && !Hangul.hasFinal(last(noun));
        }
        return false;
    }

    private static char last(String s) {
        return s.charAt(s.length() - 1);
    }

    /** Whether the text before a copula is a noun (Nori's first tag N…, or the bound noun 거). */
    private static boolean nounBefore(String noun) {
        if (noun.isEmpty() || !Hangul.isSyllable(last(noun))) {
            return false;
        }
        if (noun.equals("거") || noun.equals("뭐") || noun.equals("어디")) {
            return true;
        }
        List<Morphology.Word> w = Morphology.analyse(noun);
        if (w.size() != 1 || w.getFirst().morphemes().isEmpty()) {
            return false;
        }
        for (Morphology.Morpheme m : w.getFirst().morphemes()) {
            if (!m.tag().startsWith("N") && !m.tag().equals("XSN") && !m.tag().equals("SL")) {
                return false;
            }
        }
        return true;
    }

    /** Verbs of talking with someone that take their partner with 하고/와/과/(이)랑 and no object. */
    private static final List<String> WITH_PARTNER = List.of("통화", "이야기하", "얘기하", "대화하", "상의하");

    /**
     * A person (a name with 씨, a title with 님) right before 통화하다, 이야기하다 … without 하고: these
     * verbs take their partner with 하고/와/과/(이)랑 (표준국어대사전 통화하다 「…과」, 이야기하다 「…과」;
     * Yeon &amp; Brown 2019, on the comitative), and unlike 만나다 take no object whose particle could drop.
     */
    static boolean partnerWithoutParticle(String word, String next) {
        boolean person = word.equals("씨") || word.endsWith("님") && word.length() > 1 || word.endsWith("씨")
                && word.length() > 2;
        return person && WITH_PARTNER.stream().anyMatch(next::startsWith);
    }

    /**
     * A verb stem right before 싶다 without -고 (보내싶어요 → 보내고 싶어요): the wish is V-고 싶다 (Yeon &amp;
     * Brown 2019, on -고 싶다). 듯싶다 and 성싶다 are words of their own.
     */
    static String goBeforeWant(String word) {
        int at = word.indexOf("싶");
        if (at < 1 || at + 1 >= word.length()) {
            return null;
        }
        char before = word.charAt(at - 1);
        if (before == '고' || before == '듯' || before == '성' || !Hangul.isSyllable(before)) {
            return null;
        }
        List<Morphology.Word> stem = Morphology.analyse(word.substring(0, at) + "다");
        if (stem.isEmpty() || !stem.getFirst().verbal()) {
            return null;
        }
        return word.substring(0, at) + "고 " + word.substring(at);
    }

    /** 전화하실게요 → 전화할게요, 앉으실게요 → 앉을게요; null when the word is no -시- + -(으)ㄹ게요. */
    static String promiseWithoutSi(String word) {
        if (!word.endsWith("실게요") || Morphology.analyse(word).stream().flatMap(w -> w.morphemes().stream())
                .noneMatch(m -> m.is("EP") && (m.form().equals("시") || m.form().equals("으시")))) {
            return null; // 마실게요 is 마시- + -ㄹ게요: no -시- (Nori tells the stem from the ending)
        }
        if (word.endsWith("으실게요") && word.length() > 4) {
            return word.substring(0, word.length() - 4) + "을게요";
        }
        if (word.endsWith("실게요") && word.length() > 3) {
            String stem = word.substring(0, word.length() - 3);
            char c = last(stem);
            // 계시다, 드시다, 주무시다 are honorific verbs of their own (있다, 먹다, 자다): left to the comparison
            if (!Hangul.isSyllable(c) || Hangul.hasFinal(c) || stem.endsWith("계") || stem.endsWith("드")
                    || stem.endsWith("주무")) {
                return null;
            }
            return stem.substring(0, stem.length() - 1) + Hangul.withRieulFinal(c) + "게요";
        }
        return null;
    }
}
