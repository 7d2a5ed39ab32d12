package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 씨 after the speaker's own name (session 22, s22b): 저는 리나 씨예요 → 리나예요, 제 이름은 민수 씨입니다 → 민수입니다. 씨 is a
 * title of respect for another person (표준국어대사전 '씨⁴' 「의존 명사」: 그 사람을 높이거나 대접하여 부르거나 이르는
 * 말; 표준 언어 예절 2011: 자기 이름에는 '씨'를 붙이지 않는다); one gives one's own name bare. Only where the sentence
 * has the speaker as its first topic (저는, 전, 나는, 난, 제 이름은, 내 이름은; a greeting may come first), no other topic
 * or subject stands between,
 * and the name with 씨 is the sentence's predicate with the copula (씨예요, 씨입니다, 씨야, 씨라고 합니다). Subtype
 * {@code honorific/own_ssi}.
 */
final class OwnNameTitle {

    /** 씨 with the copula or the quotative, written apart from the name or joined to it: the name, then the ending. */
    private static final Pattern SSI = Pattern.compile("(.*)씨(예요|이에요|입니다|야|이야|라고|이라고)");

    /** 하다 of naming after the quotative (씨라고 해요, 씨라고 합니다, 씨라고 했어요). */
    private static final Pattern SAYING = Pattern.compile("(해|합|했|하)");

    /** The speaker as the sentence's topic. */
    private static final Set<String> SELF = Set.of("저는", "전", "나는", "난");

    /** A word that is a topic or subject of its own (친구는, 동생이): the sentence is then about another person. */
    private static final Pattern TOPIC = Pattern.compile(".+(은|는|이|가|께서)");

    private OwnNameTitle() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw the answer as typed
     * @return findings of subtype {@code honorific/own_ssi}; empty when none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.ownSentences(raw)) {
            int start = -1;
            for (int i = 0; i < words.size() && start < 0; i++) {
                if (SELF.contains(words.get(i))) {
                    start = i + 1;
                } else if (i > 0 && words.get(i).equals("이름은") && Set.of("제", "내").contains(words.get(i - 1))) {
                    start = i + 1;
                } else if (TOPIC.matcher(words.get(i)).matches()) {
                    break; // another topic or subject first (친구는 … 저는)
                }
            }
            if (start < 0) {
                continue;
            }
            for (int i = start; i < words.size(); i++) {
                Matcher m = SSI.matcher(words.get(i));
                if (m.matches() && m.group(2).endsWith("라고")
                        && !(i + 1 < words.size() && SAYING.matcher(words.get(i + 1)).lookingAt())) {
                    break; // 민수 씨라고 불러요: a name quoted for another verb, not the speaker's own
                }
                if (m.matches()) {
                    boolean apart = m.group(1).isEmpty();
                    String name = apart ? (i > start ? words.get(i - 1) : "") : m.group(1);
                    if (!name.isEmpty() && Hangul.isSyllable(name.charAt(name.length() - 1))) {
                        String original = apart ? name + " " + words.get(i) : words.get(i);
                        String bare = name + PredicateCheck.rightCopula(m.group(2), name);
                        out.add(new Finding(ErrorCategory.HONORIFIC, original, bare, "honorific/own_ssi"));
                    }
                    break;
                }
                boolean titleNext = i + 1 < words.size() && words.get(i + 1).startsWith("씨");
                if (TOPIC.matcher(words.get(i)).matches() && !titleNext) {
                    break; // another topic or subject before the name
                }
            }
        }
        return out;
    }
}
