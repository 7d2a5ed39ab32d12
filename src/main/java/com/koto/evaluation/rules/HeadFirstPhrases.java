package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Noun phrases written head first, on the learner's own words (session 29, s29c; {@code word_order/phrase} and
 * {@code word_order/numeral_before_noun}, the phrase as written → the phrase in Korean order). Korean is head-final:
 * every modifier, a noun, a number, a relative clause, stands before the noun it modifies, and a noun of position
 * (앞, 옆, 안) follows the noun it places (Sohn 1999, §6.1 on the noun phrase and §6.2 on nouns of position; Yeon &amp;
 * Brown 2019, on relative clauses and on numerals and counters). Indonesian is head-first (toko di depan, terminal 2,
 * orang Indonesia, bus yang ke Myeongdong, lima apel), and a learner who follows it writes the head before its
 * modifier. Five shapes, each read so that the right Korean reading of the same words is left alone:
 * <ul>
 *   <li><b>a noun of position before its reference noun</b> ({@link #positionBeforeNoun}: 앞 편의점에서 → 편의점 앞에서,
 *       안 전시실에서 → 전시실 안에서), only where an accepted answer writes the noun with the position noun after it and
 *       the place particle on it, and none writes the learner's order: 앞 편의점 is also Korean ('the store ahead');</li>
 *   <li><b>a number after the noun it names</b> ({@link #numberAfterNoun}: 터미널 2로 → 2터미널로, 출구 3으로 → 3번
 *       출구로), only where an accepted answer writes the number before that noun;</li>
 *   <li><b>a native numeral before a bare noun, no counter</b> ({@link #numeralWithoutCounter}: 다섯 사과 → 사과 다섯 개),
 *       only where an accepted answer counts with that numeral and a counter of things (다섯 개);</li>
 *   <li><b>a noun before the country or language it is from</b> ({@link #headBeforeOrigin}: 사람 인도네시아입니다 →
 *       인도네시아 사람입니다, 주제는 음식 인도네시아입니다 → 인도네시아 음식입니다), the copula after the country: 사람 a
 *       known modifier–head class, another noun only as the predicate of a said subject and as an accepted answer
 *       writes it (session 30);</li>
 *   <li><b>a head noun before its relative clause</b> ({@link #headBeforeClause}: 버스 명동에 가는 몇 번이에요? → 명동에
 *       가는 버스가): a clause with its own argument, closed by the adnominal -는/-(으)ㄴ/-(으)ㄹ and followed by no noun
 *       it could modify, after a bare noun. Session 38 (s38b): also a degree adverb and an adjective's modifier with no
 *       argument (약국 제일 가까운 어디예요? → 제일 가까운 약국, Indonesian 'apotek paling dekat'), the head kept bare, and
 *       a bare noun before the head taken into the phrase (2호선 입구 제일 가까운 → 제일 가까운 2호선 입구).</li>
 * </ul>
 */
final class HeadFirstPhrases {

    private HeadFirstPhrases() {
    }

    /** Nouns of position that follow the noun they place (표준국어대사전 '앞' 「명사」, '옆', '안', '밖', '위', '아래', '뒤', '밑'). */
    private static final Set<String> POSITIONS = Set.of("앞", "뒤", "옆", "위", "아래", "밑", "안", "밖");

    /** Particles that close a place phrase (편의점 앞에서, 역 앞에, 은행 옆으로, 편의점 앞까지). */
    private static final Set<String> PLACE_PARTICLES = Set.of("에서", "에", "으로", "로", "까지");

    /** Native numerals in their determiner form (표준국어대사전 '한' 「관형사」, '두', '세', '네'; 다섯 … 열, 스무). */
    private static final Set<String> NATIVE = Set.of("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열",
            "스무");

    /** Counters of things and containers (Yeon &amp; Brown 2019, numerals and counters), as {@link QuantityOrder} reads them. */
    private static final Set<String> THING_COUNTERS = Set.of("개", "권", "장", "병", "잔", "마리", "벌", "켤레", "대",
            "그릇", "송이", "봉지", "상자", "접시", "캔");

    /**
     * Nouns a numeral stands before as it is, being units or counters themselves or counting as such (두 사람, 세 가지,
     * 한 번, 두 달, 세 시간; 표준국어대사전 '사람' ⑦ "사람을 세는 단위").
     */
    private static final Set<String> COUNTING_NOUNS = Set.of("사람", "가지", "번", "달", "시간", "시", "분", "주", "주일",
            "살", "명", "해", "밤", "끼", "군데", "배", "사이즈", "정도", "개월", "세트", "잔", "쪽", "장", "층", "곳");

    /**
     * Stems that follow a verb's other form in a construction a learner may write with the adnominal ending by mistake
     * (찾는 있어요 for 찾고 있어요, 까만 됐어요 for 까맣게 됐어요, 가는 같아요 for 가는 것 같아요; Yeon &amp; Brown 2019, on -고
     * 있다, -게 되다, -는 것 같다): before them the adnominal is an ending slip, not a clause after its head.
     */
    private static final Set<String> AUXILIARY_STEMS = Set.of("있", "없", "되", "하", "같", "싶", "보", "주", "계시");

    /** Question words a relative clause never modifies (몇 번이에요, 어디 있어요, 얼마예요). */
    private static final Set<String> QUESTION_WORDS = Set.of("몇", "어디", "얼마", "뭐", "무엇", "언제", "누구", "어느");

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers
     * @return word-order findings, at most one per sentence
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        String typed = raw.replaceAll("\\s+", " ");
        for (SpeechLevels.AnalysedSentence sentence : SpeechLevels.analysedSentences(raw)) {
            List<String> words = sentence.words();
            List<Morphology.Word> analysed = sentence.analysed();
            for (int i = 0; i + 1 < words.size(); i++) {
                if (!typed.contains(words.get(i) + " " + words.get(i + 1))) {
                    continue; // a comma between the two words: two phrases
                }
                Finding f = positionBeforeNoun(words, analysed, i, accepted, typed);
                if (f == null) {
                    f = numberAfterNoun(words, i, accepted);
                }
                if (f == null) {
                    f = numeralWithoutCounter(words, analysed, i, accepted);
                }
                if (f == null) {
                    f = headBeforeOrigin(words, analysed, i, typed, accepted);
                }
                if (f == null) {
                    f = headBeforeClause(words, analysed, i, accepted, typed);
                }
                if (f != null) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * 앞 편의점에서 → 편의점 앞에서 (Indonesian di depan toko): a noun of position names a place by the noun before it
     * (편의점 앞 'in front of the store'; Sohn 1999, on nouns of position; 표준국어대사전 '앞' 「명사」 ②), and the place
     * particle closes the phrase on the position noun. Before a noun, 앞 names the place of that noun itself (앞 편의점 'the
     * store ahead', 옆 가게 'the shop next door'), which is Korean too: so only where an accepted answer writes the noun,
     * then the position noun with a place particle, no accepted answer writes the learner's two words, and nothing before
     * the position noun may modify it (저 앞, 바로 앞, 집 앞 편의점: a word with a particle or an ending, or none, before it).
     */
    static Finding positionBeforeNoun(List<String> words, List<Morphology.Word> analysed, int i, List<String> accepted,
            String typed) {
        String position = words.get(i);
        String[] next = ArgumentCheck.stemAndParticle(words.get(i + 1));
        if (!POSITIONS.contains(position) || !PLACE_PARTICLES.contains(next[1]) || next[0].isEmpty()
                || POSITIONS.contains(next[0]) || ArgumentCheck.directionNoun(next[0]) || !KnownWords.noun(next[0])
                || !openBefore(words, analysed, i, typed)) {
            return null;
        }
        String turned = " " + next[0] + " " + position;
        String asWritten = position + " " + next[0];
        boolean attested = false;
        for (String a : accepted) {
            String padded = " " + a + " ";
            if (padded.contains(" " + asWritten)) {
                return null;
            }
            for (String particle : PLACE_PARTICLES) {
                attested |= padded.contains(turned + particle + " ");
            }
        }
        if (!attested) {
            return null;
        }
        String particle = Particles.of(next[1]).map(p -> p.formAfter(position)).orElse(next[1]);
        return new Finding(ErrorCategory.WORD_ORDER, position + " " + words.get(i + 1),
                next[0] + " " + position + particle, "word_order/phrase");
    }

    /**
     * The noun and its particle, as {@link ArgumentCheck#stemAndParticle}; a word Nori reads in its sentence as one common
     * or proper noun is a bare noun (사과, 창가: not 사 + 과, 창 + 가, which the split by the written end makes of them).
     *
     * @param word     the word as written
     * @param analysed its analysis in the sentence, or null where there is none
     */
    static String[] nounAndParticle(String word, Morphology.Word analysed) {
        if (analysed != null && analysed.morphemes().size() == 1 && analysed.morphemes().getFirst().is("NNG", "NNP")
                && analysed.morphemes().getFirst().form().equals(word)) {
            return new String[] {word, ""};
        }
        return ArgumentCheck.stemAndParticle(word);
    }

    /**
     * A noun of a person (선생님, 엄마, 친구, 아이), who may be called or counted by the noun itself: titles, kin, 님/씨/친구,
     * the people of {@link Counters#person} and the animate nouns of the particle frames.
     */
    static boolean person(String noun) {
        return HonorificWords.honoured(noun) || Persons.MAY_BE_RAISED.contains(noun) || Counters.person(noun)
                || ParticleFrames.ANIMATE.contains(noun) || noun.endsWith("님") || noun.endsWith("씨")
                || noun.endsWith("친구");
    }

    /**
     * Whether nothing before word {@code i} modifies it: the sentence's first word, or after a particle, an ending, an
     * interjection (저기요) or a comma.
     */
    private static boolean openBefore(List<String> words, List<Morphology.Word> analysed, int i, String typed) {
        if (i == 0) {
            return true;
        }
        Morphology.Word before = analysed.get(i - 1);
        List<Morphology.Morpheme> m = before.morphemes();
        if (m.isEmpty()) {
            return false;
        }
        if (typed.contains(words.get(i - 1) + ",")) {
            return true;
        }
        String last = m.getLast().tag();
        return last.startsWith("J") && !last.equals("JKG") || last.startsWith("EF") || last.startsWith("EC")
                || m.size() == 1 && last.equals("IC");
    }

    /** A number written after the noun it names, with its particle (2로, 3으로, 5). */
    private static final Pattern NUMBER = Pattern.compile("([0-9]+)(.*)");

    /**
     * Places of a station or an airport named by a number before them and never by a number after them (3번 출구, 5번
     * 게이트, 2번 탑승구, 1번 승강장, 제2터미널; 표준국어대사전 '번' ②): a number after one of them is the Indonesian order
     * (pintu keluar 3), not a size or a price (신발 250, 월세 50만: measured in session 35, s35c).
     */
    private static final Set<String> NUMBERED_PLACES = Set.of("출구", "게이트", "탑승구", "승강장", "플랫폼", "터미널");

    /**
     * 터미널 2로 → 2터미널로, 출구 3으로 → 3번 출구로 (Indonesian terminal 2, pintu 3): Korean names the numbered one
     * with the number before the noun (제2터미널, 3번 출구; 표준국어대사전 '번' 「의존 명사」 ② "일의 차례나 일정한
     * 간격으로 벌여 놓은 사물의 차례를 나타내는 말", '제-' 「접사」; Sohn 1999, on the noun phrase: modifiers first). Only
     * where an accepted answer writes that number before that noun, joined (2터미널, 제2터미널) or with 번 (3번 출구), and the
     * learner's noun is bare: 신발 250 (a size) and 버스 7016번 are left alone. The shortest accepted form is used, the
     * learner's particle re-formed after the noun. Session 35 (s35c): a noun that is only ever numbered so
     * ({@link #NUMBERED_PLACES}: 출구, 게이트, 터미널) needs no accepted answer: 출구 3으로 → 3번 출구로, 터미널 2 → 2터미널.
     */
    static Finding numberAfterNoun(List<String> words, int i, List<String> accepted) {
        String noun = words.get(i);
        Matcher m = NUMBER.matcher(words.get(i + 1));
        if (!m.matches() || !KnownWords.noun(noun)
                || !m.group(2).isEmpty() && !Particles.isParticle(m.group(2)) || noun.length() < 2) {
            return null;
        }
        String digits = m.group(1);
        Pattern joined = Pattern.compile("(?:^| )((?:제)?" + digits + Pattern.quote(noun) + ")(?=[가-힣]*(?: |$))");
        Pattern counted = Pattern.compile("(?:^| )(" + digits + "번 " + Pattern.quote(noun) + ")(?=[가-힣]*(?: |$))");
        String best = null;
        for (String a : accepted) {
            for (Pattern p : List.of(joined, counted)) {
                Matcher x = p.matcher(a);
                while (x.find()) {
                    String rest = a.substring(x.end()).split(" ", 2)[0];
                    if ((rest.isEmpty() || Particles.isParticle(rest)) && (best == null || x.group(1).length() < best.length())) {
                        best = x.group(1);
                    }
                }
            }
        }
        if (best == null && NUMBERED_PLACES.contains(noun)) {
            best = noun.equals("터미널") ? digits + noun : digits + "번 " + noun;
        }
        if (best == null) {
            return null;
        }
        String particle = m.group(2);
        String closing = particle.isEmpty() ? "" : Particles.of(particle).map(p -> p.formAfter(noun)).orElse(particle);
        return new Finding(ErrorCategory.WORD_ORDER, noun + " " + words.get(i + 1), best + closing, "word_order/phrase");
    }

    /**
     * 다섯 사과 주세요 → 사과 다섯 개 (Indonesian lima apel): Korean counts a thing as noun + numeral + counter (사과 다섯
     * 개; Yeon &amp; Brown 2019, numerals and counters; Sohn 1999, on classifier constructions); a native numeral stands
     * bare before a noun only where the noun counts itself (두 사람, 세 가지, 한 번). Only where an accepted answer counts
     * with the learner's numeral and a counter of things (다섯 개, 두 잔) and none writes the learner's two words; the noun
     * a dictionary noun that is no counter, unit, time, person or number, with no quantity after it (사과 다섯 개), and 네
     * never first in its sentence (네 'yes').
     */
    static Finding numeralWithoutCounter(List<String> words, List<Morphology.Word> analysed, int i,
            List<String> accepted) {
        String numeral = words.get(i);
        String[] noun = nounAndParticle(words.get(i + 1), analysed.get(i + 1));
        Morphology.Word counted = analysed.get(i + 1);
        if (counted.morphemes().isEmpty() || !counted.morphemes().getFirst().is("NNG")
                || !counted.morphemes().getFirst().form().equals(noun[0])
                || Lexicon.COUNTERS.contains(ArgumentCheck.stemAndParticle(words.get(i + 1))[0])
                || THING_COUNTERS.contains(ArgumentCheck.stemAndParticle(words.get(i + 1))[0])) {
            return null; // 두 개요, 한 통, 두 장만: a counter with its particle, whatever else the dictionary lists
        }
        if (!NATIVE.contains(numeral) || numeral.equals("네") && i == 0 || noun[0].isEmpty()
                || !KnownWords.noun(noun[0]) || COUNTING_NOUNS.contains(noun[0]) || Lexicon.COUNTERS.contains(noun[0])
                || THING_COUNTERS.contains(noun[0]) || ArgumentCheck.isTimeNoun(noun[0]) || Numerals.number(noun[0]) != null
                || person(noun[0])
                || !noun[1].isEmpty() && !Particles.isParticle(noun[1])) {
            return null;
        }
        Morphology.Word before = i > 0 ? analysed.get(i - 1) : null;
        if (before != null && (NATIVE.contains(words.get(i - 1)) || before.morphemes().isEmpty()
                || before.morphemes().size() == 1 && before.morphemes().getFirst().is("NNG", "NNP", "NR", "SN"))) {
            return null; // 사과 다섯 …: the numeral counts the noun before it
        }
        if (i + 2 < words.size() && (NATIVE.contains(words.get(i + 2)) || Numerals.number(words.get(i + 2)) != null)) {
            return null; // 네 사과 네 개: the quantity after the noun
        }
        String counter = null;
        for (String a : accepted) {
            String padded = " " + a + " ";
            if (padded.contains(" " + numeral + " " + noun[0])) {
                return null;
            }
            for (String c : THING_COUNTERS) {
                if (counter == null && Pattern.compile(" " + numeral + " " + c + COUNTER_CLOSINGS + " ").matcher(padded).find()) {
                    counter = c;
                }
            }
        }
        if (counter == null || noun[0].length() == 1 && Hangul.sameInitial(noun[0], counter)) {
            return null; // 두 게 for 두 개: the counter misspelt, not a noun before it
        }
        String last = counter;
        String moved = noun[1].isEmpty() ? "" : Particles.of(noun[1]).map(p -> p.formAfter(last)).orElse(noun[1]);
        return new Finding(ErrorCategory.WORD_ORDER, numeral + " " + words.get(i + 1),
                noun[0] + " " + numeral + " " + counter + moved, "word_order/numeral_before_noun");
    }

    /** The particles and copula forms a counter may carry, as an optional regular-expression group (개를, 잔이요, 개예요). */
    private static final String COUNTER_CLOSINGS = "(?:을|를|이|가|은|는|도|만|만요|요|이요|하고|랑|이랑|와|과|예요|이에요|입니다|씩)?";

    /**
     * 저는 사람 인도네시아입니다 → 인도네시아 사람입니다, 주제는 음식 인도네시아입니다 → 인도네시아 음식입니다 (Indonesian
     * orang Indonesia, makanan Indonesia; session 29, s29c, widened in session 30, s30b): where a thing or a person is
     * from, or the language it is in, is said as the country or language before the noun (인도네시아 사람, 인도네시아
     * 음식, 한국어 책; 표준국어대사전 '사람' ①; Sohn 1999, §6.1 on the head-final noun phrase: a modifying noun precedes its
     * head). The country (the lexicon's class 지명 &gt; 국가) or its language (country + 어, 영어) carries the copula, which
     * the phrase keeps on its new last noun. 사람 is a known modifier–head pair: only a bare 사람 with nothing before it
     * that modifies it (그 사람 인도네시아예요 is the person as the subject). Another head noun only where the pair is the
     * predicate of a subject or topic already said (주제는, 저는, or a bare 이거/그거: 이거 커피 인도네시아예요), so the head
     * cannot be a topic with its particle dropped (커피 인도네시아예요? 'is the coffee Indonesian?' is left alone), an
     * accepted answer writes the country before that head and none writes the learner's order.
     */
    static Finding headBeforeOrigin(List<String> words, List<Morphology.Word> analysed, int i, String typed,
            List<String> accepted) {
        String head = words.get(i);
        Morphology.Word w = analysed.get(i + 1);
        String word = words.get(i + 1);
        List<Morphology.Morpheme> m = w.morphemes();
        int k = 0;
        StringBuilder noun = new StringBuilder();
        while (k < m.size() && m.get(k).is("NNG", "NNP", "XSN")) {
            noun.append(m.get(k).form());
            k++;
        }
        String origin = noun.toString();
        String ending = word.startsWith(origin) ? word.substring(origin.length()) : "";
        if (!origin(origin) || ending.isEmpty() || k == 0 || k >= m.size() || !m.get(k).is("VCP")) {
            return null;
        }
        if (head.equals("사람")) {
            if (i > 0 && !openBefore(words, analysed, i, typed)) {
                return null;
            }
        } else if (!originHead(head, analysed.get(i)) || i == 0 || !predicateOfSaid(words.get(i - 1), analysed.get(i - 1))
                || !attested(accepted, origin, head)) {
            return null;
        }
        String copula = Hangul.copulaAfter(head, ending);
        return new Finding(ErrorCategory.WORD_ORDER, head + " " + word, origin + " " + head + copula, "word_order/phrase");
    }

    /** A country (지명 &gt; 국가) or its language (인도네시아어, 한국어, 영어, 한국말). */
    private static boolean origin(String noun) {
        return Contrasts.inCategory(noun, "지명 > 국가") || noun.equals("영어") || noun.equals("한국말")
                || noun.length() > 1 && noun.endsWith("어") && Contrasts.inCategory(noun.substring(0, noun.length() - 1),
                        "지명 > 국가");
    }

    /** A bare common noun a country may modify: one noun, no person, time, number or noun of position. */
    private static boolean originHead(String head, Morphology.Word h) {
        return h.morphemes().size() == 1 && h.startsWith("NNG") && KnownWords.noun(head) && !person(head)
                && !ArgumentCheck.isTimeNoun(head) && !Lexicon.MOVABLE.contains(head) && Numerals.number(head) == null
                && !POSITIONS.contains(head) && !origin(head);
    }

    /** Demonstrative pronouns a speaker names the thing with before saying what it is (이거 커피예요). */
    private static final Set<String> THIS_ONE = Set.of("이거", "그거", "저거", "이것", "그것", "저것", "이건", "그건", "저건");

    /** Whether the word before the pair is a subject or topic already said (주제는, 저는, 이 음식이, 이거). */
    private static boolean predicateOfSaid(String word, Morphology.Word w) {
        if (THIS_ONE.contains(word)) {
            return true;
        }
        List<Morphology.Morpheme> m = w.morphemes();
        return m.size() >= 2 && m.getFirst().is("NNG", "NNP", "NP") && !w.verbal()
                && (m.getLast().is("JKS") || m.getLast().is("JX") && Set.of("은", "는").contains(m.getLast().form()));
    }

    /** Whether an accepted answer writes the origin before the head (인도네시아 음식입니다) and none the head first. */
    private static boolean attested(List<String> accepted, String origin, String head) {
        boolean attested = false;
        for (String a : accepted) {
            String padded = " " + a + " ";
            if (padded.contains(" " + head + " " + origin)) {
                return false;
            }
            Matcher x = Pattern.compile(" " + Pattern.quote(origin + " " + head) + "([가-힣]*) ").matcher(padded);
            while (x.find()) {
                String rest = x.group(1);
                // the head with its particle or copula (음식입니다, 커피인데요), not a longer noun (음식점)
                attested |= rest.isEmpty() || Particles.isParticle(rest) || rest.matches("(이|입|인|예|였|이었).*");
            }
        }
        return attested;
    }

    /**
     * 버스 명동에 가는 몇 번이에요? → 명동에 가는 버스가 (Indonesian bus yang pergi ke Myeongdong): a relative clause
     * stands before the noun it modifies, closed by the adnominal ending (-는, -(으)ㄴ, -(으)ㄹ: 표준국어대사전 '-는'
     * 「어미」; Yeon &amp; Brown 2019, on noun-modifying forms; Sohn 1999, §6.1). The shape: a bare common noun (no person,
     * time or number) with nothing before it that modifies it, then one to three words of the clause, at least one with a
     * particle of its own (명동에, 한국어를), then a verb or adjective in the adnominal form followed by no noun it could
     * modify (a question word: 몇 번이에요, 어디 있어요, or a predicate that is no auxiliary of {@link #AUXILIARY_STEMS}:
     * 찾는 있어요 is -고 있어요 misformed). The head takes the particle an accepted answer gives it after the same clause;
     * else 이/가 before a question word, else none.
     */
    /**
     * Whether an accepted answer writes the learner's noun right before the next word's noun (지성 피부에 for 지성 피부):
     * the two are one compound noun, not a head before its clause (session 34, s34c).
     */
    private static boolean compoundOfAccepted(String head, String next, List<String> accepted) {
        String pair = " " + head + " " + ArgumentCheck.stemAndParticle(next)[0];
        return accepted.stream().anyMatch(a -> (" " + a).contains(pair));
    }

    /** A noun with a case particle, not a topic or genitive one (피부에, 역에서, 친구를). */
    private static boolean nounWithCase(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        return m.size() >= 2 && m.getFirst().is("NNG", "NNP") && !w.verbal() && m.getLast().tag().startsWith("J")
                && !m.getLast().is("JX", "JKG");
    }

    static Finding headBeforeClause(List<String> words, List<Morphology.Word> analysed, int i, List<String> accepted,
            String typed) {
        String head = words.get(i);
        Morphology.Word h = analysed.get(i);
        // a noun Nori misreads in its sentence (입구 as 입 + 구) is read as the word alone reads (session 38, s38b)
        boolean noun = h.morphemes().size() == 1 && h.startsWith("NNG") || nounAlone(head);
        // a bare noun before the head that modifies it (2호선 입구, 지하철 입구): the head phrase starts there (s38b)
        boolean compound = i > 0 && !openBefore(words, analysed, i, typed) && bareNoun(analysed.get(i - 1))
                && (i == 1 || openBefore(words, analysed, i - 1, typed));
        if (!noun || !KnownWords.noun(head) || head.length() < 2
                || person(head) && !head.equals("사람")
                || ArgumentCheck.isTimeNoun(head) || Lexicon.MOVABLE.contains(head) || Numerals.number(head) != null
                || i > 0 && !openBefore(words, analysed, i, typed) && !compound) {
            return null;
        }
        int k = i + 1;
        boolean argument = false;
        boolean degree = false;
        while (k < words.size() && k <= i + 3) {
            Morphology.Word w = analysed.get(k);
            List<Morphology.Morpheme> m = w.morphemes();
            if (!m.isEmpty() && m.getFirst().is("NNG", "NNP", "NP") && !w.verbal() && m.getLast().tag().startsWith("J")
                    && !m.getLast().is("JX", "JKG")) {
                argument = true;
                k++;
            } else if (m.size() == 1 && m.getFirst().is("MAG")) {
                degree |= DEGREE.contains(words.get(k));
                k++;
            } else if (m.size() == 1 && m.getFirst().is("NNG", "NNP") && k + 1 < words.size() && k + 1 <= i + 3
                    && nounWithCase(analysed.get(k + 1))) {
                k++; // the first noun of a compound argument: 선크림 지성 피부에 좋은 (session 34, s34c)
            } else {
                break;
            }
        }
        if (k + 1 >= words.size() || compoundOfAccepted(head, words.get(i + 1), accepted)) {
            return null;
        }
        Morphology.Word modifier = analysed.get(k);
        List<Morphology.Morpheme> mm = modifier.morphemes();
        if (mm.size() < 2 || !mm.getFirst().is("VV", "VA") || !mm.getLast().is("ETM")) {
            return null;
        }
        // a degree adverb and an adjective (입구 제일 가까운 어디예요? → 제일 가까운 입구가; session 38, s38b): the
        // superlative or comparative of a quality the head has, Indonesian 'pintu masuk paling dekat'; the head is no
        // noun of a quality whose 이/가 a relative clause drops (맛 제일 좋은: ModifiersAfterHead's ATTRIBUTES)
        boolean graded = degree && mm.getFirst().is("VA") && !ModifiersAfterHead.attribute(head);
        if (!argument && !graded) {
            return null;
        }
        Morphology.Word after = analysed.get(k + 1);
        String afterWord = words.get(k + 1);
        boolean question = QUESTION_WORDS.contains(afterWord)
                || QUESTION_WORDS.contains(ArgumentCheck.stemAndParticle(afterWord)[0])
                || !after.morphemes().isEmpty() && QUESTION_WORDS.contains(after.morphemes().getFirst().form());
        boolean predicate = after.verbal() && !after.endsWith("ETM") && !after.has("VCP")
                && (after.morphemes().getFirst().tag().startsWith("V")
                        // a verbal noun with 하다 (추천해 주세요, 주문할게요; session 34, s34c)
                        || after.morphemes().size() > 1 && after.morphemes().getFirst().is("NNG")
                                && after.morphemes().get(1).is("XSV"))
                && (!AUXILIARY_STEMS.contains(after.morphemes().getFirst().form())
                        // an adjective has no -고 있다 to misform: 호텔 더 싼 있어요? asks for a cheaper hotel (s38b)
                        || graded && Set.of("있", "없").contains(after.morphemes().getFirst().form()));
        if (!question && !predicate) {
            return null;
        }
        String clause = String.join(" ", words.subList(i + 1, k + 1));
        String particle = null;
        Pattern attested = Pattern.compile("(?:^| )" + Pattern.quote(clause + " " + head) + "([가-힣]*)(?: |$)");
        for (String a : accepted) {
            Matcher x = attested.matcher(a);
            if (x.find() && (x.group(1).isEmpty() || Particles.isParticle(x.group(1)))) {
                particle = x.group(1);
                break;
            }
        }
        if (particle == null) {
            // a graded head keeps the learner's bare noun: the order is the error, not its particle (s38b)
            particle = question && !graded ? (Hangul.hasFinal(head.charAt(head.length() - 1)) ? "이" : "가") : "";
        }
        String phrase = compound ? words.get(i - 1) + " " + head : head;
        return new Finding(ErrorCategory.WORD_ORDER, phrase + " " + clause, clause + " " + phrase + particle,
                "word_order/phrase");
    }

    /** Degree adverbs before an adjective (제일 가까운, 가장 싼, 더 큰). */
    private static final Set<String> DEGREE = Set.of("제일", "가장", "더", "덜", "아주", "너무", "정말", "진짜", "좀", "조금",
            "훨씬", "꽤");

    /** Whether the word alone is read as one common noun (입구, which Nori may read as 입 + 구 in a sentence). */
    private static boolean nounAlone(String word) {
        List<Morphology.Word> alone = Morphology.analyse(word);
        return alone.size() == 1 && alone.getFirst().morphemes().size() == 1 && alone.getFirst().startsWith("NNG");
    }

    /** A word of nouns and digits only, no particle (2호선, 지하철): a noun that may modify the noun after it. */
    private static boolean bareNoun(Morphology.Word w) {
        return !w.morphemes().isEmpty() && !w.verbal()
                && w.morphemes().stream().allMatch(m -> m.is("NNG", "NNP", "SN", "NNBC"));
    }
}
