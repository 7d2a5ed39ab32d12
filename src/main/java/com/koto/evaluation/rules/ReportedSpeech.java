package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;

/**
 * A reported statement (indirect quotation) whose -다고 is not attached to the plain form, read on the learner's
 * own words (session 16, helper eval30c; {@code ending/reported_statement}). The indirect quotation of a
 * statement is the plain (해라체) declarative + -고: -다고 after an adjective, 있다/없다 or a tense (춥다고, 있다고,
 * 바뀌었다고), -ㄴ/는다고 after a verb in the present (온다고, 먹는다고), -(이)라고 after a noun (거라고, 학생이라고):
 * 표준국어대사전 '-다고' (간접 인용), '-ㄴ다고', '-라고'; 국립국어원 『외국인을 위한 한국어 문법 1』 (2005) 간접 인용;
 * Yeon &amp; Brown 2019, reported speech.
 *
 * <p>The shapes, each before a verb of saying or telling (했어, 하셨습니다, 말했어요, 전해 주세요, 들었어요):
 * <ul>
 * <li>the -아/어 form + 다고: 내일 추워다고 → 춥다고;</li>
 * <li>a verb's bare stem + 다고: 사무실에 오다고 → 온다고 (오신다고 where an accepted answer honours the subject);</li>
 * <li>the past + 어고: 바뀌었어고 → 바뀌었다고;</li>
 * <li>the plain form + 라고 (the quotation particle of a direct quote without its marks): 있다라고 → 있다고;</li>
 * <li>the polite copula + 라고: 늦을 거예요라고 → 거라고, 학생이에요라고 → 학생이라고.</li>
 * </ul>
 * A direct quotation in quotation marks ("늦을 거예요"라고) is right and not read: the marks stay on the word.
 * Also ({@code tense/present}) the past in a reported statement whose accepted answers report the same verb out of
 * the past (내일 시험 있었다고 → 있다고; {@link #pastReported}).
 */
final class ReportedSpeech {

    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Final marks or a comma at the end. */
    private static final Pattern FINAL_MARKS_COMMA = Pattern.compile("[,.!?~]+$");
    /** Text with a quotation mark. */
    private static final Pattern HAS_QUOTE = Pattern.compile(".*[\"'‘’“”「」『』].*");

    /** The first syllables of the verbs that take a reported statement (하다, 말하다, 전하다, 듣다, 그러다). */
    private static final Set<Character> SAYING = Set.of('하', '했', '한', '합', '해', '말', '전', '들', '그');

    private ReportedSpeech() {
    }

