package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;

/**
 * Arguments a verb governs whose particle speech does not drop, read on the learner's own words (session 33, helper
 * s33c; called from {@link CertainRoles#find} after {@link GovernedParticles#missing}). The verbs, the particle of the
 * role and the nouns that can fill it are data: the {@code arguments} section of {@code evaluation/verb-frames.json},
 * each entry with its source (표준국어대사전 문형 정보 and the particle's sense). Speech drops 이/가, 을/를 and the 에
 * of a goal (Lee &amp; Ramsey 2000); it does not drop a particle that names a role the verb cannot give a bare noun
 * (Yeon &amp; Brown 2019 on case-particle ellipsis):
 * <ul>
 *   <li>{@code particle_missing/comitative} ({@code companion}): a person bare before a public place or a city in
 *       에/(으)로/까지 and a verb of going: 나는 친구 부산에 갔어 → 친구랑 ('하고', '랑' ② 함께 하는 상대). Left alone:
 *       a place a person can own (친구 집, 동생 학교: one noun phrase), the first word (a vocative), a verb raised with
 *       -(으)시- (엄마 한국에 오셨어요: the subject), a person an accepted answer writes as a subject or bare;</li>
 *   <li>{@code particle_missing/capacity} ({@code capacity}): a job bare right before 일하다/근무하다: 간호사 일해요 →
 *       간호사로 ('로' ⑤ 자격). Left alone: 일 written apart (간호사 일을 해요 'do nursing work');</li>
 *   <li>{@code particle_missing/result} ({@code shifted_time}): a clock time bare right before a verb that moves a
 *       thing in time, whose thing is written with 을/를: 회의를 네 시 미뤄도 돼요? → 시로 ('미루다' 「…을 …으로」).
 *       Left alone: a length (한 시간 늦춰도: by how much), no object written;</li>
 *   <li>{@code particle_wrong/object_for_location} ({@code fit}): 을/를 on what a thing fits, a thing of size or make as
 *       the subject before 맞다: 케이스가 폰을 안 맞아요 → 폰에 ('맞다' 「…에」). Left alone: the nouns of the other
 *       맞다 「…을」 (비를, 주사를, 손님을 맞다), any other subject;</li>
 *   <li>{@code particle_missing/action_place} ({@code waiting_place}): a place bare before 기다리다, adverbs between:
 *       로비 좀 기다려 줘 → 로비에서 ('에서' ①). Only nouns of place that cannot be what is awaited (버스 기다려요);</li>
 *   <li>{@code particle_missing/location} ({@code heating_place}): an appliance bare before 데우다: 도시락 전자레인지
 *       데워 주세요 → 전자레인지에 ('데우다' 「…을 …에」: the appliance is never what is heated);</li>
 *   <li>{@code particle_wrong/subject_for_goal} ({@link #goalAskedAbout}): a place with 이/가 before 어떻게 가요, the
 *       question of the way: 시청이 어떻게 가요? → 시청에;</li>
 *   <li>{@code particle_missing/action_place} ({@code working_place}, {@code study_place}, {@code buying_place}; session
 *       38, s38b): the place of an activity bare before its verb, a length of time or adverbs between: 한국 회사 3년 동안
 *       일했는데 → 회사에서, 도서관 공부해요 → 도서관에서, 이 가게 산 휴대폰 케이스 → 가게에서 ('에서' ① 행동이 이루어지는
 *       처소; speech drops the 에 of a goal, not this 에서). 사다 is read on its own forms and on its modifier before a
 *       head that is no person (서울 사는 친구 is 살다 'live'); a shop that may itself be bought only in the modifier;</li>
 *   <li>{@code particle_missing/location} ({@code carrying_goal}): a place bare right before 가져가다/가져오다/데려가다:
 *       집 가져가고 싶어요 → 집에 ('가져가다' 「…에 …을」: a bare noun before a transitive verb reads as its object, and a
 *       place is not carried);</li>
 *   <li>{@code particle_wrong/case_for_comitative} ({@code together}): a person with 을/를 right before 같이/함께/따로
 *       and a verb that takes no person as its object: 친구를 따로 계산할 수 있어요? → 친구하고 ('하고' ②, '따로' ①).</li>
 * </ul>
 * The {@code keeping} entry groups 맡기다, 맡다 and 보관하다 as one frame for {@link AcceptedRoles}' check of 까지.
 */
