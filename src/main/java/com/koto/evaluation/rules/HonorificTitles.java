package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * 씨 where the person is due a title, on the learner's own words (session 10), category
 * {@code honorific}, subtype {@code honorific/title}:
 * <ul>
 *   <li>a surname with 씨 (김 씨, 김씨한테) for a doctor, a teacher or a superior: 성 + 씨 lowers its
 *       bearer and is never used of someone one is to respect; such a person is named by surname and
 *       title (김 선생님, 박 부장님). The title is the one the activity's accepted answers give the same
 *       surname (김 선생님 → 씨 → 선생님), or, when they name nobody, 선생님 for the doctor or teacher whose
 *       clinic or class follows (김 씨 진료, 박 씨 수업). A surname with 씨 and no such cue is left alone
 *       (it may be a worker one names so);</li>
 *   <li>a job title with 씨 (사장 씨, 의사 씨, 교수 씨): a title takes 님 (사장님, 교수님), and a doctor is
 *       의사 선생님.</li>
 * </ul>
 * The particle after 씨 is re-formed after the title (씨한테 → 선생님한테).
 * <p>Sources: 국립국어원 『표준 언어 예절』 (2011), 호칭·지칭: '성 + 씨' is used of a junior or an equal
 * (낮추거나 대등하게), never of a teacher, a doctor or a superior, who are called by 성 + 직함 + 님
 * (김 선생님, 박 부장님); 표준국어대사전 '씨' 「의존 명사」 (공식적·사무적인 자리나 대중적인 글에서가 아니면 대체로
 * 동료나 아랫사람에게 쓴다); Sohn, <i>The Korean Language</i> (1999), ch. 9 (address terms: title + 님
 * above, name + 씨 among equals); Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i> (2019), on
 * address terms.
 */
final class HonorificTitles {

    /** A sentence mark, a comma or ~. */
    private static final Pattern PUNCTUATION_TILDE = Pattern.compile("[.?!,~]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HonorificTitles() {
    }

    /** Common one-syllable surnames (통계청 성씨 통계, the most frequent). */
    private static final Set<String> SURNAMES = Set.of("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임",
            "한", "오", "서", "신", "권", "황", "안", "송", "류", "유", "홍", "전", "고", "문", "양", "손", "배",
            "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "지", "엄", "채",
            "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길",
            "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국");

    /** Nouns of a doctor's or a teacher's work right after the name (김 씨 진료): the person is 선생님. */
    private static final Set<String> TEACHER_WORK = Set.of("진료", "진찰", "수술", "상담", "수업", "강의", "면담",
            "진료실", "연구실", "교실");

