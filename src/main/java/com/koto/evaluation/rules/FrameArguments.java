package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Particles a verb's sentence pattern asks for, judged on the learner's own words (issue 11, session 8,
 * helper eval12c; called from {@link ParticleFrames#find}, after {@link ArgumentParticles}):
 * <ul>
 *   <li>{@code particle_wrong/action_place_for_location}: a thing with 에서 right before a mark or flaw on
 *       it (얼룩, 구멍, 흠집, 자국, 곰팡이 …) with 이/가 and a final 있다/없다 (셔츠에서 얼룩이 있어요 → 셔츠에):
 *       where something is takes 에, 「…에 …이 있다」 (표준국어대사전 '있다' ①; '에서' is the place of an action
 *       or event, '에서' ①). Only marks and flaws, which are never events: 학교에서 시험이 있어요 (an event held
 *       there) and 셔츠에서 냄새가 나요 (나다 「…에서」) stay;</li>
 *   <li>{@code particle_missing/from}: a bare 어디 right before 출발하다 (어디 출발합니까? → 어디에서): the
 *       starting point of 출발하다 is 「…에서」 (표준국어대사전 '출발하다' 「…에서」 「…으로」), and a bare 어디
 *       is read as 어디에 (the goal or place), so the question asks something else. Not 어디로 출발해요 (a
 *       goal, written), nor 어디서;</li>
 *   <li>{@code particle_wrong/action_place_for_goal} (extended): a shop or place of leisure (가게, 식당, 카페,
 *       마트 …) with 에서 right before the proposal 가자/갑시다 (다른 가게에서 가자 → 가게에): one proposes to go to
 *       a place, 「…에」 (표준국어대사전 '가다' ①; Yeon &amp; Brown 2019 on -자 and -(으)ㅂ시다). 집, 회사,
 *       학교 (common starting points: 집에서 가자) and a word between (식당에서 바로 가자) stay;</li>
 *   <li>{@code particle_missing/topic}: 제/저/내 이름 with no particle before the name and the copula that end
 *       the sentence (제 이름 사라입니다 → 제 이름은): a self-introduction states its topic with 은/는 (Yeon &amp;
 *       Brown 2019 on 은/는 of the topic; 『외국인을 위한 한국어 문법 1』 '제 이름은 N입니다'). 저 이름 is written 제
 *       이름 (저의 contracted, 표준국어대사전 '제' 「대명사」);</li>
 *   <li>{@code particle_missing/means}: a means of payment bare before an object and a verb of paying (카드 돈을
 *       내도 돼요? → 카드로): what one pays with takes (으)로 (표준국어대사전 '-으로' ③ 수단), and the object is
 *       the money;</li>
 *   <li>{@code particle_missing/means} also for a name (이름, 성함, 명의) bare before 예약하다/예매하다, with at most
 *       a number or a length of stay between (리사 이름 3박 예약했어요 → 이름으로): the name a booking is under
 *       takes (으)로 (표준국어대사전 '-으로' ⑤ 자격; '예약하다' 「…을」 has the thing booked as its object, never
 *       the name). 이름 before another verb (이름 알려 주세요, 이름 써 주세요: the object) stays (session 12);</li>
 *   <li>{@code particle_missing/result}: 다른 and a bare noun right before 바꾸다 or 교환하다 (다른 소설 교환하고
 *       싶어요 → 소설로): what a thing is changed into takes (으)로, 「…을 …으로」 (표준국어대사전 '바꾸다',
 *       '교환하다'). People stay (다른 사람 바꿔 주세요: on the phone, the person put on);</li>
 *   <li>{@code particle_missing/location}: a place name (NNP) bare right before the modifier 있는/있던 (자카르타
 *       있는 호텔 → 자카르타에): where a thing is takes 에, 「…에 있다」 (표준국어대사전 '있다' ①);</li>
 *   <li>{@code particle_wrong/location_for_used_object}: a room or facility (샤워실, 회의실, 주차장 …) with 에 right
 *       before 사용하다/이용하다, the sentence having no object (샤워실에 사용해도 돼요? → 샤워실을): what one uses
 *       is the object, 「…을」 (표준국어대사전 '사용하다', '이용하다'); 에 is the purpose (요리에 사용해요) or
 *       goes with an object (이 돈을 여행에 사용했어요), which stay;</li>
 *   <li>{@code vocabulary/frame_partner}: 빌리다 in a request whose recipient is the speaker (나한테 펜 좀 빌려 →
 *       빌려줘): 빌리다 is to borrow, 「…에게서 …을」, and what the speaker asks to receive is lent,
 *       빌려주다 「…에게 …을」 (표준국어대사전 '빌리다', '빌려주다'; Indonesian 'pinjam' covers both). Only the
 *       request forms 빌려, 빌려요, 빌리세요 ending the sentence with no subject; a report (친구가 저한테 돈을
 *       빌렸어요: 한테 for 한테서) stays.</li>
 * </ul>
 */
final class FrameArguments {

    /** A noun with the copula (입니다, 예요, 이에요, 이야, 야). */
    private static final Pattern COPULA_NOUN = Pattern.compile("[가-힣A-Za-z]+(입니다|예요|이에요|이야|야)");
    /** A form of 내다 (내도, 냈어요, 낼게 …). */
    private static final Pattern NAEDA_FORM = Pattern.compile("(내|냈|낼|냅)(도|요|어|고|면|서|야|려|습|을|세|시|주).*");
    /** A noun of two or more syllables with 에. */
    private static final Pattern PLACE_NOUN_E = Pattern.compile("[가-힣]{2,}에");

    /** Marks and flaws on a thing: their place takes 에 (표준국어대사전 '얼룩', '흠집': …에 …이 있다). */
    private static final Set<String> MARKS = Set.of("얼룩", "구멍", "흠집", "흠", "자국", "곰팡이", "녹", "얼룩얼룩",
            "스크래치", "기스", "때", "점", "주름", "보풀");

    /** Shops and places of leisure: a proposal to go there with 에서 means 에 (not starting points). */
    private static final Set<String> OUTINGS = Set.of("가게", "식당", "카페", "커피숍", "마트", "시장", "백화점",
            "편의점", "서점", "빵집", "술집", "노래방", "영화관", "극장", "박물관", "미술관", "음식점", "맛집", "한식집",
            "중국집", "분식집", "고깃집", "쇼핑몰", "아울렛", "슈퍼", "슈퍼마켓");

    /** Means of payment (as {@link ArgumentParticles}). */
    private static final Set<String> MEANS = Set.of("카드", "신용카드", "체크카드", "현금", "교통카드", "상품권");

    private static final Set<String> PAYING = Set.of("내", "계산하", "결제하", "지불하");

    private static final Set<String> CHANGING = Set.of("바꾸", "교환하");

    /** Rooms and facilities one uses (the object of 사용하다/이용하다). */
    private static final List<String> FACILITY_ENDS = List.of("실", "장", "룸", "센터", "시설");

    /** Cities and countries, which Nori does not always read as names (자카르타 → 자카르 + 하 + 다). */
    private static final Set<String> PLACE_NAMES = Set.of("자카르타", "인도네시아", "발리", "반둥", "수라바야", "족자카르타",
            "한국", "서울", "부산", "대전", "대구", "광주", "인천", "제주도", "제주", "경주", "일본", "도쿄", "중국", "베이징",
            "미국", "뉴욕", "싱가포르", "말레이시아", "베트남", "태국", "호주", "강남", "명동", "홍대", "신촌", "이태원");

    private FrameArguments() {
    }

    /** The finding on word {@code i} of one sentence, or empty; shapes as {@link ParticleFrames#find}. */
    static Optional<Finding> find(List<String> words, List<Morphology.Word> analysed, int i) {
        return markOnThing(words, analysed, i).or(() -> whereFrom(words, analysed, i))
                .or(() -> outingProposed(words, analysed, i)).or(() -> visitTried(words, analysed, i))
                .or(() -> nameWithoutTopic(words, i))
                .or(() -> bareMeans(words, analysed, i)).or(() -> bareName(words, analysed, i))
                .or(() -> bareResult(words, analysed, i))
                .or(() -> barePlaceOfBeing(words, analysed, i)).or(() -> facilityUsed(words, analysed, i))
                .or(() -> lendAsked(words, analysed, i));
    }

    /** The speaker as recipient: 나한테 펜 좀 빌려 → 빌려줘. */
    private static Optional<Finding> lendAsked(List<String> words, List<Morphology.Word> analysed, int i) {
        int last = words.size() - 1;
        String verb = words.get(last);
        if (!Set.of("나한테", "저한테", "나에게", "저에게", "제게", "내게").contains(words.get(i))
                || !Set.of("빌려", "빌려요", "빌리세요").contains(verb)
                || analysed.stream().anyMatch(x -> x.endsWith("JKS"))) {
            return Optional.empty();
        }
        String lend = verb.equals("빌려") ? "빌려줘" : "빌려주세요";
        return Optional.of(new Finding(ErrorCategory.VOCABULARY, verb, lend, "vocabulary/frame_partner"));
    }

    /** 제 이름 사라입니다 → 제 이름은; 저 이름 부디예요 → 제 이름은. */
    private static Optional<Finding> nameWithoutTopic(List<String> words, int i) {
        if (i != 1 || words.size() != 3 || !words.get(1).equals("이름")
                || !Set.of("제", "저", "내", "저의", "나의").contains(words.get(0))
                || !COPULA_NOUN.matcher(words.get(2)).matches()) {
            return Optional.empty();
        }
        String owner = words.get(0).equals("저") || words.get(0).equals("저의") ? "제" : words.get(0);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, words.get(0) + " 이름", owner + " 이름은",
                "particle_missing/topic"));
    }

    /** 카드 돈을 내도 돼요? → 카드로. */
    private static Optional<Finding> bareMeans(List<String> words, List<Morphology.Word> analysed, int i) {
        if (i + 2 >= words.size() || !MEANS.contains(words.get(i)) || !analysed.get(i + 1).endsWith("JKO")
                || !(PAYING.contains(VerbFrames.stem(analysed.get(i + 2)))
                        || NAEDA_FORM.matcher(words.get(i + 2)).matches())) {
            // Nori reads 내도 as 나 + 아도 (the stem 나다): the written syllable is the stem's
            return Optional.empty();
        }
        String noun = words.get(i);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + ParticleFrames.direction(noun),
                "particle_missing/means"));
    }

    /** Names a booking is under. */
    private static final Set<String> NAMES = Set.of("이름", "성함", "명의");

    /** 리사 이름 3박 예약했어요 → 이름으로. */
    private static Optional<Finding> bareName(List<String> words, List<Morphology.Word> analysed, int i) {
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (i == 0 || !NAMES.contains(words.get(i)) || m.size() != 1 || !m.getFirst().is("NNG")) {
            return Optional.empty();
        }
        int v = ParticleFrames.predicate(analysed, i);
        if (v < 0 || !Set.of("예약하", "예매하").contains(VerbFrames.stem(analysed.get(v)))) {
            return Optional.empty();
        }
        if (!ArgumentParticles.onlyQuantitiesBetween(words, analysed, i, v)) {
            return Optional.empty(); // only a number of nights, people or days between (3박, 두 명, 2일): no other argument
        }
        String noun = words.get(i);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + ParticleFrames.direction(noun),
                "particle_missing/means"));
    }

    /** 다른 소설 교환하고 싶어요 → 소설로. */
    private static Optional<Finding> bareResult(List<String> words, List<Morphology.Word> analysed, int i) {
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (i == 0 || i + 1 >= words.size() || !words.get(i - 1).equals("다른") || m.size() != 1 || !m.getFirst().is("NNG")
                || ParticleFrames.ANIMATE.contains(words.get(i)) || !CHANGING.contains(VerbFrames.stem(analysed.get(i + 1)))) {
            return Optional.empty();
        }
        String noun = words.get(i);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + ParticleFrames.direction(noun),
                "particle_missing/result"));
    }

    /** 자카르타 있는 호텔 → 자카르타에. */
    private static Optional<Finding> barePlaceOfBeing(List<String> words, List<Morphology.Word> analysed, int i) {
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (i + 2 >= words.size() || !(m.size() == 1 && m.getFirst().is("NNP") || PLACE_NAMES.contains(words.get(i)))
                || !(words.get(i + 1).equals("있는") || words.get(i + 1).equals("있던"))
                || !analysed.get(i + 2).startsWith("NNG")) {
            return Optional.empty();
        }
        String noun = words.get(i);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에", "particle_missing/location"));
    }

    /** 샤워실에 사용해도 돼요? → 샤워실을. */
    private static Optional<Finding> facilityUsed(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        // the surface, not Nori's reading: it reads 샤워실에 as an adverb and an interjection
        if (i + 1 >= words.size() || !PLACE_NOUN_E.matcher(w).matches() || m.getFirst().is("NP", "MM")
                || !analysed.get(i + 1).verbal()
                || !Set.of("사용하", "이용하").contains(VerbFrames.stem(analysed.get(i + 1)))
                || analysed.stream().anyMatch(x -> x.endsWith("JKO"))) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 1);
        if (FACILITY_ENDS.stream().noneMatch(noun::endsWith) || noun.length() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + Particles.of("을").orElseThrow().formAfter(noun),
                "particle_wrong/location_for_used_object"));
    }

    /** 셔츠에서 얼룩이 있어요 → 셔츠에. */
    private static Optional<Finding> markOnThing(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        int last = words.size() - 1;
        if (i + 2 != last || !w.endsWith("에서") || m.size() != 2 || !m.getFirst().is("NNG") || !m.getLast().is("JKB")
                || !m.getLast().form().equals("에서") || !w.equals(m.getFirst().form() + "에서")) {
            return Optional.empty();
        }
        String mark = words.get(i + 1);
        String bare = mark.length() > 1 ? mark.substring(0, mark.length() - 1) : "";
        boolean subject = analysed.get(i + 1).endsWith("JKS") && (mark.endsWith("이") || mark.endsWith("가"));
        String verb = words.get(last);
        if (!subject || !MARKS.contains(bare) || !(verb.startsWith("있") || verb.startsWith("없"))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, m.getFirst().form() + "에",
                "particle_wrong/action_place_for_location"));
    }

    /** 어디 출발합니까? → 어디에서. */
    private static Optional<Finding> whereFrom(List<String> words, List<Morphology.Word> analysed, int i) {
        if (!words.get(i).equals("어디") || i + 1 >= words.size()
                || !VerbFrames.stem(analysed.get(i + 1)).equals("출발하")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, "어디", "어디에서", "particle_missing/from"));
    }

    /** 다른 가게에서 가자 → 가게에. */
    private static Optional<Finding> outingProposed(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (i + 1 >= words.size() || !w.endsWith("에서") || m.size() < 2 || !m.getLast().is("JKB")
                || !m.getLast().form().equals("에서") || !OUTINGS.contains(m.get(m.size() - 2).form())) {
            return Optional.empty();
        }
        String v = words.get(i + 1);
        boolean proposal = i + 2 == words.size() && (v.equals("가자") || v.equals("갑시다"));
        if (!proposal || words.subList(0, i).stream().anyMatch(x -> x.endsWith("까지"))) {
            return Optional.empty();
        }
        String noun = w.substring(0, w.length() - 2);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + "에",
                "particle_wrong/action_place_for_goal"));
    }

    /**
     * A place name (NNP) with 에서 before the experiential 가 보다 that ends the sentence, with at most a
     * count of times between (2년 전에 제주도에서 한 번 가 봤어요 → 제주도에; session 15, eval29b): the place
     * one has been to is the goal of 가다, 「…에」, and 에서 is its starting point (표준국어대사전 '가다' ①;
     * Yeon &amp; Brown 2019, 에 of the goal versus 에서 of the source; -아/어 보다 of experience). Not where
     * another goal is named (일본은 한국에서 가 봤어요, 서울까지, 부산으로), nor 오다 (한국에서 왔어요: the
     * source), nor 출발하다.
     */
    private static Optional<Finding> visitTried(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (!w.endsWith("에서") || m.size() != 2 || !m.getFirst().is("NNP") || !m.getLast().is("JKB")
                || !w.equals(m.getFirst().form() + "에서")) {
            return Optional.empty();
        }
        int j = i + 1;
        if (j + 1 < words.size() && Set.of("한", "두", "세", "몇").contains(words.get(j)) && words.get(j + 1).equals("번")) {
            j += 2;
        } else if (j < words.size() && words.get(j).equals("한번")) {
            j++;
        }
        boolean tried = j + 2 == words.size() && words.get(j).equals("가")
                && (words.get(j + 1).startsWith("봤") || words.get(j + 1).startsWith("봐"))
                || j + 1 == words.size() && words.get(j).startsWith("가봤");
        boolean otherGoal = words.subList(0, i).stream().anyMatch(x -> x.endsWith("로") || x.endsWith("까지")
                || x.endsWith("은") || x.endsWith("는") && !Set.of("저는", "나는", "전", "난").contains(x));
        if (!tried || otherGoal) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, m.getFirst().form() + "에",
                "particle_wrong/action_place_for_goal"));
    }

    /** 과 after a consonant, 와 after a vowel (표준국어대사전 '과' 「조사」). */
    static String comitative(String noun) {
        char last = noun.charAt(noun.length() - 1);
        return Hangul.isSyllable(last) && Hangul.hasFinal(last) ? "과" : "와";
    }
}
