package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Set;

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
     * with an auxiliary, or two verbs of one predicate) and an embedded question -(으)ㄴ지/-는지/-(으)ㄹ지
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
                    || last.form().equals("여")) && w.morphemes().getFirst().is("VV", "VA")
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
        return word.replaceAll("[.,?!~]+$", "");
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
    static boolean hedgedTime(String o, String c) {
        if (o.contains(" ") || c.contains(" ") || !c.endsWith("에") || c.length() < 2) {
            return false;
        }
        String time = c.substring(0, c.length() - 1);
        if (!(time.endsWith("시") || time.endsWith("분") || time.endsWith("일") || time.endsWith("때"))) {
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
                if (Numerals.number(before) != null || before.equals("몇") || before.matches(".*\\d")) {
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
        return c.startsWith(head) && Hangul.isSyllable(a) && Hangul.isSyllable(b) && (a - 0xAC00) / 588 == (b - 0xAC00) / 588;
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
        String digits = head.replaceAll("^(\\d+).*", "$1");
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
        String padded = " " + text.replaceAll("[.,?!]", " ") + " ";
        int at = padded.indexOf(" " + counted + " ");
        if (at < 0) {
            at = padded.indexOf(" " + counted);
        }
        if (at <= 0) {
            return null;
        }
        String[] before = padded.substring(0, at).trim().split("\\s+");
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
     * Not for 더 of quantity (물 더 주세요 → 물 주세요 stays a word left out).
     */
    static boolean comparativeLeftOut(String o, String c, String answer) {
        if (!c.equals(o + " 더") || o.isEmpty() || o.contains(" ")) {
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
        for (int k = 1; k < a.length; k++) {
            String first = String.join(" ", java.util.Arrays.copyOfRange(a, 0, k));
            String second = String.join(" ", java.util.Arrays.copyOfRange(a, k, a.length));
            if (c.equals(second + " " + first)) {
                return adverbial(first) && object(second) || object(first) && adverbial(second);
            }
        }
        return false;
    }

    private static boolean adverbial(String phrase) {
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        List<Morphology.Morpheme> ms = Morphology.analyse(phrase).stream().flatMap(w -> w.morphemes().stream()).toList();
        return ms.size() >= 2 && ms.getLast().is("JKB", "JC") && ms.get(ms.size() - 2).is("NNG", "NNP")
                && Numerals.number(last.replaceAll("[에로]$", "")) == null;
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
        String[] words = answer.replaceAll("[.,?!]", " ").trim().split("\\s+");
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
            if (named(a, mine) && named(a, theirs) && anchored(answer, a, mine)) {
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

    private static boolean named(String text, String noun) {
        for (String w : text.split(" ")) {
            if (w.startsWith(noun) && Certainty.nounRun(w).equals(noun)) {
                return true;
            }
        }
        return false;
    }
}
