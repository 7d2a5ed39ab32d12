package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Verbs whose choice depends on who moves, who gives and toward whom (session 27, s27g), read on the learner's words
 * against ALL accepted answers, with the same frame word for word around the verb:
 * <ul>
 * <li>{@code vocabulary/come_for_go} and {@code vocabulary/go_for_come}: 오다 'come' and 가다 'go' are deictic —
 * 오다 is movement toward where the speaker (or the listener, in a question to them) is, 가다 movement away from
 * it (표준국어대사전 '오다' ① 무엇이 이쪽으로 움직여 위치를 옮기다, '가다' ① 한곳에서 다른 곳으로 장소를 이동하다; Yeon &amp;
 * Brown 2019, §on 가다/오다 and deixis). A speaker asking the way to a place elsewhere goes there (여객터미널에 어떻게
 * 가요?); 여객터미널에 어떻게 와요? asks how the listener's people come, as someone already there would. The learner's
 * form of the one verb is judged where every accepted answer has the other verb and none has the learner's, and one
 * accepted answer has the learner's word before the verb (the goal or 어떻게) and the other verb in the learner's
 * ending (와요 ↔ 가요). The learner's sentence names the goal (N에, N까지, N(으)로, 여기/거기/저기; since session 33
 * also N에서, the learner's wrong particle on it: 파티에서 못 와 → 가) that every accepted answer names, or (session 33,
 * s33d) the verb follows a purpose in -(으)러 and a noun every accepted answer has (통장을 만들러 갔습니다 → 왔습니다:
 * the speaker is at the place of the purpose). Since session 33 the compounds that keep the deixis (나가다/나오다,
 * 가져가다/가져오다, 데려가다/데려오다, 들어가다/들어오다, 돌아가다/돌아오다) are read the same way, compound for
 * compound: every accepted answer has the other compound, none the learner's, one in the same frame, and a noun of
 * the learner's sentence is one every accepted answer has (불고기가 나갔어요 → 나왔어요: the dish came out to the
 * speaker's table). Left alone: a movement of the listener asked or honoured (와 주세요, 오세요, 오실 수 있어요:
 * -(으)시- or the benefactive 주다/드리다 after the verb), and every activity whose accepted answers use both verbs
 * or either in another frame (과일 사 왔어 beside 가져왔어 leaves 가져갔어 alone).</li>
 * <li>{@code vocabulary/buy_for_give}: 사 주세요 'buy (it) for me' said where the accepted answers ask the seller
 * for the thing with 주세요 (두통약 좀 사 주세요 → 두통약 좀 주세요): -아/어 주다 asks the listener to do the act
 * for the speaker (표준국어대사전 '주다' 「보조 동사」 ①), so 사 주세요 asks the pharmacist to buy the medicine; one
 * buys from a seller by asking them to give (표준국어대사전 '사다' ① 값을 치르고 물건을 제 것으로 만들다 — the buyer
 * is the speaker). Only where no accepted answer has a form of 사다 and one has the learner's word before 사 and the
 * learner's form of 주다 right after it.</li>
 * </ul>
 * Precision: the frame has to be the accepted answer's word for word, so a learner who says the thing in another way
 * is not read; an activity where the speaker asks to be bought something (엄마, 이거 사 주세요) has 사다 in its
 * accepted answers and is never read.
 */
final class DeicticVerbs {

    private DeicticVerbs() {
    }

    /** Place deixis that names a goal without a particle (여기 어떻게 와요?). */
    private static final Set<String> HERE_THERE = Set.of("여기", "거기", "저기", "이리", "그리", "저리", "이쪽", "그쪽", "저쪽");

