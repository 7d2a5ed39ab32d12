package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code particle_wrong/object_on_intransitive} where the predicate that follows the noun can take no object and no
 * other verb stands after it (session 35, helper s35b), read on the learner's own words whatever the accepted answers
 * say. Two frames the checks of {@link ParticleFrames} and {@link ArgumentParticles} (the adjective or intransitive
 * verb right after the noun) do not read:
 * <ul>
 * <li>a noun + 나다 written as two words, the noun being what happens (고장 나다, 사고가 나다, 열이 나다, 화가 나다 …):
 * the thing it happens to is the subject, 「…이」 (교수님, 노트북을 고장 나서 … → 노트북이; 표준국어대사전 '고장' 고장(이)
 * 나다, '나다' ⑤ ((…에/에게)) 어떤 현상이나 사건이 일어나다; 문형 「…이」). Only the nouns of {@link #HAPPENINGS};</li>
 * <li>a second subject before 있다/없다/필요하다 at the sentence's end, with only nouns, numbers and determiners
 * between (이 노트북을 1년 보증이 있어요? → 노트북은): 있다/없다 and 필요하다 take 「…이」 (표준국어대사전 '있다' ①, '필요하다'),
 * so the first noun is what the sentence is about, the topic 은/는 of a double-subject sentence (Sohn 1999, §7.2
 * topic and subject; Yeon &amp; Brown 2019, 은/는 and double subjects: 코끼리는 코가 길어요). No verb of any kind may
 * stand after the 을/를 noun in the sentence but the final one.</li>
 * </ul>
 * People are left alone (저를 시간이 없어요 is no learner sentence, but 나를 is also read as a misspelt 나를 'to me').
 */
final class ObjectlessPredicates {

    /** Nouns of an event that 나다 'happen' takes as its subject, written apart (고장 나다, 사고 나다, 열 나다). */
    private static final Set<String> HAPPENINGS = Set.of("고장", "사고", "불", "소리", "냄새", "화", "땀", "열", "기침",
            "콧물", "배탈", "생각", "짜증", "싸움", "상처", "멍", "구멍", "얼룩", "난리", "소문", "탈");
    /** Forms of 나다 'happen' as a word of its own (나요, 나서, 났어요, 납니다, 나는데), not 나가다/나오다/나서다. */
    private static final Pattern NADA = Pattern.compile(
            "(나|나요|나서|나서요|나고|나는데|나는데요|나니까|나면|나도|나지만|나네요|났\\S*|납니다|납니까|날까요)[.?!,]*");
    /** 있다, 없다 and 필요하다 ending the sentence (있어요, 없습니까, 필요해요, 있나요). */
    private static final Pattern EXISTENCE_END = Pattern.compile(
            "(있|없)(어요|어|습니다|습니까|나요|니|지|죠|지요|을까요|는데요|네요)|필요(해요|해|합니다|합니까|하나요|하죠|할까요)");


    private ObjectlessPredicates() {
    }

    /**
     * The 을/를 nouns of such frames in the answer.
     *
     * @param raw the answer as typed
     * @return one finding per noun: N을/를 → N이/가 (before 나다) or N은/는 (before a second subject); empty when none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        // the sentences of the answer with each word's analysis (one splitter for the checks on the learner's words)
        for (SpeechLevels.AnalysedSentence sentence : SpeechLevels.analysedSentences(raw)) {
            String[] words = sentence.words().toArray(String[]::new);
            List<Morphology.Word> read = sentence.analysed();
            for (int i = 0; i + 2 < words.length; i++) {
                String noun = objectNoun(words[i], read.get(i));
                if (noun == null || ParticleFrames.ANIMATE.contains(noun)) {
                    continue;
                }
                if (HAPPENINGS.contains(words[i + 1]) && NADA.matcher(words[i + 2]).matches()
                        && read.get(i + 1).morphemes().size() == 1 && read.get(i + 1).startsWith("NNG")) {
                    // (차를 사고 나서 'after buying a car': 사고 is then 사다 + -고, no noun)
                    out.add(new Finding(ErrorCategory.PARTICLE_WRONG, words[i], noun + subject(noun),
                            "particle_wrong/object_on_intransitive"));
                    continue;
                }
                Finding topic = secondSubject(words, read, i, noun);
                if (topic != null) {
                    out.add(topic);
                }
            }
        }
        return out;
    }

    /** 이 노트북을 1년 보증이 있어요? → 노트북은: a second subject of a final 있다/없다/필요하다. */
    private static Finding secondSubject(String[] words, List<Morphology.Word> read, int i, String noun) {
        int last = words.length - 1;
        if (!EXISTENCE_END.matcher(words[last]).matches()) {
            return null;
        }
        int subject = -1;
        for (int k = i + 1; k < last; k++) {
            Morphology.Word w = read.get(k);
            if (w.endsWith("JKS") && subject < 0 && k + 1 == last) {
                subject = k;
                continue;
            }
            if (w.verbal() || w.caseMarked() || !w.startsWith("NNG", "NNP", "NR", "SN", "MM", "NNBC", "MAG")
                    || w.has("JX", "JKB", "JKO", "ETM", "EC")) {
                return null;
            }
        }
        if (subject < 0) {
            return null;
        }
        char end = noun.charAt(noun.length() - 1);
        return new Finding(ErrorCategory.PARTICLE_WRONG, words[i], noun + (Hangul.hasFinal(end) ? "은" : "는"),
                "particle_wrong/object_on_intransitive");
    }

    /** The noun of a word read as nouns + the object particle 을/를; null for any other word. */
    private static String objectNoun(String surface, Morphology.Word w) {
        List<Morphology.Morpheme> ms = w.morphemes();
        if (ms.size() < 2 || !ms.getLast().is("JKO") || !(surface.endsWith("을") || surface.endsWith("를"))) {
            return null;
        }
        for (Morphology.Morpheme x : ms.subList(0, ms.size() - 1)) {
            if (!x.is("NNG", "NNP", "SL")) {
                return null;
            }
        }
        String noun = surface.substring(0, surface.length() - 1);
        return noun.isEmpty() || !Hangul.isSyllable(noun.charAt(noun.length() - 1)) ? null : noun;
    }

    /** 이 after a final consonant, else 가. */
    private static String subject(String noun) {
        return Hangul.hasFinal(noun.charAt(noun.length() - 1)) ? "이" : "가";
    }
}
