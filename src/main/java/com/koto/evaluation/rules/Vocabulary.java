package com.koto.evaluation.rules;

/**
 * Which word substitutions the rules can judge (issue 11, precision first).
 *
 * <p>Policy: a noun the learner wrote in place of the accepted noun is a <b>certain</b> wrong word
 * only when the rules know why — the two are a known contrast or two members of one closed class
 * of things a task asks for (라떼 for 아메리카노, 현금 for 카드: {@link Contrasts#sameClass}), or members
 * of two different classes (화장실, a place, for 아메리카노, a drink: {@link Contrasts#otherClass}), or the
 * learner's word is not a word of the dictionary at all ({@link KnownWords}: a made-up or garbled
 * word). A real dictionary noun that the lexicon does not relate to the accepted one is most often
 * a synonym or a more or less precise name of the same thing (타월/수건, 탑승구/게이트, 비닐봉지/봉투,
 * 학생/대학생): the rules cannot tell, so the substitution is <b>unjudgeable</b>. Without a model key
 * the answer passes with the model answer shown and a confidence below the hybrid threshold; with
 * a key that confidence sends it to the model ({@code HybridEvaluator}).
 *
 * <p>Also certain: a question word for a noun (몇 원 for 얼마), and a compound that adds a place head to
 * the accepted noun or drops it (영화관 for 영화, 야구 for 야구장; the dictionary's own decomposition of
 * its compound entries, {@link KnownWords#compoundParts}): Korean compounds are head-final (Sohn 1999,
 * on compounding), so 영화관 is a hall, not a film (but 메뉴판 is still the menu). A demonstrative for
 * the noun (이거 for 전자레인지에) points at a thing and may say the same: unjudgeable. The opposite case, a compound whose head is the
 * accepted noun (대학생 for 학생), names a kind of it and stays a possible paraphrase ({@link Certainty#hyponym}).
 */
final class Vocabulary {

    private Vocabulary() {
    }

    /**
     * Whether a noun-for-noun substitution is unjudgeable (see the class comment).
     *
     * @param learner  the learner's differing words (as many as {@code accepted})
     * @param accepted the accepted answer's differing words
     */
    static boolean unjudgeable(String learner, String accepted) {
        String[] a = learner.split(" ");
        String[] e = accepted.split(" ");
        for (int i = 0; i < a.length; i++) {
            if (a[i].equals(e[i])) {
                continue;
            }
            String la = Certainty.nounRun(a[i]);
            String le = Certainty.nounRun(e[i]);
            if (demonstrative(a[i]) != demonstrative(e[i])) {
                continue; // 이거 for the thing itself, or the thing for 이거: pointing at it says the same (a possible paraphrase)
            }
            if (Certainty.questionWord(a[i]) || Certainty.questionWord(e[i])) {
                return false; // 어디 for 여기, 몇 원 for 얼마: asks or answers something else
            }
            int da = placeDeixis(a[i]);
            int de = placeDeixis(e[i]);
            if (da >= 0 && de >= 0 && da != de) {
                return false; // 거기 for 여기: another place (the three distances of 이/그/저, Sohn 1999)
            }
            if (da >= 0 || de >= 0) {
                // 여기서 for 전시실에: pointing at the place names it as the noun does; 여기서 for 이쪽에서, one distance
                continue;
            }
            if (la.isEmpty() || le.isEmpty() || Contrasts.sameClass(la, le) || Contrasts.otherClass(la, le)
                    || !KnownWords.noun(la) && !honouredNoun(la)
                    || Certainty.questionWord(la) || Certainty.questionWord(le)) {
                // a question word for a noun or a noun for one asks or answers something else (몇 원 for 얼마)
                return false;
            }
            if (compoundOf(la, le) || compoundOf(le, la)) {
                // 영화관 for 영화: a compound is a kind of its last noun (head-final, Sohn 1999), so a compound
                // that only adds a head to the accepted noun, or drops it, names another thing (a cinema, not a film)
                return false;
            }
        }
        return true;
    }