final class GovernedArguments {

    /** One role of the lexicon. */
    private record Role(Set<String> stems, Set<String> nouns, Set<String> places, Set<String> subjects,
            Set<String> notObjects, Set<String> forms, Set<String> modifiers, Set<String> adverbs, Set<String> buyable) {
    }

    private static final Map<String, Role> ROLES = new HashMap<>();

    static {
        for (JsonNode e : VerbFrames.ARGUMENTS) {
            ROLES.put(e.path("role").asString(), new Role(strings(e.path("stems")), strings(e.path("nouns")),
                    strings(e.path("places")), strings(e.path("subjects")), strings(e.path("not_objects")),
                    strings(e.path("forms")), strings(e.path("modifiers")), strings(e.path("adverbs")),
                    strings(e.path("buyable"))));
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        for (JsonNode n : array) {
            out.add(n.asString());
        }
        return Set.copyOf(out);
    }

    private static Role role(String name) {
        Role r = ROLES.get(name);
        if (r == null) {
            throw new IllegalStateException("no role " + name + " in " + VerbFrames.LOCATION);
        }
        return r;
    }

    private GovernedArguments() {
    }

    /** Whether two verb stems are one frame of keeping (맡기다, 맡다, 보관하다), or the same stem. */
    static boolean sameFrame(String a, String b) {
        return a.equals(b) || role("keeping").stems().contains(a) && role("keeping").stems().contains(b);
    }

    /** Whether the stem is a verb of keeping a thing for a stretch (맡기다, 맡다, 보관하다). */
    static boolean keeping(String stem) {
        return role("keeping").stems().contains(stem);
    }

    /**
     * The particle left out or wrong at word {@code i} of one learner sentence, or empty.
     *
     * @param words    the sentence's words as written, without sentence marks
     * @param analysed their analyses
     * @param i        the word read, not the last
     * @param models   the accepted answers' sentences, analysed
     * @return the finding, with the learner's word and the word with the role's particle as its spans
     */
    static Optional<Finding> find(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        return companion(words, analysed, i, models)
                .or(() -> capacity(words, analysed, i))
                .or(() -> shiftedTime(words, analysed, i))
                .or(() -> fit(words, analysed, i))
                .or(() -> waitingPlace(words, analysed, i, models))
                .or(() -> goalAskedAbout(words, analysed, i))
                .or(() -> activityPlace(words, analysed, i, models))
                .or(() -> carryingGoal(words, analysed, i))
                .or(() -> partnerAsObject(words, analysed, i, models));
    }

    /** Last parts of nouns of a place one goes to (지하철역, 시청, 국립박물관, 인천공항). */
    static final Pattern PLACE_END = Pattern.compile(".*(역|정류장|공항|터미널|병원|호텔|학교|도서관|시장|백화점"
            + "|박물관|미술관|은행|우체국|시청|구청|공원|센터|타워|대학교|마트|편의점|약국|경찰서|대사관|출구|입구|극장|영화관)");

    /**
     * {@code particle_wrong/subject_for_goal}: a place with 이/가 right before 어떻게 and a form of 가다, the question of
     * the way: 지하철역이 어떻게 가요? → 지하철역에 (표준국어대사전 '가다' 「…에」; the one who goes is the speaker, so the
     * place is the goal). Left alone: vehicles and people (버스가 어떻게 가요?, 친구가 어떻게 가요? ask how they go),
     * a place not listed by its last part (a name may be a person's).
     */
    static Optional<Finding> goalAskedAbout(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        Morphology.Word word = analysed.get(i);
        if (i + 2 >= words.size() || !word.endsWith("JKS") || word.verbal() || w.length() < 3
                || !words.get(i + 1).equals("어떻게")) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 1);
        String verb = words.get(i + 2);
        boolean going = verb.startsWith("가") || verb.startsWith("갑") || verb.startsWith("갈");
        if (!PLACE_END.matcher(noun).matches() || WayParticles.VEHICLES.contains(noun) || !going
                || !"가".equals(VerbFrames.stem(analysed.get(i + 2))) && !verb.equals("가요")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + "에", "particle_wrong/subject_for_goal"));
    }

    /** Particles of a goal after a place. */
    private static final List<String> GOAL_PARTICLES = List.of("까지", "으로", "로", "에");

    /** Adverbs and nouns of purpose between a goal and its verb of going (놀러 가요, 여행 가요). */
    private static final Set<String> BEFORE_GOING = Set.of("놀러", "여행", "여행을", "구경", "구경하러", "먼저", "다시", "또",
            "같이", "함께", "자주", "가끔", "꼭");

    /** 나는 친구 부산에 갔어 → 친구랑. */
    static Optional<Finding> companion(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        Role r = role("companion");
        String person = words.get(i);
        if (i == 0 || i + 2 >= words.size() || !r.nouns().contains(person) || words.get(i - 1).endsWith(",")) {
            return Optional.empty();
        }
        String next = words.get(i + 1);
        String place = null;
        for (String p : GOAL_PARTICLES) {
            if (next.endsWith(p) && next.length() > p.length()) {
                place = next.substring(0, next.length() - p.length());
                break;
            }
        }
        if (place == null || r.nouns().contains(place)) {
            return Optional.empty();
        }
        List<Morphology.Morpheme> pm = analysed.get(i + 1).morphemes();
        boolean publicPlace = r.places().contains(place)
                || pm.size() == 2 && pm.getFirst().is("NNP") && pm.getFirst().form().equals(place) && pm.get(1).is("JKB");
        if (!publicPlace) {
            return Optional.empty();
        }
        int v = i + 2;
        while (v < words.size() - 1 && BEFORE_GOING.contains(words.get(v))) {
            v++;
        }
        Morphology.Word verb = analysed.get(v);
        String surface = words.get(v);
        boolean going = verb.verbal() && r.stems().contains(VerbFrames.stem(verb)) || surface.equals("가요")
                || surface.equals("가");
        boolean raised = verb.morphemes().stream().anyMatch(m -> m.is("EP") && m.form().equals("시"))
                || surface.contains("셨") || surface.contains("세요") || surface.contains("십");
        if (!going || raised || subjectIn(models, person)) {
            return Optional.empty();
        }
        String last = words.getLast();
        boolean casual = !last.endsWith("요") && !last.endsWith("다") && !last.endsWith("까");
        String with = casual ? (Hangul.hasFinal(person.charAt(person.length() - 1)) ? "이랑" : "랑") : "하고";
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, person, person + with,
                "particle_missing/comitative"));
    }

    /** Whether an accepted answer writes the person bare or as a subject or topic: then the person goes. */
    private static boolean subjectIn(List<SpeechLevels.AnalysedSentence> models, String person) {
        Set<String> forms = Set.of(person, person + "이", person + "가", person + "은", person + "는", person + "께서",
                person + "도");
        return models.stream().anyMatch(s -> s.words().stream().anyMatch(forms::contains));
    }

    /** 간호사 일해요 → 간호사로. */
    static Optional<Finding> capacity(List<String> words, List<Morphology.Word> analysed, int i) {
        Role r = role("capacity");
        String job = words.get(i);
        Morphology.Word verb = analysed.get(i + 1);
        if (!r.nouns().contains(job) || analysed.get(i).verbal() || !verb.verbal()
                || !r.stems().contains(VerbFrames.stem(verb))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, job, job + ParticleFrames.direction(job),
                "particle_missing/capacity"));
    }

    /** A clock hour written with digits (3시), or 시 after a numeral written apart (일 시, 네 시). */
    private static final Pattern DIGIT_HOUR = Pattern.compile("\\d{1,2}시");

    /** Numerals written apart before 시. */
    private static final Set<String> HOUR_NUMERALS = Set.of("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉",
            "열", "열한", "열두", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구", "십", "십일", "십이", "몇");

    /** 회의를 네 시 미뤄도 될까요? → 시로. */
    static Optional<Finding> shiftedTime(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        boolean hour = DIGIT_HOUR.matcher(w).matches() || w.equals("시") && i > 0 && HOUR_NUMERALS.contains(words.get(i - 1));
        Morphology.Word verb = analysed.get(i + 1);
        if (!hour || !verb.verbal() || !role("shifted_time").stems().contains(VerbFrames.stem(verb))) {
            return Optional.empty();
        }
        boolean object = false;
        for (int k = 0; k < i; k++) {
            object |= analysed.get(k).endsWith("JKO") && !analysed.get(k).verbal();
        }
        return object ? Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, w, w + "로", "particle_missing/result"))
                : Optional.empty();
    }

    /** Adverbs between what a thing fits and 맞다. */
    private static final Set<String> FIT_ADVERBS = Set.of("안", "잘", "꼭", "딱", "좀", "잘안", "전혀", "너무", "안 ");

    /** 케이스가 제 핸드폰을 안 맞아서 → 핸드폰에. */
    static Optional<Finding> fit(List<String> words, List<Morphology.Word> analysed, int i) {
        Role r = role("fit");
        String w = words.get(i);
        Morphology.Word word = analysed.get(i);
        if (!word.endsWith("JKO") || word.verbal() || w.length() < 2) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 1);
        if (r.notObjects().contains(noun) || r.subjects().contains(noun)) {
            return Optional.empty();
        }
        int v = i + 1;
        while (v < words.size() - 1 && FIT_ADVERBS.contains(words.get(v))) {
            v++;
        }
        Morphology.Word verb = analysed.get(v);
        if (!verb.verbal() || !words.get(v).startsWith("맞") || !r.stems().contains(VerbFrames.stem(verb))) {
            return Optional.empty();
        }
        boolean thingSubject = false;
        for (int k = 0; k < i; k++) {
            String s = words.get(k);
            Morphology.Word a = analysed.get(k);
            if (a.endsWith("JKS") && !a.verbal() && s.length() > 1) {
                thingSubject |= r.subjects().contains(s.substring(0, s.length() - 1));
            }
        }
        return thingSubject
                ? Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + "에", "particle_wrong/object_for_location"))
                : Optional.empty();
    }

    /** Adverbs between the place of waiting and 기다리다. */
    private static final Set<String> WAIT_ADVERBS = Set.of("먼저", "좀", "잠깐", "잠시", "조금", "조금만", "잠깐만", "계속");

    /**
     * 카페 먼저 기다려 → 카페에서; 이 도시락 전자레인지 데워 주세요 → 전자레인지에. Left alone when an accepted answer
     * writes the place bare before another word (공원 앞에서 기다려요): the learner left out more than the particle, and
     * the comparison names the missing piece ({@code incomplete}).
     */
    static Optional<Finding> waitingPlace(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String place = words.get(i);
        boolean modelNamesMore = models.stream().anyMatch(s -> {
            List<String> m = s.words();
            return IntStream.range(0, m.size() - 1).anyMatch(k -> m.get(k).equals(place));
        });
        if (modelNamesMore) {
            return Optional.empty();
        }
        return placeBefore("waiting_place", "에서", "particle_missing/action_place", words, analysed, i)
                .or(() -> placeBefore("heating_place", "에", "particle_missing/location", words, analysed, i));
    }

    private static Optional<Finding> placeBefore(String name, String particle, String subtype, List<String> words,
            List<Morphology.Word> analysed, int i) {
        Role r = role(name);
        String place = words.get(i);
        if (!r.nouns().contains(place)) {
            return Optional.empty();
        }
        int v = i + 1;
        while (v < words.size() - 1 && WAIT_ADVERBS.contains(words.get(v))) {
            v++;
        }
        Morphology.Word verb = analysed.get(v);
        if (!verb.verbal() || !r.stems().contains(VerbFrames.stem(verb))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, place, place + particle, subtype));
    }

    /** Words of a length of time between the place of an activity and its verb (3년 동안, 2년간, 오래, 몇 달). */
    private static final Pattern LENGTH = Pattern.compile("([0-9]+|한|두|세|네|다섯|몇|오래|오랫|일|이|삼|사|오|육|칠|팔|구|십)?"
            + "(년|년간|개월|달|주|주일|시간|년 동안)?(동안|간|쯤|정도|넘게|이상|동안에)?");

    /** Adverbs between the place of an activity and its verb. */
    private static final Set<String> ACTIVITY_ADVERBS = Set.of("좀", "열심히", "오래", "계속", "같이", "혼자", "자주", "매일",
            "많이", "싸게", "다", "또", "처음", "잠깐", "한동안");

    /** Heads a modifier of 살다 'live' takes: persons and animals (서울 사는 친구, 편의점 사는 고양이). */
    private static final Set<String> LIVING = Set.of("고양이", "개", "강아지", "새", "동물", "가족", "사람", "분", "애", "아이");

    /**
     * 한국 회사 3년 동안 일했는데 → 회사에서, 도서관 공부해요 → 도서관에서, 이 가게 산 케이스 → 가게에서 (session 38, s38b).
     * Left alone where an accepted answer writes the place bare before another word, as {@link #waitingPlace}.
     */
    static Optional<Finding> activityPlace(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String place = words.get(i);
        if (analysed.get(i).verbal() || models.stream().anyMatch(s -> s.words().subList(0, Math.max(0, s.words().size() - 1))
                .contains(place))) {
            return Optional.empty();
        }
        int v = i + 1;
        while (v < words.size() - 1 && (ACTIVITY_ADVERBS.contains(words.get(v)) || LENGTH.matcher(words.get(v)).matches()
                && !words.get(v).isEmpty() && !analysed.get(v).verbal())) {
            v++;
        }
        Morphology.Word verb = analysed.get(v);
        for (String name : List.of("working_place", "study_place")) {
            Role r = role(name);
            if (r.nouns().contains(place) && verb.verbal() && r.stems().contains(VerbFrames.stem(verb))) {
                return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, place, place + "에서",
                        "particle_missing/action_place"));
            }
        }
        Role buying = role("buying_place");
        if (!buying.nouns().contains(place) || v != i + 1 && !ACTIVITY_ADVERBS.contains(words.get(i + 1))) {
            return Optional.empty();
        }
        String form = words.get(v);
        boolean clause = buying.forms().stream().anyMatch(form::startsWith) && !buying.buyable().contains(place);
        boolean modifier = buying.modifiers().contains(form) && v + 1 < words.size()
                && analysed.get(v + 1).startsWith("NNG") && !LIVING.contains(words.get(v + 1))
                && !HeadFirstPhrases.person(words.get(v + 1));
        return clause || modifier ? Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, place, place + "에서",
                "particle_missing/action_place")) : Optional.empty();
    }

    /** 집 가져가고 싶어요 → 집에 (session 38, s38b). */
    static Optional<Finding> carryingGoal(List<String> words, List<Morphology.Word> analysed, int i) {
        Role r = role("carrying_goal");
        String place = words.get(i);
        int v = i + 1;
        while (v < words.size() - 1 && ACTIVITY_ADVERBS.contains(words.get(v))) {
            v++;
        }
        Morphology.Word verb = analysed.get(v);
        if (!r.nouns().contains(place) || analysed.get(i).verbal() || !verb.verbal()
                || !r.stems().contains(VerbFrames.stem(verb))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, place, place + "에", "particle_missing/location"));
    }

    /** 친구를 따로 계산할 수 있어요? → 친구하고 (session 38, s38b). */
    static Optional<Finding> partnerAsObject(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        Role r = role("together");
        String w = words.get(i);
        Morphology.Word word = analysed.get(i);
        if (i + 2 >= words.size() || !word.endsWith("JKO") || word.verbal() || w.length() < 2
                || !r.adverbs().contains(words.get(i + 1))) {
            return Optional.empty();
        }
        String person = w.substring(0, w.length() - 1);
        Morphology.Word verb = analysed.get(i + 2);
        String stem = verb.verbal() ? VerbFrames.stem(verb) : "";
        if (!verb.verbal() && i + 3 < words.size() && analysed.get(i + 3).verbal()
                && analysed.get(i + 3).morphemes().getFirst().form().equals("하")) {
            stem = words.get(i + 2) + "하"; // 계산 할 수 있어요: a noun + 하다 written apart
        }
        if (!role("companion").nouns().contains(person) || !r.stems().contains(stem) && !words.get(i + 2).equals("가요")) {
            return Optional.empty();
        }
        String last = words.getLast();
        boolean casual = !last.endsWith("요") && !last.endsWith("다") && !last.endsWith("까");
        String with = casual ? (Hangul.hasFinal(person.charAt(person.length() - 1)) ? "이랑" : "랑") : "하고";
        // the partner's particle as the first accepted answer to write it does (친구랑, 친구와), else by the level
        String written = models.stream().flatMap(s -> s.words().stream())
                .filter(x -> x.startsWith(person) && List.of("하고", "이랑", "랑", "와", "과").contains(x.substring(person.length())))
                .findFirst().orElse(null);
        if (written != null) {
            with = written.substring(person.length());
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, person + with,
                "particle_wrong/case_for_comitative"));
    }
}
