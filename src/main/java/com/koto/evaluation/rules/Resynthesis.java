package com.koto.evaluation.rules;

import static com.koto.evaluation.text.Hangul.Medial.EO;
import static com.koto.evaluation.text.Hangul.Medial.I;
import static com.koto.evaluation.text.Hangul.Medial.WA;
import static com.koto.evaluation.text.Hangul.Medial.WO;
import static com.koto.evaluation.text.Hangul.Medial.YEO;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import com.koto.evaluation.text.Hangul.Final;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS.Tag;

/**
 * Malformed predicates found by conjugating the learner's stem and ending again (session 6, issue
 * 11). Nori analyses a wrong form into a stem and an ending as best it can (사으면 → 살 + 으면,
 * 씻어고 → 씻 + 어고, 비싸요지만 → 비싸 + 요 + 이 + 지만), so a comparison of lemmas does not see the
 * error; here each predicate word (어절) is taken apart into the stem the learner wrote and the
 * ending they attached, the ending is attached again by the rules of the standard grammar, and a
 * word whose written form differs from the regenerated one is an {@code ending} error, learner form
 * → regenerated form.
 *
 * <p>The rules (국립국어원 『외국인을 위한 한국어 문법 1』, 2005, and 남기심·고영근 『표준 국어 문법론』, on
 * 어간 and 어미;
 * 한글 맞춤법 제4장 제2절 어간과 어미, 제15항 – 제18항, and 제5절 준말, 제34항 – 제36항; Yeon &amp;
 * Brown, <i>Korean: A Comprehensive Grammar</i>, 2019, on verb endings), each a subtype:
 * <ul>
 * <li>{@code ending/yo_before_connective}: the polite 요 closes a sentence ending (해요체, 한글 맞춤법
 * 제17항: 요 is attached to a finished 해체 form); no connective ending follows it: 비싸요지만 →
 * 비싸지만, 먹어요서 → 먹어서, 맛있어요는데 → 맛있는데;</li>
 * <li>{@code ending/eu_insertion}: the 으 of -(으)면, -(으)세요, -(으)니까, -(으)려고, -(으)러 appears
 * only after a consonant stem (ㄹ excepted): 사으면 → 사면, 가으세요 → 가세요. A stem that itself ends
 * in 으 (모으다) or an ㅅ-irregular stem that lost its ㅅ (낫다 → 나으면) is right and left alone;</li>
 * <li>{@code ending/eu_missing}: and it stays after a consonant other than ㄹ: 먹면 → 먹으면, 앉세요 →
 * 앉으세요 (only stems whose final does not alternate);</li>
 * <li>{@code ending/infinitive_before_consonant}: a consonant-initial ending (-고, -지만, -는데) takes
 * the bare stem, not the -아/어 form: 씻어고 → 씻고; with the accepted answer's word at the same
 * place, also a contracted one: 빌려고 → 빌리고 (빌려고 is also 빌다 + -려고, so this is said only when
 * the accepted answer has 빌리고);</li>
 * <li>{@code ending/infinitive_contraction}: -어 written twice after a form that has already absorbed
 * it (한글 맞춤법 제34항, 제36항: 셔 = 시 + 어): 드셔어요 → 드셨어요 when the accepted answer says so,
 * else 드셔요; 하 + -어 not written 해 (하어 주세요 → 해 주세요; 표준국어대사전 '하다', 「여 불규칙」);</li>
 * <li>{@code spelling/vowel}: the ㅣ of a stem contracted with -어 but written without its glide where the
 * accepted word has it (걸러요 for 걸려요: 걸리 + 어요; 고처 for 고쳐): the word meant is the accepted one,
 * misspelt, as the gold sets file it (session 38: 13 of 14 items; 한글 맞춤법 제36항);</li>
 * <li>{@code irregular/eu_deletion}, {@code irregular/b}: the vowel of -아/어 after a stem that
 * alternates (한글 맞춤법 제18항): 바뻐서 → 바빠서 (ㅡ drops, -아 after ㅏ/ㅗ), 고마와요 → 고마워요 (워
 * except 돕다, 곱다);</li>
 * <li>{@code ending/copula}: the copula's 이 written twice after a consonant (회사원이입니다 →
 * 회사원입니다) or its past 였 after a consonant (원였어 → 원이었어; 표준국어대사전 '이다': 였 is 이었
 * contracted after a vowel; Yeon &amp; Brown 2019, on the copula);</li>
 * <li>{@code ending/infinitive}: -(으)세요 before the auxiliary 주다, which takes the -아/어 form: 말하세요
 * 주세요 → 말해 주세요;</li>
 * <li>{@code ending/infinitive_contraction}, {@code ending/vowel_harmony} of the past: -았/었- after a
 * stem in ㅏ, ㅓ, ㅕ contracts (사았는데 → 샀는데, 한글 맞춤법 제34항) and after ㅗ is -았- (오었어요 →
 * 왔어요, 제35항); 세어 where the accepted word is 세워 (세우 + 어);</li>
 * <li>{@code ending/modifier_form}: the modifier of 있다/없다 is -는, of other adjectives -(으)ㄴ (있은
 * 한식집 → 있는, 따뜻는 → 따뜻한);</li>
 * <li>{@code ending/ja_yo}: -자요 is not standard (시키자요 → 시키자, or the accepted 시켜요).</li>
 * </ul>
 * Each is decisive whatever the rest of the answer says ({@link GrammarSlips}): a malformed word is
 * wrong whatever the learner meant. Dialect and casual spellings are not regenerated: only the
 * standard forms above are compared, and every correct form of every set passes unchanged.
 */
final class Resynthesis {

    /**
     * The subtype of ㅓ written for the ㅕ of a stem in ㅣ + -어 (걸러요 for 걸려요, 고처 for 고쳐): a misspelling of the
     * accepted word (session 38, s38a), as {@code spelling/vowel}.
     */
    static final String UNCONTRACTED_I = "spelling/vowel";

    /** The ending 다, 까 or 다만. */
    private static final Pattern DA_KKA_DAMAN = Pattern.compile("다|까|다만");
    /** The ending 다 or 까. */
    private static final Pattern DA_KKA = Pattern.compile("다|까");
    /** A casual or polite tail (요, 서, 도, 야, 어, 어요, 었어요, 습니다) or nothing. */
    private static final Pattern CASUAL_POLITE_TAIL = Pattern.compile("|요|서|도|야|어|어요|었어요|었어|습니다");
    /** An ending after -아/-어 (어, 어요, 습니다, 다, 죠, 는데, 어서). */
    private static final Pattern EO_ENDING = Pattern.compile("어|어요|습니다|다|죠|지요|는데|어서");

    /** Connective endings that never follow the polite 요. */
    private static final List<String> CONNECTIVES = List.of("지만", "는데", "니까", "고", "서", "면");
    /** Consonant-initial connectives attached to the bare stem. */
    private static final Set<String> BARE_STEM = Set.of("지만", "는데", "고");
    /** The letters after the 으 of an 으-initial ending. */
    private static final List<String> AFTER_EU = List.of("면", "세요", "셨", "시", "셔", "니까", "려고", "러");
    /** The last syllables of the ㅅ-irregular stems, which drop ㅅ and keep 으 (나으면, 지으세요). */
    private static final String S_IRREGULAR = "긋낫붓잇잣젓짓";
    /** Vowels of a syllable that has already absorbed -아/어 (셔, 봐, 줘, 돼). */
    private static final Set<Integer> ABSORBED = Set.of(YEO, WA, WO, 10);
    /** The auxiliary 주다 after a main verb. */
    private static final Set<String> GIVE = Set.of("주세요", "주시겠어요", "주십시오", "주실래요", "줘요", "줘", "주실", "주시");

    private Resynthesis() {
    }