    /**
     * A dictionary noun of a person with the honorific suffix -님 or -분 (직원분, 기사님, 담당자분; session 16): a
     * well-formed word that the dictionary does not list, since the suffix attaches freely (표준국어대사전 '-님'
     * 「접사」 '높임'의 뜻을 더하는 접미사; '분' 「의존명사」 높이는 사람, written joined to a person noun in everyday
     * usage, 우리말샘 '직원분'), so no made-up word: 직원분 for 사람 is as unjudgeable as 직원 for 사람. The noun
     * before the suffix must be a noun of a person by role ({@link #PEOPLE_HONOURED_BY_SUFFIX}): 직원븐 and 사랑분
     * are no such word.
     */
    static boolean honouredNoun(String noun) {
        if (noun.length() < 2 || !(noun.endsWith("분") || noun.endsWith("님"))) {
            return false;
        }
        String bare = noun.substring(0, noun.length() - 1);
        return PEOPLE_HONOURED_BY_SUFFIX.contains(bare) && KnownWords.noun(bare);
    }

    /**
     * Nouns of people by role that take -분/-님 in service speech (직원분, 기사님, 담당자분, 고객님, 환자분;
     * 표준 언어 예절 2011, on addressing and naming people at work and in shops).
     */
    private static final java.util.Set<String> PEOPLE_HONOURED_BY_SUFFIX = java.util.Set.of("직원", "담당자", "기사",
            "기술자", "관리자", "관리인", "매니저", "고객", "손님", "환자", "보호자", "학생", "친구", "가족", "어른", "의사",
            "간호사", "선생", "교수", "사장", "점장", "부장", "과장", "팀장", "실장", "대리", "주인", "가이드", "운전기사");

    /**
     * The same noun with other function words (방학에 read against 방학 때, 회의요 against 회의가, 주말에는
     * against 주말에): the learner names the thing the accepted answer names, so no word is wrong. Both
     * spans start with one noun run ({@link Certainty#nounRun}); after it each side has only particles
     * (Nori J*: case particles, 은/는, the polite 요 after a fragment), and the accepted side may add the
     * time noun 때 with its particles: N에 and N 때 both place an event in a period (표준국어대사전 '때'
     * 「1」, '에' 「2」 시간; Yeon &amp; Brown 2019 on time expressions). Whether the learner's particle fits
     * is a particle question, left to the particle checks. The copula or another noun keeps the finding
     * (회의예요, 회의실에).
     *
     * @param o the learner's span (one word)
     * @param c the accepted span (one word, or the word and 때)
     */
    static boolean sameNoun(String o, String c) {
        if (o.isEmpty() || o.contains(" ") || c.isEmpty() || o.equals(c)) {
            return false;
        }
        String[] accepted = c.split(" ");
        if (accepted.length > 2 || accepted.length == 2 && !TIME_NOUN.equals(Certainty.nounRun(accepted[1]))) {
            return false;
        }
        String noun = nounThenParticles(o);
        return !noun.isEmpty() && noun.equals(nounThenParticles(accepted[0]))
                && (accepted.length == 1 || nounThenParticles(accepted[1]).equals(TIME_NOUN));
    }

    /** The bound time noun of 'during, at the time of' (표준국어대사전 '때' 「1」). */
    private static final String TIME_NOUN = "때";

    /** The noun a word starts with when nothing but particles follows it (회의요 → 회의); empty otherwise. */
    private static String nounThenParticles(String word) {
        java.util.List<Morphology.Word> words = Morphology.analyse(word);
        if (words.size() != 1) {
            return "";
        }
        StringBuilder noun = new StringBuilder();
        boolean particles = false;
        for (Morphology.Morpheme m : words.getFirst().morphemes()) {
            if (!particles && (m.tag().startsWith("NN") || m.is("XSN"))) {
                noun.append(m.form());
            } else if (m.isParticle() && noun.length() > 0) {
                particles = true;
            } else {
                return "";
            }
        }
        return noun.toString();
    }

    /**
     * Counters that ask for a place by its number (표준국어대사전 '층' 「3」 건물의 층을 세는 단위, '호'
     * 「의존 명사」 차례나 집, 방 따위의 번호, '번' 차례나 번호, '호선', '동' 아파트 동의 번호, '호실'): 몇 층에
     * 있어요 asks where by the floor.
     */
    private static final java.util.Set<String> PLACE_COUNTERS = java.util.Set.of("층", "호", "호실", "번", "호선", "동",
            "번지");

