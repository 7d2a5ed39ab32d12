package com.koto.evaluation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.TestPacks;
import com.koto.evaluation.rules.RuleEvaluator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quality floor of the rule evaluator, part of every {@code ./mvnw verify} (issue 11): on the
 * development set, the held-out set and the blind sets used for development, pass/fail accuracy
 * and each category's F1 stay at or above what the rules reached when the floor was set (less a
 * small margin), no correct answer is failed, and no explanation or feedback shows empty quotes,
 * an unrendered placeholder or words of the other instruction language ({@link BenchmarkMetrics}).
 * A change that makes the rules worse on these sets fails the build; a deliberate change of
 * behaviour that lowers a figure must lower its floor here, visibly.
 */
class EvaluationQualityTest {

    private static final RuleEvaluator RULES = new RuleEvaluator(new TestPacks());
    /** Margin below the figure reached when the floors were set. */
    private static final double MARGIN = 0.03;

    @Test
    void developmentSet() {
        // session 4: 0.997 → 1.000 (여기서 먹을게요 for 가지고 갈게요 is failed again), vocabulary 0.95 → 0.97
        // session 5: ending and spelling lowered on purpose. A copula misspelt as it sounds (얼마에요, 뭐에요,
        // 사람이예요) is filed as spelling (spelling/copula) as sets A, blind-dev and F file it and 국립국어원's
        // 온라인가나다 treats it (a 맞춤법 question); this set files it as ending. A copula form that does not
        // fit (학생예요, 어디이에요) stays ending.
        check(DevSet.DEV, 1.0, Map.of(ErrorCategory.ENDING, 0.87, ErrorCategory.SPELLING, 0.93,
                ErrorCategory.VOCABULARY, 0.97), 0.0, 0);
    }

    @Test
    void heldOutSet() {
        // session 4: accuracy 0.985 → 1.000, vocabulary 0.86 → 0.96
        // session 5: ending and spelling lowered on purpose. A copula misspelt as it sounds (얼마에요, 뭐에요,
        // 사람이예요) is filed as spelling (spelling/copula) as sets A, blind-dev and F file it and 국립국어원's
        // 온라인가나다 treats it (a 맞춤법 question); this set files it as ending. A copula form that does not
        // fit (학생예요, 어디이에요) stays ending.
        check(DevSet.HELDOUT, 1.0, Map.of(ErrorCategory.ENDING, 0.80, ErrorCategory.SPELLING, 0.93,
                ErrorCategory.VOCABULARY, 0.96), 0.0, 0);
    }

    @Test
    void blindDevelopmentSet() {
        // session 5: this set files the copula misspelt as it sounds (뭐에요, 명이예요) as spelling, as the
        // rules now do: ending 0.84 → 0.94, spelling 0.91 → 1.00; span 0.858 → 0.896
        // session 23 (HeldOutPrecision: another word alone no longer fails, held-out figures in docs/evaluation.md):
        // lowered to the figures reached, span 0.858 → 0.821, vocabulary 0.97 → 0.94
        check(DevSet.BLIND_DEV, 1.0, Map.of(ErrorCategory.ENDING, 0.94,
                ErrorCategory.VOCABULARY, 0.94, ErrorCategory.INCOMPLETE, 1.00), 0.821, 0);
        // session 10 (eval16e): span 0.896 → 0.858 on purpose. This set files a number in the wrong system
        // with its counter (삼 시 → 세 시); the writers' brief and the later sets (Q, P, heldout6–11) file the
        // numeral word alone (삼 → 세), which the rules now report; edit match (same change) rises 95.3 → 97.2 %
    }

    /**
     * The second blind set (blind-d, written for session 3 by someone who had not read the rules;
     * used for development, so optimistic). Its six spacing-only items were relabelled passed with
     * their spacing error kept in session 4 (the product's policy, docs/evaluation.md). Session 4
     * raised the floor: accuracy 0.906 → 0.981, false alarms 1 → 0, span match 0.682 → 0.830.
     */
    @Test
    void secondBlindDevelopmentSet() {
        // session 5: ending and spelling lowered on purpose. A copula misspelt as it sounds (얼마에요, 뭐에요,
        // 사람이예요) is filed as spelling (spelling/copula) as sets A, blind-dev and F file it and 국립국어원's
        // 온라인가나다 treats it (a 맞춤법 question); this set files it as ending. A copula form that does not
        // fit (학생예요, 어디이에요) stays ending.
        // session 13 (eval21b, -(으)세요 for a promise is honorific here): honorific 0.86 → 0.93, tense 0.94 → 1.00
        // session 23 (HeldOutPrecision): another word alone no longer fails (held out, session 22: 24 correct answers failed
        // to 14 wrong at first contact); lowered to the figures reached: vocabulary 1.00 → 0.93
        check(DevSet.BLIND_DEV2, 0.994, Map.ofEntries(Map.entry(ErrorCategory.HONORIFIC, 0.93),
                Map.entry(ErrorCategory.ENDING, 0.88), Map.entry(ErrorCategory.SPELLING, 0.89),
                Map.entry(ErrorCategory.VOCABULARY, 0.93)),
                0.83, 0); // session 6 round 2 (honorific words): span 0.818 → 0.830
    }

