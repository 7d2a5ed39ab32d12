package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The means a message is sent by, marked with 에 (session 22, s22b): 이메일에 보내 드리겠습니다 → 이메일로, 문자에 연락할게요 →
 * 문자로. The channel of sending is a means and takes (으)로 (표준국어대사전 '-으로' 「조사」 ③ 어떤 일의 수단·도구; Yeon
 * &amp; Brown 2019, (으)로 of means), as a vehicle does ({@link WayParticles}, {@code location_for_means}); 에 marks the
 * goal, and an e-mail or a text is not where a thing is sent to. Only the nouns of a channel right before a verb of
 * sending or getting in touch (보내다, 연락하다, 전송하다, 답장하다); 이메일에 첨부해서 (the e-mail as the place a file is put)
 * and 이메일에 답장 (a verb between) are left alone. Subtype {@code particle_wrong/message_means}.
 */
final class MessageMeans {

    /** The channels of a message (표준국어대사전: 이메일, 전자 우편, 문자 메시지, 팩스, 우편, 택배). */
    private static final Set<String> CHANNELS = Set.of("이메일", "메일", "문자", "메시지", "문자메시지", "팩스", "우편",
            "택배", "카톡", "카카오톡", "등기");

    /** A verb of sending or getting in touch. */
    private static final Pattern SEND = Pattern.compile("(보내|보냈|보낼|보냅|연락|전송|답장).*");

    private MessageMeans() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw the answer as typed
     * @return findings of subtype {@code particle_wrong/message_means}; empty when none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.ownSentences(raw)) {
            for (int i = 0; i + 1 < words.size(); i++) {
                String w = words.get(i);
                if (!w.endsWith("에") || !CHANNELS.contains(w.substring(0, w.length() - 1))
                        || !SEND.matcher(words.get(i + 1)).matches()) {
                    continue;
                }
                String noun = w.substring(0, w.length() - 1);
                String ro = Particles.of("로").map(p -> p.formAfter(noun)).orElse("로");
                out.add(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + ro, "particle_wrong/message_means"));
            }
        }
        return out;
    }
}