    /**
     * Counters that ask for a time by its number (표준국어대사전 '시' 「의존 명사」, '분', '월', '일', '요일'): 몇
     * 시에 만나요 asks when by the hour.
     */
    private static final java.util.Set<String> TIME_COUNTERS = java.util.Set.of("시", "분", "월", "일", "요일", "시쯤");

    /**
     * 몇 with a counter of place for 어디, or of time for 언제 (화장실이 몇 층에 있습니까 read against 어디에
     * 있습니까; 몇 시에 만나요 against 언제 만나요): the learner asks the same question by the number that
     * answers it, a more precise question, not another one (표준국어대사전 '몇' 「관형사」 뒤에 오는 말과 관련된
     * 수를 물을 때 쓰는 말; '어디' 「대명사」 모르는 어떤 곳; '언제' 「대명사」 잘 모르는 어느 때; Yeon &amp; Brown
     * 2019 on question words). 몇 개 or 몇 원 for 얼마 asks a count, not a price, and keeps the finding, as
     * does 어디 for an accepted 몇 층 (the task asked the number). The learner's span is the counter with at
     * most a particle or the copula, and the word before it in the answer is 몇 (or 몇 and a counter of place before a
     * noun: 몇 번 출구예요); the accepted span starts with 어디 or 언제.
     *
     * @param o      the learner's span (the counter word, 몇 left before it)
     * @param c      the accepted span
     * @param answer the learner's normalised answer
     */
    static boolean moreSpecificQuestion(String o, String c, String answer) {
        String[] span = o.split(" ");
        if (o.isEmpty() || c.isEmpty() || span.length > 2 || span.length == 2 && !span[0].equals(HOW_MANY)) {
            return false;
        }
        String word = span[span.length - 1];
        String unit = Certainty.nounRun(word);
        String question = c.split(" ")[0];
        if (question.startsWith("언제") && unit.equals("며칠")) {
            return true; // 며칠에 가요 for 언제 가요: 며칠 is 몇 + 일, the day of the month (표준국어대사전 '며칠')
        }
        if (span.length == 1) {
            java.util.List<String> words = java.util.List.of(answer.split(" "));
            int at = words.indexOf(word);
            if (at >= 2 && words.get(at - 2).equals(HOW_MANY) && question.startsWith("어디")
                    && PLACE_COUNTERS.contains(Certainty.nounRun(words.get(at - 1)))) {
                return true; // 몇 번 출구예요 for 어디예요: the place named by its number
            }
            if (at < 1 || !words.get(at - 1).equals(HOW_MANY)) {
                return false;
            }
        }
        return question.startsWith("어디") && PLACE_COUNTERS.contains(unit)
                || question.startsWith("언제") && TIME_COUNTERS.contains(unit);
    }

    /** The determiner that asks a number (표준국어대사전 '몇' 「관형사」). */
    private static final String HOW_MANY = "몇";

    /**
     * A number with 에 that states the unit a price or a count is asked per (하나에 얼마예요 read against
     * 가격이 얼마예요; 한 개에 얼마, 1킬로에 얼마, 두 장에 얼마): '에' marks the unit or standard of a rate (표준국어대사전
     * '에', 앞말이 기준이 되는 대상이나 단위임을 나타내는 격 조사: 한 개에 오백 원), so the learner asks the price
     * more precisely, not something else. The learner's span is a number (a numeral, digits, or a numeral
     * with a counter) and 에; the next word of the answer asks 얼마 or 몇; the accepted span states no number.
     * A number for a number keeps its finding ({@link Certainty}).
     *
     * @param o      the learner's span
     * @param c      the accepted span
     * @param answer the learner's normalised answer
     */
    static boolean unitOfRate(String o, String c, String answer) {
        String[] span = o.split(" ");
        if (!o.endsWith("에") || span.length > 2 || c.isEmpty() || c.chars().anyMatch(Character::isDigit)
                || java.util.Arrays.stream(c.split(" ")).anyMatch(w -> Numerals.number(w) != null)) {
            return false;
        }
        java.util.List<String> words = java.util.List.of(answer.split(" "));
        int at = words.indexOf(span[span.length - 1]);
        if (at < 0 || at + 1 >= words.size() || !words.get(at + 1).startsWith("얼마") && !words.get(at + 1).equals(HOW_MANY)) {
            return false;
        }
        String unit = span[span.length - 1];
        String bare = unit.substring(0, unit.length() - 1);
        String before = span.length == 2 ? span[0] : at > 0 ? words.get(at - 1) : "";
        // 하나에, 1킬로에; or a counter after a numeral (한 개에, 두 장에)
        return Numerals.number(bare) != null || !bare.isEmpty() && Character.isDigit(bare.charAt(0))
                || Numerals.number(before) != null && !Certainty.nounRun(unit).isEmpty();
    }

