package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code honorific/verb}: the speaker's own 만나다 where the person met is a superior called by title (교수님, 목요일
 * 면담 시간에 만나고 싶습니다 → 뵙고; 부장님을 만나러 왔습니다 → 뵈러; session 36, helper s36d), on the learner's own
 * words, whatever the accepted answers say. Meeting or seeing someone one defers to takes the humble verb 뵙다/뵈다
 * (객체 높임: 표준국어대사전 '뵙다' "웃어른을 대하여 보다", '뵈다'²; 국립국어원 『표준 언어 예절』 (2011), 높임법: 선생님을
 * 뵙다; Sohn 1999, ch. 9 on humble verbs; Yeon &amp; Brown 2019, 뵙다 for 만나다). The superior is
 * <ul>
 *   <li>the object of 만나다 (교수님을, 부장님을), with only adverbs and times between; or</li>
 *   <li>the listener, called by title with a comma at the start of the sentence (교수님, …), where the clause of
 *       만나다 names no other person met (no object, no partner with 하고/와/랑, no subject but the speaker's).</li>
 * </ul>
 * Only the speaker's own forms of 만나다 that 뵙다 replaces one for one (만나고 → 뵙고, 만나러 → 뵈러, 만날 수 → 뵐 수,
 * 만나려고 → 뵈려고, 만나도 → 봬도, 만나기로 → 뵙기로, 만날게요 → 뵐게요, 만나겠습니다 → 뵙겠습니다), never -(으)시-
 * (the listener's own act) and never in a casual activity. The titles are {@link Persons}' titles and nouns in 님
 * other than guests and kin (손님, 부모님, 할머님).
 */
final class HumbleMeeting {

    /** The speaker's forms of 만나다 → the humble form (표준국어대사전 '뵙다': 뵙고, 뵙겠-, 뵙기; '뵈다': 뵈러, 뵐, 봬). */
    private static final Map<String, String> HUMBLE = Map.of("만나고", "뵙고", "만나러", "뵈러", "만날", "뵐",
            "만나려고", "뵈려고", "만나도", "봬도", "만나기로", "뵙기로", "만날게요", "뵐게요", "만나겠습니다", "뵙겠습니다");

    /** Nouns in 님 that are no superiors one visits: guests and kin (their own checks read them). */
    private static final Set<String> NOT_SUPERIORS = Set.of("손님", "부모님", "할머님", "할아버님", "어머님", "아버님", "님");

    /** Marks at a word's end. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[.,!?~]");

    private HumbleMeeting() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as written (a comma after the title marks the vocative)
     * @param register the activity's register (casual activities are not read)
     * @return {@code honorific/verb} findings, the form of 만나다 → the form of 뵙다; empty when none
     */
    static List<Finding> find(String raw, Register register) {
        List<Finding> out = new ArrayList<>();
        if (register == Register.CASUAL || raw.contains("\"") || raw.contains("“") || raw.contains("'")) {
            return out;
        }
        for (SpeechLevels.AnalysedSentence s : SpeechLevels.analysedSentences(raw)) {
            List<String> words = s.words().stream().map(w -> MARKS.matcher(w).replaceAll("")).toList();
            List<Morphology.Word> analysed = s.analysed();
            boolean vocative = superior(words.getFirst()) && raw.contains(words.getFirst() + ",");
            for (int v = 1; v < words.size(); v++) {
                String humble = HUMBLE.get(words.get(v));
                if (humble == null || !VerbFrames.stem(analysed.get(v)).equals("만나")) {
                    continue;
                }
                if (objectBefore(words, analysed, v) || vocative && noOtherParty(words, analysed, v)) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, words.get(v), humble, "honorific/verb"));
                }
            }
        }
        return out;
    }

    /** Whether the noun is a superior by title: {@link Persons}' titles, or a noun in 님 that is no guest or kin. */
    static boolean superior(String noun) {
        return Persons.TITLES.contains(noun) || noun.length() >= 3 && noun.endsWith("님")
                && !NOT_SUPERIORS.contains(noun) && !Persons.HONOURED.contains(noun);
    }

    /** 교수님을 (내일) 만나러: the superior with 을/를 before the verb, only adverbs and times between. */
    private static boolean objectBefore(List<String> words, List<Morphology.Word> analysed, int v) {
        for (int k = v - 1; k >= 0; k--) {
            String w = words.get(k);
            if ((w.endsWith("을") || w.endsWith("를")) && analysed.get(k).endsWith("JKO")) {
                return superior(w.substring(0, w.length() - 1));
            }
            Morphology.Word a = analysed.get(k);
            if (!a.startsWith("MAG") && !(a.endsWith("JKB") && a.surface().endsWith("에")) && !a.startsWith("SN")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the words before the verb in its sentence name no other person met and no subject but the speaker. */
    private static boolean noOtherParty(List<String> words, List<Morphology.Word> analysed, int v) {
        for (int k = 1; k < v; k++) {
            Morphology.Word a = analysed.get(k);
            String w = words.get(k);
            if (a.verbal() && !a.endsWith("ETM") || a.endsWith("JKO")) {
                return false; // another clause before the verb, or another object
            }
            if (a.endsWith("JKS") || a.endsWith("JKB") && (w.endsWith("하고") || w.endsWith("랑") || w.endsWith("와")
                    || w.endsWith("과")) || a.endsWith("JKC")) {
                if (!Set.of("제가", "저도", "저는").contains(w)) {
                    return false;
                }
            }
            if (a.endsWith("JX") && !Set.of("저는", "저도", "전").contains(w) && ParticleFrames.ANIMATE.stream()
                    .anyMatch(w::startsWith)) {
                return false; // 친구는 …: another person as the topic
            }
        }
        return true;
    }
}
