package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Particles and endings a speaker chooses freely where the accepted answer chose another, which the
 * comparison reads as errors (session 9, helper eval14a, from the false alarms of sets Q and q5). Each
 * method recognises one class on the learner's own words; a finding of such a class is an alignment
 * artefact ({@link #artefact}): never decisive, so the answer passes unsure with the model answer
 * shown unless something else is certain.
 *
 * <p>All spans are normalised ({@link com.koto.evaluation.text.AnswerText#normalise}): {@code o} the
 * learner's span, {@code c} the accepted span, {@code answer} the learner's whole answer; {@code asTyped}
 * the answer as typed (sentence marks kept) or null.
 */
final class FunctionWordChoices {

    /** -요 or -다 at the end. */
    private static final Pattern POLITE_OR_PLAIN_END = Pattern.compile(".*(요|다)$");
    /** Digits with 시 or 일. */
    private static final Pattern NUMBER_HOUR_DAY = Pattern.compile("\\d+(시|일)");
    /** A break after a sentence-final mark (also 。) with the spaces after it. */
    private static final Pattern SENTENCE_BREAK_CJK = Pattern.compile("(?<=[.!?。])\\s*");
    /** A sentence mark (also 。), comma or ~. */
    private static final Pattern PUNCTUATION_CJK = Pattern.compile("[.!?。,~]");

    private FunctionWordChoices() {
    }

    /**
     * Whether the finding of a comparison with {@code accepted} belongs to one of the classes below.
     *
     * @param f        a finding of the comparison
     * @param answer   the learner's normalised answer
     * @param asTyped  the answer as typed, or null
     * @param accepted the normalised accepted answer of the comparison
     */
    static boolean artefact(Finding f, String answer, String asTyped, String accepted) {
        String o = f.original() == null ? "" : f.original().strip();
        String c = f.correction() == null ? "" : f.correction().strip();
        String subtype = Subtypes.of(f);
        return switch (f.category()) {
            case VOCABULARY -> subtype.equals("vocabulary/contrast") && bothAlternatives(o, c, answer, accepted)
                    || softQuestion(o, c, asTyped) || chosenItem(o, c, answer);
            case PARTICLE_WRONG -> chosenTime(o, c, answer) || chosenItem(o, c, answer)
                    // 몇 시까지 있어요? for 몇 시에 있어요?, 250으로 있어요? for 250 있어요? (session 36, s36a)
                    || subtype.equals("particle_wrong/until_for_location") && endOfLastingTime(o, c, answer)
                    || choiceMarked(o, c, answer)
                    || subtype.equals("particle_wrong/possessive") && genitiveAdded(o, c, answer, accepted) || subjectOfHonouredVerb(o, c, answer, accepted)
                    || subtype.equals("particle_wrong/object_for_topic") && objectNotTopic(o, c, answer);
            case PARTICLE_MISSING -> subtype.equals("particle_missing/possessive") && genitiveLeftOut(o, c, answer)
                    // 세 시 전에는 for 세 시까지, 250 있어요? for 250으로 있어요? (session 15, OtherFrames)
                    || subtype.equals("particle_missing/until") && OtherFrames.beforeForUntil(o, c, answer)
                    || subtype.equals("particle_missing/direction") && OtherFrames.subjectOfExistence(o, c, answer);
            case WORD_ORDER -> subtype.equals("word_order/verb_final") && politeParticle(o, answer, asTyped)
                    || subtype.equals("word_order/phrase") && modifierOfThing(o, c, answer);
            case ENDING -> softQuestion(o, c, asTyped) || subtype.equals("ending/copula") && politeParticle(o, answer, asTyped)
                    || subtype.equals("ending/modifier_or_connective") && (contrastForContrast(o, c) || PatternChoices.formalBut(o, c)
                            || POLITE_OR_PLAIN_END.matcher(c).matches() && backgroundClause(o, answer, asTyped)
                            || canForMust(o, c, answer) || sentenceForBackground(o, c, asTyped)
                            || sentenceForConnective(o, c, asTyped)); // 꺼. 숙제해야지. for 끄고 숙제해 (session 36)
            case INCOMPLETE -> StatedReasons.modifierNounLeftOut(o, c, answer, accepted);
            case SPELLING -> honouredSubject(o, c, answer) || chosenItem(o, c, answer) || copulaOfReason(o, answer) && notDirection(o, c)
                    // 언제 봅니까 for 언제입니까, 한강 가서 for 한강에서: a verb of the learner's, no misspelling (session 36)
                    || subtype.equals("spelling/letters") && verbForLetters(o, c, answer);
            case HONORIFIC -> subtype.equals("honorific/speech_level") && (complementOfEase(o, answer)
                    || copulaOfReason(o, answer) || backgroundClause(o, answer, asTyped));
            default -> false;
        };
    }

    /** Words that join the two halves of an alternative question (표준국어대사전 '아니면', '또는', '혹은'). */
    private static final Set<String> OR = Set.of("아니면", "또는", "혹은");

    /**
     * A contrast member in an alternative question ('A요, 아니면 B요?'): the learner offers both
     * sides (밥 먹고 먹어요, 아니면 먹기 전에 먹어요?) and the accepted answer names both members too
     * (식전에 먹어요, 식후에 먹어요?), so the learner's member is one of the accepted choices, said in
     * another order or another form (Yeon &amp; Brown 2019 on alternative questions with 아니면;
     * 표준국어대사전 '아니면' 「부사」 '그렇지 않으면'). The learner's answer must hold 아니면/또는/혹은
     * and the accepted answer the learner's member as well as the other.
     */
    static boolean bothAlternatives(String o, String c, String answer, String accepted) {
        if (o.isEmpty() || c.isEmpty() || o.equals(c)) {
            return false;
        }
        boolean or = false;
        for (String w : answer.split(" ")) {
            or |= OR.contains(w);
        }
        return or && accepted.contains(o) && accepted.contains(c);
    }

    /** Verbs of fixing or moving an appointment (예약하다, 잡다, 바꾸다, 옮기다, 미루다, 당기다, 정하다, 변경하다). */
    private static final List<String> ARRANGING = List.of("예약", "잡", "바꾸", "바꿔", "바꿨", "옮기", "옮겨",
            "미루", "미뤄", "당기", "당겨", "정하", "정해", "정했", "변경", "연기");

    /** Time nouns that name a slot one books (오후로 예약, 세 시로 바꿔). */
    private static final Set<String> SLOTS = Set.of("오전", "오후", "아침", "점심", "저녁", "밤", "내일", "모레",
            "주말", "평일", "다음주", "시", "반", "날", "날짜");

    /**
     * (으)로 of the chosen time before a verb of arranging (내일 오후로 예약할 수 있어요?, 세 시로 바꿔
     * 주세요) where the accepted answer has 에: (으)로 marks what one chooses or what a thing is changed
     * to (Yeon &amp; Brown 2019 on (으)로 of choice, 이걸로 할게요; 표준국어대사전 '로' 「조사」, 변화의 결과
     * and 선택: 약속을 다음 주로 미루다). The learner's word is the accepted noun with (으)로 for 에, the
     * noun names a time, and the next word is a verb of arranging. 오후로 가요 (motion) is not the class.
     */
    static boolean chosenTime(String o, String c, String answer) {
        if (!c.endsWith("에")) {
            return false;
        }
        String noun = c.substring(0, c.length() - 1);
        if (!(o.equals(noun + "로") || o.equals(noun + "으로")) || !timeNoun(noun)) {
            return false;
        }
        String next = wordAfter(o.substring(o.lastIndexOf(' ') + 1), answer);
        return next != null && ARRANGING.stream().anyMatch(next::startsWith);
    }

    /** Whether the noun phrase ends in a time noun (오후, 토요일, 세 시, 3시, 다음 주). */
    private static boolean timeNoun(String noun) {
        String last = noun.substring(noun.lastIndexOf(' ') + 1);
        return SLOTS.contains(last) || last.endsWith("요일") || NUMBER_HOUR_DAY.matcher(last).matches() || last.equals("주")
                || last.endsWith("오전") || last.endsWith("오후");
    }

    /** The word after the first occurrence of the one-word span in the answer, or null. */
    static String wordAfter(String o, String answer) {
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(o)) {
                return words[i + 1];
            }
        }
        return null;
    }

    /**
     * The polite 요 after a particle in an afterthought (가기로 했어요. 토요일에요.): the auxiliary
     * particle 요 follows a particle as well as a noun (표준국어대사전 '요'⁴ 「조사」: 어미나 체언, 부사, 조사
     * 뒤에 붙어 청자에게 존대; 주말에요, 친구하고요), so 토요일에요 is 토요일에 + 요, not a misspelt
     * 토요일이에요. Only a time noun with 에 (which needs no copula to make sense), standing alone as the
     * learner's sentence after a sentence of its own (the typed full stop): 오늘은 토요일에요 and
     * 805호에요 (no time, or not alone) stay copula errors.
     */
    static boolean politeParticle(String o, String answer, String asTyped) {
        if (asTyped == null) {
            return false;
        }
        String word = o.substring(o.lastIndexOf(' ') + 1);
        if (!word.endsWith("에요") || word.length() < 3) {
            return false;
        }
        String noun = word.substring(0, word.length() - 2);
        if (!(noun.endsWith("요일") || Set.of("주말", "오전", "오후", "아침", "저녁", "밤", "내일", "모레", "평일").contains(noun))) {
            return false;
        }
        // the typed sentences: the word alone in a sentence that is not the first
        String[] sentences = SENTENCE_BREAK_CJK.split(asTyped.strip());
        for (int i = 1; i < sentences.length; i++) {
            String s = PUNCTUATION_CJK.matcher(sentences[i]).replaceAll("").strip();
            if (s.equals(word) || s.endsWith(" " + word) && s.split(" ").length == 2 && s.startsWith("이번 ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * -지만 for -(으)ㄴ/는데 of contrast, or the reverse (날씨는 좋았지만 바람이 불었어 for 좋았는데): both join
     * two clauses that contrast (Yeon &amp; Brown 2019, -지만 'but' and -(으)ㄴ/는데 'but, and'; 한국어기초사전
     * '-는데' ②, 대조). The same stem with the one ending for the other, -는데 after a verb, 있다/없다 or
     * a tense ending and -(으)ㄴ데 after an adjective (죄송하는데 for 죄송하지만 stays an error).
     */
    static boolean contrastForContrast(String o, String c) {
        if (o.contains(" ") || c.contains(" ")) {
            return false;
        }
        return butFor(o, c) || butFor(c, o);
    }

    private static boolean butFor(String jiman, String neunde) {
        if (!jiman.endsWith("지만") || jiman.length() < 3) {
            return false;
        }
        String stem = jiman.substring(0, jiman.length() - 2);
        char last = stem.charAt(stem.length() - 1);
        // -는데 after a verb, 있다/없다 or a tense ending (좋았는데, 가는데); -(으)ㄴ데 after an adjective
        // (작은데, 큰데); 죄송하는데 is a malformed adjective, not the class
        boolean tense = Hangul.isSyllable(last) && Hangul.finalIndex(last) == Hangul.Final.SS || stem.endsWith("있")
                || stem.endsWith("없") || stem.endsWith("겠");
        List<Morphology.Morpheme> ms = Morphology.analyse(jiman).stream().findFirst()
                .map(Morphology.Word::morphemes).orElse(List.of());
        boolean verb = !ms.isEmpty() && ms.getFirst().is("VV") && ms.stream().noneMatch(m -> m.is("XSA"));
        boolean adjective = !ms.isEmpty() && (ms.getFirst().is("VA") || ms.stream().anyMatch(m -> m.is("XSA")));
        if (neunde.equals(stem + "는데")) {
            return tense || verb;
        }
        if (tense || !adjective) {
            return false;
        }
        if (neunde.equals(stem + "은데")) {
            return true;
        }
        // an open syllable takes ㄴ as its final (크지만 → 큰데)
        if (Hangul.isSyllable(last) && !Hangul.hasFinal(last)) {
            String withN = stem.substring(0, stem.length() - 1) + (char) (last + Hangul.Final.N);
            return neunde.equals(withN + "데");
        }
        return false;
    }

    /**
     * -(으)시- of an honoured subject read as a slip for another verb (할머니가 드실 건데요 for 할머니께 드릴
     * 건데: 드시다 'eat', honorific, for 드리다 'give', humble): the learner's word differs from the
     * accepted one in the syllable of -(으)시- only, and the word before it is an honoured person as the
     * subject (이/가, 께서). Subject honorification follows the subject (표준 언어 예절 2011, 주체 높임;
     * Sohn 1999); the two verbs say the same scene from either side. 제가 드실 stays.
     */
    static boolean honouredSubject(String o, String c, String answer) {
        if (o.contains(" ") || o.length() != c.length() || o.length() < 2) {
            return false;
        }
        int diff = -1;
        for (int i = 0; i < o.length(); i++) {
            if (o.charAt(i) != c.charAt(i)) {
                if (diff >= 0) {
                    return false;
                }
                diff = i;
            }
        }
        if (diff < 1) {
            return false;
        }
        char s = o.charAt(diff);
        boolean si = s >= '시' && s <= '싷' || s >= '셔' && s <= '셯';
        if (!si) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals(o)) {
                String before = words[i - 1];
                return (before.endsWith("께서") || before.endsWith("이") || before.endsWith("가"))
                        && NaturalVariants.elderSubject(o, answer);
            }
        }
        return false;
    }

    /**
     * The honoured person as the subject of the learner's -(으)시- verb where the accepted answer makes
     * them the receiver of the humble verb (아버지가 드실 거예요 for 아버지께 드릴 거예요): with 드시다 the
     * person eats, so 이/가 or 께서 is the right particle (표준 언어 예절 2011, 주체 높임; Sohn 1999). The
     * learner's word is an honoured person ({@link NaturalVariants#elderSubject}'s list) with 이/가/께서,
     * the accepted one the same person with 께 or 에게, and the next word is an -(으)시- form that
     * {@link #honouredSubject} reads against an accepted word.
     */
    static boolean subjectOfHonouredVerb(String o, String c, String answer, String accepted) {
        if (o.contains(" ") || !(c.endsWith("께") || c.endsWith("에게"))) {
            return false;
        }
        String person = c.endsWith("께") ? c.substring(0, c.length() - 1) : c.substring(0, c.length() - 2);
        if (!(o.equals(person + "이") || o.equals(person + "가") || o.equals(person + "께서"))) {
            return false;
        }
        String verb = wordAfter(o, answer);
        if (verb == null) {
            return false;
        }
        for (String w : accepted.split(" ")) {
            if (honouredSubject(verb, w, answer)) {
                return true;
            }
        }
        return false;
    }

    /** Adjectives and verbs that take a -기 complement (깨지기 쉽다, 먹기 어렵다, 보기 좋다, 시작하다). */
    private static final List<String> EASE = List.of("쉽", "쉬우", "쉬워", "어렵", "어려우", "어려워", "좋", "싫",
            "편하", "편해", "힘들", "시작", "불편");

    /**
     * A speech-level finding on a -기 complement (깨지기 쉬우니까 조심해 주시고요): V-기 before 쉽다,
     * 어렵다, 좋다, 싫다, 편하다, 힘들다, 시작하다 is a noun phrase inside the predicate, and a noun carries
     * no speech level (Yeon &amp; Brown 2019, -기 쉽다/어렵다; Sohn 1999 §8.1: the level is marked on the
     * sentence end). The word ends in -기 and the next word is one of those predicates.
     */
    static boolean complementOfEase(String o, String answer) {
        if (o.contains(" ") || !o.endsWith("기") || o.length() < 2) {
            return false;
        }
        String next = wordAfter(o, answer);
        return next != null && EASE.stream().anyMatch(next::startsWith);
    }

    /**
     * A speech-level finding on the copula's connective -(이)라 'as it is' (유리 그릇이라 깨지기 쉬우니까):
     * N + 이다 with -라 (= -(이)라서) gives a reason inside the sentence (표준국어대사전 '-라'⁴ 「어미」,
     * 이다 뒤에 붙어 까닭이나 근거; Yeon &amp; Brown 2019 on -(이)라서), and a connective carries no speech
     * level (Sohn 1999 §8.1), nor is it a misspelt (으)로 (유리라 깨지기 쉬우니까 for 유리로 만들어서). Nori
     * reads the word as a noun, the copula (VCP) and the ending 라 (EC), and words follow it in the answer.
     */
    static boolean copulaOfReason(String o, String answer) {
        if (o.contains(" ") || !o.endsWith("라") || wordAfter(o, answer) == null) {
            return false;
        }
        for (Morphology.Word w : Morphology.analyse(answer)) {
            if (w.surface().equals(o)) {
                List<Morphology.Morpheme> ms = w.morphemes();
                return ms.size() >= 2 && ms.getLast().is("EC") && ms.getLast().form().equals("라")
                        && ms.stream().anyMatch(m -> m.is("VCP")) && ms.getFirst().is("NNG", "NNP", "NNB", "NP");
            }
        }
        return false;
    }

    /** Whether the accepted span is the learner's noun with (으)로 where the learner has the copula's -(이)라. */
    private static boolean notDirection(String o, String c) {
        String noun = o.endsWith("이라") ? o.substring(0, o.length() - 2) : o.substring(0, o.length() - 1);
        return c.equals(noun + "로") || c.equals(noun + "으로");
    }

    /** Question words of place, time and manner (어디, 어디서, 언제, 어떻게, 몇). */
    private static final List<String> ASKING = List.of("어디", "언제", "어떻게", "몇");

    /**
     * -(으)ㄹ 수 있다 'can' for -아/어야 되다 'must' in a question of where, when or how (어디서 탈 수 있어요?
     * for 어디서 타야 돼요?): both ask for the place or the way to do the act (Yeon &amp; Brown 2019, -(으)ㄹ
     * 수 있다 and -아/어야 되다/하다). The learner's word is the stem with -(으)ㄹ before 수 있-, the accepted
     * one the same stem with -아/어야, and the answer has a question word.
     */
    static boolean canForMust(String o, String c, String answer) {
        if (o.contains(" ") || c.contains(" ") || !c.endsWith("야") || !answer.contains(o + " 수 있")
                || ASKING.stream().noneMatch(answer::contains)) {
            return false;
        }
        List<Morphology.Morpheme> mo = Morphology.analyse(answer).stream().filter(w -> w.surface().equals(o)).findFirst()
                .map(Morphology.Word::morphemes).orElse(List.of());
        List<Morphology.Morpheme> mc = Morphology.analyse(c).stream().findFirst().map(Morphology.Word::morphemes)
                .orElse(List.of());
        return mo.size() >= 2 && mc.size() >= 2 && mo.getFirst().is("VV") && mc.getFirst().is("VV")
                && mo.getFirst().form().equals(mc.getFirst().form());
    }

    /**
     * The soft question ending -나요 for -아/어요 (경복궁 쪽으로 가나요? for 경복궁에 가요?, 있나요? for
     * 있어요?): -나 with the polite 요 asks a question gently at the same polite level (표준국어대사전
     * '-나'⁵ 「어미」 하게할 자리의 물음, with 요 해요체; Yeon &amp; Brown 2019 on -나요 as a softer polite
     * question). The learner's one word ends in 나요 and is typed with a question mark, and the accepted
     * word is the same stem with -요 (가나요/가요, 있나요/있어요). 가나요. (no question) is not the class.
     */
    static boolean softQuestion(String o, String c, String asTyped) {
        if (asTyped == null || o.contains(" ") || c.contains(" ") || !o.endsWith("나요") || o.length() < 3
                || !c.endsWith("요") || !asTyped.contains(o + "?")) {
            return false;
        }
        return c.startsWith(o.substring(0, o.length() - 2));
    }

    /** The forms of the connective -(으)ㄴ/는데 as Nori gives them (큰데 = 크 + ᆫ + 데, or one EC). */
    private static final Set<String> BACKGROUND = Set.of("ᆫ데", "ㄴ데", "은데", "는데");

    /**
     * The connective -(으)ㄴ/는데 of background inside a sentence (이거 너무 큰데 더 작은 사이즈도
     * 있나요?): it joins the situation to the request or question that follows, whose own ending carries
     * the speech level (Yeon &amp; Brown 2019 on -는데 'background'; 한국어기초사전 '-는데' ①; Sohn 1999
     * §8.1: only a sentence-final ending marks a level). Nori reads 큰데 as 크 + ᆫ (modifier) + 데 (bound
     * noun), which the speech-level check takes for a plain sentence end. The learner's word is a verb or
     * adjective stem with that ending, and in the typed answer another word follows it in the same
     * sentence (no . ? ! after it): 너무 큰데. at a sentence's end stays a speech-level error.
     */
    static boolean backgroundClause(String o, String answer, String asTyped) {
        if (asTyped == null || o.isEmpty()) {
            return false;
        }
        String word = o.substring(o.lastIndexOf(' ') + 1);
        List<Morphology.Morpheme> ms = Morphology.analyse(answer).stream().filter(w -> w.surface().equals(word))
                .findFirst().map(Morphology.Word::morphemes).orElse(List.of());
        if (ms.size() < 2 || !ms.getFirst().isStem()) {
            return false;
        }
        Morphology.Morpheme last = ms.getLast();
        boolean background = last.is("EC") && BACKGROUND.contains(last.form())
                || last.form().equals("데") && last.is("NNB") && ms.get(ms.size() - 2).is("ETM");
        return background && java.util.regex.Pattern.compile("(^|\\s)" + java.util.regex.Pattern.quote(word)
                + ",?\\s+[가-힣]").matcher(asTyped).find();
    }

    /**
     * The reverse of {@link #backgroundClause}: the learner says as a sentence of its own what the accepted answer
     * joins to the next with the background connective -(으)ㄴ/는데(요) (엽서를 보내려고 해요. 우표 다섯 장 주세요 for
     * 보내려고 하는데요, 우표 다섯 장 주세요). The background may be stated first as a sentence and the request said
     * after it (Yeon &amp; Brown 2019 on -는데 'background'; 한국어기초사전 '-는데' ①); the two sentences say what the
     * one does. The learner's word ends in 요 or 다, is followed in the typed answer by a sentence mark and more
     * words, and the accepted word ends in 데 or 데요 (session 28, s28b).
     */
    static boolean sentenceForBackground(String o, String c, String asTyped) {
        if (asTyped == null || o.isEmpty() || c.isEmpty()) {
            return false;
        }
        String word = o.substring(o.lastIndexOf(' ') + 1);
        String accepted = c.substring(c.lastIndexOf(' ') + 1);
        if (!statement(word) || !(accepted.endsWith("데요") || accepted.endsWith("데"))) {
            return false;
        }
        return java.util.regex.Pattern.compile("(^|\\s)" + java.util.regex.Pattern.quote(word) + "[.!?]\\s*[가-힣]")
                .matcher(asTyped).find();
    }

    /**
     * Whether the word is a statement ending that states a fact: -아/어요 (해요, 작아요, 추워요, 있어요), the copula's
     * 이에요/예요, -네요 or -(스)ㅂ니다; not a promise (-ㄹ게요), a question or a request (-ㄹ까요, -세요).
     */
    private static boolean statement(String word) {
        if (word.endsWith("니다") || word.endsWith("네요") || word.endsWith("이에요") || word.endsWith("예요")) {
            return true;
        }
        if (!word.endsWith("요") || word.length() < 2) {
            return false;
        }
        String jamo = com.koto.evaluation.text.Hangul.toJamo(String.valueOf(word.charAt(word.length() - 2)));
        return jamo.length() == 2 && "ㅏㅓㅕㅘㅝㅐㅙ".indexOf(jamo.charAt(1)) >= 0;
    }

    /** Verbs that take no object: 있다, 없다, 되다 and the copula. */
    private static final Set<String> NO_OBJECT = Set.of("있", "없", "되", "이");

    /**
     * The object particle where the accepted answer topicalises the same noun (이 약을 하루에 몇 번
     * 먹어야 하는지 for 이 약은 하루에 몇 번 먹어야 합니까?): the object of a transitive verb may be marked
     * with 을/를 or made the topic with 은/는; the choice is one of information structure, not of grammar
     * (Sohn 1999 on the topic particle; Yeon &amp; Brown 2019, 은/는 on objects). The learner's word is the
     * accepted noun with 을/를 for 은/는, and a verb (Nori's VV, not 있다/없다/되다) follows it in the answer:
     * 이름을 사라예요 (a copula, no object) stays an error.
     */
    static boolean objectNotTopic(String o, String c, String answer) {
        if (o.contains(" ") || c.contains(" ") || o.length() < 2 || c.length() < 2
                || !o.substring(0, o.length() - 1).equals(c.substring(0, c.length() - 1))
                || !(o.endsWith("을") && c.endsWith("은") || o.endsWith("를") && c.endsWith("는"))) {
            return false;
        }
        boolean seen = false;
        for (Morphology.Word w : Morphology.analyse(answer)) {
            if (seen && !w.morphemes().isEmpty() && w.morphemes().getFirst().is("VV")
                    && !NO_OBJECT.contains(w.morphemes().getFirst().form())) {
                return true;
            }
            seen |= w.surface().equals(o);
        }
        return false;
    }

    /** The bound noun 것 as spoken and written with its particles (거, 걸로, 게, 건, 것). */
    private static final List<String> THING = List.of("거", "걸", "것", "게", "건");

    /**
     * A noun named first and then specified by a modifier with the bound noun 것 (카페라테 따뜻한 걸로
     * 한 잔 'a caffè latte, a hot one' for 따뜻한 카페라테): the modifier's head is 것, not the noun before
     * it, so nothing stands out of order (표준국어대사전 '것' ①; Yeon &amp; Brown 2019 on -(으)ㄴ 것 as a
     * noun phrase; the ordering in a café, 아메리카노 차가운 걸로). The finding swaps the noun and the
     * modifier, and the word after the modifier in the answer is a form of 것.
     */
    static boolean modifierOfThing(String o, String c, String answer) {
        String[] a = o.split(" ");
        String[] b = c.split(" ");
        if (a.length != 2 || b.length != 2 || !a[0].equals(b[1]) || !a[1].equals(b[0])) {
            return false;
        }
        String next = wordAfter(a[1], answer);
        return next != null && THING.stream().anyMatch(next::startsWith);
    }

    /**
     * The genitive 의 left out between two nouns (ABC 무역 리나입니다 for ABC 무역의 리나입니다): 의 between
     * nouns is commonly omitted, the two nouns then read as one phrase (국립국어원 표준국어문법론, 관형격 조사
     * '의'의 생략; Yeon &amp; Brown 2019 on 의). The learner's word is the accepted noun without 의 and the
     * next word of the answer begins with a noun.
     */
    static boolean genitiveLeftOut(String o, String c, String answer) {
        if (o.isEmpty() || o.contains(" ") || !c.equals(o + "의")) {
            return false;
        }
        String next = wordAfter(o, answer);
        if (next == null) {
            return false;
        }
        List<Morphology.Morpheme> ms = Morphology.analyse(answer).stream().filter(w -> w.surface().equals(next))
                .findFirst().map(Morphology.Word::morphemes).orElse(List.of());
        return !ms.isEmpty() && ms.getFirst().is("NNG", "NNP");
    }

    /**
     * The genitive 의 added between two nouns where the accepted answer has none (한국전자의 김민수입니다 for
     * 한국전자 김민수입니다): the converse of {@link #genitiveLeftOut}: 의 between nouns may be written or left out
     * (국립국어원 표준국어문법론, 관형격 조사 '의'의 생략; Yeon &amp; Brown 2019 on 의). The learner's word is the
     * accepted noun with 의 and the next word of the answer begins with a noun, or (a name Nori reads as another
     * word: 부디라고, read as the adverb 부디) begins with the syllable of the word after the noun in the accepted
     * answer (하나무역 부디입니다).
     */
    static boolean genitiveAdded(String o, String c, String answer, String accepted) {
        if (c.isEmpty() || c.contains(" ") || !o.equals(c + "의")) {
            return false;
        }
        String next = wordAfter(o, answer);
        if (next == null || quantityAfter(next, answer)) {
            return false;
        }
        String acceptedNext = wordAfter(c, accepted);
        if (acceptedNext != null && acceptedNext.charAt(0) == next.charAt(0)) {
            return true;
        }
        List<Morphology.Morpheme> ms = Morphology.analyse(answer).stream().filter(w -> w.surface().equals(next))
                .findFirst().map(Morphology.Word::morphemes).orElse(List.of());
        return !ms.isEmpty() && ms.getFirst().is("NNG", "NNP");
    }

    /**
     * Whether the word after the noun opens its quantity: a numeral before a counter (두 개, 한 잔, 세 명), or digits
     * with a counter (2개, 3인분). A quantity follows the noun it counts with no particle between (비빔밥 두 개; the
     * other order puts 의 after the quantity: 두 개의 비빔밥; 표준 국어문법론, 수량사 구성; Sohn 1999, classifier
     * constructions; Yeon &amp; Brown 2019, counters), so 의 between the noun and its quantity (비빔밥의 두 개) is no
     * free choice of the genitive but a wrong particle (session 19, s19c).
     */
    private static boolean quantityAfter(String next, String answer) {
        if (DIGITS_AND_COUNTER.matcher(next).matches()) {
            return Lexicon.COUNTERS.contains(LEADING_DIGITS.matcher(next).replaceFirst("")) || next.endsWith("인분");
        }
        if (Numerals.number(next) == null || next.equals("이") || next.equals("일")) {
            return false; // 이 'this', 일 'work' are numerals too
        }
        String counter = wordAfter(next, answer);
        return counter != null && (Lexicon.COUNTERS.contains(counter) || counter.equals("인분"));
    }

    /** Digits at the start of a word. */
    private static final java.util.regex.Pattern LEADING_DIGITS = java.util.regex.Pattern.compile("^[0-9]+");

    /** Digits and one or two syllables after them (2개, 3인분). */
    private static final java.util.regex.Pattern DIGITS_AND_COUNTER = java.util.regex.Pattern.compile("[0-9]+[가-힣]{1,2}");

    /** Verbs of giving and of choosing that take the chosen item in (으)로 (드릴까요, 주세요, 할게요, 하시겠어요). */
    private static final List<String> GIVING_OR_CHOOSING = List.of("드리", "드릴", "드려", "드렸", "드립",
            "주세", "주시", "주십", "줄게", "줄까", "줄래", "줘", "할게", "할래", "할까", "하겠", "하시", "했");

    /** The question word 'what' in its forms with (으)로 and with the object particle. */
    private static final Set<String> WHAT_WITH_RO = Set.of("무엇으로", "뭐로", "뭘로");
    private static final Set<String> WHAT_AS_OBJECT = Set.of("무엇을", "뭘", "뭐를", "뭐");

    /**
     * (으)로 of the chosen item before a verb of giving or choosing where the accepted answer has the object
     * (무엇으로 드릴까요? for 뭘 드릴까요?, 커피로 주세요 for 커피를 주세요): (으)로 marks the thing chosen among
     * others (표준국어대사전 '로' 「조사」 선택; Yeon &amp; Brown 2019 on (으)로 of choice, 이걸로 할게요), the café's
     * set phrase. The learner's word is the accepted noun (or 'what' in another form) with (으)로 for 을/를,
     * and the next word is a form of 드리다, 주다 or 하다. 뭐로 먹었어요 (another verb) is not the class.
     */
    static boolean chosenItem(String o, String c, String answer) {
        if (o.isEmpty() || o.contains(" ") || c.isEmpty() || c.contains(" ")) {
            return false;
        }
        boolean what = WHAT_WITH_RO.contains(o) && WHAT_AS_OBJECT.contains(c);
        String[] oc = ArgumentCheck.stemAndParticle(o);
        String[] cc = ArgumentCheck.stemAndParticle(c);
        boolean noun = !oc[0].isEmpty() && oc[0].equals(cc[0]) && (oc[1].equals("로") || oc[1].equals("으로"))
                && (cc[1].equals("을") || cc[1].equals("를"));
        if (!what && !noun) {
            return false;
        }
        String next = wordAfter(o, answer);
        return next != null && GIVING_OR_CHOOSING.stream().anyMatch(next::startsWith);
    }

    /**
     * 까지 'until' on a time before 있다/없다 of a service that runs, where the accepted answer has 에 (지하철 막차는 몇
     * 시까지 있어요? for 막차가 몇 시에 있어요?; session 36, s36a): with 있다 'there is (a train, a bus)' 에 names a point of
     * the service and 까지 its end (표준국어대사전 '까지' 「조사」 ① 어떤 일이나 상태 따위에 관련되는 범위의 끝임을 나타내는
     * 보조사; '있다' 「형용사」 ① 사람, 동물, 물체 따위가 실제로 존재하는 상태이다), so the learner asks until when the
     * service runs, which for the last run is the time asked (Yeon &amp; Brown 2019, 까지 'until'). The learner's word is
     * the accepted time noun with 까지 for 에, the noun is a time ({@link #timeNoun}), and the next word is a form of
     * 있다/없다. A place with 까지 (현관까지 있어요), a verb of a point (세 시까지 만나요, 출발해요) and a verb of an
     * activity whose start and end differ (몇 시까지 열어요 for 몇 시에 열어요: closing for opening) keep their finding.
     */
    static boolean endOfLastingTime(String o, String c, String answer) {
        if (o.isEmpty() || o.contains(" ") || !o.endsWith("까지") || !c.endsWith("에")) {
            return false;
        }
        String noun = o.substring(0, o.length() - 2);
        if (noun.isEmpty() || !c.equals(noun + "에") || !timeNoun(noun)) {
            return false;
        }
        String next = wordAfter(o, answer);
        if (next == null) {
            return false;
        }
        List<Morphology.Word> read = Morphology.analyse(next);
        return read.size() == 1 && read.getFirst().verbal() && Set.of("있", "없").contains(VerbFrames.stem(read.getFirst()));
    }

    /**
     * (으)로 of choice added to a bare noun before 있다/없다 or a verb of giving or choosing, where the accepted answer
     * has the bare noun (이 운동화 250으로 있어요? for 250 있어요?, 빨간색으로 있어요?; session 36, s36a): (으)로 marks the
     * thing chosen among others, a size, a colour, a kind (표준국어대사전 '로' 「조사」 선택; Yeon &amp; Brown 2019, (으)로
     * of selection, 이걸로 할게요), which a shop question may say or leave out; the reverse of
     * {@link OtherFrames#subjectOfExistence}. The learner's word is the accepted noun with 로/으로 and nothing else, and the
     * next word is a form of 있다/없다 or of {@link #GIVING_OR_CHOOSING}. 250으로 가요 (motion) keeps its finding.
     */
    static boolean choiceMarked(String o, String c, String answer) {
        if (o.isEmpty() || o.contains(" ") || c.isEmpty() || c.contains(" ")
                || !(o.equals(c + "로") || o.equals(c + "으로"))) {
            return false;
        }
        String next = wordAfter(o, answer);
        if (next == null) {
            return false;
        }
        if (GIVING_OR_CHOOSING.stream().anyMatch(next::startsWith)) {
            return true;
        }
        List<Morphology.Word> read = Morphology.analyse(next);
        if (read.size() != 1 || read.getFirst().morphemes().isEmpty()) {
            return false;
        }
        Morphology.Morpheme first = read.getFirst().morphemes().getFirst();
        return first.is("VA", "VV") && (first.form().equals("있") || first.form().equals("없"));
    }

    /**
     * A spelling finding over words of another count whose learner side holds a verb the accepted side does not (언제
     * 봅니까 for 언제입니까, 한강 가서 for 한강에서; session 36, s36a): a whole verb, conjugated as a verb, is no
     * misspelling of a copula or a particle but another construction (시험을 보다 'sit an exam'; 가서 'go and'), a
     * possible paraphrase the comparison cannot judge (a misspelling keeps the word: 한글 맞춤법 slips change letters,
     * not the words of the sentence). The learner's span has more words than the accepted one, and one of its words
     * is read as a verb or adjective (VV/VA with an ending) whose stem no word of the accepted span has. 몇 일 for 며칠
     * (a noun and a counter) keeps its finding.
     */
    static boolean verbForLetters(String o, String c, String answer) {
        if (o.isEmpty() || c.isEmpty() || o.split(" ").length <= c.split(" ").length) {
            return false;
        }
        Set<String> acceptedStems = new java.util.HashSet<>();
        for (Morphology.Word w : Morphology.analyse(c)) {
            w.morphemes().forEach(m -> acceptedStems.add(m.form()));
        }
        boolean verb = false;
        for (Morphology.Word w : Morphology.analyse(o)) {
            List<Morphology.Morpheme> m = w.morphemes();
            if (m.size() >= 2 && m.getFirst().is("VV", "VA") && m.getLast().tag().startsWith("E")
                    && !acceptedStems.contains(m.getFirst().form())) {
                verb = true;
            } else if (m.isEmpty() || !acceptedStems.contains(m.getFirst().form())) {
                // 안녕히 가세요 for 안녕하세요: the learner's other words must be the accepted side's own (언제, 한강), or
                // the span is another expression, not a verb beside the accepted words
                return false;
            }
        }
        return verb;
    }

    /** The connectives that join two clauses of one sentence: -고, -아/어서, -(으)니까, -는데. */
    private static final Set<String> CONNECTIVES = Set.of("고", "아서", "어서", "여서", "서", "니까", "으니까", "는데", "은데",
            "ㄴ데", "ᆫ데");

    /**
     * Two sentences where the accepted answer joins two clauses with a connective of the same verb (야, 이제 컴퓨터 꺼.
     * 숙제해야지. for 컴퓨터 끄고 숙제해.; session 36, s36a): the learner ends the first clause with a sentence-final
     * form of the verb and a sentence mark, and says the second as a sentence of its own; sentences in a row say what
     * the clauses joined with -고 or -아/어서 say (Yeon &amp; Brown 2019 on clause connectives; Sohn 1999 §8.1: only the
     * final ending marks the speech level, the connective joins). The learner's word and the accepted word share their
     * stem, the accepted word ends in a connective of {@link #CONNECTIVES}, the learner's word in a final ending (Nori
     * EF, or the -아/어 form Nori may read as EC) and, in the typed answer, a sentence mark and more words follow it.
     * Without the mark (사요 싶어요, 끄 숙제해) the finding stands.
     */
    static boolean sentenceForConnective(String o, String c, String asTyped) {
        if (asTyped == null || o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ")) {
            return false;
        }
        if (!java.util.regex.Pattern.compile("(^|\\s)" + java.util.regex.Pattern.quote(o) + "[.!?]\\s*[가-힣]")
                .matcher(asTyped).find()) {
            return false;
        }
        List<Morphology.Word> lo = Morphology.analyse(o);
        List<Morphology.Word> lc = Morphology.analyse(c);
        if (lo.size() != 1 || lc.size() != 1 || !lo.getFirst().verbal() || !lc.getFirst().verbal()) {
            return false;
        }
        String stem = VerbFrames.stem(lo.getFirst());
        Morphology.Morpheme end = lc.getFirst().morphemes().getLast();
        String connective = end.form();
        if (connective.length() > 1 && connective.charAt(0) >= 'ㅏ' && connective.charAt(0) <= 'ㅣ') {
            connective = connective.substring(1); // (Nori writes a contracted -아/어서 as ㅏ서: 아파서)
        }
        Morphology.Morpheme last = lo.getFirst().morphemes().getLast();
        return !stem.isEmpty() && sameStem(stem, VerbFrames.stem(lc.getFirst())) && end.is("EC")
                && CONNECTIVES.contains(connective)
                && (last.is("EF") || last.is("EC") && Set.of("어", "아", "여", "ㅓ", "ㅏ", "ㅕ").contains(last.form()));
    }

    /**
     * Whether two stems are one, also where Nori reads one of them as an ㄹ-stem (끄고 as 끌 + 고: the ㄹ of an ㄹ-stem
     * drops before some endings, 표준국어대사전 '끌다' and '끄다' share 끄-, so the reading of 끄고 is ambiguous to it).
     */
    private static boolean sameStem(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String ja = Hangul.toJamo(a);
        String jb = Hangul.toJamo(b);
        return !ja.isEmpty() && !jb.isEmpty() && (ja.endsWith("ㄹ") ? ja.substring(0, ja.length() - 1) : ja)
                .equals(jb.endsWith("ㄹ") ? jb.substring(0, jb.length() - 1) : jb);
    }
}
