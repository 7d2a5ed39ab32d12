package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The past tense on an act still to come, read on the learner's own words against the accepted answers
 * (session 15, helper eval27c). The accepted answers say when the act happens: where every one of them
 * keeps the verb out of the past and one of them puts it in a plan, a request or a question about what is
 * to come, the learner's -았/었- reports as done what the task has still to do.
 * <ul>
 * <li>{@code tense/future}: the act the speaker is asked to do, told in the past (이번 토요일 저녁 7시에 네 명
 * 예약했어요 → 예약하고 싶어요; 나중에 다시 전화했어요 → 전화할게요). A noun + 하다 verb ending a statement,
 * where an accepted answer has the same verb in -고 싶다, -(으)ㄹ 수 있다, -(으)ㄹ게요, -(으)려고, -겠-, -아/어
 * 주다 and none has its past. The correction quotes that accepted phrase.</li>
 * <li>{@code tense/present}: a question with 언제 about what is still to be done, in the past (제 정장은 언제
 * 다 됐어요? → 돼요; 언제 도착했어요? → 도착해요), where an accepted answer asks with 언제 in the present or
 * with -(으)ㄹ 수 있다 and none asks in the past. Not 언제부터 (since when: a start in the past), and not after a
 * time before now or a statement in the past (지난번에 맡겼어요. 언제 찾을 수 있었어요? may ask about that visit).</li>
 * </ul>
 * <p>Sources: Yeon &amp; Brown 2019, <i>Korean: A Comprehensive Grammar</i>, on the past -았/었- (a completed
 * event) and on the present for scheduled and near-future events; 국립국어원 『외국인을 위한 한국어 문법 1』
 * (2005) '-았/었-' (말하는 시점 이전의 사건); Sohn 1999, ch. 8 (tense and aspect: the non-past for the future).
 */
final class UpcomingActs {

    /** A break after a sentence-final mark with the spaces after it. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.?!])\\s*");
    /** The spaces after a sentence-final mark. */
    private static final Pattern SENTENCE_GAP = Pattern.compile("(?<=[.?!])\\s+");

    /** A noun + 했 + a sentence ending (예약했어요, 전화했습니다, 계산했어). */
    private static final Pattern PAST_OF_HADA = Pattern.compile("(.+)했(어요|습니다|어)");
    /** The non-past frames of a plan or request on a 하다 verb (예약하고 싶어요, 전화할게요, 계산해 주세요). */
    private static final String PLAN_FRAMES = "(하고 싶|할 수 있|할 수 없|할게|할께|하려고|하려는|할래|하겠|해 주|해 드|할까)";
    /** The endings after the past -았/었- at a question's end (됐어요, 찾았습니까, 도착했어, 끝났나요). */
    private static final List<String> PAST_ENDINGS = List.of("어요", "습니까", "어", "나요");

    /** Words that tell the act as already done (벌써 샀어요, 이미 보냈습니다). */
    private static final java.util.Set<String> ALREADY = java.util.Set.of("벌써", "이미", "방금", "아까", "다");

    /** The words after an -(으)ㄹ modifier that make a plan or a guess about what is to come. */
    private static final java.util.Set<String> WILL = java.util.Set.of("거예요", "거야", "겁니다", "거에요", "것", "거");

    /** Time words before now (어제, 지난번에, 아까, 두 달 전에): a past question may be about that time. */
    private static final Pattern PAST_TIME = Pattern.compile("(^| )(어제|그저께|그제|지난|아까|작년|예전|전에)");

    private UpcomingActs() {
    }

    /**
     * The findings on the learner's answer.
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers
     * @return the past word → the accepted answer's form (a plan) or the learner's word in the present (a
     *         when-question); empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        return find(raw, accepted, accepted);
    }

    /**
     * As {@link #find(String, List)}, with the accepted answers as written (their sentence marks tell one
     * sentence from the next).
     *
     * @param expected the accepted answers as written
     */
    static List<Finding> find(String raw, List<String> accepted, List<String> expected) {
        List<Finding> out = new ArrayList<>();
        boolean pastBefore = PAST_TIME.matcher(AnswerText.normalise(raw)).find();
        for (String sentence : SENTENCE_BREAK.split(raw)) {
            boolean question = sentence.strip().endsWith("?");
            List<String> words = List.of(AnswerText.normalise(sentence).split(" "));
            if (words.isEmpty() || words.getLast().isEmpty()) {
                continue;
            }
            String last = words.getLast();
            if (!question) {
                java.util.Optional<Finding> planned = plannedAct(last, accepted);
                if (planned.isEmpty() && words.size() > 1 && PAST_OF_HADA.matcher("X" + last).matches()
                        && last.startsWith("했")) {
                    // the verbal noun written apart (예약 했어요, a spacing note of its own): the past of 하다 alone
                    // is corrected as the plan without the noun (했어요 → 하고 싶어요; session 30, s30d)
                    String noun = words.get(words.size() - 2);
                    planned = plannedAct(noun + last, accepted).map(f -> new Finding(f.category(), last,
                            f.correction().startsWith(noun) ? f.correction().substring(noun.length())
                                    : f.correction(), f.subtype()));
                }
                if (planned.isEmpty() && !PAST_TIME.matcher(AnswerText.normalise(sentence)).find()
                        && words.stream().noneMatch(ALREADY::contains)) {
                    planned = pastForPlan(last, expected);
                }
                planned.ifPresent(out::add);
                pastBefore |= pastEnd(last);
            } else if ((words.contains("언제") || words.contains("언제쯤")) && !pastBefore) {
                // (지난번에 맡겼어요. 언제 찾을 수 있었어요? may ask about that past visit)
                pastWhenQuestion(last, accepted).ifPresent(out::add);
            }
        }
        return out;
    }

