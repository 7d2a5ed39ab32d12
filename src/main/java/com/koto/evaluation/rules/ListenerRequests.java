package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A request to the listener without -(으)시-, on the learner's own words (session 10; the polite 줘요 since session
 * 12, {@link #politeRequests}), category
 * {@code honorific}, subtype {@code honorific/si_missing}: in a formal (합쇼체) activity, a question that
 * asks the listener to do something for the speaker with -아/어 주다 takes -(으)시- on 주다 (보증금을 낮춰
 * 줄 수 있습니까? → 주실, 확인해 주겠습니까? → 주시겠습니까): the listener is the subject of 주다, and a
 * listener one speaks 합쇼체 to (a landlord, an official, a superior) is honoured. Only when the sentence
 * names no subject of its own (제가 …, 직원이 …), so the subject is the listener.
 * <p>Sources: Sohn, <i>The Korean Language</i> (1999), ch. 9 (subject honorification of the addressee;
 * the deferential level goes with it in requests); 국립국어원 『표준 언어 예절』 (2011), 높임법 (요청:
 * -아 주시겠습니까, -아 주실 수 있습니까); Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i> (2019),
 * on -아/어 주다 and polite requests.
 */
final class ListenerRequests {

    private ListenerRequests() {
    }

    /** What follows 줄 수 in a formal question (있습니다? is the learner's slip for 있습니까). */
    private static final Set<String> ABLE = Set.of("있습니까", "있습니다", "있겠습니까");

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed
     * @param register the activity's register ({@link Register#FORMAL}; {@link Register#POLITE} for 줘요)
     * @param accepted the normalised accepted answers (a word one of them writes is left alone)
     * @return findings; empty when none applies
     */
    static List<Finding> find(String raw, Register register, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (raw.contains("\"") || raw.contains("“")) {
            return out;
        }
        if (register == Register.POLITE) {
            List<Finding> polite = new ArrayList<>(politeRequests(raw, accepted));
            polite.addAll(askedOfAnHonouredListener(raw, accepted));
            return polite;
        }
        if (register != Register.FORMAL) {
            return out;
        }
        // 주다 as the auxiliary after -아/어 (낮춰 줄, 해 주겠습니까)
        return giverNotHonoured(raw, accepted, ABLE, w -> w.equals("주겠습니까") ? "주시겠습니까" : null);
    }

    /** The accepted answers' requests with -(으)시- on 주다 (주세요, 주시겠어요, 주십시오, 주실 수 있어요?). */
    private static final List<String> HONOURED_GIVING = List.of("주세요", "주시겠어요", "주십시오", "주실");

    /**
     * 사과 세 개 줘요 → 주세요, 좀 도와줘요 → 도와주세요 ({@code honorific/si_missing}): in a polite (해요체) activity,
     * a request that ends in 줘요, the 해요체 of 주다 without -(으)시-. The listener is the subject of 주다, and a
     * request to a clerk, a driver or a stranger honours them with -(으)세요 (주세요); the bare -아/어요 command
     * is said to an intimate or a junior. Only a statement (not a question), naming no subject of its own
     * (엄마가 용돈을 줘요 tells what someone gives), where an accepted answer makes the request with -(으)시- on
     * 주다, so the task is a request. Sources: Sohn 1999 ch. 9 (the addressee as subject of a request is
     * honoured); Yeon &amp; Brown 2019, on -아/어 주세요 and the polite imperative -(으)세요; 국립국어원 『표준 언어
     * 예절』 (2011), 높임법 (to a stranger: 해요체 with -시-).
     */
    private static List<Finding> politeRequests(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (accepted.stream().noneMatch(a -> HONOURED_GIVING.stream().anyMatch(a::contains))) {
            return out;
        }
        for (SpeechLevels.AnalysedSentence s : SpeechLevels.analysedSentences(raw)) {
            List<String> words = s.words();
            String last = words.getLast();
            if (!last.endsWith("줘요") || raw.contains(last + "?") || words.stream().anyMatch(Lexicon.SELF::contains)
                    || s.analysed().stream().anyMatch(w -> w.endsWith("JKS"))
                    || accepted.stream().anyMatch(a -> (" " + a + " ").contains(" " + last + " "))) {
                continue;
            }
            out.add(new Finding(ErrorCategory.HONORIFIC, last, last.substring(0, last.length() - 2) + "주세요",
                    "honorific/si_missing"));
        }
        return out;
    }

    /** What follows 줄 수 in a polite question. */
    private static final Set<String> ABLE_POLITE = Set.of("있어요", "있을까요", "있으세요");

    /**
     * 사장님, 언제 고쳐 줄 수 있어요? → 주실, 선생님, 천천히 말해 줄래요? → 주시겠어요 ({@code honorific/si_missing}):
     * in a polite (해요체) activity, a question that asks a listener called by an honoured title, elder kin term or
     * N님 with a comma (사장님, 선생님, 할머니; {@link ElderFavours#honouredVocative}) to do something for the speaker
     * with -아/어 주다 — -(으)ㄹ 수 있어요?, -(으)ㄹ래요?, -겠어요? — without -(으)시- on 주다. The listener is the
     * subject (the giver) of 주다, and an honoured subject takes -(으)시- (주체 높임); to a friend called by name (민수
     * 씨, 도와줄 수 있어요?) or a stranger (저기요, 아저씨) the plain 해요체 question stays. Only where the sentence names
     * no subject of its own (제가, 직원이), 주다 is the auxiliary after -아/어, an accepted answer asks with -(으)시- on
     * 주다 (the task is a request to that listener) and none has the learner's word. Sources: 국립국어원 『표준 언어
     * 예절』 (2011), 높임법 (주체 높임; 요청: -아 주시겠어요, -아 주실 수 있어요); Sohn 1999, ch. 9 (the addressee as
     * subject honoured); Yeon &amp; Brown 2019, on -아/어 주다 and -(으)시-.
     */
    private static List<Finding> askedOfAnHonouredListener(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (!ElderFavours.honouredVocative(raw)
                || accepted.stream().noneMatch(a -> HONOURED_GIVING.stream().anyMatch(a::contains))) {
            return out;
        }
        // 주다 as the auxiliary after -아/어 (고쳐 줄, 말해 줄래요)
        return giverNotHonoured(raw, accepted, ABLE_POLITE, w -> switch (w) {
            case "줄래요" -> accepted.stream().noneMatch(a -> a.contains("주시겠어요")) ? "주실래요" : "주시겠어요";
            case "주겠어요" -> "주시겠어요";
            default -> null;
        });
    }

    /**
     * The {@code honorific/si_missing} findings on 주다 as the auxiliary after -아/어 in the questions that ask the
     * listener to act ({@link #listenerQuestions}), where no accepted answer has the word: 줄 before 수 and a last word
     * of {@code able} (→ 주실), and a last word that {@code lastFixed} repairs (주겠습니까 → 주시겠습니까).
     *
     * @param able      the forms of 있다 that end the -(으)ㄹ 수 있다 question in the register
     * @param lastFixed the repair of a last word, or null when it is none of the register's forms
     */
    private static List<Finding> giverNotHonoured(String raw, List<String> accepted, Set<String> able,
            java.util.function.UnaryOperator<String> lastFixed) {
        List<Finding> out = new ArrayList<>();
        for (SpeechLevels.AnalysedSentence s : listenerQuestions(raw)) {
            List<String> words = s.words();
            String last = words.getLast();
            for (int i = 1; i < words.size(); i++) {
                String w = words.get(i);
                if (!auxiliaryNotAccepted(s, i, accepted)) {
                    continue;
                }
                String fixed = i == words.size() - 1 ? lastFixed.apply(w) : null;
                if (w.equals("줄") && i + 2 == words.size() - 1 && words.get(i + 1).equals("수") && able.contains(last)) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, w, "주실", "honorific/si_missing"));
                } else if (fixed != null) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, w, fixed, "honorific/si_missing"));
                }
            }
        }
        return out;
    }

    /**
     * The sentences of {@code raw} that ask the listener to act: a question mark after the last word, no first-person
     * word (제가, 저는, 저희 …) and no subject in 이/가 of its own, so the listener is the one who acts.
     */
    private static List<SpeechLevels.AnalysedSentence> listenerQuestions(String raw) {
        return SpeechLevels.analysedSentences(raw).stream().filter(s -> {
            List<String> words = s.words();
            return raw.contains(words.getLast() + "?") && words.stream().noneMatch(Lexicon.SELF::contains)
                    && words.stream().noneMatch(w -> w.startsWith("제가") || w.startsWith("저는") || w.startsWith("저희"))
                    && s.analysed().stream().noneMatch(w -> w.endsWith("JKS"));
        }).toList();
    }

    /** Whether word {@code i} of {@code s} follows a connective -아/어 (주다 as the auxiliary) and no accepted answer has it. */
    private static boolean auxiliaryNotAccepted(SpeechLevels.AnalysedSentence s, int i, List<String> accepted) {
        String w = s.words().get(i);
        return s.analysed().get(i - 1).endsWith("EC")
                && accepted.stream().noneMatch(a -> (" " + a + " ").contains(" " + w + " "));
    }
}
