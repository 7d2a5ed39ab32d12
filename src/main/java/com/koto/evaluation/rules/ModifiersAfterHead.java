package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A modifier written after the noun it modifies, on the learner's own words, whatever the accepted answer (session 26,
 * s26c; {@code word_order/phrase}, the phrase as written → turned round). The Korean noun phrase is head-final: a
 * determiner (관형사 이, 그, 이런, 무슨, 어느), a possessor (제, 내, 네) and a noun of colour (검은색) stand before the
 * noun they modify (Sohn 1999, §6.1 on the noun phrase: modifiers precede their head; 표준국어대사전 '이' 「관형사」,
 * '무슨' 「관형사」, '제'³ 「대명사」 '저'에 관형격 조사 '의'가 붙어 줄어든 말; 국립국어원 『외국인을 위한 한국어 문법
 * 1』 on 관형사). Indonesian puts them after (mantel ini, rumah kamu, payung hitam), and a learner who follows it writes
 * 코트 이, 집 너, 우산 검은색을. Three shapes, each read so that a right reading of the same words is left alone:
 * <ul>
 *   <li><b>a determiner after a bare noun, with no noun after it</b> (코트 이 드라이클리닝해 주세요 → 이 코트, 영화 무슨
 *       봤어? → 무슨 영화): a determiner modifies the noun after it, so one followed by a predicate or an adverb has
 *       nothing to modify but the noun before. 이 only after a noun ending in a vowel (코트 이, 사과 이): after a
 *       consonant 이 is also the subject particle written apart (책 이 있어요: spacing). 저 is not read (저 is also 'I':
 *       엄마 저 배고파요), nor 그 or 이 before a noun (컵 이 상자에 넣어: 'this box'), a number (비빔밥 이 개: 'two') or a
 *       person (민수 그 사람);</li>
 *   <li><b>a possessor after a bare noun</b>: the possessive forms 제, 내, 네 with 을/를 (택배 제를 → 제 택배를: 저를,
 *       나를, 너를 are the object forms, so 제를 is a possessor that took the noun's particle), and 제/내 alone before a
 *       predicate or an adverb (책 제 잃어버렸어요 → 제 책); the plain pronouns 나, 너, 저 only before a descriptive
 *       adjective of a thing in a statement (집 너 진짜 밝고 좋다! → 네 집): before a verb the pronoun is the subject
 *       after a topic (숙제 너 다 했어?, 가방 나 줘), before an adjective of feeling or fit it is the one who feels
 *       (이 집 나 진짜 좋아, 신발 너 커?), and 네 is also 'yes' (선생님 네 알겠습니다); 제가/내가 before a verb of what
 *       happens to a thing (노트북 제가 고장 났어요, 택배 제가 안 왔어요 → 제 택배가; session 38, s38b);</li>
 *   <li><b>a noun of colour with 을/를 after a bare noun</b> (우산 검은색을 두고 → 검은색 우산을, 티셔츠 노란색을 입고): the
 *       colour names the kind of the thing (검은색 우산). Not after a determiner (이 셔츠 흰색을 보여 주세요: the white
 *       one of this shirt), nor with (으)로 of choice (흰색으로 주세요), bare (우산 검은색 있어요?) or with the copula
 *       (우산 검은색이에요);</li>
 *   <li><b>an adjective's adnominal form after a bare noun, before a verb</b> (핸드폰 까만 보셨어요? → 까만 핸드폰): the
 *       -(으)ㄴ form modifies the noun after it, and a verb follows instead (핸드폰 까만 거 has its head 거).</li>
 * </ul>
 * Nouns of material (가방 가죽) are not read: N N there is also the part of the thing (가방 가죽이 좋아요).
 */
final class ModifiersAfterHead {

    private ModifiersAfterHead() {
    }

    /** Determiners read after a noun; 저 is left out (also 'I'). */
    private static final Set<String> DETERMINERS = Set.of("이", "그", "이런", "그런", "저런", "무슨", "어느");

    /** Question words a determiner never modifies (얼마, 뭐, 어디, 언제, 누구). */
    private static final Set<String> QUESTION_NOUNS = Set.of("얼마", "뭐", "무엇", "어디", "언제", "누구");

    /** Plain pronouns and the possessive form each takes before a noun (표준국어대사전 '내'², '네'², '제'³). */
    private static final Map<String, String> POSSESSIVE = Map.of("나", "내", "너", "네", "저", "제", "내", "내", "제", "제",
            "네", "네");

    /**
     * Adjectives that describe a thing itself, not how a person feels it or how it fits one (밝다, 넓다, 깨끗하다 …; not
     * 좋다, 크다, 편하다): after one of them a plain pronoun cannot be the one who feels, so 집 너 밝다 is 네 집.
     */
    private static final Set<String> THING_ADJECTIVES = Set.of("밝", "어둡", "넓", "좁", "예쁘", "깨끗하", "더럽", "멋있",
            "멋지", "귀엽", "조용하", "시끄럽", "새롭", "낡", "높", "낮", "비싸", "싸", "무겁", "가볍");

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw the answer as typed
     * @return word-order findings, each on the noun and its modifier as written → the modifier first; empty when none
     */
    static List<Finding> find(String raw) {
        return find(raw, List.of());
    }

    /**
     * The findings on the learner's raw answer, with the shapes an accepted answer attests ({@link #attestedAfter}).
     *
     * @param raw      the answer as typed
     * @param accepted the normalised accepted answers (the attested shapes read only a pair some accepted answer writes
     *                 modifier first)
     * @return word-order findings, each on the noun and its modifier as written → the modifier first; empty when none
     */
    static List<Finding> find(String raw, List<String> accepted) {
        List<Finding> out = new ArrayList<>();
        String typed = raw.replaceAll("\\s+", " ");
        for (SpeechLevels.AnalysedSentence sentence : SpeechLevels.analysedSentences(raw)) {
            List<String> words = sentence.words();
            List<Morphology.Word> analysed = sentence.analysed();
            for (int i = 0; i + 1 < words.size(); i++) {
                String noun = words.get(i);
                String next = words.get(i + 1);
                String headFirst = pastAfterTime(words, i, typed);
                if (headFirst == null && typed.contains(noun + " " + next)) {
                    headFirst = adjectiveBeforeCount(words, analysed, i);
                }
                if (headFirst != null) {
                    out.add(new Finding(ErrorCategory.WORD_ORDER, noun + " " + next, headFirst, "word_order/phrase"));
                    break;
                }
                if (!bareHead(noun, analysed.get(i)) || i > 0 && modifier(words.get(i - 1), analysed.get(i - 1))
                        || !typed.contains(noun + " " + next)) {
                    continue; // (이 셔츠 흰색을: the head already modified; 코트, 이 …: a comma between)
                }
                String turned = determinerAfter(words, analysed, i);
                if (turned == null) {
                    turned = possessorAfter(words, analysed, i, question(raw, words));
                }
                if (turned == null) {
                    turned = colourAfter(noun, next);
                }
                if (turned == null) {
                    turned = adjectiveAfter(words, analysed, i);
                }
                if (turned == null) {
                    turned = attestedAfter(words, analysed, i, accepted);
                }
                if (turned != null) {
                    out.add(new Finding(ErrorCategory.WORD_ORDER, noun + " " + next, turned, "word_order/phrase"));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether the typed sentence of these words ends in a question mark. */
    private static boolean question(String raw, List<String> words) {
        for (String part : raw.split("(?<=[.!?。])")) {
            if (SpeechLevels.sentences(part).stream().anyMatch(words::equals)) {
                return part.strip().endsWith("?");
            }
        }
        return false;
    }

    /** A common noun alone, no particle, that names a thing: no person, no time, no number, no pronoun. */
    private static boolean bareHead(String word, Morphology.Word w) {
        return w.morphemes().size() == 1 && w.startsWith("NNG") && !person(word)
                && !ArgumentCheck.isTimeNoun(word) && !Lexicon.MOVABLE.contains(word) && Numerals.number(word) == null
                && !DETERMINERS.contains(word) && word.length() >= 1;
    }

    /**
     * A noun that names a person (선생님, 엄마, 민수 씨), who may be called before the sentence: the honoured titles and
     * kin and the people the rules know. {@link MisplacedSi#person} is wider (any noun ending as 담당자 does: 모자).
     */
    private static boolean person(String word) {
        return HonorificWords.honoured(word) || Persons.MAY_BE_RAISED.contains(word) || Counters.person(word)
                || word.endsWith("님") || word.endsWith("씨") || word.endsWith("친구");
    }

    /** A determiner, a possessive pronoun or an adnominal form before the head (이 셔츠, 제 가방, 까만 우산). */
    private static boolean modifier(String word, Morphology.Word w) {
        return DETERMINERS.contains(word) || word.equals("저") || POSSESSIVE.containsKey(word) || w.has("MM")
                || w.verbal() && w.endsWith("ETM");
    }

    /** 코트 이 드라이클리닝해 → 이 코트; null when the word after the noun is no determiner left without its noun. */
    private static String determinerAfter(List<String> words, List<Morphology.Word> analysed, int i) {
        String noun = words.get(i);
        String det = words.get(i + 1);
        if (!DETERMINERS.contains(det) || i + 2 >= words.size()) {
            return null;
        }
        if (det.equals("이") && Hangul.hasFinal(noun.charAt(noun.length() - 1))) {
            return null; // 책 이 있어요: the subject particle written apart
        }
        Morphology.Word after = analysed.get(i + 2);
        // a predicate or an adverb after it (드라이클리닝해, 진짜), or a place name no determiner modifies (소포 이 인도네시아로)
        // (탑승구 어느 쪽이에요: a noun with the copula is a noun the determiner modifies, unless a question word: 모자 이 얼마예요)
        // (사과 이 얼마에요: a question word however its copula is spelt, which no determiner modifies; session 30)
        boolean nothingToModify = after.verbal() && !after.endsWith("ETM")
                        && (!after.has("VCP") || QUESTION_NOUNS.contains(after.morphemes().getFirst().form()))
                || !after.morphemes().isEmpty() && QUESTION_NOUNS.contains(after.morphemes().getFirst().form())
                        && QUESTION_NOUNS.stream().anyMatch(words.get(i + 2)::startsWith)
                || after.morphemes().size() == 1 && after.startsWith("MAG") && Numerals.number(words.get(i + 2)) == null
                || after.startsWith("NNP") && after.caseMarked();
        return nothingToModify ? det + " " + noun : null;
    }

    /** 택배 제를 → 제 택배를, 책 제 잃어버렸어요 → 제 책, 집 너 진짜 밝고 → 네 집; null otherwise. */
    private static String possessorAfter(List<String> words, List<Morphology.Word> analysed, int i, boolean question) {
        String noun = words.get(i);
        String word = words.get(i + 1);
        Morphology.Word w = analysed.get(i + 1);
        for (String p : List.of("제", "내", "네")) {
            if (word.equals(p + "를") || word.equals(p + "을")) {
                return p + " " + noun + Hangul.objectParticle(noun); // 제를: no object form of a pronoun (저를, 나를, 너를)
            }
        }
        String placed = pluralPossessorPlaced(noun, word, analysed.get(i));
        if (placed != null) {
            return placed;
        }
        String owner = ownerAsSubject(words, analysed, i, question);
        if (owner != null) {
            return owner;
        }
        if (!POSSESSIVE.containsKey(word) || word.equals("네") || w.morphemes().size() != 1 || !w.startsWith("NP")
                || i + 2 >= words.size()) {
            return null;
        }
        int q = predicateAfterAdverbs(analysed, i + 2);
        if (q < 0) {
            return null;
        }
        if (word.equals("제") || word.equals("내")) {
            return word + " " + noun;
        }
        List<Morphology.Morpheme> ms = analysed.get(q).morphemes();
        // 밝다 (VA), or 깨끗하다 read as a root and 하 (XR + XSA)
        String stem = ms.getFirst().is("VA") ? ms.getFirst().form()
                : ms.size() >= 2 && ms.getFirst().is("XR") && ms.get(1).is("XSA") ? ms.getFirst().form() + "하" : "";
        return !question && THING_ADJECTIVES.contains(stem) ? POSSESSIVE.get(word) + " " + noun : null;
    }

    /**
     * Adjectives said of a thing or a part of the body and never of a person as a whole (건조하다 of skin or air, 넓다,
     * 길다 …), after which 제가/내가 cannot be the subject: the pronoun is the possessor of the noun before it.
     */
    private static final Set<String> OWNED_THING_ADJECTIVES = Set.of("건조하", "넓", "좁", "밝", "어둡", "깨끗하", "더럽",
            "낡", "길", "짧", "까맣", "하얗", "빨갛", "노랗", "거칠", "부드럽", "촉촉하", "지저분하");

    /**
     * 피부 제가 너무 건조해요 → 제 피부가 (session 36, s36c): 제가/내가 is 'I' as a subject (표준국어대사전 '제'² 대명사
     * '저'에 주격 조사 '가'가 붙을 때의 형태), but after a bare noun and before an adjective said only of a thing or a part
     * of the body (건조하다, 길다, 넓다) it cannot be the subject: the learner wrote the possessor behind its noun, as
     * Indonesian 'kulit saya' does, and took the noun's 이/가. Statements only; before a verb the pronoun is the subject
     * after a topic (숙제 제가 할게요), and adjectives a person may be (크다, 예쁘다, 바쁘다) are left out.
     */
    private static String ownerAsSubject(List<String> words, List<Morphology.Word> analysed, int i, boolean question) {
        String word = words.get(i + 1);
        if (!word.equals("제가") && !word.equals("내가")) {
            return null;
        }
        String happening = happeningToThing(words, analysed, i);
        if (happening != null || question) {
            return happening;
        }
        int q = predicateAfterAdverbs(analysed, i + 2);
        if (q < 0) {
            return null;
        }
        List<Morphology.Morpheme> ms = analysed.get(q).morphemes();
        String stem = ms.getFirst().is("VA") ? ms.getFirst().form()
                : ms.size() >= 2 && ms.getFirst().is("XR", "NNG") && ms.get(1).is("XSA", "XSV") && ms.get(1).form().equals("하")
                        ? ms.getFirst().form() + "하" : ""; // 건조해요: Nori may tag the 하 of an adjective XSV
        if (!OWNED_THING_ADJECTIVES.contains(stem)) {
            return null;
        }
        String noun = words.get(i);
        boolean vowel = !Hangul.hasFinal(noun.charAt(noun.length() - 1));
        return word.charAt(0) + " " + noun + (vowel ? "가" : "이");
    }

    /**
     * Verbs of what happens to a thing and never to a person as a whole (고장 나다, 깨지다, 망가지다 …; 표준국어대사전 '고장'
     * ②, '깨지다' ①), after which 제가/내가 cannot be the subject (session 38, s38b).
     */
    private static final Set<String> THING_EVENTS = Set.of("고장나", "깨지", "부러지", "찢어지", "망가지", "터지", "꺼지",
            "켜지", "끊기", "끊어지", "잠기", "막히", "배송되", "발송되", "도착되");

    /** Verbs of arriving, said of a thing sent only after the nouns of {@link #SENT}: 택배 제가 안 왔어요. */
    private static final Set<String> ARRIVING = Set.of("오", "도착하", "들어오");

    /** Things that are sent and arrive (택배, 소포, 주문한 물건). */
    private static final Set<String> SENT = Set.of("택배", "소포", "짐", "물건", "상품", "주문", "편지", "우편물", "선물", "음식",
            "배달", "메일", "문자", "답장", "월급", "돈", "서류", "카드");

    /**
     * 택배 제가 아직 안 왔어요 → 제 택배가, 노트북 제가 고장 났어요 → 제 노트북이 (session 38, s38b; Indonesian 'paket saya
     * belum datang'): 제가/내가 after a bare thing and before a verb of what happens to a thing (고장 나다, 깨지다) or, after
     * a thing that is sent (택배, 소포), of arriving: the speaker cannot be its subject, so the pronoun is the possessor
     * behind its noun, which took the noun's 이/가. Questions too (택배 제가 왜 안 와요?). Not a person (친구 제가 안
     * 왔어요 'my friend' is read by no rule: 친구, 제가 … may be a vocative).
     */
    private static String happeningToThing(List<String> words, List<Morphology.Word> analysed, int i) {
        int q = i + 2;
        while (q < analysed.size() && (words.get(q).equals("안") || words.get(q).equals("못")
                || analysed.get(q).morphemes().size() == 1 && analysed.get(q).startsWith("MAG"))) {
            q++;
        }
        if (q >= analysed.size()) {
            return null;
        }
        String stem = words.get(q).equals("고장") && q + 1 < words.size()
                && (words.get(q + 1).startsWith("나") || words.get(q + 1).startsWith("났"))
                ? "고장나" : analysed.get(q).verbal() && !analysed.get(q).endsWith("ETM") ? VerbFrames.stem(analysed.get(q)) : "";
        if (analysed.get(q).morphemes().size() > 2 && analysed.get(q).morphemes().get(2).is("VX")
                && analysed.get(q).morphemes().get(2).form().equals("지")) {
            stem = stem + "지"; // 깨졌어: Nori reads 깨 + 어 + 지 (the passive -어지다)
        }
        String noun = words.get(i);
        boolean happens = THING_EVENTS.contains(stem) || ARRIVING.contains(stem) && SENT.contains(noun)
                && !words.get(q).endsWith("면"); // 택배 제가 오면 받을게요: 'when I come'

        if (!happens || person(noun)) {
            return null;
        }
        boolean vowel = !Hangul.hasFinal(noun.charAt(noun.length() - 1));
        return words.get(i + 1).charAt(0) + " " + noun + (vowel ? "가" : "이");
    }

    /**
     * The index of the first word from {@code from} on that is not a lone adverb (Nori MAG), when it is a predicate
     * that ends the clause (verbal, not an adnominal -ETM form); -1 otherwise (신발 제 너무 커요 → the index of 커요).
     */
    private static int predicateAfterAdverbs(List<Morphology.Word> analysed, int from) {
        int q = from;
        while (q < analysed.size() && analysed.get(q).morphemes().size() == 1 && analysed.get(q).startsWith("MAG")) {
            q++;
        }
        return q < analysed.size() && analysed.get(q).verbal() && !analysed.get(q).endsWith("ETM") ? q : -1;
    }

    /** The plural pronouns of persons, which stand before a noun as its possessor (저희 호텔, 우리 집, 너희 학교). */
    private static final Set<String> PLURAL_PRONOUNS = Set.of("저희", "우리", "너희");

    /** The particles of a place, which a pronoun of persons never takes (it takes 에게, 한테: 저희에게). */
    private static final Set<String> PLACE_PARTICLES = Set.of("에", "에서", "에는", "에서는", "에도", "에서도");

    /**
     * 호텔 저희에 오신 → 저희 호텔에 (session 30, s30b; Indonesian hotel kami): a plural pronoun of persons (저희, 우리,
     * 너희) before a noun is its possessor (표준국어대사전 '저희' 「대명사」 ①, '우리' ③ "말하는 이가 자기보다 높지 않은
     * 사람을 상대하여 자기와 관련된 것을 친근하게 이를 때"), and a place particle after it (에, 에서) marks a place, which a
     * person is not: a person takes 에게/한테 (표준국어대사전 '에' 「조사」 ① "앞말이 처소의 부사어임을 나타내는 격 조사";
     * '에게' 「조사」 "일정하게 제한된 범위를 나타내는 격 조사. 흔히 사람이나 동물을 나타내는 체언 뒤에 붙어"). So 저희에
     * after a bare noun is the possessor behind its noun, the noun's particle taken. Not 우리 after a noun of animals
     * (토끼 우리에 'in the rabbit hutch': 우리 'pen' is a noun too): 우리 only after a noun of the class 장소 or a home
     * (집, 방, 동네, 나라, 가게); never 저희가/우리가/저희를 (호텔 저희가 예약했어요: the subject after a topic).
     */
    private static String pluralPossessorPlaced(String noun, String word, Morphology.Word head) {
        for (String p : PLURAL_PRONOUNS) {
            if (word.startsWith(p) && PLACE_PARTICLES.contains(word.substring(p.length()))
                    && (!p.equals("우리") || Contrasts.inCategory(noun, "장소") || HOMES.contains(noun))
                    && KnownWords.noun(noun)) {
                return p + " " + noun + word.substring(p.length());
            }
        }
        return null;
    }

    /** Nouns of a home or a place one belongs to, which 우리 'our' names (우리 집, 우리 동네). */
    private static final Set<String> HOMES = Set.of("집", "방", "동네", "나라", "가게", "반", "교실", "사무실");

    /**
     * 우산 검은색을 → 검은색 우산을; null when the word is no colour noun ({@link Colours#noun}: 검은색, 검정, 빨강 …) with
     * 을/를.
     */
    private static String colourAfter(String noun, String word) {
        if (word.length() < 2 || !(word.endsWith("을") || word.endsWith("를"))) {
            return null;
        }
        String colour = word.substring(0, word.length() - 1);
        return Colours.noun(colour) ? colour + " " + noun + Hangul.objectParticle(noun) : null;
    }

    /**
     * 핸드폰 까만 보셨어요 → 까만 핸드폰, 가방 작은 있어요 → 작은 가방: an adjective's adnominal form (-(으)ㄴ) modifies the
     * noun after it (표준국어대사전 '-은' 「어미」 "앞말이 관형어 구실을 하게 하는 어미"), so one followed by a verb or
     * adjective has nothing to modify but the bare noun before it. Only an adjective stem with -(으)ㄴ alone, and a
     * next word that begins with a verb or adjective stem (not 거, 것, 수, 때: 핸드폰 까만 거 있어요 'a black one').
     */
    private static String adjectiveAfter(List<String> words, List<Morphology.Word> analysed, int i) {
        if (i + 2 >= words.size()) {
            return null;
        }
        List<Morphology.Morpheme> m = analysed.get(i + 1).morphemes();
        Morphology.Word after = analysed.get(i + 2);
        boolean adnominal = m.size() == 2 && m.getFirst().is("VA") && m.getLast().is("ETM");
        return adnominal && after.startsWith("VV", "VA", "VX") ? words.get(i + 1) + " " + words.get(i) : null;
    }

    /**
     * 초코 따뜻한 두 잔 → 따뜻한 초코 (session 36, s36c): an adjective's adnominal form (-(으)ㄴ) between a bare noun and a
     * numeral with its counter. The modifier stands before the noun it modifies (Sohn 1999, §6.1; 표준국어대사전 '-은'
     * 「어미」 "앞말이 관형어 구실을 하게 하는 어미"), and the count follows the noun (커피 두 잔), so the adjective has no
     * noun of its own after it: it modifies the noun before, written in the Indonesian order (cokelat panas dua). The
     * adjective a stem of 「형용사」 (VA) or a root with 하 (따뜻한, 시원한); the head one common or proper noun alone that
     * names a thing, not a quality ({@link #ATTRIBUTES}: 맛 좋은 두 가지 is a relative clause) and not already modified.
     */
    private static String adjectiveBeforeCount(List<String> words, List<Morphology.Word> analysed, int i) {
        if (i + 3 >= words.size() || ATTRIBUTES.contains(words.get(i)) || !numeral(words.get(i + 2))
                || Lexicon.COUNTERS.stream().noneMatch(words.get(i + 3)::startsWith)) {
            return null;
        }
        Morphology.Word head = analysed.get(i);
        List<Morphology.Morpheme> m = analysed.get(i + 1).morphemes();
        boolean adjective = m.size() == 2 && m.getFirst().is("VA") && m.getLast().is("ETM")
                || m.size() == 3 && m.get(0).is("XR") && m.get(1).is("XSA") && m.get(2).is("ETM");
        boolean thing = head.morphemes().size() == 1 && head.startsWith("NNG", "NNP") && !person(words.get(i))
                && !ArgumentCheck.isTimeNoun(words.get(i)) && Numerals.number(words.get(i)) == null;
        return adjective && thing && (i == 0 || !modifier(words.get(i - 1), analysed.get(i - 1)))
                ? words.get(i + 1) + " " + words.get(i) : null;
    }

    /**
     * Nouns of a quality a thing has (맛, 값, 색, 크기 …): before an adjective's modifier they are the subject of a relative
     * clause with its 이/가 dropped (맛 좋은 두 가지, 값 싼 세 개), which is Korean; left alone (session 36, s36c).
     */
    private static final Set<String> ATTRIBUTES = Set.of("맛", "값", "가격", "색", "색깔", "크기", "모양", "키", "머리", "날씨",
            "성격", "양", "질", "품질", "냄새", "소리", "공기", "분위기", "사이즈", "길이", "무게", "온도", "기분", "마음", "몸",
            "눈", "얼굴", "목소리", "인기", "경치", "전망");

    /** Whether the noun names a quality a thing has ({@link #ATTRIBUTES}), a relative clause's subject before a modifier. */
    static boolean attribute(String noun) {
        return ATTRIBUTES.contains(noun);
    }

    /** A numeral before a counter: native short forms (한, 두, 세 …), Sino-Korean numbers and digits. */
    private static boolean numeral(String word) {
        return Set.of("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "몇").contains(word)
                || word.matches("[0-9]+");
    }

    /** The time nouns 지난 modifies (지난 주말, 지난주, 지난 학기, 지난 토요일). */
    private static final Set<String> PAST_UNITS = Set.of("주말", "주", "달", "해", "학기", "방학", "월요일", "화요일", "수요일",
            "목요일", "금요일", "토요일", "일요일", "휴가", "여름", "겨울", "봄", "가을", "번", "생일", "연휴");

    /** 지난 with the particle a time noun takes (지난에, 지난은): the determiner-like modifier cannot take one. */
    private static final Pattern PAST_WITH_PARTICLE = Pattern.compile("지난(에|에는|엔|은|는|을|를|이|가|도|부터|까지)");

    /**
     * 주말 지난에 뭐 했어? → 지난 주말에 (session 36, s36c): 지난, the past modifier of 지나다 (표준국어대사전 '지난'
     * 「관형사」 이전의 또는 지나간: 지난 주말, 지난 학기), stands before the time noun it modifies, and as a modifier takes no
     * particle, so a particle on it after a bare time noun is the noun's, moved behind its modifier (Indonesian 'akhir
     * pekan lalu'). Only 지난 with a particle: 주말 지난 후에 ('after the weekend has passed') is a clause, and 주말 다음에
     * ('after the weekend') is the noun 다음.
     */
    private static String pastAfterTime(List<String> words, int i, String typed) {
        String noun = words.get(i);
        Matcher m = PAST_WITH_PARTICLE.matcher(words.get(i + 1));
        if (!PAST_UNITS.contains(noun) || !m.matches() || !typed.contains(noun + " " + words.get(i + 1))
                || i > 0 && Set.of("이번", "지난", "다음", "저번").contains(words.get(i - 1))) {
            return null;
        }
        return "지난 " + noun + m.group(1);
    }

    /** The copula's endings a learner writes straight after an adnominal form (아름다운입니다) and after a vowel. */
    private static final Map<String, String> COPULA_AFTER_VOWEL = Map.of("입니다", "입니다", "입니까", "입니까",
            "이에요", "예요", "이야", "야", "이다", "다", "이었어요", "였어요", "이었습니다", "였습니다");

    /**
     * Two shapes of a modifier after its bare noun that Korean never writes so, read only where an accepted answer
     * writes the same modifier before the same noun and none writes the learner's pair (session 32, s32d; Sohn 1999,
     * §6.1: modifiers precede their head; Indonesian puts them after: sekitar ini, kota indah, makanan sisa):
     * <ul>
     *   <li>a determiner (이, 그) with a place particle (근처 이에 → 이 근처에): a determiner takes no particle
     *       (표준국어대사전 '이' 「관형사」: 관형사는 조사와 결합하지 않는다), so the particle is the noun's, behind it; not
     *       before 따라, 대해, 대한, 관해, 관한, 의해, 앞서, 더해 (이에 따라: 이 the pronoun);</li>
     *   <li>an adjective's adnominal form with the copula fused to it (도시 아름다운입니다 → 아름다운 도시입니다): -(으)ㄴ
     *       makes a modifier of a noun (표준국어대사전 '-은' 「어미」 "앞말이 관형어 구실을 하게 하는 어미") and cannot
     *       take the copula itself, so the noun before is its head;</li>
     * </ul>
     * A verb's or adjective's adnominal form alone after a noun (음식 남은 포장) is not read: the noun is as often the
     * subject of a relative clause with its 이/가 dropped (콘센트 있는 자리, 날씨 좋은 날), which is correct Korean
     * (session 32, lead: two correct answers failed on the development sets).
     */
    private static String attestedAfter(List<String> words, List<Morphology.Word> analysed, int i,
            List<String> accepted) {
        String noun = words.get(i);
        String word = words.get(i + 1);
        String turned = null;
        String modifier = null;
        for (String det : List.of("이", "그")) {
            String particle = word.substring(Math.min(det.length(), word.length()));
            if (word.startsWith(det) && PLACE_PARTICLES.contains(particle) && (i + 2 >= words.size()
                    || !Set.of("따라", "대해", "대한", "관해", "관한", "의해", "앞서", "더해").contains(words.get(i + 2)))) {
                modifier = det;
                turned = det + " " + noun + particle;
            }
        }
        List<Morphology.Morpheme> m = analysed.get(i + 1).morphemes();
        if (turned == null && m.size() >= 3 && m.getFirst().is("VA", "VV") && m.get(1).is("ETM")
                && m.get(1).form().endsWith("ᆫ")) {
            for (Map.Entry<String, String> cop : COPULA_AFTER_VOWEL.entrySet()) {
                String adn = word.endsWith(cop.getKey()) ? word.substring(0, word.length() - cop.getKey().length()) : "";
                List<Morphology.Word> alone = adn.isEmpty() ? List.of() : Morphology.analyse(adn);
                if (alone.size() == 1 && alone.getFirst().morphemes().size() == 2 && alone.getFirst().endsWith("ETM")) {
                    boolean vowel = !Hangul.hasFinal(noun.charAt(noun.length() - 1));
                    modifier = adn;
                    turned = adn + " " + noun + (vowel ? cop.getValue() : cop.getKey());
                }
            }
        }
        if (turned == null) {
            return null;
        }
        String pair = noun + " " + modifier;
        String attested = modifier + " " + noun;
        boolean attests = accepted.stream().anyMatch(a -> (" " + a).contains(" " + attested));
        boolean writesPair = accepted.stream().anyMatch(a -> (" " + a + " ").contains(" " + pair + " ")
                || (" " + a).contains(" " + noun + " " + word));
        return attests && !writesPair ? turned : null;
    }
}
