package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partings said to a superior called by title at the start of the answer (부장님, …; 선생님, …), on the learner's own
 * words (session 18, s18c):
 * <ul>
 * <li>{@code honorific/superior_farewell}: 수고하세요 (수고하십시오, 수고해요) tells the listener to keep toiling, which
 * one does not say to a superior; leaving first one says 먼저 들어가 보겠습니다 (국립국어원 『표준 언어 예절』 2011,
 * 직장에서의 인사: 윗사람에게 '수고하세요'는 쓰지 않는다; 표준국어대사전 '수고' 「명사」). To a clerk or a driver it is
 * the everyday parting (감사합니다. 수고하세요!) and is not read;</li>
 * <li>{@code honorific/verb}: 봐요 of seeing the superior again (내일 봐요, 다음 주에 봬요 is right) → the humble 뵙다:
 * 뵙겠습니다 in a formal task, 봬요 otherwise (표준 언어 예절 2011, 인사말: 내일 뵙겠습니다; 표준국어대사전 '뵙다':
 * '뵈다'보다 더 겸양의 뜻; Sohn 1999, on humble verbs). Only 보다 after a time word of the next meeting (내일, 다음에,
 * 또, 나중에, 이따가, 월요일에 …), so 이거 봐요 (look at this) is not read.</li>
 * </ul>
 */
final class SuperiorFarewells {

    private SuperiorFarewells() {
    }

    /** A title of a superior called at the start (김 부장님, 선생님, 팀장님, 교수님), then a comma. */
    private static final Pattern CALLED = Pattern.compile("^(?:[가-힣]{1,3} )?([가-힣]*(?:장님|선생님|교수님|대리님|이사님))\\s*,");
    private static final Pattern KEEP_TOILING = Pattern.compile("수고(?:하세요|하십시오|해요|하십쇼)");
    private static final Pattern SEE_AGAIN = Pattern.compile(
            "(내일|다음에|다음 주에|다음 주|또|나중에|이따가|이따|월요일에|모레|주말에|내일 아침에) (봐요|봅시다|보겠습니다|볼게요|봐)(?=[.!?~ ]|$)");

    /**
     * @param raw      the answer as typed
     * @param register the activity's register (the humble form is 뵙겠습니다 in a formal task, 봬요 otherwise)
     * @return the findings, possibly empty
     */
    static List<Finding> find(String raw, Register register) {
        List<Finding> out = new ArrayList<>();
        String text = raw.strip();
        Matcher called = CALLED.matcher(text);
        if (!called.find()) {
            return out;
        }
        String rest = text.substring(called.end());
        Matcher toiling = KEEP_TOILING.matcher(rest);
        if (toiling.find()) {
            out.add(new Finding(ErrorCategory.HONORIFIC, toiling.group(), "먼저 들어가 보겠습니다",
                    "honorific/superior_farewell"));
        }
        Matcher see = SEE_AGAIN.matcher(rest);
        if (see.find()) {
            out.add(new Finding(ErrorCategory.HONORIFIC, see.group(2),
                    register == Register.FORMAL ? "뵙겠습니다" : "봬요", "honorific/verb"));
        }
        return out;
    }
}
