package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Case particles of a verb's arguments that are not its object, judged on the learner's own words
 * (issue 11, session 8, helper eval11b; called from {@link ParticleFrames#find}):
 * <ul>
 *   <li>{@code particle_wrong/object_for_means}: a means of payment (카드, 현금 …) marked with 을/를
 *       before 계산하다/결제하다, or a name (이름, 성함, 명의) with 을/를 before 예약하다/주문하다 (카드을
 *       계산했어요 → 카드로; 부디 이름을 예약했습니다 → 이름으로). What one pays with and the name a
 *       booking is under take (으)로, and the object of 계산하다/예약하다 is the bill or the thing booked
 *       (표준국어대사전 '-으로' ③ 수단·도구, ⑤ 자격; '예약하다' 「…을」, '계산하다' ②; Yeon &amp; Brown
 *       2019 on (으)로). A vowel-final noun with 을 (카드을) is read as the object it was meant to be: the
 *       sentence needs 로, not the allomorph 를. 현금을 내다/지불하다 (cash as what is paid) stays;</li>
 *   <li>{@code particle_wrong/location_for_subject}: a part of the body with 에 before 아프다 or another
 *       adjective of a bodily feeling (이에 아파요 → 이가, 눈에 가려워요 → 눈이): the part that hurts is
 *       the subject, 「…이」 (표준국어대사전 '아프다' ①, '가렵다', '시리다');</li>
 *   <li>{@code particle_wrong/object_on_intransitive}: a thing with 을/를 before an intransitive verb of
 *       the lexicon ({@link VerbFrames#intransitive}: 나오다, 나다, 생기다, 깨지다, 고장 나다 …; 카푸치노를
 *       나왔어요 → 카푸치노가): these verbs have the thing as their subject, 「…이」. A place with 을/를
 *       before 나오다 (집을 나왔어요, 대학을 나왔어요: the place left), 나오다 before another clause (호텔을
 *       나와서 왼쪽으로 가세요), 나서다 and people stay;</li>
 *   <li>{@code particle_wrong/location_for_means}: a name with 에 right before 예약하다/주문하다 (부디 이름에
 *       예약했어요 → 이름으로; as 이름을 above), and a means of payment with 에 right before a verb of paying
 *       (카드에 계산해도 돼요? → 카드로, 현금에 낼게요 → 현금으로; 계산하다, 결제하다, 지불하다, 내다 take what one
 *       pays with in (으)로, 표준국어대사전 '-으로' ③ 수단·도구, '결제하다' 「…을 …으로」). Another verb after the
 *       card (카드에 충전해요, 카드에 포인트가 쌓여요: the card as a place) stays (session 12);</li>
 *   <li>{@code particle_wrong/location_for_subject}, the place asked about: N에 right before 어디 and a
 *       final 있다/계시다 (지하철역에 어디 있어요? → 지하철역이): the thing whose place is asked is the
 *       subject of 있다, 「…이 …에 있다」 (표준국어대사전 '있다' ①). Not a relative place (이 근처에 어디
 *       있어요?: the area searched);</li>
 *   <li>{@code particle_wrong/object_on_intransitive}, N을/를 어떻게 되다 (연세를 어떻게 돼요? → 연세가): the
 *       question 'what is your N?' is N이/가 어떻게 되세요 (표준국어대사전 '되다' 「…이」; 표준 언어 예절);</li>
 *   <li>{@code particle_wrong/object_for_location}: a place or event with 을/를 before a verb of the
 *       lexicon's 'goal' section ({@link VerbFrames#goalOnly}: 앉다, 도착하다, 참석하다, 가입하다, 합격하다 …;
 *       의자를 앉으세요 → 의자에, 회의를 참석했어요 → 회의에): these verbs take it in 「…에」
 *       (표준국어대사전 문형 정보). A length of time (두 시간을 앉아 있었어요) and people stay.
 *       Session 17 (s17b): 늦다 'be late' takes the time or event one is late for in 「…에」 (표준국어대사전 '늦다¹'
 *       「동사」: 약속 시간에 늦다, 학교에 늦다; 비행기 시간을 늦어서 → 시간에): only where 늦다 is the noun's own
 *       predicate, not the adverb 늦게 or the modifier 늦은 (숙제를 늦게 냈어요, 회의를 늦은 시간에 해요), and the time
 *       of something (비행기 시간, 약속 시간: a bare noun before 시간) is no length of time; an illness with 을/를 before
 *       걸리다 (감기를 걸려서 → 감기에): one catches an illness in 「…에」 (표준국어대사전 '걸리다' 「…에」 '병이 들다':
 *       감기에 걸리다, 폐렴에 걸리다); only nouns of illness ({@link #ILLNESSES}), since 걸리다 of time takes 「…이」
 *       (시간이 걸리다). The bare noun of speech (감기 걸려서) and 이/가 (감기가 걸려서, heard in speech) stay.</li>
 * </ul>
 */
final class ArgumentParticles {

    /** Digits with up to two Hangul syllables. */
    private static final Pattern NUMBER_WORD = Pattern.compile("[0-9]+[가-힣]{0,2}");
    /** The subject particle: 이 after a 받침, 가 after a vowel or a letter that is no Hangul syllable. */
    private static final Particles.Particle SUBJECT = Particles.of("가").orElseThrow();
    /** A form of 되다. */
    private static final Pattern DOEDA_FORM = Pattern.compile("(돼|되|됩|된|됐).*");
    /** A native number determiner, 몇, or digits. */
    private static final Pattern SMALL_NUMBER = Pattern.compile("(한|두|세|네|몇|[0-9]+)");

    private static final Set<String> PAYMENT_MEANS = Set.of("카드", "신용카드", "체크카드", "현금", "계좌이체",
            "교통카드", "카카오페이", "삼성페이", "상품권");

    private static final Set<String> PAYING = Set.of("계산하", "결제하");

    private static final Set<String> NAMES = Set.of("이름", "성함", "명의");

    private static final Set<String> BOOKING = Set.of("예약하", "주문하");

    /** Parts of the body that hurt, itch or ache (표준국어대사전 '아프다' ①: 몸의 어느 부분이). */
    private static final Set<String> BODY = Set.of("이", "이빨", "치아", "잇몸", "어금니", "머리", "배", "목", "목구멍",
            "허리", "다리", "팔", "눈", "귀", "어깨", "무릎", "발", "손", "등", "가슴", "코", "손목", "발목",
            "온몸", "몸", "배꼽", "엉덩이", "턱", "입", "혀", "피부");

    /** Adjectives of a bodily feeling whose body part is the subject. */
    private static final Set<String> FEELING = Set.of("아프", "가렵", "따갑", "시리", "저리", "쑤시", "간지럽");

    /** Places and buildings whose ending is not one of {@link #PLACE_ENDS}. */
    private static final Set<String> PLACES = Set.of("호텔", "카페", "은행", "마트", "아파트", "빌딩", "센터", "터미널",
            "커피숍", "가게", "식당", "공원", "방", "숙소", "모텔", "게스트하우스", "펜션", "사우나", "찜질방", "노래방",
            "PC방", "피시방", "클럽", "바", "펍", "술집", "빵집", "꽃집", "미용실", "학원", "캠퍼스", "기숙사", "고향", "나라",
            "한국", "서울", "부산", "인도네시아", "자카르타", "홍콩", "일본", "중국", "미국");

    /** Places: the object of 나오다/나가다 may be the place one leaves (집을 나왔어요). */
    private static final Set<String> PLACE_ENDS = Set.of("집", "교", "원", "실", "관", "장", "역", "점", "소", "사", "방",
            "층", "문", "길", "국", "당", "대", "청", "서", "터", "회", "과", "학", "구", "항", "게", "널", "트", "건물",
            "버스", "택시", "차", "지하철", "기차", "비행기", "배", "수업", "모임");

    private ArgumentParticles() {
    }

    /** The finding on word {@code i} of one sentence, or empty; shapes as {@link ParticleFrames#find}. */
    static Optional<Finding> find(List<String> words, List<Morphology.Word> analysed, int i) {
        return means(words, analysed, i).or(() -> bodyPart(words, analysed, i)).or(() -> bodyPartObject(words, analysed, i)).or(() -> intransitive(words, analysed, i))
                .or(() -> goalAsObject(words, analysed, i)).or(() -> nameWithE(words, analysed, i))
                .or(() -> askedPlaceWithE(words, analysed, i)).or(() -> objectOfHowBecome(words, analysed, i));
    }

    /** 카드을 계산했어요 → 카드로; 부디 이름을 예약했습니다 → 이름으로. */
    private static Optional<Finding> means(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = objectNoun(words.get(i), analysed.get(i));
        int v = ParticleFrames.predicate(analysed, i);
        if (noun == null || v < 0) {
            return Optional.empty();
        }
        String stem = VerbFrames.stem(analysed.get(v));
        boolean paying = PAYMENT_MEANS.contains(noun) && PAYING.contains(stem);
        boolean booking = NAMES.contains(noun) && BOOKING.contains(stem);
        if (!paying && !booking) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + ParticleFrames.direction(noun),
                "particle_wrong/object_for_means"));
    }

    /** Verbs of paying whose means takes (으)로, by {@link VerbFrames#stem} (내 for 내다: 낼게요, 내도). */
    private static final Set<String> PAYING_WITH = Set.of("계산하", "결제하", "지불하", "내");

    /**
     * 부디 이름에 예약했어요 → 이름으로: the name a booking is under takes (으)로, not 에; 카드에 계산해도 돼요? →
     * 카드로: so does what one pays with.
     */
    private static Optional<Finding> nameWithE(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (!w.endsWith("에") || m.size() != 2 || !m.getLast().is("JKB") || !w.equals(m.getFirst().form() + "에")) {
            return Optional.empty();
        }
        int v = ParticleFrames.predicate(analysed, i);
        if (v < i + 1 || v > i + 1 && !(NAMES.contains(m.getFirst().form()) && onlyQuantitiesBetween(words, analysed, i, v))) {
            return Optional.empty();
        }
        String stem = VerbFrames.stem(analysed.get(v));
        String verb = words.get(v);
        // by the written syllable too: 낼게요 is 내 + ㄹ게요, while 내서 read as 나 + 아서 is no verb of paying
        boolean paying = PAYMENT_MEANS.contains(m.getFirst().form()) && PAYING_WITH.contains(stem)
                && Hangul.isSyllable(verb.charAt(0)) && Hangul.withoutFinal(verb.charAt(0)) == Hangul.withoutFinal(stem.charAt(0));
        if (!(NAMES.contains(m.getFirst().form()) && BOOKING.contains(stem)) && !paying) {
            return Optional.empty();
        }
        String noun = m.getFirst().form();
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + ParticleFrames.direction(noun),
                "particle_wrong/location_for_means"));
    }

    /**
     * Whether only a number of nights, people or days stands between the name and the verb of booking (부디 이름에
     * 2박 예약했어 → 이름으로, as {@code FrameArguments} reads 리사 이름 3박 예약했어요): the quantity is the booking's
     * extent, no other argument that could take the 에 (session 15, eval27e).
     */
    static boolean onlyQuantitiesBetween(List<String> words, List<Morphology.Word> analysed, int i, int v) {
        for (int k = i + 1; k < v; k++) {
            if (!(NUMBER_WORD.matcher(words.get(k)).matches() || analysed.get(k).startsWith("NR", "SN", "MM", "NNBC")
                    || Lexicon.COUNTERS.contains(words.get(k)))) {
                return false;
            }
        }
        return true;
    }

    /** 지하철역에 어디 있어요? → 지하철역이: the place asked about is the subject of 있다. */
    private static Optional<Finding> askedPlaceWithE(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        int last = words.size() - 1;
        if (i + 2 != last || !w.endsWith("에") || m.size() < 2 || !m.getLast().is("JKB") || !m.getLast().form().equals("에")
                || !(words.get(i + 1).equals("어디") || words.get(i + 1).equals("어디에"))
                || !(words.get(last).startsWith("있") || words.get(last).startsWith("계시") || words.get(last).startsWith("계세"))) {
            return Optional.empty();
        }
        for (Morphology.Morpheme x : m.subList(0, m.size() - 1)) {
            if (!x.is("NNG", "NNP")) {
                return Optional.empty();
            }
        }
        String noun = w.substring(0, w.length() - 1);
        if (RELATIONAL.stream().anyMatch(noun::endsWith) || noun.isEmpty()) {
            return Optional.empty(); // 이 근처에 어디 있어요? (where around here), 안에 어디
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + SUBJECT.formAfter(noun),
                "particle_wrong/location_for_subject"));
    }

    /** Nouns of a relative place: with 에 they are the area searched (근처에 어디 있어요?), not the thing. */
    private static final Set<String> RELATIONAL = Set.of("근처", "주변", "옆", "앞", "뒤", "안", "밖", "위", "아래", "밑",
            "쪽", "동네", "여기", "거기", "저기", "이곳", "그곳", "층", "건물", "역 근처");

    /** 연세를 어떻게 돼요? → 연세가; 성함을 어떻게 되세요? → 성함이: N이/가 어떻게 되다 asks what N is. */
    private static Optional<Finding> objectOfHowBecome(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = objectNoun(words.get(i), analysed.get(i));
        int last = words.size() - 1;
        if (noun == null || i + 2 != last || !words.get(i + 1).equals("어떻게")
                || !DOEDA_FORM.matcher(words.get(last)).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + SUBJECT.formAfter(noun),
                "particle_wrong/object_on_intransitive"));
    }

    /**
     * The index of the predicate of the part of the body {@code noun} at word {@code i}, when only adverbs stand
     * between (이에 너무 아파요); -1 when the noun is no part of the body, there is no predicate, or another word
     * stands between.
     */
    private static int bodyPredicate(List<Morphology.Word> analysed, int i, String noun) {
        int v = ParticleFrames.predicate(analysed, i);
        return BODY.contains(noun) && v >= 0 && onlyAdverbsBetween(analysed, i, v) ? v : -1;
    }

    /** Whether every word strictly between {@code from} and {@code to} is an adverb (MAG). */
    private static boolean onlyAdverbsBetween(List<Morphology.Word> analysed, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!analysed.get(k).startsWith("MAG")) {
                return false;
            }
        }
        return true;
    }

    /** 이에 아파요 → 이가; 머리에 아파요 → 머리가. */
    private static Optional<Finding> bodyPart(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (!w.endsWith("에") || m.size() != 2 || !m.getLast().is("JKB") || !m.getLast().form().equals("에")) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 1);
        int v = bodyPredicate(analysed, i, noun);
        if (v < 0) {
            return Optional.empty();
        }
        if (!FEELING.contains(VerbFrames.stem(analysed.get(v))) || analysed.get(v).has("ETM")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + SUBJECT.formAfter(noun),
                "particle_wrong/location_for_subject"));
    }

    /**
     * 이를 아파서 → 이가, 머리를 아파요 → 머리가 (session 18, s18c): a part of the body with 을/를 before an adjective of
     * a bodily feeling, in any clause. The part that hurts is the subject of 아프다, 「…이」 (표준국어대사전 '아프다'
     * ①: 몸의 어느 부분이; '가렵다', '시리다'), and an adjective takes no object (Sohn 1999, on case marking;
     * Yeon &amp; Brown 2019, adjectives). Only adverbs may stand between; a modifier (아픈) and the causative
     * -게 하다 (소음이 머리를 아프게 해요, 'makes my head ache': 머리 is then the object of 하다) are left.
     */
    private static Optional<Finding> bodyPartObject(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (!(w.endsWith("을") || w.endsWith("를")) || m.size() != 2 || !m.getLast().is("JKO")) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 1);
        int v = bodyPredicate(analysed, i, noun);
        if (v < 0) {
            return Optional.empty();
        }
        if (!FEELING.contains(VerbFrames.stem(analysed.get(v))) || analysed.get(v).has("ETM")
                || words.get(v).endsWith("게") || words.get(v).contains("하")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + SUBJECT.formAfter(noun),
                "particle_wrong/object_on_intransitive"));
    }

    /** 카푸치노를 나왔어요 → 카푸치노가; 열을 나요 → 열이. */
    private static Optional<Finding> intransitive(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = objectNoun(words.get(i), analysed.get(i));
        int v = ParticleFrames.predicate(analysed, i);
        if (noun == null || v < 0 || ParticleFrames.ANIMATE.contains(noun) || !onlyAdverbsBetween(analysed, i, v)) {
            return Optional.empty();
        }
        Morphology.Word verb = analysed.get(v);
        String surface = words.get(v);
        if (!VerbFrames.intransitive(surface, verb) || verb.has("ETM") || surface.startsWith("나서")
                || surface.startsWith("나섰")) {
            return Optional.empty(); // 집을 나서요: 나서다 'set out' takes the place left
        }
        if (VerbFrames.leaving(verb) && (PLACE_ENDS.stream().anyMatch(noun::endsWith) || PLACES.contains(noun)
                || !verb.endsWith("EF") && !surface.endsWith("는데"))) {
            // the place left (호텔을 나와서 왼쪽으로 가세요, 은행을 나오면): only a thing that comes out, said as
            // what happened (카푸치노를 나왔어요, 영수증을 나와요)
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + SUBJECT.formAfter(noun),
                "particle_wrong/object_on_intransitive"));
    }

    /** Lengths of time: 을/를 on them is the duration (두 시간을 앉아 있었어요), not an object. */
    private static final Set<String> DURATIONS = Set.of("시간", "동안", "하루", "이틀", "사흘", "주일", "일주일", "개월",
            "달", "년", "밤", "오후", "오전", "평생", "내내", "종일", "하루종일", "분");

    /**
     * Illnesses one catches, 「…에 걸리다」 (표준국어대사전 '걸리다': 감기에 걸리다, 폐렴에 걸리다; '감기', '독감',
     * '몸살', '장염', '식중독', '눈병' …): a noun of the list, or one ending in 감기, 병 (눈병, 열사병), 염 or 렴
     * (장염, 위염, 폐렴) or 증 of a disorder (우울증, 불면증).
     */
    static final Set<String> ILLNESSES = Set.of("감기", "독감", "몸살", "몸살감기", "코감기", "목감기", "병", "코로나",
            "장염", "위염", "식중독", "눈병", "폐렴", "결막염", "비염", "우울증", "불면증", "열사병", "홍역", "수두",
            "노로바이러스", "바이러스");

    static boolean illness(String noun) {
        return ILLNESSES.contains(noun) || noun.length() > 1 && (noun.endsWith("감기") || noun.endsWith("염")
                || noun.endsWith("렴") || noun.endsWith("병") && !noun.endsWith("꽃병") && !noun.endsWith("물병")
                && !noun.endsWith("술병") && !noun.endsWith("맥주병") || noun.endsWith("증") && !noun.endsWith("영수증")
                && !noun.endsWith("보증") && !noun.endsWith("인증") && !noun.endsWith("자격증") && !noun.endsWith("학생증")
                && !noun.endsWith("신분증") && !noun.endsWith("면허증") && !noun.endsWith("등록증") && !noun.endsWith("증명"));
    }

    /** 의자를 앉으세요 → 의자에; 회의를 참석했어요 → 회의에; 공항을 도착했어요 → 공항에; 감기를 걸려서 → 감기에. */
    private static Optional<Finding> goalAsObject(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = objectNoun(words.get(i), analysed.get(i));
        int v = ParticleFrames.predicate(analysed, i);
        if (noun == null || v < 0 || ParticleFrames.ANIMATE.contains(noun)
                || i > 0 && (analysed.get(i - 1).startsWith("SN", "NR") || SMALL_NUMBER.matcher(words.get(i - 1)).matches())) {
            return Optional.empty();
        }
        Morphology.Word verb = analysed.get(v);
        String stem = VerbFrames.stem(verb);
        for (int k = i + 1; k < v; k++) {
            if (!analysed.get(k).startsWith("MAG") && !(stem.equals("늦") && lengthOfTime(analysed.get(k)))) {
                return Optional.empty();
            }
        }
        // the time of something (비행기 시간, 약속 시간: a bare noun before it) is what one is late for, not a length
        boolean timeOf = stem.equals("늦") && i > 0 && analysed.get(i - 1).startsWith("NNG")
                && analysed.get(i - 1).morphemes().size() == 1;
        if (DURATIONS.stream().anyMatch(noun::endsWith) && !timeOf) {
            return Optional.empty();
        }
        if (stem.equals("걸리") && illness(noun) && words.get(v).startsWith("걸")) {
            return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + "에",
                    "particle_wrong/object_for_location"));
        }
        if (!VerbFrames.goalOnly(verb)) {
            return Optional.empty();
        }
        if (stem.equals("늦") && (!words.get(v).startsWith("늦") || verb.endsWith("ETM", "ETN")
                || verb.morphemes().getLast().form().equals("게") || verb.morphemes().getLast().form().equals("기"))) {
            return Optional.empty(); // 숙제를 늦게 냈어요, 회의를 늦은 시간에 해요: 늦다 is not the noun's predicate
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + "에",
                "particle_wrong/object_for_location"));
    }

    /** Pieces of a length of time said before 늦다 (10분, 삼십 분, 한 시간 반, 30분쯤). */
    private static final Set<String> LATE_BY = Set.of("분", "시간", "반", "쯤", "정도", "한", "두", "세", "네", "삼십", "십",
            "이십", "오", "십오", "사십", "오십");

    /**
     * Whether the word is part of how late one is (회의를 10분 늦었어요 → 회의에; session 36, s36d): a number, a counter
     * of minutes or hours, 쯤/정도 — 늦다 「…에」 takes the event with 에 and the length of time bare (표준국어대사전
     * '늦다' ①: 약속 시간에 늦다), so a length between the noun and the verb leaves the noun the verb's argument.
     */
    private static boolean lengthOfTime(Morphology.Word w) {
        return !w.morphemes().isEmpty() && w.morphemes().stream()
                .allMatch(m -> m.is("SN", "NR", "NNBC") || LATE_BY.contains(m.form()));
    }

    /** The noun of a word that is a thing's noun with 을/를, written either way (카드을 → 카드), or null. */
    private static String objectNoun(String surface, Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.size() < 2 || !m.getLast().is("JKO") || !(surface.endsWith("을") || surface.endsWith("를"))) {
            return null;
        }
        for (Morphology.Morpheme x : m.subList(0, m.size() - 1)) {
            if (!x.is("NNG", "NNP")) {
                return null;
            }
        }
        String noun = surface.substring(0, surface.length() - 1);
        return noun.isEmpty() || !Hangul.isSyllable(noun.charAt(noun.length() - 1)) || KnownWords.noun(surface)
                ? null : noun;
    }
}