    /**
     * The first malformed predicate of the answer, repaired.
     *
     * @param answer   the normalised answer
     * @param accepted the normalised accepted answer it is compared with (chooses between two
     *                 regenerations and gives the word at the same place for the pair rules)
     * @return the finding and the answer with the word corrected; empty when every predicate is well formed
     */
    static Optional<PreChecks.Fix> find(String answer, String accepted) {
        String[] words = answer.split(" ");
        List<Morphology.Word> analysed = Morphology.analyse(answer);
        if (analysed.size() != words.length) {
            return StemEndings.find(answer, accepted); // (these read the letters, not Nori's words)
        }
        List<String> acceptedWords = List.of(accepted.split(" "));
        String[] desireJoined = desireJoined(words);
        int desire = speakersDesire(desireJoined, words, analysed);
        if (desire >= 0) {
            // (보내고 싶어 합니다 → 싶습니다: the item spans both words, so the finding and the repair do too)
            String own = DESIRE.get(desireJoined[desire].replace(" ", ""));
            return Optional.of(fix(desireJoined, desire, new String[] {own, "ending/desire_of_others"}));
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            Morphology.Word word = analysed.get(i);
            if (w.length() < 2) {
                continue;
            }
            String[] letters = copula(w, word);
            if (letters == null && word.morphemes().stream().noneMatch(Morphology.Morpheme::isParticle)) {
                // Nori reads some of these as other words (고마와요 → 고마 + 오다), so the letters decide
                letters = bHarmony(w);
            }
            if (letters != null) {
                return Optional.of(fix(words, i, letters));
            }
            if (i + 1 < words.length && GIVE.contains(words[i + 1])) {
                String inf = seyoBeforeGive(w, acceptedWords);
                if (inf != null) {
                    List<String> out = new ArrayList<>(List.of(words));
                    out.set(i, inf);
                    return Optional.of(new PreChecks.Fix(new Finding(ErrorCategory.ENDING, w + " " + words[i + 1],
                            inf + " " + words[i + 1], "ending/infinitive"), String.join(" ", out)));
                }
            }
            String[] modifier = i + 1 < words.length ? modifier(w, words[i + 1]) : null;
            if (modifier == null) {
                modifier = adjectiveNeunde(w); // 싶는데요 → 싶은데요, 있은데 → 있는데 (session 28)
            }
            if (modifier != null) {
                return Optional.of(fix(words, i, modifier));
            }
            // the letters decide these two: Nori reads a malformed 보을까 in more than one way
            String[] formal = Repairs.first(
                    () -> infinitiveBeforeL(w, word), // (해을게요 → 할게요, not 핼게요: 해 is 하다's -아/어 form)
                    () -> infinitiveWithoutL(w), // (봐래 → 볼래; session 17)
                    () -> euBeforeL(w),
                    () -> IrregularSlips.formalOnInfinitive(w), // (아파습니다 → 아픕니다; session 26)
                    () -> seumnidaOnInfinitiveOrCopula(w, word), // (싶어습니다, 계획이습니다; session 16)
                    () -> seumnidaAfterVowel(w));
            if (formal != null) {
                return Optional.of(fix(words, i, formal));
            }
            if (!predicate(word)) {
                continue;
            }
            String[] fixed = Repairs.first(() -> yoBeforeConnective(w), () -> euAfterVowel(w), () -> euMissing(w, word),
                    () -> infinitiveBeforeConsonant(w, word), () -> doubledInfinitive(w, acceptedWords),
                    () -> pastContraction(w, acceptedWords), () -> jaYo(w, word, acceptedWords));
            if (fixed == null) {
                fixed = harmonyOfAlternant(w, word);
                if (fixed != null && fixed[1].equals("irregular/eu_deletion") && acceptedWords.contains(fixed[0])) {
                    // 아퍼요 where the accepted answer has 아파요: a spelling, as most gold sets mark it, but with the
                    // rule named (spelling/vowel_harmony), and said whatever else differs (it passed when the
                    // comparison's letter finding was one of several differences); the rule as an ending covers a
                    // paraphrase that has no accepted word to compare
                    List<String> out = new ArrayList<>(List.of(words));
                    out.set(i, fixed[0]);
                    return Optional.of(new PreChecks.Fix(new Finding(ErrorCategory.SPELLING, w, fixed[0],
                            "spelling/vowel_harmony"), String.join(" ", out)));
                }
            }

            if (fixed == null && !acceptedWords.contains(w)) {
                fixed = againstAccepted(w, acceptedWords);
            }
            if (fixed != null && !fixed[0].equals(w)) {
                return Optional.of(fix(words, i, fixed));
            }
        }
        return StemEndings.find(answer, accepted);
    }

    /** The answer with word {@code i} replaced by {@code fixed[0]}, reported with subtype {@code fixed[1]}. */
    private static PreChecks.Fix fix(String[] words, int i, String[] fixed) {
        List<String> out = new ArrayList<>(List.of(words));
        out.set(i, fixed[0]);
        ErrorCategory category = fixed[1].startsWith("spelling/") ? ErrorCategory.SPELLING : ErrorCategory.ENDING;
        return new PreChecks.Fix(new Finding(category, words[i], fixed[0], fixed[1]), String.join(" ", out));
    }

    /** Whether Nori reads the word as a verb or adjective (a stem, or a noun with 하다). */
    private static boolean predicate(Morphology.Word word) {
        return word.has("VV", "VA", "XSV", "XSA") && !word.startsWith("MAG", "MM", "NP", "IC", "NNP");
    }

    /** The dictionary stem Nori gives: the morphemes up to the first verb or adjective stem (공부 + 하). */
    private static String stem(Morphology.Word word) {
        StringBuilder out = new StringBuilder();
        for (Morphology.Morpheme m : word.morphemes()) {
            out.append(m.form());
            if (m.is("VV", "VA", "XSV", "XSA")) {
                return out.toString();
            }
            if (!m.tag().startsWith("N") && !m.is("XR")) {
                return null;
            }
        }
        return null;
    }

    /** 비싸요지만 → 비싸지만, 먹어요서 → 먹어서, 가요니까 → 가니까; null when the word has no 요 before a connective. */
    private static String[] yoBeforeConnective(String w) {
        for (String conn : CONNECTIVES) {
            if (!w.endsWith("요" + conn) || w.length() < conn.length() + 2) {
                continue;
            }
            String base = w.substring(0, w.length() - conn.length() - 1); // 비싸, 먹어, 먹었어, 해
            char last = base.charAt(base.length() - 1);
            if (!Hangul.isSyllable(last) || Hangul.hasFinal(last) || last == '세' || last == '시') {
                return null;
            }
            // the learner's word up to 요 must be a polite predicate of its own (비싸요, 먹었어요): Nori's
            // reading of the whole malformed word varies (비싸 + 아 + 요지 + 만)
            List<Morphology.Word> polite = Morphology.analyse(base + "요");
            if (polite.size() != 1 || !predicate(polite.getFirst()) || !polite.getFirst().endsWith("EF")
                    || !polite.getFirst().morphemes().getLast().form().endsWith("요")) {
                return null;
            }
            String fixed;
            boolean past = base.length() >= 2 && (last == '어' || last == '아')
                    && Hangul.isSyllable(base.charAt(base.length() - 2))
                    && Hangul.finalIndex(base.charAt(base.length() - 2)) == 20; // ㅆ: 먹었어요
            if (conn.equals("서") || conn.equals("도")) {
                if (past) {
                    return null; // 먹었어요서: the past before -서 is itself wrong; left to the comparison
                }
                fixed = base + conn;
            } else if (past) {
                String pastStem = base.substring(0, base.length() - 1); // 먹었
                fixed = BARE_STEM.contains(conn) ? pastStem + conn : pastStem + "으" + conn;
            } else {
                String stem = stem(polite.getFirst());
                if (stem == null || stem.length() > base.length()
                        || !base.startsWith(stem.substring(0, stem.length() - 1))) {
                    return null;
                }
                boolean adjective = polite.getFirst().has("VA", "XSA") && !stem.endsWith("있") && !stem.endsWith("없");
                fixed = adjective && conn.equals("는데") ? modifierDe(stem) : attach(stem, conn);
            }
            return fixed == null ? null : new String[] {fixed, "ending/yo_before_connective"};
        }
        return null;
    }

