package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code particle_missing/from}: a past point in time left bare before a symptom said in the present (삼 일 전 기침이
 * 나요 → 전부터; 어제 열이 나요 → 어제부터; session 36, helper s36d), on the learner's own words, whatever the accepted
 * answers say. A state that began in the past and lasts now is said in the present with the point it began marked by
 * 부터 'since' (표준국어대사전 '부터' 「조사」 ① "어떤 일이나 상태 따위에 관련된 범위의 시작임을 나타내는 보조사": 어제부터
 * 열이 나다; Yeon &amp; Brown 2019, 부터 with a present state; 국립국어원 『외국인을 위한 한국어 문법 1』, '-부터'). Bare,
 * the past point would make the present verb wrong; the teacher's correction adds 부터 (the present is the symptom's
 * own, and the patient tells it so).
 *
 * <p>Only where every predicate after the point is present (no -았/었-: 어제 머리가 아파서 병원에 갔어요 is right), the
 * first one is a symptom ({@link #SYMPTOMS}: 아프다, 나다 of a fever or a cough, 있다 of a fever, 붓다, 가렵다 …), and
 * nothing but subjects with 이/가/도 and adverbs stands between (어제 먹은 음식이 … is another frame); and the symptom
 * names its subject (머리가, 열이) or ends the sentence (어제 아파서 학교에 못 가요: with no subject the point dates the
 * main clause's act, a tense slip, not a state since). The points are
 * 어제, 어젯밤, 그저께, 지난주 … and a length of time + 전 (삼 일 전, 이틀 전, 며칠 전, 한 시간 전).
 */
final class SincePoints {

    /** Past points in time said as one word. */
    private static final Set<String> POINTS = Set.of("어제", "어젯밤", "그저께", "그제", "지난주", "지난달", "작년",
            "지난번", "아까", "어제저녁", "어제아침");

    /** A length of time before 전 (3일, 이틀, 며칠, 일주일, 한 시간 → the word before 전). */
    private static final Pattern LENGTH = Pattern.compile("([0-9]+)?(일|주|주일|일주일|시간|달|개월|년|주일|이틀|사흘|나흘|며칠|하루)");

    /** Stems of symptoms said of the body in the present (표준국어대사전: 아프다, 나다 ⑤ (열, 기침), 붓다², 가렵다 …). */
    private static final Set<String> SYMPTOMS = Set.of("아프", "나", "있", "붓", "가렵", "따갑", "쑤시", "막히", "어지럽",
            "아리", "결리", "저리", "시리", "쓰리", "답답하", "피곤하");

    /** Present forms of 나다 that Nori reads as the pronoun 나 (나요 as 나 + 요). */
    private static final Pattern NA_FORMS = Pattern.compile("(나|나요|납니다|나서|나고|나는데|나는데요)[.?!,]?");

    /** What 나다 and 있다 have as a symptom (열이 나다, 기침이 나다, 콧물이 나다; 표준국어대사전 '나다' ⑤). */
    private static final Set<String> BODY_EVENTS = Set.of("열", "기침", "콧물", "두통", "몸살", "두드러기", "땀", "피",
            "염증", "설사", "재채기", "미열", "고열", "가래");

    private SincePoints() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw the answer as written (sentences told apart by their punctuation)
     * @return {@code particle_missing/from} findings, the bare point → with 부터; empty when none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        for (SpeechLevels.AnalysedSentence s : SpeechLevels.analysedSentences(raw)) {
            List<String> words = s.words();
            List<Morphology.Word> analysed = s.analysed();
            for (int i = 0; i + 1 < words.size(); i++) {
                String w = words.get(i);
                boolean point = POINTS.contains(w)
                        || w.equals("전") && i > 0 && LENGTH.matcher(words.get(i - 1)).matches();
                if (point && symptomSince(words, analysed, i)) {
                    out.add(new Finding(ErrorCategory.PARTICLE_MISSING, w, w + "부터", "particle_missing/from"));
                }
            }
        }
        return out;
    }

    /** Whether the words after the point are subjects and adverbs, then a symptom, and no predicate is past. */
    private static boolean symptomSince(List<String> words, List<Morphology.Word> analysed, int i) {
        int v = -1;
        for (int k = i + 1; k < words.size(); k++) {
            Morphology.Word a = analysed.get(k);
            String x = words.get(k);
            if (a.verbal() || NA_FORMS.matcher(x).matches()) {
                v = k;
                break;
            }
            boolean subject = a.endsWith("JKS") || a.endsWith("JX") && x.endsWith("도");
            if (!subject && !a.startsWith("MAG")) {
                return false;
            }
        }
        String stem = v < 0 ? "" : NA_FORMS.matcher(words.get(v)).matches() ? "나" : VerbFrames.stem(analysed.get(v));
        if (v < 0 || !SYMPTOMS.contains(stem) || analysed.get(v).endsWith("ETM")) {
            return false;
        }
        if ((stem.equals("나") || stem.equals("있")) && words.subList(i + 1, v).stream()
                .noneMatch(x -> BODY_EVENTS.stream()
                        .anyMatch(n -> x.equals(n + "이") || x.equals(n + "가") || x.equals(n + "도")))) {
            return false; // 나다 and 있다 are symptoms only of a fever, a cough … (어제 사고가 나요 is another error)
        }
        boolean subjectNamed = analysed.subList(i + 1, v).stream().anyMatch(a -> a.endsWith("JKS") || a.endsWith("JX"));
        if (!subjectNamed && !analysed.get(v).endsWith("EF")) {
            return false; // 어제 아파서 학교에 못 가요: the point is the time of the main clause's act (a tense slip)
        }
        for (int k = v; k < words.size(); k++) {
            if (analysed.get(k).morphemes().stream().anyMatch(m -> m.is("EP") && (m.form().startsWith("었")
                    || m.form().startsWith("았") || m.form().startsWith("였") || m.form().equals("ㅆ")))) {
                return false;
            }
        }
        return true;
    }
}
