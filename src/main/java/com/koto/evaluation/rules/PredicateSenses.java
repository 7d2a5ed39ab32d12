package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A predicate used in a sense that does not fit its subject, on the learner's own words (session 9,
 * helper eval14c; {@code vocabulary/predicate_sense}). Data: section {@code senses} of
 * {@code src/main/resources/evaluation/confusables.json}, each entry with its source:
 * <ul>
 * <li>a machine that does not work is 고장 나다, not 나쁘다 (에어컨이 나빠요 → 고장 났어요; 표준국어대사전 '고장'
 * ①, '나쁘다'; Indonesian <i>rusak</i>, English <i>bad</i>);</li>
 * <li>a fever is 열이 나다, not 뜨겁다 (머리가 아프고 뜨거워요 → 열이 나요; 표준국어대사전 '열' ③, '뜨겁다';
 * Indonesian <i>panas</i> covers both), only where the predicate has no subject of its own and the
 * answer names a symptom;</li>
 * <li>a fever is 열이 나다, not 덥다 (머리가 아프고 더워요 → 열이 나요; 표준국어대사전 '덥다' ①, said of the
 * air; the same <i>panas</i>; session 9 round 2, helper eval15b), only right after another symptom
 * joined with -고 or -아서 (the entry's {@code after}), so that the weather is never read as a fever.</li>
 * </ul>
 * Shapes: the learner's word (a form listed in the entry, as typed without punctuation) → the
 * entry's correction for that form, in the same speech level. Precision first: fires only where an
 * accepted answer of the activity says the right predicate (one of the entry's {@code needs}) and no
 * accepted answer uses the learner's word.
 */
final class PredicateSenses {

    /** A sentence mark, a comma or ~. */
    private static final Pattern PUNCTUATION_TILDE = Pattern.compile("[.,?!~]");

    static final String SUBTYPE = "vocabulary/predicate_sense";

    private record Sense(List<String> subjects, List<String> with, List<String> after, Map<String, String> wrong,
            List<String> needs, Map<String, String> meaning) {
    }

    private static final List<Sense> SENSES = load();

    private PredicateSenses() {
    }

    private static List<Sense> load() {
        List<Sense> out = new ArrayList<>();
        for (JsonNode s : DataFiles.read(Confusables.LOCATION).path("senses")) {
            Map<String, String> wrong = new HashMap<>();
            s.path("wrong").properties().forEach(e -> wrong.put(e.getKey(), e.getValue().asString()));
            Map<String, String> meaning = new HashMap<>();
            s.path("meaning").properties().forEach(e -> meaning.put(e.getKey(), e.getValue().asString()));
            out.add(new Sense(strings(s.path("subjects")), strings(s.path("with")), strings(s.path("after")), Map.copyOf(wrong),
                    strings(s.path("needs")), Map.copyOf(meaning)));
        }
        return List.copyOf(out);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return List.copyOf(out);
    }

    /**
     * What the two predicates of the finding mean, in the learner's instruction language.
     *
     * @return the entry's meaning, or empty when no entry has the learner's word
     */
    static Optional<String> meaning(String original, String lang) {
        return SENSES.stream().filter(s -> s.wrong().containsKey(original.strip())).findFirst()
                .map(s -> s.meaning().getOrDefault(lang, s.meaning().get("en")));
    }

    /**
     * The findings on the learner's answer.
     *
     * @param raw      the learner's answer as written
     * @param accepted the activity's accepted answers as written
     * @return at most one finding per sense
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        for (Sense sense : SENSES) {
            if (accepted.stream().noneMatch(a -> sense.needs().stream().anyMatch(a::contains))) {
                continue;
            }
            sentences:
            for (List<String> words : SpeechLevels.sentences(raw)) {
                for (int i = 0; i < words.size(); i++) {
                    String w = PUNCTUATION_TILDE.matcher(words.get(i)).replaceAll("");
                    String correction = sense.wrong().get(w);
                    if (correction == null || accepted.stream().anyMatch(a -> a.contains(w))) {
                        continue;
                    }
                    String before = i > 0 ? PUNCTUATION_TILDE.matcher(words.get(i - 1)).replaceAll("") : "";
                    if (before.equals("좀") || before.equals("너무") || before.equals("다")) {
                        before = i > 1 ? PUNCTUATION_TILDE.matcher(words.get(i - 2)).replaceAll("") : "";
                    }
                    if (sense.subjects().isEmpty() ? ownSubject(before) || !symptom(raw, sense)
                            : !subjectOf(before, sense.subjects())) {
                        continue;
                    }
                    final String previous = before;
                    if (!sense.after().isEmpty() && sense.after().stream().noneMatch(previous::endsWith)) {
                        continue;
                    }
                    out.add(new Finding(ErrorCategory.VOCABULARY, w, correction, SUBTYPE));
                    break sentences;
                }
            }
        }
        return out;
    }

    /** Whether the word is one of the nouns with 이/가 or 은/는 (에어컨이, 냉장고는). */
    private static boolean subjectOf(String word, List<String> nouns) {
        for (String n : nouns) {
            if (word.startsWith(n) && List.of("이", "가", "은", "는", "도").contains(word.substring(n.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word right before the predicate is a noun with a subject or topic particle (물이, 국은). */
    private static boolean ownSubject(String word) {
        String noun = Certainty.nounRun(word);
        return !noun.isEmpty() && word.length() > noun.length()
                && List.of("이", "가", "은", "는", "도").contains(word.substring(noun.length()));
    }

    private static boolean symptom(String raw, Sense sense) {
        return sense.with().stream().anyMatch(raw::contains);
    }
}
