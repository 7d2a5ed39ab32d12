package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Particles speech does not drop, left out of a noun that an accepted answer names in that role although it does not
 * line up with the learner's words (session 26, helper s26h; called from {@link BareRoles#find}). The learner writes a
 * bare noun right before a second noun, so the two read as one noun phrase ('the manager's report', 'the friend's
 * dinner', 'our house's birthday party') and the role is lost; the accepted answers say which role the first noun has
 * (Yeon &amp; Brown 2019 on case-particle ellipsis, on 에게/한테/께, 하고/(이)랑 and 에서; 표준국어대사전 '보내다'
 * 「…에/에게 …을」, '하고' ② 함께 하는 상대, '에서' ①). No accepted answer may write the two nouns as one phrase.
 * <ul>
 *   <li>{@code particle_missing/dative} (께: {@code particle_missing/honorific_dative}): a person bare before the
 *       object of 보내다, 부치다, 전하다, 전달하다, 제출하다 or 드리다, where an accepted answer names that person
 *       (as the one addressed, 부장님, …, or the recipient) and the learner's sentence names no other recipient:
 *       금요일까지 부장님 보고서를 보내 주겠습니다 → 부장님께. Left alone: 주다, 돌려주다, 빌려주다 (친구 책을 돌려줬어요
 *       'my friend's book'), a person no accepted answer names, a vocative (부장님, 보고서를 …);</li>
 *   <li>{@code particle_missing/comitative}: a person bare before a meal or a film with 을/를 and 먹다, 보다, 하다,
 *       where an accepted answer has that person as a partner (with 하고, (이)랑, 와/과, or met: 친구들을 만나서): 오늘
 *       친구 저녁을 먹고 → 친구하고;</li>
 *   <li>{@code particle_missing/action_place}: a place bare before the bare object of a verb of action (파티 하다,
 *       회의 하다), where an accepted answer writes the place with 에서 and the same object before the same verb:
 *       우리 집 생일 파티 해 → 집에서.</li>
 * </ul>
 */
final class NamedRoles {

    /** Verbs of sending and handing over whose object is a thing and whose recipient takes 에게/한테/께. */
    private static final Set<String> SENDING = Set.of("보내", "부치", "전하", "전달하", "제출하", "드리");

    /** Meals and films, the objects of an activity shared with someone. */
    private static final Set<String> SHARED_OBJECTS = Set.of("저녁을", "점심을", "아침을", "식사를", "영화를", "술을");

    /** The particles of a partner. */
    private static final List<String> WITH = List.of("하고", "이랑", "랑", "와", "과");

    /** Verbs of action that take a bare object between the place and themselves. */
    private static final Set<String> ACTING = Set.of("하", "먹", "마시", "보", "열", "만들");

    private NamedRoles() {
    }

    /** 부장님 보고서를 보내 주겠습니다 → 부장님께, where an accepted answer addresses 부장님. */
    static Optional<Finding> recipientNamed(String raw, List<String> expected, List<String> words,
            List<Morphology.Word> analysed, int i, List<SpeechLevels.AnalysedSentence> models) {
        String noun = words.get(i);
        if (i + 2 >= words.size() || !CertainRoles.PERSONS.contains(noun) || raw.contains(noun + ",")
                || !analysed.get(i + 1).endsWith("JKO") || analysed.get(i + 1).verbal()
                || !SENDING.contains(VerbFrames.stem(analysed.get(i + 2)))
                || words.stream().anyMatch(w -> w.endsWith("에게") || w.endsWith("한테") || w.endsWith("께"))
                || onePhrase(models, noun, words.get(i + 1))
                && expected.stream().noneMatch(a -> a.contains(noun + ","))) { // 팀장님, 자료를: one addressed
            return Optional.empty();
        }
        boolean named = models.stream().anyMatch(s -> s.words().stream().anyMatch(w -> w.equals(noun)
                || w.equals(noun + "께") || w.equals(noun + "에게") || w.equals(noun + "한테")));
        if (!named) {
            return Optional.empty();
        }
        boolean honoured = noun.endsWith("님") || Set.of("어머니", "아버지", "부모님", "할머니", "할아버지").contains(noun);
        return Optional.of(honoured
                ? new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "께", "particle_missing/honorific_dative")
                : new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "한테", "particle_missing/dative"));
    }

    /** 친구 저녁을 먹고 → 친구하고, where an accepted answer meets 친구들 or goes with them. */
    static Optional<Finding> partnerOfMeal(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        String noun = words.get(i);
        if (i + 2 >= words.size() || !CertainRoles.PERSONS.contains(noun) || !SHARED_OBJECTS.contains(words.get(i + 1))
                || !Set.of("먹", "보", "하", "마시").contains(VerbFrames.stem(analysed.get(i + 2)))
                || onePhrase(models, noun, words.get(i + 1))) {
            return Optional.empty();
        }
        for (SpeechLevels.AnalysedSentence s : models) {
            for (int k = 0; k < s.words().size(); k++) {
                String w = s.words().get(k);
                String person = w.startsWith(noun + "들") ? noun + "들" : noun;
                String rest = w.startsWith(person) ? w.substring(person.length()) : null;
                if (rest == null) {
                    continue;
                }
                boolean met = (rest.isEmpty() || rest.equals("을") || rest.equals("를")) && k + 1 < s.words().size()
                        && Set.of("만나", "뵙", "뵈").contains(VerbFrames.stem(s.analysed().get(k + 1)));
                if (WITH.contains(rest) || met) {
                    return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "하고",
                            "particle_missing/comitative"));
                }
            }
        }
        return Optional.empty();
    }

    /** 우리 집 생일 파티 해 → 집에서, where an accepted answer writes 집에서 … 생일 파티 해. */
    static Optional<Finding> placeBeforeObject(List<String> words, List<Morphology.Word> analysed, int i,
            List<SpeechLevels.AnalysedSentence> models) {
        int v = i + 1;
        while (v < words.size() && v - i <= 3 && nounOnly(analysed.get(v))) {
            v++;
        }
        if (v == i + 1 || v >= words.size() || v - i > 3 || !analysed.get(v).verbal()
                || !ACTING.contains(VerbFrames.stem(analysed.get(v)))) {
            return Optional.empty();
        }
        String noun = words.get(i);
        String object = words.get(v - 1);
        String stem = VerbFrames.stem(analysed.get(v));
        for (SpeechLevels.AnalysedSentence s : models) {
            List<String> w = s.words();
            int p = w.indexOf(noun + "에서");
            int o = p < 0 ? -1 : w.subList(p + 1, w.size()).indexOf(object);
            if (o >= 0 && p + 2 + o < w.size() && s.analysed().get(p + 2 + o).verbal()
                    && stem.equals(VerbFrames.stem(s.analysed().get(p + 2 + o)))
                    && !w.contains(noun) && o <= 2) {
                return Optional.of(new Finding(ErrorCategory.PARTICLE_MISSING, noun, noun + "에서",
                        "particle_missing/action_place"));
            }
        }
        return Optional.empty();
    }

    /** Whether an accepted answer writes the noun bare before the word (부장님 보고서를: one noun phrase). */
    private static boolean onePhrase(List<SpeechLevels.AnalysedSentence> models, String noun, String next) {
        return models.stream().anyMatch(s -> {
            List<String> w = s.words();
            for (int k = 0; k + 1 < w.size(); k++) {
                if (w.get(k).equals(noun) && (w.get(k + 1).equals(next) || w.get(k + 1).startsWith(
                        next.substring(0, Math.max(1, next.length() - 1))))) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Whether the word is nouns alone (생일, 파티). */
    private static boolean nounOnly(Morphology.Word w) {
        return !w.morphemes().isEmpty() && w.morphemes().stream().allMatch(m -> m.is("NNG", "NNP", "XSN"));
    }
}
