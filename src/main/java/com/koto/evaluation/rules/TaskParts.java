package com.koto.evaluation.rules;

import com.koto.evaluation.text.AnswerText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a message (session 7): its sentences, and the clauses of a sentence joined by a
 * connective that links two statements (-고 'and', -는데/-(으)ㄴ데 'background', -지만 'but',
 * -아/어서 'so', -(으)니까 'because'), each with the content words that say what it is about.
 * A task "say A and ask B" has two parts; an answer that says A only leaves B out, whatever
 * words it chose for A. Clause linking after Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i>
 * (2011), ch. 7 (clausal connectives); sentence boundaries after Sohn, <i>The Korean Language</i>
 * (1999), §8.1 (a sentence ends in a sentence-final ending).
 *
 * <p>A content word is a morpheme Nori tags as a common or proper noun, a verb or adjective stem,
 * a root (XR) or a general adverb, written as Nori gives it (먹, 아프, 열, 천천히), minus light words
 * that carry no topic of their own (하다, 되다, 있다, auxiliaries, 것, 수, degree adverbs).
 */
final class TaskParts {

    private TaskParts() {
    }

    /** Connective endings that join two statements (not -아/어 before an auxiliary, not -게, -러, -려고). */
    private static final Set<String> JOINING = Set.of("고", "는데", "ㄴ데", "은데", "지만", "아서", "어서", "여서", "서", "니까",
            "으니까");

    /**
     * Words that carry no topic of their own: light verbs, auxiliaries, bound nouns, degree and filler adverbs, and the
     * pro-verbs 그러다 and 그렇다, which stand for what was said before them (표준국어대사전 '그러다' 「동사」 「1」 '그렇게
     * 하다', '그렇다' 「형용사」 '상태, 모양, 성질 따위가 그와 같다'): 속이 안 좋아서 그러는데 'it is because …' says nothing
     * the clause before it has not said (session 36, s36a).
     */
    private static final Set<String> LIGHT = Set.of("하", "되", "있", "없", "이", "주", "드리", "싶", "보", "것", "거",
            "수", "때", "좀", "조금", "너무", "정말", "진짜", "아주", "많이", "더", "잘", "안", "못", "같이", "혹시", "그냥",
            "지금", "오늘", "저", "나", "제", "우리", "여기", "거기", "저기", "이거", "그거", "저거", "네", "예", "아니",
            "부탁", "주시", "계시", "가능", "한번", "다시", "또", "그리고", "그럼", "그런데", "근데", "그러", "그렇");

    /**
     * Lemmas of formulae (greetings, thanks, apologies, attention-getters): a part made only of them
     * is etiquette, not content the task asks for (표준 언어 예절 2011: greetings frame a message).
     */
    private static final Set<String> FORMULAE = Set.of("안녕", "실례", "감사", "고맙", "죄송", "미안", "여보세요",
            "저기요", "반갑", "처음", "뵙", "수고", "사장", "선생", "기사", "손님");

    /**
     * The parts of a text, each as its content lemmas in order (possibly empty).
     *
     * @param raw the text as written (sentence punctuation kept) or normalised
     * @return one entry per part, never empty for a non-blank text
     */
    static List<Set<String>> parts(String raw) {
        List<Set<String>> out = new ArrayList<>();
        for (List<Morphology.Word> part : analysedParts(raw)) {
            Set<String> lemmas = new LinkedHashSet<>();
            part.forEach(w -> lemmas.addAll(content(w)));
            out.add(lemmas);
        }
        return out;
    }

    /** The parts of a text as its written words (punctuation removed), in the order of {@link #parts}. */
    static List<List<String>> words(String raw) {
        return analysedParts(raw).stream().map(p -> p.stream().map(Morphology.Word::surface).toList()).toList();
    }

