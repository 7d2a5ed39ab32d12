package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code particle_missing/location}: the place a thing is put in or on, written bare right before a verb of putting
 * whose object is already marked with 을/를 (남은 음식을 봉투 넣어 주세요 → 봉투에; session 35, helper s35b). 넣다, 담다,
 * 두다, 놓다, 꽂다, 싣다, 붙이다 and 올려놓다 take 「…을 …에」 (표준국어대사전 문형 정보: '넣다' ① 「…을 …에」, '담다' ①,
 * '두다' ①, '놓다' ①, '꽂다', '싣다' ①, '붙이다' ①), and speech drops the object's 을/를 but not the 에 of the
 * goal (Lee &amp; Ramsey 2000 on particle ellipsis; Yeon &amp; Brown 2019, 에 of location and goal). With the object
 * marked, the bare noun between it and the verb can only be that goal. Read on the learner's own words, whatever
 * the accepted answers say.
 *
 * <p>Only the noun right after the 을/를 word and right before the verb. Left alone: a quantity (설탕을 한 숟가락
 * 넣어 주세요: the numeral stands between; 설탕을 2개 넣어: digits), an adverb or a time noun (짐을 내일
 * 놓을게요, 얼음을 조금 넣어), a verbal noun (the noun + 하다 of a task), and the auxiliary -아/어 두다/놓다 (예약해
 * 두세요: a verb, not a noun, before it).
 */
final class PutGoals {

    /** Stems of the verbs of putting in 「…을 …에」, as the written word begins (넣어, 담아, 둬, 놓아, 꽂아, 실어, 붙여). */
    private static final Pattern PUTTING = Pattern.compile(
            "(넣|담|둬|두|뒀|놓|놔|놨|꽂|실어|실었|싣|붙여|붙이|붙였|올려놓|올려 놓|보관)\\S*");
    /** Words that quantify, time or grade the act, never its goal. */
    private static final Set<String> NOT_PLACES = Set.of("오늘", "내일", "어제", "지금", "나중", "나중에", "다음", "먼저",
            "조금", "좀", "많이", "다", "더", "덜", "같이", "함께", "하나", "둘", "셋", "한번", "잠깐", "전부", "모두", "따로",
            "그냥", "빨리", "천천히", "이렇게", "그렇게", "거기", "여기", "저기", "반", "절반", "듬뿍", "적당히", "꼭", "잘",
            "약간", "적당량", "한꺼번에", "이따", "이따가", "미리", "직접", "혼자", "대신", "따로따로", "하루", "며칠", "잠시");
    private static final Pattern DIGITS = Pattern.compile(".*[0-9].*");

    private PutGoals() {
    }

    /**
     * The bare goals of verbs of putting in the answer.
     *
     * @param raw the answer as typed
     * @return one finding per bare goal: the noun → the noun with 에; empty when there is none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        // the sentences of the answer with each word's analysis (one splitter for the checks on the learner's words)
        for (SpeechLevels.AnalysedSentence sentence : SpeechLevels.analysedSentences(raw)) {
            String[] words = sentence.words().toArray(String[]::new);
            List<Morphology.Word> read = sentence.analysed();
            for (int g = 1; g + 1 < words.length; g++) {
                if (!PUTTING.matcher(words[g + 1]).matches() || !read.get(g + 1).verbal()
                        || !read.get(g - 1).endsWith("JKO")) {
                    continue;
                }
                String noun = words[g];
                Morphology.Word goal = read.get(g);
                if (NOT_PLACES.contains(noun) || DIGITS.matcher(noun).matches() || goal.morphemes().isEmpty()
                        || !goal.morphemes().stream().allMatch(x -> x.is("NNG", "NNP"))
                        || Lexicon.HADA_NOUNS.contains(noun)) {
                    continue; // (짐을 정리 두세요 is no goal; a numeral before a measure stands between, 설탕을 한 숟가락)
                }
                out.add(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에", "particle_missing/location"));
            }
        }
        return out;
    }
}
