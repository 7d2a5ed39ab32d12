package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Register;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classes of span choice (session 10, helper eval16e): where a finding's category and change are right
 * but its {@code original → correction} is not the one the blind writers' convention asks for
 * (docs/blind-brief.md: {@code original} is the smallest whole word (어절) of the answer that holds the
 * error, copied exactly, {@code correction} that word corrected; a word left out is given on the
 * neighbouring word of the answer, never with an empty original). Called by
 * {@link LearnerSpans#smallest} before its own cuts; each class keeps the category, the subtype and
 * what is corrected:
 * <ul>
 * <li><b>a number in the wrong system</b> ({@code counter/sino_for_native}, {@code native_for_sino},
 * {@code native_short_form}) is the numeral word alone (일 병 → 한 병 is 일 → 한; 열 분쯤 → 십 분쯤 is 열
 * → 십): numeral and counter are two words (한글 맞춤법 제43항, 단위 명사는 띄어 쓴다), and the counter is
 * right; the numeral system is chosen by the counter (Yeon &amp; Brown 2019, native numerals with 개, 병,
 * 시; Sino-Korean with 분, 층, 인분). Where the numeral also occurs elsewhere as a word (이 책 이 권) the
 * counter stays with it, so that the words are found in the answer;</li>
 * <li><b>the comitative particle</b> the activity's accepted answer uses for the same noun (김 부장님과
 * → 부장님 → 부장님과), else the one of the activity's register: (이)랑 where it is casual (나 → 나랑),
 * 하고 where it is polite (친구 → 친구하고); 하고, (이)랑 and 와/과 mean the same, 하고 is the neutral
 * spoken one, (이)랑 the casual, 와/과 the written and formal, which is kept where the check gave it
 * (Yeon &amp; Brown 2019, on 하고/(이)랑/와·과; 표준국어대사전 '하고' 「조사」, '랑' 「조사」);</li>
 * <li><b>a modifier before a bound noun</b> ({@code ending/modifier_or_connective}) is the word that
 * changes (가 거예요 → 갈 거예요 is 가 → 갈: the bound noun 거 is right, the modifier -(으)ㄹ before it is
 * missing; Yeon &amp; Brown 2019, -(으)ㄹ 거예요, -(으)ㄹ 수 있다);</li>
 * <li><b>a present verb corrected to the past keeps the learner's ending</b> (주문합니다 → 주문했습니다,
 * not the accepted answer's 주문했는데): the error is the tense, not the sentence ending; the past is the
 * stem with -았/었- and the same ending (Sohn 1999, tense and sentence enders as separate slots);</li>
 * <li><b>a quantity left out after its noun</b> ({@code incomplete/missing_number}) is given on the noun
 * it counts (수건 더 → 수건 두 개 더 is 수건 → 수건 두 개): a quantity follows the noun it counts, N + numeral
 * + counter (Yeon &amp; Brown 2019, numerals and counters; Sohn 1999, floating quantifiers); since session 17
 * also a noun with its object or subject particle (수건을 더 → 수건을 두 개);</li>
 * <li><b>words left out with no place</b> (an empty original) are given on the accepted answer's word
 * before them as the learner wrote it, with the sentence mark the accepted answer puts there (어디에 →
 * 어디에 내요; 왔어요 → 왔어요. 교환하고 싶어요; 한글 맞춤법 부록 문장 부호), else on the word after them
 * (→ 302호인데요, 뜨거운).</li>
 * </ul>
 */
final class SpanChoices {