    private static List<List<Morphology.Word>> analysedParts(String raw) {
        List<List<Morphology.Word>> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.sentences(raw)) {
            String sentence = AnswerText.normalise(String.join(" ", words));
            List<Morphology.Word> analysed = Morphology.analyse(sentence);
            List<Morphology.Word> current = new ArrayList<>();
            for (int i = 0; i < analysed.size(); i++) {
                Morphology.Word w = analysed.get(i);
                current.add(w);
                boolean last = i == analysed.size() - 1;
                if (!last && w.verbal() && (w.endsWith("EF") || joins(w) && !analysed.get(i + 1).startsWith("VX")
                        && !excluding(analysed, i))) {
                    out.add(current);
                    current = new ArrayList<>();
                }
            }
            if (!current.isEmpty()) {
                out.add(current);
            }
        }
        return out;
    }

    /**
     * Each part reduced to the content lemmas no other part of the same text has (땅콩 알레르기가 있는데 |
     * 이거 땅콩 들어 있어요: the second part is about 들다), or left whole when it has none of its own.
     */
    static List<Set<String>> distinctive(List<Set<String>> parts) {
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Set<String> own = new LinkedHashSet<>(parts.get(i));
            for (int j = 0; j < parts.size(); j++) {
                if (j != i) {
                    own.removeAll(parts.get(j));
                }
            }
            out.add(own.isEmpty() ? parts.get(i) : own);
        }
        return out;
    }

    /** The content lemmas of a whole text. */
    static Set<String> content(String raw) {
        Set<String> all = new LinkedHashSet<>();
        parts(raw).forEach(all::addAll);
        return all;
    }

    /**
     * The number of parts that restate the event of an earlier part of the same text: their predicate is the
     * same verb (네, 제주도에 한 번 가 봤어요. 이 년 전에 갔어요: 가다 twice). Such a part adds a circumstance (a
     * time, a place) to the event already said, which the speaker may as well say inside the first clause, as
     * an adverbial of its predicate (네, 제주도에 2년 전에 한 번 가 봤어요); a time adverbial modifies the
     * predicate of its own clause (Sohn 1999, §8.1 and on adverbials; Yeon &amp; Brown 2019, N 전에 'ago').
     * The circumstance itself must still be said: {@link Certainty} asks every part's own words.
     */
    static int restated(String raw) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        int restated = 0;
        for (List<Morphology.Word> part : analysedParts(raw)) {
            String predicate = predicate(part);
            if (predicate != null && !seen.add(predicate)) {
                restated++;
            }
        }
        return restated;
    }

    /**
     * The lemma of a part's main predicate: the first morpheme of its last verbal word, or of the verb before an
     * auxiliary (가 봤어요: 가); the noun of a noun + 하다 verb (도착했어요: 도착). Null when the part ends in none.
     */
    private static String predicate(List<Morphology.Word> part) {
        for (int i = part.size() - 1; i >= 0; i--) {
            Morphology.Word w = part.get(i);
            if (!w.verbal() || w.morphemes().isEmpty()) {
                return null;
            }
            if (w.startsWith("VX") && i > 0 && part.get(i - 1).verbal() && part.get(i - 1).endsWith("EC")) {
                continue; // the auxiliary of 가 봤어요: the main verb is the word before
            }
            return w.morphemes().getFirst().form();
        }
        return null;
    }

    /** Whether a part is only etiquette (or has no content word at all). */
    static boolean formula(Set<String> part) {
        return part.stream().allMatch(FORMULAE::contains);
    }

    /** The number of parts that carry content beyond etiquette. */
    static long contentParts(List<Set<String>> parts) {
        return parts.stream().filter(p -> !formula(p)).count();
    }

    /** Whether the answer's content shares a lemma with this part. */
    static boolean covers(Set<String> answerContent, Set<String> part) {
        return part.stream().anyMatch(answerContent::contains);
    }

    /** The forms of the verbs of exclusion that stand after a noun as 'except, without' (계란 빼고). */
    private static final Set<String> EXCLUDING = Set.of("빼고", "제외하고", "말고");

    /**
     * Whether the word at {@code i} is 빼고, 제외하고 or 말고 right after a noun with at most its object particle (계란 빼고
     * 비빔밥 하나 주세요, 양파를 빼고 주세요, 커피 말고 차 주세요; session 38, s38d): 'except N, without N', an adverbial of
     * the one predicate after it, not a clause of its own (표준국어대사전 '빼다' 「2」 전체에서 일부를 제외하거나 덜어 내다;
     * '말다'³ 「3」 (명사 뒤에 '말고' 꼴로 쓰여) '아니고'의 뜻; Yeon &amp; Brown 2019 on N 빼고 / N 말고 'except, not N
     * but'). 가지 말고, 먹지 말고 (after -지) join two clauses and are left to {@link #joins}.
     */
    static boolean excluding(List<Morphology.Word> words, int i) {
        if (i < 1 || !EXCLUDING.contains(words.get(i).surface())) {
            return false;
        }
        Morphology.Word before = words.get(i - 1);
        return !before.verbal() && !before.morphemes().isEmpty() && before.startsWith("NNG", "NNP", "NNB", "NP", "SL")
                && before.morphemes().stream().allMatch(m -> m.tag().startsWith("N") || m.tag().equals("SL")
                        || m.is("JKO", "JX"));
    }

    private static boolean joins(Morphology.Word w) {
        String e = w.morphemes().getLast().form().replace('ᆫ', 'ㄴ');
        if (e.length() > 1 && e.charAt(0) >= 'ㅏ' && e.charAt(0) <= 'ㅣ') {
            // Nori writes the vowel a contracted stem and its -아/어 share as a jamo (아파서 = 아프 + ㅏ서, 와서 = 오 +
            // ㅘ서): the ending is -아/어서 all the same (Yeon & Brown 2019, -아/어서; session 16)
            e = e.substring(1);
        }
        // -는데요 ends a sentence though Nori tags it EC (작은데요)
        return w.endsWith("EC") && (JOINING.contains(e) || e.endsWith("데요"));
    }

    private static List<String> content(Morphology.Word w) {
        List<String> out = new ArrayList<>();
        for (Morphology.Morpheme m : w.morphemes()) {
            // 언제 is one word whether Nori reads it as the adverb (언제 와요?) or, before 쯤/부터/까지, as the pronoun
            // (언제쯤 돼요?): 표준국어대사전 '언제' 「대명사」 and 「부사」 (session 19, s19a)
            if (m.is("NNG", "NNP", "VV", "VA", "XR", "MAG") && !LIGHT.contains(m.form())
                    || m.is("NP") && m.form().equals("언제")) {
                out.add(m.form());
            }
        }
        return out;
    }
}