    /**
     * Set C (the third blind set, scored sealed twice in session 3, used for development in session
     * 4, so optimistic from then on). One correct answer is still failed (친구하고 등산하러 갈 거예요
     * without the weekend of the question; docs/evaluation.md): the floor holds that number.
     */
    @Test
    void thirdBlindSet() {
        // session 5: ending and spelling lowered on purpose. A copula misspelt as it sounds (얼마에요, 뭐에요,
        // 사람이예요) is filed as spelling (spelling/copula) as sets A, blind-dev and F file it and 국립국어원's
        // 온라인가나다 treats it (a 맞춤법 question); this set files it as ending. Span match
        // 0.843 → 0.824 for the same reason and for 못 갔어요 → 못 가요 (this writer leaves 못 out of the span). A copula form that does not
        // fit (학생예요, 어디이에요) stays ending.
        // session 5 round 2 (speech levels and clause order on the learner's words): 0.975 → 0.985, honorific
        // 0.91 → 0.96, span 0.824 → 0.843
        // session 13 (eval21b, -(으)세요 for a promise is honorific here): honorific 0.96 → 1.00, tense 0.95 → 1.00
        // session 14 (eval25e, the time of a plan left out): 0.990 → 0.995, 1 → 0 correct answers failed
        // session 28 (s28a, a bare noun before 바꾸다 an accepted answer changes into: 창가 자리 → 자리로): 0.995 → 1.00,
        // particle_missing 0.94 → 1.00, span 0.917 → 0.926
        check(DevSet.BLIND_C, 1.00, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 1.00),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00),
                Map.entry(ErrorCategory.ENDING, 0.80),
                Map.entry(ErrorCategory.SPELLING, 0.85), Map.entry(ErrorCategory.SPACING, 1.00),
                Map.entry(ErrorCategory.INCOMPLETE, 1.00)),
                0.926, 0);
    }

    /**
     * Set F (the fourth blind set, scored sealed twice in session 4, used for development in session
     * 5, so optimistic from then on). Session 5 (precision: dictionary words, classes, constructions)
     * took it from 0.815 with 13 false alarms to 0.960 with none (precision: dictionary words, classes,
     * constructions; recall: learner-word checks, grammar slips, spans in the gold convention).
     */
    @Test
    void fourthBlindSet() {
        // after both session-5 branches merged (precision and recall): 0.960, 0 false alarms, span 0.806
        // session 5 round 2 (speech levels on the learner's words): 0.960 → 0.970, honorific 0.82 → 0.92,
        // span 0.806 → 0.828
        // session 6 round 2 (honorific words): 0.970 → 0.975, honorific 0.92 → 0.96, span 0.828 → 0.836
        // session 7: 해요체 in a formal activity is a note that passes (honorific/formal_level), which F's
        // writers marked as an error twice: 0.975 → 0.970 with the other work of the session
        // session 23 (HeldOutPrecision: another word alone no longer fails, held-out figures in docs/evaluation.md):
        // lowered to the figure reached, vocabulary 0.97 → 0.92
        check(DevSet.BLIND_F, 0.985, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.82),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00), Map.entry(ErrorCategory.HONORIFIC, 0.96),
                Map.entry(ErrorCategory.WORD_ORDER, 0.88), Map.entry(ErrorCategory.VOCABULARY, 0.92),
                Map.entry(ErrorCategory.INCOMPLETE, 0.96)),
                0.851, 0); // session 16 (eval30e: 제 이름은 … -(으)시- about oneself): span 0.836 → 0.851
    }

    /**
     * Set G (the fifth blind set, scored sealed before and after session 5's first round: 0.767 →
     * 0.788, 11 of 93 correct answers failed; unsealed for the second round). The certainty ladder
     * ({@code Evidence}: alignment artefacts never fail an answer, findings filed under the rule the
     * learner's words break) took it to 0.829 with no false alarm, span 0.492 → 0.530; with the
     * speech-level, clause-order and place-particle checks merged, 0.908, span 0.691.
     */
    @Test
    void fifthBlindSet() {
        // both round-2 branches merged (the certainty ladder and the checks on the learner's words): 0.908, span 0.691
        // round 3 (eval5b, bound nouns and counters spaced): spacing 0.77 → 0.86, span 0.691 → 0.702
        // session 6 (re-synthesis, precision classes, verb frames): 0.908 → 0.917, particle_wrong 0.89 → 0.93,
        // span 0.702 → 0.713. Tense 0.83 → 0.79 on purpose: a past tense before -아/어서 (걸렸어서) is filed as
        // ending/past_before_aseo, as sets H and I and the writers' brief file it; this set alone says tense.
        // session 6 round 2 (counters, honorific words, confusables): 0.917 → 0.925, vocabulary 0.79 → 0.87,
        // span 0.713 → 0.729
        // session 7 (two rounds, the formal-level note included): 0.925 → 0.933
        // session 16 (eval30d, words and parts): 0.958 → 0.967, vocabulary 0.87 → 0.95, incomplete 0.60 → 0.86,
        // span 0.729 → 0.818
        // session 20 (s20d, OmissionsBesideSlips): particle_missing 0.91 → 0.96, span 0.812 → 0.818
        check(DevSet.BLIND_G, 0.967, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.96),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00), Map.entry(ErrorCategory.HONORIFIC, 0.98),
                Map.entry(ErrorCategory.ENDING, 0.90), Map.entry(ErrorCategory.TENSE, 0.90),
                Map.entry(ErrorCategory.SPELLING, 0.97), Map.entry(ErrorCategory.SPACING, 0.94),
                Map.entry(ErrorCategory.VOCABULARY, 0.95), Map.entry(ErrorCategory.INCOMPLETE, 0.86)),
                0.818, 0);
    }

    /**
     * Set H (the sixth blind set, scored sealed before and after session 5's second round: 0.804 →
     * 0.842, 6 of 97 correct answers failed; unsealed for the third round). Round 3 (eval5b): spacing
     * of bound nouns and counters (맞춤법 제42–43항), and the certainty ladder for speech levels
     * mid-sentence, nouns another accepted answer uses, and a well-formed -는데: 0.863, no false alarm.
     */
    @Test
    void sixthBlindSet() {
        // session 5 round 3 (eval5b): 0.842 → 0.863, false alarms 6 → 0, span 0.508 → 0.536; with eval5a's
        // endings and tense merged: honorific 0.85, ending 0.52, tense 0.82, spelling 0.88, span 0.569
        // session 6 (re-synthesis, precision classes, verb frames): 0.863 → 0.871, ending 0.52 → 0.83, tense
        // 0.82 → 0.88, spelling 0.88 → 0.97, particle_wrong 0.81 → 0.86, span 0.569 → 0.619
        // session 6 round 2 (counters, honorific words, confusables): 0.871 → 0.933, honorific 0.85 → 0.91,
        // particle_wrong 0.86 → 0.90, vocabulary 0.59 → 0.92, span 0.619 → 0.696
        // session 7 (two rounds, the formal-level note included): 0.933 → 0.938
        // session 15 (eval27c: the past of an act still to come): 0.958 → 0.967
        check(DevSet.BLIND_H, 0.967, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.93),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.97), Map.entry(ErrorCategory.HONORIFIC, 0.91),
                Map.entry(ErrorCategory.ENDING, 0.94), Map.entry(ErrorCategory.TENSE, 1.00),
                Map.entry(ErrorCategory.SPELLING, 1.00), Map.entry(ErrorCategory.SPACING, 1.00),
                Map.entry(ErrorCategory.WORD_ORDER, 0.91), Map.entry(ErrorCategory.VOCABULARY, 0.98),
                Map.entry(ErrorCategory.INCOMPLETE, 0.84)),
                0.768, 0);
    }

    /**
     * Set I (the seventh blind set, scored sealed before and after session 5's third round: 0.810 →
     * 0.810, 10 of 80 correct answers failed; unsealed for session 6). Session 6 (eval6a: precision
     * classes; eval6b: re-synthesis of malformed predicates; eval6c: negation placement and place
     * particles by the verb's frame): 0.920, no correct answer failed, span 0.536 → 0.664.
     */
    @Test
    void seventhBlindSet() {
        // session 6 round 2 (counters, honorific words, confusables): 0.920 → 0.950, honorific 0.92 → 0.94,
        // vocabulary 0.85 → 1.00, span 0.664 → 0.721
        // session 7: 해요체 in a formal activity is a note that passes (honorific/formal_level), which I's
        // writers marked as an error three times: 0.950 → 0.940 with the other work of the session
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        // session 17 (s17c: an adjective's -고 before a coming): ending 0.98 → 1.0, span 0.829 → 0.843
        check(DevSet.BLIND_I, 0.955, Map.ofEntries(Map.entry(ErrorCategory.HONORIFIC, 0.94),
                Map.entry(ErrorCategory.ENDING, 1.0), Map.entry(ErrorCategory.TENSE, 0.97),
                Map.entry(ErrorCategory.SPELLING, 0.94), Map.entry(ErrorCategory.SPACING, 1.00),
                Map.entry(ErrorCategory.WORD_ORDER, 0.75),
                Map.entry(ErrorCategory.INCOMPLETE, 0.91)),
                0.843, 0);
    }

    /**
     * Set J (the eighth blind set, scored sealed before and after session 6: 0.770 → 0.780, 8 → 9
     * correct answers failed; unsealed at the end of session 6). Held here at session 6's figure after
     * the 안 되다 fix, false alarms included, so that the next round can only lower them: 0.785, 8 of
     * 80 correct answers failed, span 0.500. eval8's re-synthesis gaps (past contraction, modifier forms,
     * -자요): 0.810, ending 0.39 → 0.61, span 0.536.
     */
    @Test
    void eighthBlindSet() {
        // session 7 round 1 (lead: artefacts from unseen correct answers; eval9a: precision classes; eval9b:
        // particles by the predicate's frame; eval9c: parts of the task, request endings): 0.810 → 0.915,
        // 8 → 0 correct answers failed, span 0.536 → 0.621
        // session 13 (eval21e: 지난 for 이번 in a wish, 바꾸다 for 갈아타다): 0.940 → 0.945, vocabulary 0.83 → 0.89
        // session 14 (eval24e: 일 잔 read as a number where the accepted answer counts with 하나): vocabulary 0.89 → 0.92
        // session 16 (eval30d, words and parts): 0.945 → 0.955, vocabulary 0.92 → 0.98, span 0.621 → 0.800
        check(DevSet.BLIND_J, 0.955, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_WRONG, 0.96),
                Map.entry(ErrorCategory.HONORIFIC, 0.97), Map.entry(ErrorCategory.ENDING, 0.79),
                Map.entry(ErrorCategory.TENSE, 0.80), Map.entry(ErrorCategory.SPELLING, 0.79),
                Map.entry(ErrorCategory.SPACING, 1.00), Map.entry(ErrorCategory.WORD_ORDER, 0.86),
                Map.entry(ErrorCategory.VOCABULARY, 0.98), Map.entry(ErrorCategory.INCOMPLETE, 0.86)),
                0.814, 0);
    }

    /**
     * Set K (the ninth blind set, session 7: 200 answers, 80 correct; scored sealed before and after
     * the session's first round: 0.810 → 0.850, 12 → 6 correct answers failed, span 0.596 → 0.614;
     * unsealed for the second round).
     */
    @Test
    void ninthBlindSet() {
        // session 7 round 2 (eval10a: precision; eval10b: malformed forms, honorific words; eval10c: tense,
        // request statements, 안/못): 0.850 → 0.925, 6 → 2 correct answers failed, span 0.614 → 0.675
        // session 8 (eval11a–d, eval12a–d, lead): 0.925 → 0.960, 2 → 0 correct answers failed
        // session 13 (eval21a): honorific floor raised (no formal-level note where 해요체 answers the task)
        // session 16 (eval30d, words and parts): incomplete 0.63 → 0.88, span 0.675 → 0.910
        // session 17 (s17c: the 합쇼체 past of the accepted predicate): tense 0.83 → 0.96, span 0.910 → 0.934
        // session 29 (s29d: the place of a loss beside the thing lost): particle_missing 0.67 → 1.00
        check(DevSet.BLIND_K, 0.99, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 1.00),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00), Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00),
                Map.entry(ErrorCategory.HONORIFIC, 1.0), Map.entry(ErrorCategory.ENDING, 0.96),
                Map.entry(ErrorCategory.TENSE, 0.96), Map.entry(ErrorCategory.SPELLING, 0.91),
                Map.entry(ErrorCategory.SPACING, 1.00), Map.entry(ErrorCategory.WORD_ORDER, 0.91),
                Map.entry(ErrorCategory.VOCABULARY, 0.97), Map.entry(ErrorCategory.INCOMPLETE, 0.88)),
                0.934, 0);
    }

    /**
     * Set L (the tenth blind set, session 7: 200 answers, 80 correct; scored sealed before and after
     * the session's second round: 0.800 → 0.805, 8 → 6 correct answers failed, span 0.492 both;
     * 0.755 with 10 failed on the code of the session's start). Unsealed at the end of session 7 and
     * used for development in session 8, so optimistic from then on.
     */
    @Test
    void tenthBlindSet() {
        // session 8 (L was the round's development set for endings, particles, tense, spelling, spacing and
        // word order): 0.805 → 0.945, 6 → 0 correct answers failed, span 0.492 → 0.727
        // session 13 (eval21a): honorific floor raised (no formal-level note where 해요체 answers the task)
        // session 16 (eval30d, words and parts): 0.955 → 0.965, vocabulary 0.81 → 0.88, span 0.727 → 0.781
        check(DevSet.BLIND_L, 0.97, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.0),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00),
                Map.entry(ErrorCategory.HONORIFIC, 1.0), Map.entry(ErrorCategory.INCOMPLETE, 0.89),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.97),
                Map.entry(ErrorCategory.ENDING, 0.85), Map.entry(ErrorCategory.TENSE, 0.91),
                Map.entry(ErrorCategory.SPELLING, 0.85), Map.entry(ErrorCategory.SPACING, 1.00),
                Map.entry(ErrorCategory.WORD_ORDER, 1.00), Map.entry(ErrorCategory.VOCABULARY, 0.88)),
                0.792, 0);
    }

    /**
     * Set M (the eleventh blind set, session 8: 200 answers, 80 written correct, 130 gold errors; its six
     * spacing-only items relabelled passed, the product's policy, so 86 correct; scored sealed before and
     * after the session's first round: 0.835 → 0.870, 3 → 2 correct answers failed, span 0.592 → 0.646),
     * then unsealed and used for development in the session's second round.
     */
    @Test
    void eleventhBlindSet() {
        // session 8 round 2 (M was the development set of eval12a–d): 0.870 → 0.970, 2 → 0 failed, span 0.646 → 0.831
        // session 13 (eval21a): honorific floor raised (no formal-level note where 해요체 answers the task)
        // session 16 (eval30d, words and parts): 0.984 → 0.990, incomplete 0.88 → 1.0, span 0.831 → 0.938
        check(DevSet.BLIND_M, 1.0, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00),
                Map.entry(ErrorCategory.HONORIFIC, 1.0), Map.entry(ErrorCategory.ENDING, 0.93),
                Map.entry(ErrorCategory.TENSE, 0.96), Map.entry(ErrorCategory.SPELLING, 0.97),
                Map.entry(ErrorCategory.SPACING, 0.94), Map.entry(ErrorCategory.VOCABULARY, 1.00),
                Map.entry(ErrorCategory.INCOMPLETE, 1.0)),
                0.962, 0); // session 14 (eval24b): tense 0.88 → 0.92 (끝났고 → 끝나고 named a tense slip)
    }

    /**
     * Set O (the twelfth blind set, session 8: 200 answers, 80 written correct, 129 gold errors; its six
     * spacing-only items relabelled passed, so 86 correct; written during the session's first round,
     * sealed, scored before and after the second round: 0.850 → 0.865, 6 → 6 correct answers failed, span
     * 0.612 → 0.620; 0.840 on the code of the session's start). Unsealed after the second round and used
     * for development in the third.
     */
    @Test
    void twelfthBlindSet() {
        // session 8 round 3 (eval13a: O's and O3's false alarms as classes; the lead: -게 되었다): 0.865 → 0.895,
        // 6 → 0 correct answers failed
        // session 13 (eval21a): honorific floor raised (no formal-level note where 해요체 answers the task)
        // session 15 (eval27c: a when-question in the past about what is still to come): 0.920 → 0.925
        // session 16 (eval30d, words and parts): 0.925 → 0.945, vocabulary 0.69 → 0.90, incomplete 0.86 → 0.96,
        // span 0.620 → 0.791
        // session 16 (eval30e: -(으)시- on a thing or the speaker, an elder's verbs, favours): 0.925 → 0.935,
        // honorific 0.89 → 0.93, span 0.620 → 0.775 (the floor had stayed where the set was first scored)
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        // session 20 (s20d, OmissionsBesideSlips): particle_missing 0.86 → 0.93, span 0.837 → 0.845
        check(DevSet.BLIND_O, 0.975, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.93),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00), Map.entry(ErrorCategory.PARTICLE_WRONG, 0.9),
                Map.entry(ErrorCategory.HONORIFIC, 0.93), Map.entry(ErrorCategory.ENDING, 1.00),
                Map.entry(ErrorCategory.TENSE, 0.91), Map.entry(ErrorCategory.SPELLING, 1.00),
                Map.entry(ErrorCategory.SPACING, 0.93), Map.entry(ErrorCategory.WORD_ORDER, 1.00),
                Map.entry(ErrorCategory.VOCABULARY, 0.93), Map.entry(ErrorCategory.INCOMPLETE, 0.96)), 0.853, 0);
    }

    /**
     * Set Q (session 9): 400 answers by four blind writers, a development set from the start (the
     * honest figures of the session are the sealed sets P and R, in {@code sealed/README.md}).
     */
    @Test
    void setQ() {
        // session 16 (eval30c: ending and tense classes across writers, 안/못 out of tense spans): floors of Q, X, Y,
        // R, I, J, K, L, M, O and the probes it moved raised to its figures
        // session 9 (eval14a–e: precision, endings and tense, vocabulary and incomplete, particles and
        // honorifics, spans): 0.823 → 0.935, 9 → 0 correct answers failed, span 0.569 → 0.781; session 10
        // (eval16a–e, P the main development set): 0.938 → 0.953, span 0.788 → 0.847
        // session 13 (eval21a): honorific floor raised (no formal-level note where 해요체 answers the task)
        // session 13 (eval21e: an adjective for the accepted verb before a request is a wrong word): vocabulary 0.96 → 0.99,
        // ending 0.91 → 0.93
        // session 15 (eval27c: the past of an act still to come): 0.958 → 0.960, tense 0.77 → 0.80
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        check(DevSet.BLIND_Q, 0.985, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_WRONG, 0.99),
                Map.entry(ErrorCategory.HONORIFIC, 0.96), Map.entry(ErrorCategory.ENDING, 0.98),
                Map.entry(ErrorCategory.TENSE, 0.98), Map.entry(ErrorCategory.SPELLING, 0.98),
                Map.entry(ErrorCategory.WORD_ORDER, 0.91), Map.entry(ErrorCategory.VOCABULARY, 0.99),
                Map.entry(ErrorCategory.INCOMPLETE, 0.91)),
                0.920, 0); // span 0.913 → 0.917: session 18 (s18d); → 0.920: session 27 (s27e)
    }

    /**
     * Set P (session 8's sealed set, unsealed as the development set of session 10): 200 answers by two
     * blind writers. The honest figures of session 10 are the sealed sets T and R ({@code sealed/README.md}).
     */
    @Test
    void setP() {
        // session 10 (eval16a–e: honorifics and register, one-to-many words, own conjugation, precision and
        // negation placement, spans): 0.860 → 0.970, 6 → 0 correct answers failed, span 0.690 → 0.891;
        // session 12 (eval19–20): 0.980, span 0.930
        // session 13 (eval21a): honorific floor raised (no formal-level note where 해요체 answers the task)
        // session 16 (eval30d, words and parts): 0.980 → 0.985, incomplete 0.80 → 0.94, span 0.930 → 0.938
        check(DevSet.BLIND_P, 0.985, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.93),
                Map.entry(ErrorCategory.HONORIFIC, 0.93), Map.entry(ErrorCategory.ENDING, 0.95),
                Map.entry(ErrorCategory.TENSE, 1.00), Map.entry(ErrorCategory.SPELLING, 0.96),
                Map.entry(ErrorCategory.SPACING, 0.94), Map.entry(ErrorCategory.WORD_ORDER, 1.00),
                Map.entry(ErrorCategory.VOCABULARY, 0.95), Map.entry(ErrorCategory.INCOMPLETE, 0.94)),
                0.938, 0);
    }

    /**
     * Set R (session 9's sealed set, unsealed as a development set at the start of session 11): 200
     * answers by two blind writers. The honest figures of session 11 are the sealed sets T, U and V
     * ({@code sealed/README.md}).
     */
    @Test
    void setR() {
        // session 11 (eval18a–c: precision as conditions on the evidence; eval18d: one precedence rule):
        // 0.825 → 0.865, 8 → 0 correct answers failed, span 0.659 → 0.682; session 12 (eval19–20): 0.885, span 0.712;
        // session 13 (eval21d: a thing with 이/가 before an active verb): 0.890, span 0.720, particle_wrong 0.92
        // session 16 (eval30d, words and parts): 0.890 → 0.900, vocabulary 0.81 → 0.90, span 0.720 → 0.735
        // session 16 (eval30e: -(으)시- on a thing or the speaker, an elder's verbs, favours): 0.890 → 0.895,
        // honorific 0.77 → 0.88, span 0.720 → 0.727
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        // session 17 (s17c: the 합쇼체 past of the accepted predicate): floor raised to 0.930, tense 0.96, span 0.788
        // session 23 (HeldOutPrecision: another word alone no longer fails, held-out figures in docs/evaluation.md):
        // lowered to the figure reached, ending 0.86 → 0.83
        // session 23 (s23b, SlipsOfForm: 빌려고 for 빌려서 named an ending before the gate): ending 0.83 → 0.86
        check(DevSet.BLIND_R, 0.93, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00),
                Map.entry(ErrorCategory.HONORIFIC, 0.88), Map.entry(ErrorCategory.ENDING, 0.86),
                Map.entry(ErrorCategory.TENSE, 0.96), Map.entry(ErrorCategory.SPELLING, 0.87),
                Map.entry(ErrorCategory.WORD_ORDER, 0.57), Map.entry(ErrorCategory.VOCABULARY, 0.93),
                Map.entry(ErrorCategory.INCOMPLETE, 0.95)), 0.803, 0);
    }

    /**
     * Set U (session 11's sealed set, unsealed as a development set at the start of session 12): 200
     * answers by two blind writers. The honest figures of session 12 are the sealed sets T, V and W
     * ({@code sealed/README.md}).
     */
    @Test
    void setU() {
        // session 12 (eval19a–d: vocabulary paraphrases, particles by the governing verb, endings and tense,
        // honorifics/spelling/counters; eval19e, eval20a–d): 0.885 → 0.960, 4 → 0 correct answers failed, span 0.729 → 0.876
        // session 13 (eval21a): honorific floor raised (no formal-level note where 해요체 answers the task)
        // session 13 (eval21e: 지난 for 이번 in a proposal): 0.960 → 0.965, vocabulary 0.87 → 0.90, span 0.876 → 0.884
        // session 16 (eval30d, words and parts): 0.965 → 0.970, vocabulary 0.90 → 0.94, span 0.884 → 0.899
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        check(DevSet.BLIND_U, 0.97, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 1.0),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.0), Map.entry(ErrorCategory.PARTICLE_WRONG, 1.0),
                Map.entry(ErrorCategory.HONORIFIC, 0.90), Map.entry(ErrorCategory.ENDING, 1.0),
                Map.entry(ErrorCategory.TENSE, 1.0), Map.entry(ErrorCategory.SPELLING, 1.0),
                Map.entry(ErrorCategory.SPACING, 0.96), Map.entry(ErrorCategory.WORD_ORDER, 0.86),
                Map.entry(ErrorCategory.VOCABULARY, 0.94), Map.entry(ErrorCategory.INCOMPLETE, 1.0)),
                0.93, 0);
    }

    /**
     * Set W (sealed in session 12: 200 answers, 87 correct, two writers; unsealed at the start of session 13).
     */
    @Test
    void setW() {
        // session 13 (eval21a: precision classes of W and W3; eval21b–e: register, endings and spelling,
        // particles, vocabulary/tense/order/incomplete): 0.895 → 0.970, 1 → 0 correct answers failed, span 0.763 → 0.924
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        // session 23 (HeldOutPrecision: another word alone no longer fails, held-out figures in docs/evaluation.md):
        // lowered to the figure reached, vocabulary 1.00 → 0.96
        // session 27 (s27f, PromptItems: 인천공항으로, 금요일 저녁에): 97.0 → 98.0 %, incomplete 0.77 → 0.93
        check(DevSet.BLIND_W, 0.98, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.0),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.0),
                Map.entry(ErrorCategory.HONORIFIC, 0.94), Map.entry(ErrorCategory.ENDING, 1.0),
                Map.entry(ErrorCategory.TENSE, 1.0), Map.entry(ErrorCategory.SPELLING, 0.95),
                Map.entry(ErrorCategory.SPACING, 1.00), Map.entry(ErrorCategory.WORD_ORDER, 1.0),
                Map.entry(ErrorCategory.VOCABULARY, 0.96), Map.entry(ErrorCategory.INCOMPLETE, 0.93)),
                0.939, 0); // session 15 (eval27e: 입니다 written apart after a vowel): span 0.924 → 0.931
    }

    /**
     * Set X (sealed in session 13: 200 answers, 85 correct; unsealed at the start of session 14).
     */
    @Test
    void setX() {
        // session 14 (eval24e: correct answers failed, as classes of WordingChoices; -러 before 하다, 저기 for 저기요):
        // 0.875 → 0.895, 4 → 0 correct answers failed, span 0.738 → 0.746; 일 before a native counter, 에 for a bare goal: span → 0.762
        // session 16 (eval30d, words and parts): 0.895 → 0.940, vocabulary 0.76 → 0.98, span 0.762 → 0.846
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        check(DevSet.BLIND_X, 0.965, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_WRONG, 0.97),
                Map.entry(ErrorCategory.ENDING, 0.97), Map.entry(ErrorCategory.TENSE, 0.96),
                Map.entry(ErrorCategory.SPELLING, 1.00), Map.entry(ErrorCategory.WORD_ORDER, 0.75),
                Map.entry(ErrorCategory.VOCABULARY, 0.98)),
                0.90, 0); // span 0.846 → 0.900: session 18 (s18d)
    }

    /**
     * Set AA (sealed in session 15: 200 answers by two blind writers, 82 correct after the spacing relabel, 131 gold
     * errors, 92.5 → 93.0 % that session; unsealed at the start of session 16). Its remaining honorific misses include
     * 해요체 to a friend ×2, which the precision-first policy accepts.
     */
    @Test
    void setAA() {
        // session 16 (eval30a–e, eval31a and the lead): 0.930 → 0.980, 1 → 0 correct answers failed, span 0.842 → 0.925;
        // vocabulary 0.80 → 1.0, incomplete 0.86 → 0.93, honorific 0.90 → 0.93, ending 0.94 → 1.0, particle_wrong 0.97 → 1.0
        // session 17 (s17c: the 합쇼체 past of the accepted predicate): 0.980 → 0.985, tense 0.96 → 1.0, span 0.925 → 0.932
        check(DevSet.BLIND_AA, 0.985, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.0),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.0), Map.entry(ErrorCategory.HONORIFIC, 0.93),
                Map.entry(ErrorCategory.ENDING, 1.0), Map.entry(ErrorCategory.TENSE, 1.0),
                Map.entry(ErrorCategory.SPELLING, 0.96), Map.entry(ErrorCategory.SPACING, 0.94),
                Map.entry(ErrorCategory.WORD_ORDER, 1.0), Map.entry(ErrorCategory.VOCABULARY, 1.0),
                Map.entry(ErrorCategory.INCOMPLETE, 0.93)),
                0.932, 0);
    }

    /**
     * Set AB (sealed in session 16: 200 answers by two blind writers, 85 correct after the spacing relabel, 140 gold
     * errors, 90.0 % throughout that session; unsealed at the start of session 17). Its two honorific misses are 해요체
     * to a friend, which the precision-first policy accepts; its particle miss is 도서관에 내려, which the dictionary
     * gives with 에 (내리다 「…에」).
     */
    @Test
    void setAB() {
        // session 17 (s17a–e): 0.900 → 0.985, 3 → 0 correct answers failed, span 0.829 → 0.964; particle_wrong 0.83 →
        // 0.97, honorific 0.89 → 0.95, ending 0.83 → 1.0, tense 0.89 → 1.0, vocabulary 0.82 → 1.0
        // session 20 (s20b: a name called with 아/야 before 해요체): 0.985 → 0.990, span 0.964 → 0.971, honorific 0.95 → 0.97
        check(DevSet.BLIND_AB, 0.99, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 1.0),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.0), Map.entry(ErrorCategory.PARTICLE_WRONG, 0.97),
                Map.entry(ErrorCategory.HONORIFIC, 0.97), Map.entry(ErrorCategory.ENDING, 1.0),
                Map.entry(ErrorCategory.TENSE, 1.0), Map.entry(ErrorCategory.SPELLING, 1.0),
                Map.entry(ErrorCategory.SPACING, 1.0), Map.entry(ErrorCategory.WORD_ORDER, 1.0),
                Map.entry(ErrorCategory.VOCABULARY, 1.0), Map.entry(ErrorCategory.INCOMPLETE, 1.0)),
                0.971, 0);
    }

    /**
     * Set AC (sealed in session 17: 200 answers by two blind writers, 85 correct after the spacing relabel, 121 gold
     * errors on the failed items, 93.5 % throughout that session; unsealed at the start of session 18).
     */
    @Test
    void setAC() {
        // session 18 start: the figures it was sealed with (93.5 %; F1 particle_wrong 0.91, ending 0.89, tense 0.92,
        // spelling 0.92, word_order 0.67, vocabulary 0.78); accuracy and F1 after s18c's recall classes (spelling
        // and word_order 1.00, the default)
        check(DevSet.BLIND_AC, 0.985, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_WRONG, 0.94),
                Map.entry(ErrorCategory.HONORIFIC, 0.92), Map.entry(ErrorCategory.ENDING, 0.92),
                Map.entry(ErrorCategory.TENSE, 0.96), Map.entry(ErrorCategory.VOCABULARY, 0.96),
                Map.entry(ErrorCategory.INCOMPLETE, 1.00)),
                0.921, 0); // span 0.802 → 0.841 (s18d, span convention classes) → 0.921 (with s18c's recall classes)
    }

    /** The twelfth-wave recall probe (session 18): honorific, ending and incomplete errors by a fresh blind writer. */
    @Test
    void probe12Recall() {
        // session 18 start: 81.0 %, 1 of 25 correct answers failed, span 51.9 %; after s18c: 84.0 %, span 55.6 %;
        // after s19b: 85.0 %, span 56.8 %; session 22 (s22b, grammar recall classes): 86.0 %, span 65.4 %
        // session 27 (s27f, PromptItems: 내일, 주말에): 88.0 %, incomplete 0.89 → 0.94
        check(DevSet.PROBE12_RECALL, 0.88, Map.ofEntries(Map.entry(ErrorCategory.HONORIFIC, 0.88),
                Map.entry(ErrorCategory.ENDING, 0.85), Map.entry(ErrorCategory.INCOMPLETE, 0.94),
                Map.entry(ErrorCategory.TENSE, 0.0), Map.entry(ErrorCategory.WORD_ORDER, 0.0),
                Map.entry(ErrorCategory.VOCABULARY, 1.00)),
                0.654, 0); // session 19: span 0.556 → 0.630 (s19d, span classes) → 0.642 (with s19b, s19e); session 25 (s25a): 1 → 0 of 25 failed
    }

    /** The thirteenth-wave recall probe (session 18, held out during that session; a development set from session 19). */
    @Test
    void probe13Recall() {
        // session 18: 85.0 % at the start, 86.0 % at the end (held out), 0 of 25 correct answers failed, span 58.1 %;
        // after s19b: 87.0 %, span 61.6 %; after s26g: 88.0 %, span 69.8 % (taxi-04, 걸리세요 → 걸려요)
        // session 27 (s27f, PromptItems: 내일 파티에): 89.0 %, span 70.9 %, incomplete 0.88 → 0.92
        check(DevSet.PROBE13_RECALL, 0.89, Map.ofEntries(Map.entry(ErrorCategory.HONORIFIC, 0.87),
                Map.entry(ErrorCategory.ENDING, 0.79), Map.entry(ErrorCategory.INCOMPLETE, 0.92),
                Map.entry(ErrorCategory.TENSE, 1.00), Map.entry(ErrorCategory.SPELLING, 0.0),
                Map.entry(ErrorCategory.VOCABULARY, 0.0)),
                0.709, 0); // session 19: span 0.581 → 0.628 (s19d, span classes) → 0.663 (with s19b, s19e)
    }

    /**
     * Set AD (sealed in session 18: 200 answers by two blind writers, 82 correct after the spacing relabel, 137 gold
     * errors on the failed items, 90.5 % throughout that session; unsealed at the start of session 19).
     */
    @Test
    void setAD() {
        // session 19 start: the figures it was sealed with (90.5 %, 6 of 82 correct answers failed, span 79.1 %);
        // s19c: 93.5 %, 5 of 82, span 82.7 %, vocabulary 0.83 → 0.94, incomplete 0.67 → 0.82
        check(DevSet.BLIND_AD, 0.985, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.80),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00), Map.entry(ErrorCategory.PARTICLE_WRONG, 0.96),
                Map.entry(ErrorCategory.HONORIFIC, 0.92), Map.entry(ErrorCategory.ENDING, 0.98),
                Map.entry(ErrorCategory.SPELLING, 0.97), Map.entry(ErrorCategory.VOCABULARY, 0.97),
                Map.entry(ErrorCategory.INCOMPLETE, 0.93)),
                0.921, 0); // s19d (span classes) alone: span 0.791 → 0.820; all five session 19 helpers merged:
        // 98.5 %, 0 of 82, span 92.1 % (s19a precision, s19b/s19c recall, s19d spans, s19e categories)
    }

    /**
     * Set AE (sealed in session 19: 200 answers by two blind writers, 83 correct after the spacing relabel, 138 gold
     * errors on the failed items, 93.5 → 94.0 % in that session; unsealed at the start of session 20).
     */
    @Test
    void setAE() {
        // session 20 start: the figures it had at the end of session 19 (94.0 %, 3 of 83 correct answers failed, span 82.3 %);
        // session 20 (s20a): 95.5 %, 0 of 83 after the precision classes of SpokenVariants and others
        // s20b (honorific and ending recall): 94.0 → 95.5 %, span 82.3 → 87.2 %, honorific 0.83 → 0.92, ending 0.92 →
        // 0.97, tense 0.92 → 0.96
        // s20c: 95.0 %, vocabulary 0.86 → 0.95, span 84.4 % (the wider confusion lexicon: 텐트, 화면이 깼는데, 사진을 가져가도)
        // session 20 start: the figures it had at the end of session 19 (94.0 %, 3 of 83 correct answers failed, span 82.3 %)
        // session 20 (s20d, OmissionsBesideSlips): accuracy 0.940 → 0.945, particle_missing 0.80 → 1.00, incomplete
        // 0.77 → 0.93, span 0.823 → 0.844
        // all five session-20 helpers and the lead merged: 98.5 %, 0 of 83, span 91.5 %
        check(DevSet.BLIND_AE, 0.985, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 1.00),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.97), Map.entry(ErrorCategory.HONORIFIC, 0.92),
                Map.entry(ErrorCategory.ENDING, 0.97), Map.entry(ErrorCategory.TENSE, 0.96),
                Map.entry(ErrorCategory.SPELLING, 0.93), Map.entry(ErrorCategory.SPACING, 0.95),
                Map.entry(ErrorCategory.WORD_ORDER, 0.80), Map.entry(ErrorCategory.VOCABULARY, 0.97),
                Map.entry(ErrorCategory.INCOMPLETE, 1.00)),
                0.915, 0);
    }

    /**
     * Set AF (200 answers by two blind writers at the start of session 20, 86 correct, 121 gold errors on the failed
     * items; sealed during session 20 at 92.5 %, 3 of 86 correct answers failed; unsealed at the start of session 21).
     */
    @Test
    void setAF() {
        // session 21 start: the figures it had at the end of session 20 (92.5 %, 3 of 86 correct answers failed, span 83.6 %)
        // session 21 (s21a, ChosenConstructions): 92.5 → 94.0 %, 3 → 0 of 86; particle_wrong 0.96 → 1.00, spelling
        // 0.94 → 0.97, vocabulary 0.78 → 0.82
        // s21b (noun phrases turned round): 93.0 %, span 85.2 %, word_order 0.92 → 1.00
        // s21c (lexicon): 94.0 %, span 85.9 %, vocabulary 0.78 → 0.92
        // all four session-21 helpers merged: 96.0 %, 0 of 86, span 87.5 %, vocabulary 0.96
        check(DevSet.BLIND_AF, 0.96, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.83),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00), Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00),
                Map.entry(ErrorCategory.HONORIFIC, 0.93), Map.entry(ErrorCategory.ENDING, 0.85),
                Map.entry(ErrorCategory.TENSE, 1.00), Map.entry(ErrorCategory.SPELLING, 0.97),
                Map.entry(ErrorCategory.SPACING, 0.94), Map.entry(ErrorCategory.WORD_ORDER, 1.00),
                Map.entry(ErrorCategory.VOCABULARY, 0.96), Map.entry(ErrorCategory.INCOMPLETE, 0.89)),
                0.875, 0);
    }

    /**
     * Set AH (200 answers by two blind writers at the start of session 22, 85 correct, 121 gold errors on the failed
     * items; sealed during session 22 at 92.5 %, 4 of 85 correct answers failed; unsealed in session 23).
     */
    @Test
    void setAH() {
        // session 23: the figures it had when unsealed, after the held-out gate (92.5 %, 4 of 85, span 81.7 %)
        // session 25 (s25a, false alarms as classes): 94.5 %, 0 of 85
        // session 27 (s27d, honorifics): 95.5 %, 0 of 85, span 84.9 %, honorific 0.95 → 0.97
        check(DevSet.BLIND_AH, 0.955, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.80),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.93), Map.entry(ErrorCategory.HONORIFIC, 0.97),
                Map.entry(ErrorCategory.ENDING, 0.73), Map.entry(ErrorCategory.TENSE, 0.92),
                Map.entry(ErrorCategory.SPELLING, 0.85), Map.entry(ErrorCategory.VOCABULARY, 0.90),
                Map.entry(ErrorCategory.INCOMPLETE, 0.90)),
                0.849, 0);
    }

    /**
     * Set AI (200 answers by two blind writers at the start of session 23, 86 correct, 123 gold errors on the failed
     * items; sealed during session 23 at 92.5 → 93.0 %, 3 of 86 correct answers failed; unsealed in session 24).
     */
    @Test
    void setAI() {
        // session 24: unsealed at 93.0 %, 3 of 86, span 83.7 %; after the lead's acceptedWord and s24a/s24b merged:
        // 96.0 %, 1 of 86, span 89.1 %; session 25 (s25a): 96.5 %, 0 of 86, ending 0.86 → 0.89; all of session 25 merged
        // (s25a–s25e and the lead): 99.5 %, 0 of 86, span 94.6 %
        check(DevSet.BLIND_AI, 0.995, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 1.00),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00), Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00),
                Map.entry(ErrorCategory.HONORIFIC, 1.00), Map.entry(ErrorCategory.ENDING, 0.92),
                Map.entry(ErrorCategory.TENSE, 0.89), Map.entry(ErrorCategory.SPELLING, 0.97),
                Map.entry(ErrorCategory.SPACING, 0.94), Map.entry(ErrorCategory.WORD_ORDER, 1.00),
                Map.entry(ErrorCategory.VOCABULARY, 1.00), Map.entry(ErrorCategory.INCOMPLETE, 1.00)),
                0.946, 0);
    }

    /**
     * Set AR (200 answers by two blind writers in session 33, 82 correct after the spacing relabel, 196 gold errors;
     * sealed during session 33 at 92.0 → 92.0 %, 2 of 82 correct answers failed, span 71.9 → 71.9 %; unsealed in
     * session 34).
     */
    @Test
    void setAR() {
        // session 34: unsealed at 92.0 %, 2 of 82, span 71.9 %; s34a (verb frames as data): 93.5 %, span 77.0 %,
        // particle_missing 0.58 → 0.83, particle_wrong 0.69 → 0.90; s34b (precision classes): 0 of 82; s34c (structural
        // checks): 94.0 %, span 76.0 %; s34d (confusables, task parts): 93.5 %, vocabulary 0.92, incomplete 0.84
        // all four merged: 98.0 %, 0 of 82, span 84.7 %
        check(DevSet.BLIND_AR, 0.98, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.83),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.90), Map.entry(ErrorCategory.HONORIFIC, 0.97),
                Map.entry(ErrorCategory.ENDING, 0.92), Map.entry(ErrorCategory.TENSE, 0.91),
                Map.entry(ErrorCategory.SPELLING, 0.94), Map.entry(ErrorCategory.SPACING, 0.94),
                Map.entry(ErrorCategory.WORD_ORDER, 0.93), Map.entry(ErrorCategory.VOCABULARY, 0.97),
                Map.entry(ErrorCategory.INCOMPLETE, 0.84)),
                0.847, 0);
    }

    /**
     * Set AV (200 answers by two blind writers in session 37, 81 correct, 168 gold errors; sealed during session 37 at
     * 91.0 → 91.0 %, 4 of 81 correct answers failed, span 73.8 → 74.4 %; unsealed in session 38).
     */
    @Test
    void setAV() {
        // session 38: unsealed at 91.0 %, 4 of 81, span 74.4 %; s38a–s38d: 99.0 %, 0 of 81, span 94.0 %
        check(DevSet.BLIND_AV, 0.99, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 1.00),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00), Map.entry(ErrorCategory.HONORIFIC, 1.00),
                Map.entry(ErrorCategory.ENDING, 1.00), Map.entry(ErrorCategory.TENSE, 1.00),
                Map.entry(ErrorCategory.SPELLING, 1.00), Map.entry(ErrorCategory.SPACING, 1.00),
                Map.entry(ErrorCategory.WORD_ORDER, 1.00), Map.entry(ErrorCategory.VOCABULARY, 0.97),
                Map.entry(ErrorCategory.INCOMPLETE, 0.92)),
                0.94, 0);
    }

    /**
     * Set AU (200 answers by two blind writers in session 36, 86 correct, 145 gold errors; sealed during session 36 at
     * 91.0 → 92.0 %, 2 of 86 correct answers failed, span 72.4 → 73.8 %; unsealed in session 37).
     */
    @Test
    void setAU() {
        // session 37: unsealed at 92.0 %, 2 of 86, span 73.8 %; after s37a–s37d (precision and wrong reasons, particles
        // that carry meaning, units and order, endings and tense, spans of left-out parts): 97.5 %, 0 of 86, span 91.0 %
        check(DevSet.BLIND_AU, 0.975, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 1.00),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.96), Map.entry(ErrorCategory.HONORIFIC, 0.97),
                Map.entry(ErrorCategory.ENDING, 0.94), Map.entry(ErrorCategory.TENSE, 0.96),
                Map.entry(ErrorCategory.SPELLING, 0.96), Map.entry(ErrorCategory.SPACING, 1.00),
                Map.entry(ErrorCategory.WORD_ORDER, 0.96), Map.entry(ErrorCategory.VOCABULARY, 1.00),
                Map.entry(ErrorCategory.INCOMPLETE, 0.86)),
                0.910, 0);
    }

    /**
     * Set AT (200 answers by two blind writers in session 35, 80 correct, 190 gold errors; sealed during session 35 at
     * 86.5 → 87.0 %, 3 of 80 correct answers failed, span 67.9 → 68.4 %; unsealed in session 36).
     */
    @Test
    void setAT() {
        // session 36: unsealed at 87.0 %, 3 of 80, span 68.4 %; after s36a (precision classes), s36b (tense frames),
        // s36c (misused words, modifiers after their head, spacing of 안/못) and s36d (particles, honorifics, endings
        // on the learner's own words): 99.0 %, 0 of 80, span 88.9 %
        check(DevSet.BLIND_AT, 0.99, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.90),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.97), Map.entry(ErrorCategory.HONORIFIC, 1.00),
                Map.entry(ErrorCategory.ENDING, 0.94), Map.entry(ErrorCategory.TENSE, 1.00),
                Map.entry(ErrorCategory.SPELLING, 1.00), Map.entry(ErrorCategory.SPACING, 1.00),
                Map.entry(ErrorCategory.WORD_ORDER, 0.97), Map.entry(ErrorCategory.VOCABULARY, 1.00),
                Map.entry(ErrorCategory.INCOMPLETE, 0.90)),
                0.889, 0);
    }

    /**
     * Set AS (200 answers by two blind writers in session 34, 80 correct, 179 gold errors; sealed during session 34 at
     * 89.5 → 89.5 %, 0 of 80 correct answers failed, span 65.9 → 65.9 %; unsealed in session 35).
     */
    @Test
    void setAS() {
        // session 35: unsealed at 89.5 %, 0 of 80, span 65.9 %; checks without accepted-answer support (s35a words,
        // s35b grammar, s35c guards relaxed where measured safe, lead: partners before 같이): 95.0 %, span 72.1 %
        check(DevSet.BLIND_AS, 0.95, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.86),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 0.97),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.85), Map.entry(ErrorCategory.HONORIFIC, 0.88),
                Map.entry(ErrorCategory.ENDING, 0.86), Map.entry(ErrorCategory.TENSE, 0.87),
                Map.entry(ErrorCategory.SPELLING, 0.84), Map.entry(ErrorCategory.SPACING, 0.90),
                Map.entry(ErrorCategory.WORD_ORDER, 0.77), Map.entry(ErrorCategory.VOCABULARY, 0.86),
                Map.entry(ErrorCategory.INCOMPLETE, 0.81)),
                0.721, 0);
    }

    /**
     * Set AQ (200 answers by two blind writers in session 31, 79 correct, 150 gold errors; sealed during sessions 31
     * and 32 at 88.0 → 88.0 %, 2 of 79 correct answers failed, span 76.7 → 76.7 %; unsealed in session 33).
     */
    @Test
    void setAQ() {
        // session 33: unsealed at 88.0 %, 2 of 79, span 76.7 %; 94.0 %, 2 of 91 after the spacing relabel of 12 items;
        // s33b (the task's act in the past, a modified noun phrase after the verb, a day before its week): 96.0 %, span 79.3 %
        // s33c (particles by the verb's frame, GovernedArguments): 96.0 %, 2 of 91, span 81.3 %
        // s33a: 95.0 %, 0 of 91 (안녕하셨어요, 너는 뭐 했어? asked back)
        // s33d (vocabulary and incomplete classes): 95.0 %, 2 of 91, span 80.7 %, vocabulary 0.83 → 1.00, incomplete
        // 0.76 → 0.96, spelling 0.93 → 0.96 (더 → 덜 no longer a misspelling)
        // all four merged: 100.0 %, 0 of 91, span 88.0 %
        check(DevSet.BLIND_AQ, 1.00, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 1.00),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00), Map.entry(ErrorCategory.HONORIFIC, 0.92),
                Map.entry(ErrorCategory.ENDING, 1.00), Map.entry(ErrorCategory.TENSE, 0.96),
                Map.entry(ErrorCategory.SPELLING, 0.96), Map.entry(ErrorCategory.SPACING, 1.00),
                Map.entry(ErrorCategory.WORD_ORDER, 0.92), Map.entry(ErrorCategory.VOCABULARY, 1.00),
                Map.entry(ErrorCategory.INCOMPLETE, 0.96)),
                0.88, 0);
    }

    /**
     * Set AP (200 answers by two blind writers in session 30, 80 correct, 141 gold errors; sealed during session 30
     * at 89.0 → 89.0 %, 1 of 80 correct answers failed, span 80.1 → 80.1 %; unsealed in session 31).
     */
    @Test
    void setAP() {
        // session 31: unsealed at 89.0 %, 1 of 80, span 80.1 %; session 32 after the merges: 93.0 %, 0 of 80, span
        // 87.2 % (s32c/s32h particles, s32d word order and -시- on a thing, s32e incomplete/vocabulary, s32g titles);
        // session 33: 96.5 %, 0 of 87 after the spacing relabel of 7 items (missed when AP was sealed)
        check(DevSet.BLIND_AP, 0.965, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.96),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.96), Map.entry(ErrorCategory.HONORIFIC, 0.96),
                Map.entry(ErrorCategory.ENDING, 0.92), Map.entry(ErrorCategory.TENSE, 0.92),
                Map.entry(ErrorCategory.SPELLING, 1.00), Map.entry(ErrorCategory.SPACING, 0.94),
                Map.entry(ErrorCategory.WORD_ORDER, 0.87), Map.entry(ErrorCategory.VOCABULARY, 0.96),
                Map.entry(ErrorCategory.INCOMPLETE, 0.96)),
                0.872, 0);
    }

    /**
     * Set AO (200 answers by two blind writers in session 29, 83 correct, 150 gold errors; sealed during session 29
     * at 92.5 → 93.0 %, 2 of 83 correct answers failed, span 77.1 → 78.6 %; unsealed in session 30).
     */
    @Test
    void setAO() {
        // session 30: unsealed at 93.0 %, 2 of 83, span 78.6 %; s30a–s30e merged: 98.5 %, 0 of 83, span 92.1 %
        check(DevSet.BLIND_AO, 0.985, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.96),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00), Map.entry(ErrorCategory.HONORIFIC, 1.00),
                Map.entry(ErrorCategory.ENDING, 1.00), Map.entry(ErrorCategory.TENSE, 0.96),
                Map.entry(ErrorCategory.SPELLING, 1.00), Map.entry(ErrorCategory.SPACING, 0.94),
                Map.entry(ErrorCategory.WORD_ORDER, 1.00), Map.entry(ErrorCategory.VOCABULARY, 0.96),
                Map.entry(ErrorCategory.INCOMPLETE, 0.87)),
                0.921, 0);
    }

    /**
     * Set AN (200 answers by two blind writers in session 28, 82 correct, 171 gold errors; sealed during session 28
     * at 86.5 → 88.5 %, 4 of 82 correct answers failed, span 65.3 → 68.2 %; unsealed in session 29).
     */
    @Test
    void setAN() {
        // session 29: unsealed at 88.5 %, 4 of 82, span 68.2 %; s29a–s29e merged (particle precision, own-time
        // constructions, particle frames, head-first phrases, words and spelling): 99.0 %, 0 of 82, span 91.9 %
        check(DevSet.BLIND_AN, 0.99, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 1.00),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 0.96),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.97), Map.entry(ErrorCategory.HONORIFIC, 1.00),
                Map.entry(ErrorCategory.ENDING, 0.90), Map.entry(ErrorCategory.TENSE, 1.00),
                Map.entry(ErrorCategory.SPELLING, 0.96), Map.entry(ErrorCategory.SPACING, 1.00),
                Map.entry(ErrorCategory.WORD_ORDER, 0.97), Map.entry(ErrorCategory.VOCABULARY, 1.00),
                Map.entry(ErrorCategory.INCOMPLETE, 0.91)),
                0.919, 0);
    }

    /**
     * Set AM (200 answers by two blind writers in session 27, 83 correct, 151 gold errors; sealed during session 27
     * at 89.0 %, 2 of 83 correct answers failed, span 65.6 → 66.2 %; unsealed in session 28).
     */
    @Test
    void setAM() {
        // session 28: unsealed at 89.0 %, 2 of 83, span 66.2 %; s28a–s28e merged: 98.0 %, 1 of 83, span 89.0 %;
        // session 33 (s33a): 1 → 0 (3개월 등록하려고, a duration before a verbal noun)
        check(DevSet.BLIND_AM, 0.98, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.96),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.96), Map.entry(ErrorCategory.HONORIFIC, 1.00),
                Map.entry(ErrorCategory.ENDING, 0.97), Map.entry(ErrorCategory.TENSE, 0.96),
                Map.entry(ErrorCategory.SPELLING, 1.00), Map.entry(ErrorCategory.SPACING, 0.94),
                Map.entry(ErrorCategory.WORD_ORDER, 1.00), Map.entry(ErrorCategory.VOCABULARY, 0.96),
                Map.entry(ErrorCategory.INCOMPLETE, 0.94)),
                0.89, 0);
    }

    /**
     * Set AL (200 answers by two blind writers in session 26, 81 correct, 150 gold errors; sealed during session 26
     * at 85.5 %, 2 of 81 correct answers failed, span 66.2 → 66.9 %; unsealed in session 27).
     */
    @Test
    void setAL() {
        // session 27: unsealed at 85.5 %, 2 of 81, span 66.9 %; s27a–s27h merged: 98.0 %, 0 of 81, span 92.1 %
        check(DevSet.BLIND_AL, 0.98, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.82),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.97), Map.entry(ErrorCategory.HONORIFIC, 0.96),
                Map.entry(ErrorCategory.ENDING, 1.00), Map.entry(ErrorCategory.TENSE, 1.00),
                Map.entry(ErrorCategory.SPELLING, 1.00), Map.entry(ErrorCategory.SPACING, 0.94),
                Map.entry(ErrorCategory.WORD_ORDER, 0.96), Map.entry(ErrorCategory.VOCABULARY, 1.00),
                Map.entry(ErrorCategory.INCOMPLETE, 1.00)),
                0.921, 0);
    }

    /**
     * Set AK (200 answers by two blind writers in session 25, 84 correct, 141 gold errors; sealed during session 25
     * at 90.0 %, 2 of 84 correct answers failed, span 72.4 % at the start and the end; unsealed in session 26).
     */
    @Test
    void setAK() {
        // session 26: unsealed at 90.0 %, 2 of 84, span 72.4 %; with s26a–s26e merged 99.0 %, 0 of 84, span 93.8 %
        check(DevSet.BLIND_AK, 0.99, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 1.00),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00), Map.entry(ErrorCategory.HONORIFIC, 0.96),
                Map.entry(ErrorCategory.ENDING, 0.93), Map.entry(ErrorCategory.TENSE, 1.00),
                Map.entry(ErrorCategory.SPELLING, 1.00), Map.entry(ErrorCategory.SPACING, 0.94),
                Map.entry(ErrorCategory.WORD_ORDER, 1.00), Map.entry(ErrorCategory.VOCABULARY, 1.00),
                Map.entry(ErrorCategory.INCOMPLETE, 0.96)),
                0.938, 0);
    }

    /**
     * Set AJ (200 answers by two blind writers in session 24, 84 correct, 131 gold errors; sealed during session 24
     * at 96.0 %, 1 of 84 correct answers failed, span 91.1 % at the start and the end; unsealed in session 25).
     */
    @Test
    void setAJ() {
        // session 25: unsealed at 96.0 %, 1 of 84, span 91.1 %; s25a: 96.5 %, 0 of 84 (2터미널이요)
        // (particle_missing: no gold error, two false positives on wrong answers, so F1 0.00)
        // session 25 (s25c): errors named right on failed answers, span 91.1 → 94.1 %; particle_wrong 0.94 → 1.00,
        // ending 0.90 → 0.95, spelling 0.98 → 1.00, spacing 0.91 → 1.00, incomplete 0.88 → 0.93
        check(DevSet.BLIND_AJ, 0.965, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.00),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00), Map.entry(ErrorCategory.HONORIFIC, 0.97),
                Map.entry(ErrorCategory.ENDING, 0.95), Map.entry(ErrorCategory.TENSE, 1.00),
                Map.entry(ErrorCategory.SPELLING, 1.00), Map.entry(ErrorCategory.SPACING, 1.00),
                Map.entry(ErrorCategory.WORD_ORDER, 1.00), Map.entry(ErrorCategory.VOCABULARY, 0.91),
                Map.entry(ErrorCategory.INCOMPLETE, 0.93)),
                0.941, 0);
    }

    /** The twenty-first-wave recall probe (100 answers, 25 correct; word order, incomplete, vocabulary, particles). */
    @Test
    void probe21Recall() {
        // session 25: 84.0 %, 0 of 25, span 66.7 % as written; session 25 (s25d, word order and omissions): 88.0 %,
        // 0 of 25, span 78.2 %; all of session 25 merged: 91.0 %, span 82.1 %; s27g (오겠습니다 → 가겠습니다): 92.0 %,
        // span 83.3 %
        check(DevSet.PROBE21_RECALL, 0.92, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.94),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00), Map.entry(ErrorCategory.WORD_ORDER, 0.97),
                Map.entry(ErrorCategory.VOCABULARY, 0.82), Map.entry(ErrorCategory.INCOMPLETE, 0.97)),
                0.833, 0);
    }

    /** The twenty-second-wave recall probe (100 answers, 25 correct; particles, omissions, honorifics, wrong words). */
    @Test
    void probe22Recall() {
        // session 26: held out at 81.0 % → 83.0 %, 0 of 25, span 53.0 → 55.4 %, then added for development;
        // with s26f, s26g and s26h merged 97.0 %, span 77.1 %
        check(DevSet.PROBE22_RECALL, 0.97, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.91),
                Map.entry(ErrorCategory.VOCABULARY, 0.82), Map.entry(ErrorCategory.INCOMPLETE, 0.92)),
                0.771, 0);
    }

    /**
     * Set AG (200 answers by two blind writers at the start of session 21, 85 correct, 128 gold errors on the failed
     * items; sealed during session 21 at 90.0 → 90.5 %, 2 of 85 correct answers failed; unsealed at the start of
     * session 22).
     */
    @Test
    void setAG() {
        // session 22 start: the figures it had at the end of session 21 (90.5 %, 2 of 85 correct answers failed, span 72.9 %);
        // s22a's precision classes and reasons (ChosenWordings, 잇어요, 지하철역에): 91.5 %, 0 of 85, span 74.4 %
        // after s22b (grammar recall classes): 92.0 %, span 75.9 %
        // s22c (lexicon): 93.0 %, span 75.9 %, vocabulary 0.83 → 1.00, incomplete 0.90 → 0.95
        check(DevSet.BLIND_AG, 0.955, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.88),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00), Map.entry(ErrorCategory.PARTICLE_WRONG, 0.95),
                Map.entry(ErrorCategory.HONORIFIC, 0.91), Map.entry(ErrorCategory.ENDING, 0.94),
                Map.entry(ErrorCategory.TENSE, 0.95), Map.entry(ErrorCategory.SPELLING, 0.88),
                Map.entry(ErrorCategory.SPACING, 0.92), Map.entry(ErrorCategory.WORD_ORDER, 0.83),
                Map.entry(ErrorCategory.VOCABULARY, 1.00), Map.entry(ErrorCategory.INCOMPLETE, 0.95)),
                0.804, 0);
    }

    /**
     * The eighteenth-wave recall probe (session 22, held out during that session; a development set from its end).
     */
    @Test
    void probe18Recall() {
        // session 22: 81.0 % at the start and the end (held out), 0 of 25 correct answers failed, span 69.6 %
        // session 23 (HeldOutPrecision: another word alone no longer fails, held-out figures in docs/evaluation.md):
        // lowered to the figure reached, vocabulary 0.76 → 0.71
        check(DevSet.PROBE18_RECALL, 0.81, Map.ofEntries(Map.entry(ErrorCategory.HONORIFIC, 0.83),
                Map.entry(ErrorCategory.ENDING, 0.75), Map.entry(ErrorCategory.SPELLING, 0.94),
                Map.entry(ErrorCategory.WORD_ORDER, 0.75), Map.entry(ErrorCategory.VOCABULARY, 0.71)),
                0.696, 0);
    }

    /**
     * The seventeenth-wave recall probe (session 21, held out during that session; a development set from session 22).
     */
    @Test
    void probe17Recall() {
        // session 21: 85.0 % at the start and the end (held out), 0 of 25 correct answers failed, span 71.8 %;
        // session 22 (s22a): particle_wrong 0.88 → 0.91 (에 after a time of day is no wrong particle)
        // session 22 (s22b, grammar recall classes): 88.0 %, span 76.9 %
        // s22c (lexicon): 93.0 %, span 80.8 %, vocabulary 0.73 → 0.98
        check(DevSet.PROBE17_RECALL, 0.96, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_WRONG, 0.97),
                Map.entry(ErrorCategory.ENDING, 0.93), Map.entry(ErrorCategory.TENSE, 0.86),
                Map.entry(ErrorCategory.VOCABULARY, 1.00), Map.entry(ErrorCategory.INCOMPLETE, 0.95)),
                0.858, 0);
    }

    /**
     * The sixteenth-wave recall probe (session 20, held out during that session; a development set from session 21).
     */
    @Test
    void probe16Recall() {
        // session 20: 72.0 → 74.0 % (held out), 0 of 25 correct answers failed, span 52.6 → 55.3 % (s20c's lexicon)
        // s21b (grammar recall): 78.0 %, span 61.8 %; s21c (lexicon): 84.0 %, span 68.4 %, vocabulary 0.65 → 0.98
        // all four session-21 helpers merged: 88.0 %, span 75.0 %
        check(DevSet.PROBE16_RECALL, 0.88, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_WRONG, 0.80),
                Map.entry(ErrorCategory.ENDING, 1.00), Map.entry(ErrorCategory.WORD_ORDER, 0.80),
                Map.entry(ErrorCategory.VOCABULARY, 0.98), Map.entry(ErrorCategory.INCOMPLETE, 0.84),
                Map.entry(ErrorCategory.TENSE, 0.95), Map.entry(ErrorCategory.SPACING, 0.0)),
                0.75, 0);
    }

    /**
     * The fifteenth-wave recall probe (session 19): particle, spelling, vocabulary and tense errors by a fresh blind
     * writer.
     */
    @Test
    void probe15Recall() {
        // session 19 start: 88.0 %, 0 of 25 correct answers failed, span 81.7 %; s19c: 94.0 %, span 89.0 %;
        // s26f: vocabulary 0.86, span 90.2 % (내일부터 for 어제부터)
        // s29e: 95.0 %, vocabulary 0.89, span 91.5 % (a machine that does not 일하다, 고장 나요)
        check(DevSet.PROBE15_RECALL, 0.95, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_WRONG, 0.98),
                Map.entry(ErrorCategory.TENSE, 1.00), Map.entry(ErrorCategory.VOCABULARY, 0.89)),
                0.915, 0);
    }

    /**
     * The fourteenth-wave recall probe (session 19, held out during that session; a development set from session 20).
     */
    @Test
    void probe14Recall() {
        // session 19: 83.0 % at the start and the end (held out), 0 of 25 correct answers failed, span 50.6 → 51.7 %
        // session 20 (s20b): 83.0 → 86.0 %, span 51.7 → 55.1 %, honorific 0.85 → 0.88, ending 0.75 → 0.81
        // session 19: 83.0 % at the start and the end (held out), 0 of 25 correct answers failed, span 50.6 → 51.7 %;
        // session 20 (s20c): 89.0 %, vocabulary 0.52 → 0.90, span 60.7 % (the wider confusion lexicon)
        // session 20 (s20d, a gap after a clause of cause on the word after it): span 0.517 → 0.528
        check(DevSet.PROBE14_RECALL, 0.92, Map.ofEntries(Map.entry(ErrorCategory.HONORIFIC, 0.88),
                Map.entry(ErrorCategory.ENDING, 0.81), Map.entry(ErrorCategory.VOCABULARY, 0.90),
                Map.entry(ErrorCategory.INCOMPLETE, 0.97), Map.entry(ErrorCategory.SPELLING, 0.0),
                Map.entry(ErrorCategory.SPACING, 0.0)),
                0.652, 0);
    }

    /**
     * Set Z (sealed in session 14: 200 answers by two blind writers, 82 correct after the spacing relabel, 146 gold
     * errors, 93.5 % throughout that session; unsealed at the start of session 15). Its three remaining honorific
     * misses are 해요체 to a friend, which the precision-first policy accepts (politer than needed).
     */
    @Test
    void setZ() {
        // session 15 round 1 (eval27a–e: ㅡ-stems, ㄹ kept, the past of an act to come, numbers left out, spans on the
        // learner's own words): 0.935 → 0.980, span 0.829 → 0.938; ending 0.88 → 0.98, tense 0.89 → 1.0, incomplete 0.89 → 1.0
        // session 16 (eval30e: -(으)시- on a thing or the speaker, an elder's verbs, favours): 0.980 → 0.985,
        // honorific 0.92 → 0.94, span 0.938 → 0.945
        check(DevSet.BLIND_Z, 0.985, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 1.0),
                Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.0), Map.entry(ErrorCategory.PARTICLE_WRONG, 1.0),
                Map.entry(ErrorCategory.HONORIFIC, 0.94), Map.entry(ErrorCategory.ENDING, 0.98),
                Map.entry(ErrorCategory.TENSE, 1.0), Map.entry(ErrorCategory.SPELLING, 0.97),
                Map.entry(ErrorCategory.SPACING, 1.0), Map.entry(ErrorCategory.WORD_ORDER, 1.0),
                Map.entry(ErrorCategory.VOCABULARY, 1.0), Map.entry(ErrorCategory.INCOMPLETE, 1.0)),
                0.952, 0);
    }

    /**
     * The completeness probe (session 14: 80 answers by a blind writer on tasks that ask for several parts at
     * once, correct answers in synonyms and paraphrases, half correct). Session 14 (eval25d): 0.875 → 0.900, 1 → 0
     * correct answers failed, span 0.575 → 0.650.
     */
    @Test
    void probeComplete() {
        // session 15 (eval27c: a when-question in the past): 0.900 → 0.913, tense 0.0 → 0.50, span 0.650 → 0.675
        // session 16 (eval30d, words and parts): 0.913 → 0.925, incomplete 0.95 → 1.0, span 0.675 → 0.725
        // session 16 (eval30e: -(으)시- on a thing or the speaker, an elder's verbs, favours): 0.913 → 0.925,
        // honorific 0.80 → 1.0, span 0.675 → 0.725
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        // session 29 (s29e): 97.5 → 98.8 %, tense 0.50 → 0.80, span 87.5 → 90.0 %
        check(DevSet.PROBE_COMPLETE, 0.985, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00),
                Map.entry(ErrorCategory.HONORIFIC, 1.00), Map.entry(ErrorCategory.ENDING, 1.00),
                Map.entry(ErrorCategory.TENSE, 0.80), Map.entry(ErrorCategory.SPELLING, 1.00),
                Map.entry(ErrorCategory.SPACING, 0.67), Map.entry(ErrorCategory.INCOMPLETE, 1.0)),
                0.90, 0);
    }

    /**
     * The third-wave probes (session 14: four fresh blind writers after round 2, 60 answers each, half correct).
     * Before eval26a–b they failed 6 of 122 correct answers on the rules of the session's start, of round 1 and
     * of round 2 alike; eval26a (reported -(으)ㄴ답니다, 낫다's 나아, 에 of a start time, an intransitive after a bare
     * noun) and eval26b (해요체 for an accepted 합쇼체 word mid-answer, the request rewrite's level twin) took them to 0.
     */
    @Test
    void probesThirdWave() {
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        // after the merges of eval30b–e: 0.967, span 0.806; honorific 0.80 and ending 0.86 (one finding now named by
        // another check on each, as the combined rules report it)
        check(DevSet.PROBE3_COMPLETE, 0.967, Map.ofEntries(
                Map.entry(ErrorCategory.HONORIFIC, 0.80),
                Map.entry(ErrorCategory.ENDING, 0.86),
                Map.entry(ErrorCategory.VOCABULARY, 0.91),
                Map.entry(ErrorCategory.INCOMPLETE, 0.91)), 0.806, 0);
        // session 29: s29c's noun-phrase reading dropped a second finding that had carried pl-market-04's span (0.806 →
        // 0.774); the lead's fix in SpanChoices (바나나 read whole, not 바나 + 나) places the missing 두 송이 on 바나나: 0.806
        check(DevSet.PROBE3_PARTICLES, 0.95, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_WRONG, 0.9)), 0.844, 0);
        // session 16 (eval30e: -(으)시- on a thing or the speaker, an elder's verbs, favours): patterns honorific
        // 0.86 → 1.0, span 0.758 → 0.788; register 0.883 → 0.916, honorific 0.81 → 0.93, incomplete 0.40 → 0.50,
        // span 0.600 → 0.725
        check(DevSet.PROBE3_PATTERNS, 1.0, Map.ofEntries(
                Map.entry(ErrorCategory.ENDING, 1.00),
                Map.entry(ErrorCategory.TENSE, 0.75),
                Map.entry(ErrorCategory.SPACING, 0.00),
                Map.entry(ErrorCategory.INCOMPLETE, 0.00)), 0.939, 0);
        // session 16 (eval30d, words and parts): span 0.600 → 0.650
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        check(DevSet.PROBE3_REGISTER, 0.95, Map.ofEntries(
                Map.entry(ErrorCategory.PARTICLE_MISSING, 0.00),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00),
                Map.entry(ErrorCategory.HONORIFIC, 0.93),
                Map.entry(ErrorCategory.ENDING, 0.89),
                Map.entry(ErrorCategory.TENSE, 1.00),
                Map.entry(ErrorCategory.INCOMPLETE, 0.5)), 0.80, 0);
    }

    /**
     * The fourth-wave probes (session 15: four fresh blind writers, 60 answers each, half correct). Session 15
     * (eval27a: N 전에 for N까지, a restated event's time said inside it, -(으)ㄴ거 joined, an order announced with
     * 주문할게요): tense 0.867 → 0.900, endings 0.950 → 0.967, complete 0.917 → 0.933, each 0 correct answers failed;
     * words keeps 1 (p4w-cafe-03, another helper's class).
     */
    @Test
    void probe4Precision() {
        // session 15 round 2 (eval27a–e, eval28a–c): tense 0.867 → 0.917, endings 0.950 → 0.967, complete 0.917 →
        // 0.933 (span 0.583 → 0.639), words 0.833 → 0.933 (span 0.636 → 0.758, vocabulary 0.59 → 0.91); 5 → 0 failed
        // round 3 (eval29b: 여기에 for 여기서 of an action, 에서 before 가 봤어요): tense 0.917 → 0.950, span 0.788 → 0.848
        // session 16 (eval30e: -(으)시- about oneself in a yes/no answer): 0.950 → 0.966, honorific 0.67 → 1.0,
        // span 0.848 → 0.879
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        // session 23 (HeldOutPrecision): another word alone no longer fails (held out, session 22: 24 correct answers failed
        // to 14 wrong at first contact); lowered to the figures reached: vocabulary 1.00 → 0.86
        check(DevSet.PROBE4_TENSE, 0.983, Map.ofEntries(
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00),
                Map.entry(ErrorCategory.ENDING, 0.91), Map.entry(ErrorCategory.VOCABULARY, 0.86)), 0.909, 0);
        check(DevSet.PROBE4_ENDINGS, 0.983, Map.ofEntries(
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00),
                Map.entry(ErrorCategory.SPACING, 0.80),
                Map.entry(ErrorCategory.VOCABULARY, 0.00)), 0.968, 0);
        // session 16 (eval30d, words and parts): 0.933 → 0.950, incomplete 0.86 → 0.90, span 0.639 → 0.667
        // session 27 (s27d, honorifics): honorific 0.67 → 1.00, span 0.75 → 0.778
        check(DevSet.PROBE4_COMPLETE, 0.95, Map.ofEntries(
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00),
                Map.entry(ErrorCategory.HONORIFIC, 1.00),
                Map.entry(ErrorCategory.ENDING, 0.89),
                Map.entry(ErrorCategory.INCOMPLETE, 0.90)), 0.778, 0);
        // session 16 (eval30d, words and parts): 0.933 → 0.950, vocabulary 0.91 → 0.96, span 0.758 → 0.788
        check(DevSet.PROBE4_WORDS, 0.95, Map.ofEntries(
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.89),
                Map.entry(ErrorCategory.HONORIFIC, 0.80),
                Map.entry(ErrorCategory.ENDING, 0.92),
                Map.entry(ErrorCategory.TENSE, 1.0),
                Map.entry(ErrorCategory.SPELLING, 0.50),
                Map.entry(ErrorCategory.VOCABULARY, 0.96)), 0.788, 0);
    }

    /**
     * Probe Y (session 13: 120 answers by two blind writers on the constructions of the session's new
     * classes, half correct). Its last three false alarms were fixed as classes in session 14 (eval25e, {@code GivenWords}).
     */
    @Test
    void probeY() {
        // session 13: 0.817 (rules of the session's start) → 0.842 (round 1) → 0.908 (eval23a–b), 11 → 3 correct answers failed
        // session 14 (eval25e, GivenWords and a question handed back): 0.908 → 0.933, 3 → 0 correct answers failed
        // session 16 (eval30d, words and parts): 0.933 → 0.958, vocabulary 0.75 → 0.95, span 0.773 → 0.803
        // session 16 (eval30e: -(으)시- on a thing or the speaker, an elder's verbs, favours): 0.933 → 0.941,
        // honorific 0.87 → 0.92, span 0.773 → 0.788
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        check(DevSet.PROBE_Y, 0.983, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_WRONG, 0.96),
                Map.entry(ErrorCategory.HONORIFIC, 0.96), Map.entry(ErrorCategory.ENDING, 0.83),
                Map.entry(ErrorCategory.TENSE, 1.00), Map.entry(ErrorCategory.SPELLING, 0.89),
                Map.entry(ErrorCategory.SPACING, 1.00), Map.entry(ErrorCategory.WORD_ORDER, 0.0),
                Map.entry(ErrorCategory.VOCABULARY, 0.95), Map.entry(ErrorCategory.INCOMPLETE, 1.00)),
                0.879, 0); // session 15 (eval27e: 입니다 written apart after a vowel): span 0.758 → 0.773
    }

    /**
     * Probe Z-a, the particle probe (session 14: 80 answers by a blind writer on particles, half correct).
     */
    @Test
    void probeParticles() {
        // session 14 (eval24a: a continued -는데, the speaker inside a quotation, a plain question for -아/어야, a goal
        // without 에 before 만, swapped alternatives; particle errors read as spelling; 에게서 before a verb of giving,
        // a vehicle with 이/가 before 타다, 에서 있는데요): 0.850 → 0.950, 5 → 0 correct answers failed, span 0.725 → 0.843
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        // session 29 (s29d: the object of -게 하다): 0.975 → 0.988, particle_wrong 0.94 → 0.97, span 0.941 → 0.961
        check(DevSet.PROBE_PARTICLES, 0.987, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_MISSING, 0.80),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.97), Map.entry(ErrorCategory.HONORIFIC, 1.00),
                Map.entry(ErrorCategory.ENDING, 1.00), Map.entry(ErrorCategory.VOCABULARY, 0.67),
                Map.entry(ErrorCategory.INCOMPLETE, 0.0)),
                0.960, 0); // span 0.843 → 0.863 (session 14, eval25c)
    }

    /**
     * The endings probe (session 14: 80 answers by a blind writer around endings, irregular conjugation,
     * connectives, modal endings and tense, half correct). Session 14 (eval24b): 0.925 → 0.938, 1 → 0
     * correct answers failed, span 0.654 → 0.769.
     */
    @Test
    void probeEndings() {
        // session 16 (eval30d, words and parts): 0.937 → 0.950, incomplete 0.67 → 1.0
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        // session 23 (HeldOutPrecision: another word alone no longer fails, held-out figures in docs/evaluation.md):
        // lowered to the figure reached, vocabulary 0.80 → 0.50
        check(DevSet.PROBE_ENDINGS, 0.975, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00),
                Map.entry(ErrorCategory.HONORIFIC, 0.89), Map.entry(ErrorCategory.ENDING, 0.97),
                Map.entry(ErrorCategory.TENSE, 0.86), Map.entry(ErrorCategory.SPELLING, 1.0),
                Map.entry(ErrorCategory.SPACING, 0.67), Map.entry(ErrorCategory.VOCABULARY, 0.50),
                Map.entry(ErrorCategory.INCOMPLETE, 1.0)),
                0.827, 0);
    }

    /**
     * The service probe (session 14: 80 answers by a blind writer on politeness in service and social exchanges —
     * the learner as clerk, phone etiquette, apologies and complaints, set phrases, a message to a teacher, 반말
     * texting — half correct).
     */
    @Test
    void probeService() {
        // session 14 (eval25c): 0.863 → 0.925, 5 → 0 correct answers failed, span 0.558 → 0.674
        // session 16 (eval30d, words and parts): 0.925 → 0.938, incomplete 0.67 → 1.0
        // session 16 (eval30e: -(으)시- on a thing or the speaker, an elder's verbs, favours): 0.925 → 0.937,
        // honorific 0.96 → 1.0, span 0.674 → 0.721
        check(DevSet.PROBE_SERVICE, 0.963, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.00),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 1.0), Map.entry(ErrorCategory.HONORIFIC, 1.00),
                Map.entry(ErrorCategory.ENDING, 0.86), Map.entry(ErrorCategory.TENSE, 0.89),
                Map.entry(ErrorCategory.SPELLING, 1.00), Map.entry(ErrorCategory.SPACING, 1.0),
                Map.entry(ErrorCategory.VOCABULARY, 0.80), Map.entry(ErrorCategory.INCOMPLETE, 1.0)),
                0.791, 0);
    }

    /**
     * Probe Z-d (session 14: 80 answers by a blind writer on numbers, counters, prices, clock times and quantity
     * phrases, 41 correct; a development set from the start).
     */
    @Test
    void probeCounters() {
        // session 14 (eval24d): 0.900 → 0.975, 1 → 0 correct answers failed, span 0.767 → 0.907
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        check(DevSet.PROBE_COUNTERS, 1.0, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.0),
                Map.entry(ErrorCategory.HONORIFIC, 0.67),
                Map.entry(ErrorCategory.ENDING, 1.0), Map.entry(ErrorCategory.TENSE, 1.00),
                Map.entry(ErrorCategory.SPELLING, 1.0), Map.entry(ErrorCategory.SPACING, 1.0),
                Map.entry(ErrorCategory.WORD_ORDER, 1.0), Map.entry(ErrorCategory.VOCABULARY, 1.0),
                Map.entry(ErrorCategory.INCOMPLETE, 1.0)),
                0.977, 0);
    }

    /**
     * Probe patterns (session 14: 80 answers by a blind writer on grammar patterns and connectives — -기로 하다,
     * -게 되다, -아/어 보다, -(으)ㄹ 때, -(으)면서, -기 때문에, -(으)ㄴ 적이 있다, -지 마세요, negation, reported
     * speech — half correct).
     */
    @Test
    void probePatterns() {
        // session 14 (eval25b): 0.850 → 0.900, 4 → 0 correct answers failed, span 0.674 → 0.744
        // session 16 (eval30d, words and parts): 0.900 → 0.913, vocabulary 0.50 → 0.80, span 0.744 → 0.767
        // session 16 (eval30e: -(으)시- on a thing or the speaker, an elder's verbs, favours): 0.900 → 0.912,
        // honorific 0.80 → 1.0, span 0.744 → 0.767
        check(DevSet.PROBE_PATTERNS, 0.963, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.0),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.86), Map.entry(ErrorCategory.HONORIFIC, 1.00),
                Map.entry(ErrorCategory.ENDING, 1.00), Map.entry(ErrorCategory.TENSE, 0.91),
                Map.entry(ErrorCategory.SPELLING, 0.86), Map.entry(ErrorCategory.SPACING, 0.75),
                Map.entry(ErrorCategory.WORD_ORDER, 1.0), Map.entry(ErrorCategory.VOCABULARY, 0.80),
                Map.entry(ErrorCategory.INCOMPLETE, 0.67)),
                0.86, 0); // vocabulary back to 0.50: eval30d's InabilityNegation was withdrawn (lead, session 16)
    }

    /**
     * Probe register (session 14: 80 answers by a blind writer on honorifics and speech levels — elders and
     * superiors, clerks, 합니다체, 반말 to a friend, 드시다/계시다/주무시다/뵙다 — half correct).
     */
    @Test
    void probeRegister() {
        // session 14 (eval24c): 0.850 → 0.912, 2 → 0 correct answers failed, span 0.619 → 0.738
        // session 16 (eval30e: -(으)시- on a thing or the speaker, an elder's verbs, favours): 0.912 → 0.937,
        // honorific 0.90 → 0.95, span 0.738 → 0.786
        check(DevSet.PROBE_REGISTER, 0.963, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_ALLOMORPH, 1.0),
                Map.entry(ErrorCategory.PARTICLE_WRONG, 0.67), Map.entry(ErrorCategory.HONORIFIC, 0.95),
                Map.entry(ErrorCategory.ENDING, 1.0), Map.entry(ErrorCategory.TENSE, 0.80),
                Map.entry(ErrorCategory.SPELLING, 1.00), Map.entry(ErrorCategory.SPACING, 1.0),
                Map.entry(ErrorCategory.INCOMPLETE, 0.0)),
                0.857, 0);
    }

    /**
     * Probe Z-e (the second particle probe): 80 answers by a fresh blind writer on particles in longer
     * sentences and word order, half correct; a development set from session 14.
     */
    @Test
    void probeParticles2() {
        // session 14 (eval25a): 0.788 → 0.850, 4 → 0 correct answers failed, span 0.630 → 0.652
        // session 16 (eval30b: particles by the accepted role of the noun): floor raised to the figures reached
        check(DevSet.PROBE_PARTICLES2, 0.963, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_WRONG, 0.96),
                Map.entry(ErrorCategory.ENDING, 0.89), Map.entry(ErrorCategory.TENSE, 0.86),
                Map.entry(ErrorCategory.SPELLING, 0.80), Map.entry(ErrorCategory.WORD_ORDER, 0.67),
                Map.entry(ErrorCategory.VOCABULARY, 0.67)),
                0.891, 0); // session 23 (HeldOutPrecision, another word alone): vocabulary 1.00 → 0.67
    }

    /**
     * The sets of correct answers only, written blind in session 7 to measure how often correct
     * Korean is failed: K3 (150, sealed and scored twice: 21 → 12 failed; round 2: 1), L3 (150, sealed
     * and scored before and after round 2: 9 → 9; 20 on the code of the session's start) and k4 (200, a
     * development set from the start: 33 → 7). Only the count of correct answers failed is held (and
     * the text checks): a category's figures mean nothing without gold errors.
     */
    @Test
    void correctAnswersOnly() {
        checkCorrectOnly(DevSet.PRECISION_K3, 0); // session 8: 1 → 0
        checkCorrectOnly(DevSet.PRECISION_L3, 0); // session 8: 9 → 1; session 14 (eval25e): 0
        checkCorrectOnly(DevSet.PRECISION_K4, 0); // session 8: 7 → 0
        // session 8: n, a development set from the start (17 → 0); M3, sealed and scored twice (5 → 5)
        checkCorrectOnly(DevSet.PRECISION_N, 0);
        checkCorrectOnly(DevSet.PRECISION_M3, 0); // session 8 round 2 (M3 unsealed): 5 → 0
        // session 8 round 2: n2, a development set from the start (11 → 2); O3, sealed and scored twice (5 → 4)
        checkCorrectOnly(DevSet.PRECISION_N2, 0); // round 3: 2 → 1; 0 by session 14 (eval25e's baseline)
        checkCorrectOnly(DevSet.PRECISION_O3, 0); // round 3 (O3 unsealed, used for development): 4 → 0
        checkCorrectOnly(DevSet.PRECISION_Q5, 0); // session 9: q5, a development set from the start (6 → 0)
        checkCorrectOnly(DevSet.PRECISION_S, 0); // session 9 round 2: s, a development set from the start (19 → 12); session 10: 10; session 11: 4; session 12: 3; session 14 (eval25e): 0
        checkCorrectOnly(DevSet.PRECISION_P3, 0); // session 10: P3 unsealed (sealed: 6 → 1 over sessions 8 and 9); session 14 (eval25e): 0
        checkCorrectOnly(DevSet.PRECISION_R3, 0); // session 11: R3 unsealed (sealed: 9 throughout sessions 9 and 10) → 0
        checkCorrectOnly(DevSet.PRECISION_U3, 0); // session 12: U3 unsealed (sealed: 12 → 10 in session 11) → 0
        checkCorrectOnly(DevSet.PRECISION_W3, 0); // session 13: W3 unsealed (sealed: 8 → 7 in session 12) → 0
        checkCorrectOnly(DevSet.PRECISION_X3, 0); // session 14: X3 unsealed (sealed: 8 → 7 in session 13) → 0 (eval24e)
        checkCorrectOnly(DevSet.PRECISION_Z3, 0); // session 15: Z3 unsealed (sealed: 2 throughout session 14) → 0 (eval27a–b)
        // session 15: two fifth-wave precision probes by fresh blind writers after round 1 (3 and 5 → 0: eval28a–b)
        checkCorrectOnly(DevSet.PROBE5_PRECISION_A, 0);
        checkCorrectOnly(DevSet.PROBE5_PRECISION_B, 0);
        // session 16: two sixth-wave precision probes (5 and 4 at the start → 4 and 1, eval30a; the four and one
        // left are vocabulary/word findings whose words differ in part of speech, the lead's in Signatures)
        checkCorrectOnly(DevSet.PROBE6_PRECISION_A, 0); // session 16: 5 → 0 (the lead; eval30a; eval31a: 더 left out after N요)
        checkCorrectOnly(DevSet.PROBE6_PRECISION_B, 0); // session 16: 4 → 0 (the lead; eval30a)
        checkCorrectOnly(DevSet.PRECISION_AA3, 0); // session 16: AA3 unsealed (sealed: 9 → 8 in session 15) → 0 (eval30a)
        // session 16: two seventh-wave precision probes (8 and 2 failed on main → 0 and 0, eval31a)
        checkCorrectOnly(DevSet.PROBE7_PRECISION_A, 0);
        checkCorrectOnly(DevSet.PROBE7_PRECISION_B, 0);
        // session 16: two eighth-wave precision probes after round 1 (4 and 5 failed at the session's start, 4 and 4 after)
        // (eval31b: 4 → 2 and 4 → 2; left: si_missing of a teacher told to a friend, a register question, and the
        // two goodbyes passed on with 못 드리고 가 and 갔다고)
        checkCorrectOnly(DevSet.PROBE8_PRECISION_A, 0); // session 25 (s25a): 2 → 0 (a report unhonoured as accepted)
        checkCorrectOnly(DevSet.PROBE8_PRECISION_B, 0); // the lead: a negated clause against another verb; s17a: 1 → 0
        // session 17: two ninth-wave precision probes by fresh blind writers (3 and 8 failed on main → 0 and 0, s17e)
        checkCorrectOnly(DevSet.PROBE9_PRECISION_A, 0);
        checkCorrectOnly(DevSet.PROBE9_PRECISION_B, 0);
        checkCorrectOnly(DevSet.PRECISION_AB3, 0); // session 17: AB3 unsealed (sealed: 6 → 5 in session 16) → 0 (s17a)
        // session 17: the second tenth-wave precision probe, short casual speech (13 failed on main → 0, s17f)
        checkCorrectOnly(DevSet.PROBE10_PRECISION_B, 0);
        // session 17: tenth-wave precision probe A of longer answers (5 failed on main → 0, s17g)
        checkCorrectOnly(DevSet.PROBE10_PRECISION_A, 0);
        checkCorrectOnly(DevSet.PRECISION_AC3, 0); // session 18: AC3 unsealed (sealed: 8 of 150 throughout session 17) → 0 (s18a)
        // session 18: two eleventh-wave precision probes by fresh blind writers (8 and 4 failed on main at the start → 0 and 0, s18b)
        checkCorrectOnly(DevSet.PROBE11_PRECISION_A, 0);
        checkCorrectOnly(DevSet.PROBE11_PRECISION_B, 0);
        checkCorrectOnly(DevSet.PRECISION_AD3, 0); // session 19: AD3 unsealed (sealed: 2 of 150 in session 18); s19a: 0
        // session 19: a twelfth-wave precision probe by a fresh blind writer (0 failed on main at the start)
        checkCorrectOnly(DevSet.PROBE12_PRECISION, 0);
        // session 19: a thirteenth-wave precision probe by a fresh blind writer (2 failed after round 1 → 0, the lead)
        checkCorrectOnly(DevSet.PROBE13_PRECISION, 0);
        // session 20: AE3 unsealed (sealed: 7 of 150 throughout session 19); 0 after s20a's precision classes
        checkCorrectOnly(DevSet.PRECISION_AE3, 0);
        // session 20: a fourteenth-wave precision probe by a fresh blind writer, held out during the session (0 of 100)
        checkCorrectOnly(DevSet.PROBE14_PRECISION, 0);
        // session 21: AF3 unsealed (sealed: 5 of 150 at the start and the end of session 20); 0 after s21a's classes
        checkCorrectOnly(DevSet.PRECISION_AF3, 0);
        // session 21: a fifteenth-wave precision probe by a fresh blind writer, held out during the session (6 of 100
        // at the start and the end); the lead then read 열은 before a predicate as the noun 'fever' (LStemNounSession21Test): 4;
        // session 22: 0 after s22a's classes (가격 for 얼마, 훨씬 나아요, 사흘, -시길 바랍니다)
        checkCorrectOnly(DevSet.PROBE15_PRECISION, 0);
        // session 22: AG3 unsealed (sealed: 1 of 150 at the start and the end of session 21); 0 after s22a (진료받을 … 있나요?)
        // session 22: a sixteenth-wave precision probe by a fresh blind writer, held out during the session (7 of 100
        // at the start and the end); 3 after s22e (-시- inside hearsay -대요 of an honoured subject, 영수증도 for 영수증 좀, 뭐가 먹고 싶어)
        // session 25 (s25a): 3 → 0 (늦는다고 했어요 for 늦는대요, 10시까지요., 몸이 안 좋대 for 아파서)
        checkCorrectOnly(DevSet.PROBE16_PRECISION, 0);
        checkCorrectOnly(DevSet.PRECISION_AG3, 0);
        // session 23: AH3 unsealed (sealed: 9 of 150 at the start and the end of session 22; 6 with HeldOutPrecision)
        // session 24: 4 after the lead's acceptedWord and s24a/s24b
        // session 25 (s25a): 4 → 0 (a fragment after the verb, 몇 권이에요, 드리겠습니다, 한국어 초급 문법책)
        checkCorrectOnly(DevSet.PRECISION_AH3, 0);
        // session 24: AI3 unsealed (sealed: 5 of 150 at the start and the end of session 23); 0 after the session's merges
        checkCorrectOnly(DevSet.PRECISION_AI3, 0);
        // session 25: AJ3 unsealed (sealed: 1 of 150 at the start and the end of session 24)
        // session 25 (s25a): 1 → 0 (가야 되는데요)
        checkCorrectOnly(DevSet.PRECISION_AJ3, 0);
        // session 26: AK3 unsealed (sealed: 4 → 3 of 150 in session 25)
        // session 26 (s26a): 3 → 0 (이사 왔는데요 for 온, 지금 발표 시작하겠습니다, 잘 들어 주십시오 added)
        checkCorrectOnly(DevSet.PRECISION_AK3, 0);
        // session 27: AL3 unsealed (sealed: 2 → 2 of 150 in session 26)
        // session 27 (s27b, s27d): 2 → 0 (데위입니다. 마케팅팀에서 일합니다; 지하철역은 어느 쪽이에요?)
        checkCorrectOnly(DevSet.PRECISION_AL3, 0);
        // session 28: AM3 unsealed (sealed: 6 → 5 of 150 in session 27)
        // s28e: 5 → 0 (고장이 났는데, 오는 바람에, 뭐 하세요?, list members in the other order, 제일 가까운 역이요 after the question)
        checkCorrectOnly(DevSet.PRECISION_AM3, 0);
        // session 29: AN3 unsealed (sealed: 14 → 14 of 150 in session 28); s29a (particles) + s29b (own-time constructions): 14 → 0
        checkCorrectOnly(DevSet.PRECISION_AN3, 0);
        // session 30: AO3 unsealed (sealed: 3 → 3 of 150 in session 29)
        // s30e: 3 → 1 (검은색으로도, 늦어서 죄송합니다); session 33 (s33a): 1 → 0 (제 강점은 책임감입니다, the noun stated)
        checkCorrectOnly(DevSet.PRECISION_AO3, 0);
        // session 30: AP3 unsealed after the rule merges (sealed: 7 → 7 of 150); session 32 (lead): 7 → 0 (-아/어서
        // before the learner's own predicate, 감기 걸려서, 들어 있다/들어갔어요 of a dish's contents, 드시다 as content,
        // plural -들)
        checkCorrectOnly(DevSet.PRECISION_AP3, 0);
        // session 33: AQ3 unsealed (sealed: 2 → 2 of 150 in sessions 31 and 32); s33a: 2 → 0 (이사를 왔어요, 목이 아픈데)
        checkCorrectOnly(DevSet.PRECISION_AQ3, 0);
        // session 34: AR3 unsealed (sealed: 7 → 7 of 150 in session 33); s34b: 7 → 0 (another real verb, connectives of
        // one relation, N(으)로 'as/into', loanword synonyms, free adverbs, a call's confirmation question)
        checkCorrectOnly(DevSet.PRECISION_AR3, 0);
        // session 35: AS3 unsealed (sealed: 3 → 3 of 150 in session 34); lead: 3 → 0 (a time noun as the topic, 부터
        // before a verb of starting, noun + 하다 for noun + 되다, the formal request -(으)시기 바랍니다)
        checkCorrectOnly(DevSet.PRECISION_AS3, 0);
        // session 36: AT3 unsealed (sealed: 5 → 5 of 150 in session 35)
        checkCorrectOnly(DevSet.PRECISION_AT3, 0); // s36a: 5 → 0 of 150
        // session 37: AU3 unsealed (sealed: 5 → 5 of 150 in session 36)
        checkCorrectOnly(DevSet.PRECISION_AU3, 0); // s37a: 5 → 0 (PhraseReadings, 중 after a time noun, …)
        // session 38: AV3 unsealed (sealed: 3 → 3 of 150 in session 37)
        checkCorrectOnly(DevSet.PRECISION_AV3, 0); // s38a: 3 → 0 (안 넣어 주실, 안 계신 동안, 너 충전기 in a question)
        // session 27: a fresh development precision probe (4 of 150 at the start); s27h: 4 → 0 (전에 for 까지, 나는데요, …
        // 주시면 안 돼요? as the request, 자르려고 해요. beside the request)
        checkCorrectOnly(DevSet.PRECISION_D27, 0);
    }

    private static void checkCorrectOnly(String set, int falseAlarms) {
        BenchmarkMetrics m = BenchmarkMetrics.compute(set, DevSet.load(set), RULES, "id");
        String report = m.format(true);
        assertThat(m.falseAlarms()).as("correct answers failed\n%s", report).isLessThanOrEqualTo(falseAlarms);
        assertThat(m.emptyQuotes()).as("texts with empty quotes\n%s", report).isZero();
        assertThat(m.placeholders()).as("texts with placeholders\n%s", report).isZero();
        assertThat(m.wrongLanguage()).as("texts in the wrong language\n%s", report).isZero();
    }

    /**
     * Set A (the first blind set's held-back half, scored sealed in session 2, used for development
     * since session 3). Session 6 took its last false alarm away (1 → 0): 0.980, span 0.785.
     */
    @Test
    void firstBlindHeldOutSet() {
        // session 6 round 2 (counters, honorific words, confusables): 0.980 → 0.995, span 0.785 → 0.815
        // session 23 (HeldOutPrecision: another word alone no longer fails, held-out figures in docs/evaluation.md):
        // lowered to the figure reached, vocabulary 0.97 → 0.87
        check(DevSet.BLIND_A, 0.995, Map.ofEntries(Map.entry(ErrorCategory.PARTICLE_WRONG, 1.00),
                Map.entry(ErrorCategory.WORD_ORDER, 1.00), Map.entry(ErrorCategory.VOCABULARY, 0.87),
                Map.entry(ErrorCategory.INCOMPLETE, 0.93)),
                0.815, 0);
    }

    /**
     * @param accuracy  pass/fail accuracy reached
     * @param f1        F1 reached per category where it is below 1.0 (others reached 1.0)
     * @param spanMatch share of gold spans matched (0 when the set has none)
     * @param falseAlarms correct answers still failed (0 but for the newest blind set)
     */
    private static void check(String set, double accuracy, Map<ErrorCategory, Double> f1, double spanMatch,
            int falseAlarms) {
        BenchmarkMetrics m = BenchmarkMetrics.compute(set, DevSet.load(set), RULES, "id");
        String report = m.format(true);
        assertThat(m.falseAlarms()).as("correct answers failed\n%s", report).isLessThanOrEqualTo(falseAlarms);
        assertThat(m.accuracy()).as("pass/fail accuracy\n%s", report).isGreaterThanOrEqualTo(accuracy - MARGIN);
        m.categories().forEach((category, counts) -> assertThat(counts.f1())
                .as("F1 of %s\n%s", category.wireName(), report)
                .isGreaterThanOrEqualTo(f1.getOrDefault(category, 1.0) - MARGIN));
        assertThat(m.spanMatchRate()).as("span match\n%s", report)
                .isGreaterThanOrEqualTo(m.goldSpans() == 0 ? 1.0 : spanMatch - MARGIN);
        assertThat(m.emptyQuotes()).as("texts with empty quotes\n%s", report).isZero();
        assertThat(m.placeholders()).as("texts with placeholders\n%s", report).isZero();
        assertThat(m.wrongLanguage()).as("texts in the wrong language\n%s", report).isZero();
    }
}
