package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import java.util.ArrayList;
import java.util.List;

/**
 * A place name (Nori's NNP: 인도네시아, 자카르타, 한국) written without the particle its verb needs,
 * found on the learner's words:
 * <ul>
 *   <li>{@code particle_missing/from}: the place one comes from before 오다 in the past (인도네시아
 *       왔습니다 → 인도네시아에서) where an accepted answer says where the speaker is from (…에서 왔/온);
 *       without 에서 the place reads as the goal (came to Indonesia);</li>
 *   <li>{@code particle_missing/location}: the place before 있다 in a formal (합쇼체) activity (한국 있을
 *       겁니다 → 한국에, 자카르타 있는 호텔 → 자카르타에): the ellipsis of adverbial particles belongs to
 *       casual speech, not to the formal register.</li>
 * </ul>
 * Sources: 표준국어대사전 '에서' 「조사」 ③ (the starting point), '오다' 「…에서」; Lee &amp; Ramsey, <i>The
 * Korean Language</i> (2000), on particle ellipsis in casual speech; Sohn 1999 ch. 9 (합쇼체 in formal
 * settings).
 */
final class PlaceParticles {

    private PlaceParticles() {
    }

    static List<Finding> find(String raw, Register register, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        boolean origin = accepted.stream().anyMatch(a -> a.contains("에서 왔") || a.contains("에서 온"));
        for (List<String> words : SpeechLevels.sentences(raw)) {
            List<Morphology.Word> analysed = SpeechLevels.analysed(String.join(" ", words));
            if (analysed.size() != words.size()) {
                continue;
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                Morphology.Word place = analysed.get(i);
                if (place.morphemes().size() != 1 || !place.startsWith("NNP")) {
                    continue;
                }
                String w = words.get(i);
                String verb = words.get(i + 1);
                if (origin && (verb.startsWith("왔") || verb.equals("온"))) {
                    out.add(new Finding(ErrorCategory.PARTICLE_MISSING, w, w + "에서", "particle_missing/from"));
                } else if (register == Register.FORMAL && (verb.startsWith("있") || verb.startsWith("계"))
                        && analysed.get(i + 1).verbal()) {
                    out.add(new Finding(ErrorCategory.PARTICLE_MISSING, w, w + "에", "particle_missing/location"));
                }
            }
        }
        return out;
    }
}
