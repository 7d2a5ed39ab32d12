package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The humble giving verb 드리다 to an animal, on the learner's own words (session 10), category
 * {@code honorific}, subtype {@code honorific/humble_extra}: 원숭이한테 먹이 드리지 마 → 주지, 고양이에게
 * 밥을 드렸어요 → 줬어요. 드리다 is the object-honorific form of 주다: it raises the one who receives,
 * so it is only used of a person one respects (할머니께 드리다); to an animal one gives with 주다. The
 * recipient must be named in the same sentence with 한테/에게/께 before the verb (the learner's own
 * words say who receives), and only the first word of the verb changes (드리지 → 주지, 드려 → 줘, 드릴게
 * → 줄게, 드렸어요 → 줬어요).
 * <p>Sources: 표준국어대사전 '드리다' 「동사」 ('주다'의 높임말: 윗사람에게 …을 주다); 국립국어원 『표준 언어
 * 예절』 (2011), 높임법 (객체 높임: 드리다, 께); Sohn, <i>The Korean Language</i> (1999), ch. 9 (object
 * honorification: 드리다 for an honoured recipient); Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i>
 * (2019), on honorifics (드리다 humble for 주다).
 */
final class HumbleGiving {

    private HumbleGiving() {
    }

    /** Animals a learner feeds or gives to (zoo, pet, farm). */
    private static final Set<String> ANIMALS = Set.of("원숭이", "강아지", "고양이", "개", "새", "물고기", "동물",
            "동물들", "비둘기", "오리", "판다", "사슴", "토끼", "코끼리", "기린", "곰", "말", "소", "돼지", "닭", "염소",
            "양", "햄스터", "거북이", "앵무새", "펭귄", "사자", "호랑이", "금붕어");

    /** The -아/어 forms of verbs of handing over before 드리다/주다 (보내 드리다, 갖다 드리다, 전해 드리다). */
    private static final Set<String> HANDING_OVER = Set.of("보내", "갖다", "가져다", "전해", "전달해", "제출해", "건네");
    /** Forms of 드리다 and 주다 (드리겠습니다, 드릴게요, 주세요, 줄게). */
    private static final java.util.regex.Pattern GIVE = java.util.regex.Pattern.compile("(드리|드릴|드려|드렸|드립|드린|주|줄|줘|줬|줍|준)\\S*");

    /**
     * The giving verb alone where the accepted answer hands the thing over with a verb before it (보고서 오늘 오후 세
     * 시까지 드리겠습니다 for … 보내 드리겠습니다): 드리다 is itself a main verb, the humble 주다 'give to a superior'
     * (표준국어대사전 '드리다'¹ 「1」 '주다'의 높임말), and giving the report says what sending or bringing it does; the
     * main verb 보내다 adds how. {@code c} is {@code o} with one word of {@link #HANDING_OVER} inserted right before
     * its last word, a form of 드리다 or 주다. Another verb before the auxiliary (도와 드리겠습니다, 가 주세요) is the
     * act itself, and its omission stands (session 25, s25a).
     */
    static boolean handedOver(String o, String c) {
        if (o == null || c == null || o.isBlank()) {
            return false;
        }
        List<String> ow = List.of(o.strip().split(" "));
        List<String> cw = List.of(c.strip().split(" "));
        if (cw.size() != ow.size() + 1 || !GIVE.matcher(ow.getLast()).matches() || !cw.getLast().equals(ow.getLast())
                || !HANDING_OVER.contains(cw.get(cw.size() - 2))) {
            return false;
        }
        return cw.subList(0, cw.size() - 2).equals(ow.subList(0, ow.size() - 1));
    }