    /**
     * A connective attached to a dictionary stem: bare before -고, -지만; ㄹ drops before -는데 and
     * -니까 (사는데, 아니까); 으 before -니까, -면 after a consonant other than ㄹ. Null for a stem whose
     * ㄷ, ㅂ, ㅅ or ㅎ may alternate before 으.
     */
    static String attach(String stem, String conn) {
        char last = stem.charAt(stem.length() - 1);
        int f = Hangul.finalIndex(last);
        String head = stem.substring(0, stem.length() - 1);
        if (conn.equals("고") || conn.equals("지만")) {
            return stem + conn;
        }
        if (conn.equals("는데")) {
            return (f == Final.L ? head + Hangul.withoutFinal(last) : stem) + conn;
        }
        // -(으)니까, -(으)면
        if (f == Final.NONE) {
            return stem + conn;
        }
        if (f == Final.L) {
            return conn.equals("면") ? stem + conn : head + Hangul.withoutFinal(last) + conn;
        }
        if (f == Final.D || f == Final.B || f == Final.S || f == Final.H) {
            return null;
        }
        return stem + "으" + conn;
    }

    /**
     * -(으)ㄴ데 of an adjective (좋은데, 비싼데, 긴데): adjectives take -(으)ㄴ데, not -는데 (Yeon &amp; Brown
     * 2019, on -는데/-(으)ㄴ데); null for a stem whose ㄷ, ㅂ, ㅅ or ㅎ may alternate.
     */
    static String modifierDe(String stem) {
        char last = stem.charAt(stem.length() - 1);
        int f = Hangul.finalIndex(last);
        String head = stem.substring(0, stem.length() - 1);
        if (f == Final.NONE) {
            return head + (char) (last + 4) + "데"; // ㄴ
        }
        if (f == Final.L) {
            return head + (char) (last - Final.L + 4) + "데";
        }
        if (f == Final.D || f == Final.B || f == Final.S || f == Final.H && last != '좋') {
            return null; // (좋다 is the regular adjective in ㅎ: 좋은데)
        }
        return stem + "은데";
    }

    /** 사으면 → 사면: 으 after a vowel stem; null when the word is no such form. */
    private static String[] euAfterVowel(String w) {
        for (String[] split : StemEndings.aroundEu(w)) {
            String p = split[0];
            String r = split[1];
            char last = p.charAt(p.length() - 1);
            if (!Hangul.isSyllable(last) || Hangul.hasFinal(last) || AFTER_EU.stream().noneMatch(r::startsWith)) {
                continue;
            }
            char withS = (char) (last + Final.S);
            boolean vowelStem = KnownWords.predicateStem(p) || last == '하' && p.length() > 1;
            // 모으면 (모으다), 나으면 (낫다) are right: the ㅅ-irregular verbs are a closed class of seven
            // (표준국어대사전 「ㅅ 불규칙 활용」: 긋다, 낫다, 붓다, 잇다, 잣다, 젓다, 짓다)
            if (vowelStem && !KnownWords.predicateStem(p + "으") && S_IRREGULAR.indexOf(withS) < 0) {
                return new String[] {p + r, "ending/eu_insertion"};
            }
        }
        return null;
    }

    /** The sentence-final forms of -고 싶어하다 and the -고 싶다 form of the same ending and tense. */
    private static final java.util.Map<String, String> DESIRE = java.util.Map.of("싶어합니다", "싶습니다",
            "싶어해요", "싶어요", "싶어했어요", "싶었어요", "싶어했습니다", "싶었습니다");

    /** The first-person pronouns with a subject or topic particle (저는, 제가, 나는, 내가, 저희는, 우리는). */
    private static final Set<String> FIRST_PERSON = Set.of("저는", "제가", "전", "나는", "내가", "난", "저희는",
            "저희가", "우리는", "우리가", "저도", "나도");

    /**
     * -고 싶어하다 said of the speaker (통장을 만들고 싶어합니다 → 만들고 싶습니다): -고 싶다 states the
     * speaker's own wish, -고 싶어하다 a third person's as others see it (국립국어원 『외국인을 위한 한국어
     * 문법 1』 (2005), '-고 싶다': 1·2인칭 주어, '-고 싶어하다': 3인칭 주어; Yeon &amp; Brown 2019, on -고
     * 싶다 and -아/어하다). Only an answer of one statement (no question) whose only subject or topic is
     * the speaker (저는, 제가) or none at all; any other noun with 이/가/은/는/께서 (동생이, 친구는,
     * 오늘은) leaves it alone. Subtype {@code ending/desire_of_others}.
     *
     * @param joined   the answer's words with the auxiliary written apart joined ({@link #desireJoined})
     * @param words    the answer's words
     * @param analysed Nori's analysis of each of {@code words}
     * @return the index in {@code joined} of the item to repair with {@link #DESIRE}; -1 when there is none
     */
    static int speakersDesire(String[] joined, String[] words, List<Morphology.Word> analysed) {
        int at = -1;
        for (int i = 1; i < joined.length; i++) {
            if (DESIRE.containsKey(joined[i].replace(" ", "")) && joined[i - 1].endsWith("고")) {
                at = i;
            }
        }
        return at < 0 || !ownSubjectOnly(words, analysed) ? -1 : at;
    }

