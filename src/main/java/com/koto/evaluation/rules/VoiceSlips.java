package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The intransitive member of a voice pair where the learner's own sentence needs the transitive one (session 29,
 * helper s29e; {@code vocabulary/voice}), judged on the learner's words whatever the accepted answer says:
 * <ul>
 * <li>a request to the listener: 큰 사이즈로 바뀌어 주세요 → 바꿔, 창문 좀 열려 주세요 → 열어. -아/어 주다 asks the
 * listener to do something for the speaker (표준국어대사전 '주다' 「보조 동사」 ①: 앞말이 뜻하는 행동을 남을 위하여 함), so
 * its verb is the listener's act, which the transitive member names (바꾸다 「…을 …으로」, 열다 「…을」); the
 * intransitive member (바뀌다, 열리다 「…이」) says what happens to the thing by itself;</li>
 * <li>an object in 을/를 right before the intransitive past (adverbs such as 다, 벌써 between): 보고서를 다 끝났습니다 →
 * 끝냈습니다, 채널을 바뀌었어요 → 바꿨어요. An intransitive verb takes no object (표준국어대사전 sentence patterns 「…이」
 * and 「…을」; Sohn 1999 on case marking and lexical causative pairs).</li>
 * </ul>
 * Data: the voice entries of {@code confusables.json} that name their -아/어 forms ({@code request}: 바뀌다, 열리다,
 * 닫히다, 켜지다, 끝나다) and past stems ({@code past}); pairs whose intransitive -아/어 주다 has a sense of its own
 * (떨어져 주세요 'keep away', 꺼져 'get lost') have no {@code request}. Yeon &amp; Brown 2019 on -아/어 주다.
 */
final class VoiceSlips {

    private static final Pattern PUNCTUATION = Pattern.compile("[.,?!~]");
    /** The start of a form of the auxiliary 주다 or 드리다 (주세요, 주시겠어요, 줄래, 줘, 주실 수, 드릴까요). */
    private static final Pattern GIVE = Pattern.compile("(주세|주시|주실|주십|주겠|주면|주고|주어|줄|줘|줬|드리|드려|드릴|드립).*");

    private VoiceSlips() {
    }

    /** Whether the word stands right before a form of 주다/드리다 in the answer (바뀌어 주세요). */
    static boolean beforeGive(String answer, String word) {
        String[] words = words(answer);
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(word) && GIVE.matcher(words[i + 1]).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The intransitive forms before 주다 and after an object in the answer, each corrected to the transitive one. An
     * intransitive past after an object is left to the particle checks where an accepted answer writes that same
     * intransitive form (화면을 깨졌어요 for 화면이 깨졌어요: the object particle is the slip, 화면이; reporting 깨뜨렸어요 too
     * would give two fixes that contradict each other; session 29, lead).
     *
     * @param answer   the learner's normalised answer
     * @param accepted the normalised accepted answers
     * @return one {@code vocabulary/voice} finding per such word, on that word alone (바뀌어 → 바꿔, 끝났습니다 →
     *         끝냈습니다); empty when none
     */
    static List<Finding> find(String answer, List<String> accepted) {
        String[] words = words(answer);
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String transitive = Confusables.transitiveRequest(w);
            if (transitive != null && i + 1 < words.length && GIVE.matcher(words[i + 1]).matches()) {
                out.add(new Finding(ErrorCategory.VOCABULARY, w, transitive, Confusables.VOICE));
                continue;
            }
            String past = Confusables.transitivePast(w);
            String bare = w;
            if (past != null && i > 0 && Confusables.objectBefore(answer, w)
                    && accepted.stream().noneMatch(e -> List.of(words(e)).contains(bare))) {
                out.add(new Finding(ErrorCategory.VOCABULARY, w, past, Confusables.VOICE));
                continue;
            }
            // written as one word with the auxiliary (바뀌어주세요; 한글 맞춤법 제47항 allows it)
            for (int cut = 2; cut < w.length(); cut++) {
                String joined = Confusables.transitiveRequest(w.substring(0, cut));
                if (joined != null && GIVE.matcher(w.substring(cut)).matches()) {
                    out.add(new Finding(ErrorCategory.VOCABULARY, w, joined + w.substring(cut), Confusables.VOICE));
                    break;
                }
            }
        }
        return out;
    }

    private static String[] words(String answer) {
        return PUNCTUATION.matcher(answer).replaceAll(" ").strip().split("\\s+");
    }
}
