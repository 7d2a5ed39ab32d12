package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code particle_wrong/subject_for_object} on the noun of an act written with 이/가 right before the light verb 하다
 * (3일째 기침이 해요 → 기침을; 컴퓨터 켜고 숙제가 해 → 숙제를; session 36, helper s36d), on the learner's own words,
 * whatever the accepted answers say. 하다 with a noun of action does the act the noun names and takes that noun as its
 * object, 「…을 하다」 (표준국어대사전 '하다'¹ 「1」 '사람이나 동물, 물체 따위가 행동이나 작용을 이루다': 기침을 하다, 숙제를
 * 하다, 운동을 하다); a noun of an act cannot be the subject of its own doing, so 이/가 there is the object particle
 * mistaken (NIKL learner corpus: 이/가 for 을/를 is the commonest particle substitution; Yeon &amp; Brown 2019, noun + 하다
 * verbs with 을/를 inserted). The 을/를 form follows the noun's last syllable.
 *
 * <p>Only the closed list of everyday nouns of action below (a thing, a person or a feeling before 하다 is another
 * frame: 이 가방이 10만 원 해요 'costs'); only 하다 right after the noun (adverbs and 안/못 between: 기침이 많이 해요,
 * 숙제가 안 했어요), as a finite form or before 거/수 (할 거예요, 할 수 있어요): not -고 싶다 (숙제가 하고 싶어요: 이/가 on
 * the object of -고 싶다 is standard), not -기 or a modifier (운동이 하기 싫어요, 공부가 한 시간 …: 한 may be the
 * numeral), not 하나 'one' (질문이 하나 있는데요).
 */
final class VerbalNounObjects {

    /** Everyday nouns of action made into verbs with 하다 (표준국어대사전: each has N-하다 「동사」). */
    static final Set<String> ACTS = Set.of(
            "기침", "재채기", "숙제", "공부", "운동", "청소", "요리", "빨래", "설거지", "쇼핑", "산책", "여행", "예약", "주문",
            "전화", "연락", "준비", "노래", "얘기", "이야기", "생각", "걱정", "계산", "확인", "연습", "수영", "등산", "식사",
            "샤워", "세수", "화장", "데이트", "발표", "면접", "게임", "취소", "변경", "환불", "교환", "포장", "배달", "사용",
            "대답", "질문", "인사", "약속", "초대", "설명", "부탁", "노력", "구경", "이사", "결제", "신청", "등록", "검사",
            "수술", "치료", "진료", "독서", "조깅", "운전", "출장", "야근", "알바", "아르바이트", "복습", "예습", "카톡", "문자",
            "수다", "답장", "양치", "양치질");

    /** Sentence marks, quotes and commas at a word's edge. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[.,!?~'\"“”‘’]");

    /** Written forms of 하다 read here (not 하나 'one', 한 the numeral, 하루). */
    private static final java.util.regex.Pattern LIGHT_FORMS = java.util.regex.Pattern.compile(
            "(해|했|합|하세|하십|하자|하고|하는데|하지|하면|하니까|하려고|할게|할래|할까|할).*");

    private VerbalNounObjects() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw the answer as written (sentences told apart by their punctuation)
     * @return {@code particle_wrong/subject_for_object} findings, the noun with 이/가 → with 을/를; empty when none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        for (SpeechLevels.AnalysedSentence sentence : SpeechLevels.analysedSentences(raw)) {
            List<String> words = sentence.words().stream().map(w -> MARKS.matcher(w).replaceAll("")).toList();
            List<Morphology.Word> analysed = sentence.analysed();
            for (int i = 0; i + 1 < words.size(); i++) {
                String w = words.get(i);
                if (w.length() < 2 || !(w.endsWith("이") || w.endsWith("가"))) {
                    continue;
                }
                String noun = w.substring(0, w.length() - 1);
                int v = i + 1;
                while (v + 1 < words.size() && analysed.get(v).startsWith("MAG")
                        && analysed.get(v).morphemes().size() == 1) {
                    v++; // 기침이 많이 해요, 숙제가 안 했어요: an adverb or the negation between
                }
                if (!ACTS.contains(noun) || Hangul.hasFinal(noun.charAt(noun.length() - 1)) != w.endsWith("이")
                        || !lightVerb(words, analysed, v)) {
                    continue;
                }
                out.add(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + Hangul.objectParticle(noun),
                        "particle_wrong/subject_for_object"));
            }
        }
        return out;
    }

    /** Whether word {@code v} is 하다 alone, finite or before 거/수, and not the -고 of -고 싶다. */
    private static boolean lightVerb(List<String> words, List<Morphology.Word> analysed, int v) {
        List<Morphology.Morpheme> m = analysed.get(v).morphemes();
        if (m.isEmpty() || !m.getFirst().form().equals("하") || !m.getFirst().is("VV", "XSV")
                || !LIGHT_FORMS.matcher(words.get(v)).matches()) {
            return false;
        }
        String next = v + 1 < words.size() ? words.get(v + 1) : "";
        if (m.getLast().is("ETN") || next.startsWith("싶")) {
            return false;
        }
        return !m.getLast().is("ETM") || words.get(v).equals("할") && (next.startsWith("거") || next.equals("수"));
    }
}
