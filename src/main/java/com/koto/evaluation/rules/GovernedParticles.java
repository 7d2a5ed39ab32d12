package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Particles a following word or construction governs, left out on a bare noun (session 30, helper s30a; called
 * from {@link CertainRoles#find} beside {@link FrameRoles#missing}). Speech drops 이/가, 을/를, 은/는 and the 에 of a
 * goal before 가다/오다 (Lee &amp; Ramsey 2000 on particle ellipsis); it does not drop a particle that is part of a
 * fixed construction or that the next word selects where the noun can be no subject or object of it:
 * <ul>
 *   <li>{@code particle_missing/postposition}: a bare noun right before a form of a postposition verb that takes
 *       its noun with 에 only — 대하다 (대해, 대해서, 대하여, 대한), 관하다 (관해, 관해서, 관한), 비하다 (비해, 비해서,
 *       비하면), 의하다 (의하면, 의해, 의한): 음식 대해서 발표하겠습니다 → 음식에. 표준국어대사전 '대하다' 「…에」,
 *       '관하다' 「…에」, '비하다' 「…에」, '의하다' 「…에」; 한국어 문법 1 (국립국어원), 조사와 결합한 구성
 *       '-에 대하여'. Left alone: 따라/따르면 (따르다 takes its noun as the object, 「…을」: 친구 따라 갔어요, whose
 *       을 drops), a noun with a particle, a word ending in 에 already.</li>
 *   <li>{@code particle_missing/target}: an ailment (두통, 감기, 기침 …) bare right before 좋다 or 나쁘다, or a part of
 *       the body or health (몸, 건강, 피부, 눈, 목 …) bare before 좋은/나쁜 and a noun of a remedy (약, 음식, 차 …):
 *       두통 좋은 약 → 두통에. 표준국어대사전 '좋다' 「…에」 (몸에 좋은 음식), '나쁘다' 「…에」; an ailment cannot be
 *       what is good, so the noun is the one a thing is good for. Left alone: 기분 좋은, 날씨 좋은, 맛 좋은, 피부 좋은
 *       사람 (the body part of a person: its subject, whose 이/가 drops).</li>
 *   <li>{@code particle_missing/result}: the place one moves to, a bare noun with a modifier of its own (조용한 방,
 *       창가 자리, 다른 방) right before 옮기다, where an accepted answer writes that noun with (으)로: 조용한 방
 *       옮기고 싶어요 → 방으로. 표준국어대사전 '옮기다' 「…에서 …으로」. Left alone: the noun alone or after a
 *       determiner or pronoun (방 옮기고 싶어요, 제 자리 옮겨도: the thing moved, 「…을」), 갈아타다 (2호선 갈아타는 곳,
 *       said and accepted bare).</li>
 * </ul>
 */
final class GovernedParticles {

    /** Forms of the postposition verbs that take their noun with 에 only. */
    private static final Set<String> POSTPOSITIONS = Set.of("대해", "대해서", "대하여", "대하여서", "대한", "관해",
            "관해서", "관하여", "관한", "비해", "비해서", "비하여", "비하면", "의하면", "의해", "의해서", "의하여", "의한");

    /** Ailments: what a remedy is good or bad for, never good itself. */
    private static final Set<String> AILMENTS = Set.of("두통", "감기", "기침", "몸살", "목감기", "코감기", "콧물", "소화불량",
            "변비", "설사", "배탈", "복통", "치통", "생리통", "요통", "근육통", "관절염", "비염", "알레르기", "여드름", "숙취",
            "멀미", "불면증", "피로", "빈혈", "고혈압", "당뇨", "위염", "감기몸살", "열", "화상", "상처", "모기");

    /** The body and its parts, health: good for them before a remedy, else the subject (피부 좋은 사람). */
    private static final Set<String> BODY = Set.of("몸", "건강", "피부", "눈", "목", "위", "장", "간", "뼈", "머리카락",
            "두피", "소화", "다이어트", "혈액순환", "면역", "면역력");

    /** Nouns of a remedy, food or thing used: what is good or bad for the body. */
    private static final Set<String> REMEDIES = Set.of("약", "음식", "차", "과일", "채소", "야채", "운동", "거", "것",
            "식품", "음료", "주스", "크림", "연고", "방법", "영양제", "한약", "제품", "습관");

    /** Determiners and pronouns before a noun: the noun is then the thing one has (제 자리, 이 방). */
    private static final Set<String> OWNERS = Set.of("이", "그", "저", "제", "내", "우리", "저희", "네", "니", "당신",
            "자기", "그분", "이분");

    private GovernedParticles() {
    }

    /**
     * The particle left out at word {@code i} of one learner sentence, or empty.
     *
     * @param words    the sentence's words as written, without sentence marks
     * @param analysed their analyses
     * @param i        the word read, not the last
     * @param models   the accepted answers' sentences, analysed
     * @return the finding, with the bare noun and the noun + particle as its spans
     */
    static Optional<Finding> missing(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        return postposition(words, analysed, i)
                .or(() -> goodFor(words, analysed, i))
                .or(() -> placeMovedTo(words, analysed, i, models));
    }

    /** 음식 대해서 발표하겠습니다 → 음식에. */
    static Optional<Finding> postposition(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        if (!POSTPOSITIONS.contains(words.get(i + 1)) || !bare(noun, analysed.get(i)) || noun.endsWith("에")) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에",
                "particle_missing/postposition"));
    }

    /** 두통 좋은 약 있어요? → 두통에; 몸 좋은 음식 → 몸에. */
    static Optional<Finding> goodFor(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        // the word as written is the listed noun itself (Nori reads 두통 as 두 + 통, a numeral and a counter)
        if (!AILMENTS.contains(noun) && !BODY.contains(noun) || i > 0 && OWNERS.contains(words.get(i - 1))) {
            return Optional.empty();
        }
        String next = words.get(i + 1);
        boolean good = next.startsWith("좋") || next.startsWith("나쁘") || next.startsWith("나쁜") || next.startsWith("나빠")
                || next.startsWith("나빴");
        if (!good || !analysed.get(i + 1).verbal()) {
            return Optional.empty();
        }
        boolean ailment = AILMENTS.contains(noun);
        boolean body = BODY.contains(noun) && (next.equals("좋은") || next.equals("나쁜")) && i + 2 < words.size()
                && REMEDIES.contains(ArgumentCheck.stemAndParticle(words.get(i + 2))[0]);
        if (!ailment && !body) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에", "particle_missing/target"));
    }

    /** 조용한 방 옮기고 싶어요 → 방으로, where an accepted answer writes 방으로. */
    static Optional<Finding> placeMovedTo(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String noun = words.get(i);
        if (i == 0 || !bare(noun, analysed.get(i)) || !words.get(i + 1).startsWith("옮")
                || !"옮기".equals(VerbFrames.stem(analysed.get(i + 1)))) {
            return Optional.empty();
        }
        String before = words.get(i - 1);
        Morphology.Word modifier = analysed.get(i - 1);
        boolean modified = !OWNERS.contains(before)
                && (modifier.endsWith("ETM") || bare(before, modifier) || before.equals("다른") || before.equals("딴"));
        String into = noun + ParticleFrames.direction(noun);
        if (!modified || models.stream().noneMatch(s -> s.words().contains(into))) {
            return Optional.empty();
        }
        return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, into, "particle_missing/result"));
    }

    /** A noun or pronoun alone (no particle, no ending), with no digit. */
    private static boolean bare(String surface, Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        return !m.isEmpty() && surface.chars().noneMatch(Character::isDigit)
                && m.stream().allMatch(x -> x.is("NNG", "NNP", "NP", "SL", "XSN"));
    }
}
