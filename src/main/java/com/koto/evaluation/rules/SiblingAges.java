package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A younger sibling named where the task names an older one, or the reverse (session 29, helper s29e;
 * {@code vocabulary/confusable}): 이번 토요일에 여동생이랑 등산 갈 거야 for a task about one's older sister → 언니랑.
 * Korean names a sibling by age (언니, 누나, 오빠, 형 = older; 동생, 여동생, 남동생 = younger; 표준국어대사전 '언니' ①,
 * '누나', '오빠' ①, '형' ①, '동생' ①), English 'sister' does not. Judged only where the task's description says which
 * (older, elder, big / younger, little sister or brother), since a task about 'your sister' leaves the age to the
 * learner, and not where the sibling is the listener (to a younger sister the speaker is 오빠 or 언니); the correction
 * is the accepted answers' own word of that age (the first that has one: 언니 or 누나 is the
 * speaker's gender, which only the accepted answer gives), the learner's particle re-formed for it.
 */
final class SiblingAges {

    private static final Set<String> OLDER = Set.of("언니", "누나", "오빠", "형", "형님");
    private static final Set<String> YOUNGER = Set.of("동생", "여동생", "남동생");
    private static final Pattern ASKS_OLDER = Pattern.compile("\\b(older|elder|big) (sister|brother)");
    private static final Pattern ASKS_YOUNGER = Pattern.compile("\\b(younger|little) (sister|brother)");
    private static final Pattern PUNCTUATION = Pattern.compile("[.,?!~]");
    /** A task that has the learner speak to the sibling (tell her, ask him …). */
    private static final Pattern ADDRESSED = Pattern.compile("\\b(tell|ask|invite|thank) (her|him)\\b");

    private SiblingAges() {
    }

    /**
     * The learner's sibling words of the other age.
     *
     * @param answer   the learner's normalised answer
     * @param accepted the normalised accepted answers
     * @param context  the task's description (may be null)
     * @return one finding per such word, the word as written → the accepted word of the task's age; empty when none
     */
    static List<Finding> find(String answer, List<String> accepted, String context) {
        if (context == null) {
            return List.of();
        }
        String task = context.toLowerCase(Locale.ROOT);
        boolean older = ASKS_OLDER.matcher(task).find();
        boolean younger = ASKS_YOUNGER.matcher(task).find();
        if (older == younger || ADDRESSED.matcher(task).find()) {
            // neither named, or both (a task about two siblings); or the sibling is the listener, to whom the speaker
            // names himself by age (뭐 마실래? 오늘은 오빠가 살게, to a younger sister)
            return List.of();
        }
        Set<String> wanted = older ? OLDER : YOUNGER;
        Set<String> other = older ? YOUNGER : OLDER;
        String right = accepted.stream().flatMap(a -> List.of(words(a)).stream()).map(SiblingAges::noun)
                .filter(wanted::contains).findFirst().orElse(null);
        String[] words = words(answer);
        if (right == null || List.of(words).stream().map(SiblingAges::noun).anyMatch(wanted::contains)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        for (String w : words) {
            String noun = noun(w);
            if (!other.contains(noun)) {
                continue;
            }
            String rest = w.substring(noun.length());
            Optional<Particles.Particle> p = rest.isEmpty() ? Optional.empty() : Particles.of(rest);
            if (!rest.isEmpty() && p.isEmpty()) {
                continue;
            }
            out.add(new Finding(ErrorCategory.VOCABULARY, w, right + p.map(x -> x.formAfter(right)).orElse(""),
                    Confusables.CONFUSABLE));
        }
        return out;
    }

    /** The sibling noun a word starts with (the longest: 여동생 before 동생), or the word itself. */
    private static String noun(String w) {
        String best = "";
        for (Set<String> kin : List.of(OLDER, YOUNGER)) {
            for (String k : kin) {
                if (w.startsWith(k) && k.length() > best.length()) {
                    best = k;
                }
            }
        }
        return best.isEmpty() ? w : best;
    }

    private static String[] words(String text) {
        return PUNCTUATION.matcher(text).replaceAll(" ").strip().split("\\s+");
    }
}