    /**
     * The findings of both shapes.
     *
     * @param raw      the learner's answer as written
     * @param accepted the accepted answers (as written or normalised)
     * @return the findings, in the order of the words
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        if (accepted.isEmpty()) {
            return out;
        }
        List<List<String>> acceptedWords = accepted.stream().map(AnswerText::wordsOf).toList();
        List<List<Morphology.Word>> acceptedAnalysed = acceptedWords.stream()
                .map(w -> Morphology.analyse(String.join(" ", w))).toList();
        boolean anyCome = acceptedAnalysed.stream().anyMatch(a -> a.stream().anyMatch(x -> form(x, COME)));
        boolean allGo = acceptedAnalysed.stream().allMatch(a -> a.stream().anyMatch(x -> form(x, GO)));
        boolean anyGo = acceptedAnalysed.stream().anyMatch(a -> a.stream().anyMatch(x -> form(x, GO)));
        boolean allCome = acceptedAnalysed.stream().allMatch(a -> a.stream().anyMatch(x -> form(x, COME)));
        List<List<String>> acceptedSurfaces = acceptedAnalysed.stream()
                .map(a -> a.stream().map(Morphology.Word::surface).toList()).toList();
        boolean anyBuy = acceptedAnalysed.stream().anyMatch(a -> a.stream().anyMatch(x -> buy(x)));
        for (String sentence : raw.split("(?<=[.?!。？！])")) {
            List<String> w = AnswerText.wordsOf(sentence);
            if (w.isEmpty()) {
                continue;
            }
            List<Morphology.Word> analysed = Morphology.analyse(String.join(" ", w));
            if (analysed.size() != w.size()) {
                continue;
            }
            for (int k = 1; k < w.size(); k++) {
                String x = w.get(k);
                String next = k + 1 < w.size() ? w.get(k + 1) : "";
                boolean come = form(analysed.get(k), COME);
                boolean go = form(analysed.get(k), GO);
                if ((come && allGo && !anyCome || go && allCome && !anyGo) && !listenersMove(x, next)) {
                    String other = come ? toGo(x) : toCome(x);
                    if (other != null && sameFrame(w, k, other, acceptedWords)
                            && (goalNamed(w, k, accepted) || w.get(k - 1).endsWith("러") && anchorNamed(w, k, accepted))) {
                        out.add(new Finding(ErrorCategory.VOCABULARY, x, other,
                                come ? "vocabulary/come_for_go" : "vocabulary/go_for_come"));
                    }
                }
                String prefix = compoundPrefix(x);
                if (prefix != null && !listenersMove(x.substring(prefix.length()), next)) {
                    String rest = x.substring(prefix.length());
                    boolean compoundCome = COME_FORMS.matcher(rest).matches();
                    boolean compoundGo = GO_FORMS.matcher(rest).matches();
                    String other = compoundCome ? toGo(rest) : compoundGo ? toCome(rest) : null;
                    if (other != null && analysed.get(k).verbal()
                            && acceptedSurfaces.stream().allMatch(a -> a.stream().anyMatch(y -> compound(y, prefix, !compoundCome)))
                            && acceptedSurfaces.stream().noneMatch(a -> a.stream().anyMatch(y -> compound(y, prefix, compoundCome)))
                            && sameFrame(w, k, prefix + other, acceptedWords) && anchorNamed(w, k, accepted)) {
                        out.add(new Finding(ErrorCategory.VOCABULARY, x, prefix + other,
                                compoundCome ? "vocabulary/come_for_go" : "vocabulary/go_for_come"));
                    }
                }
                if (x.equals("사") && !anyBuy && k + 1 < w.size() && GIVE.matcher(next).matches()
                        && analysed.get(k).verbal() && sameFrame(w, k, next, acceptedWords)) {
                    out.add(new Finding(ErrorCategory.VOCABULARY, x + " " + next, next, "vocabulary/buy_for_give"));
                }
            }
        }
        return out;
    }

    /** A form of the benefactive 주다/드리다 of a request or an offer (주세요, 주시겠어요, 줘, 주실 수, 드릴게요). */
    private static final java.util.regex.Pattern GIVE = java.util.regex.Pattern.compile("(주|줘|줄|주시|주실|드리|드려).*");

    private static final String COME = "오";
    private static final String GO = "가";

    /** The written forms of 오다 (와요, 왔어요, 오면, 올게요, 옵니다 …). */
    private static final java.util.regex.Pattern COME_FORMS = java.util.regex.Pattern.compile(
            "와|와(요|서|야|도|라)\\S*|왔\\S*|오(면|고|는|니|려|겠|나|냐|지만|자)\\S*|올(게|까|래|거)\\S*|올|온|온(다|대)\\S*|옵니\\S*|옵시다");
    /** The written forms of 가다 (가요, 갔어요, 가면, 갈게요, 갑니다 …). */
    private static final java.util.regex.Pattern GO_FORMS = java.util.regex.Pattern.compile(
            "가|가(요|서|야|도|라)\\S*|갔\\S*|가(면|고|는|니|려|겠|나|냐|지만|자)\\S*|갈(게|까|래|거)\\S*|갈|간|간(다|대)\\S*|갑니\\S*|갑시다");

    /**
     * Whether the word is a bare form of 오다 or 가다: one of the written forms, and Nori reads a verb there (or 가요 /
     * 와요, which it may take for the noun 가요 'song'), not 오늘, 올해, 가게, 간식.
     */
    private static boolean form(Morphology.Word w, String stem) {
        String s = w.surface();
        if (!(stem.equals(COME) ? COME_FORMS : GO_FORMS).matcher(s).matches()) {
            return false;
        }
        List<Morphology.Morpheme> m = w.morphemes();
        return !m.isEmpty() && (m.getFirst().is("VV", "VX") || Set.of("가요", "와요", "가", "와").contains(s));
    }

    /** 사 for 사다 (Nori's VV 사), in any form, or 구매/구입. */
    private static boolean buy(Morphology.Word w) {
        List<Morphology.Morpheme> m = w.morphemes();
        return !m.isEmpty() && (m.getFirst().is("VV") && m.getFirst().form().equals("사")
                && "사샀살산삽".indexOf(w.surface().charAt(0)) >= 0
                || m.getFirst().is("NNG") && Set.of("구매", "구입").contains(m.getFirst().form()));
    }

    /** -(으)시- on the verb (오세요, 오실, 오셨어요) or the benefactive after it (와 주세요): the listener's movement. */
    private static boolean listenersMove(String word, String next) {
        return word.length() > 1 && "시세셔셨실십".indexOf(word.charAt(1)) >= 0
                || word.length() == 1 && GIVE.matcher(next).matches() || word.endsWith("와") && GIVE.matcher(next).matches()
                || word.endsWith("가") && GIVE.matcher(next).matches();
    }

