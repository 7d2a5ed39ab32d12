package com.koto.evaluation.rules;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The person nouns the honorific checks know, once, each with its kind; the checks ask for the
 * kinds they need instead of keeping their own lists. Sources: National Institute of Korean
 * Language, <i>표준 언어 예절</i> (2011), 호칭·지칭 and 주체 높임; Sohn, <i>The Korean Language</i>
 * (1999), on subject honorification with -(으)시-. Any noun in -님 is honoured as well; each check
 * tests that itself, since whether a bare 님 counts depends on the word's length and analysis.
 */
final class Persons {

    /** What a person noun names, as far as honorification is concerned. */
    enum Kind {
        /** Elder kin in the standard address form: 할머니, 어머니, 부모님 … */
        ELDER_KIN,
        /** Elder kin in the raised form (in-laws, others' parents): 어머님, 할머님 … */
        ELDER_KIN_RAISED,
        /** Elder kin in the familiar form a speaker uses for their own parents: 엄마, 아빠. */
        ELDER_KIN_FAMILIAR,
        /**
         * The parents' siblings: 삼촌, 이모, 고모 … Honoured as a subject only where the activity's accepted
         * answer honours them, since the same words name the speaker to a child (이모가 사 줄게) and familiar
         * strangers (식당 이모) in speech without -(으)시- (표준 언어 예절 2011, 부모의 형제자매; session 20).
         */
        PARENTS_SIBLING,
        /** Titles of teachers and superiors: 선생님, 사장님, 부장님 … */
        TITLE,
        /** Guests and the elderly addressed as such: 손님, 어르신. */
        GUEST,
        /** Older siblings and older friends: 형, 누나, 언니, 오빠. */
        OLDER_PEER,
        /** Everyday address of an older stranger: 아저씨, 아주머니. */
        STRANGER_ADDRESS
    }

    private static final Map<String, Kind> NOUNS = Map.ofEntries(
            Map.entry("할머니", Kind.ELDER_KIN), Map.entry("할아버지", Kind.ELDER_KIN),
            Map.entry("어머니", Kind.ELDER_KIN), Map.entry("아버지", Kind.ELDER_KIN),
            Map.entry("부모님", Kind.ELDER_KIN),
            // the mother's parents, elders of the family like the parents' parents (표준 언어 예절 2011: 외할머니,
            // 외할아버지), and the parents' siblings (부모의 형제자매에 대한 호칭: 삼촌, 이모, 고모, 큰아버지, 작은아버지,
            // 외삼촌), honoured only where the accepted answer honours them (session 20)
            Map.entry("외할머니", Kind.ELDER_KIN), Map.entry("외할아버지", Kind.ELDER_KIN),
            Map.entry("삼촌", Kind.PARENTS_SIBLING), Map.entry("외삼촌", Kind.PARENTS_SIBLING),
            Map.entry("이모", Kind.PARENTS_SIBLING), Map.entry("고모", Kind.PARENTS_SIBLING),
            Map.entry("큰아버지", Kind.PARENTS_SIBLING), Map.entry("작은아버지", Kind.PARENTS_SIBLING),
            Map.entry("할머님", Kind.ELDER_KIN_RAISED), Map.entry("할아버님", Kind.ELDER_KIN_RAISED),
            Map.entry("어머님", Kind.ELDER_KIN_RAISED), Map.entry("아버님", Kind.ELDER_KIN_RAISED),
            Map.entry("엄마", Kind.ELDER_KIN_FAMILIAR), Map.entry("아빠", Kind.ELDER_KIN_FAMILIAR),
            Map.entry("선생님", Kind.TITLE), Map.entry("사장님", Kind.TITLE), Map.entry("교수님", Kind.TITLE),
            Map.entry("부장님", Kind.TITLE), Map.entry("과장님", Kind.TITLE),
            Map.entry("손님", Kind.GUEST), Map.entry("어르신", Kind.GUEST),
            Map.entry("형", Kind.OLDER_PEER), Map.entry("누나", Kind.OLDER_PEER),
            Map.entry("언니", Kind.OLDER_PEER), Map.entry("오빠", Kind.OLDER_PEER),
            Map.entry("아저씨", Kind.STRANGER_ADDRESS), Map.entry("아주머니", Kind.STRANGER_ADDRESS));

    /**
     * Referents of subject honorification and of the honorific nouns and verbs (성함, 드시다, 계시다):
     * elder kin, titles and guests.
     */
    static final Set<String> HONOURED = of(Kind.ELDER_KIN, Kind.TITLE, Kind.GUEST);

    /** {@link #HONOURED} and the other nouns a speaker uses to address or name someone politely. */
    static final Set<String> ADDRESSED_POLITELY = of(Kind.ELDER_KIN, Kind.ELDER_KIN_RAISED, Kind.TITLE, Kind.GUEST,
            Kind.STRANGER_ADDRESS);

    /**
     * Subjects a speaker may raise with -(으)시- in any register, so that -시- on their verb is never
     * one too many: kin in every form, titles, guests and older peers (형 오시면 is heard and accepted).
     */
    static final Set<String> MAY_BE_RAISED = of(Kind.ELDER_KIN, Kind.ELDER_KIN_RAISED, Kind.ELDER_KIN_FAMILIAR,
            Kind.PARENTS_SIBLING, Kind.TITLE, Kind.GUEST, Kind.OLDER_PEER);

    /**
     * The speaker as subject or topic, with 이/가, 은/는 or 도 (제가, 저는, 전, 저도, 내가, 나는, 난, 나도): a clause
     * about oneself, where -(으)시- is never due and a promise is the speaker's own.
     */
    static final Set<String> SPEAKER = Set.of("제가", "저는", "전", "저도", "내가", "나는", "난", "나도");

    /** The parents' siblings (삼촌, 이모, 고모 …): subjects honoured only as the accepted answer honours them. */
    static final Set<String> PARENTS_SIBLINGS = of(Kind.PARENTS_SIBLING);

    /** Elder kin in the raised form: 어머님, 아버님, 할머님, 할아버님 (표준 언어 예절 2011). */
    static final Set<String> ELDER_KIN_RAISED = of(Kind.ELDER_KIN_RAISED);

    /** Elder kin in the standard form: the nouns without 님 that 께 (dative) and 께서 are for. */
    static final Set<String> ELDER_KIN = of(Kind.ELDER_KIN);

    /** Titles of teachers and superiors (선생님, 교수님, 부장님 …): the superiors one meets with 뵙다 (session 36). */
    static final Set<String> TITLES = of(Kind.TITLE);

    private Persons() {
    }


    private static Set<String> of(Kind... kinds) {
        Set<Kind> wanted = EnumSet.copyOf(Arrays.asList(kinds));
        return NOUNS.entrySet().stream().filter(e -> wanted.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
