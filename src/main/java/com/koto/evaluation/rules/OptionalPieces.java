package com.koto.evaluation.rules;

import java.util.List;
import java.util.Map;

/**
 * Pieces of an accepted answer a correct answer may leave out or say otherwise (session 16, helper eval31a,
 * seventh-wave precision probes). Each method recognises one class on the learner's own words; a finding of
 * that class is an alignment artefact ({@link Evidence#artefact}), never decisive. Spans are normalised:
 * {@code o} the learner's span, {@code c} the accepted span, {@code answer} the learner's whole answer.
 */
final class OptionalPieces {

    private OptionalPieces() {
    }

    /**
     * A vocative of the accepted answer left out (뭐 드시고 싶으세요? for 손님, 뭐 드시겠어요?; 천천히 가 주세요 for
     * 기사님, 천천히 가 주세요): a term of address stands outside the sentence and is never required by it (국립국어원
     * 한국어 문법 1, 독립어: 호칭어는 문장의 다른 성분과 직접 관련이 없다; 표준 언어 예절 2011 on 호칭). Only a bare
     * address noun (a title or guest noun of {@link Persons#ADDRESSED_POLITELY}, or any noun with the honorific
     * suffix -님) at the head or the end of the accepted span: with a particle it is an argument and stays required.
     */
    static boolean vocativeLeftOut(String o, String c) {
        List<String> missing = Evidence.missing(o, c);
        if (missing.isEmpty() || o.isEmpty() || !(c.startsWith(missing.getFirst() + " ")
                || c.endsWith(" " + missing.getLast()))) {
            return false;
        }
        return missing.stream().allMatch(OptionalPieces::addressNoun);
    }

    /** The nouns of a part of the day said before a clock time (저녁 7시, 오후 세 시). */
    private static final java.util.Set<String> PARTS_OF_DAY = java.util.Set.of("아침", "오전", "오후", "저녁", "밤", "낮",
            "새벽");
    /** A clock time: digits or a numeral word, then 시, with or without a space and a particle. */
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile(
            "(\\d{1,2}|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열한|열두) ?시\\S*");