    /**
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers
     * @return the quoted word → the reported form, per quotation; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        String[] words = SPACES.split(raw.strip());
        for (int i = 0; i + 1 < words.length; i++) {
            String w = FINAL_MARKS_COMMA.matcher(words[i]).replaceAll("");
            String next = AnswerText.normalise(words[i + 1]);
            if (i + 2 < words.length && (next.endsWith("께") || next.endsWith("에게") || next.endsWith("한테"))) {
                next = AnswerText.normalise(words[i + 2]); // 거라고 선생님께 전해 주세요: the person told between
            }
            if (HAS_QUOTE.matcher(w).matches() || next.isEmpty() || !SAYING.contains(next.charAt(0))
                    || !(w.endsWith("고")) || w.length() < 3) {
                continue;
            }
            Optional<String> form = reported(w, accepted);
            form.ifPresent(c -> out.add(new Finding(ErrorCategory.ENDING, w, c, "ending/reported_statement")));
            if (form.isEmpty()) {
                pastReported(w, accepted).ifPresent(c -> out.add(new Finding(ErrorCategory.TENSE, w, c, "tense/present")));
            }
        }
        return out;
    }

    private static Optional<String> reported(String w, List<String> accepted) {
        if (w.endsWith("예요라고") || w.endsWith("이에요라고")) {
            return Optional.of(w.substring(0, w.length() - 4) + "라고"); // 거예요라고 → 거라고, 학생이에요라고 → 학생이라고
        }
        if (w.endsWith("다라고")) {
            String plain = w.substring(0, w.length() - 2); // 있다라고 → 있다 (not 바다라고, a noun)
            String stem = plain.substring(0, plain.length() - 1);
            List<Morphology.Word> read = Morphology.analyse(w);
            boolean sentenceEnd = read.size() == 1 && read.getFirst().morphemes().size() >= 3
                    && read.getFirst().morphemes().get(read.getFirst().morphemes().size() - 2).is("EF")
                    && !KnownWords.noun(plain);
            return sentenceEnd ? Optional.of(verbOnly(stem) ? presentOfVerb(stem) : plain + "고") : Optional.empty();
        }
        if (w.endsWith("어고") || w.endsWith("아고")) {
            char before = w.charAt(w.length() - 3);
            if (Hangul.isSyllable(before) && Hangul.finalIndex(before) == Hangul.Final.SS) {
                return Optional.of(w.substring(0, w.length() - 2) + "다고"); // 바뀌었어고 → 바뀌었다고
            }
            return Optional.empty();
        }
        if (!w.endsWith("다고")) {
            return Optional.empty();
        }
        String x = w.substring(0, w.length() - 2);
        char last = x.charAt(x.length() - 1);
        if (!Hangul.isSyllable(last) || Hangul.finalIndex(last) == Hangul.Final.SS
                || Hangul.finalIndex(last) == Hangul.Final.N
                || x.endsWith("는") || x.endsWith("겠")) {
            return Optional.empty(); // 갔다고, 가겠다고, 온다고, 먹는다고: well formed
        }
        List<Morphology.Word> read = Morphology.analyse(w);
        if (read.size() == 1) {
            List<Morphology.Morpheme> ms = read.getFirst().morphemes();
            if (ms.size() == 3 && ms.get(0).is("VA", "VV") && ms.get(1).is("EF")
                    && (ms.get(1).form().equals("어") || ms.get(1).form().equals("아")) && ms.get(2).form().equals("다고")) {
                // the -아/어 form + 다고 (추워다고): the plain form of the stem
                String stem = ms.get(0).form();
                return Optional.of(ms.get(0).is("VA") ? stem + "다고" : presentOfVerb(stem));
            }
        }
        if (verbOnly(x)) {
            // a verb's bare stem + 다고 (오다고): the verb's present; -(으)시- where an accepted answer honours
            String present = presentOfVerb(x);
            String honoured = presentOfVerb(honour(x));
            for (String a : accepted) {
                if (honoured != null && List.of(a.split(" ")).contains(honoured)) {
                    return Optional.of(honoured);
                }
            }
            return Optional.of(present);
        }
        return Optional.empty();
    }

    /**
     * The past in a reported statement where every accepted answer reports the same verb out of the past (선생님이
     * 내일 시험 있었다고 하셨어 → 있다고; 고객님께서 금요일에 사무실에 왔다고 하셨습니다 → 오신다고): the reported
     * clause keeps its own time, which the accepted answers give (Yeon &amp; Brown 2019, reported speech: the
     * tense of the original statement is kept). The learner's word is a verb's -았/었다고 (Nori: stem, -았/었-,
     * -다고); an accepted answer has a -다고 word on that stem with no -았/었- (-(으)시- allowed), and none has the
     * learner's word. The correction is that accepted word ({@code tense/present}).
     */
    private static Optional<String> pastReported(String w, List<String> accepted) {
        if (!w.endsWith("다고")) {
            return Optional.empty();
        }
        List<Morphology.Word> read = Morphology.analyse(w);
        if (read.size() != 1 || read.getFirst().morphemes().size() < 3) {
            return Optional.empty();
        }
        List<Morphology.Morpheme> ms = read.getFirst().morphemes();
        String stem = ms.getFirst().form();
        boolean past = ms.stream().anyMatch(m -> m.is("EP") && (m.form().equals("았") || m.form().equals("었")
                || m.form().equals("였") || m.form().equals("ㅏㅆ") || m.form().equals("ㅓㅆ")));
        if (!past || !ms.getFirst().is("VV", "VA", "VX")) {
            return Optional.empty();
        }
        String found = null;
        for (String a : accepted) {
            for (String x : a.split(" ")) {
                if (x.equals(w)) {
                    return Optional.empty();
                }
                if (found != null || !x.endsWith("다고")) {
                    continue;
                }
                List<Morphology.Word> r = Morphology.analyse(x);
                if (r.size() == 1 && !r.getFirst().morphemes().isEmpty() && r.getFirst().morphemes().getFirst().form().equals(stem)
                        && r.getFirst().morphemes().stream().noneMatch(m -> m.is("EP") && !m.form().equals("시"))) {
                    found = x;
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** A stem the dictionary has as a verb and never as an adjective (오, 먹, 바뀌; not 늦, 크, 있). */
    private static boolean verbOnly(String stem) {
        if (stem.isEmpty() || !Hangul.isSyllable(stem.charAt(stem.length() - 1))) {
            return false;
        }
        Set<POS.Tag> tags = KnownWords.tags(stem);
        if (stem.endsWith("하") && stem.length() > 1 && KnownWords.noun(stem.substring(0, stem.length() - 1))) {
            return !tags.contains(POS.Tag.VA); // 공부하 (a noun + 하다 verb)
        }
        return tags.contains(POS.Tag.VV) && !tags.contains(POS.Tag.VA);
    }

    /** The plain present + 고 of a verb stem: 오 → 온다고, 알 → 안다고, 먹 → 먹는다고. */
    private static String presentOfVerb(String stem) {
        char last = stem.charAt(stem.length() - 1);
        String head = stem.substring(0, stem.length() - 1);
        if (!Hangul.hasFinal(last)) {
            return head + (char) (last + 4) + "다고"; // + ㄴ (final index 4)
        }
        if (Hangul.hasRieulFinal(last)) {
            return head + (char) (last - 8 + 4) + "다고";
        }
        return stem + "는다고";
    }

    /** The stem with -(으)시-: 오 → 오시, 읽 → 읽으시. */
    private static String honour(String stem) {
        char last = stem.charAt(stem.length() - 1);
        if (Hangul.hasRieulFinal(last)) {
            return stem.substring(0, stem.length() - 1) + Hangul.withoutFinal(last) + "시"; // 알 → 아시
        }
        return Hangul.hasFinal(last) ? stem + "으시" : stem + "시";
    }

    /** The verbs of saying that report a quotation, by their first syllables (하다, 말하다, 그러다, 얘기하다). */
    private static final Pattern SAYING_VERB = Pattern.compile("(했|해|한|합|하|말했|말해|말한|말합|말하|그랬|그래|그런|그럽|얘기했|얘기해|얘기한).*");
    /** A contracted report (-대요, -래요, -답니다: 늦는대요, 학생이래, 오신답니다), 표준국어대사전 '-대', '-래'. */
    private static final Pattern CONTRACTED_REPORT = Pattern.compile(".*(대|대요|래|래요|답니다|랍니다|냬요|재요)");
    /** A quotation ending at the end of a word (-다고, -라고, -냐고, -자고). */
    private static final Pattern QUOTATION_END = Pattern.compile(".*(다고|라고|냐고|자고)");

    /**
     * Whether an {@code honorific/si_missing} finding on the verb of saying that reports an honoured person's words
     * (선생님이 … 늦는다고 했어요, … 시험이라고 선생님이 말했어) asks for more than the accepted answers do: an accepted
     * answer reports that person's words with no -(으)시- on its own verb of saying (박 선생님이 10분 늦는대요, 선생님이
     * … 금요일이라고 했어). The -시- of the reporting verb honours the quoted person as its subject (Sohn 1999, ch. 9;
     * 국립국어원 『표준 언어 예절』 2011), but a report to a friend or a coworker is often told without it (Yeon &amp;
     * Brown 2019, reported speech: -대요 = -다고 해요), and the activity's teacher wrote it so; the learner's report is
     * not held to a level its accepted answers do not keep. Where every accepted report is honoured (늦으신다고
     * 하셨어요, 늦으신대요) the finding stays, and so does one on any other verb of the honoured person (선생님이
     * 늦었어요 → 늦으셨어요).
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers
     */
    static boolean unhonouredAsAccepted(Finding f, String raw, List<String> accepted) {
        if (f.category() != ErrorCategory.HONORIFIC || !"honorific/si_missing".equals(f.subtype())
                || f.original() == null || !SAYING_VERB.matcher(f.original()).matches()) {
            return false;
        }
        boolean quoted = false;
        for (List<String> sentence : SpeechLevels.sentences(raw)) {
            int k = sentence.indexOf(f.original());
            for (int j = 0; j < k && !quoted; j++) {
                quoted = QUOTATION_END.matcher(sentence.get(j)).matches() && !HAS_QUOTE.matcher(sentence.get(j)).matches();
            }
        }
        return quoted && accepted.stream().anyMatch(ReportedSpeech::unhonouredReport);
    }

    /** Whether an accepted answer reports words with no -(으)시- on its verb of saying (늦는대요, 금요일이라고 했어). */
    private static boolean unhonouredReport(String accepted) {
        String[] words = SPACES.split(accepted.strip());
        for (int i = 0; i < words.length; i++) {
            String w = FINAL_MARKS_COMMA.matcher(words[i]).replaceAll("");
            if (w.length() >= 3 && CONTRACTED_REPORT.matcher(w).matches() && !honoured(w)) {
                return true;
            }
            if (QUOTATION_END.matcher(w).matches()) {
                for (int j = i + 1; j < words.length; j++) {
                    String v = FINAL_MARKS_COMMA.matcher(words[j]).replaceAll("");
                    if (SAYING_VERB.matcher(v).matches()) {
                        if (!honoured(v)) {
                            return true;
                        }
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a verb form holds -(으)시- (하셨어요, 늦으신대요, 말씀하셨어). */
    private static boolean honoured(String w) {
        return w.contains("시") || w.contains("셨") || w.contains("세") || w.contains("셔") || w.contains("십") || w.contains("신");
    }
}
