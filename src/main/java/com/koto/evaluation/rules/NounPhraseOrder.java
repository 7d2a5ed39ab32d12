package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Two nouns of one phrase in the wrong order (session 4; {@code word_order/phrase}): Korean noun
 * phrases are head-final, the modifying noun first (창가 자리, 인도네시아 사람, 두통약; Sohn 1999,
 * on compounds and noun phrases), so 자리 창가로 for 창가 자리로 is a word-order error, located on the
 * two words. The particle or copula stays at the end of the phrase, re-formed for the new last noun
 * (인도네시아예요 → 사람이에요).
 */
final class NounPhraseOrder {

    private NounPhraseOrder() {
    }

    /** Demonstratives (관형사 이, 그, 저), which come before their noun. */
    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("이", "그", "저");

    /**
     * Nouns that only point at the occasion of the noun after them, as a determiner does (이번 토요일, 저번 주):
     * 표준국어대사전 '이번' 「명사」 "곧 돌아오거나 이제 막 지나간 차례", '저번' 「명사」; they stand before the
     * noun they place in time, never after it (토요일 이번; session 21).
     */
    private static final java.util.Set<String> OCCASIONS = java.util.Set.of("이번", "저번");

    /**
     * Nouns of a name (이름 'name', 성함, 명의 'name on an account'), which the name they give comes before: 부디 이름으로,
     * or with the quoting 라는 'called', 부디라는 이름으로 (표준국어대사전 '-라는': "-라고 하는"; Sohn 1999, on the
     * head-final noun phrase). The learner's 이름으로 부디 follows Indonesian 'atas nama Budi' (session 25).
     */
    private static final java.util.Set<String> NAMING_NOUNS = java.util.Set.of("이름", "성함", "명의");

    /** Whether {@code name}, a bare word, stands after a noun of {@link #NAMING_NOUNS} with its particle (이름으로 부디). */
    private static boolean namedAfter(String noun, String name) {
        String[] n = ArgumentCheck.stemAndParticle(noun);
        return NAMING_NOUNS.contains(n[0]) && !n[1].isEmpty() && ArgumentCheck.stemAndParticle(name)[1].isEmpty()
                && !NAMING_NOUNS.contains(name);
    }

    /** The swapped pair, repaired; empty when the answer has none against this accepted answer. */
    static Optional<PreChecks.Fix> find(String answer, String accepted) {
        String[] a = answer.split(" ");
        String[] e = accepted.split(" ");
        List<Morphology.Word> words = Morphology.analyse(answer);
        Optional<PreChecks.Fix> demonstrative = demonstrativeAfterNoun(a, e);
        if (demonstrative.isPresent()) {
            return demonstrative;
        }
        Optional<PreChecks.Fix> modifier = modifierAfterNoun(a, e);
        if (modifier.isPresent()) {
            return modifier;
        }
        Optional<PreChecks.Fix> more = moreBeforeQuantity(a, e);
        if (more.isPresent()) {
            return more;
        }
        Optional<PreChecks.Fix> place = headBeforePlace(a, e);
        if (place.isPresent()) {
            return place;
        }
        Optional<PreChecks.Fix> run = threeNounsTurnedRound(a, e, words);
        if (run.isPresent()) {
            return run;
        }
        for (int i = 0; i + 1 < a.length; i++) {
            String first = a[i];
            String[] second = HeadFirstPhrases.nounAndParticle(a[i + 1], words.size() == a.length ? words.get(i + 1) : null);
            if (first.length() < 1 || second[0].equals(first) || second[0].length() < 1 || movable(first)
                    || movable(second[0])) {
                continue; // 서울 내일 가요: a time or place adverb may scramble, it is no part of the phrase
            }
            if (ROOM_NUMBER.matcher(a[i + 1]).matches() && BUILDINGS.contains(first)) {
                continue; // 호텔 805호에, 방 805호가: the room of the building, or the room named by its number (session 28)
            }
            if (predicates(words, a, i)) {
                continue; // 갈아타야 돼요: a verb and its auxiliary, no noun phrase (session 18, s18b)
            }
            if (words.size() == a.length && !words.get(i).verbal() && ending(words.get(i + 1))
                    && (words.get(i).caseMarked() && !words.get(i + 1).endsWith("ETM")
                            || words.get(i + 1).endsWith("ETM") && i + 2 < a.length
                                    && (a[i + 2].startsWith("거") || a[i + 2].startsWith("것")))) {
                // 인도네시아까지 보내면, 아메리카노 따뜻한 거: after a noun with its particle, a predicate; after a noun, an
                // adjective's modifier before 거/것: never the head or the modifier of a phrase of two nouns; an argument before its own
                // verb is the head-final order (Sohn 1999, on SOV order), and a noun before a modifier + 거 names the
                // thing that the modifier phrase then describes (session 37, s37a)
                continue;
            }
            if (i > 0 && DEMONSTRATIVES.contains(a[i - 1]) && ArgumentCheck.directionNoun(first)) {
                // 저 앞 편의점에서 "at the store up ahead there": a position noun after a demonstrative
                // modifies the next noun as a place (표준국어대사전 '앞' 「명사」: 저 앞 / 앞 건물; Sohn 1999, on
                // noun-noun modification): a phrase of its own, not 편의점 앞 turned round
                continue;
            }
            String[] firstParts = ArgumentCheck.stemAndParticle(first);
            for (int j = 0; j + 1 < e.length; j++) {
                if (second[1].isEmpty() && firstParts[1].isEmpty() && e[j].equals(second[0]) && placedByParticle(e[j + 1])
                        && ArgumentCheck.stemAndParticle(e[j + 1])[0].equals(first)) {
                    // 전자레인지 도시락 데워 주세요 for 도시락 전자레인지에 데워: the place's 에 left out (session 28)
                    String particle = ArgumentCheck.stemAndParticle(e[j + 1])[1];
                    List<String> fixed = new ArrayList<>(List.of(a));
                    fixed.set(i, first + particle);
                    return Optional.of(new PreChecks.Fix(new Finding(ErrorCategory.PARTICLE_MISSING, first,
                            first + particle, "particle_missing/" + (particle.equals("에서") ? "action_place"
                                    : particle.equals("에") ? "location" : "dative")), String.join(" ", fixed)));
                }
            }
            for (int j = 0; j < e.length; j++) {
                String correction = null;
                String ending = second[1];
                if (j + 1 < e.length && e[j].equals(second[0])
                        && ArgumentCheck.stemAndParticle(e[j + 1])[0].equals(first)
                        && !modifiersOfOneHead(a, e, i, j, words)
                        && !(ending.isEmpty() && firstParts[1].isEmpty() && placedByParticle(e[j + 1]))) {
                    // 자리 창가로 for 창가 자리로
                    correction = second[0] + " " + first + reform(ending, first);
                } else if (j + 1 < e.length && ending.isEmpty() && !firstParts[1].isEmpty()
                        && !firstParts[0].isEmpty() && !movable(firstParts[0]) && e[j].equals(second[0])
                        && e[j + 1].equals(first) && !scrambledObject(a, words, i, e[j + 1])) {
                    // 축제에 연등 for 연등 축제에, 앞에서 편의점 for 편의점 앞에서: the particle closes the phrase
                    correction = second[0] + " " + first;
                } else if (j + 1 < e.length && ending.isEmpty() && !firstParts[1].isEmpty() && !firstParts[0].isEmpty()
                        && NAMING_NOUNS.contains(firstParts[0]) && e[j + 1].equals(first)
                        && (e[j].equals(second[0] + "라는") || e[j].equals(second[0] + "이라는"))) {
                    // 이름으로 부디 for 부디라는 이름으로 (session 25): the name before the noun that names it
                    correction = second[0] + " " + first;
                } else if (ArgumentCheck.stemAndParticle(e[j])[0].equals(second[0] + first)) {
                    // 약 두통 for 두통약
                    correction = second[0] + first + reform(ending, second[0] + first);
                }
                if (correction != null) {
                    String original = a[i] + " " + a[i + 1];
                    List<String> fixed = new ArrayList<>(List.of(a));
                    fixed.set(i, correction);
                    fixed.remove(i + 1);
                    return Optional.of(new PreChecks.Fix(new Finding(ErrorCategory.WORD_ORDER, original, correction,
                            "word_order/phrase"), String.join(" ", fixed)));
                }
            }
        }
        return Optional.empty();
    }