    /**
     * The words with -아/어하다 after 싶다 written apart (싶어 합니다; 한글 맞춤법 제47항: 보조 용언은 띄어 씀을 원칙으로
     * 하되, 붙여 씀도 허용한다) as one item that keeps its space ("싶어 합니다"), so {@link #speakersDesire} reads both
     * spellings, and a finding on the item and its repair span both words.
     */
    private static String[] desireJoined(String[] words) {
        List<String> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("싶어") && i + 1 < words.length && DESIRE.containsKey(words[i] + words[i + 1])) {
                out.add(words[i] + " " + words[++i]);
            } else {
                out.add(words[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    /** Whether the answer's only subject or topic is the speaker, or it has none. */
    private static boolean ownSubjectOnly(String[] words, List<Morphology.Word> analysed) {
        for (int i = 0; i < words.length; i++) {
            boolean subject = analysed.get(i).morphemes().stream().anyMatch(m -> m.is("JKS", "JX")
                    && !m.form().equals("도") && !m.form().equals("만") || m.form().equals("께서"));
            if (subject && !FIRST_PERSON.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** The endings in -(으)ㄹ written after 을 (살을게요, 보을까), each attached to the word. */
    private static final List<String> AFTER_EUL = List.of("게요", "게", "래요", "래", "까요", "까");

    /**
     * 살을게요 → 살게요, 보을까 → 볼까: the -(으)ㄹ endings (-(으)ㄹ게요, -(으)ㄹ래, -(으)ㄹ까) take 으 only
     * after a consonant other than ㄹ; a vowel stem takes the bare ㄹ (보 + ㄹ까 = 볼까), and an ㄹ-stem
     * takes nothing, its own ㄹ serving (살 + ㄹ게요 = 살게요). Source: 국립국어원 『외국인을 위한 한국어
     * 문법 1』 (2005), '-을게요/-ㄹ게요', '-을래요/-ㄹ래요', '-을까요/-ㄹ까요' (ㄹ 받침 뒤에서는 '-ㄹ게요');
     * 한글 맞춤법 제18항 1 (ㄹ 탈락). Only words of which the part before 을 is a dictionary verb or
     * adjective stem; an ㄹ that may be a ㄷ-irregular stem's (들을까: 듣다, 걸을래: 걷다) and a stem in
     * 으 or an ㅅ-irregular stem (모을까, 지을게요: 짓다) are right and left alone, as are 먹을래 (a
     * consonant stem) and a noun with the object particle (살을 빼다: the ending is a word of its own).
     * Subtype {@code ending/eu_insertion}.
     *
     * @return the repaired word and subtype; null when the word is no such form
     */
    static String[] euBeforeL(String w) {
        int at = w.lastIndexOf('을');
        if (at < 1 || !AFTER_EUL.contains(w.substring(at + 1))) {
            return null;
        }
        String p = w.substring(0, at);
        char last = p.charAt(p.length() - 1);
        if (!Hangul.isSyllable(last) || !KnownWords.predicateStem(p) || KnownWords.predicateStem(p + "으") || ABSORBED.contains(Hangul.medialIndex(last))) {
            return null;
        }
        String head = p.substring(0, p.length() - 1);
        String r = w.substring(at + 1);
        int f = Hangul.finalIndex(last);
        if (f == Final.L) {
            if (KnownWords.predicateStem(head + (char) (last - Final.L + Final.D))) {
                return null; // 들을까 (듣다), 걸을래 (걷다): ㄷ-irregular, right
            }
            return new String[] {p + r, "ending/eu_insertion"};
        }
        // 지을게요 (짓다) is right; 만나을까 is not, 만낫- being no stem (as in seumnidaAfterVowel; session 26)
        boolean sStem = S_IRREGULAR.indexOf((char) (last + Final.S)) >= 0
                && (p.length() == 1 || KnownWords.predicateStem(head + (char) (last + Final.S)));
        if (f == Final.NONE && !sStem) {
            return new String[] {head + (char) (last + Final.L) + r, "ending/eu_insertion"};
        }
        return null;
    }

    /**
     * 봐을래 → 볼래, 먹어을까 → 먹을까 (session 16, helper eval30c): the -아/어 form of the stem before -(으)ㄹ래,
     * -(으)ㄹ까, -(으)ㄹ게(요); these endings attach to the stem, with ㄹ after a vowel or ㄹ and 을 after another
     * consonant (국립국어원 『외국인을 위한 한국어 문법 1』 (2005), '-을래요/-ㄹ래요', '-을까요/-ㄹ까요', '-을게요/-ㄹ게요';
     * the same rule as -(으)세요, -고: {@code ending/infinitive_before_consonant}). Only where the written part
     * before 을 is exactly the -아/어 form of Nori's stem ({@link SpeechLevels#infinitive}) and differs from it, and
     * the stem is regular (ㄷ, ㅂ, ㅅ, ㅎ finals left). Nori reads 봐을래 as 보 + 을래, with no error flagged.
     *
     * @return the repaired word and subtype; null when the word is no such form
     */
    static String[] infinitiveBeforeL(String w, Morphology.Word word) {
        int at = w.lastIndexOf('을');
        if (at < 1 || !AFTER_EUL.contains(w.substring(at + 1))) {
            return null;
        }
        String stem = stem(word);
        String inf = stem == null ? null : SpeechLevels.infinitive(stem);
        if (inf == null || inf.equals(stem) || !w.substring(0, at).equals(inf)) {
            return null;
        }
        char last = stem.charAt(stem.length() - 1);
        int f = Hangul.finalIndex(last);
        String r = w.substring(at + 1);
        if (f == Final.NONE) {
            return new String[] {stem.substring(0, stem.length() - 1) + (char) (last + Final.L) + r,
                "ending/infinitive_before_consonant"};
        }
        if (f == Final.L) {
            return new String[] {stem + r, "ending/infinitive_before_consonant"};
        }
        if (f == Final.D || f == Final.B || f == Final.S || f == Final.H) {
            return null;
        }
        return new String[] {stem + "을" + r, "ending/infinitive_before_consonant"};
    }

    /**
     * 봐래 → 볼래, 줘까요 → 줄까요, 해게요 → 할게요 (session 17, helper s17c): -(으)ㄹ래, -(으)ㄹ까, -(으)ㄹ게요 put
     * straight on the -아/어 form, with no ㄹ. These endings attach to the stem (ㄹ after a vowel, 을 after a
     * consonant: 국립국어원 『외국인을 위한 한국어 문법 1』 (2005), '-을래요/-ㄹ래요', '-을까요/-ㄹ까요', '-을게요/-ㄹ게요'),
     * as in {@link #infinitiveBeforeL} (봐을래). The letters decide, since Nori reads such a word in several ways: the
     * part before 래/까/게요 must be exactly the -아/어 form ({@link SpeechLevels#infinitive}) of a dictionary verb
     * or adjective stem whose -아/어 form differs from it (봐 of 보다, 줘 of 주다, 먹어 of 먹다, 해 of 하다); 가래, 서래,
     * 싸게요 (the stem itself), 뭐래 (뭐라고 해), 거래 (올 거래: 거라고 해) and a bare 게 (돼게, 맛있어게: the adverbial -게 misspelt, not -ㄹ게)
     * are left alone. Subtype {@code ending/infinitive_before_consonant}.
     *
     * @return the repaired word and subtype; null when the word is no such form
     */
    static String[] infinitiveWithoutL(String w) {
        String r = null;
        for (String e : List.of("래요", "래", "까요", "까", "게요")) {
            if (w.endsWith(e) && w.length() > e.length()) {
                r = e;
                break;
            }
        }
        String p = r == null ? "" : w.substring(0, w.length() - r.length());
        if (r == null || w.startsWith("뭐") || p.equals("거")) {
            return null; // (뭐래: 뭐라고 해; 올 거래: 거라고 해, the bound noun 거 = 것)
        }
        char last = p.charAt(p.length() - 1);
        if (!Hangul.isSyllable(last) || Hangul.hasFinal(last)) {
            return null;
        }
        String stem = stemOfInfinitive(p);
        if (stem == null) {
            return null;
        }
        char s = stem.charAt(stem.length() - 1);
        int f = Hangul.finalIndex(s);
        if (f == Final.NONE) {
            return new String[] {stem.substring(0, stem.length() - 1) + (char) (s + Final.L) + r,
                "ending/infinitive_before_consonant"};
        }
        if (f == Final.L) {
            return new String[] {stem + r, "ending/infinitive_before_consonant"};
        }
        return new String[] {stem + "을" + r, "ending/infinitive_before_consonant"};
    }

    /**
     * The dictionary stem whose -아/어 form ({@link SpeechLevels#infinitive}) is exactly {@code p} and differs from
     * it (봐 → 보, 먹어 → 먹, 해 → 하, 전화해 → 전화하, 아파 → 아프); null when {@code p} is no such form (가, 싸: the
     * stem itself).
     */
    static String stemOfInfinitive(String p) {
        if (p.isEmpty()) {
            return null;
        }
        char last = p.charAt(p.length() - 1);
        if (!Hangul.isSyllable(last) || Hangul.hasFinal(last)) {
            return null;
        }
        String head = p.substring(0, p.length() - 1);
        List<String> stems = new ArrayList<>();
        if (Hangul.initialIndex(last) == 11 && (Hangul.medialIndex(last) == 0 || Hangul.medialIndex(last) == 4)
                && !head.isEmpty()) {
            stems.add(head); // 먹어 → 먹
        }
        if (last == '해') {
            stems.add(head + '하');
        }
        int initial = Hangul.initialIndex(last);
        for (int medial : new int[] {8, 13, 20, 11, 18}) { // ㅗ ㅜ ㅣ ㅚ ㅡ (봐, 줘, 마셔, 돼, 써)
            stems.add(head + Hangul.compose(initial, medial, Hangul.Final.NONE));
        }
        for (String stem : stems) {
            // a noun + 하다 verb is read by its letters (전화해까: 전화하 is no dictionary stem)
            boolean known = KnownWords.predicateStem(stem) || stem.length() > 1 && stem.endsWith("하");
            if (!stem.isEmpty() && !stem.equals(p) && known && p.equals(SpeechLevels.infinitive(stem))) {
                return stem;
            }
        }
        return null;
    }

    /**
     * 계시습니까 → 계십니까, 가습니다 → 갑니다: the formal -습니다/-습니까 only after a consonant; a vowel
     * stem takes -ㅂ니다/-ㅂ니까, the ㅂ written as the stem's final (국립국어원 『외국인을 위한 한국어 문법
     * 1』 (2005), '-습니다/-ㅂ니다'; Yeon &amp; Brown 2019, on the formal style). The part before 습 must be
     * a dictionary verb or adjective stem in a vowel, -(으)시- after a stem (가시, 계시), or a noun with
     * 하; 했습니다, 먹습니다 and the ㅅ-irregular stems (나습니다 is not read so; 끝나습니다 is, 끝낫- being no
     * stem) are left alone. Subtype
     * {@code ending/formal_allomorph} (a learner form: the consonant allomorph after a vowel).
     *
     * @return the repaired word and subtype; null when the word is no such form
     */
    static String[] seumnidaAfterVowel(String w) {
        int at = w.indexOf("습니");
        if (at < 1 || !DA_KKA_DAMAN.matcher(w.substring(at + 2)).matches()) {
            return null;
        }
        String p = w.substring(0, at);
        char last = p.charAt(p.length() - 1);
        if (!Hangul.isSyllable(last) || Hangul.hasFinal(last) || ABSORBED.contains(Hangul.medialIndex(last))) {
            return null; // (돼습니까, 봐습니다: a stem that has absorbed -아/어 is another error, 됩니까)
        }
        // 나습니다 may be 낫다's ㅅ dropped; 끝나습니다 cannot, 끝낫- being no stem (session 11)
        String withS = p.substring(0, p.length() - 1) + (char) (last + Final.S);
        boolean sStem = S_IRREGULAR.indexOf((char) (last + Final.S)) >= 0 && (p.length() == 1 || KnownWords.predicateStem(withS));
        boolean stem = KnownWords.predicateStem(p) && !sStem
                || last == '시' && p.length() > 1 && KnownWords.predicateStem(p.substring(0, p.length() - 1))
                || last == '하' && p.length() > 1 && KnownWords.noun(p.substring(0, p.length() - 1));
        if (!stem) {
            return null;
        }
        return new String[] {p.substring(0, p.length() - 1) + (char) (last + Final.B) + w.substring(at + 1),
                "ending/formal_allomorph"};
    }

    /**
     * 싶어습니다 → 싶습니다, 계획이습니다 → 계획입니다 (session 16, helper eval30c): the formal -습니다/-습니까 on the
     * stem's -아/어 form, or on the copula's 이 as if it were a consonant stem. The formal ending attaches to the stem
     * (싶 + 습니다), and the copula 이 is a vowel stem, so it takes -ㅂ니다 (이 + ㅂ니다 → 입니다): 국립국어원
     * 『외국인을 위한 한국어 문법 1』 (2005), '-습니다/-ㅂ니다'; Yeon &amp; Brown 2019, the formal style and the copula.
     * The -아/어 form must be exactly that of Nori's stem ({@link SpeechLevels#infinitive}) and differ from it; the
     * copula only after a noun Nori reads with it (VCP). Subtype {@code ending/formal_allomorph}.
     *
     * @return the repaired word and subtype; null when the word is no such form
     */
    static String[] seumnidaOnInfinitiveOrCopula(String w, Morphology.Word word) {
        int at = w.lastIndexOf("습니");
        if (at < 2 || !DA_KKA.matcher(w.substring(at + 2)).matches()) {
            return null;
        }
        String p = w.substring(0, at);
        List<Morphology.Morpheme> ms = word.morphemes();
        if (p.endsWith("이") && ms.size() == 3 && ms.get(0).is("NNG", "NNP") && ms.get(1).is("VCP")
                && p.equals(ms.get(0).form() + "이")) {
            return new String[] {p.substring(0, p.length() - 1) + "입" + w.substring(at + 1), "ending/formal_allomorph"};
        }
        String stem = stem(word);
        if (stem == null && !ms.isEmpty() && ms.getFirst().is("VX")) {
            stem = ms.getFirst().form(); // (싶 of 싶다 is an auxiliary)
        }
        String inf = stem == null ? null : SpeechLevels.infinitive(stem);
        if (inf == null || inf.equals(stem) || !p.equals(inf)) {
            return null;
        }
        char last = stem.charAt(stem.length() - 1);
        String rest = w.substring(at + 1); // 니다, 니까
        if (!Hangul.hasFinal(last)) {
            return new String[] {stem.substring(0, stem.length() - 1) + (char) (last + Final.B) + rest,
                "ending/formal_allomorph"};
        }
        return Hangul.hasRieulFinal(last) ? null : new String[] {stem + "습" + rest, "ending/formal_allomorph"};
    }

    /**
     * 먹면 → 먹으면, 앉세요 → 앉으세요, 찍려고 → 찍으려고: an 으-initial ending after a consonant stem
     * keeps its 으 (ㄹ excepted: 살면). Only stems whose final does not alternate: not ㄷ and ㅂ (듣다,
     * 춥다 have regular twins), ㅅ only outside the seven ㅅ-irregular stems, ㅎ only for verbs and
     * 좋다 (그렇다, 빨갛다 are ㅎ-irregular).
     */
    private static String[] euMissing(String w, Morphology.Word word) {
        if (word.morphemes().size() < 2 || !word.startsWith("VV", "VA", "VX")) {
            return null;
        }
        String p = word.morphemes().getFirst().form();
        if (!w.startsWith(p) || w.length() <= p.length()) {
            return null;
        }
        char last = p.charAt(p.length() - 1);
        int f = Hangul.isSyllable(last) ? Hangul.finalIndex(last) : -1;
        boolean regular = f > 0 && f != Final.L && f != Final.D && f != Final.B
                && (f != Final.S || S_IRREGULAR.indexOf(last) < 0)
                && (f != Final.H || word.startsWith("VV") || last == '좋');
        String r = w.substring(p.length());
        if (!regular || AFTER_EU.stream().noneMatch(r::startsWith) || r.equals("시") || r.equals("니")) {
            return null;
        }
        return new String[] {p + "으" + r, "ending/eu_missing"};
    }

    /** 씻어고 → 씻고: the uncontracted -아/어 before -고, -지만, -는데 on a consonant stem. */
    private static String[] infinitiveBeforeConsonant(String w, Morphology.Word word) {
        for (String conn : BARE_STEM) {
            if (!w.endsWith(conn) || w.length() < conn.length() + 2) {
                continue;
            }
            char inf = w.charAt(w.length() - conn.length() - 1);
            String s = w.substring(0, w.length() - conn.length() - 1);
            if (inf != '어' && inf != '아' || s.isEmpty() || !Hangul.isSyllable(s.charAt(s.length() - 1))
                    || !Hangul.hasFinal(s.charAt(s.length() - 1)) || Hangul.finalIndex(s.charAt(s.length() - 1)) == 20) {
                continue; // (갔어고, 있어고: past and 있다 are left to the comparison)
            }
            String stem = stem(word);
            if (stem == null || !stem.equals(s)) {
                continue; // an irregular stem (들어고: 듣) or another reading
            }
            return new String[] {s + conn, "ending/infinitive_before_consonant"};
        }
        return contractedInfinitiveBeforeConsonant(w, word);
    }

    /**
     * 바꿔고 → 바꾸고, 공부해지만 → 공부하지만: the contracted -아/어 form of Nori's stem before -고, -지만,
     * -는데; only where the written part is exactly that stem's -아/어 form (SpeechLevels.infinitive) and
     * differs from the stem, so 빌려고 (빌 + -려고) and 가려고 are not read so.
     */
    private static String[] contractedInfinitiveBeforeConsonant(String w, Morphology.Word word) {
        String stem = stem(word);
        if (stem == null || w.endsWith("려고") || w.endsWith("려는데")) {
            return null; // -(으)려고, -(으)려는데 of a stem in ㄹ or a vowel (알려고, 빌려는데) whatever Nori reads
        }
        String inf = SpeechLevels.infinitive(stem);
        if (inf == null || inf.equals(stem)) {
            return null;
        }
        for (String conn : BARE_STEM) {
            if (w.equals(inf + conn)) {
                return new String[] {stem + conn, "ending/infinitive_before_consonant"};
            }
        }
        return null;
    }

    /**
     * 드셔어요 → 드셨어요 (the accepted answer's past) or 드셔요: -어 after a syllable that has already
     * absorbed it (셔 = 시 + 어, 봐 = 보 + 아, 줘 = 주 + 어, 해 = 하 + 여).
     */
    private static String[] doubledInfinitive(String w, List<String> acceptedWords) {
        for (String tail : List.of("", "요", "서", "도", "야")) {
            // 하어요, 하아서: 하 + -여/어 is written 해 (표준국어대사전 '하다' 「여 불규칙」; 한글 맞춤법 제34항 붙임 2)
            for (String open : List.of("하어", "하아")) {
                if (w.endsWith(open + tail) && w.length() > open.length() + tail.length()) {
                    return new String[] {w.substring(0, w.length() - open.length() - tail.length()) + "해" + tail,
                            "ending/infinitive_contraction"};
                }
                if (w.equals(open + tail)) {
                    return new String[] {"해" + tail, "ending/infinitive_contraction"};
                }
            }
        }
        for (String tail : List.of("어요", "어서", "어도")) {
            if (!w.endsWith(tail) || w.length() < tail.length() + 1) {
                continue;
            }
            char y = w.charAt(w.length() - tail.length() - 1);
            if (!Hangul.isSyllable(y) || Hangul.hasFinal(y) || !ABSORBED.contains(Hangul.medialIndex(y)) && y != '해') {
                continue;
            }
            String head = w.substring(0, w.length() - tail.length() - 1);
            String past = head + (char) (y + 20) + tail;
            if (acceptedWords.contains(past)) {
                return new String[] {past, "ending/infinitive_contraction"};
            }
            return new String[] {head + y + tail.substring(1), "ending/infinitive_contraction"};
        }
        return null;
    }

    /**
     * The vowel of -아/어 after a stem that alternates: a ㅡ-stem drops its ㅡ and takes -아 after a
     * syllable in ㅏ or ㅗ, else -어 (바쁘 → 바빠서, not 바뻐서; 예쁘 → 예뻐요; 한글 맞춤법 제18항 4, 표준국어대사전
     * 「으 탈락」); an ㅂ-irregular stem takes 워, except 돕다 and 곱다 with 와 (고맙 → 고마워, not 고마와;
     * 한글 맞춤법 제18항 6). Subtypes {@code irregular/eu_deletion}, {@code irregular/b}.
     */
    private static String[] harmonyOfAlternant(String w, Morphology.Word word) {
        if (word.morphemes().isEmpty() || !word.startsWith("VV", "VA")) {
            return null;
        }
        String stem = word.morphemes().getFirst().form();
        char last = stem.charAt(stem.length() - 1);
        if (!Hangul.isSyllable(last) || last == '르' || Hangul.medialIndex(last) != 18 || Hangul.finalIndex(last) != Final.NONE) {
            return null;
        }
        String head = stem.substring(0, stem.length() - 1);
        if (w.length() <= head.length() || !w.startsWith(head)) {
            return null;
        }
        int at = head.length();
        char y = w.charAt(at);
        if (!Hangul.isSyllable(y) || Hangul.finalIndex(y) != Final.NONE && Hangul.finalIndex(y) != 20 || Hangul.initialIndex(y) != Hangul.initialIndex(last)
                || Hangul.medialIndex(y) != 0 && Hangul.medialIndex(y) != EO) {
            return null;
        }
        String inf = SpeechLevels.infinitive(stem);
        if (inf == null) {
            return null;
        }
        return respelt(w, at, Hangul.medialIndex(inf.charAt(inf.length() - 1)), "irregular/eu_deletion");
    }

    /**
     * 와/워 after a listed ㅂ-irregular stem read from the letters (Nori reads 고마와요 as 고마 + 오다): 와
     * only for 돕다 and 곱다 (도와요), 워 otherwise (고마워요, 더워서). A verb in 오다 (나와요) is no such stem.
     */
    private static String[] bHarmony(String w) {
        for (int at = 1; at < w.length(); at++) {
            char y = w.charAt(at);
            String after = w.substring(at + 1);
            if (!Hangul.isSyllable(y) || Hangul.initialIndex(y) != 11 || Hangul.medialIndex(y) != WA && Hangul.medialIndex(y) != WO
                    || Hangul.finalIndex(y) != Final.NONE && Hangul.finalIndex(y) != 20
                    || !CASUAL_POLITE_TAIL.matcher(after).matches()) {
                continue;
            }
            char before = w.charAt(at - 1);
            if (!Hangul.isSyllable(before) || Hangul.hasFinal(before)) {
                continue;
            }
            String stem = w.substring(0, at - 1) + (char) (before + Final.B);
            if (!IrregularForms.bIrregular(stem) || KnownWords.predicateStem(w.substring(0, at) + (Hangul.medialIndex(y) == WA ? "오" : "우"))) {
                continue;
            }
            int want = stem.equals("돕") || stem.equals("곱") ? WA : WO;
            return respelt(w, at, want, "irregular/b");
        }
        return null;
    }

    /** The word with the vowel of syllable {@code at} made {@code medial}; null when it already is. */
    private static String[] respelt(String w, int at, int medial, String subtype) {
        char y = w.charAt(at);
        if (Hangul.medialIndex(y) == medial) {
            return null;
        }
        char right = Hangul.compose(Hangul.initialIndex(y), medial, Hangul.finalIndex(y));
        return new String[] {w.substring(0, at) + right + w.substring(at + 1), subtype};
    }

    /**
     * The copula after a noun in a consonant: 이 once (대학생이입니다 → 대학생입니다) and its past
     * 이었 (원였어 → 원이었어; 였 only after a vowel). Source: 표준국어대사전 '이다' (였 is 이었
     * contracted after a vowel); Yeon &amp; Brown 2019, on the copula. A noun that itself ends in 이
     * (고양이입니다) and a verb in 이 + 었 (먹였어요: 먹이다) are right and left alone.
     */
    private static String[] copula(String w, Morphology.Word word) {
        if (!word.has("VCP") || word.morphemes().isEmpty() || !word.morphemes().getFirst().tag().startsWith("N")) {
            return null;
        }
        for (String doubled : List.of("이입니다", "이이에요", "이이었")) {
            int at = w.indexOf(doubled);
            if (at > 0 && Hangul.hasFinal(w.charAt(at - 1)) && KnownWords.noun(w.substring(0, at))
                    && !KnownWords.noun(w.substring(0, at + 1))) {
                return new String[] {w.substring(0, at) + w.substring(at + 1), "ending/copula"};
            }
        }
        int at = w.indexOf('였');
        if (at > 0 && Hangul.hasFinal(w.charAt(at - 1)) && EO_ENDING.matcher(w.substring(at + 1)).matches()
                && KnownWords.noun(w.substring(0, at)) && !KnownWords.predicateStem(w.substring(0, at) + "이")) {
            return new String[] {w.substring(0, at) + "이었" + w.substring(at + 1), "ending/copula"};
        }
        return null;
    }

    /**
     * The word compared with the accepted answer's word of the same verb: 빌려고 for 빌리고 (the -아/어
     * form before -고), 걸러요 for 걸려요 (the glide of 걸리 + 어요 left out, a misspelling: {@link #UNCONTRACTED_I}).
     * Both learner forms are forms of other verbs (빌다, 거르다), so they are said wrong only against the
     * accepted word.
     */
    private static String[] againstAccepted(String w, List<String> acceptedWords) {
        for (String e : acceptedWords) {
            if (e.length() < 2 || e.charAt(0) != w.charAt(0)) {
                continue;
            }
            if (w.length() == e.length() && contractedBeforeConsonant(w, e)) {
                return new String[] {e, "ending/infinitive_before_consonant"};
            }
            if (w.length() == e.length() && uncontractedI(w, e) && !EndingContrast.voicePair(w, e)) {
                // the glide of ㅕ left out (걸러요, 고처, 가저다): the word meant is the accepted one, misspelt; the
                // gold files it as spelling on 13 of 14 items of all sets (session 38, s38a)
                return new String[] {e, UNCONTRACTED_I};
            }
            if (w.length() == e.length() && droppedU(w, e)) {
                return new String[] {e, "ending/infinitive_contraction"};
            }
        }
        return null;
    }

    /**
     * The learner's word is the accepted word with the stem's last syllable in its -아/어 form before a
     * consonant-initial ending (빌려고 for 빌리고: 빌리 → 빌려; 바꿔고 for 바꾸고), the accepted stem read by Nori.
     */
    private static boolean contractedBeforeConsonant(String w, String e) {
        int k = 0;
        while (k < w.length() && w.charAt(k) == e.charAt(k)) {
            k++;
        }
        String ending = k + 1 < e.length() ? e.substring(k + 1) : "";
        if (k == 0 || ending.isEmpty() || !w.substring(k + 1).equals(ending)
                || BARE_STEM.stream().noneMatch(ending::startsWith)) {
            return false;
        }
        String stem = e.substring(0, k + 1);
        String inf = SpeechLevels.infinitive(stem);
        if (inf == null || !inf.equals(w.substring(0, k + 1))) {
            return false;
        }
        List<Morphology.Word> accepted = Morphology.analyse(e);
        return accepted.size() == 1 && accepted.getFirst().startsWith("VV", "VA")
                && accepted.getFirst().morphemes().getFirst().form().equals(stem);
    }

    /** One syllable apart: ㅓ where the accepted word has ㅕ (= ㅣ + ㅓ) of a stem in ㅣ (걸러요 / 걸려요). */
    private static boolean uncontractedI(String w, String e) {
        String stem = contractionStem(w, e, YEO);
        // the accepted stem ends in ㅣ at that syllable: 걸리 + 어요
        int at = stem == null ? -1 : stem.length() - 1;
        return stem != null && Hangul.medialIndex(stem.charAt(at)) == I && Hangul.initialIndex(stem.charAt(at)) == Hangul.initialIndex(e.charAt(at));
    }

    /**
     * The accepted word's stem where the learner's word differs from it in one syllable only (not the
     * first), with ㅓ for the accepted word's {@code contracted} vowel (ㅕ of ㅣ + ㅓ, ㅝ of ㅜ + ㅓ) and the
     * same initial and final, and the accepted word, analysed as one word, has its stem end at that
     * syllable; null otherwise.
     */
    private static String contractionStem(String w, String e, int contracted) {
        int diff = Hangul.onlyDifference(w, e);
        if (diff < 1) {
            return null;
        }
        char a = w.charAt(diff);
        char c = e.charAt(diff);
        if (!Hangul.isSyllable(a) || !Hangul.isSyllable(c) || Hangul.medialIndex(a) != EO || Hangul.medialIndex(c) != contracted
                || Hangul.initialIndex(a) != Hangul.initialIndex(c) || Hangul.finalIndex(a) != Hangul.finalIndex(c)) {
            return null;
        }
        List<Morphology.Word> accepted = Morphology.analyse(e);
        if (accepted.size() != 1) {
            return null;
        }
        String stem = stem(accepted.getFirst());
        return stem != null && stem.length() == diff + 1 ? stem : null;
    }

    /**
     * 말하세요 주세요 → 말해, 찍으세요 주세요 → 찍어: -(으)세요 before the auxiliary 주다; the stem is read from
     * the letters before -(으)세요 and must be a dictionary verb (Nori reads 사세요 in context as a noun);
     * null for another word, and for 으 after a vowel (지으세요: ㅅ-irregular 짓다, left to the comparison).
     */
    private static String seyoBeforeGive(String w, List<String> acceptedWords) {
        if (!(w.endsWith("세요") || w.endsWith("셔요")) || w.length() < 3) {
            return null;
        }
        String stem = w.substring(0, w.length() - 2);
        boolean eu = stem.endsWith("으");
        if (eu) {
            stem = stem.substring(0, stem.length() - 1);
            if (stem.isEmpty() || !Hangul.hasFinal(stem.charAt(stem.length() - 1))) {
                return null;
            }
        } else if (Hangul.hasFinal(stem.charAt(stem.length() - 1))) {
            return null; // (먹세요: a missing 으 is another error)
        }
        if (eu) {
            return KnownWords.predicateStem(stem) ? SpeechLevels.infinitive(stem) : null;
        }
        // 가세요 is 가다 or 갈다 (ㄹ drops before 세), 드세요 is 들다 or 드시다: the stem is the one
        // dictionary verb among them, or the one the accepted answer uses
        char last = stem.charAt(stem.length() - 1);
        List<String> candidates = new ArrayList<>();
        for (String c : List.of(stem, stem.substring(0, stem.length() - 1) + (char) (last + Final.L), stem + "시")) {
            String inf = KnownWords.predicateStem(c) || c.equals(stem) && stem.length() > 1 && stem.endsWith("하")
                    ? SpeechLevels.infinitive(c) : null;
            if (inf != null) {
                candidates.add(inf);
            }
        }
        List<String> used = candidates.stream().filter(acceptedWords::contains).toList();
        return used.size() == 1 ? used.getFirst() : candidates.size() == 1 ? candidates.getFirst() : null;
    }

    /** The bound nouns of time after a past modifier (있은 지 3년, 일이 없은 후에): there 있은 is right. */
    private static final List<String> AFTER_PAST_MODIFIER = List.of("지", "후", "뒤", "다음", "적", "이후", "이래");

    /**
     * The modifier (관형사형) of an adjective and of 있다/없다 before a noun: 있다, 없다 and their
     * compounds (맛있다, 재미없다) take -는 (있는, 맛있는; 표준국어대사전 '있다' 「형용사」 활용 '있는'),
     * other adjectives -(으)ㄴ (따뜻한, 예쁜, 좋은; 국립국어원 『외국인을 위한 한국어 문법 1』 관형사형 어미;
     * Yeon &amp; Brown 2019, on the modifier endings). 있은/없은 before a bound noun of time (있은 지, 없은
     * 후) is the past modifier and right; a word that is also a verb (크는 아이: 크다 "grow") or a
     * noun with the topic 는 is left alone. Subtype {@code ending/modifier_form}.
     *
     * @param w    the learner's word
     * @param next the word after it (the noun it modifies)
     * @return the repaired word and subtype; null when the word is no such form
     */
    /** The endings built on the modifier -는/-(으)ㄴ: -데(요), -지(요), -가요 (the background, the embedded question). */
    private static final List<String> MODIFIER_DE = List.of("데요", "데", "지요", "지", "가요", "가");

    /**
     * -는데/-는지/-는가 by the stem's class (Yeon &amp; Brown 2019, -는데/-(으)ㄴ데: action verbs and 있다/없다 take
     * -는데, adjectives -(으)ㄴ데; 국립국어원 『외국인을 위한 한국어 문법 1』 '-(으)ㄴ데'): the auxiliary 싶다 of -고 싶다
     * is an adjective (표준국어대사전 '싶다' 「보조형용사」), so 싶는데요 → 싶은데요, 싶는지 → 싶은지; a dictionary
     * adjective likewise (좋는데 → 좋은데, {@link #modifierDe}); and 있다/없다 (맛있다, 재미없다 …) take -는-, so 있은데
     * → 있는데. Subtype {@code ending/modifier_form}; null for any other word (session 28, s28d).
     */
    static String[] adjectiveNeunde(String w) {
        for (String tail : MODIFIER_DE) {
            if (w.endsWith("있은" + tail) || w.endsWith("없은" + tail)) {
                String head = w.substring(0, w.length() - tail.length() - 1);
                return new String[] {head + "는" + tail, "ending/modifier_form"};
            }
            if (!w.endsWith("는" + tail) || w.length() < tail.length() + 2) {
                continue;
            }
            String p = w.substring(0, w.length() - tail.length() - 1);
            char end = p.charAt(p.length() - 1);
            if (p.endsWith("겠") || Hangul.isSyllable(end) && Hangul.finalIndex(end) == Final.SS) {
                continue; // -았/었는데, -겠는데: the tense marker takes -는데 whatever the stem (재밌었는데, 좋겠는데)
            }
            if (p.endsWith("싶")) {
                return new String[] {p + "은" + tail, "ending/modifier_form"};
            }
            var tags = KnownWords.tags(p);
            if (p.endsWith("있") || p.endsWith("없") || !tags.contains(Tag.VA) || KnownWords.noun(p)
                    || tags.contains(Tag.VV) || tags.contains(Tag.NP)) {
                continue;
            }
            String m = modifierDe(p);
            if (m != null) {
                return new String[] {m.substring(0, m.length() - 1) + tail, "ending/modifier_form"};
            }
        }
        return null;
    }

    static String[] modifier(String w, String next) {
        if (w.endsWith("있은") || w.endsWith("없은")) {
            if (AFTER_PAST_MODIFIER.stream().anyMatch(next::startsWith)) {
                return null;
            }
            return new String[] {w.substring(0, w.length() - 1) + "는", "ending/modifier_form"};
        }
        if (!w.endsWith("는") || w.length() < 2 || !Hangul.isSyllable(w.charAt(w.length() - 2))) {
            return null;
        }
        String p = w.substring(0, w.length() - 1);
        if (p.endsWith("싶")) {
            return new String[] {p + "은", "ending/modifier_form"}; // 하고 싶는 일 → 싶은 (싶다 is an adjective; session 28)
        }
        var tags = KnownWords.tags(p);
        if (p.endsWith("있") || p.endsWith("없") || KnownWords.noun(p) || tags.contains(Tag.VV)
                || tags.contains(Tag.NP)) {
            return null;
        }
        if (tags.contains(Tag.VA)) {
            String m = modifierDe(p);
            return m == null ? null : new String[] {m.substring(0, m.length() - 1), "ending/modifier_form"};
        }
        // 따뜻는: a root (XR) alone, of an adjective in 하다 (따뜻하다, 깨끗하다), with 는 for 한
        if (tags.equals(java.util.EnumSet.of(Tag.XR))) {
            return new String[] {p + "한", "ending/modifier_form"};
        }
        return null;
    }

    /**
     * The past -았/었- after a stem that must contract with it (한글 맞춤법 제34항: a stem in ㅏ or ㅓ
     * (and ㅕ: 켜었다 → 켰다) takes -았/었- contracted, 가았다 → 갔다, 서었다 → 섰다; 하다 takes 했 or 하였,
     * 표준국어대사전 「여 불규칙」), subtype {@code ending/infinitive_contraction}; and the vowel of
     * -았/었- after ㅗ and ㅜ (제35항: 보았다/봤다, 주었다/줬다 are both standard; 오었어요 is neither, 오다
     * takes 왔), subtype {@code ending/vowel_harmony}. Stems in ㅐ, ㅔ, ㅚ and ㅟ contract optionally
     * (되었어요, 배우었어요 are standard) and are left alone, as is an ㅅ-irregular stem that lost its ㅅ
     * (나았어요: 낫다, 저었어요: 젓다).
     *
     * @return the repaired word and subtype; null when the word has no such syllable pair
     */
    static String[] pastContraction(String w, List<String> acceptedWords) {
        for (int k = 1; k < w.length(); k++) {
            char t = w.charAt(k);
            if (t != '았' && t != '었') {
                continue;
            }
            char last = w.charAt(k - 1);
            if (!Hangul.isSyllable(last) || Hangul.hasFinal(last)) {
                continue;
            }
            String p = w.substring(0, k);
            String rest = w.substring(k + 1);
            boolean stem = KnownWords.predicateStem(p) || last == '하' && p.length() > 1 && KnownWords.noun(p.substring(0, k - 1));
            if (!stem || S_IRREGULAR.indexOf((char) (last + Final.S)) >= 0) {
                continue;
            }
            String head = w.substring(0, k - 1);
            int v = Hangul.medialIndex(last);
            if (last == '하') {
                return new String[] {head + "했" + rest, "ending/infinitive_contraction"};
            }
            if (v == 0 || v == EO || v == YEO) { // ㅏ, ㅓ, ㅕ: 가았 → 갔, 서었 → 섰, 켜었 → 켰
                if (v == 0 && t == '었' || v != 0 && t == '았') {
                    return null; // 가었: a wrong vowel as well; left to the comparison
                }
                return new String[] {head + (char) (last + 20) + rest, "ending/infinitive_contraction"};
            }
            boolean o = v == 8; // ㅗ
            boolean u = v == 13; // ㅜ
            if (o && t == '었' || u && t == '았') {
                String full = head + last + (o ? "았" : "었") + rest;
                char c = Hangul.compose(Hangul.initialIndex(last), o ? WA : WO, Hangul.Final.SS);
                String contracted = head + c + rest;
                // 오다 has only 왔 (오아 is not written); otherwise the accepted word's form, else the contraction
                return new String[] {acceptedWords.contains(full) && last != '오' ? full : contracted,
                        "ending/vowel_harmony"};
            }
            return null;
        }
        return null;
    }

    /**
     * -자요 (시키자요, 가자요): the casual proposal -자 with the polite 요, which the standard does not
     * form (국립국어원 온라인 가나다: '-자요' is not standard; the polite proposal is -아/어요 or -(으)ㅂ시다).
     * The repair is the accepted answer's word of the same stem (시키자, 시켜요, 시킵시다), else -자. A
     * noun in 자 with 요 (남자요, 의자요; Nori reads 자 as part of the noun) is left alone. Subtype {@code ending/ja_yo}.
     *
     * @param word Nori's analysis of the word
     * @return the repaired word and subtype; null when the word is no such form
     */
    static String[] jaYo(String w, Morphology.Word word, List<String> acceptedWords) {
        if (!w.endsWith("자요") || w.length() < 3) {
            return null;
        }
        String p = w.substring(0, w.length() - 2);
        // Nori reads 자 as the ending (먹 + 자 + 요), not as part of a noun (남자 + 요)
        boolean ending = word.morphemes().stream().anyMatch(m -> m.form().equals("자") && m.tag().startsWith("E"));
        if (!ending || !(KnownWords.predicateStem(p) || p.endsWith("하") && p.length() > 1)) {
            return null;
        }
        String head = p.substring(0, p.length() - 1);
        char last = p.charAt(p.length() - 1);
        for (String e : acceptedWords) {
            if (e.length() > head.length() && e.startsWith(head) && Hangul.isSyllable(e.charAt(head.length()))
                    && Hangul.initialIndex(e.charAt(head.length())) == Hangul.initialIndex(last) && !e.equals(w)
                    && (e.equals(p + "자") || e.endsWith("요") || e.endsWith("시다"))
                    && e.length() <= w.length() + 1) {
                return new String[] {e, "ending/ja_yo"};
            }
        }
        return new String[] {p + "자", "ending/ja_yo"};
    }

    /**
     * One syllable apart: 어 where the accepted word has 워 (= 우 + 어) of a stem in 우 (세어 for 세워:
     * 세우 + 어; 세어 is 세다 "count", so this is said only against the accepted word).
     */
    private static boolean droppedU(String w, String e) {
        String stem = contractionStem(w, e, WO);
        int at = stem == null ? -1 : stem.length() - 1;
        return stem != null && stem.charAt(at) == '우' && Hangul.initialIndex(e.charAt(at)) == 11;
    }
}
