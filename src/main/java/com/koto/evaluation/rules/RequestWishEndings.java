package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Endings that do not say what the sentence does: a request said as the speaker's wish to give, a state joined to
 * a request with -고, and a wish said without -겠- (session 17, helper s17c; read on the learner's own words):
 * <ul>
 * <li>{@code ending/give_for_receive}: 주다 in -고 싶다 where the task asks to be given (표 두 장 주고 싶어요 →
 * 주세요). 주다 is the giver's verb (표준국어대사전 '주다'¹ 「1」 물건 따위를 남에게 건네어 가지게 하다) and -고 싶다
 * the speaker's own wish (표준국어대사전 '싶다' 「1」), so 주고 싶어요 says "I want to give"; asking to be given is
 * N 주세요 (Yeon &amp; Brown 2019, requests with 주세요) or 사고 싶어요/받고 싶어요. Said only where every accepted
 * answer asks with the main verb 주다 (a noun, not an -아/어 form, before it) and none has 주고 싶-, on 주고 right
 * after a noun (not the auxiliary of 가르쳐 주고 싶어요, a favour the speaker wants to do), in a sentence with no
 * recipient (친구한테 주고 싶어요) and no 제가/내가 (the speaker named as the giver);</li>
 * <li>{@code ending/reason_connective}: an adjective's -고 between its subject and a request, or a coming or
 * going (머리가 아프고 약 주세요 → 아파서, 회의가 있고 왔어요 → 있어서). -고 lists states or orders events
 * (표준국어대사전 '-고' 「1」 나열, 「2」 순서); a state that is the reason for what is asked or done takes -아/어서
 * (표준국어대사전 '-아서' 「3」 이유나 근거; Yeon &amp; Brown 2019, the causal connectives -아/어서 and -(으)니까).
 * Said only on an adjective (or 있다/없다) in -고 right after a noun with 이/가, with nothing but nouns and adverbs
 * (no subject of its own) between it and a 주다 of request near the sentence's end or a sentence-final 오다/가다
 * (싸고 좋은 거 주세요, 크고 조용한 방으로 주세요 list two qualities of one thing, 머리가 아프고 열이 나요 two states:
 * all left), where no accepted answer has the learner's word;</li>
 * <li>{@code ending/wish}: -(으)면 with 좋다 in the present where a wish is said (마음에 드셨으면 좋아요 → 좋겠어요).
 * A wish is -(으)면 좋겠다 or -았/었으면 좋겠다 (표준국어대사전 '-면' 「3」 뒤 절의 사실에 대한 희망, with 좋겠다;
 * '-었으면': "바람을 나타낼 때 쓴다", with 좋겠다 or 하다; Yeon &amp; Brown 2019, -았/었으면 좋겠다 'I wish'); -(으)면
 * 좋아요 says that something is good if it happens (advice), and -았/었으면 좋아요 is no form of either. Said on the
 * 좋다 of a statement right after -(으)면 where an accepted answer wishes with -(으)면 좋겠- and none has the
 * learner's 좋- word; after -았/었으면 also without that accepted answer.</li>
 * </ul>
 */
final class RequestWishEndings {

    /** The point after a sentence-final mark (also 。), or a line break. */
    private static final Pattern SENTENCE_OR_LINE_BREAK_CJK = Pattern.compile("(?<=[.?!。])|\\n");

    /** The 주다 of a request (주세요, 주시겠어요, 주실 수, 줘, 주십시오, 주시면). */
    private static final List<String> GIVE_REQUEST = List.of("주세", "주시", "주실", "줘", "주십", "주겠");
    /** A recipient named with a dative particle, or the speaker named as the giver. */
    private static final List<String> DATIVES = List.of("에게", "한테", "께", "께서");
    private static final Set<String> SPEAKER_SUBJECT = Set.of("제가", "내가");
    /** A sentence-final 오다 or 가다 (왔어요, 가요, 갑니다, 왔습니다; 가요 is read by its letters, Nori takes it for a noun). */
    private static final java.util.regex.Pattern COMING_OR_GOING = java.util.regex.Pattern.compile(
            "(가|와|갔어|왔어)요?|(갑|옵)니다|(갔|왔)습니다");

    private RequestWishEndings() {
    }

    /**
     * @param raw      the answer as typed
     * @param expected the accepted answers as written
     * @return the findings on the learner's words; empty when none applies
     */
    static List<Finding> find(String raw, List<String> expected) {
        List<Finding> out = new ArrayList<>();
        List<List<String>> accepted = new ArrayList<>();
        expected.forEach(e -> accepted.addAll(SpeechLevels.sentences(e)));
        List<String> acceptedWords = accepted.stream().flatMap(List::stream).toList();
        for (String part : SENTENCE_OR_LINE_BREAK_CJK.split(raw)) {
            List<String> words = SpeechLevels.sentences(part).stream().findFirst().orElse(List.of());
            if (words.size() < 2) {
                continue;
            }
            boolean question = part.strip().endsWith("?");
            if (!question) {
                giveForReceive(words, expected, acceptedWords, out);
                wish(words, acceptedWords, out);
            }
            stateBeforeRequest(words, acceptedWords, out);
        }
        return out;
    }

    /** 주고 싶어요 after a noun, where every accepted answer asks with the main verb 주다. */
    private static void giveForReceive(List<String> words, List<String> expected, List<String> acceptedWords,
            List<Finding> out) {
        for (int i = 1; i + 1 < words.size(); i++) {
            if (!words.get(i).equals("주고") || !words.get(i + 1).startsWith("싶")) {
                continue;
            }
            if (Morphology.analyse(words.get(i - 1)).stream().anyMatch(Morphology.Word::verbal)
                    || words.stream().anyMatch(w -> SPEAKER_SUBJECT.contains(w)
                            || DATIVES.stream().anyMatch(d -> w.endsWith(d) && w.length() > d.length()))) {
                continue; // (가르쳐 주고 싶어요: a favour; 친구한테 주고 싶어요, 제가 주고 싶어요: the speaker gives)
            }
            if (acceptedWords.stream().anyMatch(w -> w.startsWith("싶"))
                    && acceptedWords.stream().anyMatch(w -> w.equals("주고") || w.equals("드리고"))) {
                continue;
            }
            String request = null;
            for (String e : expected) {
                String found = mainGive(e);
                if (found == null) {
                    request = null;
                    break;
                }
                request = request == null ? found : request;
            }
            if (request != null) {
                out.add(new Finding(ErrorCategory.ENDING, words.get(i) + " " + words.get(i + 1), request,
                        "ending/give_for_receive"));
            }
        }
    }

    /** The first 주다 of request in the accepted answer that follows a word that does not inflect; else null. */
    private static String mainGive(String accepted) {
        for (List<String> s : SpeechLevels.sentences(accepted)) {
            for (int i = 1; i < s.size(); i++) {
                String w = s.get(i);
                if (GIVE_REQUEST.stream().anyMatch(w::startsWith)
                        && Morphology.analyse(s.get(i - 1)).stream().noneMatch(Morphology.Word::verbal)) {
                    return w;
                }
            }
        }
        return null;
    }

    /** An adjective's -고 after its subject, then only nouns and adverbs, then the 주다 of a request. */
    private static void stateBeforeRequest(List<String> words, List<String> acceptedWords, List<Finding> out) {
        int give = -1;
        for (int i = words.size() - 1; i > 0; i--) {
            if (GIVE_REQUEST.stream().anyMatch(words.get(i)::startsWith)) {
                give = i;
                break;
            }
        }
        boolean request = give > 0 && give >= words.size() - 3;
        if (!request) {
            give = COMING_OR_GOING.matcher(words.getLast()).matches() ? words.size() - 1 : -1;
        }
        if (give < 0) {
            return; // (주실 수 있어요: at most two words after the 주다 of the request)
        }
        for (int j = 1; j < give; j++) {
            String w = words.get(j);
            if (!w.endsWith("고") || w.length() < 2 || acceptedWords.contains(w)) {
                continue;
            }
            List<Morphology.Word> read = Morphology.analyse(w);
            if (read.size() != 1) {
                continue;
            }
            List<Morphology.Morpheme> ms = read.getFirst().morphemes();
            boolean state = ms.size() == 2 && ms.getLast().is("EC") && ms.getLast().form().equals("고")
                    && (ms.getFirst().is("VA") || ms.getFirst().form().equals("있") || ms.getFirst().form().equals("없"));
            if (!state || !subject(words.get(j - 1))) {
                continue;
            }
            boolean between = true;
            for (int k = j + 1; k < give; k++) {
                if (request && k == give - 1) {
                    continue; // the main verb before the auxiliary 주다 (빨리 가 주세요), or the thing asked for
                }
                // nouns and adverbs only, none with a subject or topic particle (열이 나요, 약은: a clause of its own)
                between &= Morphology.analyse(words.get(k)).stream().noneMatch(x -> x.verbal() || x.has("JKS")
                        || x.endsWith("JX") && List.of("은", "는", "도").contains(x.morphemes().getLast().form()));
            }
            String inf = between ? SpeechLevels.infinitive(ms.getFirst().form()) : null;
            // (아파고: the -아/어 form before -고, a malformed word named by its own rule, not this one)
            if (inf != null && w.equals(ms.getFirst().form() + "고") && Resynthesis.stemOfInfinitive(ms.getFirst().form()) == null) {
                out.add(new Finding(ErrorCategory.ENDING, w, inf + "서", "ending/reason_connective"));
            }
        }
    }

    /** A noun with the subject particle 이/가 (머리가, 시간이). */
    private static boolean subject(String word) {
        List<Morphology.Word> read = Morphology.analyse(word);
        return read.size() == 1 && read.getFirst().endsWith("JKS") && !read.getFirst().verbal();
    }

    /** 좋다 in the present right after -(으)면, in a statement. */
    private static void wish(List<String> words, List<String> acceptedWords, List<Finding> out) {
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            String wished = switch (w) {
                case "좋아요" -> "좋겠어요";
                case "좋습니다" -> "좋겠습니다";
                case "좋아" -> "좋겠어";
                case "좋다" -> "좋겠다";
                default -> null;
            };
            String before = words.get(i - 1);
            if (wished == null || i != words.size() - 1 || !before.endsWith("면") || before.length() < 2
                    || acceptedWords.contains(w)) {
                continue;
            }
            char c = before.charAt(before.length() - 2);
            boolean pastIf = before.endsWith("으면") && before.length() >= 3
                    && Hangul.isSyllable(before.charAt(before.length() - 3))
                    && Hangul.finalIndex(before.charAt(before.length() - 3)) == 20; // ㅆ: -았/었으면
            List<Morphology.Word> read = Morphology.analyse(before);
            boolean conditional = read.size() == 1 && read.getFirst().verbal() && read.getFirst().endsWith("EC", "EF")
                    && read.getFirst().morphemes().getLast().form().endsWith("면") && Hangul.isSyllable(c);
            boolean wishAccepted = false;
            for (int k = 1; k < acceptedWords.size(); k++) {
                wishAccepted |= acceptedWords.get(k).startsWith("좋겠") && acceptedWords.get(k - 1).endsWith("면");
            }
            if (conditional && (pastIf || wishAccepted)) {
                out.add(new Finding(ErrorCategory.ENDING, w, wished, "ending/wish"));
            }
        }
    }
}
