package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The way of service of a take-away order left out (session 12, helper eval19e;
 * {@code incomplete/missing_word}): every accepted answer says the order is to take away (포장해 주세요,
 * 테이크아웃이요, 가져갈게요, 가지고 갈게요) and the learner's answer is a bare order, N 주세요, that says
 * nothing about it: 주세요 → 포장해 주세요. At a Korean counter the clerk asks 드시고 가세요, 가져가세요? because
 * the two are served differently; an order that leaves it out has not done the task (한국어기초사전
 * '포장' ③, '테이크아웃'; 국립국어원 『국제 통용 한국어 표준 교육과정』 2017, 과제 수행).
 *
 * <p>Left alone: an answer with a predicate other than the order's 주다 (가져갈게요, 싸 주세요, 들고 갈게요:
 * the way said in the learner's words), an answer with a word of taking away or eating in of its own
 * (포장, 테이크아웃, 매장, 여기서), an activity with an accepted answer that says no way of service.
 */
final class MissingTakeAway {

    private MissingTakeAway() {
    }

    /** A take-away phrase of an accepted answer (한국어기초사전: 포장하다, 테이크아웃, 가져가다, 가지고 가다). */
    private static final Pattern TAKE_AWAY = Pattern.compile("포장|테이크아웃|가져가|가져갈|가지고 가|가지고 갈");

    /** Any word of the learner's about the way of service, either way (포장, 매장, 여기서 먹을게요, to go). */
    private static final Pattern OWN_WAY = Pattern.compile("포장|테이크|매장|여기서|여기에서|먹고|마시고|가져|가지고|들고|싸|갈|투고|to go|take",
            Pattern.CASE_INSENSITIVE);

    /** A bare order's last word: 주세요, 주시겠어요, 줘, 주십시오. */
    private static final Pattern ORDER_END = Pattern.compile("주세요|주시겠어요|주시겠습니까|주십시오|줘|줘요");

    /**
     * The take-away request, on the learner's final 주세요.
     *
     * @param raw      the learner's answer as written
     * @param accepted the activity's accepted answers as written
     * @return an {@code incomplete/missing_word} finding (주세요 → 포장해 주세요); empty when none applies
     */
    static Optional<Finding> find(String raw, List<String> accepted) {
        if (raw.isBlank() || accepted.isEmpty() || OWN_WAY.matcher(raw).find()
                || !accepted.stream().allMatch(a -> TAKE_AWAY.matcher(a).find())) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        SpeechLevels.sentences(raw).forEach(words::addAll);
        if (words.size() < 2 || !ORDER_END.matcher(words.getLast()).matches()) {
            return Optional.empty();
        }
        for (int i = 0; i < words.size() - 1; i++) {
            if (words.get(i).endsWith("하고") && i + 2 < words.size()) {
                continue; // 하고 joining two ordered items (두 잔하고 치즈케이크 …), which Nori may read as 하다
            }
            for (Morphology.Word w : Morphology.analyse(words.get(i))) {
                if (w.verbal()) {
                    return Optional.empty(); // a predicate of the learner's own (데워 주세요, 싸 주세요)
                }
            }
        }
        return Optional.of(new Finding(ErrorCategory.INCOMPLETE, words.getLast(), "포장해 " + words.getLast(),
                "incomplete/missing_word"));
    }
}
