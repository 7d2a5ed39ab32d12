package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Two pairs of words whose choice the sentence's frame decides, read on the learner's own words against the accepted
 * answers (session 30, s30c). Indonesian has one word for each pair (<i>pinjam</i> for borrow and lend, <i>kecil</i>
 * and <i>sedikit</i> kept apart but the Korean forms 작다/적다 one letter apart), so the learner's word is a real word
 * that says the other thing:
 * <ul>
 * <li>{@code vocabulary/frame_partner}: 빌리다 'borrow' in a question of the listener's will (우산 좀 빌릴래? →
 * 빌려줄래): -(으)ㄹ래 in a question asks what the listener wants to do (표준국어대사전 '-을래' 「어미」: 상대편의 의사를
 * 묻는 뜻을 나타낸다; Yeon &amp; Brown 2019, -(으)ㄹ래요), so 빌릴래? asks whether the listener will borrow, where the
 * task asks the listener to lend, 빌려주다 (표준국어대사전 '빌리다' 「1」 남의 물건이나 돈 따위를 … 얼마 동안 쓰다,
 * '빌려주다' 물건이나 돈 따위를 … 남에게 내주어 쓰게 하다). Only where an accepted answer asks the listener to lend
 * (빌려줘, 빌려줄래, 빌려줄 수 있어, 빌려주세요 …) and none has the learner's form, and the sentence names no first
 * person or joint subject (내가, 제가, 우리, 같이: 같이 빌릴래? invites). The converse: 빌려주면 before 얼마 (자전거를 두
 * 시간 빌려주면 얼마예요? → 빌리면) where every accepted answer that names the act borrows (빌리는 데, 빌리려면) and none
 * lends: the price asked is the renter's ({@code vocabulary/confusable}).</li>
 * <li>{@code vocabulary/size_for_amount}: 작게 'small (in size)' for 적게 'little (in amount)' said of a substance
 * served or put in (얼음은 작게 넣어 주세요 → 적게): 작다 is said of length, area and volume (표준국어대사전 '작다' ①
 * 길이, 넓이, 부피 따위가 비교 대상이나 보통보다 덜하다), 적다 of number and quantity ('적다'¹ ① 수효나 분량, 정도가
 * 일정한 기준에 미치지 못하다). Only of a substance (얼음, 설탕, 시럽, 밥 …) named within two words before, with no
 * verb that shapes it after (작게 잘라 주세요, 작게 썰어: the pieces are small), and where an accepted answer asks for
 * less (적게, 조금, 덜) and none says 작게.</li>
 * </ul>
 */
final class FrameDecidedWords {

    static final String SIZE_FOR_AMOUNT = "vocabulary/size_for_amount";

    private FrameDecidedWords() {
    }

    /** 빌리다 in a question of the listener's will → the same ending on 빌려주다. */
    private static final Map<String, String> BORROW_ASKED = Map.of("빌릴래", "빌려줄래", "빌릴래요", "빌려줄래요",
            "빌리실래요", "빌려주실래요", "빌리실래", "빌려주실래");
    /** A request that the listener lend (빌려줘, 빌려 줄래, 빌려줄 수 있어, 빌려주세요, 빌려주시겠어요, 빌려주면 안 돼). */
    private static final Pattern LEND_REQUEST = Pattern.compile("빌려 ?(줘|줄래|줄 ?수|주세요|주실|주시|주면|주라|주십)");
    /** Any form of 빌려주다 or 빌려 드리다. */
    private static final Pattern LEND = Pattern.compile("빌려 ?(주|줘|줄|줬|줍|드)");
    /** Any form of 빌리다 'borrow' (빌리는, 빌리면, 빌리려면, 빌릴, 빌렸). */
    private static final Pattern BORROW = Pattern.compile("빌리|빌릴|빌린|빌렸|빌립");
    /** Words that make the speaker a subject of the act, or a joint one. */
    private static final Set<String> SPEAKER_SUBJECTS = Set.of("내가", "제가", "나도", "저도", "우리", "우리가", "저희",
            "저희가", "같이", "함께");

    /** A recipient named with 한테, 에게 or 께 (저한테 빌려주면: the lending asked, not the renting). */
    private static final Pattern RECIPIENT = Pattern.compile("(한테|에게|께)$");

