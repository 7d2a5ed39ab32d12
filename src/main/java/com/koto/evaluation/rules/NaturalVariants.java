package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Natural variants of correct Korean that the comparison with an accepted answer reads as errors
 * (session 8, helper eval11c, found on the development set of 200 unseen correct answers
 * {@code precision-dev2.jsonl}). Each method recognises one class on the learner's own words; a
 * finding of that class is an alignment artefact ({@link Evidence#artefact}): never decisive, so the
 * answer passes unsure (the model answer is shown) unless something else is certain.
 *
 * <p>All spans are normalised ({@link com.koto.evaluation.text.AnswerText#normalise}): {@code o} the
 * learner's span, {@code c} the accepted span, {@code answer} the learner's whole answer.
 */
final class NaturalVariants {

    /** Sentence marks, commas or ~ at the end. */
    private static final Pattern TRAILING_PUNCTUATION_TILDE = Pattern.compile("[.,?!~]+$");
    /** Text that ends in a digit. */
    private static final Pattern ENDS_IN_DIGIT = Pattern.compile(".*\\d");
    /** A leading number and the rest. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+).*");
    /** A sentence mark or a comma. */
    private static final Pattern PUNCTUATION_MARK = Pattern.compile("[.,?!]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** 에 or 로 at the end. */
    private static final Pattern PLACE_PARTICLE_FINAL = Pattern.compile("[에로]$");
    /** A subject or topic particle (께서, 께서는, 이, 가, 은, 는) at the end. */
    private static final Pattern SUBJECT_TOPIC_END = Pattern.compile("(께서는|께서|이|가|은|는)$");
    /** A character that is not Hangul, a Latin letter or a digit. */
    private static final Pattern NON_WORD_CHARACTER = Pattern.compile("[^가-힣A-Za-z0-9]");
    /** A casual ending (-아, -어, 해, -야, -지) at the end. */
    private static final Pattern CASUAL_ENDING = Pattern.compile(".*[아어해야지]$");
    /** A word with the purpose ending -(으)려고. */
    private static final Pattern PURPOSE_WORD = Pattern.compile(".+(으려고|려고)");
    /** The purpose ending -(으)려고 at the end. */
    private static final Pattern PURPOSE_ENDING = Pattern.compile("(으려고|려고)$");
    /** Text that starts with a digit. */
    private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("[0-9].*");

    private NaturalVariants() {
    }

    /** Polite and formal sentence ends (해요체, 합니다체, -(으)십시오). */
    private static boolean politeEnd(String word) {
        return word.endsWith("요") || word.endsWith("니다") || word.endsWith("니까") || word.endsWith("시오");
    }

    /** Embedded-question endings -(으)ㄴ지, -는지, -(으)ㄹ지 as Nori writes them. */
    private static final Set<String> EMBEDDED = Set.of("ᆫ지", "는지", "은지", "ᆯ지", "을지");

    /**
     * A speech-level finding on a word inside a predicate whose sentence ends politely: the -아/어 form
     * before another verb (입어 볼 수 있을까요, 불러 주실 수 있습니까, 만나 뵙게 되어 반갑습니다: a main verb
     * with an auxiliary, or two verbs of one predicate; also a noun + 하다 verb, 확인해 주실 수 있어요) and an embedded question -(으)ㄴ지/-는지/-(으)ㄹ지
     * (마음에 드실지 모르겠지만, 몇 시부터인지 … 알 수 있을까요) carry no speech level; the sentence's end does
     * (Sohn 1999 §8.1 on auxiliary verbs and speech levels; Yeon &amp; Brown 2019 on -(으)ㄴ/는지 before
     * 알다/모르다). The first word after it that ends a sentence (Nori's EF) must be polite or formal:
     * a plain end (입어 봐.) leaves the finding standing.
     */
    static boolean levelOnSentenceEnd(String o, String answer) {
        if (o.isEmpty() || o.contains(" ")) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 1 < words.size(); i++) {
            Morphology.Word w = words.get(i);
            if (!strip(w.surface()).equals(o) || w.morphemes().size() < 2) {
                continue;
            }
            Morphology.Morpheme last = w.morphemes().getLast();
            boolean embedded = last.is("EC") && EMBEDDED.contains(last.form());
            Morphology.Word next = words.get(i + 1);
            boolean serial = last.is("EC") && (last.form().equals("아") || last.form().equals("어")
                    || last.form().equals("여")) && (w.morphemes().getFirst().is("VV", "VA")
                            || w.morphemes().stream().anyMatch(m -> m.is("XSV", "XSA"))) // 확인해 주실 (session 11)
                    && !next.morphemes().isEmpty() && next.morphemes().getFirst().is("VV", "VX");
            if (!embedded && !serial) {
                return false;
            }
            for (int k = i + 1; k < words.size(); k++) {
                if (words.get(k).endsWith("EF")) {
                    return politeEnd(strip(words.get(k).surface()));
                }
            }
            return false;
        }
        return false;
    }

    private static String strip(String word) {
        return TRAILING_PUNCTUATION_TILDE.matcher(word).replaceAll("");
    }

    /**
     * 얼마 with a hedge for 얼마나 (시간은 얼마 정도 걸릴까요 for 얼마나 걸릴까요): 얼마 정도/쯤 asks the
     * same extent (표준국어대사전 '얼마' 명사, '정도' ①, '-쯤' 접사); the 나 the comparison misses is not a
     * particle left out.
     */
    static boolean hedgedExtent(String o, String c, String answer) {
        if (!o.equals("얼마") || !c.equals("얼마나")) {
            return false;
        }
        String padded = " " + answer + " ";
        return padded.contains(" 얼마 정도 ") || padded.contains(" 얼마쯤 ") || padded.contains(" 얼마 정도나 ");
    }

    /**
     * A time with -쯤 or -경 'about' where the accepted answer has the time with 에 (여섯 시쯤 가는 거
     * 어때 for 여섯 시에 가자): a time noun with the suffix of approximation is an adverbial of its own,
     * 에 may be left out after it (표준국어대사전 '-쯤' 접사 ('그 정도까지'), '-경' 접사; Lee &amp; Ramsey
     * 2000 on 에 after time nouns in speech). The time itself must be the accepted one.
     */
    /** The parts of a period said after it (다음 달 말, 3월 초, 학기 중순). */
    private static final java.util.Set<String> PERIOD_PARTS = java.util.Set.of("말", "초", "중순", "초순", "하순", "주말");

    static boolean hedgedTime(String o, String c) {
        if (o.contains(" ") || c.contains(" ") || !c.endsWith("에") || c.length() < 2) {
            return false;
        }
        String time = c.substring(0, c.length() - 1);
        // also a part of a period (다음 달 말쯤 for 말에, 3월 초쯤, 중순쯤: 표준국어대사전 '말⁰⁸' 「의존 명사」 어떤 기간의
        // 끝이나 끝 무렵, '초⁰⁶', '중순'; session 33, s33a)
        if (!(time.endsWith("시") || time.endsWith("분") || time.endsWith("일") || time.endsWith("때")
                || PERIOD_PARTS.contains(time) || time.endsWith("월"))) {
            return false;
        }
        return o.equals(time + "쯤") || o.equals(time + "쯤에") || o.equals(time + "경") || o.equals(time + "경에");
    }

    /**
     * 시간 as the head of a compound that names when something happens (폐관 시간이 몇 시예요, 운영 시간이
     * 어떻게 돼요 for 몇 시에 문 닫아요): 시간 ③ 'the time set for a thing' (표준국어대사전 '시간': 출근
     * 시간, 점심시간) is not 시간 'hours' counted against 시 'o'clock'. Only when a noun (not a numeral,
     * 몇 or a determiner) stands right before it in the learner's answer.
     */
    static boolean timeOfEvent(String o, String c, String answer) {
        String first = o.split(" ")[0];
        if (!first.startsWith("시간") || !c.startsWith("시") || c.startsWith("시간")) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals(first)) {
                String before = words[i - 1];
                if (Numerals.number(before) != null || before.equals("몇") || ENDS_IN_DIGIT.matcher(before).matches()) {
                    return false;
                }
                List<Morphology.Morpheme> ms = Morphology.analyse(before).stream()
                        .flatMap(w -> w.morphemes().stream()).toList();
                return ms.size() == 1 && ms.getFirst().is("NNG");
            }
        }
        return false;
    }

    /**
     * A tense finding where the learner ends a sentence in the past where the accepted answer joins
     * the same verb to the next clause with -아/어서 or -고 (명동에 갔어요. 거기서 … for 명동에 가서 …): the
     * connective takes no tense of its own, the learner's two sentences are both past (Yeon &amp; Brown
     * 2019, -아/어서 of sequence). Also -았/었고 for -고 when the sentence's last predicate is past
     * (떡볶이를 먹었고 옷을 샀어요): -고 may carry the past of a listed event (Yeon &amp; Brown 2019, -고;
     * 『외국인을 위한 한국어 문법 1』 '-고').
     */
    static boolean pastInItsOwnClause(String o, String c, String answer) {
        if (o.contains(" ") || c.contains(" ") || o.isEmpty() || c.isEmpty()) {
            return false;
        }
        List<Morphology.Morpheme> mo = morphemes(o, answer);
        if (mo.size() < 3 || !mo.getFirst().is("VV", "VA") || !past(mo.get(1))
                || !(c.endsWith("서") || c.endsWith("고")) || !sameStem(mo.getFirst().form(), c)) {
            return false;
        }
        if (mo.getLast().is("EF")) {
            return true; // two sentences, both past: 갔어요. 거기서 … for 가서 …
        }
        return mo.getLast().is("EC") && mo.getLast().form().equals("고") && c.endsWith("고") && nextEndIsPast(o, answer);
    }

    private static boolean past(Morphology.Morpheme m) {
        return m.is("EP") && (m.form().contains("았") || m.form().contains("었") || m.form().contains("였")
                || m.form().contains("ㅆ"));
    }

    /**
     * Whether the accepted connective form {@code c} (가서, 내려서, 먹고) is built on the stem: the stem's
     * syllables but the last as written, and its last syllable with the same first consonant (가 in 가서,
     * 리 contracted to 려 in 내려서). Nori misreads such a word alone (가서 as 갈 + 서).
     */
    private static boolean sameStem(String stem, String c) {
        if (stem.isEmpty() || c.length() < stem.length()) {
            return false;
        }
        String head = stem.substring(0, stem.length() - 1);
        char a = stem.charAt(stem.length() - 1);
        char b = c.charAt(stem.length() - 1);
        return c.startsWith(head) && Hangul.isSyllable(a) && Hangul.isSyllable(b)
                && Hangul.initialIndex(a) == Hangul.initialIndex(b);
    }

    private static boolean nextEndIsPast(String o, String answer) {
        List<Morphology.Word> words = Morphology.analyse(answer);
        boolean seen = false;
        for (Morphology.Word w : words) {
            if (!seen) {
                seen = strip(w.surface()).equals(o);
                continue;
            }
            if (w.endsWith("EF")) {
                return w.morphemes().stream().anyMatch(NaturalVariants::past);
            }
        }
        return false;
    }

    private static List<Morphology.Morpheme> morphemes(String word, String answer) {
        for (Morphology.Word w : Morphology.analyse(answer)) {
            if (strip(w.surface()).equals(word)) {
                return w.morphemes();
            }
        }
        return List.of();
    }

    /**
     * A well-formed copula of the learner's where the accepted "correction" has no copula at all
     * (경영학 전공이에요 against 전공은 경영학입니다: 전공은 is a topic noun): the alignment paired two
     * different words; the copula form itself fits its noun ({@link Certainty#wellFormedCopula}; Yeon
     * &amp; Brown 2019 on 이다).
     */
    static boolean copulaForNoCopula(String o, String c) {
        if (o.contains(" ") || c.contains(" ") || c.isEmpty() || !Certainty.wellFormedCopula(o)) {
            return false;
        }
        List<Morphology.Morpheme> mc = Morphology.analyse(c).stream().flatMap(w -> w.morphemes().stream()).toList();
        return !mc.isEmpty() && mc.stream().noneMatch(m -> m.is("VCP", "EF", "EC")) && mc.getFirst().is("NNG", "NNP");
    }

    /**
     * N(이)라 for N(이)라서 (수업 듣는 중이라 전화 못 받아): after 이다 and 아니다 the connective -라 gives
     * a reason as -라서 does (표준국어대사전 '-라' 연결 어미; Yeon &amp; Brown 2019, -(이)라서).
     */
    static boolean copulaReasonShort(String o, String c, String answer) {
        if (o.contains(" ") || !o.endsWith("라") || !c.equals(o + "서") || o.length() < 2) {
            return false;
        }
        List<Morphology.Morpheme> mo = morphemes(o, answer);
        return mo.size() >= 2 && mo.getLast().is("EC") && mo.getLast().form().equals("라")
                && mo.get(mo.size() - 2).is("VCP", "VCN");
    }

    /**
     * A polite -(으)ㄴ데요/-는데요 where the accepted answer has the formal -습니다/-ㅂ니다 of the same
     * verb (만들고 싶은데요 for 만들고 싶습니다): -는데요 is a polite sentence end of 해요체 (『외국인을 위한
     * 한국어 문법 1』 '-는데요'), so the difference is the speech level, a note in a formal activity
     * (docs/evaluation.md, session 7), not a wrong ending.
     */
    static boolean softPoliteForFormal(String o, String c) {
        if (o.contains(" ") || c.contains(" ") || !o.endsWith("데요") || !(c.endsWith("니다") || c.endsWith("니까"))) {
            return false;
        }
        List<Morphology.Morpheme> mo = Morphology.analyse(o).stream().flatMap(w -> w.morphemes().stream()).toList();
        List<Morphology.Morpheme> mc = Morphology.analyse(c).stream().flatMap(w -> w.morphemes().stream()).toList();
        return !mo.isEmpty() && !mc.isEmpty() && mo.getFirst().form().equals(mc.getFirst().form());
    }

    /**
     * -(으)려고요 for -(으)ㄹ게요 / -(으)ㄹ 거예요 of the same verb (카드로 계산하려고요 for 계산할게요): the
     * polite clipped -(으)려고 해요 states the speaker's intention, a plan frame (한국어기초사전
     * '-으려고요'; Yeon &amp; Brown 2019, -(으)려고 하다), not another tense.
     */
    static boolean intentionForPlan(String o, String c) {
        String lo = o.substring(o.lastIndexOf(' ') + 1);
        for (String w : o.split(" ")) {
            if (w.endsWith("려고요") && !c.contains(" ")) {
                // the intention ends a sentence the alignment ran on into the next (한 시간만 하려고요. 방 있어요? for
                // 한 시간 할게요; session 25, s25a): the one plan word is the learner's -(으)려고요
                lo = w;
            }
        }
        if (!lo.endsWith("려고요") || c.isEmpty()) {
            return false;
        }
        String lc = c.replace(" 거예요", "거예요");
        lc = lc.substring(lc.lastIndexOf(' ') + 1);
        if (!(lc.endsWith("게요") || lc.endsWith("거예요") || lc.endsWith("겠습니다") || lc.endsWith("겠어요"))) {
            return false;
        }
        String stem = lo.substring(0, lo.length() - 3);
        if (stem.endsWith("으")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return !stem.isEmpty() && lc.startsWith(stem.substring(0, stem.length() - 1));
    }

    /**
     * An opener of the accepted answer (실례지만, 실례합니다) where the learner says a place or time word
     * the task allows (저기요, 여기서 제일 가까운 지하철역에 … for 실례지만 제일 가까운 …): the opener may be left
     * out ({@link Evidence#UNNEEDED}; 표준 언어 예절 2011), and 여기서/지금/오늘 add what the situation says.
     */
    static boolean openerForDeixis(String o, String c) {
        return Evidence.UNNEEDED.contains(c) && DEIXIS.contains(o);
    }

    private static final Set<String> DEIXIS = Set.of("여기서", "여기에서", "여기", "지금", "오늘", "이쪽", "근처에", "이", "그");

    /**
     * A native numeral standing for its noun in a list (비빔밥 둘이랑 콜라 하나 for 비빔밥 2인분하고 / 두
     * 개하고): the numeral alone counts the noun before it (Yeon &amp; Brown 2019, numerals without a
     * counter; 표준국어대사전 '둘' 수사), and the conjunctive particle (하고, (이)랑, 와/과) joins the list as
     * the accepted one does. The number must be the same.
     */
    static boolean numeralListed(String o, String c) {
        if (o.contains(" ")) {
            return false;
        }
        String numeral = null;
        for (String p : List.of("이랑", "랑", "하고", "과", "와")) {
            if (o.endsWith(p) && o.length() > p.length()) {
                numeral = o.substring(0, o.length() - p.length());
                break;
            }
        }
        if (numeral == null || !Set.of("하나", "둘", "셋", "넷", "다섯", "여섯").contains(numeral)) {
            return false;
        }
        Integer n = Numerals.number(numeral);
        String head = c.split(" ")[0];
        String digits = LEADING_NUMBER.matcher(head).replaceAll("$1");
        Integer m = digits.equals(head) ? Numerals.number(head) : Numerals.number(digits);
        boolean joined = c.endsWith("하고") || c.endsWith("랑") || c.endsWith("과") || c.endsWith("와");
        return n != null && n.equals(m) && joined;
    }

    /**
     * A list particle the comparison misses on one item because the learner lists the items in
     * another order and joins them elsewhere (치즈케이크 하나하고 아이스 아메리카노 두 잔 for 아메리카노 두
     * 잔이랑 치즈케이크 하나), or one the learner adds between two listed items (한 잔이랑 … 한 잔 for 한 잔
     * … 한 잔): items may be listed with or without 하고/(이)랑/와 and in any order (Sohn 1999 on
     * conjoined noun phrases; Yeon &amp; Brown 2019, 하고/(이)랑).
     */
    static boolean listJoinedElsewhere(String o, String c, String answer) {
        String particle = listParticle(c);
        if (particle == null || o.contains(" ") || !c.equals(o + particle)) {
            return false;
        }
        for (Morphology.Word w : Morphology.analyse(answer)) {
            List<Morphology.Morpheme> ms = w.morphemes();
            // a noun with the list particle (하나하고, 잔이랑), not a verb's -고 (통화하고)
            if (!strip(w.surface()).equals(o) && listParticle(strip(w.surface())) != null && ms.size() >= 2
                    && ms.getLast().isParticle() && ms.getFirst().is("NNG", "NNP", "NR", "NNB", "NNBC")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A listed item with the list particle added (see {@link #listJoinedElsewhere}), followed by another
     * item (a noun, or an adjective's modifier form before one: 한 잔이랑 따뜻한 우유 한 잔).
     */
    static boolean listParticleAdded(String o, String c, String answer) {
        String particle = listParticle(o);
        if (particle == null || o.contains(" ") || !o.equals(c + particle)) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(o)) {
                // a numeral before the noun (하나 비빔밥하고 하나 불고기) is another error: the order of the phrase
                boolean numeral = i > 0 && Numerals.number(words[i - 1]) != null
                        && !Lexicon.COUNTERS.contains(c)
                        || Numerals.number(words[i + 1]) != null;
                List<Morphology.Morpheme> next = Morphology.analyse(words[i + 1]).stream()
                        .flatMap(w -> w.morphemes().stream()).toList();
                boolean modifier = !next.isEmpty() && next.getLast().is("ETM") && next.stream().anyMatch(m -> m.is("VA", "XSA"));
                return !numeral && (modifier || KnownWords.noun(words[i + 1])
                        || KnownWords.noun(Certainty.nounRun(words[i + 1])));
            }
        }
        return false;
    }

    private static String listParticle(String word) {
        for (String p : List.of("이랑", "랑", "하고")) {
            if (word.endsWith(p) && word.length() > p.length()) {
                return p;
            }
        }
        return null;
    }

    /**
     * An allomorph finding on a compound noun that Nori reads whole in the learner's sentence, where
     * the part before the "particle" is no word (조개구이 같은 해산물: 조개 + 구이, not 조개구 + 이): the
     * allomorph rule is about particles (Sohn 1999); a noun whose last syllable looks like one is no
     * particle. A real particle after a word (원로 = 원 + 로, 방가, 공항로) keeps its finding: there the
     * part before it is a word.
     */
    static boolean compoundNoun(String o, String c, String answer) {
        if (o.contains(" ") || c.contains(" ") || o.length() < 3) {
            return false;
        }
        int common = 0;
        while (common < Math.min(o.length(), c.length()) && o.charAt(common) == c.charAt(common)) {
            common++;
        }
        String before = o.substring(0, common);
        if (before.length() < 2 || !KnownWords.tags(before).isEmpty()) {
            return false;
        }
        List<Morphology.Morpheme> ms = morphemes(o, answer);
        return ms.size() >= 2 && ms.stream().allMatch(m -> m.is("NNG")) && !KnownWords.tags(ms.getLast().form()).isEmpty();
    }

    /**
     * A counted phrase that another accepted answer of the activity uses with the same noun (수건 좀 두 개
     * 더 보내 주시겠어요, where one accepted answer says 수건 두 개 and another 수건 두 장): the activity
     * accepts the learner's counter for this noun (한국어기초사전 '개': 낱으로 된 물건을 세는 단위). The noun is
     * the nearest word before the number, over 좀, 더 and 만.
     */
    static boolean counterAcceptedElsewhere(Finding f, String answer, List<String> accepted) {
        if (f.category() != com.koto.evaluation.ErrorCategory.VOCABULARY || !Subtypes.of(f).startsWith("counter/")
                || f.original() == null || f.original().strip().split(" ").length != 2) {
            return false;
        }
        String o = f.original().strip();
        String noun = nounBefore(answer, o);
        if (noun == null) {
            return false;
        }
        for (String a : accepted) {
            if (noun.equals(nounBefore(a, o))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FILLERS = Set.of("좀", "더", "만", "한", "또");

    private static String nounBefore(String text, String counted) {
        String padded = " " + PUNCTUATION_MARK.matcher(text).replaceAll(" ") + " ";
        int at = padded.indexOf(" " + counted + " ");
        for (int from = 0; at < 0 && (from = padded.indexOf(" " + counted, from)) >= 0; from++) {
            // the count with a particle (두 개를), not another counter that begins like it (두 시간 for 두 시; session 21)
            int end = padded.indexOf(' ', from + counted.length() + 1);
            String rest = padded.substring(from + counted.length() + 1, end);
            if (Particles.isParticle(rest)) {
                at = from;
            }
        }
        if (at <= 0) {
            return null;
        }
        String[] before = SPACES.split(padded.substring(0, at).trim());
        for (int i = before.length - 1; i >= 0; i--) {
            if (!FILLERS.contains(before[i])) {
                return before[i].isEmpty() ? null : before[i];
            }
        }
        return null;
    }

    /**
     * 더 of the accepted answer left out before an adjective of size or degree in a question about what
     * the shop has (혹시 이거 큰 사이즈도 있어요? for 이거 더 큰 사이즈 있어요?): in a shop 큰 사이즈 asks for a
     * bigger one than this; the comparison is the situation's (Yeon &amp; Brown 2019 on comparison: 더 is
     * often left out). The learner's next word must be an adjective's modifier form (큰, 작은, 싼).
     * Not for 더 of quantity (물 더 주세요 → 물 주세요 stays a word left out). Since session 16 (eval31a) also when the
     * comparison reads it as a word missing (incomplete) and after a noun with the polite 요 (이 셔츠요, 큰 사이즈로
     * 입어 봐도 될까요?), and in any request about the size, not only a question.
     */
    static boolean comparativeLeftOut(String o, String c, String answer) {
        // the noun may carry the polite 요 of a fragment (이 셔츠요, 큰 사이즈로 …; session 16, eval31a)
        boolean politeFragment = o.length() > 1 && o.endsWith("요") && c.equals(o.substring(0, o.length() - 1) + " 더");
        if (!(c.equals(o + " 더") || politeFragment) || o.isEmpty() || o.contains(" ")) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 1 < words.size(); i++) {
            Morphology.Word w = words.get(i);
            // the comparison expands the learner's 이거 to 이것
            String surface = strip(w.surface());
            if (surface.equals(o) || o.endsWith("것") && surface.equals(o.substring(0, o.length() - 1) + "거")) {
                List<Morphology.Morpheme> next = words.get(i + 1).morphemes();
                return next.size() == 2 && next.getFirst().is("VA") && next.getLast().is("ETM");
            }
        }
        return false;
    }

    /**
     * Two arguments of one verb in the other order (더 큰 사이즈로 이 재킷 입어 봐도 돼요 for 이 재킷 더 큰
     * 사이즈로 …): the phrases before the predicate scramble freely when each is whole — one with an
     * adverbial particle ((으)로, 에, 에서, 하고, (이)랑, 한테), the other an object (with 을/를, or a noun after
     * 이/그/저) (Sohn 1999 §6 on scrambling; Yeon &amp; Brown 2019 on word order). Phrases inside a noun
     * phrase (사료 고양이, 두 시에 오후, 몇 번 하루에) are not such arguments and keep their finding.
     */
    static boolean argumentsScrambled(String o, String c) {
        String[] a = o.split(" ");
        String[] b = c.split(" ");
        if (a.length != b.length || a.length < 3) {
            return false;
        }
        String[] p = swappedParts(a, c);
        return p != null && (adverbial(p[0]) && object(p[1]) || object(p[0]) && adverbial(p[1]));
    }

    /**
     * The two parts of the words {@code a} that {@code c} says in the other order: {@code {first, second}} when
     * {@code c} is {@code second + " " + first} for the first split that gives it, else null.
     */
    static String[] swappedParts(String[] a, String c) {
        for (int k = 1; k < a.length; k++) {
            String first = String.join(" ", java.util.Arrays.copyOfRange(a, 0, k));
            String second = String.join(" ", java.util.Arrays.copyOfRange(a, k, a.length));
            if (c.equals(second + " " + first)) {
                return new String[] {first, second};
            }
        }
        return null;
    }

    private static boolean adverbial(String phrase) {
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        List<Morphology.Morpheme> ms = Morphology.analyse(phrase).stream().flatMap(w -> w.morphemes().stream()).toList();
        return ms.size() >= 2 && ms.getLast().is("JKB", "JC") && ms.get(ms.size() - 2).is("NNG", "NNP")
                && Numerals.number(PLACE_PARTICLE_FINAL.matcher(last).replaceAll("")) == null;
    }

    private static boolean object(String phrase) {
        String[] words = phrase.split(" ");
        List<Morphology.Morpheme> ms = Morphology.analyse(phrase).stream().flatMap(w -> w.morphemes().stream()).toList();
        if (ms.isEmpty()) {
            return false;
        }
        if (ms.getLast().is("JKO")) {
            return true;
        }
        return words.length == 2 && Set.of("이", "그", "저").contains(words[0]) && ms.getLast().is("NNG", "NNP");
    }

    /**
     * A sentence that is only a time clause after a sentence of its own (방 좀 치워 놔. 엄마 오기 전에., 팝콘
     * 살래? 영화 시작하기 전에.): an afterthought that adds a time to the sentence before it; its predicate
     * is that sentence's (Sohn 1999 on afterthought in speech; Lee &amp; Ramsey 2000 on right
     * dislocation). The answer ends in -기 전에 or -(으)ㄴ 다음에/후에/뒤에 and an earlier word ends a
     * sentence (Nori's EF). An omission the comparison places at the answer's end is then none.
     */
    static boolean afterthought(String o, String answer) {
        if (!o.isEmpty()) {
            return false;
        }
        String[] words = SPACES.split(PUNCTUATION_MARK.matcher(answer).replaceAll(" ").trim());
        if (words.length < 3) {
            return false;
        }
        String last = words[words.length - 1];
        if (!(last.equals("전에") || last.equals("다음에") || last.equals("후에") || last.equals("뒤에"))) {
            return false;
        }
        // the normalised answer has lost its full stops: a sentence end is an EF, or the -아/어 of a 반말
        // ending before a noun (놔 엄마), or a polite or formal ending
        List<Morphology.Word> analysed = Morphology.analyse(answer);
        for (int i = 0; i + 2 < analysed.size(); i++) {
            Morphology.Word w = analysed.get(i);
            List<Morphology.Morpheme> ms = w.morphemes();
            if (ms.size() < 2 || !ms.stream().anyMatch(Morphology.Morpheme::isStem)) {
                continue;
            }
            Morphology.Morpheme end = ms.getLast();
            List<Morphology.Morpheme> next = analysed.get(i + 1).morphemes();
            boolean nounNext = !next.isEmpty() && next.getFirst().is("NNG", "NNP", "NP");
            if (end.is("EF") || politeEnd(strip(w.surface()))
                    || end.is("EC") && SENTENCE_ENDS.contains(end.form()) && nounNext) {
                return true;
            }
        }
        return false;
    }

    /** 반말 endings that end a sentence but that Nori may read as connectives without the full stop. */
    private static final Set<String> SENTENCE_ENDS = Set.of("아", "어", "ㅏ", "ㅓ", "ᆯ래", "래", "을래", "자", "지",
            "ᆯ까", "을까", "까", "네", "야");

    /**
     * (으)로 of a choice with 하다 (창가 쪽 좌석으로 해 주시면 감사하겠습니다 for 창가 좌석으로 주십시오): N(으)로
     * 하다 'choose N' (표준국어대사전 '하다' 「…으로 …을」; 이걸로 할게요) names the same choice as N(으)로
     * 주세요; the comparison joined 해 to the noun.
     */
    static boolean choiceWithHada(String o, String c) {
        if (!(c.endsWith("로")) || !o.startsWith(c + " ")) {
            return false;
        }
        String rest = o.substring(c.length() + 1);
        return !rest.contains(" ") && (rest.startsWith("해") || rest.startsWith("하") || rest.startsWith("할"));
    }

    /**
     * An added 안/못 inside a clause of reason or background, not on the predicate asked for (나 어제 수업
     * 못 들었는데 네 노트 좀 빌려줄래?): the learner gives a reason of their own; the request itself is not
     * negated (Yeon &amp; Brown 2019 on -는데 of background and -아/어서 of reason). The negated word must end
     * in -는데/-(으)ㄴ데, -아/어서 or -(으)니까 and words must follow it.
     */
    static boolean negatedBackground(String o, String answer) {
        String[] p = o.split(" ");
        if (p.length != 2 || !(p[0].equals("안") || p[0].equals("못"))) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (strip(words.get(i).surface()).equals(p[1])) {
                Morphology.Morpheme end = words.get(i).morphemes().isEmpty() ? null : words.get(i).morphemes().getLast();
                return end != null && end.is("EC") && Set.of("는데", "은데", "ᆫ데", "아서", "어서", "여서", "서", "니까", "으니까")
                        .contains(end.form()) && i > 0 && strip(words.get(i - 1).surface()).equals(p[0]);
            }
        }
        return false;
    }

    /**
     * A time clause put after the predicate as an afterthought (숙제 먼저 해. 밥 먹기 전에. for 밥 먹기 전에
     * 숙제 먼저 해): the same words, the clause -기 전에 or -(으)ㄴ 다음에/후에/뒤에 moved whole after the
     * sentence (Sohn 1999 on afterthought in speech). Only a clause of two words or more: a postposed
     * argument (출근해요 지하철로, 갈 거예요 부산에) keeps its word-order finding.
     */
    static boolean clauseAfterthought(String o, String c) {
        for (String head : List.of("전에", "다음에", "후에", "뒤에")) {
            if (!o.endsWith(" " + head)) {
                continue;
            }
            String[] words = o.split(" ");
            for (int k = words.length - 2; k >= 1; k--) {
                String clause = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                String rest = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
                List<Morphology.Morpheme> verb = Morphology.analyse(words[words.length - 2]).stream()
                        .flatMap(w -> w.morphemes().stream()).toList();
                if (c.equals(clause + " " + rest) && words.length - k >= 2
                        && verb.stream().anyMatch(m -> m.is("ETN", "ETM"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Another member of a closed class where one accepted answer names that class's member but another
     * accepted answer names none of the class (다음 주에 출장 가는데 … where one accepted answer says 여행
     * 가는데 and another only 내가 없을 때): the item is a detail the task leaves to the learner, not the
     * thing it asks for; two members of a class name different things only where the task asks for one
     * ({@link Contrasts#otherMember}; 한국어기초사전 의미 범주).
     */
    static boolean itemNotAsked(Finding f, List<String> accepted) {
        if (f.category() != com.koto.evaluation.ErrorCategory.VOCABULARY || !"vocabulary/other_item".equals(Subtypes.of(f))
                || f.original() == null || f.correction() == null || f.original().isBlank() || f.correction().isBlank()) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        boolean named = false;
        boolean unnamed = false;
        for (String a : accepted) {
            if (a.isBlank()) {
                continue;
            }
            if (Contrasts.otherMember(o, a)) {
                named = true;
            } else if (!Contrasts.otherMember(c, a) && !a.contains(c.split(" ")[0])
                    && !a.contains(Certainty.nounRun(o.split(" ")[0]))) {
                unnamed = true; // this accepted answer names no member of the class
            }
        }
        return named && unnamed;
    }

    /**
     * Two items of one class that the learner and an accepted answer both name, crossed by the
     * alignment (카푸치노 말고 라테로 바꿔 주세요 read against 라테를 주문했는데요, 이건 카푸치노예요): the
     * learner's item and the accepted one each stand in both texts, so neither is a wrong item
     * ({@link Contrasts#otherMember}; the learner's own words say which is which: the learner's item
     * must also stand in one same form in both, 라테를 주문했). An item the accepted answers never name
     * (라떼 말고 아메리카노 for 라떼 주세요), or the items reversed (저는 카푸치노를 주문했어요), keep the finding.
     * <p>The learner's item may also be a bare topic whose role the accepted item's phrase shows instead (session 21,
     * s21a): 머리 좀 짧게 하고 싶은데요, 어깨 조금 위까지요 for 머리를 어깨 조금 위까지 짧게 잘라 주세요, the limit added
     * as an afterthought after the request (Sohn 1999 §8.7, afterthought; Lee &amp; Ramsey 2000, particles dropped in
     * speech): the accepted item stands in the answer before the same word as in the accepted answer (어깨 조금), and
     * the learner's item carries no particle that would give it another role. 얼굴 for 머리 (never named) keeps the
     * finding.
     */
    static boolean itemsCrossed(Finding f, String answer, List<String> accepted) {
        if (f.category() != com.koto.evaluation.ErrorCategory.VOCABULARY || !"vocabulary/other_item".equals(Subtypes.of(f))
                || f.original() == null || f.correction() == null || f.original().isBlank() || f.correction().isBlank()) {
            return false;
        }
        String mine = Certainty.nounRun(f.original().strip().split(" ")[0]);
        String theirs = Certainty.nounRun(f.correction().strip().split(" ")[0]);
        if (mine.length() < 2 || theirs.length() < 2 || mine.equals(theirs) || !named(answer, theirs)) {
            return false;
        }
        for (String a : accepted) {
            if (named(a, mine) && named(a, theirs) && (anchored(answer, a, mine)
                    || bare(answer, mine) && sameNeighbour(answer, a, theirs))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of the answer with the noun, particle and all, stands in the accepted answer too (라테를). */
    private static boolean anchored(String answer, String accepted, String noun) {
        List<String> words = List.of(accepted.split(" "));
        for (String w : answer.split(" ")) {
            if (w.startsWith(noun) && w.length() > noun.length() && words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the noun stands in the text as a word of its own, with no particle (머리 좀 짧게). */
    private static boolean bare(String text, String noun) {
        return List.of(text.split(" ")).contains(noun);
    }

    /** Whether the noun stands bare in both texts before one same word (어깨 조금 in both). */
    private static boolean sameNeighbour(String answer, String accepted, String noun) {
        String[] mine = answer.split(" ");
        List<String> theirs = List.of(accepted.split(" "));
        for (int i = 0; i + 1 < mine.length; i++) {
            int at = theirs.indexOf(noun);
            if (mine[i].equals(noun) && at >= 0 && at + 1 < theirs.size() && theirs.get(at + 1).equals(mine[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(String text, String noun) {
        for (String w : text.split(" ")) {
            if (w.startsWith(noun) && Certainty.nounRun(w).equals(noun)) {
                return true;
            }
        }
        return false;
    }

    // ---- session 8, round 2 (helper eval12a): classes of sets M3, M and n2 ----

    /** The word of the answer right after {@code word} (punctuation stripped), or null. */
    private static Morphology.Word wordAfter(String word, String answer) {
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (strip(words.get(i).surface()).equals(word)) {
                return words.get(i + 1);
            }
        }
        return null;
    }

    /**
     * A place noun with 에 or 에서 that is an argument of the learner's own next verb, read against the
     * same noun with a copula (305호에 묵고 있는데요 for 305호예요 / 305호인데요): the learner says where
     * they stay with a verb (「…에 묵다」, 「…에 있다」: 표준국어대사전 '묵다'², '있다' ①) instead of
     * naming the room with 이다; the noun is the accepted one, only the frame differs. The next word
     * must be a verb (Nori): 305호에. 수건 … (no verb after it) and 305호에요 keep their finding.
     */
    static boolean placeForCopula(String o, String c, String answer) {
        if (o.contains(" ") || c.contains(" ") || !(o.endsWith("에") || o.endsWith("에서"))) {
            return false;
        }
        String noun = o.endsWith("에서") ? o.substring(0, o.length() - 2) : o.substring(0, o.length() - 1);
        if (noun.isEmpty() || !c.startsWith(noun) || c.length() <= noun.length()) {
            return false;
        }
        String rest = c.substring(noun.length());
        boolean copula = Certainty.wellFormedCopula(c) || rest.startsWith("인데") || rest.startsWith("이라")
                || rest.startsWith("라서") || rest.startsWith("인데요");
        Morphology.Word next = wordAfter(o, answer);
        return copula && next != null && !next.morphemes().isEmpty() && next.morphemes().getFirst().is("VV", "VA");
    }

    /** Question words that make the clause after a condition a question of its own. */
    private static final List<String> QUESTION_WORDS = List.of("얼마", "언제", "어디", "며칠", "몇", "어떻게", "뭐",
            "무엇", "누구", "어느");

    /**
     * A condition -(으)면 where the accepted answer asks for the act and then asks a question (이거
     * 인도네시아까지 항공으로 보내면 얼마예요 for … 보내 주세요. 얼마예요?): "if I send it, how much is it" asks
     * the price of the act in one sentence (Yeon &amp; Brown 2019, -(으)면 of condition; 한국어기초사전
     * '-으면' ①). The same verb, and the learner's next words ask with a question word; 보내면 주세요
     * (a condition before the request itself) keeps its finding.
     */
    static boolean conditionForRequest(String o, String c, String answer) {
        if (o.contains(" ") || c.contains(" ") || !o.endsWith("면")) {
            return false;
        }
        List<Morphology.Morpheme> mo = morphemes(o, answer);
        List<Morphology.Morpheme> mc = Morphology.analyse(c).stream().flatMap(w -> w.morphemes().stream()).toList();
        if (mo.size() < 2 || mc.isEmpty() || !mo.getLast().is("EC") || !mo.getFirst().form().equals(mc.getFirst().form())) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (strip(words[i]).equals(o)) {
                String next = words[i + 1];
                if (next.startsWith("주") || next.startsWith("드리") || next.startsWith("드려")) {
                    return false;
                }
                for (int k = i + 1; k < Math.min(words.length, i + 4); k++) {
                    String w = words[k];
                    if (QUESTION_WORDS.stream().anyMatch(w::startsWith)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Personal pronouns a learner may add as the subject, and determiners of the 이/그/저 series. */
    private static final Set<String> PRONOUNS = Set.of("우리", "저희", "저", "나");

    /**
     * A pronoun or a demonstrative of the learner's read against a word that another accepted answer
     * leaves out (우리 토요일 저녁에 영화 볼까 for 이번 토요일 …, where another accepted answer says only
     * 토요일 저녁에; 저 편의점 앞에 for 저기 편의점 앞에, where another says 편의점 앞에서): the learner added
     * the subject of a suggestion (우리 … -(으)ㄹ까: Yeon &amp; Brown 2019, -(으)ㄹ까요 of suggestion) or
     * pointed with the determiner 저 'that' (표준국어대사전 '저'³ 관형사), and left out a word the task
     * does not need. The word after the pronoun must stand in that other accepted answer, so the
     * alignment is the same phrase; a content word in the pronoun's place (다음 토요일 for 이번) keeps the
     * finding.
     */
    static boolean pronounForOptional(Finding f, String answer, List<String> accepted) {
        if (f.category() != com.koto.evaluation.ErrorCategory.VOCABULARY || !"vocabulary/word".equals(Subtypes.of(f))
                || f.original() == null || f.correction() == null) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        // any pronoun Nori reads as one word (너 주말에 … for 이번 주말에, session 11), not only the listed ones
        boolean pronoun = PRONOUNS.contains(o) || !o.contains(" ") && Morphology.analyse(answer).stream()
                .anyMatch(w -> w.surface().equals(o) && w.morphemes().size() == 1 && w.morphemes().getFirst().is("NP"));
        if (!pronoun || c.isEmpty() || c.contains(" ")) {
            return false;
        }
        String[] words = answer.split(" ");
        String next = null;
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(o)) {
                next = words[i + 1];
                break;
            }
        }
        if (next == null) {
            return false;
        }
        String nextNoun = Certainty.nounRun(next);
        for (String a : accepted) {
            List<String> aw = List.of(a.split(" "));
            if (!aw.contains(c) && !aw.contains(o) && !nextNoun.isEmpty() && aw.stream().anyMatch(w -> w.startsWith(nextNoun))) {
                return true;
            }
        }
        return false;
    }

    /** The copula after a count that is the predicate of a question (몇 권이에요, 몇 권입니까, 몇 권이야; 표준국어대사전 '이다'). */
    private static final List<String> COUNT_AS_PREDICATE = List.of("이에요", "예요", "입니까", "입니다", "이야", "인가요", "이죠",
            "이요");

    /**
     * A counted noun the comparison pairs with another counter because the learner inserted a phrase
     * before it (책은 한 번에 몇 권 빌릴 수 있어요 for 몇 권까지 빌릴 수 있어요: 번에 read against 권까지): the
     * accepted counter, with the number word the accepted answer puts before it, stands in the learner's
     * answer itself (몇 권), so nothing is another item; 까지 'up to' may be left out of a question of how
     * many (표준국어대사전 '까지' ③). 몇 번 빌릴 수 있어요 (권 nowhere) keeps the finding.
     */
    static boolean countStatedAfter(String o, String c, List<String> accepted, String answer) {
        // session 25 (s25a): the count as the predicate, with the copula (빌릴 수 있는 책이 몇 권이에요?)
        if (o.contains(" ") || c.isEmpty() || c.contains(" ")) {
            return false;
        }
        String counter = ArgumentCheck.stemAndParticle(c)[0];
        if (counter.isEmpty()) {
            return false;
        }
        for (String a : accepted) {
            String[] aw = a.split(" ");
            for (int i = 1; i < aw.length; i++) {
                if (aw[i].equals(c)) {
                    String counted = aw[i - 1] + " " + counter;
                    String padded = " " + answer + " ";
                    if (padded.contains(" " + counted + " ") || padded.contains(" " + counted + "을 ")
                            || padded.contains(" " + counted + "를 ") || padded.contains(" " + counted + "이 ")
                            || COUNT_AS_PREDICATE.stream().anyMatch(x -> padded.contains(" " + counted + x + " "))) {
                        return !o.startsWith(counter);
                    }
                }
            }
        }
        return false;
    }

    /**
     * A clause nominalised with -는/-(으)ㄴ/-(으)ㄹ 거(것) and confirmed with 맞다 or the copula (숙제는 내일
     * 내는 거 맞죠? for 내일까지 내야 돼요?): "it is right that I hand it in tomorrow, isn't it" asks the same
     * fact (한국어기초사전 '맞다' 「동사」 ② 틀림이 없다; Yeon &amp; Brown 2019, -는 것 nominalisation). The
     * learner's word is a verb's modifier form, the next word 거/것/게/건 and the one after it 맞다 or
     * 이다; a modifier with no 거 after it (내는 돼요) keeps its finding.
     */
    static boolean confirmedClause(String o, String answer) {
        String word = o.contains(" ") ? o.substring(0, o.indexOf(' ')) : o;
        if (word.isEmpty()) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 2 < words.size(); i++) {
            Morphology.Word w = words.get(i);
            if (!strip(w.surface()).equals(word) || w.morphemes().size() < 2) {
                continue;
            }
            if (!w.morphemes().getFirst().is("VV", "VA", "NNG") || !w.morphemes().getLast().is("ETM")) {
                return false;
            }
            String noun = strip(words.get(i + 1).surface());
            String after = strip(words.get(i + 2).surface());
            return Set.of("거", "것", "게", "건").contains(noun) && (after.startsWith("맞") || after.startsWith("이에")
                    || after.startsWith("예요") || after.startsWith("이죠") || after.startsWith("지요") || after.startsWith("죠"));
        }
        return false;
    }

    /**
     * The head of a compound standing for the compound the learner has already named in the answer
     * (지하철역에 가려고 하는데요, 제일 가까운 역이 어느 쪽이에요 for 제일 가까운 지하철역이): once named, the thing
     * is referred to by its head noun (표준국어대사전 '역': 열차가 멈추는 곳; Sohn 1999 on ellipsis in
     * discourse). The accepted noun ends in the learner's noun and stands in the answer itself; 공항이 for
     * 지하철역이 keeps its finding.
     */
    static boolean headOfNamedCompound(String o, String c, String answer) {
        String mine = Certainty.nounRun(o.split(" ")[0]);
        String theirs = Certainty.nounRun(c.split(" ")[0]);
        if (mine.isEmpty() || theirs.length() <= mine.length() || !theirs.endsWith(mine)) {
            return false;
        }
        for (String w : answer.split(" ")) {
            if (w.startsWith(theirs) && !w.equals(o.split(" ")[0])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A listed item with its own request where the accepted answer joins the items with 하고/(이)랑
     * (비빔밥 2인분 주시고요, 콜라도 하나 주세요 for 2인분이랑 콜라 하나 주세요): the learner orders item by item,
     * each with its verb (-고요 of a polite list: 『외국인을 위한 한국어 문법 1』; Yeon &amp; Brown 2019,
     * -고); no list particle is missing. The learner's next word must be a verb; 비빔밥 2인분 콜라 하나
     * 주세요 (no verb between) keeps the finding.
     */
    static boolean itemWithOwnVerb(String o, String c, String answer) {
        if (o.contains(" ") || !c.startsWith(o) || !Set.of("이랑", "랑", "하고", "과", "와").contains(c.substring(o.length()))) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(o)) {
                String next = words[i + 1];
                List<Morphology.Morpheme> ms = Morphology.analyse(next).stream().flatMap(w -> w.morphemes().stream()).toList();
                return next.startsWith("주") || next.startsWith("드리") || next.startsWith("부탁")
                        || !ms.isEmpty() && ms.getFirst().is("VV") && ms.getLast().is("EC", "EF");
            }
        }
        return false;
    }

    /**
     * A past event stated with a hedge, -(으)ㄴ 것 같다 'it seems I have …' (지갑을 잃어버린 것 같아요 for
     * 잃어버렸어요): the past modifier -(으)ㄴ of an action verb marks the event as past (한국어기초사전 '-은
     * 것 같다'; Yeon &amp; Brown 2019, -(으)ㄴ 것 같다), so the tense is the accepted one. The same verb;
     * the present 잃어버리는 것 같아요 and the future 잃어버릴 것 같아요 keep their finding.
     */
    static boolean hedgedPast(String o, String c, String answer) {
        String[] p = o.split(" ");
        if (p.length < 3 || !p[1].equals("것") && !p[1].equals("거") || !p[2].startsWith("같")) {
            return false;
        }
        List<Morphology.Morpheme> mo = morphemes(p[0], answer);
        List<Morphology.Morpheme> mc = Morphology.analyse(c.split(" ")[0]).stream().flatMap(w -> w.morphemes().stream()).toList();
        return mo.size() == 2 && mo.getFirst().is("VV") && mo.getLast().is("ETM")
                && (mo.getLast().form().equals("ᆫ") || mo.getLast().form().equals("은"))
                && !mc.isEmpty() && mc.getFirst().form().equals(mo.getFirst().form())
                && mc.stream().anyMatch(NaturalVariants::past);
    }

    /**
     * A "misspelling" between two well-formed words of the learner's sentence that are other words
     * altogether (보로부두르 사원을 구경했어요 for 수영했어요: 구경하다 and 수영하다; 같은 시간에 자고 일어나 봐
     * for 자기 전에: 자고 and 자기 are two endings of 자다): a spelling slip changes a letter or two of one
     * word (한글 맞춤법 제1항), not the whole root of a 하다 verb, nor one well-formed ending for another
     * of the same verb. Which word or ending the task wants is meaning, judged elsewhere.
     */
    static boolean otherWellFormedWord(String o, String c) {
        if (o.contains(" ") || c.contains(" ") || o.isEmpty() || c.isEmpty()) {
            return false;
        }
        // two 하다 verbs on different dictionary nouns (구경했어요 / 수영했어요)
        int ho = o.indexOf('했') > 0 ? o.indexOf('했') : o.indexOf('하');
        int hc = c.indexOf('했') > 0 ? c.indexOf('했') : c.indexOf('하');
        if (ho >= 2 && hc >= 2 && o.substring(ho).equals(c.substring(hc))) {
            String a = o.substring(0, ho);
            String b = c.substring(0, hc);
            // every syllable of the root another (구경/수영), not a slip inside one (운동/운둥)
            boolean allOther = a.length() == b.length();
            for (int i = 0; allOther && i < a.length(); i++) {
                allOther = a.charAt(i) != b.charAt(i);
            }
            if (!a.equals(b) && KnownWords.noun(a) && KnownWords.noun(b) && (allOther || Hangul.jamoDistance(a, b) >= 3)) {
                return true;
            }
        }
        // one verb stem, two endings that are both endings of it (자고 / 자기)
        if (o.length() == c.length() && o.length() >= 2 && o.substring(0, o.length() - 1).equals(c.substring(0, c.length() - 1))) {
            String eo = o.substring(o.length() - 1);
            String ec = c.substring(c.length() - 1);
            Set<String> endings = Set.of("고", "기", "게", "지", "서", "면", "는", "도");
            return endings.contains(eo) && endings.contains(ec) && !eo.equals(ec)
                    && KnownWords.tags(o.substring(0, o.length() - 1)).stream().anyMatch(t -> t.name().equals("VV"));
        }
        return false;
    }

    /**
     * A verbal noun of the accepted predicate stated as the topic of a question with the copula (이 책 두
     * 권 빌릴게요. 반납은 언제까지예요? for 언제까지 반납해야 해요?): N은 + a question word with 이다 asks about
     * the act the noun names (Sohn 1999 on the copula; 한국어기초사전 '반납': 반납 기한), so the verb is
     * not missing. The answer must hold the noun with 은/는 (or 이/가) and a word that is a question word
     * with the copula (언제까지예요, 며칠이에요, 어디예요); 반납 alone keeps the omission.
     */
    static boolean verbalNounAsTopic(String o, String c, String answer) {
        List<String> missing = Evidence.missing(o, c);
        if (missing.isEmpty()) {
            return false;
        }
        String m = missing.getFirst();
        int at = m.indexOf('해') > 0 ? m.indexOf('해') : m.indexOf('하');
        if (at < 2 || !KnownWords.noun(m.substring(0, at))) {
            return false;
        }
        String noun = m.substring(0, at);
        String[] words = answer.split(" ");
        boolean topic = false;
        boolean question = false;
        for (String w : words) {
            if (w.equals(noun + "은") || w.equals(noun + "는") || w.equals(noun + "이") || w.equals(noun + "가")) {
                topic = true;
            }
            if (QUESTION_WORDS.stream().anyMatch(w::startsWith) && (w.endsWith("예요") || w.endsWith("이에요")
                    || w.endsWith("입니까") || w.endsWith("이야") || w.endsWith("야"))) {
                question = true;
            }
        }
        return topic && question;
    }

    /**
     * An object with 을/를 whose verb is the learner's main verb before an auxiliary (이 재킷을 큰 사이즈로
     * 입어 봐도 될까요?, read against 이 재킷 … 입어 봐도 돼요 as an object of 되다): the object belongs to the
     * first verb after it, 입다, which takes one (표준국어대사전 '입다' 「…을」); the auxiliary and 되다 of
     * permission carry no object frame (Yeon &amp; Brown 2019, -아/어도 되다). The first verb after the
     * object must be an action verb that is not intransitive ({@link Lexicon#INTRANSITIVE}); 재킷을
     * 있어요 keeps its finding.
     */
    static boolean objectOfMainVerb(String o, String answer) {
        if (o.isEmpty() || o.contains(" ")) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        boolean seen = false;
        for (Morphology.Word w : words) {
            if (!seen) {
                seen = strip(w.surface()).equals(o) && w.morphemes().size() >= 2 && w.morphemes().getLast().is("JKO");
                continue;
            }
            List<Morphology.Morpheme> ms = w.morphemes();
            if (!ms.isEmpty() && ms.getLast().is("ETM")) {
                continue; // a modifier inside a noun phrase (큰 사이즈로)
            }
            if (!ms.isEmpty() && ms.getFirst().is("VV", "VA", "VX")) {
                return ms.getFirst().is("VV") && !Lexicon.INTRANSITIVE.contains(ms.getFirst().form())
                        && ms.getLast().is("EC") && ms.size() >= 2;
            }
            if (ms.size() >= 2 && ms.get(1).is("XSV")) {
                return true; // 교환해 주세요: a verbal noun with 하다 takes the object
            }
        }
        return false;
    }

    /**
     * 까지 'up to' left out of a question of how many (잡지는 몇 권 빌릴 수 있어요? for 몇 권까지): 몇 with a
     * counter already asks for the number, the limit 까지 adds (표준국어대사전 '까지' ③ '어떤 정도에
     * 이름'), so its absence is no particle missing. Only a counter right after 몇; 금요일 내야 돼요 for
     * 금요일까지 keeps its finding.
     */
    static boolean limitLeftOut(String o, String c, String answer) {
        if (o.isEmpty() || o.contains(" ") || !c.equals(o + "까지")) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals(o) && words[i - 1].equals("몇")) {
                List<Morphology.Morpheme> ms = Morphology.analyse("몇 " + o).stream().flatMap(w -> w.morphemes().stream()).toList();
                return ms.size() == 2 && ms.getLast().is("NNBC", "NNB", "NNG");
            }
        }
        return false;
    }


    /**
     * -(으)시- on a verb whose subject, right before it, is a person the speaker raises (엄마 오시기 전에 방
     * 청소해, 선생님께서 오시면): subject honorification follows the subject, not the listener (표준 언어
     * 예절 2011, 주체 높임: 어머니께서 오시다; Sohn 1999 on -(으)시-), so it is no -시- too many where the
     * accepted answer leaves it out (엄마 오기 전에). The noun bare or with 이/가/께서/은/는; 제가 가세요
     * keeps its finding.
     */
    static boolean elderSubject(String o, String answer) {
        if (o.isEmpty() || o.contains(" ")) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (!words[i].equals(o)) {
                continue;
            }
            String subject = SUBJECT_TOPIC_END.matcher(words[i - 1]).replaceAll("");
            return Persons.MAY_BE_RAISED.contains(subject) || Persons.MAY_BE_RAISED.contains(words[i - 1]);
        }
        return false;
    }

    // ---- session 8, round 3 (helper eval13a): classes of sets O, O3 and n2 ----

    /** Determiners of the 이/그/저 series (표준국어대사전 '이'⁸, '그'¹, '저'³, 관형사). */
    private static final Set<String> DETERMINERS = Set.of("이", "그", "저");

    /**
     * Words of the answer with the learner's punctuation (a comma or a full stop is the learner's own
     * word boundary, 한글 맞춤법 부록 문장 부호): {@code asTyped} when it holds the same letters as
     * {@code answer}, else {@code answer} split on spaces.
     *
     * @param answer  the learner's normalised answer
     * @param asTyped the answer as typed (NFC, punctuation kept), or null when unknown
     */
    private static String[] rawWords(String answer, String asTyped) {
        String text = asTyped != null && letters(asTyped).equals(letters(answer)) ? asTyped : answer;
        return SPACES.split(text.strip());
    }

    private static String letters(String s) {
        return NON_WORD_CHARACTER.matcher(s).replaceAll("");
    }

    /** Whether a word (punctuation stripped) is read by Nori as beginning with a noun. */
    private static boolean nounWord(String word) {
        List<Morphology.Word> ws = Morphology.analyse(strip(word));
        return !ws.isEmpty() && ws.getFirst().startsWith("NNG", "NNP");
    }

    /** The raw word of the answer right after the raw word equal (punctuation stripped) to {@code word}, or null. */
    private static String rawAfter(String word, String answer, String asTyped) {
        String[] w = rawWords(answer, asTyped);
        for (int i = 0; i + 1 < w.length; i++) {
            if (strip(w[i]).equals(word)) {
                return w[i + 1];
            }
        }
        return null;
    }

    /** The raw word of the answer right before the raw word equal (punctuation stripped) to {@code word}, or null. */
    private static String rawBefore(String word, String answer, String asTyped) {
        String[] w = rawWords(answer, asTyped);
        for (int i = 1; i < w.length; i++) {
            if (strip(w[i]).equals(word)) {
                return w[i - 1];
            }
        }
        return null;
    }

    /**
     * The determiner 이/그/저 before a noun (이 셔츠, 그 책) read against the pronoun 이거/이것/그거/저거 of an
     * accepted answer: 이 셔츠 'this shirt' names what 이거 'this' names (표준국어대사전 '이'⁸ 관형사, '이것'
     * 대명사; Yeon &amp; Brown 2019 on demonstratives). The word after it must be a noun by Nori; 이 좀 더 큰
     * … (no noun) keeps its finding.
     */
    static boolean determinerForPronoun(String o, String c, String answer, String asTyped) {
        if (!DETERMINERS.contains(o) || !c.matches(o + "(거|것|게|걸|건)")) {
            return false;
        }
        String next = rawAfter(o, answer, asTyped);
        return next != null && nounWord(next);
    }

    /**
     * A vocative set off by a comma before the determiner 이/그/저 and its noun (선생님, 이 케이크 좀 드셔
     * 보세요), read as a noun with a particle across the two words (선생님 이 → 선생님을): the comma closes
     * the term of address (한글 맞춤법 부록 문장 부호 쉼표 (9): 부르는 말 뒤), and 이 is the determiner of the
     * noun after it (표준국어대사전 '이'⁸). Without the comma (선생님 이 케이크) the finding stays.
     */
    static boolean vocativeBeforeDeterminer(String o, String answer, String asTyped) {
        String[] p = o.split(" ");
        if (p.length != 2 || !DETERMINERS.contains(p[1])) {
            return false;
        }
        String[] w = rawWords(answer, asTyped);
        for (int i = 0; i + 2 < w.length; i++) {
            if (w[i].equals(p[0] + ",") && w[i + 1].equals(p[1])) {
                return nounWord(w[i + 2]);
            }
        }
        return false;
    }

    /**
     * Items of a list set off by a comma (비빔밥 둘, 콜라 하나요) where the accepted answer joins them with
     * 하고/(이)랑/와/과: a comma between listed items of equal rank is the written joint (한글 맞춤법 부록
     * 문장 부호 쉼표 (1): 같은 자격의 어구를 열거할 때). The item must stand with the comma right after it
     * and another word after that; 비빔밥 둘 콜라 하나요 (no comma) keeps its finding.
     */
    static boolean listedWithComma(String o, String c, String answer, String asTyped) {
        if (o.isEmpty() || o.contains(" ") || !c.startsWith(o)
                || !Set.of("하고", "이랑", "랑", "와", "과", "이며", "며").contains(c.substring(o.length()))) {
            return false;
        }
        String[] w = rawWords(answer, asTyped);
        for (int i = 0; i + 1 < w.length; i++) {
            if (w[i].equals(o + ",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The past adnominal -(으)ㄴ of an action verb before its noun (30분 전에 주문한 음식이 아직 안 나왔습니다)
     * read against a past clause (주문했는데): -(으)ㄴ on an action verb marks a completed event (한국어기초사전
     * '-은'² 어미 ①: 동사 뒤에 붙어 사건이나 행동이 과거에 일어났음; Yeon &amp; Brown 2019, -(으)ㄴ), so the
     * tense is the accepted one. The same verb stem, a noun right after it; 주문할 음식 keeps its finding.
     */
    static boolean pastModifier(String o, String c, String answer, String asTyped) {
        if (o.isEmpty() || o.contains(" ")) {
            return false;
        }
        List<Morphology.Morpheme> mo = morphemes(o, answer);
        List<Morphology.Morpheme> mc = Morphology.analyse(c.split(" ")[0]).stream().flatMap(w -> w.morphemes().stream()).toList();
        if (mo.size() < 2 || !mo.getLast().is("ETM") || !mo.getLast().form().equals("ᆫ") && !mo.getLast().form().equals("은")
                || mc.size() < mo.size() || mc.stream().noneMatch(NaturalVariants::past)) {
            return false;
        }
        // the same stem by form; an action verb by the accepted form (Nori may tag 주문한's 하 as XSA in context)
        boolean sameStem = true;
        for (int i = 0; i < mo.size() - 1; i++) {
            sameStem &= mo.get(i).form().equals(mc.get(i).form());
        }
        sameStem &= mc.get(mo.size() - 2).is("VV", "XSV");
        String next = rawAfter(o, answer, asTyped);
        return sameStem && next != null && nounWord(next);
    }

    /**
     * The plain -ㄴ다/-는다 (해라체) at a sentence end where the accepted answer says the 반말 -아/어 (생일
     * 축하한다! for 축하해!): 해라체 is the plain level of a casual statement or exclamation among friends
     * (Sohn 1999 §8.1, the plain speech level; 표준국어대사전 '-ㄴ다' 어미), not a wrong ending. The form must
     * be well formed (-ㄴ다 after a vowel stem, -는다 after a consonant: 축하하는다 keeps its finding), stand
     * before a sentence mark or the end, and the accepted form be 반말 (no 요).
     */
    static boolean plainStatement(String o, String c, String answer, String asTyped) {
        if (o.isEmpty() || o.contains(" ") || o.length() < 2 || !o.endsWith("다") || c.endsWith("요") || c.contains(" ")
                || !CASUAL_ENDING.matcher(c).matches()) {
            return false;
        }
        char before = o.charAt(o.length() - 2);
        boolean wellFormed;
        if (before == '는' && o.length() >= 3) {
            wellFormed = jong(o.charAt(o.length() - 3)) != 0;
        } else {
            wellFormed = jong(before) == 4; // ㄴ
        }
        if (!wellFormed) {
            return false;
        }
        for (String w : rawWords(answer, asTyped)) {
            if (w.matches(java.util.regex.Pattern.quote(o) + "[.!]+")) {
                return true;
            }
        }
        String[] w = rawWords(answer, asTyped);
        return w.length > 0 && w[w.length - 1].equals(o);
    }

    /** The final consonant index of a Hangul syllable (0 = none, 4 = ㄴ, 8 = ㄹ), or -1 for no syllable. */
    private static int jong(char s) {
        return Hangul.isSyllable(s) ? Hangul.finalIndex(s) : -1;
    }

    /**
     * The prospective adnominal -(으)ㄹ before its noun (너 줄 선물 샀어, 먹을 음식) read against a purpose
     * clause -(으)려고 of the same verb: 'a present to give you' says the purpose as the noun's modifier
     * (한국어기초사전 '-을'² 어미: 추측, 예정, 의지; Yeon &amp; Brown 2019, -(으)ㄹ). The word must be the accepted
     * stem with ㄹ or 을 (주 → 줄, 먹 → 먹을), a noun right after it; 너 줄 샀어 keeps its finding.
     */
    static boolean prospectiveModifier(String o, String c, String answer, String asTyped) {
        if (o.isEmpty() || o.contains(" ") || !PURPOSE_WORD.matcher(c).matches() ) {
            return false;
        }
        String stem = PURPOSE_ENDING.matcher(c).replaceAll("");
        boolean form;
        if (o.equals(stem + "을")) {
            form = true;
        } else if (o.length() == stem.length() && !stem.isEmpty() && o.startsWith(stem.substring(0, stem.length() - 1))) {
            char s = stem.charAt(stem.length() - 1);
            form = jong(s) == 0 && o.charAt(o.length() - 1) == (char) (s + 8);
        } else {
            form = false;
        }
        String next = rawAfter(o, answer, asTyped);
        return form && next != null && nounWord(next);
    }

    /** Contracted forms of the bound noun 것 'thing' (표준국어대사전 '것', '거', '건', '게', '걸'). */
    private static final Set<String> BOUND_THING = Set.of("것", "거", "건", "게", "걸", "것은", "것이", "것을", "거는");

    /**
     * The bound noun 것 (or 거, 건 = 거+는, 게, 걸) after an adnominal (깨지는 건 하나도 없어요) read against a
     * noun 'thing' (물건은): 것 after a modifier names the thing the clause describes (표준국어대사전 '것'
     * 의존 명사 ①; 한글 맞춤법 제33항, 준말 건/게/걸). The word before it must end in an adnominal ending by
     * Nori; 깨지 건 keeps its finding.
     */
    static boolean boundNounForThing(String o, String c, String answer, String asTyped) {
        if (!BOUND_THING.contains(o) || c.contains(" ") || BOUND_THING.contains(c)) {
            return false;
        }
        String before = rawBefore(o, answer, asTyped);
        if (before == null || !before.equals(strip(before))) {
            return false;
        }
        List<Morphology.Word> ws = Morphology.analyse(answer);
        for (int i = 1; i < ws.size(); i++) {
            if (strip(ws.get(i).surface()).equals(o) && strip(ws.get(i - 1).surface()).equals(before)) {
                List<Morphology.Morpheme> m = ws.get(i - 1).morphemes();
                return !m.isEmpty() && m.getLast().is("ETM");
            }
        }
        return false;
    }

    /** Numerals a count phrase starts with (한 잔, 하나, 두 개, 1잔). */
    private static final Set<String> NUMERALS = Set.of("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열",
            "하나", "둘", "셋", "넷", "하나요", "하나만", "둘만");

    /**
     * A noun right before a numeral and counter (아이스 아메리카노 라지 한 잔 주세요) read against the noun with
     * (으)로 'as': in the pattern N + numeral + counter the noun stands bare (Yeon &amp; Brown 2019 on
     * counters: 커피 한 잔; Sohn 1999 on numeral classifiers), so a size or kind before the count needs no
     * particle. The next word must be a numeral (or start with a digit) with no comma between; 라지 주세요
     * keeps its finding.
     */
    static boolean nounBeforeCount(String o, String c, String answer, String asTyped) {
        if (o.isEmpty() || o.contains(" ") || !c.equals(o + "로") && !c.equals(o + "으로")) {
            return false;
        }
        String[] w = rawWords(answer, asTyped);
        for (int i = 0; i + 1 < w.length; i++) {
            if (w[i].equals(o)) {
                return NUMERALS.contains(strip(w[i + 1])) || STARTS_WITH_DIGIT.matcher(w[i + 1]).matches();
            }
        }
        return false;
    }

    /** Verbs of going or coming (가다, 오다) in their common written forms. */
    private static final java.util.regex.Pattern MOTION = java.util.regex.Pattern.compile("^(가|갈|간|갔|와|올|온|왔|오|다녀|놀러)");

    /**
     * A place with 에서 before an activity (한강에서 자전거 탈까?) read against 'go to the place and' (한강
     * 가서): 에서 marks where the activity happens (표준국어대사전 '에서' ①), the same plan without the
     * going. The same place noun; no verb of going or coming after it (한강에서 갈까 keeps its finding).
     */
    static boolean placeOfActivity(String o, String c, String answer, String asTyped) {
        if (!o.endsWith("에서") || o.contains(" ")) {
            return false;
        }
        String place = o.substring(0, o.length() - 2);
        if (place.isEmpty() || !c.equals(place + " 가서") && !c.equals(place + "에 가서")) {
            return false;
        }
        String[] w = rawWords(answer, asTyped);
        for (int i = 0; i < w.length; i++) {
            if (strip(w[i]).equals(o)) {
                for (int k = i + 1; k < w.length; k++) {
                    if (MOTION.matcher(w[k]).find()) {
                        return false;
                    }
                }
                return i + 1 < w.length;
            }
        }
        return false;
    }
}
