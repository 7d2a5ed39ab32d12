package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Particles on a person by the frame of the verb, on the learner's own words (issue 11, session 7;
 * called from {@link ParticleFrames#find}):
 * <ul>
 *   <li>{@code particle_wrong/object_for_dative}: the person one calls or contacts marked as an object
 *       (저를 다시 전화해 주세요 → 저한테, 민수 씨를 전화할게요 → 민수 씨한테): 전화하다 and 연락하다 take the
 *       person with 「…에/에게」 (표준국어대사전 '전화하다', '연락하다'); 한테 is the spoken form;</li>
 *   <li>{@code particle_wrong/location_for_object}: the person one meets marked with 에 (친구에 만나요 →
 *       친구를): 만나다 takes 「…을」 or 「…와」 (표준국어대사전 '만나다' ①), 에 is for places and times;</li>
 *   <li>{@code particle_wrong/subject_for_honorific_dative}: in a message left for an honoured person,
 *       the person marked as a subject (선생님이 마리아가 전화했다고 전해 주세요 → 선생님께). Only in this
 *       frame: a request of 전하다 or 말씀하다 with a reported clause (-다고, -라고, -자고, -냐고) that has
 *       its own subject, so the first 이/가 cannot be the subject of the report, and no dative anywhere in
 *       the sentence (「…에/에게 -고」: 표준국어대사전 '전하다'; 께 for an honoured recipient: 표준 언어
 *       예절 2011, Sohn 1999);</li>
 *   <li>{@code particle_wrong/object_for_comitative} (session 8, helper eval12c): the person one talks on
 *       the phone, talks things over, marries or quarrels with, marked as an object (김 부장님을 통화하고
 *       싶어요 → 부장님과): 통화하다, 대화하다, 상의하다, 의논하다, 결혼하다, 싸우다 take the other person in
 *       「…과」 (표준국어대사전 문형 정보 of each verb; Yeon &amp; Brown 2019 on 와/과, 하고, (이)랑). Only the person
 *       right before the verb (adverbs between); 문제를 상의했어요 (the matter talked over) stays.</li>
 * </ul>
 * People are the nouns of {@link ParticleFrames#ANIMATE}, a noun with 님, a name with 씨, and the
 * personal pronouns 저, 나, 너, 우리, 저희.
 */
final class PersonParticles {

    /** A word of saying or asking (했, 말, 얘기, 부탁, 전해, 달라). */
    private static final Pattern SAY_ASK_VERB = Pattern.compile("(했|말|얘기|이야기|부탁|전해|달라).*");

    /** Verbs that take the person reached with 「…에/에게」. */
    private static final Set<String> CALL = Set.of("전화하", "연락하", "문자하", "답장하");

    /** Verbs whose other party takes 「…과」 (표준국어대사전 문형 정보). */
    private static final Set<String> WITH = Set.of("통화하", "대화하", "상의하", "의논하", "결혼하", "싸우");

    /** Verbs of passing a message on, whose recipient takes 에게/께. */
    private static final Set<String> CONVEY = Set.of("전하", "말씀하", "말씀드리", "말하");

    /** Endings of a reported clause (간접 인용). */
    private static final Set<String> QUOTE = Set.of("다고", "라고", "자고", "냐고", "느냐고", "으라고", "는다고", "ㄴ다고");

    /** Personal pronouns (Nori writes 저 as 제 before some particles). */
    private static final Set<String> PRONOUNS = Set.of("저", "제", "나", "내", "너", "우리", "저희");

    private PersonParticles() {
    }

    /** The finding on word {@code i} of one sentence, or empty. */
    static Optional<Finding> find(List<String> words, List<Morphology.Word> analysed, int i) {
        return calledAsObject(words, analysed, i).or(() -> metWithE(words, analysed, i))
                .or(() -> honouredRecipient(words, analysed, i)).or(() -> partnerAsObject(words, analysed, i))
                .or(() -> personWithE(words, analysed, i));
    }

    /**
     * Verbs whose addressee or person reached takes 「…에게」 (께, 한테) when it is a person; 주다, 드리다, 보내다 are
     * {@link GoalsOfGivingAndRiding}'s.
     */
    private static final Set<String> TO_PERSON = Set.of("선물하", "전화하", "연락하", "문자하",
            "답장하", "전하", "말하", "말씀하", "말씀드리", "이야기하", "얘기하", "물어보", "묻", "질문하", "부탁하",
            "설명하", "알리", "가르치", "인사하", "사과하");

    /**
     * A person marked with 에 before a verb that takes the person with 에게/께 or with 과/와 (session 24, s24b): 김
     * 부장님에 통화할 수 있습니까 → 부장님과, 친구에 물어볼게요 → 친구한테, 선생님에 전화했어요 → 선생님께. 에 marks a place,
     * a time or a thing reached; a person (유정 명사) takes 에게 (께 for an honoured one, 한테 in speech) (표준국어대사전
     * '에게' 「조사」 ①, '에' 「조사」 — 에 is for 무정 명사; Yeon &amp; Brown 2019, on 에 vs 에게/한테), and the other party of
     * 통화하다, 대화하다, 상의하다 … takes 과/와 ({@link #WITH}; 표준국어대사전 문형 정보). Only a person noun
     * ({@link #person}) right before the verb, with adverbs or an object between for a verb of giving or telling: 부장님에
     * 대해 (대하다), 선생님에 의하면, 친구에 비해 and a place (회사에 전화했어요) are left alone. Subtypes
     * {@code particle_wrong/location_for_comitative}, {@code particle_wrong/location_for_dative} and (께)
     * {@code particle_wrong/location_for_honorific_dative}, as {@link GoalsOfGivingAndRiding} names them.
     */
    private static Optional<Finding> personWithE(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        Morphology.Word a = analysed.get(i);
        if (!a.endsWith("JKB") || !w.endsWith("에") || w.length() < 2 || !a.morphemes().getLast().form().equals("에")
                || !person(words, analysed, i) || a.morphemes().getFirst().is("NP")
                || a.morphemes().size() != (honoured(a) && a.morphemes().get(1).is("XSN") ? 3 : 2) // 친구네에: a home
                || Set.of("누구", "분", "개", "새").contains(a.morphemes().getFirst().form())) {
            return Optional.empty();
        }
        int v = ParticleFrames.predicate(analysed, i);
        if (v < 0) {
            return Optional.empty();
        }
        String stem = VerbFrames.stem(analysed.get(v));
        boolean with = WITH.contains(stem);
        if (!with && !TO_PERSON.contains(stem)) {
            return Optional.empty();
        }
        for (int k = i + 1; k < v; k++) {
            Morphology.Word between = analysed.get(k);
            if (!between.startsWith("MAG") && (with || !between.endsWith("JKO"))) {
                return Optional.empty();
            }
        }
        String bare = w.substring(0, w.length() - 1);
        String name = name(words, analysed, i);
        if (with) {
            return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, name + w,
                    name + bare + FrameArguments.comitative(bare), "particle_wrong/location_for_comitative"));
        }
        return Optional.of(honoured(a)
                ? new Finding(ErrorCategory.PARTICLE_WRONG, w, bare + "께", "particle_wrong/location_for_honorific_dative")
                : new Finding(ErrorCategory.PARTICLE_WRONG, name + w, name + bare + "한테", "particle_wrong/location_for_dative"));
    }

    /** 김 부장님을 통화하고 싶어요 → 부장님과; 친구를 싸웠어요 → 친구와. */
    private static Optional<Finding> partnerAsObject(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        if (!analysed.get(i).endsWith("JKO") || !(w.endsWith("을") || w.endsWith("를")) || !person(words, analysed, i)) {
            return Optional.empty();
        }
        int v = ParticleFrames.predicate(analysed, i);
        if (v < 0 || !WITH.contains(VerbFrames.stem(analysed.get(v)))) {
            return Optional.empty();
        }
        for (int k = i + 1; k < v; k++) {
            if (!analysed.get(k).startsWith("MAG")) {
                return Optional.empty();
            }
        }
        String bare = w.substring(0, w.length() - 1);
        String name = name(words, analysed, i);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, name + w, name + bare + FrameArguments.comitative(bare),
                "particle_wrong/object_for_comitative"));
    }

    private static Optional<Finding> calledAsObject(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        if (!analysed.get(i).endsWith("JKO") || !(w.endsWith("을") || w.endsWith("를")) || !person(words, analysed, i)) {
            return Optional.empty();
        }
        int v = ParticleFrames.predicate(analysed, i);
        if (v < 0 || !CALL.contains(VerbFrames.stem(analysed.get(v)))) {
            return Optional.empty();
        }
        String bare = w.substring(0, w.length() - 1);
        String name = name(words, analysed, i);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, name + w,
                name + bare + (honoured(analysed.get(i)) ? "께" : "한테"), "particle_wrong/object_for_dative"));
    }

    private static Optional<Finding> metWithE(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        Morphology.Word a = analysed.get(i);
        String particle = a.morphemes().isEmpty() ? "" : a.morphemes().getLast().form();
        boolean dative = (particle.equals("에게") || particle.equals("한테")) && w.endsWith(particle);
        if (i + 1 >= words.size() || !a.endsWith("JKB") || !(particle.equals("에") && w.endsWith("에") || dative)
                || !person(words, analysed, i) || !VerbFrames.stem(analysed.get(i + 1)).equals("만나")) {
            return Optional.empty();
        }
        if (dative && (words.get(i + 1).endsWith("고") || words.subList(i + 1, words.size()).stream()
                .anyMatch(x -> SAY_ASK_VERB.matcher(x).matches()))) {
            return Optional.empty(); // 친구한테 만나자고 했어요: the person told, not the one met
        }
        String bare = w.substring(0, w.length() - particle.length());
        String name = name(words, analysed, i);
        return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, name + w,
                name + bare + Hangul.objectParticle(bare),
                dative ? "particle_wrong/dative_for_object" : "particle_wrong/location_for_object"));
    }

    private static Optional<Finding> honouredRecipient(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        Morphology.Word a = analysed.get(i);
        if (!a.endsWith("JKS") || !(w.endsWith("이") || w.endsWith("가")) || !honoured(a)
                || analysed.stream().anyMatch(x -> x.endsWith("JKB") && Set.of("에게", "한테", "께", "에")
                        .contains(x.morphemes().getLast().form()))) {
            return Optional.empty();
        }
        boolean ownSubject = false;
        for (int q = i + 1; q + 1 < words.size(); q++) {
            Morphology.Word x = analysed.get(q);
            if (x.endsWith("JKS")) {
                ownSubject = true;
            } else if (x.verbal()) {
                boolean reported = x.endsWith("EC") && QUOTE.contains(x.morphemes().getLast().form());
                int v = q + 1;
                if (!reported || !ownSubject || !CONVEY.contains(VerbFrames.stem(analysed.get(v)))
                        || !ParticleFrames.request(words, analysed, v)) {
                    return Optional.empty();
                }
                String bare = w.substring(0, w.length() - 1);
                return Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, w, bare + "께",
                        "particle_wrong/subject_for_honorific_dative"));
            }
        }
        return Optional.empty();
    }

    /** Whether word {@code i} names a person: a pronoun, a person noun, N님, or a name with 씨. */
    static boolean person(List<String> words, List<Morphology.Word> analysed, int i) {
        List<Morphology.Morpheme> m = analysed.get(i).morphemes();
        if (m.size() < 2) {
            return false;
        }
        Morphology.Morpheme head = m.getFirst();
        if (m.size() == 2 && head.is("NP")) {
            return PRONOUNS.contains(head.form());
        }
        if (m.size() == 2 && head.is("NNB") && head.form().equals("씨")) {
            return i > 0 && analysed.get(i - 1).morphemes().size() == 1 && analysed.get(i - 1).startsWith("NNP");
        }
        return head.is("NNG") && (ParticleFrames.ANIMATE.contains(head.form()) || honoured(analysed.get(i)));
    }

    /** N님 (선생님, 팀장님) or 할머니, 어머니 …: the people 께 is for. */
    static boolean honoured(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        return m.size() >= 2 && (m.get(1).is("XSN") && m.get(1).form().equals("님")
                || m.getFirst().is("NNG") && Persons.ELDER_KIN.contains(m.getFirst().form()));
    }

    /** The name before 씨 with its space (민수 씨를), else empty. */
    private static String name(List<String> words, List<Morphology.Word> analysed, int i) {
        Morphology.Morpheme head = analysed.get(i).morphemes().getFirst();
        return head.is("NNB") && head.form().equals("씨") ? words.get(i - 1) + " " : "";
    }
}