    /** A past-tense syllable. */
    private static final Pattern PAST_FORM = Pattern.compile(".*(았|었|했|갔|왔|줬|봤|렸|셨).*");
    /** A sentence with the word 뭘 (alone or before punctuation). */
    private static final Pattern MWOL_WORD = Pattern.compile("(.*\\s)?뭘([\\s.,?!].*)?");
    /** A counter with the copula after it: the count is the predicate of its clause (명인데, 명이에요, 개예요). */
    private static final Pattern PREDICATE_COUNT = Pattern.compile("(인데|이에요|예요|이요|입니다|이고|이라)[.,?!]*$");
    /** A sentence mark, a comma or ~. */
    private static final Pattern PUNCTUATION_TILDE = Pattern.compile("[.,?!~]");
    /** A sentence mark or commas at the end. */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,?!]+$");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Set<String> NUMBER_SYSTEM = Set.of("counter/sino_for_native", "counter/native_for_sino",
            "counter/native_short_form", "counter/label_number");
    /**
     * The particles a noun may carry before its floating quantity (수건을 두 개 더, 수건이 두 개; Sohn 1999, floating
     * quantifiers after a case-marked noun; session 17, helper s17c: writers ab1 and y1 give the quantity on the
     * noun as written with its 을/를): none, the object's or the subject's.
     */
    private static final Set<String> CASE_OR_NONE = Set.of("", "을", "를", "이", "가");
    private static final List<String> COMITATIVES = List.of("하고", "이랑", "랑", "와", "과");
    private static final Set<String> NUMERALS = Set.of("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열",
            "스무", "하나", "둘", "셋", "넷", "몇");
    private static final String MARKS = ".,?!";
    private static final Set<String> NEGATORS = Set.of("안", "못");

    private SpanChoices() {
    }

    /**
     * The finding with the span its class asks for; {@code f} itself when no class applies.
     *
     * @param f        a finding with an original and a correction
     * @param answer   the learner's normalised answer (words separated by one space)
     * @param expected the activity's accepted answers as written
     * @param register the activity's register (null when unknown)
     */
    static Finding of(Finding f, String answer, List<String> expected, Register register) {
        String o = f.original().strip();
        String c = f.correction().strip();
        String subtype = Subtypes.of(f);
        List<String> words = List.of(answer.split(" "));
        String[] ow = o.split(" ");
        String[] cw = c.split(" ");
        if (NUMBER_SYSTEM.contains(subtype)) {
            if (ow.length == 2 && cw.length == 2 && ow[1].equals(cw[1]) && !ow[0].equals(cw[0])
                    && words.indexOf(ow[0]) >= 0 && words.indexOf(ow[0]) == words.lastIndexOf(ow[0])
                    && words.indexOf(ow[0]) + 1 < words.size()
                    && words.get(words.indexOf(ow[0]) + 1).startsWith(ow[1])) {
                // 삼 시에 → 세 시에, 이 개하고 → 두 개하고: the counter with its particle is right too
                return new Finding(f.category(), ow[0], cw[0], f.subtype());
            }
            return f;
        }
        if (f.category() == ErrorCategory.TENSE && "tense/present".equals(subtype) && ow.length == 1 && cw.length == 1
                && PAST_FORM.matcher(o).matches()) {
            // 내일 돌려줬어 → 돌려줄게 where the accepted answer promises (LearnerSpans.promiseWord; session 14)
            String promise = LearnerSpans.promiseWord(c, expected);
            if (promise != null) {
                return new Finding(f.category(), o, promise, "tense/future");
            }
        }
        if (f.category() == ErrorCategory.PARTICLE_ALLOMORPH && c.equals("뭐를")
                && expected.stream().anyMatch(e -> MWOL_WORD.matcher(e).matches())
                && expected.stream().noneMatch(e -> e.contains("뭐를"))) {
            // 뭐을 → 뭘 where the accepted answer says 뭘: 뭘 is the short form of 뭐를 (표준국어대사전 '뭘'), and the
            // correction is the accepted answer's form of the same word and particle (session 14, helper eval25c)
            return new Finding(f.category(), o, "뭘", f.subtype());
        }
        if (f.category() == ErrorCategory.PARTICLE_WRONG && ow.length == cw.length
                && ow[ow.length - 1].endsWith("에서")) {
            return placeParticle(f, ow, cw, expected, words);
        }
        if ((f.category() == ErrorCategory.PARTICLE_WRONG || f.category() == ErrorCategory.PARTICLE_MISSING)
                && ow.length == cw.length && (c.endsWith("에게") || c.endsWith("한테"))) {
            return dativeParticle(f, cw, expected);
        }
        if ("particle_missing/comitative".equals(subtype) || "particle_wrong/object_for_comitative".equals(subtype)) {
            return comitative(f, o, c, expected, register);
        }
        if ("ending/modifier_or_connective".equals(subtype) && ow.length >= 2 && ow.length == cw.length) {
            return ownWord(f, o, c, words);
        }
        if (f.category() == ErrorCategory.HONORIFIC && ow.length == 1 && cw.length == 1 && o.startsWith("말씀드")
                && (c.startsWith("하시") || c.startsWith("하셨") || c.startsWith("하세") || c.startsWith("하십"))) {
            // 말씀드렸어 → 말씀하셨어, not 하셨어: the humble 말씀드리다 said of an elder's speaking is corrected to
            // its honorific counterpart 말씀하시다, keeping the learner's noun (표준 언어 예절 2011, 말씀하시다/말씀드리다)
            return new Finding(f.category(), o, "말씀" + c, f.subtype());
        }
        if ("honorific/si_extra".equals(subtype) && ow.length >= 2 && ow.length == cw.length) {
            // 가실 거예요 → 갈 거예요 is 가실 → 갈: -(으)시- sits on the verb's own word, the bound noun 거 and the
            // copula after it are right (Yeon & Brown 2019, -(으)시- and -(으)ㄹ 거예요; session 15, eval27e)
            return ownWord(f, o, c, words);
        }
        if ("honorific/speech_level".equals(subtype) && register != Register.CASUAL && ow.length == 1 && o.length() > 2
                && o.endsWith("해")) {
            // 선생님, 생일 축하해 → 축하드려요 (not 축하해요) where an accepted answer congratulates, thanks or asks
            // with the humble N드리다 of the learner's own N하다: to an honoured listener the act done for them is
            // humbled (객체 높임; 국립국어원 『표준 언어 예절』 2011: 축하드립니다, 감사드립니다, 부탁드립니다), and the
            // learner's 반말 is corrected into that form (session 17, s17b)
            String noun = o.substring(0, o.length() - 1);
            for (String e : expected) {
                for (String w : e.split(" ")) {
                    String bare = PUNCTUATION_TILDE.matcher(w).replaceAll("");
                    if (bare.startsWith(noun + "드려") || bare.startsWith(noun + "드립") || bare.startsWith(noun + "드리")) {
                        return new Finding(f.category(), o, bare, f.subtype());
                    }
                }
            }
        }
        if (register == Register.CASUAL && ow.length == 1 && o.endsWith("세요") && !o.equals(c) && words.contains(o)
                && ("honorific/si_extra".equals(subtype)
                        || "ending/proposal".equals(subtype) && plainElsewhere(words, o))) {
            // -(으)세요 to a friend the answer speaks 반말 to (민호야 … 파티 해. 오세요! → 와): the error is the level and
            // the -(으)시- on the friend, so the correction is the learner's own verb in the 반말 -아/어 (해체), not
            // another ending of the accepted answer (올래?, 줄래?: an imperative 와 for 올래 passes, 너도 와), and the
            // finding is an honorific one, whether the comparison filed it as -시- or as another ending.
            // 국립국어원 『표준 언어 예절』 2011 (친구 사이의 반말); Yeon & Brown 2019, the 해체 -아/어 of commands; the gold
            // of three writers (q4, p1, ab2) corrects so (session 17, s17b)
            String polite = SpeechLevels.plainForm(o);
            if (polite != null && polite.endsWith("요") && polite.length() > 1 && !polite.contains("시")) {
                return new Finding(ErrorCategory.HONORIFIC, o, polite.substring(0, polite.length() - 1),
                        "honorific/friend_seyo");
            }
        }
        if ("honorific/si_extra".equals(subtype) && ow.length == 1 && !o.equals(c)) {
            String own = withoutSi(o);
            if (own != null && words.contains(o)) {
                return new Finding(f.category(), o, own, f.subtype());
            }
            return f;
        }
        if (f.category() == ErrorCategory.ENDING && ow.length == 1 && cw.length == 1) {
            String proposal = proposalQuestion(o);
            if (proposal != null && !proposal.equals(c)) {
                return new Finding(f.category(), o, proposal, f.subtype());
            }
        }
        if (f.category() == ErrorCategory.TENSE && ow.length == 1 && words.contains(o)) {
            // 보냅니다 → 보냈습니다, not the accepted 보내 드렸습니다; 공부했어 → 공부할 거야 (session 24, s24b)
            String own = ownVerbInTense(o, c, subtype, expected);
            if (own != null) {
                return new Finding(f.category(), o, own, f.subtype());
            }
        }
        if (f.category() == ErrorCategory.TENSE && ow.length == 1 && cw.length == 1 && otherEnding(o, c)) {
            // 갔어요 → 가나요, 와요 → 왔는데요: the tense keeps the learner's ending (session 18, s18d; see otherEnding)
            String turned = "tense/past".equals(subtype) ? TimeWords.pastOf(o)
                    : "tense/present".equals(subtype) ? UpcomingActs.presentOf(o) : null;
            if (turned != null && sameOpening(turned, c)) {
                return new Finding(f.category(), o, turned, f.subtype());
            }
        }
        if (f.category() == ErrorCategory.TENSE && "tense/past".equals(subtype) && ow.length == 1 && cw.length == 1) {
            boolean formal = o.endsWith("니다") && !c.endsWith("니다");
            boolean polite = o.endsWith("요") && !c.endsWith("요");
            String past = formal || polite ? pastKeepingEnding(o) : null;
            if (past != null && past.charAt(0) == c.charAt(0)) {
                return new Finding(f.category(), o, past, f.subtype());
            }
            return f;
        }
        if (f.category() == ErrorCategory.INCOMPLETE && ow.length >= 2 && cw.length > ow.length
                && c.startsWith(ow[0] + " ") && words.indexOf(ow[0]) > 0
                && NUMERALS.contains(words.get(words.indexOf(ow[0]) - 1))) {
            String[] t = Spacing.trimCommonWords(o, c);
            if (!t[0].equals(o) && !t[0].contains(" ") && c.endsWith(" " + t[0]) && words.contains(t[0])
                    && words.indexOf(t[0]) == words.lastIndexOf(t[0])) {
                // 잔 주세요 → 잔 포장해 주세요: the words go before 주세요 (주세요 → 포장해 주세요)
                return new Finding(f.category(), t[0], t[1], f.subtype());
            }
        }
        if (f.category() == ErrorCategory.VOCABULARY && NOUN_CHOICES.contains(subtype) && ow.length == 1
                && cw.length == 1) {
            Finding kept = learnerParticle(f, o, c);
            if (kept != null) {
                return kept;
            }
        }
        if (f.category() == ErrorCategory.INCOMPLETE && !o.isEmpty() && !o.contains(" ")) {
            Finding next = fragmentBeforeNext(f, o, c, words, expected);
            if (next != null) {
                return next;
            }
        }
        if ("incomplete/missing_number".equals(subtype) && c.endsWith(" " + o) && !o.contains(" ")) {
            String[] added = c.substring(0, c.length() - o.length() - 1).split(" ");
            int at = words.indexOf(o);
            if (added.length == 2 && NUMERALS.contains(added[0]) && at > 0 && at == words.lastIndexOf(o)) {
                // 수건 좀 더 for 수건 두 개 더: the quantity follows the noun it counts, not the adverb 좀 (Yeon &amp;
                // Brown 2019, N + number + counter; session 14, eval25d)
                String noun = words.get(at - 1).equals("좀") && at > 1 ? words.get(at - 2) : words.get(at - 1);
                // a count said as a predicate (네 명인데, 두 명이에요) opens its clause and stays before the learner's
                // word; only a noun takes the quantity after it (session 27, s27c: not 안녕하세요 → 안녕하세요 네 명인데)
                // a dictionary noun whose last syllable is also a particle is read whole (바나나, not 바나 + 나 'or';
                // session 29)
                String[] split = KnownWords.noun(noun) ? new String[] {noun, ""} : ArgumentCheck.stemAndParticle(noun);
                if (MARKS.indexOf(noun.charAt(noun.length() - 1)) < 0 && !NUMERALS.contains(noun)
                        && !PREDICATE_COUNT.matcher(added[1]).find()
                        && KnownWords.noun(split[0])
                        && CASE_OR_NONE.contains(split[1])
                        && words.indexOf(noun) == words.lastIndexOf(noun)) {
                    return new Finding(f.category(), noun, noun + " " + added[0] + " " + added[1], f.subtype());
                }
            }
        }
        return f;
    }

    /**
     * An omission placed at the word before it (주세요 → 주세요 3시 기차라서) whose words, in the accepted answer,
     * open the next sentence (…가 주세요. 3시 기차라서 좀 빨리 가 주세요) is placed at the word it precedes (좀 → 3시
     * 기차라서 좀): the missing words belong to the sentence they begin, not to the end of the one before
     * (국립국어원 한국어 문법 1, on the sentence as the unit of an utterance). Only when no accepted answer writes
     * the learner's word and the missing words together without a sentence mark, and one does write the
     * missing words before the learner's next word; the learner's word is the only one written as {@code o}
     * with a word after it.
     */
    private static Finding fragmentBeforeNext(Finding f, String o, String c, List<String> words,
            List<String> expected) {
        if (!c.startsWith(o + " ")) {
            return null;
        }
        String missing = c.substring(o.length() + 1).strip();
        if (missing.isEmpty() || expected.stream().anyMatch(e -> e.contains(o + " " + missing))) {
            return null;
        }
        String next = null;
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals(o)) {
                if (next != null) {
                    return null;
                }
                next = words.get(i + 1);
            }
        }
        String word = next;
        if (word == null || expected.stream().noneMatch(e -> e.contains(missing + " " + word))) {
            return null;
        }
        return new Finding(f.category(), word, missing + " " + word, f.subtype());
    }

    /**
     * The proposal question -(으)ㄹ까(요) for the learner's blend of the proposal -자 and the question -까 (보자까? →
     * 볼까?, 먹자까요? → 먹을까요?): the learner asks "shall we", which Korean asks with -(으)ㄹ까, and the blend
     * keeps its -까; the correction is that ending on the learner's own stem, not another verb or ending of the
     * accepted answer (Yeon &amp; Brown 2019, -(으)ㄹ까요 'shall we' and -자 'let's'; 한국어기초사전 '-을까': 함께 하자고
     * 제안함). Stems ending in a vowel take ㄹ (보 → 볼까), in ㄹ only 까 (놀 → 놀까); other final consonants (먹을까,
     * but 걷다 → 걸을까) are left to the check. Session 18 (s18d). Null for any other word.
     */
    static String proposalQuestion(String word) {
        boolean yo = word.endsWith("자까요");
        if (!yo && !word.endsWith("자까") || word.length() < (yo ? 4 : 3)) {
            return null;
        }
        String stem = word.substring(0, word.length() - (yo ? 3 : 2));
        char last = stem.charAt(stem.length() - 1);
        if (!Hangul.isSyllable(last) || Hangul.hasFinal(last) && !Hangul.hasRieulFinal(last)) {
            return null;
        }
        String body = Hangul.hasRieulFinal(last) ? stem : stem.substring(0, stem.length() - 1) + (char) (last + 8);
        return body + "까" + (yo ? "요" : "");
    }

    /**
     * The sentence endings of an accepted answer's predicate that a tense correction does not carry over:
     * the question -나요, the background -는데(요), the exclamation -네(요) and the softening -겠어요 (모르겠어요).
     * They are the accepted writer's choice of ending, not the tense; a teacher corrects only the tense and keeps
     * the learner's -아/어요 (Sohn 1999, tense and sentence enders as separate slots; Yeon &amp; Brown 2019, -나요,
     * -는데요, -네요, -겠- of a softened statement). No gold tense correction over all dev sets ends in one of them
     * where the learner did not write it (session 18, s18d).
     */
    private static final java.util.regex.Pattern OTHER_ENDINGS = java.util.regex.Pattern.compile(".*(나요|는데요|네요|겠어요)");

    /**
     * Whether the tense correction {@code c} ends in one of {@link #OTHER_ENDINGS} that the learner's word
     * {@code o} (a polite -아/어요 word: 갔어요, 와요) does not have; the learner's word carries neither -(으)시- nor
     * the copula's 였 (드셨어요, 차례였어요 are left to their own checks).
     */
    private static boolean otherEnding(String o, String c) {
        return o.endsWith("요") && OTHER_ENDINGS.matcher(c).matches() && !OTHER_ENDINGS.matcher(o).matches()
                && !o.contains("셨") && !o.contains("였") && !o.contains("시");
    }

    /** 가요 / 가나요, 몰라요 / 모르겠어요: the first syllables share their first consonant and vowel (the same stem). */
    private static boolean sameOpening(String a, String b) {
        char x = a.charAt(0);
        char y = b.charAt(0);
        return Hangul.isSyllable(x) && Hangul.isSyllable(y) && Hangul.withoutFinal(x) == Hangul.withoutFinal(y);
    }

    private static final List<String> PLACE_PARTICLES = List.of("에", "으로", "로");

    /**
     * A wrong 에서 corrected to a goal or location particle (round 2 of session 10, helper eval17a): the
     * particle is the one the first accepted answer that names the same noun with 에 or (으)로 gives it
     * (서울역에서 가 주세요 → 서울역으로, where the activity's answers are 서울역으로 가 주세요 and
     * 서울역에 가 주세요). 에 and (으)로 both mark a goal (표준국어대사전 '에' 「5」, '으로' 「1」 방향;
     * Yeon &amp; Brown 2019 on 에 and (으)로 with verbs of motion), so the comparison may pick either
     * accepted answer; the writers give the activity's first. {@code f} itself when no accepted answer has
     * the noun with one of these particles, or when it already has that particle; 까지 (the limit, not the
     * goal) is neither chosen nor replaced.
     */
    private static Finding placeParticle(Finding f, String[] ow, String[] cw, List<String> expected,
            List<String> words) {
        String last = ow[ow.length - 1];
        String noun = last.substring(0, last.length() - 2);
        String corrected = cw[cw.length - 1];
        if (!noun.isEmpty() && corrected.equals(noun + "까지") && goalOfMotion(last, words)) {
            // 서울역에서 가 주세요 → 서울역으로, not 서울역까지 (session 15, eval27e): see goalOfMotion
            corrected = noun + "로";
        }
        // the bare noun too (한강에서 갈래? → 한강, read against 한강 갈래?): an accepted answer that leaves the goal
        // particle out in speech gives no particle to write; another that has 에 gives it (session 14, eval24e)
        if (noun.isEmpty() || !corrected.startsWith(noun)
                || !(corrected.equals(noun) || PLACE_PARTICLES.contains(corrected.substring(noun.length())))) {
            return f;
        }
        for (String accepted : expected) {
            for (String w : accepted.split(" ")) {
                String b = bare(w);
                if (b.startsWith(noun) && PLACE_PARTICLES.contains(b.substring(noun.length()))) {
                    String particle = b.substring(noun.length());
                    if (particle.equals(corrected.substring(noun.length()))
                            && cw[cw.length - 1].equals(corrected)) {
                        return f;
                    }
                    String[] c = cw.clone();
                    c[c.length - 1] = noun + particle;
                    // 까지 replaced by the goal particle: the subtype names the particle now given
                    String subtype = cw[cw.length - 1].endsWith("까지") ? Particles.of(particle)
                            .map(p -> Subtypes.wrongParticle(Particles.Function.ACTION_PLACE, p.function()))
                            .orElse(f.subtype()) : f.subtype();
                    return new Finding(f.category(), f.original().strip(), String.join(" ", c), subtype);
                }
            }
        }
        return f;
    }

    /** Forms of 가다 and 오다 (stem 가/오, 와 = 오 + 아) that begin the word after a goal. */
    private static final java.util.regex.Pattern MOTION = java.util.regex.Pattern.compile(
            "(가|가요|가세요|가십시오|갑니다|갑시다|갈게요|갈래요|가고|가려고|와|와요|오세요|오십시오|옵니다)[.,?!]*");

    /**
     * Whether the learner's {@code X에서} is the goal of a verb of motion: the next word is a form of 가다 or
     * 오다 (서울역에서 가 주세요), the answer names no other starting point with 에서/서 (여기서 서울역까지 is a
     * range) and does not ask how long it takes (얼마나 걸려요 measures up to a limit). With 가다 and 오다 the
     * goal is marked by 에 or (으)로 and 에서 marks the source, the confusion the learner made; 까지 'as far as'
     * marks the end of an extent and pairs with 에서/부터 (Yeon &amp; Brown 2019, on 에/(으)로 with verbs of
     * motion, 에서 'from' and 까지 'up to'; 표준국어대사전 '까지' 「1」). So a teacher corrects the learner's 에서
     * to the goal particle; {@link #placeParticle} takes the one an accepted answer gives the noun.
     */
    private static boolean goalOfMotion(String learner, List<String> words) {
        int at = words.indexOf(learner);
        if (at < 0 || at != words.lastIndexOf(learner) || at + 1 >= words.size()
                || !MOTION.matcher(words.get(at + 1)).matches()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = TRAILING_PUNCTUATION.matcher(words.get(i)).replaceAll("");
            if (i != at && (w.endsWith("에서") || w.equals("여기서") || w.equals("거기서") || w.startsWith("걸리")
                    || w.startsWith("걸려") || w.startsWith("걸립") || w.startsWith("부터") || w.endsWith("부터"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The dative particle of a person (round 2, eval17a): 한테 and 에게 mean the same, 한테 the spoken and
     * 에게 the written one (표준국어대사전 '한테' 「조사」, '에게'; Yeon &amp; Brown 2019); the one the first
     * accepted answer that names the same noun with 한테 or 에게 gives it, as for the comitative and the
     * goal particles ({@link #placeParticle}). {@code f} itself when no accepted answer has it.
     */
    private static Finding dativeParticle(Finding f, String[] cw, List<String> expected) {
        String corrected = cw[cw.length - 1];
        String noun = corrected.substring(0, corrected.length() - 2);
        if (noun.isEmpty()) {
            return f;
        }
        for (String accepted : expected) {
            for (String w : accepted.split(" ")) {
                String b = bare(w);
                if (b.equals(noun + "한테") || b.equals(noun + "에게")) {
                    if (b.equals(corrected)) {
                        return f;
                    }
                    String[] c = cw.clone();
                    c[c.length - 1] = b;
                    return new Finding(f.category(), f.original().strip(), String.join(" ", c), f.subtype());
                }
            }
        }
        return f;
    }

    private static final Set<String> WH_WORDS = Set.of("누구", "누가", "뭐", "무엇", "어디", "언제", "왜", "어떻게",
            "몇", "무슨", "얼마", "어느", "어떤");

    /**
     * 당신 left out ({@code honorific/you_pronoun}, round 2 of session 10, helper eval17a), given on a
     * word of the answer rather than with an empty correction (the convention: a word left out is given
     * on its neighbour). Two shapes that recur across the writers:
     * <ul>
     * <li><b>a bare 당신 before a noun</b> is a possessive (당신 우산 'your umbrella', 당신 성함이; the
     * genitive 의 may be left out after a pronoun, Sohn 1999 on 의 and its omission): the noun it belongs to
     * is the neighbour that holds the change, 당신 우산 → 우산 (the owner is understood from the situation,
     * Sohn 1999 §7.1 on dropped pronouns; 표준 언어 예절 2011: no 당신 to a stranger);</li>
     * <li><b>당신은/당신이 in a yes/no question</b> (the accepted answers are questions; 알아요?, 있어요?; a
     * question word of the learner's only inside an embedded -(으)ㄴ지/는지 clause) to a stranger is given as 혹시 'by any chance', the word Korean uses
     * where a pronoun would open a question to someone one does not know (표준국어대사전 '혹시' 「3」: 그러리라
     * 생각하지만 확실하지 아니하여 말하기 어려울 때; 표준 언어 예절 2011, 호칭 대신 쓰는 말).</li>
     * </ul>
     * A statement (당신은 … 거셨어요.) or a question with its own question word keeps the empty correction.
     *
     * @param f      a {@code honorific/you_pronoun} finding whose original is the 당신 word
     * @param answer   the learner's normalised answer (words separated by one space, sentence marks
     *                 dropped)
     * @param expected the activity's accepted answers as written: the question is the one they ask
     *                 (they end in a question mark)
     * @return the finding on the neighbouring word, or {@code f} itself
     */
    static Finding youPronoun(Finding f, String answer, List<String> expected) {
        String o = f.original().strip();
        if (f.correction() != null && !f.correction().isBlank()) {
            return f;
        }
        List<String> words = List.of(answer.split(" "));
        int at = words.indexOf(o);
        if (at < 0 || at != words.lastIndexOf(o)) {
            return f;
        }
        if (o.equals("당신") && at + 1 < words.size()) {
            String noun = words.get(at + 1);
            if (MARKS.indexOf(noun.charAt(noun.length() - 1)) < 0 && isNoun(noun)) {
                return new Finding(f.category(), o + " " + noun, noun, f.subtype());
            }
            return f;
        }
        if (!o.equals("당신은") && !o.equals("당신이")
                || expected.stream().noneMatch(a -> a.strip().endsWith("?"))) {
            return f;
        }
        int end = words.size() - 1;
        int embedded = -1;
        for (int i = at + 1; i <= end; i++) {
            String w = bare(words.get(i));
            if (w.length() >= 2 && w.endsWith("지") && Hangul.isSyllable(w.charAt(w.length() - 2))
                    && Hangul.finalIndex(w.charAt(w.length() - 2)) == 4) {
                embedded = i;
            }
        }
        for (int i = at + 1; i <= end; i++) {
            String w = bare(words.get(i));
            if (WH_WORDS.stream().anyMatch(w::startsWith) && i > embedded) {
                return f;
            }
        }
        return new Finding(f.category(), o, "혹시", f.subtype());
    }

    /**
     * 당신 said to a close friend ({@code honorific/you_pronoun} found in a casual activity), given as
     * the pronoun of 반말, 너 with the learner's particle (session 13, eval21b): 당신 → 너, 당신은 → 너는,
     * 당신이 → 네가, 당신을 → 너를, 당신과 → 너와, 당신이랑 → 너랑. Among friends the second person is 너
     * (표준 언어 예절 2011: 너 to a friend or a junior, spoken to in 해체); 당신 is said to a spouse, in
     * writing or in a quarrel (표준국어대사전 '당신' 「2」「3」), so to a friend it is never a plain "you".
     * 너 + 가 is 네가 (표준국어대사전 '너': 주격 조사 '가' 앞에서는 '네'). Subtype
     * {@code honorific/friend_pronoun}.
     *
     * @param f a {@code honorific/you_pronoun} finding whose original is one word that opens with 당신
     * @return the finding with the 너 form as its correction, or {@code f} itself when the word has more
     *         than the pronoun and one particle
     */
    static Finding friendPronoun(Finding f) {
        return friendPronoun(f, "");
    }

    /**
     * As {@link #friendPronoun(Finding)}, with the answer: 당신 bare before a noun it possesses (당신 우산 좀
     * 빌려줘, 당신 이름이 뭐야?) is 너의, said 네 (표준국어대사전 '네' 「대명사」: '너의'가 줄어든 말), so 당신 → 네.
     * Not before a time noun (당신 내일 와?), a noun with the copula (당신 학생이야?) or a bare noun before 있다/없다
     * (당신 우산 있어? 'do you have an umbrella', where 너 is the possessor and subject): there 당신 → 너.
     *
     * @param answer the answer as typed, or empty
     */
    static Finding friendPronoun(Finding f, String answer) {
        String o = f.original().strip();
        if (!o.startsWith("당신") || o.contains(" ")) {
            return f;
        }
        if (o.equals("당신") && possessed(answer)) {
            return new Finding(f.category(), o, "네", "honorific/friend_pronoun");
        }
        String particle = o.substring("당신".length());
        String plain = switch (particle) {
            case "" -> "너";
            case "이" -> "네가";
            case "은" -> "너는";
            case "을" -> "너를";
            case "과" -> "너와";
            case "이랑" -> "너랑";
            case "의" -> "너의";
            case "도", "만", "한테", "에게", "하고", "한테서", "에게서", "보다", "처럼" -> "너" + particle;
            default -> null;
        };
        return plain == null ? f : new Finding(f.category(), o, plain, "honorific/friend_pronoun");
    }

    /** Time nouns a bare 당신 may stand before as the subject (당신 내일 와?). */
    private static final Set<String> TIME_NOUNS = Set.of("내일", "오늘", "어제", "지금", "요즘", "이번", "다음", "주말",
            "아침", "점심", "저녁", "밤", "나중", "이따", "모레", "방금", "오전", "오후", "새벽", "올해", "내년", "작년",
            "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일", "다음주", "이번주", "언제", "몇");

    /** Whether the one bare 당신 of the answer stands before a noun it possesses (see {@link #friendPronoun(Finding, String)}). */
    private static boolean possessed(String answer) {
        List<String> words = List.of(answer.replaceAll("[.,?!]", " ").strip().split("\\s+"));
        int at = words.indexOf("당신");
        if (at < 0 || at != words.lastIndexOf("당신") || at + 1 >= words.size()) {
            return false;
        }
        String noun = words.get(at + 1);
        List<Morphology.Word> analysed = Morphology.analyse(noun);
        if (analysed.isEmpty() || analysed.getFirst().morphemes().isEmpty()
                || !analysed.getFirst().morphemes().getFirst().tag().startsWith("NN")
                || analysed.getFirst().morphemes().stream().anyMatch(m -> m.is("VCP"))
                || TIME_NOUNS.stream().anyMatch(noun::startsWith)) {
            return false;
        }
        boolean bare = analysed.getFirst().morphemes().size() == 1;
        String next = at + 2 < words.size() ? words.get(at + 2) : "";
        return !(bare && (next.startsWith("있") || next.startsWith("없")));
    }

    private static boolean isNoun(String word) {
        List<Morphology.Word> analysed = Morphology.analyse(word);
        return !analysed.isEmpty() && !analysed.getFirst().morphemes().isEmpty()
                && analysed.getFirst().morphemes().getFirst().tag().startsWith("NN");
    }

    /**
     * Words left out with an empty original, given on a neighbouring word of the answer: the word before
     * them in the first accepted answer that holds them, as the learner wrote it (without its sentence
     * mark), with the accepted answer's mark between; else the word after them. {@code f} itself when
     * neither neighbour is a word the answer has once.
     */
    static Finding locateOmission(Finding f, String answer, List<String> expected) {
        String missing = f.correction().strip();
        String[] mw = bare(missing).split(" ");
        List<String> learner = new ArrayList<>();
        for (String w : answer.split(" ")) {
            learner.add(bare(w));
        }
        for (String e : expected) {
            if (e == null) {
                continue;
            }
            String[] t = SPACES.split(e.strip());
            for (int i = 0; i + mw.length <= t.length; i++) {
                boolean same = true;
                for (int k = 0; k < mw.length && same; k++) {
                    same = bare(t[i + k]).equals(mw[k]);
                }
                if (!same) {
                    continue;
                }
                if (i > 0) {
                    String before = bare(t[i - 1]);
                    if (!before.isEmpty() && learner.indexOf(before) >= 0
                            && learner.indexOf(before) == learner.lastIndexOf(before)) {
                        String mark = t[i - 1].substring(before.length());
                        return new Finding(f.category(), before, before + mark + " " + bare(missing), f.subtype());
                    }
                }
                if (i + mw.length < t.length) {
                    String after = bare(t[i + mw.length]);
                    if (!after.isEmpty() && learner.indexOf(after) >= 0
                            && learner.indexOf(after) == learner.lastIndexOf(after)) {
                        return new Finding(f.category(), after, missing + " " + after, f.subtype());
                    }
                }
                // no neighbour the learner wrote once: the learner's last word for words that end the accepted
                // answer, the first for words that open it, else the word at the same place (session 13: an
                // omission is never given with an empty original)
                int at = i == 0 ? 0 : i + mw.length == t.length ? learner.size() - 1 : Math.min(i, learner.size()) - 1;
                return byPosition(f, learner, at, i == 0);
            }
        }
        return byPosition(f, learner, learner.size() - 1, false);
    }

    /**
     * An omission given on the learner's word at {@code at}: the missing words after it ({@code X → X Y}),
     * or before it where they open the accepted answer ({@code X → Y X}); {@code f} itself when the answer
     * has no word.
     */
    private static Finding byPosition(Finding f, List<String> learner, int at, boolean before) {
        if (at < 0 || at >= learner.size() || learner.get(at).isEmpty()) {
            return f;
        }
        String word = learner.get(at);
        String missing = bare(f.correction().strip());
        return new Finding(f.category(), word, before ? missing + " " + word : word + " " + missing, f.subtype());
    }

    /**
     * A sentence ending in the wrong speech level ({@code honorific/speech_level}) is the predicate word that
     * carries the level, with a short negation 안/못 before it (안 돼 → 안 돼요; Sohn 1999: 안/못 + predicate
     * form one unit, as {@link LearnerSpans} keeps it for tense); any other word before it is right and is
     * left out (어떻게 가 → 어떻게 가요 is 가 → 가요). {@code f} itself where the predicate word is not found
     * once in the answer.
     *
     * @param words the learner's answer, one entry a word
     */
    static Finding speechLevelUnit(Finding f, List<String> words) {
        String o = f.original().strip();
        String c = f.correction().strip();
        String[] ow = o.split(" ");
        String[] cw = c.split(" ");
        if (ow.length == 2 && cw.length == 2 && ow[1].equals(cw[0]) && !NEGATORS.contains(ow[0])
                && words.contains(ow[1]) && !c.contains(ow[0])) {
            // 빨리 확인해 → 확인해 주세요 is 확인해 → 확인해 주세요: the adverb before the verb keeps its place and is
            // no part of the level's repair (session 26, s26e; the smallest word, docs/blind-brief.md)
            return new Finding(f.category(), ow[1], c, f.subtype());
        }
        if (ow.length != cw.length || ow.length > 2
                || ow.length == 2 && !ow[0].equals(cw[0])) {
            return f;
        }
        String w = ow[ow.length - 1];
        String t = cw[cw.length - 1];
        int at = words.indexOf(w);
        if (at < 0 || at != words.lastIndexOf(w)) {
            return f;
        }
        String before = at > 0 ? words.get(at - 1) : "";
        boolean unit = NEGATORS.contains(before);
        if (unit) {
            return ow.length == 2 && ow[0].equals(before) ? f : new Finding(f.category(), before + " " + w,
                    before + " " + t, f.subtype());
        }
        return ow.length == 2 ? new Finding(f.category(), w, t, f.subtype()) : f;
    }

    private static final Set<String> NOUN_CHOICES = Set.of("vocabulary/other_item", "vocabulary/word",
            "vocabulary/contrast");

    /** The promise -(으)ㄹ게(요) as Nori writes it (ᆯ게요, 을게, ㄹ게). */
    private static final java.util.regex.Pattern PROMISE = java.util.regex.Pattern.compile("(ᆯ|을|ㄹ)게요?");

    /** The past -았/었- as Nori writes it (EP 았, 었, 였, and 었 of 했 read as 하 + 였). */
    private static final Set<String> PAST_MARKS = Set.of("았", "었", "였", "ㅆ", "았었", "었었");

    /**
     * The tense correction on the learner's own verb (session 24, s24b): where an accepted answer ends a clause with the
     * learner's verb (the same stem, {@link VerbFrames#stem}) in the past or the future the finding asks for, the
     * correction is that predicate (보냅니다 → 보냈습니다 where an accepted answer has 보냈습니다, rather than another
     * accepted answer's 보내 드렸습니다), with the bound noun of -(으)ㄹ 거 and 것 같다 after it where the accepted answer
     * has them (공부했어 → 공부할 거야, rather than 공부하려고 너도, the alignment's run; 늦었어 → 늦을 것 같아). The error is
     * the tense, a slot of the verb (Sohn 1999, tense and sentence enders as separate slots; Yeon &amp; Brown 2019,
     * -았/었- and -(으)ㄹ 거예요), so the smallest fix keeps the verb and changes the tense; an auxiliary the learner
     * did not use or the next words of another clause are no part of it. Only a learner's word that ends its sentence
     * (a final ending), and only the past and the future: a correction to the present often keeps a construction the
     * accepted answer needs (예약했어요 → 예약하고 싶어요), which is left as the comparison gave it.
     *
     * @return the accepted answer's predicate, or null where the correction already is the learner's verb in that
     *         tense (늦을 것 같아 stays, though another accepted answer says 늦을 거야), or no accepted answer has the verb
     *         in that tense
     */
    private static String ownVerbInTense(String o, String c, String subtype, List<String> expected) {
        String tense = subtype.startsWith("tense/") ? subtype.substring(6) : "";
        if (!tense.equals("past") && !tense.equals("future")) {
            return null;
        }
        List<Morphology.Word> learner = Morphology.analyse(o);
        String stem = learner.size() == 1 && finalEnding(learner.getFirst()) ? VerbFrames.stem(learner.getFirst()) : "";
        if (stem.isEmpty()) {
            return null;
        }
        String[] cw = c.split(" ");
        List<Morphology.Word> corrected = Morphology.analyse(c);
        boolean ownAlready = corrected.size() == cw.length && !corrected.isEmpty()
                && stem.equals(VerbFrames.stem(corrected.getFirst())) && tense.equals(tenseOf(corrected));
        String best = null;
        for (String e : expected) {
            String[] ew = com.koto.evaluation.text.AnswerText.normalise(e).split(" ");
            List<Morphology.Word> ea = Morphology.analyse(String.join(" ", ew));
            if (ea.size() != ew.length) {
                continue;
            }
            for (int j = 0; j < ew.length; j++) {
                if (!ea.get(j).verbal() || !stem.equals(VerbFrames.stem(ea.get(j)))) {
                    continue;
                }
                int end = predicateEnd(ew, ea, j);
                if (end < 0 || !tense.equals(tenseOf(ea.subList(j, end + 1)))) {
                    continue;
                }
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(ew, j, end + 1));
                if (!phrase.equals(o) && (best == null || end + 1 - j < best.split(" ").length)) {
                    best = phrase;
                }
            }
        }
        if (best == null || best.equals(c) || ownAlready) {
            return null;
        }
        return best;
    }

    /**
     * The index of the last word of the predicate that word {@code j} begins: {@code j} itself when it ends in a final
     * ending (보냈습니다); the bound noun after an -(으)ㄹ modifier (할 거야, 할 겁니다), or 같다 after 것 (늦을 것 같아);
     * else -1.
     */
    private static int predicateEnd(String[] ew, List<Morphology.Word> ea, int j) {
        if (finalEnding(ea.get(j))) {
            return j;
        }
        if (!modifierL(ea.get(j)) || j + 1 >= ew.length || !(ew[j + 1].startsWith("거") || ew[j + 1].startsWith("것"))) {
            return -1;
        }
        if (finalEnding(ea.get(j + 1))) {
            return j + 1;
        }
        return j + 2 < ew.length && ew[j + 1].equals("것") && ew[j + 2].startsWith("같") && finalEnding(ea.get(j + 2))
                ? j + 2 : -1;
    }

    /** Whether the word ends in a final ending (EF), so ends its sentence. */
    private static boolean finalEnding(Morphology.Word w) {
        return !w.morphemes().isEmpty() && w.morphemes().getLast().is("EF");
    }

    /** Whether the word ends in the modifier -(으)ㄹ. */
    private static boolean modifierL(Morphology.Word w) {
        return !w.morphemes().isEmpty() && w.morphemes().getLast().is("ETM")
                && Set.of("ㄹ", "을", "ᆯ").contains(w.morphemes().getLast().form());
    }

    /** "past", "future" or "": the tense of a predicate by its first word (-았/었-; -겠- or -(으)ㄹ before 거/것). */
    private static String tenseOf(List<Morphology.Word> predicate) {
        Morphology.Word verb = predicate.getFirst();
        if (verb.morphemes().stream().anyMatch(m -> m.is("EP") && PAST_MARKS.contains(m.form()))) {
            return "past";
        }
        if (modifierL(verb) && predicate.size() > 1 || verb.morphemes().stream().anyMatch(m -> m.is("EP") && m.form().equals("겠"))) {
            return "future";
        }
        // the promise -(으)ㄹ게(요), the speaker's own act to come (계산할게요; Yeon & Brown 2019; session 26, s26e)
        if (verb.morphemes().stream().anyMatch(m -> m.is("EF") && PROMISE.matcher(m.form()).matches())) {
            return "future";
        }
        return "";
    }

    /**
     * A noun replaced by the accepted answer's noun keeps the learner's case particle, re-formed for the new
     * noun (영화관을 → 영화를, not 영화; 수영복 → 수영모, not the accepted 수영모도): the error is the noun, the
     * particle the learner chose is the sentence's (Yeon &amp; Brown 2019, case particles). Null when either
     * word is no known noun with a particle that can be re-formed.
     */
    private static Finding learnerParticle(Finding f, String o, String c) {
        String[] a = ArgumentCheck.stemAndParticle(o);
        String[] e = ArgumentCheck.stemAndParticle(c);
        if (!a[1].isEmpty() && !KnownWords.noun(o) && a[0].length() >= 2 && KnownWords.noun(a[0])
                && KnownWords.noun(c) && e[1].isEmpty()) {
            // 영화관을 → 영화: the learner's 을, re-formed (영화를)
            java.util.Optional<Particles.Particle> p = Particles.of(a[1]);
            if (p.isEmpty() || p.get().function() == Particles.Function.COPULA) {
                return null;
            }
            return new Finding(f.category(), o, c + p.get().formAfter(c), f.subtype());
        }
        if (KnownWords.noun(o) && !KnownWords.noun(c) && Set.of("도", "만").contains(e[1]) && e[0].length() >= 2
                && KnownWords.noun(e[0])) {
            // 수영복 → 수영모도: the accepted answer's 도 is no part of the learner's error (수영모)
            return new Finding(f.category(), o, e[0], f.subtype());
        }
        return null;
    }

    /** The word or words without their final sentence marks. */
    private static String bare(String s) {
        String t = s.strip();
        int end = t.length();
        while (end > 0 && MARKS.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(0, end);
    }

    private static Finding comitative(Finding f, String o, String c, List<String> expected, Register register) {
        String given = null;
        for (String p : COMITATIVES) {
            if (c.endsWith(p) && c.length() > p.length() && o.startsWith(c.substring(0, c.length() - p.length()))) {
                given = p;
                break;
            }
        }
        if (given == null) {
            return f;
        }
        String noun = c.substring(0, c.length() - given.length());
        String[] nw = noun.split(" ");
        String head = nw[nw.length - 1];
        String chosen = null;
        for (String e : expected) {
            if (e == null) {
                continue;
            }
            for (String w : SPACES.split(e.strip())) {
                String b = bare(w);
                if (b.startsWith(head) && COMITATIVES.contains(b.substring(head.length()))) {
                    chosen = b.substring(head.length());
                    break;
                }
            }
            if (chosen != null) {
                break;
            }
        }
        if (chosen == null) {
            if (register == Register.CASUAL && given.equals("하고")) {
                chosen = "랑";
            } else if (register == Register.POLITE && given.endsWith("랑")) {
                chosen = "하고";
            } else {
                return f;
            }
        }
        String formed = formAfter(chosen, head);
        return formed.equals(given) ? f : new Finding(f.category(), o, noun + formed, f.subtype());
    }

    /** 과/이랑 after a consonant, 와/랑 after a vowel; 하고 after either. */
    private static String formAfter(String particle, String noun) {
        char last = noun.charAt(noun.length() - 1);
        boolean consonant = Hangul.isSyllable(last) && Hangul.hasFinal(last);
        return switch (particle) {
            case "와", "과" -> consonant ? "과" : "와";
            case "랑", "이랑" -> consonant ? "이랑" : "랑";
            default -> particle;
        };
    }

    /**
     * Whether the answer speaks 반말 elsewhere than in {@code o}: a vocative in -야/-아 first (민호야, 지민아) or
     * another predicate at the plain level (파티 해, 와).
     */
    private static boolean plainElsewhere(List<String> words, String o) {
        if (words.getFirst().length() > 1 && (words.getFirst().endsWith("야") || words.getFirst().endsWith("아"))
                && !words.getFirst().equals(o)) {
            return true;
        }
        for (String w : words) {
            if (!w.equals(o) && PredicateFeatures.level(w, true) == PredicateFeatures.Level.PLAIN
                    && Morphology.analyse(w).stream().anyMatch(Morphology.Word::verbal)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker's own act for an honoured person in the humble -아/어 드리다 an accepted answer gives it, where the
     * learner raised that act with -(으)시- (부장님, 보고서를 보내시겠습니다 → 보내 드리겠습니다, not 보내겠습니다; session 26,
     * s26g): the act done for a superior is humbled (객체 높임), so the teacher's correction is the humble form, not
     * the bare verb. The learner's word without -(으)시- (보내겠습니다, {@link #withoutSi}) and an accepted pair of words "X
     * 드리…" whose X is the same verb's -아/어 form and whose 드리 carries the same ending (드리겠습니다) gives the
     * correction as that answer writes it; the finding as it is where none does (국립국어원 『표준 언어 예절』 2011,
     * 객체 높임 드리다; Yeon &amp; Brown 2019, -아/어 드리다).
     */
    static Finding humbleAct(Finding f, String answer, List<String> expected) {
        String o = f.original().strip();
        if (!"honorific/si_extra".equals(Subtypes.of(f)) || o.contains(" ") || !List.of(answer.split(" ")).contains(o)) {
            return f;
        }
        String own = withoutSi(o);
        if (own == null) {
            own = SpeechLevels.plainForm(o); // 찾으시겠습니다: Nori's 으시 is no 시 that withoutSi reads
        }
        String humble = own == null ? null : humbled(own, expected);
        return humble == null ? f : new Finding(f.category(), o, humble, f.subtype());
    }

    /** The accepted answer's "X 드리…" for the learner's own word without -(으)시- ({@link #humbleAct}), or null. */
    private static String humbled(String own, List<String> expected) {
        for (String e : expected) {
            String[] ws = e.split(" ");
            for (int i = 0; i + 1 < ws.length; i++) {
                String x = TRAILING_PUNCTUATION.matcher(ws[i]).replaceAll("");
                String y = TRAILING_PUNCTUATION.matcher(ws[i + 1]).replaceAll("");
                if (!y.startsWith("드리") || y.length() <= 2 || x.isEmpty()) {
                    continue;
                }
                String ending = y.substring(2);
                if (!own.endsWith(ending) || own.length() == ending.length()) {
                    continue;
                }
                String stem = own.substring(0, own.length() - ending.length());
                char l = x.charAt(x.length() - 1);
                boolean same = stem.equals(x) // 보내 드리겠습니다: 보내-
                        || l == '해' && stem.equals(x.substring(0, x.length() - 1) + "하") // 전화해: 전화하-
                        || (l == '어' || l == '아') && stem.equals(x.substring(0, x.length() - 1)); // 찾아: 찾-
                if (same) {
                    return x + " " + y;
                }
            }
        }
        return null;
    }

    /**
     * The learner's word with the subject-honorific -(으)시- taken out and nothing else changed
     * (들어가시겠습니다 → 들어가겠습니다, 드리실게요 → 드릴게요, 가시고 → 가고), or null when the -시- is not
     * one the ending can simply lose. Where -시- honours the speaker ({@code honorific/si_extra}) the error
     * is the -시- alone, so the correction is the learner's own word without it (Sohn 1999, ch. 9: -(으)시-
     * is a slot of its own before tense and mood; 표준 언어 예절 2011: the speaker never honours himself).
     * Only forms where -(으)시- stands whole before a consonant ending (시겠, 시고, 시는, 시지, 시면, 시기, 실/시ㄹ):
     * 셨, 세요 and 셔 fuse -시- with the ending and are left to the check's own correction.
     */
    static String withoutSi(String word) {
        List<Morphology.Word> analysed = Morphology.analyse(word);
        if (analysed.size() != 1 || analysed.getFirst().morphemes().stream()
                .noneMatch(m -> m.is("EP") && m.form().startsWith("시"))) {
            return null;
        }
        // the stem as Nori reads it must stand whole before -(으)시-: an irregular stem changed by it
        // (만드시고 of 만들다, 도우시고 of 돕다) is left to the check's own correction
        String stem = analysed.getFirst().morphemes().stream().filter(Morphology.Morpheme::isStem)
                .map(Morphology.Morpheme::form).reduce((x, y) -> y).orElse(null);
        if (stem == null) {
            return null;
        }
        if (word.indexOf('시') >= 0 && word.indexOf('시') == word.lastIndexOf('시')) {
            int at = word.indexOf('시');
            if (at > 0 && at + 1 < word.length() && "겠고는지면기".indexOf(word.charAt(at + 1)) >= 0) {
                boolean eu = at > 1 && word.charAt(at - 1) == '으' && Hangul.hasFinal(word.charAt(at - 2));
                String before = word.substring(0, eu ? at - 1 : at);
                return before.endsWith(stem) ? before + word.substring(at + 1) : null;
            }
            return null;
        }
        int at = word.indexOf('실');
        if (at > 0 && word.indexOf('시') < 0 && at == word.lastIndexOf('실') && at + 1 < word.length()
                && "게거래까".indexOf(word.charAt(at + 1)) >= 0) {
            char before = word.charAt(at - 1);
            String rest = word.substring(at + 1);
            if (before == '으' && at > 1 && Hangul.hasFinal(word.charAt(at - 2))
                    && word.substring(0, at - 1).endsWith(stem)) {
                return word.substring(0, at - 1) + "을" + rest;
            }
            String rieul = word.substring(0, at - 1) + Hangul.withRieulFinal(before);
            if (Hangul.isSyllable(before) && !Hangul.hasFinal(before)
                    && (word.substring(0, at).endsWith(stem) || rieul.endsWith(stem))) {
                return rieul + rest;
            }
        }
        return null;
    }

    /**
     * The past of a verb keeping its sentence ending: -ㅂ니다 → -았/었습니다 (주문합니다 → 주문했습니다, 갑니다 →
     * 갔습니다), a 해요체 form → its past (와요 → 왔어요); null where the stem is not plain enough to form.
     */
    static String pastKeepingEnding(String word) {
        if (word.endsWith("합니다")) {
            return word.substring(0, word.length() - 3) + "했습니다";
        }
        if (word.endsWith("니다") && word.length() >= 3) {
            char s = word.charAt(word.length() - 3);
            if (!Hangul.isSyllable(s) || Hangul.finalIndex(s) != Hangul.Final.B) { // final ㅂ of -ㅂ니다
                return null;
            }
            char open = Hangul.withoutFinal(s);
            String past = TimeWords.pastOf(word.substring(0, word.length() - 3) + open + "요");
            return past == null || !past.endsWith("어요") ? null : past.substring(0, past.length() - 2) + "습니다";
        }
        return word.endsWith("요") ? TimeWords.pastOf(word) : null;
    }

    /**
     * The finding cut to the one word in which its spans differ (가실 거예요 → 갈 거예요 becomes 가실 → 갈), when
     * that word occurs once in the answer; else the finding as it is.
     */
    private static Finding ownWord(Finding f, String o, String c, List<String> words) {
        String[] t = Spacing.trimCommonWords(o, c);
        if (!t[0].equals(o) && !t[0].contains(" ") && !t[1].contains(" ") && words.contains(t[0])
                && words.indexOf(t[0]) == words.lastIndexOf(t[0])) {
            return new Finding(f.category(), t[0], t[1], f.subtype());
        }
        return f;
    }
}
