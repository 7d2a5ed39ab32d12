package com.koto.evaluation.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Choices of wording a task leaves free, which an alignment with one accepted answer reads as errors
 * (session 14, helper eval24e: the correct answers set X and X3 failed). Each predicate names an
 * artefact of {@link Evidence#artefact}: never decisive, the finding alone leaves the answer passing.
 * Each takes the finding's learner span {@code o}, its correction {@code c} and the learner's normalised
 * answer; look-alikes that stay errors are named on each.
 */
final class WordingChoices {

    /** The counter 명 with the copula or 요. */
    private static final Pattern PERSON_COUNTER = Pattern.compile("명(이요|이에요|입니다|요)?");
    /** A sentence mark or a comma. */
    private static final Pattern PUNCTUATION_MARK = Pattern.compile("[.,?!]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private WordingChoices() {
    }

    /** Demonstratives (관형사 이/그/저, 표준국어대사전) that may stand before a noun the accepted answer leaves bare. */
    private static final Set<String> DETERMINERS = Set.of("이", "그", "저");

    /**
     * A correction that gives back the learner's own words (이백오십 → 이백오십): no change, so no error.
     */
    static boolean noChange(String o, String c) {
        return !o.isEmpty() && o.equals(c);
    }

    /** Attention-getters said to a stranger (표준 언어 예절 2011; 표준국어대사전 '저기' 감탄사, '저기요'). */
    private static final Set<String> OPENERS = Set.of("저기요", "저기", "여기요", "실례합니다", "실례지만", "저");

    /**
     * One attention-getter for another (저기, 제일 가까운 지하철역 … for 저기요): 저기 is itself an interjection that
     * calls someone's attention (표준국어대사전 '저기' 감탄사), 저기요 its polite form; a speech level too low is the
     * predicate's finding (honorific), not another word.
     */
    static boolean otherOpener(String o, String c) {
        return !o.equals(c) && OPENERS.contains(o) && OPENERS.contains(c);
    }

    /**
     * A demonstrative the learner added before a noun (실례합니다. 이 근처에서 … read against 실례합니다. 제일 …):
     * 이/그/저 modify the next noun (이 근처 'this neighbourhood'), an addition that changes no word of the
     * accepted answer (표준국어대사전 '이' 관형사; Sohn 1999, on demonstratives). The span is the accepted words
     * with the determiner after them, and in the answer the determiner stands before a noun. A determiner for
     * another word (이 for 그 or for a noun) keeps its finding.
     */
    static boolean addedDeterminer(String o, String c, String answer) {
        String[] ow = o.split(" ");
        String last = ow[ow.length - 1];
        if (ow.length < 2 || !DETERMINERS.contains(last) || !o.equals(c + " " + last)) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).surface().equals(last) && words.get(i).startsWith("MM")) {
                return words.get(i + 1).startsWith("NNG", "NNP", "NNB");
            }
        }
        return false;
    }

    /**
     * 여기서 'from here' left out beside 가깝다 (가까운 지하철역이 어디 있는지 아세요? for 여기서 가장 가까운 …): the
     * reference point of 가깝다 unsaid is the speaker's place, so 여기서 adds nothing (Sohn 1999, on deixis and
     * ellipsis; 표준국어대사전 '가깝다' ①). Only when the answer says 가까운/가깝다; 여기서 left out of an order to
     * eat in (MissingTakeAway) is another matter. A misformed 가깝다 (가깝은, 가깝어요) counts as well (session 25). The omission may be placed at the word after it (가장 → 여기서
     * 가장) as well as at the word before it (session 14, eval25d).
     */
    static boolean hereLeftOut(String o, String c, String answer) {
        String added = c.startsWith(o + " ") ? c.substring(o.length() + 1)
                : c.endsWith(" " + o) ? c.substring(0, c.length() - o.length() - 1) : c;
        // also beside a misformed 가깝다 (가깝은 for 가까운): the slip is the learner's ending, the deixis the same
        // (session 25, s25c)
        return (added.equals("여기서") || added.equals("여기에서")) && (answer.contains("가까") || answer.contains("가깝"))
                && !answer.contains("여기");
    }

    /**
     * 명 for the ticket counter 장 where the learner asks for seats by the number of people (영화로 두 명이요 for
     * 표 두 장 주세요): at a counter, N 명이요 names the party the seats are for, a way to ask for N tickets
     * (표준국어대사전 '명' — 사람을 세는 단위; Yeon &amp; Brown 2019, on counters and N(이)요 in requests). The word before
     * the number must be no noun the counter counts: 표 두 명 (the ticket counted in people) keeps its finding, and
     * so does 명 for any counter but 장/매.
     */
    static boolean partyForTickets(String o, String c, String answer) {
        if (!(c.equals("장") || c.equals("매")) || !PERSON_COUNTER.matcher(o).matches()) {
            return false;
        }
        String[] words = SPACES.split(PUNCTUATION_MARK.matcher(answer).replaceAll(" ").trim());
        for (int i = 1; i < words.length; i++) {
            if (words[i].startsWith("명") && Numerals.number(words[i - 1]) != null) {
                return i < 2 || !Set.of("표", "티켓", "입장권", "표를", "티켓을", "표는", "티켓은").contains(words[i - 2]);
            }
        }
        return false;
    }

    /**
     * The fare classes a ticket is sold by (표준국어대사전: 어른, 성인, 어린이, 청소년, 경로 …; the 요금 tables of
     * museums, cinemas and transport: 어른/청소년/어린이, 대인/소인, 일반/학생/경로).
     */
    static final Set<String> FARE_CLASSES = Set.of("어른", "성인", "어린이", "아이", "아동", "청소년", "학생",
            "대학생", "노인", "경로", "유아", "대인", "소인", "일반");

    /**
     * 장 for 명 where the learner counts tickets by fare class (어른 한 장, 어린이 한 장 얼마예요? for 어른 한 명,
     * 어린이 한 명; session 16): a fare class right before the number names the kind of ticket, and 장 counts
     * the tickets (어른 두 장 주세요 = 어른 표 두 장; 표준국어대사전 '장' 「의존명사」 종이나 유리 따위의 얇고 넓적한
     * 물건을 세는 단위); the converse of {@link #partyForTickets}. Every 장 of the answer must follow a number
     * after a bare fare class: 사람 두 장, 친구 세 장 and a counted subject with its particle (아이가 두 장) keep the
     * finding.
     */
    static boolean ticketsForParty(String o, String c, String answer) {
        if (!(o.startsWith("장") || o.startsWith("매")) || !(c.startsWith("명") || c.startsWith("분"))
                || !counterTail(o.substring(1)) || !counterTail(c.substring(1))) {
            return false;
        }
        String[] words = SPACES.split(PUNCTUATION_MARK.matcher(answer).replaceAll(" ").trim());
        boolean any = false;
        for (int i = 1; i < words.length; i++) {
            if ((words[i].startsWith("장") || words[i].startsWith("매")) && Numerals.number(words[i - 1]) != null) {
                if (i < 2 || !FARE_CLASSES.contains(words[i - 2])) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** What may follow a counter in its word: nothing, a particle (장하고, 명이) or the polite 요 / the copula (장이요). */
    private static boolean counterTail(String rest) {
        return rest.isEmpty() || Particles.isParticle(rest) || Set.of("이요", "이에요", "입니다", "요").contains(rest);
    }

    /**
     * N-용 for N before the noun it qualifies (여권용 사진 for 여권 사진, 어린이용 의자 for 어린이 의자; session 16):
     * the suffix -용(用) adds 'for the use of' (표준국어대사전 '-용' 「접사」 '용도' 또는 '그것을 위한'의 뜻: 가정용,
     * 업무용, 여권용), and a noun before a noun already names what the second is for (Sohn 1999, on noun
     * compounds), so the two say one thing; either way round. Only where the word stands bare right before a
     * noun of the answer: 여권용을 주세요 for 여권을 주세요 (the thing for a passport, not the passport) keeps the
     * finding, and so does another noun before 용 (여행용 for 여권).
     */
    static boolean useSuffix(String o, String c, String answer) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ")) {
            return false;
        }
        String learner = o.endsWith("용") ? o.substring(0, o.length() - 1) : o;
        String wanted = c.endsWith("용") ? c.substring(0, c.length() - 1) : c;
        if (learner.length() < 2 || !learner.equals(wanted) || o.equals(c) || !KnownWords.noun(learner)) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).surface().equals(o)) {
                return words.get(i + 1).startsWith("NNG", "NNP");
            }
        }
        return false;
    }

    /**
     * A department or place noun bare before a verbal noun received (내과 진료를 받고 싶어요 read against 내과에서
     * 진료받고 싶어요): the place noun modifies the verbal noun (내과 진료 'internal-medicine care', the genitive
     * 의 left out), so no 에서 is missing (Sohn 1999, on noun compounds and the omitted genitive; 표준국어대사전
     * '진료', '받다' ⑥). The next word is a 하다 noun (Lexicon) with 을/를, and the one after is a form of 받다.
     * 내과 진료받고 (one verb) and 내과 가요 keep the finding.
     */
    static boolean placeOfVerbalNoun(String o, String c, String answer) {
        if (o.isEmpty() || o.contains(" ") || !c.equals(o + "에서")) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!words.get(i).surface().equals(o)) {
                continue;
            }
            Morphology.Word next = words.get(i + 1);
            String noun = next.morphemes().isEmpty() ? "" : next.morphemes().getFirst().form();
            return next.morphemes().size() == 2 && next.endsWith("JKO") && Lexicon.HADA_NOUNS.contains(noun)
                    && words.get(i + 2).surface().startsWith("받");
        }
        return false;
    }

    /** The 하다 forms a learner may ask an opening time with (해요, 하나요, 합니까, 해). */
    private static final Set<String> HADA_ASKED = Set.of("해요", "하나요", "합니까", "해", "하세요", "하세요?", "하니");

    /**
     * 하다 of a business's hours for the copula (조식 몇 시부터 해요? for 몇 시부터예요?): 하다 says a shop or a
     * meal service is open (식당은 몇 시까지 해요?), so N부터/까지 해요 asks the time N부터/까지예요 asks
     * (표준국어대사전 '하다'¹ — 영업이나 일을 하다; Yeon &amp; Brown 2019, on 부터/까지). The time phrase is the same word
     * on both sides. Another verb (몇 시부터 가요) or a past (했어요) keeps the finding.
     */
    static boolean openingHours(String o, String c) {
        String[] ow = o.split(" ");
        if (ow.length != 2 || !(ow[0].endsWith("부터") || ow[0].endsWith("까지")) || !HADA_ASKED.contains(ow[1])) {
            return false;
        }
        return c.startsWith(ow[0]) && c.length() > ow[0].length() && !c.contains(" ")
                && Certainty.wellFormedCopula(c);
    }

    /**
     * A kind of the accepted thing named (이 운동화 얼마예요? for 이 신발 얼마예요?): the learner names the member of
     * the class the accepted general word names ({@link Contrasts#generalWord}; 표준국어대사전 '신발'), a more
     * precise word for the same thing. Another member (운동화 for 구두) stays another item.
     */
    static boolean kindOfGeneral(String o, String c) {
        return !o.isEmpty() && !c.isEmpty() && Contrasts.generalWord(c, o);
    }

    /** Question words of manner a destination topic may stand before. */
    private static final Set<String> HOW = Set.of("어떻게", "어떡해", "어떻게요");

    /**
     * The destination as topic before 어떻게 + a verb of going (가장 가까운 지하철역은 어떻게 가요? for 지하철역에 어떻게
     * 가요?): 은/는 sets the place up as what the question is about, 'the nearest station — how do I get there'
     * (Sohn 1999, on topic marking replacing a case particle; Yeon &amp; Brown 2019, on 은/는). The topic must stand
     * right before 어떻게 and the verb after be 가다/오다; 역은 가요 (no 어떻게) keeps the finding.
     */
    static boolean destinationTopic(String o, String answer) {
        if (o.isEmpty() || o.contains(" ") || !(o.endsWith("은") || o.endsWith("는"))) {
            return false;
        }
        String[] words = SPACES.split(PUNCTUATION_MARK.matcher(answer).replaceAll(" ").trim());
        if (placeAskedAbout(o, words)) {
            return true; // 가장 가까운 지하철역은 어느 쪽이에요? (session 27, s27d)
        }
        for (int i = 0; i + 2 < words.length; i++) {
            if (words[i].equals(o)) {
                return HOW.contains(words[i + 1]) && (words[i + 2].startsWith("가") || words[i + 2].startsWith("와")
                        || words[i + 2].startsWith("오") || words[i + 2].startsWith("갑") || words[i + 2].startsWith("갈"));
            }
        }
        return false;
    }

    /** A location question's predicate after 어디: the copula or 있다 (어디예요, 어디입니까, 어딨어요, 어디에 있어요). */
    private static final Pattern WHERE_PREDICATE = Pattern.compile("어디(예요|에요|야|입니까|인가요|죠|지요|인지|예요요|)|어딥니까|어딘가요|어딨어요|어딨어|어딨습니까");
    /** Nouns of a side or a direction after 어느 (어느 쪽이에요, 어느 방향으로 가요). */
    private static final Pattern WHICH_SIDE = Pattern.compile("(쪽|방향|편|출구|길)(이에요|이야|입니까|인가요|이죠|으로|으로요|이요|예요|이)?");
    /** Words that may stand between the topic and its location question (여기서, 제일, 지금). */
    private static final Set<String> BETWEEN = Set.of("여기서", "여기에서", "지금", "혹시", "그럼", "그러면", "정확히");

    /**
     * A place as topic whose comment is the question where it is (가장 가까운 지하철역은 어느 쪽이에요?, 화장실은 어디예요?,
     * 매표소는 어디에 있어요?; session 27, s27d): 'N은 어디예요 / 어느 쪽이에요 / 어디에 있어요' is the equational or
     * existential sentence whose subject is the place, and 은/는 marks it as what is asked about; 에 would leave the
     * copula without its subject (*지하철역에 어느 쪽이에요). Sohn 1999, the equational sentence 'N1은 N2이다';
     * Yeon &amp; Brown 2019, on 은/는 and 어디 with the copula and 있다. The topic is followed, after at most the words of
     * {@link #BETWEEN}, by 어디 with the copula, 어디(에) with 있다, or 어느 + a side noun (쪽, 방향, 출구) with the copula or
     * 으로; 역은 가요 or 역은 몇 시에 열어요 keep the finding.
     */
    static boolean placeAskedAbout(String o, String[] words) {
        for (int i = 0; i + 1 < words.length; i++) {
            if (!words[i].equals(o)) {
                continue;
            }
            int j = i + 1;
            while (j < words.length && BETWEEN.contains(words[j])) {
                j++;
            }
            if (j >= words.length) {
                return false;
            }
            String w = words[j];
            String next = j + 1 < words.length ? words[j + 1] : "";
            if (WHERE_PREDICATE.matcher(w).matches() && !(w.equals("어디") && !next.isEmpty() && !next.startsWith("있")
                    && !next.startsWith("계"))) {
                return true;
            }
            if ((w.equals("어디에") || w.equals("어디")) && (next.startsWith("있") || next.startsWith("계"))) {
                return true;
            }
            return w.equals("어느") && WHICH_SIDE.matcher(next).matches()
                    || w.startsWith("어느") && WHICH_SIDE.matcher(w.substring(2)).matches();
        }
        return false;
    }

    /** Adverbs of a path (쭉, 똑바로, 곧장 …): the clause they modify is a leg of a route, not a trip to a goal. */
    private static final Set<String> PATH_ADVERBS = Set.of("쭉", "똑바로", "곧장", "곧바로", "계속", "앞으로");

    /**
     * -고 joining the legs of a route (똑바로 가시고 은행에서 왼쪽으로 가시면 돼요 for 쭉 가서 …): when the first clause
     * is a path (쭉/똑바로 가다, 직진하다) and not a trip to a goal where the next act happens, -고 lists the steps in
     * order as -아/어서 does (Yeon &amp; Brown 2019, -고 'and then' for a sequence; 국립국어원 한국어 문법 1, on -고 of
     * sequence). 학교에 가고 공부해요 (a goal, the act done there) keeps its finding: that is where -아/어서 is needed.
     */
    static boolean routeLegs(String o, String c, String answer) {
        if (o.contains(" ") || !o.endsWith("고") || !c.endsWith("서") || c.contains(" ")) {
            return false;
        }
        String[] words = SPACES.split(PUNCTUATION_MARK.matcher(answer).replaceAll(" ").trim());
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(o)) {
                boolean path = i > 0 && PATH_ADVERBS.contains(words[i - 1]) && (o.startsWith("가") || o.startsWith("걸어가"));
                return path || o.startsWith("직진하");
            }
        }
        return false;
    }

    /**
     * A tense finding whose two forms share the stem and the past 았/었 and differ only in the ending (늦었잖아 for
     * 늦었으니까): the tense is the accepted one; -잖아 gives the reason as known to both (Yeon &amp; Brown 2019,
     * '-잖아요'), another ending but no other tense. A present for a past (늦잖아 for 늦었으니까) keeps its finding.
     */
    static boolean samePast(String o, String c) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ")) {
            return false;
        }
        if (c.contains("잖았") && (o.contains("었잖") || o.contains("았잖") || o.contains("였잖") || o.contains("했잖"))) {
            return true; // 늦었잖아요 → 늦었잖았어요: the past stands before -잖- (-지 않-), never after it
        }
        List<Morphology.Morpheme> mo = Morphology.analyse(o).getFirst().morphemes();
        List<Morphology.Morpheme> mc = Morphology.analyse(c).getFirst().morphemes();
        if (mo.isEmpty() || mc.isEmpty() || !mo.getFirst().form().equals(mc.getFirst().form())) {
            return false;
        }
        List<String> po = mo.stream().filter(m -> m.is("EP")).map(Morphology.Morpheme::form).toList();
        List<String> pc = mc.stream().filter(m -> m.is("EP")).map(Morphology.Morpheme::form).toList();
        return po.equals(pc) && po.stream().anyMatch(f -> f.equals("었") || f.equals("았") || f.equals("였"));
    }


    /**
     * A predicate found missing that the answer says itself, with the same verbs in the same order and another
     * ending (카페에서 좀 기다려 줄래? 버스가 늦게 와서 … read against 버스가 늦게 와서 … 카페에서 기다려 줘.; session 16):
     * the learner put the accepted answer's sentences in another order, and the alignment, pairing the rest,
     * reads the moved request as missing. The order of independent sentences is the writer's (Sohn 1999, on
     * the verb-final clause; 국립국어원 한국어 문법 1, on the sentence as the unit of word order), and the request
     * frames of one verb are accepted for one another ({@link Frames}: -아/어 줘, -아/어 줄래?). Every missing
     * word must be a verb or adjective, and the answer must hold, word after word, forms of the same stems (기다려
     * 줄래 for 기다려 줘) ending a sentence of its own; a verb the answer does not say (기다려 줘 missing from 카페에서
     * 좀 있어) or says only in a connective (저는 커피를 마시고 친구는 주스를: the last verb gapped) stays missing.
     */
    static boolean predicateSaidElsewhere(String o, String c, String answer, String asTyped) {
        List<String> missing = Evidence.missing(o, c);
        if (missing.isEmpty()) {
            return false;
        }
        List<String> stems = new java.util.ArrayList<>();
        for (Morphology.Word w : Morphology.analyse(String.join(" ", missing))) {
            String stem = VerbFrames.stem(w);
            if (stem.isEmpty()) {
                return false;
            }
            stems.add(stem);
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + stems.size() <= words.size(); i++) {
            boolean all = true;
            for (int k = 0; k < stems.size() && all; k++) {
                all = stems.get(k).equals(VerbFrames.stem(words.get(i + k)));
            }
            if (all && endsSentence(words.get(i + stems.size() - 1), asTyped)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word ends a sentence: a sentence-final ending (Nori's EF), or a sentence mark after it as typed.
     * A connective (마시고, 와서) does not: 저는 커피를 마시고 친구는 주스를 (the last verb gapped) stays incomplete.
     */
    private static boolean endsSentence(Morphology.Word w, String asTyped) {
        if (w.endsWith("EF")) {
            return true;
        }
        return asTyped != null && java.util.regex.Pattern.compile("(^|\\s)" + java.util.regex.Pattern.quote(w.surface())
                + "\\s*[.?!。]").matcher(asTyped).find();
    }

    /**
     * One finding that joins a place word to a noun the learner adds after it (편의점 앞에 차 좀 세워 주실 수
     * 있겠습니까? read against 편의점 앞에서 세워 주십시오: 앞에 차 → 앞에서; session 16): the alignment paired two
     * words of the learner's with one accepted word a few letters away, but neither is an error. The place is
     * the accepted noun with 에 where the accepted answer has 에서 (or the same particle), which the answer's verb
     * takes alike ({@link Lexicon#EITHER_LOCATIVE}: 세우다, 내리다, 기다리다 …; 표준국어대사전 '세우다' 「…에/에서」),
     * and the noun after it, bare or with 을/를, is the object the accepted answer leaves unsaid (차를 세우다), a
     * word added, which a model judges. Another noun in the place (편의점 옆에 차) or a verb that takes only one
     * particle keeps the finding.
     */
    static boolean placeThenAddedNoun(String o, String c, String answer) {
        String[] ow = o.split(" ");
        if (ow.length != 2 || c.isEmpty() || c.contains(" ")) {
            return false;
        }
        String[] place = ArgumentCheck.stemAndParticle(ow[0]);
        String[] wanted = ArgumentCheck.stemAndParticle(c);
        boolean either = Lexicon.EITHER_LOCATIVE.stream().anyMatch(v -> List.of(answer.split(" ")).stream()
                .anyMatch(w -> w.startsWith(v)));
        if (place[0].isEmpty() || !place[0].equals(wanted[0]) || !(place[1].equals(wanted[1])
                || either && Set.of("에", "에서").containsAll(List.of(place[1], wanted[1])))) {
            return false;
        }
        List<Morphology.Word> added = Morphology.analyse(ow[1]);
        return added.size() == 1 && added.getFirst().startsWith("NNG") && !added.getFirst().verbal()
                && (added.getFirst().morphemes().size() == 1 || added.getFirst().endsWith("JKO"));
    }

    /**
     * Two whole sentences in the other order (과자는 네가 사. 음료수는 내가 살게. for 음료수는 내가 살게. 과자는 네가
     * 사.): each ends in its own predicate, so no verb is out of place; the order of independent sentences is the
     * writer's (Sohn 1999, on the verb-final clause; 국립국어원 한국어 문법 1, on the sentence as the unit of word
     * order). The span must be A B against B A, and A end in a sentence-final ending or a sentence mark as typed.
     */
    static boolean sentencesSwapped(String o, String c, String asTyped) {
        String[] ow = o.split(" ");
        for (int k = 1; k < ow.length; k++) {
            String a = String.join(" ", List.of(ow).subList(0, k));
            String b = String.join(" ", List.of(ow).subList(k, ow.length));
            if (!c.equals(b + " " + a)) {
                continue;
            }
            List<Morphology.Word> first = Morphology.analyse(a);
            List<Morphology.Word> second = Morphology.analyse(b);
            if (first.isEmpty() || second.isEmpty() || !first.getLast().verbal() || !second.getLast().endsWith("EF")) {
                return false; // 할게 내가: a subject after the predicate is no second sentence
            }
            String lastA = ow[k - 1];
            boolean marked = asTyped != null && asTyped.matches("(?s).*" + java.util.regex.Pattern.quote(lastA) + "[.?!].*");
            return first.getLast().endsWith("EF") || marked;
        }
        return false;
    }
}