    /**
     * The part of the day left out before a clock time the learner gives (7시 영화 두 장 for 저녁 7시 영화 두 장): the
     * hour with its situation names the time, and 아침/오후/저녁 only narrows the twelve-hour clock when the situation
     * does not (a cinema's evening show, a dinner booking); spoken Korean leaves it out as English leaves out 'p.m.'
     * (국립국어원 한국어 문법 1, 시간 표현; Yeon &amp; Brown 2019, telling the time: 오전/오후 are added "if needed").
     * Only where the part of the day is the one word left out, right before the learner's clock time; a clock time
     * left out (저녁 영화 for 저녁 7시 영화) or another part of the day (아침 7시 for 저녁 7시) keeps its finding.
     * Session 26 (helper s26a).
     */
    static boolean partOfDayLeftOut(String o, String c, String answer) {
        List<String> missing = Evidence.missing(o, c);
        if (missing.size() != 1 || !PARTS_OF_DAY.contains(missing.getFirst()) || o.isEmpty()) {
            return false;
        }
        String part = missing.getFirst();
        String[] words = answer.split(" ");
        String last = o.contains(" ") ? o.substring(o.lastIndexOf(' ') + 1) : o;
        if (c.equals(part + " " + o)) {
            // 7시 → 저녁 7시, 세 → 오후 세 (the clock time read on from the learner's word)
            for (int i = 0; i < words.length; i++) {
                if (words[i].equals(o.split(" ")[0])) {
                    String time = String.join(" ", java.util.Arrays.copyOfRange(words, i, Math.min(words.length, i + 2)));
                    return CLOCK.matcher(time).lookingAt();
                }
            }
            return false;
        }
        if (c.equals(o + " " + part)) {
            // 내일 → 내일 오전 before 10시: the clock time is the learner's next word
            for (int i = 0; i + 1 < words.length; i++) {
                if (words[i].equals(last)) {
                    String time = String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, Math.min(words.length, i + 3)));
                    return CLOCK.matcher(time).lookingAt();
                }
            }
        }
        return false;
    }

    /** The time words a start is said from (지금, 오늘, 내일, 이제, 다음 주 …: the last word of the phrase). */
    private static final java.util.Set<String> START_TIMES = java.util.Set.of("지금", "이제", "오늘", "내일", "모레",
            "오늘밤", "주", "달", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일", "아침", "오후", "저녁");

    /**
     * 부터 left out after the time of a start before 시작하다/시작되다 (지금 발표 시작하겠습니다 for 지금부터 발표를
     * 시작하겠습니다): the time word alone says when the start happens, and 시작하다 itself says that something runs
     * on from then, so 부터 'from' only underlines it (표준국어대사전 '시작하다' 용례 '내일 공사를 시작하다'; '부터'
     * 「조사」 ① 어떤 일이나 상태 따위에 관련된 범위의 시작임을 나타냄; Yeon &amp; Brown 2019, N부터). Only a time word
     * of {@link #START_TIMES} or a clock time, the predicate within three words after it a form of 시작하다/시작되다;
     * a range left without its start (9시 5시까지 일해요) keeps its finding. Session 26 (helper s26a).
     */
    static boolean startOfStarting(String o, String c, String answer) {
        if (o.isEmpty() || o.contains(" ") || !c.equals(o + "부터")
                || !(START_TIMES.contains(o) || CLOCK.matcher(o).matches())) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(o)) {
                for (int k = i + 1; k < Math.min(words.length, i + 4); k++) {
                    if (words[k].contains("까지")) {
                        return false;
                    }
                    if (words[k].startsWith("시작")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The subject 시간이 of 걸리다 left out of a question of duration (얼마나 걸려요? for 시간이 얼마나 걸려요?): 걸리다
     * 'take (time)' says of itself that time is what is taken (표준국어대사전 '걸리다'² 「…이」: 시간이 들다), so its
     * subject is understood and dropped in speech (Sohn 1999 on the ellipsis of understood arguments; 한국어기초사전
     * '걸리다' 용례 '얼마나 걸려요?'). Only 시간이/시간은 as the one word left out, where the learner's answer has 얼마나,
     * 오래 or 많이 with a word in 걸- right after it (a slip of 걸리다 itself, 걸어요, is judged on its own); 시간이 얼마나
     * 있어요 keeps its finding (session 22, s22c).
     */
    static boolean timeLeftOutBeforeTaking(String o, String c, String answer) {
        List<String> missing = Evidence.missing(o, c);
        if (missing.size() != 1 || !missing.getFirst().equals("시간이") && !missing.getFirst().equals("시간은")) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (DURATION.contains(words[i]) && words[i + 1].startsWith("걸")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> DURATION = java.util.Set.of("얼마나", "오래", "많이");

    /** A bare term of address: a title, guest or elder noun, or a noun with the honorific suffix -님. */
    static boolean addressNoun(String word) {
        return Persons.ADDRESSED_POLITELY.contains(word) || word.length() >= 2 && word.endsWith("님");
    }

    /**
     * 까지 of the destination left out before 가다 (서울역 가 주세요 for 서울역까지 가 주세요): the goal of 가다
     * (표준국어대사전 '가다' 「…에/…으로」) may be said with its particle dropped in speech (Lee &amp; Ramsey 2000,
     * ellipsis in speech), and 까지 'as far as' adds no other place: the place is the one named. Only a place
     * ({@link Evidence#placeName}) right before a form of 가다 (가, 가요, 가 주세요, 갑시다); 까지 of a point asked
     * (공항까지 얼마나 걸려요) keeps its finding.
     */
    static boolean untilLeftOutBeforeGo(String o, String c, String answer) {
        if (!c.equals(o + "까지") || !Evidence.placeName(o)) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(o)) {
                String next = words[i + 1];
                return next.equals("가") || next.startsWith("가요") || next.startsWith("가세요")
                        || next.startsWith("갑시다") || next.startsWith("가자") || next.startsWith("가 주");
            }
        }
        return false;
    }

    /** Each larger unit a learner halves with 반 and the amount of the smaller unit its half is. */
    private static final Map<String, Integer> HALVES = Map.of("킬로", 500, "킬로그램", 500, "리터", 500,
            "시간", 30);

    /**
     * A number of the accepted answer the learner states as half of the larger unit (반 킬로 for 500그램, 반 리터
     * for 500밀리리터, 반 시간 for 30분): 반 is 'one of two equal parts' (표준국어대사전 '반' 「1」 둘로 똑같이 나눈 것의
     * 한 부분), so 반 킬로 is 500그램. Only 반 directly before the unit (반 킬로, 반킬로), and only the half's value.
     *
     * @param raw   the learner's answer as written
     * @param value the number the accepted answers state
     */
    static boolean halfStated(String raw, int value) {
        String unspaced = raw.replace(" ", "");
        return HALVES.entrySet().stream().anyMatch(e -> e.getValue() == value && unspaced.contains("반" + e.getKey()));
    }

    /** A duration or a count of stays or times in digits (3개월, 1년, 2박, 10회). */
    private static final java.util.regex.Pattern QUANTITY = java.util.regex.Pattern.compile(
            "\\d+(개월|달|년|주|주일|일|박|회|번|시간)");

    /**
     * A noun of the accepted answer left out between a duration and a verbal noun with 하다 (3개월 등록하려고 for
     * 3개월 회원 등록하고, 1년 계약할게요 for 1년 전세 계약할게요, 2박 예약하고 for 2박 숙박 예약하고): the duration then
     * measures the action itself, as the quantity of a verbal noun does (3개월 등록, 1년 계약; 국립국어원 한국어 문법 1,
     * 수량 표현 before a noun; Sohn 1999 on quantifiers modifying verbal nouns), and the noun left out only narrows the
     * action the task names (session 33, s33a). Conditions: the learner's span is the quantity alone, the accepted span
     * is that quantity and one bare noun, and the learner's next word is a verbal noun with 하다 (Nori: NNG + XSV).
     * A quantity before another word (3개월 주세요, 2박 방으로) is not this.
     */
    static boolean nounBeforeCountedAction(String o, String c, String answer) {
        if (!QUANTITY.matcher(o).matches() || !c.startsWith(o + " ")) {
            return false;
        }
        String noun = c.substring(o.length() + 1);
        if (noun.contains(" ") || !KnownWords.noun(noun)) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (!words[i].equals(o)) {
                continue;
            }
            List<Morphology.Word> next = Morphology.analyse(words[i + 1]);
            if (next.size() != 1) {
                return false;
            }
            List<Morphology.Morpheme> ms = next.getFirst().morphemes();
            return ms.size() >= 2 && ms.getFirst().is("NNG") && ms.get(1).is("XSV") && ms.get(1).form().equals("하")
                    && words[i + 1].startsWith(ms.getFirst().form());
        }
        return false;
    }
}