    /** Particles of place, goal and recipient, which make a noun an argument of the verb of its own. */
    private static final java.util.Set<String> PLACING_PARTICLES = java.util.Set.of("에", "에서", "에게", "한테", "께");

    /**
     * Whether the accepted answer's second noun carries a particle of place or recipient (도시락 전자레인지에 데워 주세요,
     * session 28): then the accepted pair is two arguments of the verb, the object and the place, not one noun phrase,
     * and the learner's two bare nouns in the other order (전자레인지 도시락 데워 주세요) are the arguments scrambled,
     * which Korean allows before the predicate (Sohn 1999, on scrambling), with the particle 에 left out: no word-order
     * error but the particle left out ({@code particle_missing}: 전자레인지 → 전자레인지에). A compound never ends in a noun
     * with 에 inside the phrase (표준국어대사전 '에' 「조사」: it closes an adverbial).
     */
    private static boolean placedByParticle(String word) {
        return PLACING_PARTICLES.contains(ArgumentCheck.stemAndParticle(word)[1]);
    }

    /**
     * The nouns of one phrase turned round, head first, on the learner's own words whatever accepted answer the
     * comparison chooses (session 28; {@code word_order/phrase}): 정류장 버스가 → 버스 정류장이, 에어컨 805호가 → 805호
     * 에어컨이, 케이크 생일 초콜릿 → 초콜릿 생일 케이크. Korean noun phrases are head-final (Sohn 1999, on compounds and
     * noun phrases), and where one accepted answer writes the learner's nouns as one phrase in the other order, the
     * learner's order is that phrase turned round, even when another accepted answer, worded apart, is nearer the rest
     * of the answer. Only two or three common nouns the certainty gate reads as intrinsic ({@link #nounsAfterHead},
     * {@link #threeNounsAfterHead}: no person, position, list or choice particle); an adnominal form after its noun (한
     * 사이즈 큰 거) is left to the comparison, which reads its head 거.
     *
     * @param answer   the learner's answer as typed
     * @param accepted the accepted answers, normalised
     * @return at most one finding
     */
    static List<Finding> attestedSwaps(String answer, List<String> accepted) {
        String normalised = com.koto.evaluation.text.AnswerText.normalise(answer);
        for (String e : accepted) {
            Optional<PreChecks.Fix> fix = find(normalised, e);
            if (fix.isPresent() && fix.get().finding().category() == ErrorCategory.WORD_ORDER
                    && (nounsTurnedRound(fix.get().finding().original(), fix.get().finding().correction())
                            || compoundTurnedRound(fix.get().finding().original(), fix.get().finding().correction(), e))
                    && wholePhrase(normalised, fix.get().finding().original())) {
                return List.of(fix.get().finding());
            }
        }
        return List.of();
    }

    /**
     * Whether the learner's {@code N1-에 N2 verb} is two arguments scrambled, not a compound turned round (전자레인지에 도시락
     * 데워 주세요 for 도시락 전자레인지에 데워; session 28): the first noun keeps the place or recipient particle the accepted
     * answer gives it ({@link #placedByParticle}) and is no noun of position (앞에서 편의점 needs its noun before it), the bare
     * second noun stands right before a verb that takes an object ({@link VerbFrames#takesObject}) and the answer marks no
     * other object. Korean scrambles the arguments before the predicate (Sohn 1999, on scrambling), and a bare object
     * before its verb is ordinary speech (Lee &amp; Ramsey 2000); 축제에 연등 갈 거예요 (가다 takes no object) keeps its
     * finding.
     */
    private static boolean scrambledObject(String[] a, List<Morphology.Word> words, int i, String acceptedPlace) {
        String[] place = ArgumentCheck.stemAndParticle(a[i]);
        if (!placedByParticle(acceptedPlace) || POSITIONS.contains(place[0]) || PLACING.contains(place[0])
                || ArgumentCheck.directionNoun(place[0]) || words.size() != a.length || i + 2 >= a.length) {
            return false;
        }
        for (String w : a) {
            String particle = ArgumentCheck.stemAndParticle(w)[1];
            if (particle.equals("을") || particle.equals("를")) {
                return false;
            }
        }
        // a recipient (에게/한테/께) heads no compound: 선생님께 책 드리고 싶어요 is the two arguments scrambled
        return java.util.Set.of("에게", "한테", "께").contains(place[1]) || VerbFrames.takesObject(words.get(i + 2), true);
    }

