package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A noun phrase of an accepted answer written by the learner head first, with its particle carried (session 34, s34c;
 * {@code word_order/phrase}): 정류장 402번 버스는 → 402번 버스 정류장은, 주차장 호텔에 → 호텔 주차장에, 신호등 다음에서 →
 * 다음 신호등에서, and a compound word split and turned round, 방 옆이 → 옆방이. Korean noun phrases and compounds are
 * head-final (Sohn 1999, §6.1 on the noun phrase and on compounds; 표준국어대사전 '옆방' 「명사」), while Indonesian puts the
 * head first (halte bus 402, parkir hotel, kamar sebelah). {@link NounPhraseOrder#attestedSwaps} reads the swap on the
 * whole answer's alignment with one accepted answer, so another difference in the sentence (어디에서 있어요 for 어디예요)
 * or a particle that differs (정류장은 for 정류장이) hides it; this class reads the phrase alone:
 * <ul>
 * <li>an accepted phrase of two or three nouns, the last with its particle (N1 N2-p, N1 N2 N3-p); the learner has its
 * head N2 (N3) first, bare, then the others in their order, the last with a particle of its own (N2 N1-q, N3 N1 N2-q):
 * the correction keeps the learner's particle;</li>
 * <li>an accepted compound word (옆방이) whose two parts the learner writes apart and turned round (방 옆이).</li>
 * </ul>
 * Left alone: a learner order that an accepted answer writes itself; person nouns (친구 엄마 and 엄마 친구 are two
 * different people, both Korean); the learner's last noun bare where the accepted one has a particle of place or
 * recipient (전자레인지 도시락 데워: two arguments scrambled, {@link NounPhraseOrder}); words Nori does not read as
 * nouns.
 */
final class TurnedCompounds {

    /** Particles that make an accepted noun an argument of its own (the place, the recipient). */
    private static final Set<String> PLACING = Set.of("에", "에서", "에게", "한테", "께", "으로", "로");

    /** Nouns of position and order that stand before a noun in Korean too (앞 편의점, 다음 정류장, 옆 가게). */
    private static final Set<String> POSITIONS = Set.of("앞", "뒤", "옆", "위", "아래", "밑", "안", "밖", "근처", "맞은편",
            "건너편", "다음", "이번", "지난", "저번");

    /**
     * Last syllables of place and facility nouns (정류장, 주차장, 신호등, 방, 매표소, 식당, 역, 호실 …): only such a head is
     * judged, since two nouns of other kinds are often Korean in either order (여행 패키지, 패키지 여행).
     */
    private static final Set<Character> PLACE_FINALS = Set.of('장', '등', '방', '소', '실', '관', '점', '역', '당', '원',
            '층', '문', '구', '항', '터', '국', '교');

    private TurnedCompounds() {
    }

    /**
     * @param raw      the answer as typed
     * @param accepted the accepted answers, normalised
     * @return the findings, one per turned phrase; empty when none
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        String answer = com.koto.evaluation.text.AnswerText.normalise(raw);
        for (SpeechLevels.AnalysedSentence s : SpeechLevels.analysedSentences(raw)) {
            List<String> w = s.words();
            List<Morphology.Word> m = s.analysed();
            for (int i = 0; i + 1 < w.size(); i++) {
                if (!bareNoun(w.get(i), m.get(i))) {
                    continue;
                }
                Finding f = null;
                for (String a : accepted) {
                    f = turned(w, m, i, a, accepted, answer);
                    if (f != null) {
                        break;
                    }
                }
                if (f != null && !out.contains(f)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The finding for the learner's words from {@code i} against one accepted answer, or null. */
    private static Finding turned(List<String> w, List<Morphology.Word> m, int i, String accepted, List<String> all,
            String answer) {
        String[] e = accepted.split(" ");
        String head = w.get(i);
        String headStem = ArgumentCheck.stemAndParticle(head)[0];
        if (headStem.isEmpty() || !PLACE_FINALS.contains(headStem.charAt(headStem.length() - 1))
                || ArgumentCheck.isTimeNoun(headStem)) {
            return null; // 여행 패키지 / 패키지 여행, 오늘 생선: both orders are Korean where the head is no place
        }
        if (POSITIONS.contains(head)) {
            return null; // 저 앞 편의점에서: a noun of position or order before its noun is Korean ('the store up ahead')
        }
        for (int j = 0; j < e.length; j++) {
            String[] last = ArgumentCheck.stemAndParticle(e[j]);
            // a compound word split and turned round: 방 옆이 for 옆방이
            if (j >= 0 && i + 1 < w.size() && !e[j].contains(head + " ")) {
                String[] second = ArgumentCheck.stemAndParticle(w.get(i + 1));
                if (!second[0].isEmpty() && last[0].equals(second[0] + head) && second[0].length() == 1
                        && noun(m.get(i + 1)) && !person(head)) {
                    String o = head + " " + w.get(i + 1);
                    if (!written(all, o)) {
                        return new Finding(ErrorCategory.WORD_ORDER, o, last[0] + reformed(second[1], last[0]), "word_order/phrase");
                    }
                }
            }
            if (!last[0].equals(head)) {
                continue;
            }
            // the accepted phrase: one or two bare nouns before the head e[j]
            for (int n = 1; n <= 2 && j - n >= 0; n++) {
                if (i + n >= w.size()) {
                    break;
                }
                boolean ok = true;
                for (int k = 0; k < n && ok; k++) {
                    String ek = e[j - n + k];
                    String wk = w.get(i + 1 + k);
                    boolean lastOfLearner = k == n - 1;
                    ok = lastOfLearner ? ArgumentCheck.stemAndParticle(wk)[0].equals(ek) && noun(m.get(i + 1 + k))
                            : wk.equals(ek) && bareNoun(wk, m.get(i + 1 + k));
                    ok &= !ArgumentCheck.stemAndParticle(ek)[0].equals(ek) ? false : true; // accepted modifiers bare
                }
                if (!ok || person(head) || e.length > 0 && java.util.Arrays.stream(e, j - n, j).anyMatch(TurnedCompounds::person)) {
                    continue;
                }
                String learnerLast = w.get(i + n);
                String particle = ArgumentCheck.stemAndParticle(learnerLast)[1];
                if (!phraseEnds(w, m, i + n) || !acceptedPhraseEnds(e, j, last[1])
                        || n == 1 && Character.isDigit(w.get(i + 1).charAt(0))
                        // 아메리카노 아이스로 한 잔: (으)로 of choice, 'as an iced one' (NounPhraseOrder, session 28)
                        || (particle.equals("로") || particle.equals("으로")) && !particle.equals(last[1])) {
                    // 고속버스 광주행 표 (the phrase goes on to its head 표), 방 805호가 (a room named by its number)
                    continue;
                }
                if (particle.isEmpty() && PLACING.contains(last[1])) {
                    continue; // 전자레인지 도시락 데워: two arguments scrambled, not one phrase
                }
                String o = String.join(" ", w.subList(i, i + n + 1));
                if (written(all, o)) {
                    continue;
                }
                String c = String.join(" ", java.util.Arrays.asList(e).subList(j - n, j)) + " " + head + reformed(particle, head);
                return new Finding(ErrorCategory.WORD_ORDER, o, c, "word_order/phrase");
            }
        }
        return null;
    }

    /** The learner's particle in its form after the noun that now carries it (초콜릿을 → 케이크를). */
    private static String reformed(String particle, String noun) {
        return particle.isEmpty() ? particle : Particles.of(particle).map(p -> p.formAfter(noun)).orElse(particle);
    }

    /** Whether the learner's noun phrase ends at word {@code k}: it has a particle, or no bare noun follows it. */
    private static boolean phraseEnds(List<String> w, List<Morphology.Word> m, int k) {
        return !ArgumentCheck.stemAndParticle(w.get(k))[1].isEmpty() || k + 1 >= w.size() || !bareNoun(w.get(k + 1), m.get(k + 1));
    }

    /** Whether the accepted phrase ends at its word {@code j}: it has a particle, or no noun follows it. */
    private static boolean acceptedPhraseEnds(String[] e, int j, String particle) {
        if (!particle.isEmpty() || j + 1 >= e.length) {
            return true;
        }
        List<Morphology.Word> next = Morphology.analyse(e[j + 1]);
        return next.size() != 1 || !noun(next.getFirst());
    }

    /** Whether an accepted answer writes the learner's words in the learner's order (then the order is attested). */
    private static boolean written(List<String> accepted, String words) {
        String[] ws = words.split(" ");
        String bare = String.join(" ", java.util.Arrays.stream(ws).map(x -> ArgumentCheck.stemAndParticle(x)[0]).toList());
        return accepted.stream().anyMatch(a -> (" " + a + " ").contains(" " + words + " ")
                || (" " + String.join(" ", java.util.Arrays.stream(a.split(" "))
                        .map(x -> ArgumentCheck.stemAndParticle(x)[0]).toList()) + " ").contains(" " + bare + " "));
    }

    /** A noun word with no particle (정류장, 402번, 주차장). */
    private static boolean bareNoun(String word, Morphology.Word w) {
        return noun(w) && w.morphemes().stream().noneMatch(x -> x.tag().startsWith("J"));
    }

    /** A word Nori reads as nouns (and a number), with at most particles after them. */
    private static boolean noun(Morphology.Word w) {
        List<Morphology.Morpheme> ms = w.morphemes();
        if (ms.isEmpty() || w.verbal() || !ms.getFirst().tag().matches("NNG|NNP|SN|NNB|NNBC|SL")) {
            return false;
        }
        return ms.stream().allMatch(x -> x.tag().matches("NNG|NNP|SN|NNB|NNBC|SL|XSN") || x.tag().startsWith("J"));
    }

    /** A person noun (친구, 엄마, 선생님): two persons in either order are two phrases of Korean. */
    private static boolean person(String word) {
        return HeadFirstPhrases.person(ArgumentCheck.stemAndParticle(word)[0]);
    }
}
