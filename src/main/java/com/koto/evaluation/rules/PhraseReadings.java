package com.koto.evaluation.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Session 37 (s37a): well-formed phrases of the learner's own words that a comparison with an accepted answer worded
 * otherwise reads as a particle, spelling or vocabulary slip. Each test reads the learner's sentence, not the accepted
 * answer, so that any writer's answer of the same shape benefits; each is an {@link Evidence#artefact} kind (the
 * finding is not decisive: alone it leaves the answer passed, with the model answer shown).
 */
final class PhraseReadings {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("[.?!,~…]");

    private PhraseReadings() {
    }

    /**
     * Nouns of a person's role or relation that a place noun before them modifies (호텔 직원, 학교 선생님, 회사 동료,
     * 병원 간호사): the bare place noun and the role noun make one noun phrase, 'hotel staff', 'a colleague from work'.
     * Not 친구 or 손님: 카페 친구를 만나요 is read by the gold sets as the café missing 에서, the friend met there.
     */
    private static final Set<String> ROLE_NOUNS = Set.of("직원", "사원", "매니저", "지배인", "요리사", "선생님", "선생",
            "교사", "강사", "의사", "간호사", "학생", "인턴", "알바생", "아르바이트생", "동료", "가이드",
            "통역사", "기사", "사장님", "사장", "점원", "종업원", "직원분", "경비원", "연구원", "대표", "팀장", "부장님");

    /** The particles of place a bare place noun is said to miss (에서 of an activity, 에 of location). */
    private static final Set<String> PLACE_PARTICLES = Set.of("에서", "에");