    /** Job titles with 씨 → the title with 님 (표준 언어 예절: 직함 + 님). */
    private static final Map<String, String> JOB_TITLES = Map.of("사장", "사장님", "부장", "부장님", "과장", "과장님",
            "교수", "교수님", "선생", "선생님", "의사", "의사 선생님", "기사", "기사님", "팀장", "팀장님", "원장", "원장님");

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers (the title they give a surname)
     * @return findings of subtype {@code honorific/title}; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.ownSentences(raw)) { // (none in quoted speech)
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                String name;
                String particle;
                String span;
                if (w.startsWith("씨") && i > 0 && particleOrEmpty(w.substring(1)) != null) {
                    name = words.get(i - 1);
                    particle = w.substring(1);
                    span = w;
                } else if (w.length() >= 2 && w.charAt(1) == '씨' && particleOrEmpty(w.substring(2)) != null) {
                    name = w.substring(0, 1);
                    particle = w.substring(2);
                    span = w;
                } else {
                    continue;
                }
                String next = i + 1 < words.size() ? words.get(i + 1) : "";
                String job = JOB_TITLES.get(name);
                if (job != null && span.startsWith("씨")) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, name + " " + span, withParticle(job, particle),
                            "honorific/title"));
                    continue;
                }
                if (!SURNAMES.contains(name)) {
                    continue;
                }
                String title = acceptedTitle(name, accepted)
                        .orElse(TEACHER_WORK.stream().anyMatch(next::startsWith) && particle.isEmpty() ? "선생님" : null);
                if (title == null) {
                    continue;
                }
                String fixed = withParticle(title, particle);
                out.add(new Finding(ErrorCategory.HONORIFIC, span, span.startsWith("씨") ? fixed : name + " " + fixed,
                        "honorific/title"));
            }
        }
        return out;
    }

    /**
     * Titles of superiors and of those one serves or learns from, said with 님 when one addresses or names them
     * (표준 언어 예절 2011, 직장에서의 호칭: 직함 + 님). 의사 is 의사 선생님.
     */
    private static final Map<String, String> SUPERIOR_TITLES = Map.ofEntries(Map.entry("사장", "사장님"),
            Map.entry("부장", "부장님"), Map.entry("과장", "과장님"), Map.entry("차장", "차장님"), Map.entry("팀장", "팀장님"),
            Map.entry("실장", "실장님"), Map.entry("원장", "원장님"), Map.entry("교수", "교수님"), Map.entry("선생", "선생님"),
            Map.entry("교장", "교장님"), Map.entry("점장", "점장님"));

    /** The particles of a subject or a topic, or the honoured subject's 께서, and of a person one speaks to. */
    private static final List<String> PERSON_PARTICLES = List.of("께서는", "께서", "에게", "한테", "께", "이", "가", "은",
            "는");

    /**
     * A superior's title without 님, on the learner's own words (session 27, s27d), category {@code honorific},
     * subtype {@code honorific/bare_title}: in a polite or formal activity the learner addresses or names a
     * superior by the bare job title (팀장, 내일 회사에 못 가겠습니다 → 팀장님; 교수가 말했어요 → 교수님이; 김 부장, 보고서
     * 여기 있습니다 → 김 부장님). A title is a superior's only with 님 (직함 + 님); the bare title is said of oneself or
     * of a junior, or as a common noun (부장 회의, 팀장이 되고 싶어요).
     * <p>Read: (a) a vocative — the title, with or without a surname before it, opening its sentence and followed by a
     * comma; (b) the title with a subject, topic or dative particle (팀장이, 교수는, 선생한테) where some accepted answer
     * names the same title with 님 and the next word is no form of 되다 or 아니다 (팀장이 되고 싶어요: a complement).
     * Not read in a casual activity, where an accepted answer says the bare title itself, nor on a title joined to
     * another noun (부장 회의, 팀장님). The particle is re-formed after 님 (팀장이 → 팀장님이).
     * <p>Sources: 국립국어원 『표준 언어 예절』 (2011), 직장에서의 호칭과 지칭 (상사: 직함 + 님, '부장님'); 표준국어대사전
     * '-님'¹ 「접사」 (직위나 신분을 나타내는 일부 명사 뒤에 붙어 '높임'의 뜻을 더하는 접미사); Sohn, <i>The Korean
     * Language</i> (1999), ch. 9, address terms.
     *
     * @param raw      the answer as typed (the comma marks a vocative)
     * @param register the activity's register
     * @param accepted the normalised accepted answers
     * @return findings of subtype {@code honorific/bare_title}; empty when none applies
     */
    static List<Finding> bareTitles(String raw, com.koto.evaluation.Register register, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (register == com.koto.evaluation.Register.CASUAL) {
            return out;
        }
        for (String part : raw.split("(?<=[.?!。\n])")) {
            List<List<String>> sentences = SpeechLevels.ownSentences(part);
            if (sentences.isEmpty() || sentences.getFirst().isEmpty()) {
                continue;
            }
            List<String> words = sentences.getFirst();
            String first = part.strip();
            // (a) a vocative: [surname] title, at the start and before a comma
            for (int n = 1; n <= 2 && n <= words.size(); n++) {
                String title = words.get(n - 1);
                String head = String.join(" ", words.subList(0, n));
                if (SUPERIOR_TITLES.containsKey(title) && (n == 1 || SURNAMES.contains(words.getFirst()))
                        && first.startsWith(head + ",") && !saidBare(title, accepted)) {
                    String fixed = (n == 2 ? words.getFirst() + " " : "") + SUPERIOR_TITLES.get(title);
                    out.add(new Finding(ErrorCategory.HONORIFIC, head, fixed, "honorific/bare_title"));
                }
            }
            // (b) a subject, a topic or the one spoken to, named with the bare title
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                for (String particle : PERSON_PARTICLES) {
                    if (!w.endsWith(particle) || w.length() <= particle.length()) {
                        continue;
                    }
                    String title = w.substring(0, w.length() - particle.length());
                    String honoured = SUPERIOR_TITLES.get(title);
                    if (honoured == null || first.startsWith(w + ",")) {
                        break;
                    }
                    String next = i + 1 < words.size() ? words.get(i + 1) : "";
                    boolean complement = next.startsWith("되") || next.startsWith("돼") || next.startsWith("된")
                            || next.startsWith("됐") || next.startsWith("될") || next.startsWith("됩")
                            || next.startsWith("아니");
                    boolean named = accepted.stream().anyMatch(a -> a.contains(honoured));
                    if (!complement && named && !saidBare(title, accepted) && (i == 0 || !words.get(i - 1).equals("제")
                            && !words.get(i - 1).equals("저의"))) {
                        out.add(new Finding(ErrorCategory.HONORIFIC, w, withParticle(honoured, particle),
                                "honorific/bare_title"));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** Whether an accepted answer says the title without 님 (부장 회의, 팀장이 되다). */
    private static boolean saidBare(String title, List<String> accepted) {
        Pattern bare = Pattern.compile("(^|\\s)" + title + "(?!님)");
        return accepted.stream().anyMatch(a -> bare.matcher(a).find());
    }

    /** The title an accepted answer gives this surname (김 선생님, 박부장님 → 선생님, 부장님), if any. */
    private static Optional<String> acceptedTitle(String surname, List<String> accepted) {
        for (String a : accepted) {
            String[] words = SPACES.split(PUNCTUATION_TILDE.matcher(a).replaceAll(" ").trim());
            for (int i = 0; i < words.length; i++) {
                String title = null;
                if (words[i].equals(surname) && i + 1 < words.length) {
                    title = words[i + 1];
                } else if (words[i].startsWith(surname) && words[i].length() > 2) {
                    title = words[i].substring(surname.length());
                }
                if (title == null) {
                    continue;
                }
                for (String t : List.of("선생님", "교수님", "사장님", "부장님", "과장님", "팀장님", "원장님", "의사 선생님")) {
                    if (title.startsWith(t)) {
                        return Optional.of(t);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The rest after 씨: nothing or a particle (씨가, 씨한테, 씨의); null when it is another word. */
    private static String particleOrEmpty(String rest) {
        if (rest.isEmpty()) {
            return rest;
        }
        return Particles.of(rest).isPresent() ? rest : null;
    }

    private static String withParticle(String title, String particle) {
        if (particle.isEmpty()) {
            return title;
        }
        return title + Particles.of(particle).map(p -> p.formAfter(title)).orElse(particle);
    }
}