    /** Substances served or put in by quantity (표준국어대사전: 분량을 세는 것). */
    private static final Set<String> SUBSTANCES = Set.of("얼음", "설탕", "시럽", "소금", "물", "우유", "크림", "휘핑",
            "휘핑크림", "밥", "국물", "양", "소스", "간장", "고춧가루", "양념", "기름", "버터", "꿀", "치즈", "고수", "파",
            "마요네즈", "케첩", "샷", "면", "고기", "야채", "채소");
    /** Verbs that shape a thing: after them 작게 is the size of the pieces (작게 잘라 주세요). */
    private static final Pattern SHAPING = Pattern.compile("(잘라|자르|썰어|썰|깎아|부숴|부수|깨|만들|말아|접어|쪼개|다져|갈아).*");
    /** An accepted answer's word for less of a thing. */
    private static final Pattern LESS = Pattern.compile("(^|\\s)(적게|조금|좀 덜|덜|적은)");

    /**
     * The findings of both pairs.
     *
     * @param raw      the learner's answer as written
     * @param accepted the accepted answers (as written or normalised)
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (accepted.isEmpty()) {
            return out;
        }
        boolean lendAsked = accepted.stream().anyMatch(a -> LEND_REQUEST.matcher(a).find());
        boolean anyLend = accepted.stream().anyMatch(a -> LEND.matcher(a).find());
        boolean anyBorrow = accepted.stream().anyMatch(a -> BORROW.matcher(a).find());
        boolean lessAsked = accepted.stream().anyMatch(a -> LESS.matcher(a).find());
        boolean anySmall = accepted.stream().anyMatch(a -> a.contains("작게"));
        for (String sentence : raw.split("(?<=[.?!。？！])")) {
            List<String> w = AnswerText.wordsOf(sentence);
            boolean question = sentence.strip().endsWith("?") || sentence.strip().endsWith("？");
            for (int k = 0; k < w.size(); k++) {
                String x = w.get(k);
                String next = k + 1 < w.size() ? w.get(k + 1) : "";
                // 우산 좀 빌릴래? → 빌려줄래
                if (question && k == w.size() - 1 && BORROW_ASKED.containsKey(x) && lendAsked
                        && accepted.stream().noneMatch(a -> a.contains(x))
                        && w.stream().noneMatch(SPEAKER_SUBJECTS::contains)) {
                    out.add(new Finding(ErrorCategory.VOCABULARY, x, BORROW_ASKED.get(x), "vocabulary/frame_partner"));
                }
                // 자전거를 두 시간 빌려주면 얼마예요? → 빌리면
                if (x.equals("빌려주면") && next.startsWith("얼마") && anyBorrow && !anyLend
                        && w.stream().noneMatch(y -> RECIPIENT.matcher(y).find())) {
                    out.add(new Finding(ErrorCategory.VOCABULARY, x, "빌리면", Confusables.CONFUSABLE));
                }
                // 얼음은 작게 넣어 주세요 → 적게
                if (x.startsWith("작게") && Set.of("", "요", "만", "만요").contains(x.substring(2)) && lessAsked
                        && !anySmall && substanceBefore(w, k) && !SHAPING.matcher(next).matches()) {
                    out.add(new Finding(ErrorCategory.VOCABULARY, x, "적게" + x.substring(2), SIZE_FOR_AMOUNT));
                }
            }
        }
        return out;
    }

    /**
     * Whether a substance of {@link #SUBSTANCES} is named within the two words before word {@code k}, bare or with a
     * topic, object, subject or additive particle (얼음은 작게, 설탕 좀 작게, 얼음을 조금 작게).
     */
    private static boolean substanceBefore(List<String> words, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
            String[] sp = ArgumentCheck.stemAndParticle(words.get(j));
            String noun = SUBSTANCES.contains(words.get(j)) ? words.get(j) : sp[0];
            String particle = SUBSTANCES.contains(words.get(j)) ? "" : sp[1];
            if (SUBSTANCES.contains(noun) && Set.of("", "은", "는", "을", "를", "이", "가", "도", "만").contains(particle)) {
                return true;
            }
        }
        return false;
    }
}
