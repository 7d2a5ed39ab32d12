package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Particles the case frames of everyday verbs ask for, read on the learner's own words (session 34, helper s34a;
 * called from {@link CertainRoles#find} after {@link GovernedArguments}). The verbs and nouns are data: the
 * {@code object} list and the {@code arguments} roles {@code placement}, {@code existence}, {@code cause} of
 * {@code evaluation/verb-frames.json}, each with its source (표준국어대사전 문형 정보, 한국어기초사전 문형):
 * <ul>
 *   <li>{@code particle_wrong/location_for_object}: a noun with 에 right before a verb of the object list, where an
 *       accepted answer writes that noun bare or with 을/를 before the same verb and none with 에, and the learner's
 *       sentence has no object: 택시에 불러 주세요 → 택시를 (표준국어대사전 '부르다' 「…을」);</li>
 *   <li>{@code particle_wrong/action_place_for_location} ({@code placement}): where a thing is put or left written
 *       with 에서 before 두다, 놓다, 넣다, 걸다, 붙이다 … (or 세워 두다, 주차해 놓다), objects between: 주차장에서 차를
 *       둬도 돼요? → 주차장에 ('두다' 「…을 …에」). Left alone: a pronoun of place (여기서), a sentence that names the
 *       place with 에 too (집에서 가방을 책상에 놓았어요), another verb first (가방에서 지갑을 꺼내 놓았어요);</li>
 *   <li>{@code particle_missing/location} ({@code existence}): a noun after a question determiner bare before a
 *       subject and 있다/없다: 어떤 음식 돼지고기가 없어요? → 음식에 ('있다', '없다' 「…에 …이」); a noun after 어떤 is no
 *       topic, whose 은/는 speech drops;</li>
 *   <li>{@code particle_wrong/location_for_until}: the end of a range after 부터 written with 에: 월요일부터 수요일에 →
 *       수요일까지 ('까지' ① 범위의 끝, '부터' ① 범위의 시작), times only;</li>
 *   <li>{@code particle_missing/cause} ({@code cause}): what cuts or burns bare before the hurt part and 베다, 데다,
 *       다치다 …: 칼 손가락을 베었어요 → 칼에 ('베다' 「…에 …을」; '에' ⑤ 원인).</li>
 * </ul>
 * Each finding is left alone where an accepted answer writes the learner's word as written.
 */
final class EverydayFrames {

    private static final Set<String> PLACING = VerbFrames.argument("placement", "stems");
    private static final Set<String> PARKING = VerbFrames.argument("placement", "auxiliary");
    private static final Set<String> BEING = VerbFrames.argument("existence", "stems");
    private static final Set<String> WHICH = VerbFrames.argument("existence", "determiners");
    private static final Set<String> HURTING = VerbFrames.argument("cause", "stems");
    private static final Set<String> SHARP = VerbFrames.argument("cause", "nouns");

    /** Written beginnings of the verbs of hurting (Nori reads 베였어요 as 베 + 이다). */
    private static final List<String> HURT_FORMS = List.of("베", "벴", "벨", "찔", "다쳐", "다치", "다쳤", "데었", "데어",
            "데였", "뎄", "긁혔", "긁혀");

    /** Auxiliaries of a thing left in place after 세우다/주차하다/넣다 (세워 두다, 넣어 놓다). */
    private static final List<String> LEFT = List.of("두", "둬", "뒀", "둘", "놓", "놔", "놨");

    /** Times and dates, which take 에 before any verb (토요일에 예약하다): never read as an object. */
    private static final Pattern NOT_OBJECTS = Pattern.compile(
            "([가-힣]*요일|.*\\d.*|주말|오전|오후|아침|저녁|밤|점심|새벽|내일|모레|오늘|다음주|이번주|지난주|때|날|전|후|동안|처음|마지막|이번|다음)");

    /** Verbs of coming and going after 두고/놓고 (두고 왔어요: left behind). */
    private static final List<String> COMING = List.of("왔", "와", "오", "갔", "가", "나왔", "나와", "내렸", "내려", "나갔");

    /** A time a range ends at: a clock time, a date, a weekday, a part of the day. */
    private static final Pattern RANGE_TIME = Pattern.compile(
            "(\\d+(시|분|일|월)|\\d+시\\d+분|[가-힣]*요일|주말|아침|점심|저녁|밤|오전|오후|새벽|내일|모레|월말|연말|주말|다음주|이번주|\\d+월\\d+일)");

    private EverydayFrames() {
    }

    /**
     * The particle wrong or left out at word {@code i} of one learner sentence, or empty.
     *
     * @param words    the sentence's words as written, without sentence marks
     * @param analysed their analyses
     * @param i        the word read, not the last
     * @param models   the accepted answers' sentences, analysed
     * @return the finding, with the learner's word and the corrected word as its spans
     */
    static Optional<Finding> find(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        return objectWithE(words, analysed, i, models)
                .or(() -> placement(words, analysed, i))
                .or(() -> existence(words, analysed, i))
                .or(() -> rangeEnd(words, analysed, i))
                .or(() -> cause(words, analysed, i))
                .filter(f -> models.stream().noneMatch(s -> s.words().contains(f.original())));
    }

    /** The noun of a word that is a common noun (or nouns) and the one particle {@code particle} (JKB), or null. */
    private static String noun(String surface, Morphology.Word w, String particle) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.size() < 2 || !m.getLast().is("JKB") || !m.getLast().form().equals(particle) || !surface.endsWith(particle)
                || !m.subList(0, m.size() - 1).stream().allMatch(x -> x.is("NNG", "NNP"))) {
            return null;
        }
        String noun = surface.substring(0, surface.length() - particle.length());
        return noun.isEmpty() ? null : noun;
    }

    /** 택시에 불러 주세요 → 택시를, where an accepted answer calls the 택시 (bare or with 을/를). */
    static Optional<Finding> objectWithE(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String noun = noun(words.get(i), analysed.get(i), "에");
        if (noun == null || ParticleFrames.hasObject(analysed) || NOT_OBJECTS.matcher(noun).matches()
                || analysed.get(i).morphemes().stream().anyMatch(ParticleFrames::time)) {
            return Optional.empty();
        }
        int v = i + 1;
        while (v < words.size() - 1 && !analysed.get(v).verbal() && analysed.get(v).morphemes().stream()
                .allMatch(m -> m.is("MAG"))) {
            v++; // 택시에 지금 불러 주세요
        }
        Morphology.Word verb = analysed.get(v);
        if (!verb.verbal() || !VerbFrames.takesObject(verb, true)) {
            return Optional.empty();
        }
        String stem = VerbFrames.stem(verb);
        Set<String> asObject = Set.of(noun, noun + Hangul.objectParticle(noun));
        boolean objectInModel = false;
        for (SpeechLevels.AnalysedSentence s : models) {
            if (s.words().contains(noun + "에")) {
                return Optional.empty();
            }
            for (int k = 0; k < s.words().size(); k++) {
                if (!asObject.contains(s.words().get(k))) {
                    continue;
                }
                int j = k + 1;
                while (j < s.words().size() - 1 && !s.analysed().get(j).verbal()
                        && s.analysed().get(j).morphemes().stream().allMatch(x -> x.is("MAG"))) {
                    j++; // 택시 좀 불러 주세요, 택시 지금 불러 주세요
                }
                objectInModel |= j < s.words().size() && s.analysed().get(j).verbal()
                        && stem.equals(VerbFrames.stem(s.analysed().get(j)));
            }
        }
        return objectInModel ? Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i),
                noun + Hangul.objectParticle(noun), "particle_wrong/location_for_object")) : Optional.empty();
    }

    /** 주차장에서 차를 둬도 돼요? → 주차장에. */
    static Optional<Finding> placement(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = noun(words.get(i), analysed.get(i), "에서");
        if (noun == null || ParticleFrames.time(analysed.get(i).morphemes().getFirst())) {
            return Optional.empty();
        }
        for (int k = 0; k < words.size(); k++) {
            if (k != i && (noun(words.get(k), analysed.get(k), "에") != null
                    && !ParticleFrames.time(analysed.get(k).morphemes().getFirst()) || words.get(k).endsWith("까지")
                    || words.get(k).endsWith("으로") || words.get(k).endsWith("로"))) {
                return Optional.empty(); // the place is named with 에, or a goal or range: 에서 is the start or the scene
            }
        }
        int v = i + 1;
        while (v < words.size() && !analysed.get(v).verbal()) {
            if (analysed.get(v).endsWith("JKS") || analysed.get(v).endsWith("JKB")) {
                return Optional.empty();
            }
            v++;
        }
        if (v >= words.size()) {
            return Optional.empty();
        }
        String stem = VerbFrames.stem(analysed.get(v));
        String after = v + 1 < words.size() ? words.get(v + 1) : "";
        boolean linked = words.get(v).endsWith("고") && analysed.get(v).endsWith("EC");
        boolean placing = PLACING.contains(stem) && !analysed.get(v).morphemes().getFirst().is("VX")
                && (!linked || COMING.stream().anyMatch(after::startsWith));
        boolean left = PARKING.contains(stem) && v + 1 < words.size() && LEFT.stream().anyMatch(words.get(v + 1)::startsWith);
        if (!placing && !left) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + "에",
                "particle_wrong/action_place_for_location"));
    }

    /** 어떤 음식 돼지고기가 없어요? → 음식에. */
    static Optional<Finding> existence(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (i == 0 || i + 2 >= words.size() || !WHICH.contains(words.get(i - 1)) || m.size() != 1 || !m.getFirst().is("NNG")
                || !analysed.get(i + 1).endsWith("JKS") || analysed.get(i + 1).verbal()) {
            return Optional.empty();
        }
        int v = i + 2;
        while (v < words.size() - 1 && (words.get(v).equals("안") || words.get(v).equals("좀") || words.get(v).equals("더"))) {
            v++;
        }
        if (v != words.size() - 1 || !analysed.get(v).verbal() || !BEING.contains(VerbFrames.stem(analysed.get(v)))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에", "particle_missing/location"));
    }

    /** 월요일부터 수요일에 휴가예요 → 수요일까지. */
    static Optional<Finding> rangeEnd(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        if (i == 0 || !words.get(i - 1).endsWith("부터") || !w.endsWith("에") || w.length() < 2
                || !analysed.get(i).endsWith("JKB") || words.stream().anyMatch(x -> x.contains("까지"))) {
            return Optional.empty();
        }
        String end = w.substring(0, w.length() - 1);
        String start = words.get(i - 1).substring(0, words.get(i - 1).length() - 2);
        if (!RANGE_TIME.matcher(end).matches() || !RANGE_TIME.matcher(start).matches() && !start.endsWith("시")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, end + "까지", "particle_wrong/location_for_until"));
    }

    /** 칼 손가락을 베었어요 → 칼에. */
    static Optional<Finding> cause(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (!SHARP.contains(noun) || analysed.get(i).verbal() || i > 0 && analysed.get(i - 1).endsWith("ETM")) {
            return Optional.empty();
        }
        int v = i + 1;
        if (v < words.size() - 1 && analysed.get(v).endsWith("JKO", "JKS") && !analysed.get(v).verbal()) {
            v++; // 칼 손가락을 베었어요
        }
        String verb = words.get(v);
        boolean hurting = HURTING.contains(VerbFrames.stem(analysed.get(v))) || HURT_FORMS.stream().anyMatch(verb::startsWith);
        if (!hurting || v == i + 1 && !HURT_FORMS.stream().anyMatch(verb::startsWith)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에", "particle_missing/cause"));
    }
}
