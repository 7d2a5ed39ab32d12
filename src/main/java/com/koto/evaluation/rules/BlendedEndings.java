package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two sentence endings blended into one word (session 22, s22b), found on the learner's words whatever the accepted
 * answer:
 * <ul>
 * <li>{@code ending/formal_yo}: the 합쇼체 ending -(스)ㅂ니다 / -(스)ㅂ니까 with the polite 요 after it (걸립니까요,
 * 먹습니다요). 요 makes a 해체 form polite (해요체; 한글 맞춤법 제17항; 표준국어대사전 '요' 「조사」: 해체의 종결 어미 뒤에);
 * -(스)ㅂ니다 is already the formal level and takes nothing after it (표준국어대사전 '-습니다', '-습니까'; Sohn 1999,
 * ch. 9, speech levels). Corrected to the level the activity asks: the 합쇼체 form without 요 where the register is
 * formal, else the 해요체 form of the same stem (걸립니까요 → 걸려요, 가십니까요 → 가세요, 얼마입니까요 → 얼마예요);</li>
 * <li>-(으)ㄹ게요 with -(으)시- (주실게요, 가실게요). -(으)ㄹ게요 is the speaker's promise of the speaker's own act
 * (표준국어대사전 '-을게' 「어미」: 말하는 사람이 어떤 행동을 할 것을 약속; 국립국어원 『외국인을 위한 한국어 문법 1』
 * '-을게요': 1인칭 주어), and -(으)시- honours the subject, who cannot be the speaker (국립국어원 온라인가나다 on the
 * service-speech '-실게요'). Which of the two the learner meant is told by the verb and the subject:
 * 주다 of a thing given to the speaker is the listener's act, a request, -(으)세요 (표 두 장 주실게요 → 주세요;
 * {@code ending/si_promise}); the humble 드리다 or a sentence with the speaker as subject or topic (제가, 저는) is the
 * speaker's own act, the promise without -시- (제가 가실게요 → 갈게요, 찾아 드리실게요 → 드릴게요;
 * {@code honorific/si_own_promise}). Any other verb without a subject is left to the other checks. A stem whose own
 * last syllable is 시 (마실게요: 마시다, 모실게요: 모시다) is a promise and right.</li>
 * </ul>
 */
final class BlendedEndings {

    /** A word in -(스)ㅂ니다요 / -(스)ㅂ니까요: the part before 니, and 다 or 까. */
    private static final Pattern FORMAL_YO = Pattern.compile("(.+)니(다|까)요");

    /** A word in -(으)실게요: the part before 실. */
    private static final Pattern SI_PROMISE = Pattern.compile("(.+)실게요");

    private BlendedEndings() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed
     * @param register the activity's register
     * @param accepted the normalised accepted answers
     * @return findings of subtypes {@code ending/formal_yo}, {@code ending/si_promise} and
     *         {@code honorific/si_own_promise}; empty when none
     */
    static List<Finding> find(String raw, Register register, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.ownSentences(raw)) {
            for (String w : words) {
                if (accepted.stream().anyMatch(a -> (" " + a + " ").contains(" " + w + " "))) {
                    continue;
                }
                String formal = formalYo(w, register);
                if (formal != null) {
                    out.add(new Finding(ErrorCategory.ENDING, w, formal, "ending/formal_yo"));
                }
                Matcher m = SI_PROMISE.matcher(w);
                if (!m.matches() || DoubledSi.SI_STEMS.stream().anyMatch(m.group(1)::endsWith)) {
                    continue;
                }
                String head = m.group(1);
                if (head.endsWith("주")) {
                    out.add(new Finding(ErrorCategory.ENDING, w, head + "세요", "ending/si_promise"));
                } else if (head.endsWith("드리") || words.stream().anyMatch(Persons.SPEAKER::contains)) {
                    String promise = promise(head);
                    if (promise != null) {
                        out.add(new Finding(ErrorCategory.HONORIFIC, w, promise, "honorific/si_own_promise"));
                    }
                }
            }
        }
        return out;
    }


    /** The promise -(으)ㄹ게요 on the stem before -(으)시- (가 → 갈게요, 앉으 → 앉을게요, 들으 → 들을게요); null if none. */
    private static String promise(String head) {
        char last = head.charAt(head.length() - 1);
        if (last == '으' && head.length() > 1) {
            return head.substring(0, head.length() - 1) + "을게요";
        }
        return Hangul.isSyllable(last) && !Hangul.hasFinal(last)
                ? head.substring(0, head.length() - 1) + Hangul.withRieulFinal(last) + "게요" : null;
    }

    /** 걸립니까요 → 걸려요 (걸립니까 where the register is formal); null when the word is no such form. */
    static String formalYo(String w, Register register) {
        Matcher m = FORMAL_YO.matcher(w);
        if (!m.matches()) {
            return null;
        }
        String head = m.group(1);
        char last = head.charAt(head.length() - 1);
        String stem;
        if (last == '습' && head.length() > 1) {
            stem = head.substring(0, head.length() - 1);
        } else if (Hangul.isSyllable(last) && Hangul.finalIndex(last) == Hangul.Final.B) {
            stem = head.substring(0, head.length() - 1) + (char) (last - Hangul.Final.B);
        } else {
            return null;
        }
        String formal = w.substring(0, w.length() - 1);
        if (register == Register.FORMAL) {
            return formal;
        }
        if (head.endsWith("입") && head.length() > 1 && !KnownWords.predicateStem(stem)) {
            // the copula after a noun (얼마입니까요 → 얼마예요, 학생입니다요 → 학생이에요)
            String noun = head.substring(0, head.length() - 1);
            char n = noun.charAt(noun.length() - 1);
            return Hangul.isSyllable(n) ? noun + (Hangul.hasFinal(n) ? "이에요" : "예요") : formal;
        }
        if (stem.endsWith("시") && stem.length() > 1 && DoubledSi.SI_STEMS.stream().noneMatch(s -> stem.endsWith(s + "시"))) {
            return stem.substring(0, stem.length() - 1) + "세요"; // 가십니까요 → 가세요
        }
        if (stem.equals("이") || stem.endsWith("하") || !KnownWords.predicateStem(stem)) {
            return stem.endsWith("하") ? stem.substring(0, stem.length() - 1) + "해요" : formal;
        }
        String infinitive = SpeechLevels.infinitive(stem);
        return infinitive == null ? formal : infinitive + "요";
    }
}