    /** 와요 → 가요, 왔어요 → 갔어요, 오면 → 가면, 올게요 → 갈게요, 옵니다 → 갑니다. */
    static String toGo(String word) {
        String rest = word.substring(1);
        return switch (word.charAt(0)) {
            case '와', '오' -> "가" + rest;
            case '왔' -> "갔" + rest;
            case '올' -> "갈" + rest;
            case '온' -> "간" + rest;
            case '옵' -> "갑" + rest;
            default -> null;
        };
    }

    /** 가요 → 와요, 가면 → 오면, 갔어요 → 왔어요, 갈게 → 올게, 갑니다 → 옵니다. */
    static String toCome(String word) {
        String rest = word.substring(1);
        return switch (word.charAt(0)) {
            case '가' -> (rest.isEmpty() || rest.matches("(요|서|야|도|라).*") ? "와" : "오") + rest;
            case '갔' -> "왔" + rest;
            case '갈' -> "올" + rest;
            case '간' -> "온" + rest;
            case '갑' -> "옵" + rest;
            default -> null;
        };
    }

    /**
     * The first parts of the compound verbs of motion that keep the deixis of 가다/오다 (표준국어대사전 '가져가다' /
     * '가져오다', '나가다' / '나오다', '데려가다' / '데려오다', '들어가다' / '들어오다', '돌아가다' / '돌아오다'): 나오다 is
     * movement out toward the speaker (불고기가 나왔어요: served to the speaker's table; 물이 안 나와요: from the tap),
     * 나가다 away from the speaker; 가져오다 brings a thing where the speaker is (케이크 가져왔어 at the party).
     */
    private static final List<String> COMPOUND_PREFIXES = List.of("가져", "가지고", "데려", "들어", "돌아", "나");

    /** The compound's first part when the word is one of them with a bare form of 가다/오다 after it (나와요, 가져갔어). */
    private static String compoundPrefix(String word) {
        for (String p : COMPOUND_PREFIXES) {
            if (word.length() > p.length() && word.startsWith(p)) {
                String rest = word.substring(p.length());
                if (COME_FORMS.matcher(rest).matches() || GO_FORMS.matcher(rest).matches()) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Whether an accepted word is the compound with {@code prefix} and the come ({@code come}) or go form. */
    private static boolean compound(String word, String prefix, boolean come) {
        String w = word.replaceAll("[.?!,~]+$", "");
        if (!w.startsWith(prefix) || w.length() <= prefix.length()) {
            return false;
        }
        String rest = w.substring(prefix.length());
        return (come ? COME_FORMS : GO_FORMS).matcher(rest).matches();
    }

    /**
     * Whether a word before word {@code k} has a noun that every accepted answer has (불고기가 … 나갔어요 where each
     * accepted answer says 불고기가 나왔어요; 재학 증명서를 받으러): the learner speaks of the same thing in the same
     * scene, so the direction of the movement is the accepted answers' one. A noun of one syllable is read only with a
     * particle (물이, 국이), and never a pronoun.
     */
    /** Pronouns of one syllable, which name no thing of the scene. */
    private static final Set<String> PRONOUNS = Set.of("나", "너", "저", "제", "내", "네", "이", "그", "뭐");

    private static boolean anchorNamed(List<String> w, int k, List<String> accepted) {
        for (int i = 0; i < k; i++) {
            String[] sp = ArgumentCheck.stemAndParticle(w.get(i));
            String noun = sp[0];
            if ((noun.length() >= 2 || !sp[1].isEmpty() && !PRONOUNS.contains(noun)) && KnownWords.noun(noun)
                    && accepted.stream().allMatch(a -> a.contains(noun))) {
                return true;
            }
        }
        return false;
    }

    /** Whether one accepted answer has the learner's word before word {@code k} and {@code other} right after it. */
    private static boolean sameFrame(List<String> w, int k, String other, List<List<String>> acceptedWords) {
        String before = w.get(k - 1);
        for (List<String> a : acceptedWords) {
            for (int j = 1; j < a.size(); j++) {
                if (a.get(j).equals(other) && a.get(j - 1).equals(before)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a word before word {@code k} names a goal every accepted answer names: N에, N까지, N(으)로 whose noun
     * each accepted answer has, or 여기/거기/저기 that each has.
     */
    private static boolean goalNamed(List<String> w, int k, List<String> accepted) {
        for (int i = 0; i < k; i++) {
            String x = w.get(i);
            // N에서 too: the learner's wrong particle on the goal (파티에서 못 와 for 파티에 못 가; session 33, s33d)
            String noun = HERE_THERE.contains(x) ? x : x.matches(".+(에|에서|까지|으로|로)") ? x.replaceAll("(에서|에|까지|으로|로)$", "")
                    : null;
            if (noun != null && !noun.isEmpty() && accepted.stream().allMatch(a -> a.contains(noun))) {
                return true;
            }
        }
        return false;
    }
}
