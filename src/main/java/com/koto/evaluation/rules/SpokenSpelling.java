package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Misspellings of the learner's own words that no alignment is needed to see, each a
 * {@code spelling} error on the learner's word as written:
 * <ul>
 * <li>{@code spelling/sound} — a word <b>written as it is pronounced</b>: a word of the learner's
 * answer that no accepted answer writes, pronounced exactly as a word an accepted answer writes
 * ({@link #pronunciation}: 추카해 for 축하해, 가라타요 for 갈아타요, 보엄도 for 보험도, 괜차나요 for
 * 괜찮아요). Two spellings with one standard pronunciation are one word written two ways, and the
 * accepted answer's is the standard spelling (한글 맞춤법 제1항: 표준어를 소리대로 적되, 어법에
 * 맞도록 함을 원칙으로 한다 — the "어법에 맞도록" half is what the learner missed).</li>
 * <li>{@code spelling/loanword} — a loanword in a non-standard spelling ({@link #LOANWORDS}:
 * 케익 for 케이크, 쥬스 for 주스), whatever the accepted answer says.</li>
 * <li>{@code spelling/letters} — a word or a verb form in a spelling the standard language does not have
 * ({@link #NON_STANDARD}: 깍아 for 깎아, 같애요 for 같아요, 오랫만에 for 오랜만에), whatever the accepted answer says
 * (session 24).</li>
 * <li>{@code spelling/vowel} — a noun of an accepted answer written with one other vowel at the
 * same place of the sentence (근체에 for 근처에, 병언에 for 병원에, 치가 for 치과): the word before
 * or after it is the accepted answer's own, the noun is a dictionary noun of two syllables or more,
 * and the learner's form is written by no accepted answer. Indonesian has no ㅓ/ㅗ, ㅐ/ㅔ or
 * ㅝ/ㅘ contrast of its own; vowel letters are the learners' commonest slip.</li>
 * </ul>
 * Precision first: only words no accepted answer writes, each tied to a word an accepted answer
 * does write (or to the loanword table), so a correct answer in other words is never touched.
 */
final class SpokenSpelling {

    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SpokenSpelling() {
    }

    /**
     * Non-standard loanword spellings and the standard ones (표준국어대사전 headwords):
     * 케이크, 스테이크 by 외래어 표기법 제3장 제1절 제1항 3 (a final voiceless stop after a long
     * vowel or diphthong is written with 으: cake → 케이크, not 케익); 주스, 스케줄, 텔레비전 by the
     * rule that ㅈ and ㅊ take no y-vowel after them (외래어 표기법 제3장 제1절 제4항 파찰음);
     * 메시지, 초콜릿, 렌터카, 바비큐, 케첩, 비즈니스, 액세서리, 파이팅, 슈퍼마켓 as the dictionary
     * writes them. Tense-consonant spellings (라떼, 까페) are accepted, not listed here
     * ({@code loanword-spelling} in {@code equivalents.json}).
     */
    static final Map<String, String> LOANWORDS = Map.ofEntries(
            Map.entry("케익", "케이크"), Map.entry("케잌", "케이크"), Map.entry("스테익", "스테이크"),
            Map.entry("쥬스", "주스"), Map.entry("스케쥴", "스케줄"), Map.entry("텔레비젼", "텔레비전"),
            Map.entry("메세지", "메시지"), Map.entry("초콜렛", "초콜릿"), Map.entry("렌트카", "렌터카"),
            Map.entry("바베큐", "바비큐"), Map.entry("케찹", "케첩"), Map.entry("비지니스", "비즈니스"),
            Map.entry("악세사리", "액세서리"), Map.entry("화이팅", "파이팅"), Map.entry("수퍼마켓", "슈퍼마켓"),
            // 외래어 표기법 제1장 제4항 (파열음 표기에는 된소리를 쓰지 않는다): size, bus, center are common nouns of
            // speech, not the menu and shop names whose tense spellings stay accepted (라떼, 까페, 써비스; session 29, s29e)
            Map.entry("싸이즈", "사이즈"), Map.entry("뻐스", "버스"), Map.entry("쎈터", "센터"));

    /**
     * 달러 written 달라 after an amount (백 달라를, 100달라로 → 달러): the dictionary's headword is 달러 (표준국어대사전
     * '달러'; 외래어 표기법 제3장 제1절 제8항, dollar [dɑlər] with ㅓ for [ə]). 달라 alone is also a form of 다르다
     * (달라요 'is different') and of 달다 (달라고 'asks for'), so only after a number in digits or letters, with a
     * particle or nothing after it (session 29, s29e).
     */
    private static final Pattern DOLLAR = Pattern.compile("([0-9,.]*)달라(를|로|가|는|도|만|짜리|에|이나|예요|입니다)?");
    /** A number in Sino-Korean letters (백, 오십, 천, 이백오십) or digits. */
    private static final Pattern AMOUNT = Pattern.compile("[0-9,.]+|[일이삼사오육칠팔구십백천만]+");

    /**
     * The two month names written by their sound (한글 맞춤법 제52항: 한자어에서 본음으로도 나고 속음으로도 나는 것은 각각
     * 그 소리에 따라 적는다 — 六月 유월, 十月 시월; 표준국어대사전 '유월', '시월'; session 14). 육월 and 십월 write the
     * Sino-Korean digits as they stand, a misspelling ({@code spelling/letters}) whatever the accepted answer says;
     * 6월 and 10월 in digits are right.
     */
    static final Map<String, String> MONTHS = Map.of("육월", "유월", "십월", "시월");

    /**
     * The first letters of words and verb forms in a spelling the standard language does not have, and the standard
     * ones, whatever the accepted answer says (session 24, s24b); any ending or particle may follow. No standard word
     * begins with one of these (깍두기 does not begin with 깍아, 깍으 …).
     * <ul>
     * <li>깍아, 깍았, 깍을, 깍으, 깍는, 깍고 → 깎-: the stem of 깎다 ends in ㄲ, written before every ending (한글 맞춤법
     * 제1항, 어법에 맞도록: a stem keeps its form; 표준국어대사전 '깎다'); 깍- is no stem;</li>
     * <li>같애 → 같아, 같앴 → 같았: after a stem whose last vowel is ㅏ or ㅗ the ending is written -아 (한글 맞춤법
     * 제16항); 같애 is speech (표준국어대사전 '같다', 활용 같아, 같으니);</li>
     * <li>오랫만 → 오랜만 (표준국어대사전 '오랜만', 준말 of 오래간만), 왠일 → 웬일 (표준국어대사전 '웬일'; 왠 is only in
     * 왠지), 설겆이 → 설거지 (표준어 규정 제17항);</li>
     * <li>십어, 십었, 십습 → 싶-: the stem of 싶다 ends in ㅍ, pronounced [시퍼] before a vowel (표준국어대사전 '싶다'); 십 is
     * the numeral, which takes no verb ending (session 28).</li>
     * </ul>
     * 몇일 for 며칠 is {@code confusables.json}'s.
     */
    static final Map<String, String> NON_STANDARD = Map.ofEntries(Map.entry("깍아", "깎아"), Map.entry("깍았", "깎았"),
            Map.entry("깍을", "깎을"), Map.entry("깍으", "깎으"), Map.entry("깍는", "깎는"), Map.entry("깍고", "깎고"),
            Map.entry("같애", "같아"), Map.entry("같앴", "같았"), Map.entry("오랫만", "오랜만"), Map.entry("왠일", "웬일"),
            Map.entry("설겆이", "설거지"), Map.entry("십어", "싶어"), Map.entry("십었", "싶었"), Map.entry("십습", "싶습"));

    private static final Pattern PUNCTUATION = Pattern.compile("[.,?!~…]");

    /**
     * The misspellings of the learner's own words (see the class comment), at most one per word.
     *
     * @param answer   the learner's answer (raw or normalised)
     * @param accepted the normalised accepted answers
     * @return spelling findings, the learner's word as written and its correction; empty when none
     */
    static List<Finding> find(String answer, List<String> accepted) {
        List<String> words = words(answer);
        List<List<String>> acceptedWords = accepted.stream().map(SpokenSpelling::words).toList();
        Set<String> written = new HashSet<>();
        acceptedWords.forEach(written::addAll);
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String t = words.get(i);
            Finding dollar = written.contains(t) ? null : dollar(words, i);
            if (dollar != null) {
                out.add(dollar);
                continue;
            }
            if (written.contains(t) || t.length() < 2 || !allHangul(t)) {
                continue;
            }
            Finding f = monthName(t);
            if (f == null) {
                f = loanword(t);
            }
            if (f == null) {
                f = nonStandard(t);
            }
            if (f == null) {
                f = Misspellings.find(t); // common misspellings as data (색갈 → 색깔, 까페 → 카페; session 35, s35a)
            }
            if (f == null) {
                f = betterAsBorne(words, i);
            }
            if (f == null) {
                f = bySound(t, written);
            }
            if (f == null) {
                f = byStem(t, accepted);
            }
            if (f == null) {
                f = byVowel(words, i, acceptedWords, written);
            }
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /** 백 달라를 → 달러를, 100달라 → 100달러 ({@link #DOLLAR}): after an amount only. */
    private static Finding dollar(List<String> words, int i) {
        java.util.regex.Matcher m = DOLLAR.matcher(words.get(i));
        if (!m.matches() || m.group(1).isEmpty() && (i == 0 || !AMOUNT.matcher(words.get(i - 1)).matches())) {
            return null;
        }
        String t = words.get(i);
        return new Finding(ErrorCategory.SPELLING, t, t.replace("달라", "달러"), "spelling/loanword");
    }

    /** 육월에 → 유월에, 십월 → 시월 ({@link #MONTHS}), with a particle or nothing after it. */
    private static Finding monthName(String t) {
        for (Map.Entry<String, String> e : MONTHS.entrySet()) {
            if (t.startsWith(e.getKey())) {
                String rest = t.substring(e.getKey().length());
                if (rest.isEmpty() || Particles.of(rest).isPresent() || rest.equals("부터") || rest.equals("까지")) {
                    return new Finding(ErrorCategory.SPELLING, t, e.getValue() + rest, "spelling/letters");
                }
            }
        }
        return null;
    }

    /** 깍아 → 깎아, 같애요 → 같아요, 오랫만에 → 오랜만에 ({@link #NON_STANDARD}). */
    private static Finding nonStandard(String t) {
        for (Map.Entry<String, String> e : NON_STANDARD.entrySet()) {
            if (t.startsWith(e.getKey())) {
                return new Finding(ErrorCategory.SPELLING, t, e.getValue() + t.substring(e.getKey().length()),
                        "spelling/letters");
            }
        }
        return null;
    }

    /** Adverbs of degree that compare: a predicate after them is one of degree (더 나아, 훨씬 나아요). */
    private static final Set<String> COMPARING = Set.of("더", "훨씬", "제일", "가장", "좀더");

    /**
     * 더 낳아 → 나아 ({@code spelling/letters}): after an adverb of comparison the learner meant 낫다 'be better'
     * (ㅅ-irregular: 나아, 나은, 나을까, 낫습니다; 표준국어대사전 '낫다'¹ 「형용사」), and wrote the 낳- of 낳다 'give birth',
     * a transitive verb that needs an object (표준국어대사전 '낳다' 「…을」) and grades by no degree; the two are
     * pronounced alike before a vowel ([나아]). Read only with no object (no word in 을/를) in the answer, so 아이를 더
     * 낳아요 stays (session 28, s28d).
     */
    private static Finding betterAsBorne(List<String> words, int i) {
        String t = words.get(i);
        if (i == 0 || !t.startsWith("낳") || t.length() < 2 || !COMPARING.contains(words.get(i - 1))) {
            return null;
        }
        for (String w : words) {
            if (w.length() > 1 && (w.endsWith("을") || w.endsWith("를"))) {
                return null;
            }
        }
        String rest = t.substring(1);
        char next = rest.charAt(0);
        boolean vowel = Hangul.isSyllable(next) && Hangul.initialIndex(next) == Hangul.Initial.IEUNG;
        return new Finding(ErrorCategory.SPELLING, t, (vowel ? "나" : "낫") + rest, "spelling/letters");
    }

    private static Finding loanword(String t) {
        for (Map.Entry<String, String> e : LOANWORDS.entrySet()) {
            if (!t.startsWith(e.getKey())) {
                continue;
            }
            String rest = t.substring(e.getKey().length());
            if (rest.isEmpty()) {
                return new Finding(ErrorCategory.SPELLING, t, e.getValue(), "spelling/loanword");
            }
            var particle = Particles.of(rest);
            if (particle.isPresent()) {
                return new Finding(ErrorCategory.SPELLING, t, e.getValue() + particle.get().formAfter(e.getValue()),
                        "spelling/loanword");
            }
        }
        return null;
    }

    private static Finding bySound(String t, Set<String> written) {
        String key = pronunciation(t);
        for (String s : written) {
            if (s.length() == t.length() && !s.equals(t) && allHangul(s) && pronunciation(s).equals(key)) {
                return new Finding(ErrorCategory.SPELLING, t, s, "spelling/sound");
            }
        }
        return null;
    }

    private static final List<String> AFTER_A = List.of("아서", "아요", "아", "았어", "았어요", "았습니다", "아도", "아야");
    private static final List<String> AFTER_EO = List.of("어서", "어요", "어", "었어", "었어요", "었습니다", "어도", "어야");
    private static final List<String> AFTER_EU = List.of("으면", "으니까", "은", "을", "으세요", "으러", "으려고");

    /**
     * 바다서 for 받아서: the learner's word pronounced as a regular form of a verb an accepted answer
     * uses in another form (받았어). The stem is the accepted word's (Nori VV/VA) and is regular: in
     * the accepted word its final consonant stands before a vowel (받았어, not 들었어 for 듣다), so the
     * standard forms are the stem and -아/어 (by the stem's last vowel, Yeon &amp; Brown 2019) or -으-;
     * the learner's word is one of them written as it sounds (연음, 표준 발음법 제13항).
     */
    private static Finding byStem(String t, List<String> accepted) {
        String key = pronunciation(t);
        for (String a : accepted) {
            for (Morphology.Word w : Morphology.analyse(a)) {
                if (w.morphemes().isEmpty() || !w.morphemes().getFirst().is("VV", "VA")) {
                    continue;
                }
                String stem = w.morphemes().getFirst().form();
                String surface = w.surface();
                if (stem.isEmpty() || !surface.startsWith(stem) || surface.length() <= stem.length()
                        || !allHangul(stem)) {
                    continue;
                }
                char last = stem.charAt(stem.length() - 1);
                char next = surface.charAt(stem.length());
                if (Hangul.finalIndex(last) == Hangul.Final.NONE || Hangul.finalIndex(last) == Hangul.Final.NG
                        || !Hangul.isSyllable(next) || Hangul.initialIndex(next) != Hangul.Initial.IEUNG) {
                    continue; // no final consonant, or it does not stand before a vowel in the accepted word
                }
                int vowel = Hangul.medialIndex(last);
                List<String> endings = new ArrayList<>(vowel == 0 || vowel == 8 ? AFTER_A : AFTER_EO);
                endings.addAll(AFTER_EU);
                for (String e : endings) {
                    String form = stem + e;
                    if (!form.equals(t) && form.length() == t.length() && pronunciation(form).equals(key)) {
                        return new Finding(ErrorCategory.SPELLING, t, form, "spelling/sound");
                    }
                }
            }
        }
        return null;
    }

    /** 근체에 for 근처에: one vowel letter of an accepted noun, at the accepted answer's place. */
    private static Finding byVowel(List<String> words, int i, List<List<String>> acceptedWords, Set<String> written) {
        String t = words.get(i);
        String[] tp = ArgumentCheck.stemAndParticle(t);
        if (written.contains(tp[0]) || tp[0].length() >= 2 && acceptedWords.stream().flatMap(List::stream)
                .anyMatch(w -> ArgumentCheck.stemAndParticle(w)[0].equals(tp[0]))) {
            return null; // 기계를 where an accepted answer says 이 기계는
        }
        boolean candidate = false;
        for (List<String> a : acceptedWords) {
            for (String s : a) {
                candidate |= oneVowel(t, s) || oneVowel(tp[0], ArgumentCheck.stemAndParticle(s)[0]);
            }
        }
        if (!candidate) {
            return null; // no accepted word one vowel away: nothing to analyse
        }
        if (tp[1].equals("께") && KnownWords.noun(t)) {
            // 어저께, 그저께: nouns of their own (표준국어대사전 '어저께'), not a stem with 께, which follows
            // honoured persons only (표준국어대사전 '께'⁵) (session 9)
            return null;
        }
        List<Morphology.Word> read = Morphology.analyse(t);
        if (read.size() != 1 || read.getFirst().startsWith("VV", "VA", "VX", "VCP")) {
            return null; // a verb form: its vowel is an ending's (싶아요, 오서), the ending checks' business
        }
        Finding whole = wholeWordAeE(t, read.getFirst(), acceptedWords);
        if (whole != null) {
            return whole;
        }
        for (List<String> a : acceptedWords) {
            for (int j = 0; j < a.size(); j++) {
                boolean anchored = i > 0 && j > 0 && words.get(i - 1).equals(a.get(j - 1))
                        || i + 1 < words.size() && j + 1 < a.size() && words.get(i + 1).equals(a.get(j + 1));
                if (!anchored) {
                    continue;
                }
                String s = a.get(j);
                if (oneVowel(t, s) && nounOf(s, t)) {
                    return new Finding(ErrorCategory.SPELLING, t, s, "spelling/vowel");
                }
                String[] sp = ArgumentCheck.stemAndParticle(s);
                if (oneVowel(tp[0], sp[0]) && sp[0].length() >= 2 && KnownWords.noun(sp[0])) {
                    return new Finding(ErrorCategory.SPELLING, t, sp[0] + tp[1], "spelling/vowel");
                }
            }
        }
        return null;
    }

    /**
     * 제미있었어 for 재미있었어 ({@code spelling/vowel}), wherever the accepted answer has the word: ㅐ and ㅔ are one
     * sound in today's speech (표준 발음법 제4항 lists them apart; most Seoul speakers merge them), so a learner
     * writes one for the other. A word of three syllables or more that an accepted answer writes with the other
     * letter in its stem (the first morpheme as Nori reads the accepted word: 재밌 of 재미있었어), while Nori reads the
     * learner's word with another first morpheme (제미 as an interjection): a long word one vowel letter from an
     * accepted one is that word misspelt, not another word at another place (short pairs such as 내가/네가 are
     * two words and are left to the anchored reading).
     */
    private static Finding wholeWordAeE(String t, Morphology.Word read, List<List<String>> acceptedWords) {
        if (t.length() < 3 || read.morphemes().isEmpty()) {
            return null;
        }
        for (List<String> a : acceptedWords) {
            for (String s : a) {
                int k = differingSyllable(t, s);
                if (k < 0 || pair(Hangul.medialIndex(t.charAt(k)), Hangul.medialIndex(s.charAt(k)))
                        != pair(Hangul.Medial.AE, Hangul.Medial.E)) {
                    continue;
                }
                List<Morphology.Word> accepted = Morphology.analyse(s);
                if (accepted.size() != 1 || accepted.getFirst().morphemes().isEmpty()) {
                    continue;
                }
                Morphology.Morpheme stem = accepted.getFirst().morphemes().getFirst();
                // the stem as Nori gives it may be contracted (재밌 of 재미있었어): its syllables up to the differing one
                if (!stem.is("NNG", "VA", "VV", "XR") || k >= stem.form().length() || !s.regionMatches(0, stem.form(), 0, k + 1)
                        || read.morphemes().getFirst().equals(stem)) {
                    continue;
                }
                return new Finding(ErrorCategory.SPELLING, t, s, "spelling/vowel");
            }
        }
        return null;
    }

    /** The one syllable where two words of one length differ only in their vowel letter, or -1. */
    private static int differingSyllable(String t, String s) {
        if (!oneVowel(t, s)) {
            return -1;
        }
        for (int k = 0; k < t.length(); k++) {
            if (t.charAt(k) != s.charAt(k)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether the accepted word's noun (two syllables or more) holds the differing syllable. */
    private static boolean nounOf(String s, String t) {
        List<Morphology.Word> read = Morphology.analyse(s);
        if (read.size() != 1 || read.getFirst().morphemes().isEmpty()) {
            return false;
        }
        Morphology.Morpheme first = read.getFirst().morphemes().getFirst();
        if (!first.is("NNG") || first.form().length() < 2 || !s.startsWith(first.form())) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) != t.charAt(k)) {
                return k < first.form().length();
            }
        }
        return false;
    }

    // medials: ㅏ0 ㅐ1 ㅓ4 ㅔ5 ㅗ8 ㅘ9 ㅜ13 ㅝ14 ㅡ18
    /**
     * The vowel letters learners of Korean from Indonesian confuse: ㅓ/ㅗ, ㅓ/ㅔ, ㅐ/ㅔ, ㅡ/ㅜ (Indonesian
     * has one mid back and one mid front vowel and no ㅡ) and a diphthong written as its second
     * vowel, ㅝ/ㅓ, ㅘ/ㅏ (병원 → 병언, 치과 → 치가). Other vowel pairs (ㅏ/ㅓ, ㅑ/ㅛ, ㅣ/ㅏ) tell endings
     * and other words apart (싶어요/싶아요 is an ending's harmony, 사자/사지 two words).
     */
    private static final Set<Integer> CONFUSED = Set.of(pair(4, 8), pair(4, 5), pair(1, 5), pair(18, 13), pair(14, 4),
            pair(9, 0));

    /**
     * ㅢ written ㅣ as it is pronounced (탈이실 for 탈의실, 히망 for 희망): 표준 발음법 제5항 다만 3 (ㅢ after a
     * consonant is [ㅣ]: 희망 [히망], 무늬 [무니]) and 다만 4 (의 in a later syllable may be [이]: 주의 [주이], 협의
     * [혀비]). One way only, the learner's ㅣ for the accepted ㅢ; a first-syllable 의 is [의] (의사, not 이사,
     * another word) and stays out.
     *
     * @param learner  the learner's syllable
     * @param accepted the accepted syllable
     * @param at       the syllable's place in the word
     */
    private static boolean uiAsI(char learner, char accepted, int at) {
        return Hangul.medialIndex(learner) == Hangul.Medial.I && Hangul.medialIndex(accepted) == Hangul.Medial.UI
                && (at > 0 || Hangul.initialIndex(accepted) != Hangul.Initial.IEUNG);
    }

    private static int pair(int a, int b) {
        return Math.min(a, b) * 32 + Math.max(a, b);
    }

    /** Same length, one syllable differing, and in it only the vowel, a confused pair (근체 / 근처, 치가 / 치과). */
    static boolean oneVowel(String t, String s) {
        if (t.length() != s.length() || t.equals(s) || !allHangul(t) || !allHangul(s)) {
            return false;
        }
        int differing = 0;
        for (int k = 0; k < t.length(); k++) {
            char a = t.charAt(k);
            char b = s.charAt(k);
            if (a == b) {
                continue;
            }
            if (++differing > 1 || Hangul.initialIndex(a) != Hangul.initialIndex(b)
                    || Hangul.finalIndex(a) != Hangul.finalIndex(b)
                    || !CONFUSED.contains(pair(Hangul.medialIndex(a), Hangul.medialIndex(b)))
                    && !uiAsI(a, b, k)) {
                return false;
            }
        }
        return differing == 1;
    }

    private static boolean allHangul(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (!Hangul.isSyllable(w.charAt(k))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private static List<String> words(String text) {
        String t = PUNCTUATION.matcher(text).replaceAll(" ").strip();
        return t.isEmpty() ? List.of() : List.of(SPACES.split(t));
    }

    // jamo indices: initials ㄱ0 ㄲ1 ㄴ2 ㄷ3 ㄸ4 ㄹ5 ㅁ6 ㅂ7 ㅃ8 ㅅ9 ㅆ10 ㅇ11 ㅈ12 ㅉ13 ㅊ14 ㅋ15 ㅌ16 ㅍ17 ㅎ18;
    // finals ㄱ1 ㄲ2 ㄳ3 ㄴ4 ㄵ5 ㄶ6 ㄷ7 ㄹ8 ㄺ9 ㄻ10 ㄼ11 ㄽ12 ㄾ13 ㄿ14 ㅀ15 ㅁ16 ㅂ17 ㅄ18 ㅅ19 ㅆ20 ㅇ21 ㅈ22 ㅊ23
    // ㅋ24 ㅌ25 ㅍ26 ㅎ27
    /** A final as the initial it becomes before a vowel (연음, 표준 발음법 제13항), -1 for none. */
    private static final int[] FINAL_AS_INITIAL = {-1, 0, 1, 0, 2, 2, 2, 3, 5, 5, 5, 5, 5, 5, 5, 5, 6, 7, 7, 9, 10, -1,
        12, 14, 15, 16, 17, 18};
    /** What a double final keeps when its second consonant moves on (제14항: 닭이 [달기], 값이 [갑씨]). */
    private static final int[] FINAL_KEPT = {0, 0, 0, 1, 4, 4, 4, 0, 0, 8, 8, 8, 8, 8, 8, 8, 0, 0, 17, 0, 0, 21, 0, 0,
        0, 0, 0, 0};
    /** The second consonant of a double final, as an initial (ㄳ → ㅆ by 제14항's tensing: 넋이 [넉씨]). */
    private static final int[] DOUBLE_SECOND = {-1, -1, -1, 10, -1, 12, 18, -1, -1, 0, 6, 7, 10, 16, 17, 18, -1, -1, 10,
        -1, -1, -1, -1, -1, -1, -1, -1, -1};
    /** The representative final before a consonant (제9항–제11항): ㄱ, ㄴ, ㄷ, ㄹ, ㅁ, ㅂ or ㅇ. */
    private static final int[] NEUTRAL = {0, 1, 1, 1, 4, 4, 4, 7, 8, 1, 16, 8, 8, 8, 17, 8, 16, 17, 17, 7, 7, 21, 7, 7,
        1, 7, 17, 7};

    /**
     * A word's standard pronunciation as initial/vowel/final triples (the letters Korean speakers
     * hear), by 국립국어원 표준 발음법: 제5항 다만 1–3 (져/쪄/쳐 [저/쩌/처], ㅖ after a consonant
     * [ㅔ], ㅢ after a consonant [ㅣ]: 게좌 for 계좌, 고처 for 고쳐), 제12항 (격음화: ㄱ/ㄷ/ㅂ/ㅈ + ㅎ and ㅎ + ㄱ/ㄷ/ㅈ are ㅋ/ㅌ/ㅍ/ㅊ,
     * 축하 [추카]; ㅎ before a vowel is silent, 좋아 [조아]), 제13항–제14항 (연음: a final before a
     * vowel is the next syllable's initial, 갈아타요 [가라타요]), 제17항 (구개음화: 같이 [가치]),
     * 제18항 (비음화: 합니다 [함니다]), 제20항 (유음화: 연락 [열락]), 제23항 and 제25항 (경음화 after ㄱ/ㄷ/ㅂ:
     * 식당 [식땅]; after ㄼ/ㄾ: 짧지 [짤찌]), and the weak ㅎ between voiced sounds of everyday speech (보험 [보엄], 전화 [저놔];
     * Sohn 1999 and Lee &amp; Ramsey 2000 on h-weakening), finals before a consonant at their
     * representative (제9항). Within one word; a word is its syllables, so the key of 추카해 and
     * 축하해 is one.
     *
     * @param word Hangul syllables (other characters are kept as they are)
     * @return a key; equal keys mean the same pronunciation
     */
    static String pronunciation(String word) {
        int n = word.length();
        int[] ini = new int[n];
        int[] med = new int[n];
        int[] fin = new int[n];
        for (int k = 0; k < n; k++) {
            char c = word.charAt(k);
            if (!Hangul.isSyllable(c)) {
                return word;
            }
            ini[k] = Hangul.initialIndex(c);
            med[k] = Hangul.medialIndex(c);
            fin[k] = Hangul.finalIndex(c);
            if (med[k] == 7 && ini[k] != 11 && ini[k] != 5) {
                med[k] = 5; // 제5항 다만 2: ㅖ after a consonant other than ㄹ is [ㅔ] (계좌 [게좌], 시계 [시게])
            } else if (med[k] == 19 && ini[k] != 11) {
                med[k] = 20; // 제5항 다만 3: ㅢ after a consonant is [ㅣ] (희망 [히망])
            } else if (med[k] == 6 && (ini[k] == 12 || ini[k] == 13 || ini[k] == 14)) {
                med[k] = 4; // 제5항 다만 1: 져, 쪄, 쳐 are [저, 쩌, 처] (고쳐 [고처])
            }
        }
        for (int k = 0; k + 1 < n; k++) {
            int f = fin[k];
            int next = ini[k + 1];
            // 제12항: ㅎ final
            if (f == 27 || f == 6 || f == 15) {
                int kept = f == 6 ? 4 : f == 15 ? 8 : 0;
                if (next == 11) {
                    fin[k] = kept; // 좋아 [조아], 괜찮아 [괜차나]
                } else if (next == 0 || next == 3 || next == 12) {
                    fin[k] = kept;
                    ini[k + 1] = next == 0 ? 15 : next == 3 ? 16 : 14; // 좋고 [조코]
                } else if (next == 2) {
                    fin[k] = kept == 0 ? 4 : kept; // 놓는 [논는]
                }
                f = fin[k];
            }
            if (next == 18) {
                int asp = switch (NEUTRAL[f]) {
                    case 1 -> 15;
                    case 7 -> 16;
                    case 17 -> 17;
                    default -> -1;
                };
                if (f == 22) {
                    asp = 14; // 잊혀 [이쳐]
                }
                if (asp >= 0) {
                    fin[k] = FINAL_KEPT[f];
                    ini[k + 1] = asp == 16 && med[k + 1] == 20 ? 14 : asp; // 축하 [추카]; 닫혀 [다쳐]
                    continue;
                }
                if (f == 0 || f == 4 || f == 8 || f == 16 || f == 21) {
                    ini[k + 1] = 11; // 보험 [보엄], 전화 [저놔]: the weak ㅎ
                    next = 11;
                }
            }
            if (next == 11 && f != 0 && f != 21) {
                // 연음 (제13항, 제14항); 구개음화 before 이 (제17항)
                int moved = DOUBLE_SECOND[f] >= 0 ? DOUBLE_SECOND[f] : FINAL_AS_INITIAL[f];
                fin[k] = DOUBLE_SECOND[f] >= 0 ? FINAL_KEPT[f] : 0;
                if (med[k + 1] == 20 && (moved == 3 || moved == 16)) {
                    moved = moved == 3 ? 12 : 14;
                }
                ini[k + 1] = moved;
                continue;
            }
            if (next != 11 && f != 0) {
                int neutral = NEUTRAL[f];
                if (next == 2 || next == 6) {
                    // 비음화 (제18항): 합니다 [함니다], 작년 [장년], 있는 [인는]
                    neutral = neutral == 1 ? 21 : neutral == 7 ? 4 : neutral == 17 ? 16 : neutral;
                }
                if (neutral == 4 && next == 5 || neutral == 8 && next == 2) {
                    neutral = 8; // 유음화 (제20항): 연락 [열락], 설날 [설랄]
                    ini[k + 1] = 5;
                }
                fin[k] = neutral;
                if ((f == 11 || f == 13) && (next == 0 || next == 3 || next == 9 || next == 12)) {
                    ini[k + 1] = next + 1; // 제25항: after a stem's ㄼ/ㄾ (짧지 [짤찌])
                }
                if ((neutral == 1 || neutral == 7 || neutral == 17)
                        && (next == 0 || next == 3 || next == 7 || next == 9 || next == 12)) {
                    ini[k + 1] = next + 1; // 경음화 (제23항): 식당 [식땅], 학교 [학꾜]
                }
            }
        }
        StringBuilder key = new StringBuilder(n * 3);
        for (int k = 0; k < n; k++) {
            key.append((char) ('a' + ini[k])).append((char) ('a' + med[k])).append((char) ('a' + fin[k]));
        }
        return key.toString();
    }

    /**
     * A one-letter "misspelling" that is another real word the learner wrote on purpose, not a slip
     * (the alignment paired two different words): the learner's word is a word an accepted answer of
     * the activity writes beside the other (싸게 샀어 read against 쌌어, where an accepted answer says
     * 가방 샀어. 진짜 쌌어), or the learner's noun is one an accepted answer writes (이 기구는 read against
     * 기계는 where another accepted answer says 이 기구), or both words are one syllable and dictionary words and the learner's
     * does not stand where the accepted answer has the other (안 넘으면 read against 원 이하면: 안, 원,
     * 못, 더, 잘 … are one letter from many other words; 수업에 몬 가요 for 수업에 못 가요, with the same
     * words around it, stays a misspelling, unless the accepted word is a verb the learner wrote
     * elsewhere: 와서 좀 봐 주세요 against 좀 와 주세요), or two dictionary nouns two letters apart or more
     * (구경했어요 against 수영했어요). Such a finding never fails the answer alone; which word fits is
     * the model's to judge.
     *
     * @param f        a finding of the comparison
     * @param answer   the learner's normalised answer
     * @param accepted the normalised accepted answers
     */
    static boolean otherWord(Finding f, String answer, List<String> accepted) {
        if (f.category() != ErrorCategory.SPELLING || !"spelling/letters".equals(Subtypes.of(f))
                || f.original() == null || f.correction() == null) {
            return false;
        }
        String[] d = Spacing.trimCommonWords(f.original(), f.correction());
        String o = d[0].strip();
        String c = d[1].strip();
        if (!o.isEmpty() && !o.contains(" ") && c.indexOf(' ') > 0 && c.indexOf(' ') == c.lastIndexOf(' ')) {
            return particleForWord(o, c) || otherCompound(o, c); // 항공편으로 read against 항공 우편으로 (session 16)
        }
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || o.equals(c)) {
            return false;
        }
        String stem = ArgumentCheck.stemAndParticle(o)[0];
        List<Morphology.Word> read = Morphology.analyse(o);
        boolean noun = read.size() == 1 && !read.getFirst().morphemes().isEmpty()
                && read.getFirst().morphemes().getFirst().is("NNG") && read.getFirst().morphemes().getFirst().form().equals(stem);
        for (String a : accepted) {
            List<String> w = words(a);
            if (w.contains(o) && w.contains(c)) {
                return true; // one accepted answer says both (가방 샀어. 진짜 쌌어): two words of this task
            }
            if (stem.length() >= 2 && noun
                    && w.stream().anyMatch(x -> ArgumentCheck.stemAndParticle(x)[0].equals(stem))) {
                return true; // 이 기구는 read against 기계는, where an accepted answer says 이 기구: the activity's own noun
            }
        }
        if (otherNoun(o, c) || nounMadeVerb(o, c) || longerNounWithoutParticle(o, c)) {
            return true;
        }
        if (LightVerbs.chosen(o, c, answer, accepted)) {
            return true; // 나중에 해요 after 계산은, 옷으로 하자, 환불받고 (session 25, s25a)
        }
        return o.length() == 1 && c.length() == 1 && KnownWords.contentWord(o) && KnownWords.contentWord(c)
                && (!anchored(words(answer), o, c, accepted) || verbElsewhere(o, c, answer, accepted));
    }

    /**
     * Two dictionary nouns of two syllables or more, two letters apart or more, each read by Nori as
     * the word's first morpheme (구경했어요 against 수영했어요): another noun, not a misspelt one; a
     * one-letter slip (근체에) stays a misspelling.
     */
    private static boolean otherNoun(String o, String c) {
        if (Hangul.jamoDistance(o, c) < 2) {
            return false;
        }
        String a = firstNoun(o);
        String b = firstNoun(c);
        return a != null && b != null && !a.equals(b) && a.length() >= 2 && b.length() >= 2
                && KnownWords.noun(a) && KnownWords.noun(b);
    }

    /**
     * The learner's word is the accepted word's noun made a verb with 하다 (분리수거하는 날 read against
     * 분리수거는, 예약하고 against 예약을): another construction of the same noun, not a misspelt word
     * (표준국어대사전 '-하다' 「접사」: a noun of action + 하다 is a verb). Nori reads the learner's word
     * with the derivational 하 (XSV, XSA) after the noun.
     */
    private static boolean nounMadeVerb(String o, String c) {
        String noun = ArgumentCheck.stemAndParticle(c)[0];
        if (noun.length() < 2 || !o.startsWith(noun) || o.length() == noun.length() || !KnownWords.noun(noun)) {
            return false;
        }
        char next = o.charAt(noun.length());
        if (next != '하' && next != '해' && next != '했' && next != '한' && next != '할' && next != '합') {
            return false;
        }
        List<Morphology.Word> read = Morphology.analyse(o);
        return read.size() == 1 && read.getFirst().morphemes().stream().anyMatch(m -> m.is("XSV", "XSA"));
    }

    /**
     * The learner's dictionary noun where the accepted answer writes another noun, a compound, in two
     * words (항공편으로 read against 항공 우편으로: 항공편 'a flight', 항공 우편 'airmail', both in
     * 표준국어대사전; a compound of 전문 용어 may be written spaced, 한글 맞춤법 제49항): the same particle
     * after two nouns two letters apart or more is another word, not a misspelt one. A slip inside the
     * compound (항공우펀으로: no dictionary noun) stays a misspelling.
     */
    private static boolean otherCompound(String o, String c) {
        String[] learner = ArgumentCheck.stemAndParticle(o);
        String[] wanted = ArgumentCheck.stemAndParticle(c.replace(" ", ""));
        String a = firstNoun(o);
        return a != null && a.equals(learner[0]) && learner[1].equals(wanted[1]) && a.length() >= 2
                && wanted[0].length() >= 2 && !a.equals(wanted[0]) && KnownWords.noun(a) && KnownWords.noun(wanted[0])
                && Hangul.jamoDistance(a, wanted[0]) >= 2;
    }

    /**
     * The learner's dictionary noun with a particle where the accepted answer writes the same noun and another
     * word after it (사진도 read against 사진 좀, 물만 against 물 한 …): a particle is a word class of its own,
     * attached to the noun (표준국어대사전 '도'⁵ 「조사」, '만'¹⁵ 「조사」; 한글 맞춤법 제41항, 조사는 그 앞말에 붙여
     * 쓴다), so the learner chose another word, not a misspelt one. A piece that is no particle (사진조 for
     * 사진 좀) stays a misspelling.
     */
    private static boolean particleForWord(String o, String c) {
        int space = c.indexOf(' ');
        String noun = c.substring(0, space);
        String word = c.substring(space + 1);
        return noun.length() >= 2 && o.length() > noun.length() && o.startsWith(noun)
                && Particles.isParticle(o.substring(noun.length())) && !Particles.isParticle(word)
                && KnownWords.noun(noun);
    }

    /** Case particles the spoken language leaves out after a noun before its predicate. */
    private static final Set<String> DROPPED_CASE = Set.of("이", "가", "을", "를", "은", "는");

    /**
     * The learner's bare dictionary noun of two syllables or more where the accepted answer has a shorter noun and
     * a case particle, the accepted noun beginning the learner's (시간 돼? read against 몇 시가 좋아?: 시간 되다 'to
     * have time', 표준국어대사전 '되다'¹ 「13」, and 시간 a noun of its own): another noun said with its case
     * particle left out, as the spoken language does (국립국어원 한국어 문법 1, 조사의 생략), not the accepted
     * word misspelt. A learner's word that is no dictionary noun (시갸) stays a misspelling.
     */
    private static boolean longerNounWithoutParticle(String o, String c) {
        String[] wanted = ArgumentCheck.stemAndParticle(c);
        if (!DROPPED_CASE.contains(wanted[1]) || wanted[0].isEmpty() || o.length() < 2
                || !o.startsWith(wanted[0]) || o.length() <= wanted[0].length()) {
            return false;
        }
        return o.equals(firstNoun(o)) && KnownWords.noun(o);
    }

    private static String firstNoun(String word) {
        List<Morphology.Word> read = Morphology.analyse(word);
        if (read.size() != 1 || read.getFirst().morphemes().isEmpty()) {
            return null;
        }
        Morphology.Morpheme first = read.getFirst().morphemes().getFirst();
        return first.is("NNG") && word.startsWith(first.form()) ? first.form() : null;
    }

    /**
     * Whether the accepted word is a verb the learner wrote in another word of the answer (와서 좀 봐
     * 주세요 read against 와 주세요: 오다 is the learner's 와서, so 봐 is 보다 meant, not a slip for 와).
     */
    private static boolean verbElsewhere(String o, String c, String answer, List<String> accepted) {
        String lemma = null;
        for (String a : accepted) {
            for (Morphology.Word w : Morphology.analyse(a)) {
                if (w.surface().equals(c) && !w.morphemes().isEmpty() && w.morphemes().getFirst().is("VV", "VA")) {
                    lemma = w.morphemes().getFirst().form();
                }
            }
        }
        if (lemma == null) {
            return false;
        }
        for (Morphology.Word w : Morphology.analyse(answer)) {
            if (!w.surface().equals(o) && !w.morphemes().isEmpty() && w.morphemes().getFirst().is("VV", "VA")
                    && w.morphemes().getFirst().form().equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the learner's word stands where an accepted answer has the other: the word before it
     * or the word after it is the same in both (수업에 몬 가요 / 수업에 못 가요).
     */
    private static boolean anchored(List<String> words, String o, String c, List<String> accepted) {
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).equals(o)) {
                continue;
            }
            for (String a : accepted) {
                List<String> aw = words(a);
                for (int j = 0; j < aw.size(); j++) {
                    if (aw.get(j).equals(c) && (i > 0 && j > 0 && words.get(i - 1).equals(aw.get(j - 1))
                            || i + 1 < words.size() && j + 1 < aw.size() && words.get(i + 1).equals(aw.get(j + 1)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A spelling finding of the comparison named by the class of its slip when this class finds the
     * same word (보엄도 → 보험도 is {@code spelling/sound}, 케익을 → 케이크를 {@code spelling/loanword}):
     * the explanation then names the rule. Other findings unchanged.
     *
     * @param f        a finding of the comparison
     * @param answer   the learner's normalised answer
     * @param accepted the normalised accepted answers
     */
    static Finding named(Finding f, String answer, List<String> accepted) {
        if (f.category() != ErrorCategory.SPELLING || f.original() == null) {
            return f;
        }
        String subtype = Subtypes.of(f);
        if (!subtype.equals("spelling/letters") && !subtype.equals("spelling/sound")) {
            return f;
        }
        String o = f.original().strip();
        for (Finding own : find(answer, accepted)) {
            if (own.original().equals(o)) {
                return f.as(own.subtype());
            }
        }
        return f;
    }
}
