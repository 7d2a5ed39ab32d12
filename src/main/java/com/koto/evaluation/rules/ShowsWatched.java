package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A show one watches marked with 에 before 보다 (session 26, s26e): 대신 9시 영화에 보자 → 영화를, 뮤지컬에 보고 싶어요 →
 * 뮤지컬을. 보다 'watch' takes what is watched as its object, 「…을」 (표준국어대사전 '보다'¹ ② 눈으로 대상을 즐기거나 감상하다:
 * 영화를 보다, 연극을 보다); 에 marks a place, a time or a goal (Yeon &amp; Brown 2019, on 을/를 and 에), and a film or a
 * play is none of them before 보다. Subtype {@code particle_wrong/location_for_object}, as 친구에 만나요 → 친구를.
 *
 * <p>Only the nouns of a show (영화, 드라마, 연극, 뮤지컬, 공연, 경기, 콘서트 …) with 에 right before a form of 보다 that
 * is no past: 뉴스에 봤어 and 드라마에 봤어 ('saw it in the news, in a drama': 에 for 에서 in speech) report where
 * something was seen, and a sentence with another object (영화에 그 배우를 봤어) is left alone too, as are 보이다 and
 * 나오다 (영화에 나와요).
 */
final class ShowsWatched {

    /** Shows, games and exhibitions one watches (표준국어대사전 '보다'¹ ② 예문 and its neighbours). */
    private static final Set<String> SHOWS = Set.of("영화", "드라마", "연극", "뮤지컬", "공연", "경기", "콘서트", "오페라",
            "발레", "전시", "전시회", "축구", "야구", "농구", "배구", "축구경기", "야구경기", "시합", "애니메이션", "다큐멘터리",
            "쇼", "예능", "연주회", "음악회");

    private ShowsWatched() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw the answer as typed
     * @return findings of subtype {@code particle_wrong/location_for_object}; empty when none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        for (SpeechLevels.AnalysedSentence s : SpeechLevels.analysedSentences(raw)) {
            List<String> words = s.words();
            List<Morphology.Word> analysed = s.analysed();
            if (analysed.stream().anyMatch(x -> x.endsWith("JKO") && !x.verbal())) {
                continue; // 영화에 그 배우를 봤어: the show is where the object was seen
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                String w = words.get(i);
                if (w.length() < 2 || !w.endsWith("에") || !SHOWS.contains(w.substring(0, w.length() - 1))) {
                    continue;
                }
                Morphology.Word verb = analysed.get(i + 1);
                if (!verb.verbal() || !"보".equals(VerbFrames.stem(verb)) || ClauseTense.past(verb)) {
                    continue;
                }
                String noun = w.substring(0, w.length() - 1);
                String object = Particles.of("를").map(p -> p.formAfter(noun)).orElse("를");
                out.add(new Finding(ErrorCategory.PARTICLE_WRONG, w, noun + object,
                        "particle_wrong/location_for_object"));
            }
        }
        return out;
    }
}
