package com.koto.evaluation.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The session-7 checks that read the learner's own answer against what the task asks for (the
 * activity's accepted answers as a statement of the task, not as a sentence to align with): a part
 * of the message left out ({@link MissingParts}) and -(으)세요 where a request or proposal is asked
 * for ({@link RequestEndings}); since session 9 also a number the task gives left out
 * ({@link MissingNumbers}) and a predicate whose sense does not fit its subject where the task names
 * the right one ({@link PredicateSenses}); since session 12 the time of a request, question or proposal
 * left out ({@link MissingTimes}) and the take-away of an order ({@link MissingTakeAway}). One entry point,
 * so {@link RuleEvaluator} adds them in one line.
 */
final class TaskChecks {

    private TaskChecks() {
    }

    /**
     * The findings on the learner's answer.
     *
     * @param raw      the learner's answer as written
     * @param accepted the activity's accepted answers as written
     * @return findings in the order: ending, incomplete, vocabulary; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        return find(raw, accepted, null);
    }

    /**
     * As {@link #find(String, List)}, with the task prompt: an item the prompt names that every accepted answer states
     * and the learner left out ({@link PromptItems}; session 27, s27f), last, after the checks that need no prompt.
     *
     * @param prompt the task as shown to the learner (the request's context), or null
     */
    static List<Finding> find(String raw, List<String> accepted, String prompt) {
        List<Finding> out = new ArrayList<>(RequestEndings.find(raw, accepted));
        // a wrong number in a fragment of its own (세 명이요.) is that number, not the accepted one left out (session 25)
        java.util.Optional<Finding> otherNumber = MissingNumbers.otherNumberInFragment(raw, accepted);
        // another number, part of the day or title in the place of the one every accepted answer states: the learner
        // said that fact otherwise, so it is not left out (session 26, s26f)
        java.util.Optional<Finding> otherFact = otherNumber.isPresent() ? java.util.Optional.empty()
                : MissingNumbers.otherNumberInSlot(raw, accepted)
                        .or(() -> OtherRealWords.otherStatedMember(raw, accepted, prompt));
        java.util.Optional<Finding> slotNumber = otherFact.filter(f -> ArgumentCheck.OTHER_NUMBER.equals(f.subtype()));
        MissingParts.find(raw, accepted).or(() -> otherNumber).or(() -> slotNumber)
                .or(() -> MissingNumbers.find(raw, accepted))
                .or(() -> MissingTimes.find(raw, accepted)).or(() -> MissingTimes.sinceTime(raw, accepted))
                .or(() -> MissingTakeAway.find(raw, accepted))
                .or(() -> PromptItems.find(raw, accepted, prompt))
                .ifPresent(out::add);
        otherNumber.filter(f -> !out.contains(f)).ifPresent(out::add);
        otherFact.filter(f -> !out.contains(f)).ifPresent(out::add);
        out.addAll(PredicateSenses.find(raw, accepted));
        return out;
    }
}