    /**
     * The same class read on a {@code word_order/phrase} finding of the comparison ({@link Evidence#artefact}): {@code o}
     * is two nouns, {@code c} the same two turned round, and in the answer the pair stands before a bare noun
     * ({@link #modifiersOfOneHead}).
     */
    static boolean modifiersSwapped(String o, String c, String answer) {
        String[] ow = o.strip().split(" ");
        String[] cw = c.strip().split(" ");
        if (ow.length != 2 || cw.length != 2 || !ow[0].equals(cw[1]) || !ow[1].equals(cw[0])) {
            return false;
        }
        String[] a = answer.split(" ");
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 2 < a.length; i++) {
            if (a[i].equals(ow[0]) && a[i + 1].equals(ow[1])) {
                String[] e = {cw[0], cw[1], a[i + 2]};
                return modifiersOfOneHead(a, e, i, 0, words);
            }
        }
        return false;
    }

    /**
     * Nouns that place the noun after them in an order or in space, as a determiner does (다음 건물, 이번 토요일, 옆
     * 가게): they stand first (표준국어대사전 '다음' 「명사」, '옆', '앞'), so they never swap with another modifier.
     */
    private static final java.util.Set<String> PLACING = java.util.Set.of("다음", "이번", "저번", "지난", "매", "옆", "앞",
            "뒤", "위", "아래", "안", "밖", "근처", "맞은편", "건너편");

    /**
     * 한국어 초급 문법책 for 초급 한국어 문법책: two bare nouns that both modify the same head noun after them, in
     * the answer and in the accepted answer alike. Korean noun phrases are head-final (Sohn 1999, §6.1 on N N
     * compounds: each noun modifies the noun phrase after it), and the head stands last in both orders; two
     * classifying nouns before it (the language, the level) each narrow the head, so 초급 한국어 문법책 and 한국어
     * 초급 문법책 name the same book (표준국어대사전 '초급' 「명사」, '문법책'). Only where the word after the pair is the
     * same bare noun on both sides (Nori NNG only, no particle on it) and the pair itself holds no particle nor a
     * noun of {@link #PLACING} (건물 다음 앞에서, 토요일 이번 오후에 keep their findings); a pair
     * with nothing after it (자리 창가로 for 창가 자리로) swaps the head and keeps its finding (session 25, s25a).
     */
    private static boolean modifiersOfOneHead(String[] a, String[] e, int i, int j, List<Morphology.Word> words) {
        if (i + 2 >= a.length || j + 2 >= e.length || !ArgumentCheck.stemAndParticle(a[i + 1])[1].isEmpty()
                || !ArgumentCheck.stemAndParticle(a[i])[1].isEmpty()
                || !ArgumentCheck.stemAndParticle(a[i + 2])[0].equals(ArgumentCheck.stemAndParticle(e[j + 2])[0])
                || words.size() != a.length) {
            return false;
        }
        Morphology.Word head = words.get(i + 2);
        // the head with or without its particle (교재가 for 교재는: session 28)
        return !head.morphemes().isEmpty() && head.morphemes().getFirst().is("NNG") && !head.verbal()
                && head.morphemes().stream().allMatch(m -> m.is("NNG") || m.tag().startsWith("J"))
                && words.get(i).morphemes().size() == 1 && words.get(i + 1).morphemes().size() == 1
                && words.get(i).startsWith("NNG", "NNP") && words.get(i + 1).startsWith("NNG", "NNP")
                && !PLACING.contains(a[i]) && !PLACING.contains(a[i + 1]);
    }

    /**
     * 소포 이, 우산 이 for 이 소포, 이 우산 (word_order/phrase): a demonstrative (관형사) precedes the
     * noun it modifies (Sohn 1999, on determiners; 표준국어대사전 '이' 「관형사」). Only where the accepted
     * answer has the demonstrative before that noun and the learner's 이 stands after the bare noun
     * with no 이 before it (우산 이 after 이 would be the subject particle written apart: spacing). Session 21: also
     * 이번 and 저번 ({@link #OCCASIONS}: 토요일 이번 → 이번 토요일).
     */
    static Optional<PreChecks.Fix> demonstrativeAfterNoun(String[] a, String[] e) {
        for (int i = 0; i + 1 < a.length; i++) {
            String det = a[i + 1];
            String[] occasion = occasionWithParticle(a[i], det);
            if (occasion != null) {
                for (int j = 0; j + 1 < e.length; j++) {
                    if (e[j].equals(occasion[0]) && ArgumentCheck.stemAndParticle(e[j + 1])[0].equals(a[i])) {
                        return Optional.of(swap(a, i, occasion[0] + " " + a[i] + occasion[1]));
                    }
                }
                continue;
            }
            if (!DEMONSTRATIVES.contains(det) && !OCCASIONS.contains(det) || i > 0 && DEMONSTRATIVES.contains(a[i - 1])
                    || !ArgumentCheck.stemAndParticle(a[i])[1].isEmpty()) {
                continue;
            }
            for (int j = 0; j + 1 < e.length; j++) {
                if (e[j].equals(det) && ArgumentCheck.stemAndParticle(e[j + 1])[0].equals(a[i])) {
                    return Optional.of(swap(a, i, det + " " + a[i]));
                }
            }
        }
        return Optional.empty();
    }

    /** The particles that close a time phrase placed with 이번/저번 (이번에, 이번에는, 이번은, 이번도). */
    private static final java.util.Set<String> TIME_PARTICLES = java.util.Set.of("에", "에는", "은", "도", "에도");

    /**
     * 토요일 이번에 for 이번 토요일에 (session 25): 이번/저번 with the particle of the whole time phrase, after the bare
     * time noun it places ({@link #OCCASIONS}; 표준국어대사전 '이번' 「명사」 예문 "이번 주말"). Only after a noun of time
     * ({@link ArgumentCheck#isTimeNoun}: 토요일, 주말, 주, 달, 학기 …): after another noun 이번에 is the adverbial 'this time'
     * (시험 이번에 잘 봤어? 'the exam, did you do well this time?': right). Returns {이번, 에}, or null.
     */
    private static String[] occasionWithParticle(String noun, String word) {
        for (String o : OCCASIONS) {
            if (word.startsWith(o) && TIME_PARTICLES.contains(word.substring(o.length()))
                    && ArgumentCheck.stemAndParticle(noun)[1].isEmpty() && ArgumentCheck.isTimeNoun(noun)
                    && !OCCASIONS.contains(noun)) {
                return new String[] {o, word.substring(o.length())};
            }
        }
        return null;
    }


    /**
     * 더 하나 for 하나 더, 더 두 개 for 두 개 더 (word_order/phrase): 더 'more' follows the quantity it
     * adds to (한국어기초사전 '더' 예문 "하나 더 주세요"; Yeon &amp; Brown 2019, on numerals and counters in
     * the noun phrase). Only where the accepted answer has that quantity followed by 더.
     */
    static Optional<PreChecks.Fix> moreBeforeQuantity(String[] a, String[] e) {
        for (int i = 0; i + 1 < a.length; i++) {
            if (!a[i].equals("더") || Numerals.number(a[i + 1]) == null) {
                continue;
            }
            for (int j = 0; j + 1 < e.length; j++) {
                if (!e[j].equals(a[i + 1])) {
                    continue;
                }
                // 하나 더, or 두 개 더: the quantity may have its counter
                boolean withCounter = j + 2 < e.length && e[j + 2].equals("더") && i + 2 < a.length
                        && a[i + 2].equals(e[j + 1]);
                if (e[j + 1].equals("더") || withCounter) {
                    String quantity = withCounter ? a[i + 1] + " " + a[i + 2] : a[i + 1];
                    String original = "더 " + quantity;
                    String correction = quantity + " 더";
                    List<String> fixed = new ArrayList<>(List.of(a));
                    fixed.set(i, correction);
                    fixed.remove(i + 1);
                    if (withCounter) {
                        fixed.remove(i + 1);
                    }
                    return Optional.of(new PreChecks.Fix(new Finding(ErrorCategory.WORD_ORDER, original, correction,
                            "word_order/phrase"), String.join(" ", fixed)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * 사이즈 더 큰 있어요 for 더 큰 사이즈 있어요, 핸드폰 까만 있어요 for 까만 핸드폰 (word_order/phrase; session 21): an
     * adnominal form (관형사형 -(으)ㄴ/-는/-(으)ㄹ) modifies the noun after it (표준국어대사전 '-은' 「어미」 "앞말이 관형어
     * 구실을 하게 하는 어미"; Sohn 1999, on the head-final noun phrase), so one with no noun after it, standing
     * behind the noun it describes, is the learner's order (Indonesian puts the modifier after: ukuran yang lebih
     * besar). Only where the accepted answer has the same adverbs and adnominal right before that noun, and the
     * word after the adnominal is a predicate or nothing (핸드폰 까만 거 'a black one' has its head 거: not this).
     * The span runs from the noun to the adnominal, the noun's particle kept on the noun.
     */
    static Optional<PreChecks.Fix> modifierAfterNoun(String[] a, String[] e) {
        List<Morphology.Word> words = SpeechLevels.analysed(String.join(" ", a));
        if (words.size() != a.length) {
            return Optional.empty();
        }
        for (int i = 0; i + 1 < a.length; i++) {
            if (!noun(words.get(i))) {
                continue;
            }
            int k = i + 1;
            while (k < a.length && words.get(k).startsWith("MAG") && words.get(k).morphemes().size() == 1) {
                k++;
            }
            if (k >= a.length || !adnominal(words.get(k)) || k + 1 < a.length && !words.get(k + 1).verbal()) {
                continue;
            }
            List<String> modifier = List.of(a).subList(i + 1, k + 1);
            String noun = ArgumentCheck.stemAndParticle(a[i])[0];
            for (int j = 0; j + modifier.size() < e.length; j++) {
                if (List.of(e).subList(j, j + modifier.size()).equals(modifier)
                        && ArgumentCheck.stemAndParticle(e[j + modifier.size()])[0].equals(noun)) {
                    String original = String.join(" ", List.of(a).subList(i, k + 1));
                    String correction = String.join(" ", modifier) + " " + a[i];
                    List<String> fixed = new ArrayList<>(List.of(a).subList(0, i));
                    fixed.add(correction);
                    fixed.addAll(List.of(a).subList(k + 1, a.length));
                    return Optional.of(new PreChecks.Fix(new Finding(ErrorCategory.WORD_ORDER, original, correction,
                            "word_order/phrase"), String.join(" ", fixed)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a word-order finding turns a noun phrase round, its head before its modifier (session 21): an
     * adnominal form, with its adverbs, moved behind the noun ({@link #modifierAfterNoun}: 사이즈 더 큰 → 더 큰
     * 사이즈), or 이번/저번 behind the noun it places in time ({@link #OCCASIONS}: 토요일 이번 → 이번 토요일). An
     * adnominal form with no noun after it cannot end a phrase (표준국어대사전 '-은' 「어미」), and no scramble moves a
     * part of a phrase (Sohn 1999, on scrambling: whole phrases move), so the certainty gate reads the finding as
     * intrinsic: wrong whatever else the answer says. Two nouns turned round are not read: a noun after a noun is
     * often a phrase of its own or a right order too (은행 앞에서, 아메리카노 아이스로, 표 어른 두 장, 할아버지
     * 할머니가; measured on the precision sets).
     */
    static boolean modifierAfterHead(String o, String c) {
        String[] a = o.split(" ");
        String[] b = c.split(" ");
        if (a.length < 2 || a.length != b.length) {
            return false;
        }
        if (a.length == 2 && OCCASIONS.contains(a[1]) && b[0].equals(a[1]) && b[1].equals(a[0])) {
            return true; // 토요일 이번 → 이번 토요일
        }
        if (a.length == 2 && occasionWithParticle(a[0], a[1]) != null && b[0].equals(occasionWithParticle(a[0], a[1])[0])
                && b[1].equals(a[0] + occasionWithParticle(a[0], a[1])[1])) {
            return true; // 토요일 이번에 → 이번 토요일에 (session 25)
        }
        if (a.length == 2 && namedAfter(a[0], a[1]) && b[0].equals(a[1]) && b[1].equals(a[0])) {
            return true; // 이름으로 부디 → 부디 이름으로 (session 25)
        }
        if (placeAfterHead(a, b) || nounsAfterHead(a, b) || threeNounsAfterHead(a, b)) {
            return true; // 미용실 학교 근처에서 → 학교 근처 미용실에서, 선물 결혼을 → 결혼 선물을 (session 25)
        }
        List<Morphology.Word> words = SpeechLevels.analysed(o);
        return words.size() == a.length && noun(words.getFirst()) && adnominal(words.getLast())
                && a[0].equals(b[b.length - 1])
                && List.of(a).subList(1, a.length).equals(List.of(b).subList(0, b.length - 1));
    }

    /**
     * 케이크 생일 초콜릿 for 초콜릿 생일 케이크, 교재 한국어 초급이 for 초급 한국어 교재가 (word_order/phrase; session 28): three
     * nouns of one phrase written head first, each modifier after the noun it narrows (the Indonesian order, kue ulang
     * tahun cokelat). Korean noun phrases are head-final, every modifying noun before the noun it modifies (Sohn 1999,
     * on compounds and noun phrases), so the accepted answer's three nouns in the reverse order name the same thing and
     * the learner's order names none. One finding on the whole phrase, not one per pair; the particle closes the phrase,
     * re-formed for the new last noun. Only where an accepted answer writes the three nouns in exactly the reverse
     * order, the first two bare on both sides, and Nori reads each of the learner's words as a noun (no predicate), none
     * of them a time, place adverb, number or noun of {@link #PLACING}.
     */
    static Optional<PreChecks.Fix> threeNounsTurnedRound(String[] a, String[] e, List<Morphology.Word> words) {
        if (words.size() != a.length) {
            return Optional.empty();
        }
        for (int i = 0; i + 2 < a.length; i++) {
            String[] last = ArgumentCheck.stemAndParticle(a[i + 2]);
            if (!ArgumentCheck.stemAndParticle(a[i])[1].isEmpty() || !ArgumentCheck.stemAndParticle(a[i + 1])[1].isEmpty()
                    || last[0].isEmpty() || !noun(words.get(i)) || !noun(words.get(i + 1))
                    || !noun(words.get(i + 2))) {
                continue;
            }
            String[] stems = {a[i], a[i + 1], last[0]};
            if (java.util.Arrays.stream(stems).anyMatch(x -> movable(x) || PLACING.contains(x)
                    || DEMONSTRATIVES.contains(x) || OCCASIONS.contains(x)) || stems[0].equals(stems[2])) {
                continue;
            }
            for (int j = 0; j + 2 < e.length; j++) {
                if (e[j].equals(stems[2]) && e[j + 1].equals(stems[1])
                        && ArgumentCheck.stemAndParticle(e[j + 2])[0].equals(stems[0])) {
                    return Optional.of(replaced(a, i, i + 3, stems[2] + " " + stems[1] + " " + stems[0] + reform(last[1], stems[0])));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the turned-round nouns are a whole phrase of the answer: the last carries its particle (정류장 버스가, not
     * 고속버스 광주행 표, where a bare noun after them may be the head of all) and no bare noun or number stands right
     * before them (3일 여행 패키지가: one longer phrase whose nouns may stand either way).
     */
    private static boolean wholePhrase(String answer, String span) {
        String[] a = answer.split(" ");
        String[] o = span.split(" ");
        for (int i = 0; i + o.length <= a.length; i++) {
            if (List.of(a).subList(i, i + o.length).equals(List.of(o))) {
                List<Morphology.Word> read = Morphology.analyse(answer);
                boolean closed = !HeadFirstPhrases.nounAndParticle(o[o.length - 1],
                        read.size() == a.length ? read.get(i + o.length - 1) : null)[1].isEmpty()
                        || closedByPredicate(read, a.length, i + o.length);
                boolean open = i == 0 || !ArgumentCheck.stemAndParticle(a[i - 1])[1].isEmpty()
                        || !KnownWords.noun(a[i - 1]) && !a[i - 1].matches("[0-9].*");
                return closed && open;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code next} closes a bare phrase before it (session 29, s29c): a predicate or an adverb, no noun
     * or number that the phrase's last noun could modify (자리 창가 있어요?, 약 두통 좀 주세요: the subject's or object's
     * particle dropped, as speech drops it; Lee &amp; Ramsey 2000, on ellipsis), where 고속버스 광주행 표 stays open.
     * Reads the analysis {@link #wholePhrase} already made ({@code words}), which counts only when it has one word per
     * typed word ({@code typedWords}).
     */
    private static boolean closedByPredicate(List<Morphology.Word> words, int typedWords, int next) {
        if (words.size() != typedWords || next >= words.size()) {
            return false;
        }
        Morphology.Word w = words.get(next);
        if (quantity(words, next)) {
            return true;
        }
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.isEmpty() || m.getFirst().is("NNG", "NNP", "NNB", "NNBC", "NR", "SN") || Numerals.number(w.surface()) != null) {
            return false;
        }
        return w.verbal() && !w.endsWith("ETM") && m.getFirst().tag().startsWith("V")
                || m.size() == 1 && m.getFirst().is("MAG");
    }

    /** Native numerals counting alone (하나, 둘 …), which take a particle as a noun does (하나하고, 둘이요). */
    private static final java.util.Set<String> NATIVE_ALONE = java.util.Set.of("하나", "둘", "셋", "넷", "다섯", "여섯",
            "일곱", "여덟", "아홉", "열");

    /** Native numerals in their determiner form, which a counter follows (한 잔, 두 개). */
    private static final java.util.Set<String> NATIVE_BEFORE_COUNTER = java.util.Set.of("한", "두", "세", "네", "다섯",
            "여섯", "일곱", "여덟", "아홉", "열");

    /**
     * Whether the word at {@code next} is a quantity after the phrase (session 30, s30b): a native numeral alone, with or
     * without a particle (김치찌개 하나하고, 라떼 하나), or a native numeral before a counter (아이스 라떼 한 잔). Korean
     * counts a thing as noun + numeral (+ counter) (Yeon &amp; Brown 2019, numerals and counters; Sohn 1999, on classifier
     * constructions), so the quantity closes the noun phrase before it: 찌개 김치 하나하고 is the compound 김치찌개
     * turned round, counted. A number in figures or a Sino-Korean numeral is not read (이 may be 'this', 사 'four' or
     * 'buy').
     */
    private static boolean quantity(List<Morphology.Word> words, int next) {
        String word = words.get(next).surface();
        String stem = ArgumentCheck.stemAndParticle(word)[0];
        if (NATIVE_ALONE.contains(word) || NATIVE_ALONE.contains(stem) && !stem.equals(word)) {
            return true;
        }
        if (!NATIVE_BEFORE_COUNTER.contains(word) || next + 1 >= words.size()) {
            return false;
        }
        String counter = ArgumentCheck.stemAndParticle(words.get(next + 1).surface())[0];
        return Lexicon.COUNTERS.contains(counter) || Lexicon.COUNTERS.contains(words.get(next + 1).surface());
    }

    /**
     * 약 두통 for 두통약 (session 29, s29c): two bare nouns whose compound, the second first, one accepted answer writes as
     * one word (두통약 'headache medicine': the symptom before the medicine, head-final; Sohn 1999, on compounds). Only
     * where both are dictionary nouns (the head of one syllable too: 약, 표, 차) and neither is a time, number or noun of
     * position, and the learner's two words stand in no accepted answer.
     */
    private static boolean compoundTurnedRound(String o, String c, String accepted) {
        String[] a = o.split(" ");
        String[] x = ArgumentCheck.stemAndParticle(c);
        if (a.length != 2 || c.contains(" ") || !x[0].equals(a[1] + a[0]) && !c.equals(a[1] + a[0])) {
            return false;
        }
        String head = a[0];
        String[] modifier = ArgumentCheck.stemAndParticle(a[1]);
        return KnownWords.noun(head) && KnownWords.noun(modifier[0]) && !movable(head) && !movable(modifier[0])
                && !POSITIONS.contains(head) && !POSITIONS.contains(modifier[0]) && !ArgumentCheck.directionNoun(head)
                && !person(head) && !person(modifier[0]) && !(" " + accepted + " ").contains(" " + head + " " + modifier[0]);
    }

    /** Whether a finding turns two or three common nouns round ({@link #nounsAfterHead}, {@link #threeNounsAfterHead}). */
    private static boolean nounsTurnedRound(String o, String c) {
        String[] a = o.split(" ");
        String[] b = c.split(" ");
        return a.length == b.length && (nounsAfterHead(a, b, true) || threeNounsAfterHead(a, b));
    }

    /** Nouns of position that make a place phrase of the noun before them (학교 근처, 은행 앞; 표준국어대사전 '근처'). */
    private static final java.util.Set<String> POSITIONS = java.util.Set.of("근처", "앞", "옆", "뒤", "건너편", "맞은편",
            "주변", "부근");

    /**
     * 미용실 학교 근처에서 for 학교 근처 미용실에서 (word_order/phrase; session 25): a place phrase N + a noun of position
     * ({@link #POSITIONS}: 학교 근처, 역 앞) modifies the noun after it (학교 근처 미용실 'the hair salon near the school';
     * Sohn 1999, on the head-final noun phrase), so the head standing bare before the place phrase, the particle on the
     * noun of position, is the phrase turned round. Only where the accepted answer has the two words of the place phrase,
     * bare, right before the learner's head with its particle, and the head is a dictionary noun and no noun of position.
     */
    static Optional<PreChecks.Fix> headBeforePlace(String[] a, String[] e) {
        for (int i = 0; i + 2 < a.length; i++) {
            String head = a[i];
            String[] last = ArgumentCheck.stemAndParticle(a[i + 2]);
            if (!POSITIONS.contains(last[0]) || POSITIONS.contains(head) || movable(head) || !KnownWords.noun(head)
                    || !ArgumentCheck.stemAndParticle(a[i + 1])[1].isEmpty()) {
                continue;
            }
            for (int j = 0; j + 2 < e.length; j++) {
                if (e[j].equals(a[i + 1]) && e[j + 1].equals(last[0])
                        && ArgumentCheck.stemAndParticle(e[j + 2])[0].equals(head)) {
                    return Optional.of(replaced(a, i, i + 3, a[i + 1] + " " + last[0] + " " + head + reform(last[1], head)));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the finding's sides are a head before its place phrase and the phrase in order ({@link #headBeforePlace}). */
    private static boolean placeAfterHead(String[] a, String[] b) {
        if (a.length != 3 || b.length != 3) {
            return false;
        }
        String[] last = ArgumentCheck.stemAndParticle(a[2]);
        return POSITIONS.contains(last[0]) && b[0].equals(a[1]) && b[1].equals(last[0])
                && ArgumentCheck.stemAndParticle(b[2])[0].equals(a[0]) && !POSITIONS.contains(a[0]);
    }

    /**
     * Whether a word-order finding turns two common nouns of one phrase round (선물 결혼을 → 결혼 선물을, 사진 여권을 → 여권
     * 사진을, 기차가 대전행 → 대전행 기차가; session 25): Korean noun phrases are head-final (Sohn 1999, on compounds and
     * noun phrases), so where the accepted answer has the same two nouns as one phrase, the learner's head before its
     * modifier says no phrase of Korean, or another thing (사진 여권 is no passport photo), whatever else the answer
     * says. Left to the comparison's one-slip rule, as before, where the order may be right too: a person on either
     * side (친구 민수, 할아버지 할머니: apposition and lists), a noun of position or direction (은행 앞), two members of
     * one class (a list: 커피 케이크), the choice particle (으)로 (아메리카노 아이스로 주세요: N(으)로 names the kind
     * asked for), and a head the dictionary does not list as a common noun.
     */
    private static boolean nounsAfterHead(String[] a, String[] b) {
        return nounsAfterHead(a, b, false);
    }

    /**
     * As {@link #nounsAfterHead(String[], String[])}; with {@code allomorph} the particle may be re-formed for the new last
     * noun (정류장 버스가 → 버스 정류장이), as {@link #attestedSwaps} reads a whole phrase (session 28).
     */
    private static boolean nounsAfterHead(String[] a, String[] b, boolean allomorph) {
        if (a.length != 2 || b.length != 2) {
            return false;
        }
        List<Morphology.Word> readA = SpeechLevels.analysed(String.join(" ", a));
        List<Morphology.Word> readB = SpeechLevels.analysed(String.join(" ", b));
        String[] x = HeadFirstPhrases.nounAndParticle(a[0], readA.size() == 2 ? readA.get(0) : null);
        String[] y = HeadFirstPhrases.nounAndParticle(a[1], readA.size() == 2 ? readA.get(1) : null);
        String[] m = HeadFirstPhrases.nounAndParticle(b[0], readB.size() == 2 ? readB.get(0) : null);
        String[] h = HeadFirstPhrases.nounAndParticle(b[1], readB.size() == 2 ? readB.get(1) : null);
        // 선물 결혼을 (the particle closes the learner's pair) or 기차가 대전행 (the particle stays on the head)
        boolean swapped = m[1].isEmpty() && m[0].equals(y[0]) && h[0].equals(x[0])
                && (x[1].isEmpty() && (allomorph ? reform(y[1], h[0]) : y[1]).equals(h[1])
                        || y[1].isEmpty() && x[1].equals(h[1]));
        if (!swapped) {
            return false;
        }
        String head = x[0];
        String modifier = y[0];
        String particle = h[1];
        if (!particle.isEmpty() && !Particles.isParticle(particle) || !commonNoun(head)
                || KnownWords.tags(modifier).contains(org.apache.lucene.analysis.ko.POS.Tag.MAG)) {
            return false;
        }
        List<Morphology.Word> read = SpeechLevels.analysed(String.join(" ", a));
        if (read.size() != 2 || read.stream().anyMatch(w -> !nounWithParticles(w) && !ROOM_NUMBER.matcher(w.surface()).matches())) {
            return false; // 음식이 아직, 두통약 있어요: an adverb or a predicate, no noun phrase
        }
        if (ROOM_NUMBER.matcher(modifier).matches() && BUILDINGS.contains(head)) {
            return false; // 호텔 805호, 방 805호: the room of the building, or the room named by its number
        }
        if (kinOfTitled(head, modifier, particle)) {
            return true;
        }
        boolean personModifier = PLACE_HEADS.contains(head) ? HeadFirstPhrases.person(modifier) : person(modifier);
        return !particle.equals("로") && !particle.equals("으로") && !person(head) && !personModifier && !ArgumentCheck.directionNoun(head)
                && !ArgumentCheck.directionNoun(modifier) && !POSITIONS.contains(head) && !POSITIONS.contains(modifier)
                && !Contrasts.sameClass(head, modifier) && !movable(head) && !movable(modifier)
                && KnownWords.noun(head) && head.length() >= 2;
    }

    /** Kin and family nouns, whose possessor a title names (선생님 부모님, 사장님 아드님). */
    private static final java.util.Set<String> KIN = java.util.Set.of("부모님", "어머님", "아버님", "어머니", "아버지", "가족",
            "따님", "아드님", "자녀분", "남편분", "아내분", "사모님", "부인", "형제", "동생", "할머니", "할아버지", "아이", "아이들");

    /** Titles of a person addressed or talked about with respect (선생님, 교수님, 사장님 …). */
    private static final java.util.Set<String> TITLES = java.util.Set.of("선생님", "교수님", "사장님", "부장님", "팀장님",
            "과장님", "원장님", "회장님", "대표님", "선배님", "목사님", "박사님", "의사 선생님", "기사님");

    /**
     * Whether the turned pair is a kin noun before the title of its possessor (부모님 선생님은 for 선생님 부모님은; session 38,
     * s38b): the possessor noun stands before the possessed (Sohn 1999, §6.1: a noun modifying a noun precedes it), and
     * Indonesian 'orang tua ibu guru' puts it after. Read only as {@link #attestedSwaps} reads every pair, where an
     * accepted answer writes the title before the kin noun and none the learner's order; and only with the particle of a
     * subject or topic (은/는, 이/가, 께서, 도) or none: 어머니 선생님이세요? ('is your mother a teacher?') has the copula.
     */
    private static boolean kinOfTitled(String head, String modifier, String particle) {
        return KIN.contains(head) && TITLES.contains(modifier)
                && java.util.Set.of("", "은", "는", "이", "가", "께서", "께서는", "도").contains(particle);
    }

    /**
     * Whether a word-order finding turns three common nouns of one phrase round, the head first (케이크 생일 초콜릿 →
     * 초콜릿 생일 케이크; session 28, {@link #threeNounsTurnedRound}): read as {@link #nounsAfterHead} reads two, on each
     * pair of the three (Sohn 1999, on compounds and noun phrases: head-final). Not where any of them is a person, a
     * noun of position or direction, a time or place adverb, or two are members of one class (a list).
     */
    private static boolean threeNounsAfterHead(String[] a, String[] b) {
        if (a.length != 3 || b.length != 3) {
            return false;
        }
        String[] last = ArgumentCheck.stemAndParticle(a[2]);
        String[] closing = ArgumentCheck.stemAndParticle(b[2]);
        if (!ArgumentCheck.stemAndParticle(a[0])[1].isEmpty() || !ArgumentCheck.stemAndParticle(a[1])[1].isEmpty()
                || !b[0].equals(last[0]) || !b[1].equals(a[1]) || !closing[0].equals(a[0])
                || !closing[1].isEmpty() && !Particles.isParticle(closing[1])) {
            return false;
        }
        String[] stems = {a[0], a[1], last[0]};
        for (String x : stems) {
            if (!commonNoun(x) || !KnownWords.noun(x) || person(x) || ArgumentCheck.directionNoun(x)
                    || POSITIONS.contains(x) || movable(x)) {
                return false;
            }
        }
        return !Contrasts.sameClass(stems[0], stems[1]) && !Contrasts.sameClass(stems[1], stems[2])
                && !Contrasts.sameClass(stems[0], stems[2]);
    }

    /**
     * A room number (805호, with its particle), which modifies the thing in that room as any noun does (805호 에어컨 'the
     * air conditioner of room 805'; 표준국어대사전 '호' 「의존 명사」 「2」 "차례나 순서를 나타내는 말"; session 28).
     */
    private static final java.util.regex.Pattern ROOM_NUMBER = java.util.regex.Pattern.compile("[0-9]+호([이가을를은는도]|에서|에)?");

    /** Nouns of a building or a room, which a room number may follow as its part or its name (호텔 805호, 방 805호). */
    private static final java.util.Set<String> BUILDINGS = java.util.Set.of("호텔", "아파트", "기숙사", "건물", "빌라",
            "오피스텔", "병원", "방", "객실", "병실", "사무실", "집", "숙소", "모텔");

    /**
     * A noun of a person ({@link MisplacedSi#person}), not a place whose last syllable a person's or a role's may end in
     * too (정류장 as 사장, 병원 as 직원: the lexicon's class 장소 or a place name; session 28).
     */
    private static boolean person(String noun) {
        return MisplacedSi.person(noun) && !Contrasts.inCategory(noun, "장소") && !Evidence.placeName(noun);
    }

    /**
     * Heads of a place or seat, which a noun of the place before them modifies (창가 자리, 금연 좌석, 1인실 방; session 29,
     * s29c): before them a modifier that only ends as a person's noun may (창가, 작가) is read as the place it names, a
     * person only by the narrow test of {@link HeadFirstPhrases#person}.
     */
    private static final java.util.Set<String> PLACE_HEADS = java.util.Set.of("자리", "좌석", "방", "쪽", "석");

    /** A dictionary common noun that is no adverb too (잠깐, 조금: NNG and MAG in the dictionary). */
    private static boolean commonNoun(String stem) {
        java.util.Set<org.apache.lucene.analysis.ko.POS.Tag> tags = KnownWords.tags(stem);
        return tags.contains(org.apache.lucene.analysis.ko.POS.Tag.NNG)
                && !tags.contains(org.apache.lucene.analysis.ko.POS.Tag.MAG);
    }

    /** A word read as nouns (a suffix such as -행 among them) followed by particles only (결혼을, 대전행, 기차가). */
    private static boolean nounWithParticles(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.size() > 1 && m.getFirst().is("XPN")) {
            m = m.subList(1, m.size()); // 대전행 read as 대/XPN + 전행/NNG
        }
        return !m.isEmpty() && m.getFirst().is("NNG", "NNP") && !w.verbal()
                && m.stream().skip(1).allMatch(x -> x.tag().startsWith("J") || x.is("NNG", "NNP", "XSN"));
    }

    /** A common or proper noun, with or without its particle, no predicate. */
    private static boolean noun(Morphology.Word w) {
        return w.startsWith("NNG", "NNP") && !w.verbal();
    }

    /** A verb or adjective in an adnominal form (까만, 큰, 가는). */
    private static boolean adnominal(Morphology.Word w) {
        return w.verbal() && w.endsWith("ETM");
    }

    /** The words i and i + 1 replaced by {@code correction}, as a word-order fix. */
    private static PreChecks.Fix swap(String[] a, int i, String correction) {
        return replaced(a, i, i + 2, correction);
    }

    /** The words {@code from} (inclusive) to {@code to} (exclusive) replaced by {@code correction}, as a word-order fix. */
    private static PreChecks.Fix replaced(String[] a, int from, int to, String correction) {
        String original = String.join(" ", List.of(a).subList(from, to));
        List<String> fixed = new ArrayList<>(List.of(a).subList(0, from));
        fixed.add(correction);
        fixed.addAll(List.of(a).subList(to, a.length));
        return new PreChecks.Fix(new Finding(ErrorCategory.WORD_ORDER, original, correction, "word_order/phrase"),
                String.join(" ", fixed));
    }

    /**
     * Whether Nori reads both words i and i + 1 as predicates with an ending (갈아타야 돼요, 타면 돼요): a noun phrase
     * is nouns (Sohn 1999, on noun phrases), and the accepted answer's 돼요 갈아타야 is the end of one sentence and the
     * start of the next (타야 돼요? 갈아타야 돼요?), whose marks normalising took away. The string split reads 갈아타야
     * as a noun with the copula 야. Only where the analysis has one word per written word.
     */
    private static boolean predicates(List<Morphology.Word> words, String[] a, int i) {
        return words.size() == a.length && ending(words.get(i)) && ending(words.get(i + 1));
    }

    private static boolean ending(Morphology.Word w) {
        return !w.morphemes().isEmpty() && w.morphemes().getLast().tag().startsWith("E")
                && w.has("VV", "VA", "VX", "XSV", "XSA");
    }

    private static boolean movable(String word) {
        return Lexicon.MOVABLE.contains(word) || ArgumentCheck.isTimeNoun(word) || Numerals.number(word) != null;
    }

    /** A particle or copula re-formed after a new last noun (예요 after 사람 → 이에요). */
    private static String reform(String ending, String noun) {
        if (ending.isEmpty()) {
            return ending;
        }
        return Particles.of(ending).map(p -> p.formAfter(noun)).orElse(ending);
    }
}