    /**
     * A place noun before a role noun read as a place missing 에서/에 (저는 전에 호텔 직원으로 2년 동안 일했어요 against
     * 호텔에서 2년 동안 일했습니다; {@code particle_missing}): the learner's bare noun modifies the role noun after it,
     * 'hotel staff', one noun phrase with 의 left out between nouns, and the role noun carries the particle (직원으로
     * 'as staff'). Sources: Sohn 1999, on noun-noun modification and the genitive 의 left out; Yeon &amp; Brown 2019,
     * noun + noun phrases; 표준국어대사전 '직원' (호텔 직원), '-으로' ⑤ (지위나 신분, 자격을 나타내는 격 조사).
     * Only a bare noun whose next word is a role noun of {@link #ROLE_NOUNS} with or without its particle; a place
     * before a verb (호텔 일했어요) or before any other noun keeps its finding.
     *
     * @param o      the finding's original (the bare noun)
     * @param c      its correction (the noun with 에서 or 에)
     * @param answer the learner's normalised answer
     */
    static boolean placeBeforeRole(String o, String c, String answer) {
        if (o.isEmpty() || o.contains(" ") || !c.startsWith(o) || !PLACE_PARTICLES.contains(c.substring(o.length()))) {
            return false;
        }
        List<String> words = words(answer);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(o)) {
                String next = ArgumentCheck.stemAndParticle(words.get(i + 1))[0];
                return ROLE_NOUNS.contains(next) || ROLE_NOUNS.contains(words.get(i + 1));
            }
        }
        return false;
    }

    /**
     * The subject of a relative clause read as an object (아이가 잘 침대를 부탁드려요 against 아이를 위해 침대를 …;
     * {@code particle_wrong/subject_for_object}): the noun with 이/가 is the subject of the modifier form after it
     * (잘 'that (the child) will sleep in', 먹을, 사는), and the noun that the modifier describes carries the object
     * particle of the main verb. Sources: Sohn 1999, on relative clauses (the subject inside the clause takes 이/가);
     * Yeon &amp; Brown 2019, -(으)ㄹ/-는 noun modifiers; 표준국어대사전 '자다'. The next word is a verb's modifier form
     * (Nori's ETM), or a one-syllable word in ㄹ that Nori reads as an adverb (잘 'well' for 자- + -ㄹ, 갈, 볼) — an
     * adverb never stands before a noun with a case particle, so there it is the modifier — and the word after it is a
     * noun.
     *
     * @param o      the finding's original (the noun with 이/가)
     * @param answer the learner's normalised answer
     */
    static boolean subjectOfRelativeClause(String o, String answer) {
        if (o.isEmpty() || o.contains(" ") || !(o.endsWith("이") || o.endsWith("가"))) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(MARKS.matcher(answer).replaceAll(" "));
        for (int i = 0; i + 2 < words.size(); i++) {
            Morphology.Word w = words.get(i);
            if (!w.surface().equals(o) || !w.endsWith("JKS")) {
                continue;
            }
            Morphology.Word modifier = words.get(i + 1);
            Morphology.Word head = words.get(i + 2);
            boolean modifies = modifier.endsWith("ETM") && modifier.has("VV", "VX", "XSV")
                    || modifier.surface().length() == 1 && finalRieul(modifier.surface().charAt(0))
                            && modifier.startsWith("MAG") && head.caseMarked();
            return modifies && head.startsWith("NNG", "NNB") && !head.verbal();
        }
        return false;
    }

    /**
     * The honorific subject 께서 read as an object (교수님께서 추천서를 써 주셔서 against 교수님, 추천서를 써 주셔서;
     * {@code particle_wrong/subject_for_object}): 께서 marks the honoured subject, and a verb after it in the learner's
     * sentence raises that subject with -(으)시- (써 주셔서), so the professor is the doer, not an object. Sources:
     * 표준국어대사전 '께서' (높임의 주격 조사); Sohn 1999 ch. 9, subject honorification agreeing with -(으)시-. A noun in 께서
     * followed by no verb with -시- (교수님께서 만났어요) keeps its finding.
     *
     * @param o      the finding's original (the noun with 께서)
     * @param answer the learner's normalised answer
     */
    static boolean honouredSubjectOfOwnVerb(String o, String answer) {
        if (!o.endsWith("께서") && !o.endsWith("께서는")) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).surface().equals(o)) {
                continue;
            }
            for (int j = i + 1; j < words.size(); j++) {
                Morphology.Word v = words.get(j);
                if (v.morphemes().stream().anyMatch(m -> m.is("EP") && m.form().equals("시"))) {
                    return true;
                }
                if (v.endsWith("EF")) {
                    return false; // the sentence ends before any verb raises the subject
                }
            }
        }
        return false;
    }

    /** 얼마 with the copula in the endings of a price question (얼마예요, 얼마입니까, 얼마죠, 얼마야). */
    private static final Pattern PRICE_QUESTION = Pattern.compile("얼마(예요|에요|이에요|입니까|이죠|죠|야|지|인가요|일까요|니)");

    /**
     * The thing priced as the topic of a price question (사과 1킬로그램은 얼마예요? against 1킬로그램에 얼마예요?;
     * {@code particle_wrong/topic_for_location}): N은/는 얼마예요 asks what the thing costs, the topic being the thing
     * priced; N에 얼마예요 asks the price per unit. Both are right (Yeon &amp; Brown 2019, 얼마예요 with the topic 은/는;
     * 표준국어대사전 '에' 「조사」 ⑫ 단위). Only a noun in 은/는 right before a form of 얼마 + copula.
     *
     * @param o      the finding's original (the noun with 은/는)
     * @param answer the learner's normalised answer
     */
    static boolean pricedTopic(String o, String answer) {
        if (o.isEmpty() || o.contains(" ") || !(o.endsWith("은") || o.endsWith("는"))) {
            return false;
        }
        List<String> words = words(answer);
        int at = words.indexOf(o);
        return at >= 0 && at + 1 < words.size() && PRICE_QUESTION.matcher(words.get(at + 1)).matches();
    }

    /** Bound nouns of a span of time after a time noun (다음 주 중 'during next week', 이번 달 내, 오늘 중). */
    private static final Set<String> SPAN_NOUNS = Set.of("중", "중에", "중으로", "내", "내에", "내로", "중에는");

    /** Time nouns a span noun follows (주, 달, 오늘, 주말, 방학 …). */
    private static final Set<String> SPAN_TIMES = Set.of("주", "달", "해", "년", "오늘", "내일", "모레", "이번주", "다음주",
            "주말", "오전", "오후", "방학", "휴가", "기간", "학기", "월", "이번달", "다음달", "금주", "내주", "올해", "연휴");

    /**
     * The bound noun 중 'during, within' after a time noun read as a misspelling of the accepted word (다음 주 중 against
     * 다음 주에; {@code spelling/letters} 중 → 주에): 다음 주 중 'some time during next week' is a well-formed phrase,
     * the dependent noun 중 after a time noun (표준국어대사전 '중' 「의존 명사」 「2」 '무엇을 하는 동안', 「4」
     * '어떤 시간의 범위 안' 오전 중, 이번 주 중). Only 중 or 내 (with or without 에/으로) right after a time noun of
     * {@link #SPAN_TIMES}; 다음 중에 (after 다음 alone) keeps its finding.
     *
     * @param o      the finding's original
     * @param answer the learner's normalised answer
     */
    static boolean spanOfTime(String o, String answer) {
        if (!SPAN_NOUNS.contains(o)) {
            return false;
        }
        List<String> words = words(answer);
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equals(o) && SPAN_TIMES.contains(words.get(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The bound noun 것 'thing' with a particle in its full and spoken shapes, one reading each (것으로 = 거로 = 걸로). */
    private static final List<Set<String>> THING_SHAPES = List.of(Set.of("것으로", "거로", "걸로", "거루"),
            Set.of("것을", "거를", "걸"), Set.of("것은", "거는", "건"), Set.of("것이", "거가", "게"),
            Set.of("것도", "거도"), Set.of("것으로요", "거로요", "걸로요"));

    /**
     * The bound noun 것 with a particle in another of its shapes (더 짧은 거로 against 더 짧은 걸로;
     * {@code vocabulary/word}): 거 is the spoken form of 것 (표준국어대사전 '거' 「의존 명사」 "'것'을 구어적으로 이르는
     * 말"), so 거로 is 것으로 spoken, as 걸로 is its contraction; 거를/걸, 거는/건, 거가/게 likewise. No other word.
     *
     * @param o the finding's original
     * @param c its correction
     */
    static boolean thingInOtherShape(String o, String c) {
        String a = MARKS.matcher(o).replaceAll("");
        String b = MARKS.matcher(c).replaceAll("");
        return !a.equals(b) && THING_SHAPES.stream().anyMatch(s -> s.contains(a) && s.contains(b));
    }

    /** Pronouns of the speaker and the listener a learner may add to a sentence (너, 나, 저 with their particles). */
    private static final Set<String> PRONOUNS = Set.of("너", "너는", "넌", "네가", "니가", "너도", "나", "나는", "난", "내가",
            "저", "저는", "전", "제가");

    /**
     * The accepted word kept whole with a pronoun of the speaker or the listener beside it (샀어 너 against 샀어, where
     * the learner's next sentence opens with 너: 너 나랑 같이 갈래?; {@code vocabulary/word}): the pronoun is an
     * addition the comparison joined to the word before it, not another word (Lee &amp; Ramsey 2000, on the pronouns of
     * speech; 너 to a friend, 표준 언어 예절 2011). What the pronoun's own clause lacks is read apart.
     *
     * @param o the finding's original (two words)
     * @param c its correction (one word)
     */
    static boolean pronounBeside(String o, String c) {
        String[] ow = SPACES.split(MARKS.matcher(o).replaceAll("").strip());
        String cw = MARKS.matcher(c).replaceAll("").strip();
        return ow.length == 2 && !cw.isEmpty() && (ow[0].equals(cw) && PRONOUNS.contains(ow[1])
                || ow[1].equals(cw) && PRONOUNS.contains(ow[0]));
    }

    /** Subtype of -았/었다가 where -다가 'while doing' is meant. */
    static final String PAST_BEFORE_DAGA = "ending/past_before_daga";

    /**
     * The transferentive -았/었다가 where the accepted answer has -다가 (축구를 했다가 발목을 다쳤어요 against 하다가;
     * tense read by the comparison): -다가 says what one was doing when something else happened ('while playing'),
     * -았/었다가 that an act was completed and then something else followed or undid it (문을 열었다가 닫았다). The two
     * differ in the connective, not in the sentence's tense, which the last verb carries: an {@code ending} error
     * (표준국어대사전 '-다가' 「어미」 「1」 and '-었다가'; Yeon &amp; Brown 2019, -다가 and -았/었다가). Both words end in
     * 다가, the learner's with the past -았/었- (했다가, 먹었다가), the accepted one without it.
     */
    static boolean pastBeforeDaga(String o, String c) {
        String a = MARKS.matcher(o).replaceAll("").strip();
        String b = MARKS.matcher(c).replaceAll("").strip();
        if (a.contains(" ") || b.contains(" ") || !a.endsWith("다가") || !b.endsWith("다가") || a.length() < 3) {
            return false;
        }
        char before = a.charAt(a.length() - 3);
        boolean past = com.koto.evaluation.text.Hangul.isSyllable(before)
                && com.koto.evaluation.text.Hangul.hasFinal(before) && (before - '가') % 28 == 20; // the final ㅆ
        char other = b.length() >= 3 ? b.charAt(b.length() - 3) : ' ';
        boolean pastToo = com.koto.evaluation.text.Hangul.isSyllable(other) && (other - '가') % 28 == 20;
        return past && !pastToo;
    }

    private static boolean finalRieul(char syllable) {
        return syllable >= '가' && syllable <= '힣' && (syllable - '가') % 28 == 8;
    }

    private static List<String> words(String answer) {
        return List.of(SPACES.split(MARKS.matcher(answer).replaceAll(" ").strip()));
    }
}
