package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The thing a when-question is about, left out (session 13, helper eval22b; a precision rule): 몇 시에 찾을 수
 * 있어요? for 정장 언제 찾을 수 있어요?, 언제 문 열어요? for 식당은 몇 시에 문 열어요?. The suit handed over at
 * the tailor, the restaurant one calls, is given by the speech situation, and Korean leaves such a topic out
 * (Sohn, <i>The Korean Language</i> 1999, §8.3 on ellipsis); the point of the question is its question word
 * (표준국어대사전 '설명 의문문'), which the learner says. The comparison rewrites 몇 시에 to 언제 (and back), so
 * without this rule the answer read as the accepted one with a word left out and failed {@code
 * incomplete/missing_word} (언제 → 정장 언제).
 *
 * <p>Ways of asking when, a closed list (표준국어대사전 '언제' 대명사·부사; '몇' 관형사 with a unit of time:
 * 몇 시, 몇 월, 몇 일/며칠; '며칠' 명사; '무슨' 관형사 before 요일): 언제, 언제쯤, 몇 시(쯤), 몇 월 며칠, 며칠,
 * 무슨 요일. Not 언제나, 언제든(지), 언제라도 (always, any time: no question).
 *
 * <p>Left alone: a gap of more than one word or of a word with another particle (강남에 가려면 몇 호선: a
 * purpose, not the topic); a question word that does not ask for a time (몇 호선, 몇 번, 무슨 색); a gap that is
 * not right before the question word; and a question without a question word (정장 찾을 수 있어요? still lacks
 * the 언제: {@link MissingTimes}).
 */
final class TimeQuestions {

    /** A sentence mark or a comma. */
    private static final Pattern PUNCTUATION_MARK = Pattern.compile("[.,?!]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TimeQuestions() {
    }

    /** A time question in the learner's answer, from the closed list above. */
    private static final Pattern ASKS_WHEN = Pattern.compile(
            "(^|\\s)(언제(?!나|든|라도)|며칠|몇\\s?(시|월|일)(?!간)|무슨\\s?요일)");

    /** The words that open a time question (the finding's span starts with one of them). */
    private static final Set<String> OPENERS = Set.of("언제", "몇", "며칠", "무슨");

    /** Particles of a topic, subject or object (정장은, 식당이, 음식을) or none: the thing asked about. */
    private static final Set<String> TOPIC_PARTICLES = Set.of("", "은", "는", "이", "가", "을", "를");

    /**
     * Whether the finding only adds the topic of the learner's when-question before its question word.
     *
     * @param f      a finding of the comparison, shape {@code 언제 → 정장 언제}
     * @param answer the learner's answer (normalised or as typed)
     * @return true when the finding is such an ellipsis and must not fail the answer
     */
    static boolean topicLeftOut(Finding f, String answer) {
        if (f.category() != ErrorCategory.INCOMPLETE || !"incomplete/missing_word".equals(f.subtype())
                || answer == null || !ASKS_WHEN.matcher(answer).find()) {
            return false;
        }
        String o = f.original();
        String c = f.correction();
        if (o == null || c == null || o.isBlank()) {
            return false;
        }
        String missing;
        if (c.endsWith(" " + o) && OPENERS.stream().anyMatch(q -> o.startsWith(q))) {
            missing = c.substring(0, c.length() - o.length() - 1).strip();
        } else if (c.startsWith(o + " ") && openerAfter(o.strip(), answer)) {
            // the gap placed at the word before the question (있습니까 → 있습니까 조식은 for … 있습니까? 몇 시에 …;
            // session 16): the same topic left out, located on the other neighbour
            missing = c.substring(o.length() + 1).strip();
        } else {
            return false;
        }
        if (missing.isEmpty() || missing.contains(" ")) {
            return false;
        }
        String[] sp = ArgumentCheck.stemAndParticle(missing);
        return TOPIC_PARTICLES.contains(sp[1]) && !sp[0].isEmpty() && !Certainty.questionWord(missing);
    }

    /** Whether, in the answer, the word right after the span {@code o} opens a time question (몇, 언제 …). */
    private static boolean openerAfter(String o, String answer) {
        String[] words = SPACES.split(PUNCTUATION_MARK.matcher(answer).replaceAll(" ").trim());
        String[] span = o.split(" ");
        for (int i = 0; i + span.length < words.length; i++) {
            if (java.util.Arrays.equals(java.util.Arrays.copyOfRange(words, i, i + span.length), span)) {
                String next = words[i + span.length];
                return OPENERS.stream().anyMatch(next::startsWith);
            }
        }
        return false;
    }
}