    /**
     * A wrong number corrected in the learner's notation (오만 → 오십만, not the accepted answer's 50만): the
     * learner wrote the number in Sino-Korean letters, so the correction is the accepted value in letters,
     * its 만 group kept (한글 맞춤법 제44항 counts in 만 groups). The finding must be a {@code vocabulary/word}
     * of one word each side: the learner's a Sino-Korean numeral with at most a 만 after it, the accepted one
     * digits (1–9999) with at most a 만 after them. Other findings are returned unchanged.
     */
    static Finding inLearnersNotation(Finding f) {
        if (f.category() != com.koto.evaluation.ErrorCategory.VOCABULARY || !"vocabulary/word".equals(Subtypes.of(f))
                || f.original() == null || f.correction() == null) {
            return f;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        java.util.regex.Matcher digits = DIGITS_GROUP.matcher(c);
        String letters = o.endsWith("만") ? o.substring(0, o.length() - 1) : o;
        if (o.contains(" ") || !digits.matches() || letters.isEmpty() || Numerals.sino(letters) == null) {
            return f;
        }
        int value = Integer.parseInt(digits.group(1));
        if (value < 1 || value > 9999) {
            return f;
        }
        return new Finding(f.category(), f.original(), Numerals.sinoLetters(value) + digits.group(2), f.subtype());
    }

    /** Digits with at most a 만 group after them (50만, 300). */
    private static final java.util.regex.Pattern DIGITS_GROUP = java.util.regex.Pattern.compile("([0-9]{1,4})(만?)");

    /**
     * Units of measure that count different amounts (표준국어대사전, each a 의존 명사 of its unit: '박' 객지에서
     * 묵는 밤의 횟수를 세는 단위, '일' 날을 세는 단위, '시간', '시' 「의존 명사」 the hour of the clock, '분', '주',
     * '주일', '개월', '달', '년'; '원', '달러', '엔'). Two of them after one number (2일 for 2박: two days is
     * not two nights; 3시 for 3시간) say another quantity; counters of things (두 개 for 두 잔) are not here.
     */
    private static final java.util.Set<String> UNITS = java.util.Set.of("박", "일", "시간", "시", "분", "주", "주일",
            "개월", "달", "년", "원", "달러", "엔",
            // 월 names the month, 개월 counts months (표준국어대사전 '월', '개월', each 「의존 명사」): 3월 회원권 for
            // 3개월 is March, not three months (session 21, s21c)
            "월");

    private static final java.util.regex.Pattern DIGITS_UNIT = java.util.regex.Pattern.compile("([0-9]+)([가-힣]+)");

    /**
     * Whether the spans are one word each, digits and a unit of {@link #UNITS} (particles after it allowed),
     * of the same number and another unit (2일 for 2박, 3시에 for 3시간).
     */
    static boolean otherUnit(String o, String c) {
        if (o.contains(" ") || c.contains(" ")) {
            return false;
        }
        java.util.regex.Matcher a = DIGITS_UNIT.matcher(o);
        java.util.regex.Matcher b = DIGITS_UNIT.matcher(c);
        if (!a.lookingAt() || !b.lookingAt() || !a.group(1).equals(b.group(1))) {
            return false;
        }
        String ua = unit(a.group(2));
        String ub = unit(b.group(2));
        return !ua.isEmpty() && !ub.isEmpty() && !ua.equals(ub);
    }

    /** The unit of {@link #UNITS} a counter word is, the longest first (시간에 → 시간), or empty. */
    private static String unit(String word) {
        String best = "";
        for (String u : UNITS) {
            if (word.startsWith(u) && u.length() > best.length()) {
                best = u;
            }
        }
        return best;
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^(제)?([0-9]+)([가-힣]+)");

    /**
     * Whether the spans are one word each, a number in digits (or the ordinal 제 + digits, 표준국어대사전 '제-'
     * 「접사」 '그 숫자에 해당되는 차례') joined to one noun, of two different values (2터미널로 for
     * 제1터미널로, 3번 for 5번): another number names another thing. Values twelve apart are left alone (3시
     * for 15시, one clock time).
     */
    static boolean otherNumeral(String o, String c) {
        if (o.contains(" ") || c.contains(" ")) {
            return false;
        }
        java.util.regex.Matcher a = NUMBERED.matcher(o);
        java.util.regex.Matcher b = NUMBERED.matcher(c);
        if (!a.find() || !b.find() || a.group(2).length() > 6 || b.group(2).length() > 6) {
            return false;
        }
        String na = Certainty.nounRun(a.group(3));
        String nb = Certainty.nounRun(b.group(3));
        int va = Integer.parseInt(a.group(2));
        int vb = Integer.parseInt(b.group(2));
        return va != vb && Math.abs(va - vb) != 12 && !na.isEmpty() && na.equals(nb);
    }

    /**
     * Sino-Korean suffixes of place and institution (표준국어대사전: -관 館, -장 場, -실 室, -소 所, -점
     * 店, -국 局, -원 院, -당 堂, -방 房, -숍 shop): a compound ending in one names a place.
     */
    private static final java.util.Set<String> PLACE_HEADS = java.util.Set.of("관", "장", "실", "소", "점", "국", "원",
            "당", "방", "숍", "집");

    /**
     * Whether the dictionary decomposes {@code compound} into {@code noun} and a place head (영화관 = 영화 +
     * 관): the place where the thing is, not the thing. Other heads may name the same thing (메뉴판 for 메뉴).
     */
    private static boolean compoundOf(String compound, String noun) {
        java.util.List<String> parts = KnownWords.compoundParts(compound);
        return parts.size() == 2 && parts.getFirst().equals(noun) && PLACE_HEADS.contains(parts.getLast());
    }

    /**
     * Place deixis by distance (표준국어대사전 '여기', '거기', '저기', '이곳', '이쪽' …; Sohn 1999, the three
     * demonstrative series 이/그/저): near the speaker, near the listener, away from both.
     */
    private static final java.util.List<java.util.Set<String>> PLACE_DEIXIS = java.util.List.of(
            java.util.Set.of("여기", "이곳", "이쪽"), java.util.Set.of("거기", "그곳", "그쪽"),
            java.util.Set.of("저기", "저곳", "저쪽"));

    /**
     * The distance of a place pronoun the word starts with (0 near, 1 the listener's, 2 far; Nori NP, with
     * its particles: 여기서, 저쪽에), or -1. The attention-getters 저기요, 여기요 are no place (표준국어대사전
     * '저기요' 감탄사).
     */
    private static int placeDeixis(String word) {
        if (word.equals("저기요") || word.equals("여기요")) {
            return -1;
        }
        java.util.List<Morphology.Word> words = Morphology.analyse(word);
        if (words.size() != 1 || words.getFirst().morphemes().isEmpty() || !words.getFirst().morphemes().getFirst().is("NP")) {
            return -1;
        }
        String pronoun = words.getFirst().morphemes().getFirst().form();
        for (int d = 0; d < PLACE_DEIXIS.size(); d++) {
            if (PLACE_DEIXIS.get(d).contains(pronoun)) {
                return d;
            }
        }
        return -1;
    }

    private static final java.util.List<String> DEMONSTRATIVES = java.util.List.of("이거", "그거", "저거", "이것",
            "그것", "저것", "이걸", "그걸", "저걸");

    /** Whether the word is a demonstrative pronoun (이거, 그것을 …: Sohn 1999, on demonstratives). */
    private static boolean demonstrative(String word) {
        return DEMONSTRATIVES.stream().anyMatch(word::startsWith);
    }
}
