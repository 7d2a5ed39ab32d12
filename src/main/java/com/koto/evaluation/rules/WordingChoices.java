package com.koto.evaluation.rules;

import java.util.List;
import java.util.Set;

/**
 * Choices of wording a task leaves free, which an alignment with one accepted answer reads as errors
 * (session 14, helper eval24e: the correct answers set X and X3 failed). Each predicate names an
 * artefact of {@link Evidence#artefact}: never decisive, the finding alone leaves the answer passing.
 * Each takes the finding's learner span {@code o}, its correction {@code c} and the learner's normalised
 * answer; look-alikes that stay errors are named on each.
 */
final class WordingChoices {

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
     * eat in (MissingTakeAway) is another matter. The omission may be placed at the word after it (가장 → 여기서
     * 가장) as well as at the word before it (session 14, eval25d).
     */
    static boolean hereLeftOut(String o, String c, String answer) {
        String added = c.startsWith(o + " ") ? c.substring(o.length() + 1)
                : c.endsWith(" " + o) ? c.substring(0, c.length() - o.length() - 1) : c;
        return (added.equals("여기서") || added.equals("여기에서")) && answer.contains("가까")
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
        if (!(c.equals("장") || c.equals("매")) || !o.matches("명(이요|이에요|입니다|요)?")) {
            return false;
        }
        String[] words = answer.replaceAll("[.,?!]", " ").trim().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (words[i].startsWith("명") && Numerals.number(words[i - 1]) != null) {
                return i < 2 || !Set.of("표", "티켓", "입장권", "표를", "티켓을", "표는", "티켓은").contains(words[i - 2]);
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
        String[] words = answer.replaceAll("[.,?!]", " ").trim().split("\\s+");
        for (int i = 0; i + 2 < words.length; i++) {
            if (words[i].equals(o)) {
                return HOW.contains(words[i + 1]) && (words[i + 2].startsWith("가") || words[i + 2].startsWith("와")
                        || words[i + 2].startsWith("오") || words[i + 2].startsWith("갑") || words[i + 2].startsWith("갈"));
            }
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
        String[] words = answer.replaceAll("[.,?!]", " ").trim().split("\\s+");
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
