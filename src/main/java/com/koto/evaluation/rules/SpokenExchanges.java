package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Precision classes of asking, inviting, declining and giving reasons (session 18, helper s18b; the eleventh-wave
 * probes {@code probe11-precision-a} and {@code -b}). Each method names a well-formed piece of spoken Korean that
 * the comparison with an accepted answer misreads as a slip; {@link #artefact} says a finding is one of them, and
 * {@code RuleEvaluator} then does not fail the answer on it (it passes unsure where the comparison stays unsure).
 * Each class has look-alikes that keep their finding (rows in {@code PrecisionClassesSession18bTest}).
 */
final class SpokenExchanges {

    /** One or more white-space characters, between typed words. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** Final question, exclamation, full-stop or tilde marks of a word. */
    private static final Pattern END_MARKS = Pattern.compile("[?!.~]+$");
    /** An interjection word that may open a reply (아, 아이고, 어, 음, 아유), with its punctuation. */
    private static final Pattern INTERJECTION = Pattern.compile("(아|아이고|어|음|아유)[,.!]*");
    /** The reason ending -(이)라서 / -(이)니까 at the end of a word. */
    private static final Pattern REASON_ENDING = Pattern.compile("(이라서|라서|이니까|니까)$");
    /** Final commas and full stops of a word. */
    private static final Pattern TRAILING_COMMA_STOP = Pattern.compile("[,.]+$");
    /** The copula's ending at the end of a word (이에요, 예요, 이야, 야, 입니다). */
    private static final Pattern COPULA_ENDING = Pattern.compile("(이에요|예요|이야|야|입니다)$");
    /** Final punctuation of a word (comma, full stop, question and exclamation marks, tilde). */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[,.!?~]+$");
    /** A word that ends a sentence (a full stop, question or exclamation mark last). */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]+$");

    private SpokenExchanges() {
    }

    /**
     * Whether the decisive finding is an alignment artefact of one of this class's readings.
     *
     * @param f       a decisive finding of the comparison
     * @param answer  the learner's answer, normalised
     * @param asTyped the answer as typed (NFC, punctuation kept), or null when unknown
     */
    static boolean artefact(Finding f, String answer, String asTyped) {
        if (f.original() == null || f.correction() == null || asTyped == null) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        String subtype = Subtypes.of(f);
        return switch (f.category()) {
            case VOCABULARY -> subtype.equals("vocabulary/extra_word") && negativeInvitation(o, asTyped)
                    || subtype.equals("vocabulary/word") && (speakerAsPartner(o, c) || estimateAsked(o, c, answer, asTyped)
                            || whichThing(o, c, answer) || declineWithCopula(o, c, asTyped));
            case PARTICLE_WRONG -> subtype.equals("particle_wrong/disjunction") && modestChoice(o, c, answer, asTyped);
            case ENDING -> subtype.equals("ending/copula") && reasonInNextSentence(o, c, asTyped);
            case SPELLING -> (subtype.equals("spelling/letters") || subtype.equals("spelling/sound"))
                    && adverbBeforeVerb(o, c, answer);
            default -> false;
        };
    }

    /**
     * 안 + -(으)ㄹ래(요)? as an invitation (영화 보러 안 갈래? for 영화 보러 갈래?, 커피 한잔 안 하실래요?): a negative
     * question about the listener's will asks 'won't you …?', a softer, common way to invite (Yeon &amp; Brown 2019,
     * -(으)ㄹ래요 and negative questions as suggestions; Sohn 1999 §8.4, negative questions of suggestion). Conditions:
     * the added word is 안 alone, the word after it ends in -(으)ㄹ래 or -(으)ㄹ래요, and a question mark follows as
     * typed. 안 갈래. (a refusal, 'I won't go') and 안 먹어 keep the added negation.
     */
    static boolean negativeInvitation(String o, String asTyped) {
        if (!o.equals("안")) {
            return false;
        }
        String[] words = WHITE_SPACE.split(asTyped.strip());
        for (int i = 0; i + 1 < words.length; i++) {
            String next = words[i + 1];
            if (!words[i].equals("안") || !next.endsWith("?")) {
                continue;
            }
            String verb = END_MARKS.matcher(next).replaceAll("");
            String stem = verb.endsWith("래요") ? verb.substring(0, verb.length() - 2)
                    : verb.endsWith("래") ? verb.substring(0, verb.length() - 1) : "";
            if (!stem.isEmpty() && Hangul.hasRieulFinal(stem.charAt(stem.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** The speaker with a comitative particle: 'with me' (표준국어대사전 '랑', '하고' 조사 「1」, '와' 「3」). */
    private static final Set<String> WITH_ME = Set.of("나랑", "나하고", "나와", "저랑", "저하고", "저와");

    /** Words of doing together (표준국어대사전 '같이' 「2」, '함께', '우리' 「1」). */
    private static final Set<String> TOGETHER = Set.of("같이", "함께", "우리", "우리끼리", "우리도");

    /**
     * 나랑 (저랑, 나하고 …) for 같이, 함께 or 우리 (나랑 영화 볼래? for 우리 영화 보자, 같이 영화 보러 갈래?): naming
     * the speaker as the listener's partner says that the two do it together, which 같이 and the inclusive 우리 say
     * (표준국어대사전 '랑' 조사 「1」 '어떤 행동을 함께 하는 대상', '같이' 「2」, '우리' 「1」; Yeon &amp; Brown 2019,
     * (이)랑 and 하고 'with'). Conditions: the learner's span is one of these comitative pronouns (followed by 같이
     * too, or alone) and the accepted span one of the words of togetherness. 친구랑 (another partner) and 나는 (the
     * speaker alone) keep their findings.
     */
    static boolean speakerAsPartner(String o, String c) {
        String[] ow = o.split(" ");
        return WITH_ME.contains(ow[0]) && (ow.length == 1 || ow.length == 2 && TOGETHER.contains(ow[1]))
                && TOGETHER.contains(c.split(" ")[0]) && c.split(" ").length == 1;
    }

    /**
     * A guessed amount checked with a yes/no question where the accepted answer asks how much (요금은 육만 원 정도
     * 나와요? for 요금은 얼마쯤 나와요?, 삼십 분쯤 걸려요? for 얼마나 걸려요?): asking whether one's estimate is right
     * asks the same thing as the question word (Sohn 1999 §7.2, yes/no questions and question words; Yeon &amp;
     * Brown 2019, 정도 and -쯤 'about'). Conditions: the learner's word is a number (in letters or digits), or the
     * unit right after one (오만 원쯤: 원쯤), the accepted span opens with 얼마 or 몇, and the learner's sentence is
     * typed with a question mark. As a statement (육만 원 정도 나와요.) the finding stays, and a wrongly formed number
     * (여섯만) is a counter error of its own.
     */
    static boolean estimateAsked(String o, String c, String answer, String asTyped) {
        if (o.contains(" ") || !(c.startsWith("얼마") || c.startsWith("몇"))) {
            return false;
        }
        if (!number(o)) {
            List<String> words = List.of(answer.split(" "));
            int at = words.indexOf(o);
            List<Morphology.Word> unit = Morphology.analyse(o);
            if (at < 1 || !number(words.get(at - 1)) || unit.size() != 1 || !unit.getFirst().startsWith("NNBC", "NNB", "NNG")) {
                return false;
            }
        }
        String sentence = sentenceOf(o, asTyped);
        return sentence != null && sentence.endsWith("?");
    }

    /** Forms of 것/거 with a particle and the same particle on 뭐/무엇 (표준국어대사전 '거'⁵, '걸'⁴, '뭘', '뭐'). */
    private static final Map<String, String> THING_FORMS = Map.ofEntries(
            Map.entry("거", ""), Map.entry("것", ""), Map.entry("걸", "를"), Map.entry("거를", "를"),
            Map.entry("것을", "를"), Map.entry("걸로", "로"), Map.entry("거로", "로"), Map.entry("것으로", "로"),
            Map.entry("게", "가"), Map.entry("것이", "가"), Map.entry("건", "는"), Map.entry("것은", "는"));

    private static final Map<String, String> WHAT_FORMS = Map.ofEntries(
            Map.entry("뭐", ""), Map.entry("무엇", ""), Map.entry("뭘", "를"), Map.entry("뭐를", "를"),
            Map.entry("무엇을", "를"), Map.entry("뭘로", "로"), Map.entry("뭐로", "로"), Map.entry("무엇으로", "로"),
            Map.entry("뭐가", "가"), Map.entry("무엇이", "가"));

    /** Determiners that make a question of the noun after them (표준국어대사전 '어떤' 「1」, '어느', '무슨'). */
    private static final Set<String> ASKING_DETERMINERS = Set.of("어떤", "어느", "무슨");

    /**
     * 어떤 거 (어떤 걸로, 어느 걸) for 뭐 (뭘로, 뭘) with the same particle (음료는 어떤 걸로 드릴까요? for 뭘로
     * 드릴까요?): 'which thing' asks for a choice as 'what' does (표준국어대사전 '어떤' 「1」 '사람이나 사물의 특성,
     * 내용 … 따위가 무엇인지 물을 때 쓰는 말'; '거'⁵ 의존 명사, the spoken 것). Conditions: the learner's word is a
     * form of 것/거 with the particle the accepted 뭐/무엇 form has, right after 어떤, 어느 or 무슨 in the answer.
     * 이런 걸로 (no question) and a 것 with another particle keep their findings.
     */
    static boolean whichThing(String o, String c, String answer) {
        String particle = THING_FORMS.get(o);
        if (particle == null || !particle.equals(WHAT_FORMS.get(c))) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals(o) && ASKING_DETERMINERS.contains(words[i - 1])) {
                return true;
            }
        }
        return false;
    }

    /** The polite and formal 'no' of a reply (표준국어대사전 '아니요', '아뇨', '아니' 「감탄사」). */
    private static final Set<String> NO = Set.of("아니요", "아뇨", "아니", "아닙니다");

    /**
     * 아니에요 (아닙니다) as the word that declines, for 아니요 (아니에요, 괜찮아요. for 아니요, 괜찮아요.): the
     * negative copula said on its own, '(it) is not (so)', answers an offer or thanks politely as 아니요 does (표준국어
     * 대사전 '아니다' 「형용사」 「1」; 국립국어원 표준 언어 예절 2011 and 온라인가나다 on 아니에요 in replies; Yeon &amp;
     * Brown 2019, 아니에요 'not at all'). Conditions: the learner's word is 아니에요 or 아닙니다, set off as typed by a
     * comma or sentence mark as the answer's first word (after an interjection such as 아), and the accepted word
     * is a 'no'. The misspelling 아니예요 (한글 맞춤법: 아니에요) keeps its finding.
     */
    static boolean declineWithCopula(String o, String c, String asTyped) {
        if (!(o.equals("아니에요") || o.equals("아닙니다")) || !NO.contains(c)) {
            return false;
        }
        String[] words = WHITE_SPACE.split(asTyped.strip());
        for (int i = 0; i < words.length && i < 2; i++) {
            if (words[i].matches(o + "[,.!]+")) {
                return true;
            }
            if (!INTERJECTION.matcher(words[i]).matches()) {
                return false;
            }
        }
        return false;
    }

    /** Endings of a suggestion or of the speaker's intent (Yeon &amp; Brown 2019: -(으)ㄹ까(요), -자, -(으)ㄹ래(요)). */
    private static final java.util.regex.Pattern SUGGESTING =
            java.util.regex.Pattern.compile(".*(까|까요|래|래요|자|시다|시죠)[?!.~]*");

    /**
     * N(이)나 of a modest choice in a suggestion (영화나 보러 갈까? for 영화 보러 갈까?, 커피나 마시자): (이)나 after a
     * noun offers it as one possible choice, 'a movie or something', softening the proposal (표준국어대사전 '이나'
     * 조사 「1」 '마음에 차지는 아니하나 그런대로 괜찮음', 「2」 여럿 가운데서 하나만을 선택함; Yeon &amp; Brown 2019,
     * (이)나 'or something'). Conditions: the learner's word is the accepted noun (bare or with 을/를) with the right
     * allomorph of (이)나 (나 after a vowel, 이나 after a consonant), and the sentence it stands in ends in a suggestion
     * or intent ending (-(으)ㄹ까, -자, -(으)ㄹ래, -(으)ㅂ시다). 영화이나 is an allomorph error of its own.
     */
    static boolean modestChoice(String o, String c, String answer, String asTyped) {
        if (o.contains(" ") || c.contains(" ") || !o.endsWith("나") || o.length() < 2) {
            return false;
        }
        // 이나 after a consonant (산책이나), 나 after a vowel (영화나); 영화이나 is neither
        String noun;
        if (o.endsWith("이나") && o.length() > 2 && Hangul.hasFinal(o.charAt(o.length() - 3))) {
            noun = o.substring(0, o.length() - 2);
        } else if (Hangul.isSyllable(o.charAt(o.length() - 2)) && !Hangul.hasFinal(o.charAt(o.length() - 2))) {
            noun = o.substring(0, o.length() - 1);
        } else {
            return false;
        }
        if (!(c.equals(noun) || c.equals(noun + "을") || c.equals(noun + "를"))) {
            return false;
        }
        String sentence = sentenceOf(o, asTyped);
        return sentence != null && SUGGESTING.matcher(sentence.substring(sentence.lastIndexOf(' ') + 1)).matches();
    }

    /** Connective adverbs that open a sentence of result (표준국어대사전 '그래서' 「부사」 「1」, '그러니까', '그러니'). */
    private static final Set<String> RESULT_OPENERS = Set.of("그래서", "그러니까", "그러니", "그래서요");

    /**
     * A reason told as a copula sentence of its own and the result opened by 그래서 (저도 여기 사람이 아니에요. 그래서
     * 잘 몰라요. for 사람이 아니라서 잘 몰라요): the connective adverb 그래서 joins two sentences as the connective
     * ending -아/어서 (-(이)라서) joins two clauses (표준국어대사전 '그래서' 「1」; Yeon &amp; Brown 2019, -아/어서 and
     * 그래서; 국립국어원 한국어 문법 2, 이어진 문장). Conditions: the learner's word is a well-formed copula sentence end
     * (이에요/예요/이야/입니다, or 아니에요/아니야/아닙니다) of the noun or 아니- that the accepted span joins with
     * -(이)라서 or -(이)니까, and as typed a sentence mark follows it and the next sentence opens with 그래서 (or
     * 그러니까). Without the sentence mark and 그래서, or with the misspelt 아니예요, the finding stays.
     */
    static boolean reasonInNextSentence(String o, String c, String asTyped) {
        String word = o.substring(o.lastIndexOf(' ') + 1);
        String base = copulaBase(word);
        String reason = c.substring(c.lastIndexOf(' ') + 1);
        String joined = REASON_ENDING.matcher(reason).replaceFirst("");
        if (base == null || joined.equals(reason) || !base.equals(joined)) {
            return false;
        }
        String[] words = WHITE_SPACE.split(asTyped.strip());
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].matches(java.util.regex.Pattern.quote(word) + "[.!]+")
                    && RESULT_OPENERS.contains(TRAILING_COMMA_STOP.matcher(words[i + 1]).replaceAll(""))) {
                return true;
            }
        }
        return false;
    }

    /** The noun (or 아니) before a well-formed sentence-final copula; null when the word is no such form. */
    private static String copulaBase(String w) {
        for (String negative : List.of("아니에요", "아니야", "아닙니다")) {
            if (w.equals(negative)) {
                return "아니";
            }
        }
        if (w.endsWith("아니예요") || !(Certainty.wellFormedCopula(w) || w.endsWith("입니다") && w.length() > 3)) {
            return null;
        }
        return COPULA_ENDING.matcher(w).replaceFirst("");
    }

    /**
     * A dictionary adverb before the accepted verb, read as a misspelling of that verb (어서 오셔서 드세요 for 와서
     * 드세요): 어서 'come on, quickly' urges the listener (표준국어대사전 '어서'¹ 「부사」 「1」「2」), and the learner's
     * next word is the accepted verb itself (오셔서: 오다 with -(으)시-), so the adverb was added, not the verb
     * misspelt. Conditions: Nori reads the learner's word as one adverb (MAG), and the next word of the answer starts
     * with the same verb stem as the accepted word (the first syllable's initial and vowel, or 오/와). 오서 드세요
     * (a malformed 와서) keeps its finding.
     */
    static boolean adverbBeforeVerb(String o, String c, String answer) {
        if (o.contains(" ") || c.contains(" ") || o.isEmpty() || c.isEmpty()) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (!words[i].equals(o)) {
                continue;
            }
            List<Morphology.Word> adverb = Morphology.analyse(o);
            if (adverb.size() != 1 || adverb.getFirst().morphemes().size() != 1 || !adverb.getFirst().startsWith("MAG")) {
                return false;
            }
            List<Morphology.Word> verb = Morphology.analyse(words[i + 1]);
            List<Morphology.Word> accepted = Morphology.analyse(c);
            return verb.size() == 1 && accepted.size() == 1 && verb.getFirst().verbal() && accepted.getFirst().verbal()
                    && verb.getFirst().morphemes().getFirst().form().equals(accepted.getFirst().morphemes().getFirst().form());
        }
        return false;
    }

    /** Sino-Korean numbers in letters with their units up to 억 (오만, 삼십오만, 이천). */
    private static final java.util.regex.Pattern SINO_NUMBER = java.util.regex.Pattern.compile("[일이삼사오육칠팔구십백천만억]+");

    /**
     * Whether the word is a number: digits first, a numeral Numerals knows, Nori's numeral (육만), or Sino-Korean
     * letters with 만 or 억, which Nori may split (오만: 오 + 만 'only').
     */
    private static boolean number(String word) {
        if (!word.isEmpty() && Character.isDigit(word.charAt(0)) || Numerals.number(word) != null
                || SINO_NUMBER.matcher(word).matches() && (word.contains("만") || word.contains("억")) && word.length() > 1) {
            return true;
        }
        List<Morphology.Word> w = Morphology.analyse(word);
        return w.size() == 1 && w.getFirst().morphemes().stream().allMatch(m -> m.is("NR", "SN"));
    }

    /** The typed sentence (ending with its mark, if any) that holds the word, or null. */
    private static String sentenceOf(String word, String asTyped) {
        String[] words = WHITE_SPACE.split(asTyped.strip());
        StringBuilder sentence = new StringBuilder();
        boolean found = false;
        for (String w : words) {
            sentence.append(sentence.isEmpty() ? "" : " ").append(w);
            if (TRAILING_MARKS.matcher(w).replaceAll("").equals(word)) {
                found = true;
            }
            if (SENTENCE_END.matcher(w).matches()) {
                if (found) {
                    return sentence.toString();
                }
                sentence.setLength(0);
            }
        }
        return found ? sentence.toString() : null;
    }
}
