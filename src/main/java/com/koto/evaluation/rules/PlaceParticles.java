package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import java.util.ArrayList;
import java.util.List;

/**
 * A place name (Nori's NNP: 인도네시아, 자카르타, 한국) written without the particle its verb needs,
 * found on the learner's words:
 * <ul>
 *   <li>{@code particle_missing/from}: the place one comes from before 오다 in the past (인도네시아
 *       왔습니다 → 인도네시아에서) where an accepted answer says where the speaker is from (…에서 왔/온);
 *       without 에서 the place reads as the goal (came to Indonesia);</li>
 *   <li>{@code particle_missing/location}: the place before 있다 in a formal (합쇼체) activity (한국 있을
 *       겁니다 → 한국에, 자카르타 있는 호텔 → 자카르타에): the ellipsis of adverbial particles belongs to
 *       casual speech, not to the formal register.</li>
 *   <li>{@code particle_wrong/location_for_action_place}: the place one comes from written with the
 *       goal's 에 before 오다 (인도네시아에 왔어 → 인도네시아에서) where an accepted answer says the speaker
 *       comes from that very place (인도네시아에서 왔/온); and the place of an activity written with 에
 *       ({@link ActionPlace#goalForActionPlace}: 학교에 점심 뭐 먹었어 → 학교에서);</li>
 *   <li>{@code particle_wrong/action_place_for_location}: where someone or something is, written with 에서
 *       right before the sentence's final 있다, 없다 or 계시다 (화장실이 어디에서 있어요? → 어디에, 사무실에서
 *       계세요 → 사무실에): 있다 of existence and 계시다 take 「…에」 (표준국어대사전 '있다' ①, '계시다' ①).
 *       Not in a sentence about an event (회의는 3층에서 있어요: an event takes place, 에서 fits) and not
 *       before 살다, which takes 「…에/에서」 both;</li>
 *   <li>{@code particle_wrong/object_for_location}: a cooking vessel or appliance marked as the object of
 *       넣다 when the sentence already has the food as an object (야채를 씻고 자르고 냄비를 넣어요 → 냄비에):
 *       넣다 takes 「…을 …에」, the thing put with 을/를 and the place with 에 (표준국어대사전 '넣다' ①).
 *       Only for the nouns of {@link #CONTAINERS} and only where no word of the sentence has 에 already.</li>
 * </ul>
 * Why the existing checks missed these: the comparison with the accepted answer finds the wrong
 * particle, but when the answer differs from every accepted answer in another word too (어디에서 있습니까
 * against 실례합니다. 인사팀이 어디에 있습니까), the precision gate treats the two differences as a possible
 * paraphrase and drops both; these rules look at the learner's own words and need no accepted answer
 * but for the origin, whose place the accepted answer names.
 *
 * <p>Sources: 표준국어대사전 '에서' 「조사」 ③ (the starting point), '오다' 「…에서」; Lee &amp; Ramsey, <i>The
 * Korean Language</i> (2000), on particle ellipsis in casual speech; Sohn 1999 ch. 9 (합쇼체 in formal
 * settings).
 */
final class PlaceParticles {

    private PlaceParticles() {
    }

    /** Nouns of events, which take place somewhere: with them 에서 있다 is right (회의가 3층에서 있어요). */
    private static final java.util.Set<String> EVENTS = java.util.Set.of("회의", "파티", "행사", "수업", "시험", "공연",
            "모임", "축제", "콘서트", "결혼식", "세미나", "면접", "약속", "일", "문제", "사고", "전시", "경기", "강의", "미팅");