    private static java.util.Optional<Finding> plannedAct(String last, List<String> accepted) {
        Matcher m = PAST_OF_HADA.matcher(last);
        if (!m.matches() || !KnownWords.noun(m.group(1))) {
            return java.util.Optional.empty();
        }
        String noun = m.group(1);
        Pattern frame = Pattern.compile("(^| )(" + Pattern.quote(noun) + PLAN_FRAMES + "[^ ]*( [^ ]+)?)");
        String correction = null;
        for (String a : accepted) {
            if (a.contains(noun + "했") || a.contains(noun + "한 ") || a.contains(noun + "했던")) {
                return java.util.Optional.empty(); // an accepted answer tells the act as done
            }
            Matcher f = frame.matcher(a);
            if (correction == null && f.find()) {
                correction = phrase(f.group(2));
            }
        }
        return correction == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Finding(ErrorCategory.TENSE, last, correction, "tense/future"));
    }

    /** The frame's words: the verb and, where the frame goes on in an auxiliary, that word (싶어요, 있어요). */
    private static String phrase(String matched) {
        String[] w = matched.split(" ");
        boolean auxiliary = w.length > 1 && (w[0].endsWith("고") || w[0].endsWith("할") || w[0].endsWith("해")
                || w[0].endsWith("려고") || w[0].endsWith("려는"));
        String p = auxiliary ? w[0] + " " + w[1] : w[0];
        return auxiliary && (w[1].equals("수")) ? matched : p;
    }

    /**
     * The past of any verb where an accepted answer tells that very act as to come (session 16, helper eval30c):
     * 나 오늘 늦게 들어갔어 → 들어갈 거야, 다섯 개 샀어요 → 살게요, 바로 가져다 드렸어요 → 드릴게요, 가방 하나를
     * 부쳤습니다 → 부치겠습니다, 20분 늦었습니다 → 늦을 것 같습니다. The learner's stem (Nori) with the future
     * -(으)ㄹ must open an accepted statement's -(으)ㄹ게(요), -(으)ㄹ 거예요/거야/겁니다, -(으)ㄹ 것 같다, or the stem
     * opens its -겠-, -고 싶다 or -(으)려고; no accepted answer may have the learner's past (prefix up to -았/었-).
     * Regular stems only (an irregular stem's future is not built). The correction quotes the accepted phrase.
     */
    private static java.util.Optional<Finding> pastForPlan(String last, List<String> expected) {
        if (!pastEnd(last)) {
            return java.util.Optional.empty();
        }
        List<Morphology.Word> read = Morphology.analyse(last);
        if (read.size() != 1) {
            return java.util.Optional.empty();
        }
        List<Morphology.Morpheme> ms = read.getFirst().morphemes();
        StringBuilder stem = new StringBuilder();
        int at = 0;
        for (; at < ms.size() && !ms.get(at).is("EP"); at++) {
            Morphology.Morpheme m = ms.get(at);
            if (!(m.is("VV", "VA", "VX", "XSV", "NNG") )) {
                return java.util.Optional.empty();
            }
            stem.append(m.form());
        }
        if (at == 0 || at >= ms.size() - 1 || !ms.get(at).is("EP") || !ms.getLast().is("EF")
                || ms.get(at - 1).is("NNG") || stem.isEmpty()) {
            return java.util.Optional.empty();
        }
        String s = stem.toString();
        char end = s.charAt(s.length() - 1);
        if (!Hangul.isSyllable(end) || !last.startsWith(s.substring(0, s.length() - 1))) {
            return java.util.Optional.empty();
        }
        String future = !Hangul.hasFinal(end) ? s.substring(0, s.length() - 1) + Hangul.withRieulFinal(end)
                : Hangul.hasRieulFinal(end) ? s : s + "을";
        String past = last.substring(0, lastPastSyllable(last) + 1);
        String correction = null;
        boolean firstRank = false;
        for (String e : expected) {
            for (String sentence : SENTENCE_GAP.split(e.strip())) {
                if (sentence.strip().endsWith("?")) {
                    continue;
                }
                List<String> ws = List.of(AnswerText.normalise(sentence).split(" "));
                for (int i = 0; i < ws.size(); i++) {
                    String w = ws.get(i);
                    if (w.startsWith(past)) {
                        return java.util.Optional.empty(); // an accepted answer tells the act as done
                    }
                    String next = i + 1 < ws.size() ? ws.get(i + 1) : "";
                    if (w.equals(future + "게요") || w.equals(future + "게") || w.equals(future + "께요")
                            || w.startsWith(s + "겠")) {
                        correction = correction == null || !firstRank ? w : correction;
                        firstRank = true;
                    } else if (w.equals(future) && WILL.contains(next)) {
                        String phrase = next.equals("것") || next.equals("거")
                                ? String.join(" ", ws.subList(i, Math.min(ws.size(), i + 3))) : w + " " + next;
                        correction = correction == null || !firstRank ? phrase : correction;
                        firstRank = true;
                    } else if (correction == null && ((w.equals(s + "고") && next.startsWith("싶"))
                            || (w.equals(s + "려고") || w.equals(s + "으려고")) && !next.isEmpty())) {
                        correction = w + " " + next; // a wish or an intention, where no accepted answer has the future
                    }
                }
            }
        }
        return correction == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Finding(ErrorCategory.TENSE, last, correction, "tense/future"));
    }

    /** The index of the last syllable with the final ㅆ of -았/었- (샀어요 → 0, 들어갔어 → 2). */
    private static int lastPastSyllable(String w) {
        for (int i = w.length() - 1; i >= 0; i--) {
            char c = w.charAt(i);
            if (Hangul.isSyllable(c) && Hangul.finalIndex(c) == Hangul.Final.SS) {
                return i;
            }
        }
        return w.length() - 1;
    }

    private static java.util.Optional<Finding> pastWhenQuestion(String last, List<String> accepted) {
        if (!pastEnd(last)) {
            return java.util.Optional.empty();
        }
        boolean upcoming = false;
        for (String a : accepted) {
            for (String q : SENTENCE_BREAK.split(a)) {
                List<String> ws = List.of(AnswerText.normalise(q).split(" "));
                if (!(ws.contains("언제") || ws.contains("언제쯤"))) {
                    continue;
                }
                if (pastEnd(ws.getLast())) {
                    return java.util.Optional.empty(); // an accepted answer asks about what is done
                }
                upcoming = true;
            }
        }
        String present = upcoming ? presentOf(last) : null;
        return present == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Finding(ErrorCategory.TENSE, last, present, "tense/present"));
    }

    /** Whether the word ends in the past -았/었- and a sentence ending (됐어요, 찾았습니까; not 있어요). */
    static boolean pastEnd(String w) {
        for (String e : PAST_ENDINGS) {
            if (w.endsWith(e) && w.length() > e.length()) {
                char c = w.charAt(w.length() - e.length() - 1);
                // (not 있- and -겠-: 있어요, 되겠어요 are no past)
                return Hangul.isSyllable(c) && Hangul.finalIndex(c) == Hangul.Final.SS && c != '있' && c != '겠';
            }
        }
        return false;
    }

    /**
     * The present of a past sentence end: 됐어요 → 돼요, 도착했어요 → 도착해요, 찾았어요 → 찾아요 (the syllable
     * with ㅆ loses it and takes the -아/어 ending's place); 찾았습니까 → 찾습니까, 했습니까 → 합니까, 됐습니까
     * → 됩니까; -(으)셨어요 → -(으)세요 (사셨어요 → 사세요, Yeon &amp; Brown 2019: -(으)시- + -어요 is -(으)세요); null
     * where the form is not read.
     */
    static String presentOf(String w) {
        for (int i = w.length() - 1; i >= 0; i--) {
            char c = w.charAt(i);
            if (!Hangul.isSyllable(c) || Hangul.finalIndex(c) != 20) {
                continue;
            }
            String head = w.substring(0, i);
            String rest = w.substring(i + 1);
            char open = (char) (c - 20);
            if (c == '셨' && rest.equals("어요")) {
                return head + "세요"; // the 해요체 of -(으)시- is -(으)세요: 사셨어요 → 사세요 (session 36, s36b)
            }
            if (rest.startsWith("어")) {
                return head + open + rest.substring(1);
            }
            if (rest.startsWith("습니")) {
                if (c == '했' || c == '됐') {
                    return head + (c == '했' ? '합' : '됩') + rest.substring(1);
                }
                if ((c == '았' || c == '었') && !head.isEmpty() && Hangul.hasFinal(head.charAt(head.length() - 1))) {
                    return head + rest;
                }
            }
            return null;
        }
        return null;
    }
}
