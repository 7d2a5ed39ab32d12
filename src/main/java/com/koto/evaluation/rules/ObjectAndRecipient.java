package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The thing acted on and the person given to, on the learner's own words (session 13, helper eval21d;
 * called from {@link ParticleFrames#find}):
 * <ul>
 *   <li>{@code particle_wrong/subject_for_object}, in a statement or question: a thing marked with 이/가
 *       right before (adverbs between at most) the active verb of a 「…을」 frame that ends the sentence
 *       (방이 예약했습니다 → 방을, 많은 것이 배웠습니다 → 것을). An active agentive verb (예약하다, 배우다,
 *       주문하다 …) needs a doer, which a room or a thing cannot be, so the thing is its object
 *       (표준국어대사전 문형 정보 「…을」 of each verb in {@code verb-frames.json}); the passive, where the
 *       thing is the subject, is another verb (예약되다, 팔리다). Also a verb noun written apart from its
 *       하다 (방이 예약 했습니다). Left alone: a verb in a compound or with an auxiliary (찾아왔어요, 먹어
 *       봤어요), a bare noun between (이 택시가 카드 받아요: 카드 is the object), a sentence with an object
 *       already, and every noun that can act: people, animals, names, pronouns,
 *       machines, vehicles, shops, institutions and groups (이 가게가 싸게 팔아요, 호텔 측이 확인했습니다),
 *       and the verbs that are also adjectives or have an intransitive sense (쓰다 'bitter', 싸다 'cheap',
 *       부르다 'full', 보다, 설명하다, 가르치다);</li>
 *   <li>{@code particle_wrong/object_for_dative}: the person one gives to marked with 을/를 before the
 *       thing given and a main verb of giving (나를 손전등 좀 줘 → 나한테, 선생님을 선물 드렸어요 →
 *       선생님께): 주다, 드리다, 빌려주다, 건네주다 and 갖다주다 take the recipient in 「…에게」 and the thing in
 *       「…을」 (표준국어대사전 '주다' ① 「…에게 …을」, '드리다'; Yeon &amp; Brown 2019 on 에게/한테/께).
 *       Only with the thing named between the person and the verb, so the person cannot be what is given;
 *       left alone: 저를 주세요 (nothing else named), the auxiliary 주다 (나를 도와줘, 저를 믿어 주세요), and
 *       보내다 (동생을 심부름 보냈어요 is standard).</li>
 * </ul>
 */
final class ObjectAndRecipient {

    /** Verbs of the object list whose form also reads as an adjective or an intransitive verb. */
    private static final Set<String> UNSURE_VERBS = Set.of("쓰", "싸", "부르", "보", "보이", "설명하", "가르치", "알",
            "모르", "열", "닫");

    /** Nouns of groups and sides that act (호텔 측이 확인했습니다, 우리 반이 준비했어요). */
    private static final Set<String> GROUPS = Set.of("측", "쪽", "반", "팀", "부서", "동아리", "모임", "단체", "회",
            "차", "여기", "거기", "저기", "정부", "나라", "시", "구", "마트", "편의점", "빵집", "여행사", "항공사",
            "시스템", "사이트", "인터넷", "기사", "집");

    /** Last syllables of places and organisations that act (편의점, 빵집, 세탁소, 대사관, 약국, 시청, 경찰서 …). */
    private static final Set<Character> AGENT_ENDINGS = Set.of('점', '집', '관', '소', '국', '원', '장', '실', '사',
            '청', '서', '측', '팀', '부', '처');

    /** Verbs that make a verb of giving with 주다/드리다 (빌려주다, 건네주다, 갖다주다, 가져다주다), read by Nori as two. */
    private static final Set<String> LENDING = Set.of("빌리", "건네", "갖", "가지");

    /** Main verbs of giving whose recipient takes 에게/한테/께 (not 보내다: 동생을 심부름 보냈어요). */
    private static final Set<String> GIVING = Set.of("주", "줏", "드리", "빌려주", "건네주", "갖다주", "가져다주");

    private ObjectAndRecipient() {
    }

    /** The finding on word {@code i} of one sentence, or empty; shapes as {@link ParticleFrames#find}. */
    static Optional<Finding> find(List<String> words, List<Morphology.Word> analysed, int i, List<String> accepted) {
        return thingBeforeActiveVerb(words, analysed, i, accepted).or(() -> recipientAsObject(words, analysed, i));
    }

    /** 방이 예약했습니다, 많은 것이 배웠습니다 → 을/를. */
    private static Optional<Finding> thingBeforeActiveVerb(List<String> words, List<Morphology.Word> analysed, int i,
            List<String> accepted) {
        String noun = thing(words.get(i), analysed.get(i), accepted);
        int last = words.size() - 1;
        if (noun == null || ParticleFrames.hasObject(analysed) || i == last) {
            return Optional.empty();
        }
        int v = i + 1;
        while (v < last && analysed.get(v).startsWith("MAG") && analysed.get(v).morphemes().size() == 1) {
            v++; // adverbs only: a bare noun between may be the object itself (이 택시가 카드 받아요)
        }
        if (v + 1 == last && analysed.get(v).startsWith("NNG") && analysed.get(v).morphemes().size() == 1
                && analysed.get(v + 1).startsWith("XSV")) {
            v++; // 예약 했습니다: the verb noun written apart from its 하다
        }
        Morphology.Word verb = analysed.get(v);
        String stem = activeStem(words, analysed, v, i);
        if (v != last || !verb.endsWith("EF") || stem.isEmpty() || UNSURE_VERBS.contains(stem)
                || !VerbFrames.takesObject(stemWord(stem), false)) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i),
                noun + Hangul.objectParticle(noun),
                "particle_wrong/subject_for_object"));
    }

    /**
     * The stem of the active verb at {@code v} (배우, 예약하), or empty: one verb with its endings only
     * (no auxiliary or second verb: 찾아왔어요 is 찾아오다), or a verb noun written apart from 하다 (예약
     * 했습니다); a noun + 되다 (예약됐습니다) is the passive and has no stem here.
     */
    private static String activeStem(List<String> words, List<Morphology.Word> analysed, int v, int noun) {
        List<Morphology.Morpheme> m = analysed.get(v).morphemes();
        if (m.isEmpty()) {
            return "";
        }
        Morphology.Morpheme first = m.getFirst();
        if (first.is("VV") && m.subList(1, m.size()).stream().allMatch(Morphology.Morpheme::isEnding)) {
            return first.form(); // 배웠습니다; not 찾아왔어요 (찾 + 아 + 오) nor 먹어 봤어요
        }
        if (m.size() >= 2 && first.is("NNG") && m.get(1).is("XSV") && m.get(1).form().equals("하")
                && m.subList(2, m.size()).stream().allMatch(Morphology.Morpheme::isEnding)) {
            return first.form() + "하"; // 예약했습니다; 예약됐습니다 (되) is the passive
        }
        Morphology.Word before = analysed.get(v - 1);
        if (first.is("XSV") && first.form().equals("하") && v - 1 > noun && before.morphemes().size() == 1
                && before.startsWith("NNG") && words.get(v - 1).equals(before.morphemes().getFirst().form())
                && m.subList(1, m.size()).stream().allMatch(Morphology.Morpheme::isEnding)) {
            return words.get(v - 1) + "하"; // 예약 했습니다: the verb noun written apart
        }
        return "";
    }

    /** A stand-in word for a stem, so {@link VerbFrames#takesObject} can look it up. */
    private static Morphology.Word stemWord(String stem) {
        return stem.endsWith("하") && stem.length() > 1
                ? new Morphology.Word(stem, List.of(new Morphology.Morpheme(stem.substring(0, stem.length() - 1), "NNG"),
                        new Morphology.Morpheme("하", "XSV")))
                : new Morphology.Word(stem, List.of(new Morphology.Morpheme(stem, "VV")));
    }

    /**
     * The noun of a thing marked with 이/가 that cannot act (방이 → 방, 것이 → 것), or null: not a person,
     * animal, name or pronoun, not a machine, vehicle, shop, institution or group. A word that is itself a
     * dictionary noun (오이, 방이) is read so only where an accepted answer has the noun with 을/를.
     */
    private static String thing(String surface, Morphology.Word w, List<String> accepted) {
        List<Morphology.Morpheme> m = w.morphemes();
        if (m.size() < 2 || !m.getLast().is("JKS") || !Set.of("이", "가").contains(m.getLast().form())
                || !surface.endsWith(m.getLast().form())) {
            return null;
        }
        List<Morphology.Morpheme> nouns = m.subList(0, m.size() - 1);
        boolean thingNoun = nouns.stream().allMatch(x -> x.is("NNG"))
                || nouns.size() == 1 && nouns.getFirst().is("NNB") && nouns.getFirst().form().equals("것");
        String noun = surface.substring(0, surface.length() - 1);
        if (!thingNoun || noun.isEmpty() || !noun.chars().allMatch(c -> Hangul.isSyllable((char) c))) {
            return null;
        }
        String object = noun + Hangul.objectParticle(noun);
        if (KnownWords.noun(surface) && accepted.stream().noneMatch(a -> List.of(a.split(" ")).contains(object))) {
            return null; // 오이, 떡볶이: the whole word may be a noun, unless an accepted answer has 방을 for 방이
        }
        for (Morphology.Morpheme x : nouns) {
            String f = x.form();
            if (ParticleFrames.MACHINES.contains(f) || ParticleFrames.INSTITUTIONS.contains(f)
                    || WayParticles.INSTITUTIONS.contains(f) || WayParticles.VISITS.contains(f)
                    || WayParticles.VEHICLES.contains(f) || GROUPS.contains(f) || ParticleFrames.ANIMATE.contains(f)) {
                return null;
            }
        }
        char lastSyllable = noun.charAt(noun.length() - 1);
        return GROUPS.contains(noun) || ParticleFrames.ANIMATE.contains(noun)
                || noun.length() > 1 && AGENT_ENDINGS.contains(lastSyllable) ? null : noun;
    }

    /** 나를 손전등 좀 줘 → 나한테, 선생님을 선물 드렸어요 → 선생님께. */
    private static Optional<Finding> recipientAsObject(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        if (!analysed.get(i).endsWith("JKO") || !(w.endsWith("을") || w.endsWith("를"))
                || !PersonParticles.person(words, analysed, i)) {
            return Optional.empty();
        }
        boolean thingNamed = false;
        int v = i + 1;
        for (; v < words.size(); v++) {
            Morphology.Word x = analysed.get(v);
            if (x.verbal()) {
                break;
            }
            List<Morphology.Morpheme> m = x.morphemes();
            boolean adverb = m.size() == 1 && m.getFirst().is("MAG", "MM", "NR", "SN", "NNBC");
            boolean bare = !m.isEmpty() && m.stream().allMatch(y -> y.is("NNG", "NNB", "NNBC", "NR", "SN"));
            boolean object = m.size() >= 2 && m.getLast().is("JKO")
                    && m.subList(0, m.size() - 1).stream().allMatch(y -> y.is("NNG", "NNB"));
            if (!adverb && !bare && !object) {
                return Optional.empty(); // another case-marked phrase, a pronoun, a time with 에 …
            }
            if ((bare || object) && m.getFirst().is("NNG") && !ParticleFrames.ANIMATE.contains(m.getFirst().form())
                    && !ParticleFrames.time(m.getFirst())) {
                thingNamed = true;
            }
        }
        if (!thingNamed || v >= words.size()) {
            return Optional.empty();
        }
        List<Morphology.Morpheme> verb = analysed.get(v).morphemes();
        if (verb.size() > 2 && verb.getFirst().is("VV") && LENDING.contains(verb.getFirst().form()) && verb.get(1).is("EC")
                && verb.get(2).is("VX") && Set.of("주", "드리").contains(verb.get(2).form())) {
            verb = verb.subList(2, verb.size()); // 빌려줘 = 빌리 + 어 + 주: the giving verb is 주다
        }
        char first = verb.getFirst().form().charAt(0);
        char written = words.get(v).charAt(0);
        boolean lent = verb.size() < analysed.get(v).morphemes().size();
        if (!lent && (!verb.getFirst().is("VV") || !GIVING.contains(verb.getFirst().form()) || !Hangul.isSyllable(written)
                || Hangul.initialIndex(written) != Hangul.initialIndex(first))) {
            return Optional.empty(); // 주 as an auxiliary (도와줘: 돕 + 아 + 주) is not the verb of giving
        }
        String bare = w.substring(0, w.length() - 1);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w,
                bare + (PersonParticles.honoured(analysed.get(i)) ? "께" : "한테"), "particle_wrong/object_for_dative"));
    }
}