    /**
     * As {@link #handedOver}, where the comparison reports the verb of handing over as a word missing after the word
     * before the giving verb (자료 내일까지 드릴게요: 내일까지 → 내일까지 보내): {@code c} is {@code o} and one word of
     * {@link #HANDING_OVER}, and in the answer a form of 드리다 or 주다 follows {@code o}.
     */
    static boolean handedOverBefore(String o, String c, String answer) {
        if (o == null || c == null || o.isBlank() || !c.startsWith(o.strip() + " ")
                || !HANDING_OVER.contains(c.substring(o.strip().length() + 1))) {
            return false;
        }
        String padded = " " + answer + " ";
        int at = padded.indexOf(" " + o.strip() + " ");
        if (at < 0) {
            return false;
        }
        String[] after = padded.substring(at + o.strip().length() + 2).strip().split(" ");
        return after.length > 0 && GIVE.matcher(after[0]).matches();
    }

    /** The dative particles that name a recipient. */
    private static final List<String> DATIVES = List.of("한테", "에게", "께");

    /** The humble verb's first syllables → the plain verb's (드려 → 줘, 드렸 → 줬, 드릴 → 줄, 드립 → 줍, 드린 → 준). */
    private static final String[][] FORMS = {{"드렸", "줬"}, {"드려", "줘"}, {"드릴", "줄"}, {"드립", "줍"},
            {"드린", "준"}, {"드리", "주"}};

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers (a word one of them writes is left alone)
     * @return findings; empty when none applies
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (raw.contains("\"") || raw.contains("“")) {
            return out;
        }
        for (List<String> words : SpeechLevels.sentences(raw)) {
            int recipient = -1;
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                if (animalRecipient(w)) {
                    recipient = i;
                    continue;
                }
                if (recipient < 0 || i - recipient > 3) {
                    continue;
                }
                String fixed = plain(w);
                if (fixed != null && accepted.stream().noneMatch(a -> (" " + a + " ").contains(" " + w + " "))) {
                    out.add(new Finding(ErrorCategory.HONORIFIC, w, fixed, "honorific/humble_extra"));
                    recipient = -1;
                }
            }
            String last = words.getLast();
            String asked = ASKED_OF_LISTENER.get(last);
            if (asked != null && raw.contains(last + "?") && words.stream().noneMatch(SPEAKER::contains)
                    && accepted.stream().noneMatch(a -> (" " + a + " ").contains(" " + last + " "))) {
                out.add(new Finding(ErrorCategory.HONORIFIC, last, asked, "honorific/verb"));
            }
        }
        return out;
    }

    /** The speaker named as the subject (제가 확인해 드리겠어요? is an odd offer, not a request). */
    private static final Set<String> SPEAKER = Set.of("제가", "저는", "저", "내가", "나는", "저희가");

    /**
     * 드리다 in a question asking the listener's will (확인해 드리겠어요? → 주시겠어요?, 봐 드릴래요? → 주실래요?): the
     * humble 드리다 lowers its subject, who would here be the listener asked to act, so a request asks with 주시다
     * (Sohn 1999 §9 on object honorification and humble verbs; 표준 언어 예절 2011, 객체 높임; Yeon &amp; Brown 2019,
     * -아/어 주시겠어요? as a polite request). Only the listener-will forms -겠어요?/-겠습니까?/-(으)ㄹ래요?; the offer
     * 드릴까요? is the speaker's own act and is right. Session 14 (helper eval25c).
     */
    private static final java.util.Map<String, String> ASKED_OF_LISTENER = java.util.Map.of("드리겠어요", "주시겠어요",
            "드리겠습니까", "주시겠습니까", "드릴래요", "주실래요");

    /** 원숭이한테, 강아지에게, 고양이께: an animal named as the one who receives. */
    private static boolean animalRecipient(String w) {
        for (String d : DATIVES) {
            if (w.endsWith(d) && ANIMALS.contains(w.substring(0, w.length() - d.length()))) {
                return true;
            }
        }
        return false;
    }

    /** 드리다's word with 주다 (드리지 → 주지, 드려요 → 줘요); null when the word is not 드리다. */
    private static String plain(String w) {
        for (String[] f : FORMS) {
            if (w.startsWith(f[0])) {
                return f[1] + w.substring(f[0].length());
            }
        }
        return null;
    }
}
