package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code particle_missing/comitative} (session 35, helper s35b): a person noun written bare before the adverb
 * 같이/함께 'together' (다음 달부터 팀원들 같이 일할 수 있습니다 → 팀원들과, 친구들 같이 세 명이에요 → 친구들이랑). The
 * one an act is shared with is marked with 과/와, 하고 or (이)랑 before 같이/함께 (표준국어대사전 '같이' ② ((주로 '…과
 * 같이' 구성으로 쓰여)) 둘 이상의 사람이 함께; '함께' 「부사」 ((주로 '…과 함께' 구성으로 쓰여)); '과' ④ 일을 함께 하는
 * 상대; Yeon &amp; Brown 2019, the comitative particles and 같이/함께), and speech drops the subject's and the
 * object's particles but not this one (Lee &amp; Ramsey 2000 on particle ellipsis: only 이/가, 을/를, 은/는 and 의 are
 * left out in speech). Read on the learner's own words, whatever the accepted answers say.
 *
 * <p>Left alone: the speaker and the group (우리 같이 가자, 저희 같이, 다 같이, 모두 함께: the subject of the shared
 * act; 나 is {@link CertainRoles}'s); a noun joined to 같이 (친구같이 'like a friend', the particle 같이 ①); a noun with a
 * comma after it or a title first in the sentence (엄마, 같이 가요; 선생님 같이 가요: the one addressed); the subject
 * of a permission or of a comparison (친구 같이 가도 돼? 'may my friend come too?'; 가족 같이 지내요 'live like a
 * family', 같이 ① written apart). The correction's particle follows the register: 과/와 in a 합쇼체 sentence, 하고 where
 * an accepted answer uses 하고, else (이)랑.
 */
final class TogetherPartners {

    /**
     * People one does things with, bare or with -들 (친구들): friends, family, colleagues, classmates (표준국어대사전;
     * 한국어기초사전 의미 범주 '인간 &gt; 친족, 인간관계').
     */
    private static final Set<String> PARTNERS = Set.of("친구", "동생", "남동생", "여동생", "형", "오빠", "누나", "언니",
            "엄마", "아빠", "어머니", "아버지", "부모님", "할머니", "할아버지", "가족", "동료", "팀원", "직원",
            "동기", "선배", "후배", "룸메이트", "남자친구", "여자친구", "남친", "여친", "남편", "아내", "부인",
            "아이", "아이들", "애들", "딸", "아들", "사촌", "삼촌", "이모", "고모", "조카", "친척", "선생님", "교수님",
            "팀장님", "부장님", "과장님", "사장님", "선배님", "이웃");

    /** Possessors that make the noun the speaker's own group, the subject (우리 가족, 저희 팀원들). */
    private static final Set<String> GROUP = Set.of("우리", "저희", "내", "제");

    /** Address terms that, first in the sentence, are rather the one spoken to (엄마 같이 가요 'Mum, let's go'). */
    private static final Set<String> ADDRESS = Set.of("엄마", "아빠", "어머니", "아버지", "할머니", "할아버지", "형", "오빠",
            "누나", "언니", "선생님", "교수님", "팀장님", "부장님", "과장님", "사장님", "선배님", "선배", "삼촌", "이모", "고모");

    /** Verbs after which 같이 is 'like' (가족 같이 지내요, 친구 같이 생각해요): a comparison, no shared act. */
    private static final List<String> LIKENESS = List.of("지내", "지냈", "생각", "느끼", "느껴", "대하", "대해", "대했",
            "보이", "보여", "보였", "생기", "생겼", "여기", "여겨", "아끼", "아껴", "사랑", "친하", "친해", "행동", "살아", "살고",
            "말하", "말해", "웃", "울");

    private static final Pattern SENTENCE = Pattern.compile("[^.?!]+[.?!]?");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** 같이 or 함께 as a word of its own. */
    private static final Set<String> TOGETHER = Set.of("같이", "함께");
    /** A 합쇼체 sentence end (-ㅂ니다, -습니다, -ㅂ니까, -십시오). */
    private static final Pattern FORMAL_END = Pattern.compile(".*(니다|니까|십시오|시오)[.?!]?$");

    private TogetherPartners() {
    }

    /**
     * The bare partners of 같이/함께 in the answer.
     *
     * @param raw      the answer as typed (commas and sentence marks kept)
     * @param accepted the normalised accepted answers, read only to word the correction (하고 or (이)랑)
     * @return one finding per bare partner: the noun → the noun with 과/와, 하고 or (이)랑; empty when there is none
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        boolean hago = accepted.stream().anyMatch(a -> (" " + a + " ").matches(".*\\S하고 .*"));
        Matcher m = SENTENCE.matcher(raw);
        while (m.find()) {
            String sentence = m.group().strip();
            if (sentence.isEmpty()) {
                continue;
            }
            String[] words = SPACES.split(sentence);
            for (int i = 0; i + 2 < words.length; i++) {
                String w = words[i];
                if (!TOGETHER.contains(words[i + 1]) || w.endsWith(",") || !partner(w)
                        || i == 0 && ADDRESS.contains(w)) {
                    continue;
                }
                if (i > 0 && GROUP.contains(words[i - 1])) {
                    continue; // 우리 가족 같이 여행 갔어요: the speaker's group, the subject
                }
                String rest = String.join(" ", List.of(words).subList(i + 2, words.length));
                if (rest.contains("도 돼") || rest.contains("도 되") || rest.contains("도 괜찮")
                        || LIKENESS.stream().anyMatch(l -> (" " + rest).contains(" " + l))) {
                    continue; // 친구 같이 가도 돼?: the friend as the subject; 가족 같이 지내요: 'like'
                }
                out.add(new Finding(ErrorCategory.PARTICLE_MISSING, w, w + particle(w, sentence, hago),
                        "particle_missing/comitative"));
            }
        }
        return out;
    }

    /** Whether the word is a person noun of {@link #PARTNERS}, bare or with the plural -들. */
    private static boolean partner(String w) {
        String bare = w.endsWith("들") && w.length() > 1 ? w.substring(0, w.length() - 1) : w;
        return PARTNERS.contains(w) || PARTNERS.contains(bare);
    }

    /** 과/와 in a 합쇼체 sentence, 하고 where an accepted answer has it, else (이)랑, by the noun's last letter. */
    private static String particle(String noun, String sentence, boolean hago) {
        boolean batchim = Hangul.hasFinal(noun.charAt(noun.length() - 1));
        if (FORMAL_END.matcher(sentence).matches()) {
            return batchim ? "과" : "와";
        }
        if (hago) {
            return "하고";
        }
        return batchim ? "이랑" : "랑";
    }
}
