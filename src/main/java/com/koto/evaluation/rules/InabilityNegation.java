package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * 안 where the speaker cannot (session 16, helper eval30d): {@code vocabulary/confusable} 안 → 못 on the
 * learner's own words. 안 negates by choice or as a plain fact, 못 by inability or a circumstance that
 * prevents (표준국어대사전 '못' 부사: 동사가 나타내는 동작을 할 수 없다거나 상황이 여의치 않음을 나타내는 말; '안': 부정이나
 * 반대의 뜻; Yeon &amp; Brown 2019, short negation with 안 and 못). Judged only where
 * <ul>
 * <li>an accepted answer says 못 before a form of the same verb (안 가 / 못 가, 통화 안 해 / 통화 못 해, with the
 * same noun before a 하다 verb), and no accepted answer says 안 before it; and</li>
 * <li>the speaker's inability is stated: the activity's description (English, as the app sends it) says the
 * speaker cannot (can't, cannot, could not, unable to), or the answer itself gives a reason that prevents, one
 * of the 안/못 entries of {@code confusables.json} (일해야 돼서, 시험이 있어서, 아파서 …).</li>
 * </ul>
 * The comparison finds the same 안 → 못 only where the learner's sentence aligns with an accepted one and the
 * reason is in that sentence; here the learner's own words decide (미안, 일요일에 안 가. 일해야 돼. for 미안,
 * 일요일엔 알바 가야 돼서 못 가). Left alone: 안 되다 (one expression, 안 될 것 같아), 안 with an adjective (몸이 안
 * 좋아서), another verb than the accepted one (잘 안 들렸어요 for 잘 못 들었어요: 들리다, not 듣다), and a task
 * that states no inability (어제 전화 안 해서 미안, of forgetting to call).
 */
final class InabilityNegation {

    private InabilityNegation() {
    }

    /** The description says the speaker cannot (the app sends it in English). */
    private static final Pattern CANNOT = Pattern.compile(
            "\\b(can't|can’t|cannot|can not|couldn't|couldn’t|could not|unable to|not able to)\\b");
    /** A form of 되다 after 안: 안 되다 'it is not possible' is one expression (표준국어대사전 '안되다', '안 되다'). */
    private static final Pattern DOEDA = Pattern.compile("^(되|돼|될|된|됐|됩|됨)");
    private static final Pattern PUNCTUATION = Pattern.compile("[.,?!~…。]");

    /**
     * @param raw      the learner's answer as written
     * @param accepted the accepted answers, normalised
     * @param context  the activity's description as the app sends it (English); null when unknown
     * @return at most one finding 안 → 못 per 안 of the learner's
     */
    static List<Finding> find(String raw, List<String> accepted, String context) {
        if (!raw.contains("안 ")) {
            return List.of();
        }
        boolean stated = context != null && CANNOT.matcher(context.toLowerCase(Locale.ROOT)).find()
                || Confusables.CONFUSABLE.equals(Confusables.kind("안", "못", raw));
        if (!stated) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (List<String> sentence : SpeechLevels.sentences(raw)) {
            List<Morphology.Word> read = Morphology.analyse(String.join(" ", sentence));
            if (read.size() != sentence.size()) {
                continue;
            }
            for (int i = 0; i + 1 < sentence.size(); i++) {
                if (!sentence.get(i).equals("안") || DOEDA.matcher(sentence.get(i + 1)).find()) {
                    continue;
                }
                String verb = verb(read.get(i + 1));
                String before = i > 0 ? sentence.get(i - 1) : "";
                if (verb != null && negatedIn(accepted, "못", verb, before) && !negatedIn(accepted, "안", verb, before)) {
                    out.add(new Finding(ErrorCategory.VOCABULARY, "안", "못", Confusables.CONFUSABLE));
                }
            }
        }
        return out;
    }

    /**
     * Whether an accepted answer has the negator right before a form of the verb (and, for 하다, after the same
     * noun: 통화 못 해).
     */
    private static boolean negatedIn(List<String> accepted, String negator, String verb, String before) {
        for (String a : accepted) {
            String[] words = PUNCTUATION.matcher(a).replaceAll(" ").strip().split("\\s+");
            List<Morphology.Word> read = Morphology.analyse(String.join(" ", words));
            if (read.size() != words.length) {
                continue;
            }
            for (int j = 0; j + 1 < words.length; j++) {
                if (words[j].equals(negator) && verb.equals(verb(read.get(j + 1)))
                        && (!verb.equals("하") || j > 0 && words[j - 1].equals(before))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The stem of a verb (not an adjective) as written (가요 is 가다's, though Nori reads 갈), or null. */
    private static String verb(Morphology.Word w) {
        List<Morphology.Morpheme> ms = w.morphemes();
        if (ms.isEmpty() || !ms.getFirst().is("VV")) {
            return null;
        }
        return Frames.vowelStem(ms.getFirst().form(), w.surface());
    }
}