    /**
     * Cooking vessels and appliances, which food is put into: as the object of 넣다 beside the food
     * they read as the place (냄비를 넣어요 after 야채를 씻고). Not cups, bowls or bags, which are put
     * away themselves (그릇을 씻고 컵을 놓아요).
     */
    private static final java.util.Set<String> CONTAINERS = java.util.Set.of("냄비", "솥", "프라이팬", "냉장고",
            "냉동실", "오븐", "전자레인지", "믹서기");

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as written (sentences are told apart by their punctuation)
     * @param register the activity's speech level
     * @param accepted the accepted answers, normalised
     * @return particle findings, in the order of the words
     */
    static List<Finding> find(String raw, Register register, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        boolean origin = accepted.stream().anyMatch(a -> a.contains("에서 왔") || a.contains("에서 온"));
        for (SpeechLevels.AnalysedSentence sentence : SpeechLevels.analysedSentences(raw)) {
            List<String> words = sentence.words();
            List<Morphology.Word> analysed = sentence.analysed();
            for (int i = 0; i + 1 < words.size(); i++) {
                Morphology.Word place = analysed.get(i);
                String w = words.get(i);
                String verb = words.get(i + 1);
                if (place.morphemes().size() == 2 && place.startsWith("NNP") && place.endsWith("JKB") && w.endsWith("에")
                        && comesFrom(analysed.get(i + 1)) && accepted.stream().anyMatch(a -> a.contains(
                                w.substring(0, w.length() - 1) + "에서 왔") || a.contains(w.substring(0, w.length() - 1) + "에서 온"))) {
                    out.add(new Finding(ErrorCategory.PARTICLE_WRONG, w, w + "서", "particle_wrong/location_for_action_place"));
                    continue;
                }
                if (existsAt(words, analysed, i)) {
                    String bare = w.substring(0, w.length() - (w.endsWith("에서") ? 2 : 1));
                    out.add(new Finding(ErrorCategory.PARTICLE_WRONG, w, bare + "에",
                            "particle_wrong/action_place_for_location"));
                    continue;
                }
                if (place.morphemes().size() != 1 || !place.startsWith("NNP")) {
                    continue;
                }
                if (origin && (verb.startsWith("왔") || verb.equals("온"))) {
                    out.add(new Finding(ErrorCategory.PARTICLE_MISSING, w, w + "에서", "particle_missing/from"));
                } else if (register == Register.FORMAL && (verb.startsWith("있") || verb.startsWith("계"))
                        && analysed.get(i + 1).verbal()) {
                    out.add(new Finding(ErrorCategory.PARTICLE_MISSING, w, w + "에", "particle_missing/location"));
                }
            }
            containerAsObject(words, analysed).ifPresent(out::add);
            ActionPlace.goalForActionPlace(words, analysed, accepted)
                    .filter(f -> out.stream().noneMatch(o -> o.original().equals(f.original()))).ifPresent(out::add);
        }
        return out;
    }

    /** 야채를 … 냄비를 넣어요 → 냄비에: a container as the second object of a verb of putting. */
    private static java.util.Optional<Finding> containerAsObject(List<String> words, List<Morphology.Word> analysed) {
        if (analysed.stream().anyMatch(w -> w.endsWith("JKB") && w.morphemes().getLast().form().equals("에"))) {
            return java.util.Optional.empty();
        }
        for (int i = 1; i + 1 < words.size(); i++) {
            Morphology.Word c = analysed.get(i);
            Morphology.Word v = analysed.get(i + 1);
            if (c.morphemes().size() != 2 || !c.endsWith("JKO") || !CONTAINERS.contains(c.morphemes().getFirst().form())
                    || !v.startsWith("VV") || !v.morphemes().getFirst().form().equals("넣")) {
                continue;
            }
            boolean thing = false;
            for (int j = 0; j < i; j++) {
                thing |= analysed.get(j).endsWith("JKO");
            }
            if (thing) {
                String noun = c.morphemes().getFirst().form();
                return java.util.Optional.of(new Finding(ErrorCategory.PARTICLE_WRONG, words.get(i), noun + "에",
                        Subtypes.wrongParticle(Particles.Function.OBJECT, Particles.Function.LOCATION)));
            }
        }
        return java.util.Optional.empty();
    }

    /** 왔어, 와요, 온: a form of 오다. */
    private static boolean comesFrom(Morphology.Word verb) {
        return verb.startsWith("VV") && verb.morphemes().getFirst().form().equals("오");
    }

    /**
     * Whether word {@code i} is a place with 에서 (or 서 after 어디, 여기, 거기, 저기) right before the
     * sentence's final 있다, 없다 or 계시다, in a sentence that names no event.
     */
    private static boolean existsAt(List<String> words, List<Morphology.Word> analysed, int i) {
        String w = words.get(i);
        Morphology.Word place = analysed.get(i);
        // the sentence's final verb, or one that closes a background clause with -는데(요) (502호에서 있는데요, 세 시까지
        // … → 502호에: the place of staying is where one is; session 14)
        boolean background = i + 2 < words.size() && (words.get(i + 1).endsWith("있는데요") || words.get(i + 1).endsWith("있는데"));
        if (i + 2 != words.size() && !background || !place.endsWith("JKB") || place.verbal()
                || !(place.morphemes().getLast().form().equals("에서") && w.endsWith("에서")
                        || place.morphemes().getLast().form().equals("서") && w.endsWith("서") && place.startsWith("NP"))) {
            return false;
        }
        Morphology.Word verb = analysed.get(i + 1);
        String stem = verb.morphemes().getFirst().form();
        if (!verb.startsWith("VV", "VA") || !java.util.Set.of("있", "없", "계시").contains(stem)
                || !verb.endsWith("EF") && !verb.endsWith("EC")) {
            return false;
        }
        for (Morphology.Word other : analysed) {
            if (!other.morphemes().isEmpty() && other.startsWith("NNG")
                    && EVENTS.contains(other.morphemes().getFirst().form())) {
                return false;
            }
        }
        return true;
    }
}
