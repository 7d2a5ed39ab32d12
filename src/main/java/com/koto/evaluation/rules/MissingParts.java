package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A part of the message left out (session 7, {@code incomplete/missing_part}), judged on the
 * content of the learner's own answer rather than on a word alignment: every accepted answer of
 * the activity says two or more things (sentences, or clauses joined by -고/-는데/-아서 …, see
 * {@link TaskParts}), and in each of them one part has content words none of which the learner
 * used, while the learner's answer says the rest (어제부터 열이 나요 for 어제부터 열이 나고 목이 아파요;
 * 월세는 얼마예요? for 월세는 얼마예요? 보증금은요?). The learner chose his own words for what he said, so a
 * comparison reads the difference as a paraphrase; the missing content is found whatever the
 * wording. Source: the task is the message (communicative task completion, 국립국어원
 * 『국제 통용 한국어 표준 교육과정』 2017, 과제 수행); clause linking after Yeon &amp; Brown 2011.
 *
 * <p>Left alone: a missing part made only of etiquette (안녕하세요, 감사합니다, 실례합니다: {@link
 * TaskParts#formula}); an answer of two parts or with a second predicate (머리가 아픈데 약 있어요?: it
 * may say the second part in other words); an answer with a content word no accepted answer has (it
 * may be the missing part in other words); an activity with an accepted answer of one part (the second
 * part is then optional); a missing first part (비닐봉지 for 봉투: said in other words); an answer that
 * shares no content with the accepted answers (another answer altogether, left to the comparison).
 */
final class MissingParts {

    /** The final marks of a text, as a group. */
    private static final Pattern FINAL_MARKS_GROUP = Pattern.compile("^.*?([.?!。~…]*)$");
    /** A sentence mark (also 。), a comma, ~ or …. */
    private static final Pattern PUNCTUATION_CJK_ELLIPSIS = Pattern.compile("[.?!。,~…]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MissingParts() {
    }

    /**
     * The missing part, located at the learner's word next to where it goes.
     *
     * @param raw      the learner's answer as written
     * @param accepted the activity's accepted answers as written (sentence punctuation kept)
     * @return an {@code incomplete/missing_part} finding whose correction adds the first accepted
     *         answer's missing part; empty when the answer says every part of some accepted answer
     */
    static Optional<Finding> find(String raw, List<String> accepted) {
        if (raw.isBlank() || accepted.isEmpty()) {
            return Optional.empty();
        }
        List<Set<String>> answerParts = TaskParts.parts(raw);
        Set<String> said = TaskParts.content(raw);
        long own = TaskParts.contentParts(answerParts);
        if (said.isEmpty() || own < 1) {
            return Optional.empty();
        }
        Set<String> accWords = new java.util.HashSet<>();
        accepted.forEach(a -> accWords.addAll(TaskParts.content(a)));
        List<String> typedWords = new ArrayList<>();
        SpeechLevels.sentences(raw).forEach(typedWords::addAll);
        // what every accepted answer names and the learner never does: the task's item (비빔밥, 휴지, 고치다; session 26)
        Set<String> items = taskItems(accepted, said, typedWords);
        // a remark on a state the learner adds (너무 추워요, 집이 정말 예쁘다) says no item the task asks for (session 26)
        Set<String> remarks = items.isEmpty() ? Set.of() : remarks(answerParts, accWords);
        long remarked = items.isEmpty() ? 0 : answerParts.stream().filter(p -> !p.isEmpty() && p.stream()
                .filter(l -> !accWords.contains(l) && accWords.stream().noneMatch(w -> w.length() > l.length() && w.startsWith(l)))
                .allMatch(remarks::contains) && p.stream().anyMatch(remarks::contains)).count();
        if (remarked > 0 && own - remarked >= 1) {
            own -= remarked;
        } else {
            remarked = 0;
        }
        if (predicates(raw) - remarked > own) {
            // a predicate beyond one per part of the learner's may say the missing part (머리가 아픈데 약 있어요?)
            return Optional.empty();
        }
        if (accWords.contains(RECEIVE) && gives(raw)) {
            // 이거 드릴게요 says what 받으세요 asks: the giving said from the giver's side (session 17)
            said = new java.util.LinkedHashSet<>(said);
            said.add(RECEIVE);
        }
        Set<String> misspelt = misspelt(raw, accepted);
        Set<String> pointed = pointedNouns(raw);
        for (String l : said) {
            if (!accWords.contains(l) && !(remarked > 0 && (remarks.contains(l)
                    || accWords.stream().anyMatch(w -> w.length() > l.length() && w.startsWith(l)))) && !misspelt.contains(l) && !pointed.contains(l) && !TaskParts.formula(Set.of(l))
                    && misspelt.stream().noneMatch(m -> m.length() > l.length() && m.startsWith(l)) && !sharesStem(List.of(l), accepted.stream()
                    .flatMap(a -> SpeechLevels.sentences(a).stream()).flatMap(List::stream).toList())) {
                // a word of the learner's own that no accepted answer has may say the missing part (오트 밀크로 …);
                // a formula or a form of address (기사님, 선생님) says none of the task's content (session 16)
                return Optional.empty();
            }
        }
        boolean range = rangeQuestion(raw);
        boolean asksWhen = TaskParts.words(raw).stream().anyMatch(MissingParts::whenQuestion);
        Finding first = null;
        boolean anyCovered = false;
        List<String> written = new ArrayList<>();
        SpeechLevels.sentences(raw).forEach(written::addAll);
        for (String a : accepted) {
            List<Set<String>> parts = TaskParts.distinctive(TaskParts.parts(a));
            List<List<String>> partWords = TaskParts.words(a);
            if (TaskParts.contentParts(parts) <= own) {
                if (coveredParts(parts, partWords, said, written) == 0
                        || coveredParts(parts, partWords, said, written) == TaskParts.contentParts(parts)) {
                    // an accepted answer of no more parts, each said, or all in other words (테이크아웃이요 beside
                    // 가지고 갈게요): the task fits in as few parts, the rest is optional
                    return Optional.empty();
                }
                // an accepted answer of no more parts, some said, that says a part the learner left out as well (미안해.
                // 내일 일해야 해. 다음 주는 어때? beside … 못 가. 다음 주에 먹자.): no evidence that it is optional
                // (session 16)
                continue;
            }
            int missing = -1;
            int covered = 0;
            int leading = -1;
            for (int i = 0; i < parts.size(); i++) {
                Set<String> p = parts.get(i);
                if (TaskParts.formula(p)) {
                    continue;
                }
                if (covered == 0 && missing < 0 && leading < 0 && !items.isEmpty() && p.stream().anyMatch(items::contains)
                        && !TaskParts.covers(said, p) && i < partWords.size() && request(partWords.get(i))) {
                    leading = i; // the first part, the order itself, left out (비빔밥 하나 주세요; session 26)
                    continue;
                }
                if (TaskParts.covers(said, p) || i < partWords.size() && (sharesStem(written, ownWords(partWords, i)) || sameQuantity(written, partWords.get(i)))) {
                    anyCovered = true;
                    covered++;
                } else if ((range || asksWhen && partWords.stream().filter(MissingParts::whenQuestion).count() == 1)
                        && i < partWords.size() && whenQuestion(partWords.get(i))) {
                    // 몇 시부터 몇 시까지예요? asks the start and the end both (session 16); 언제쯤 될까요? asks the time
                    // the one part that asks when asks, in other words (언제 찾을 수 있어요?; session 19, s19c); of an
                    // accepted answer that asks two times (몇 시에 시작해요? 언제 끝나요?) one question says one
                    covered++;
                } else if (missing < 0 && covered > 0) {
                    missing = i; // only after a part said: a first part may be said in other words (비닐봉지 for 봉투)
                }
            }
            if (covered == 0) {
                // the learner said no part of this accepted answer (공연 … 재밌었어 where he wrote 콘서트 … 재미있었어):
                // it is another wording, no evidence that the answer is whole (session 12, eval19e)
                continue;
            }
            if (leading >= 0) {
                // the item's part left out of this accepted answer too: whatever the learner said of the rest, the
                // order itself is missing (other words for the rest, 빼 for 넣지 말아, do not say it)
                if (first == null && missing < 0 && covered >= own && !pointsOrCounts(written)) {
                    first = leadingLocated(raw, a, leading);
                }
                continue;
            }
            if (missing < 0 || covered < own) {
                // every part said, or a part of the learner's that matches none of this answer's (it may say the
                // missing part in other words: 두통이 있어요. 두통약 주세요)
                return Optional.empty();
            }
            if (remarked > 0 && parts.get(missing).stream().noneMatch(items::contains)) {
                return Optional.empty(); // beside a remark, only a part that holds the task's item is missing
            }
            if (first == null) {
                int upTo = missing;
                while (upTo + 1 < parts.size() && !endsSentence(a, partWords.get(upTo))
                        && !(TaskParts.covers(said, parts.get(upTo + 1)) || upTo + 1 < partWords.size()
                                && (sharesStem(written, ownWords(partWords, upTo + 1))
                                        || sameQuantity(written, partWords.get(upTo + 1))))) {
                    upTo++; // the rest of the sentence, left out with it (내일 와서 고쳐 주실 수 있어요?; session 26)
                }
                first = located(raw, a, missing, upTo);
            }
        }
        return anyCovered ? Optional.ofNullable(first) : Optional.empty();
    }

    /**
     * The nouns every accepted answer has that the learner's answer does not, in any form: the thing the task names
     * (비빔밥 in every order, 휴지 in every way of giving the gift, 내일 in every request to come and repair). A noun of
     * two syllables or more that no learner word begins with (its first two syllables) and no formula word. The task is the message (국립국어원
     * 『국제 통용 한국어 표준 교육과정』 2017, 과제 수행): what every way of saying it names is a part of it.
     */
    static Set<String> taskItems(List<String> accepted, Set<String> said, List<String> written) {
        Set<String> common = null;
        for (String a : accepted) {
            Set<String> c = new java.util.HashSet<>(TaskParts.content(a));
            if (common == null) {
                common = c;
            } else {
                common.retainAll(c);
            }
        }
        Set<String> out = new java.util.LinkedHashSet<>();
        if (common == null) {
            return out;
        }
        for (String l : common) {
            if (said.contains(l) || TaskParts.formula(Set.of(l)) || l.isEmpty()) {
                continue;
            }
            if (l.length() < 2 || !KnownWords.noun(l)) {
                continue;
            }
            String head = l.length() >= 2 ? l.substring(0, 2) : l;
            boolean written1 = written.stream().map(w -> PUNCTUATION_CJK_ELLIPSIS.matcher(w).replaceAll(""))
                    .anyMatch(w -> w.startsWith(head) || w.contains(l)
                            || l.length() == 1 && !w.isEmpty() && w.charAt(0) == l.charAt(0));
            if (!written1) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The learner's content lemmas that only remark on a state: adjective stems (VA: 춥, 예쁘) and general adverbs
     * (MAG: 정말, 너무) that no accepted answer has. A descriptive verb states a property (Sohn 1999, §6 on
     * descriptive verbs): it asks for nothing and gives nothing, so it says no item the task names.
     */
    private static Set<String> remarks(List<Set<String>> parts, Set<String> accWords) {
        Set<String> out = new java.util.HashSet<>();
        for (Set<String> p : parts) {
            for (String l : p) {
                Set<org.apache.lucene.analysis.ko.POS.Tag> tags = KnownWords.tags(l);
                if (!accWords.contains(l) && !tags.isEmpty() && tags.stream().allMatch(t -> t == org.apache.lucene.analysis.ko.POS.Tag.VA
                        || t == org.apache.lucene.analysis.ko.POS.Tag.MAG)) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    /**
     * The finding for a first part left out (the order before its reason: 비빔밥 하나 주세요. 제가 고기를 …): at the
     * learner's first word, the part with its own sentence mark from the accepted answer set before it.
     */
    private static Finding leadingLocated(String raw, String accepted, int index) {
        String firstTyped = SPACES.split(raw.strip())[0];
        List<String> words = TaskParts.words(accepted).get(index);
        String missing = String.join(" ", words);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(words.getLast())
                + "\\s*([.?!。,])").matcher(accepted);
        String mark = m.find() ? m.group(1) : "";
        return new Finding(ErrorCategory.INCOMPLETE, firstTyped, missing + mark + " " + firstTyped,
                "incomplete/missing_part");
    }

    /**
     * Whether the part asks for a thing: its last word is a request with 주다 or 부탁하다 (비빔밥 하나 주세요, 표 두 장
     * 부탁드립니다). An order is the first part of such a message; a statement left out first (머리가 아파요 before
     * 두통약 주세요) may be said in other words (두통이 있어요), so only a request is judged.
     */
    private static boolean request(List<String> part) {
        if (part.isEmpty()) {
            return false;
        }
        String last = PUNCTUATION_CJK_ELLIPSIS.matcher(part.getLast()).replaceAll("");
        return last.startsWith("주세요") || last.startsWith("주십시오") || last.startsWith("주시겠") || last.equals("줘")
                || last.equals("줘요") || last.startsWith("부탁");
    }

    /** Whether the part's last word ends a sentence of the accepted answer as written (a sentence mark after it). */
    private static boolean endsSentence(String accepted, List<String> part) {
        return part.isEmpty() || java.util.regex.Pattern.compile("(^|\\s)" + java.util.regex.Pattern.quote(part.getLast())
                + "\\s*[.?!。]").matcher(accepted).find();
    }

    /**
     * Parts {@code from} to {@code to} of the accepted answer as written, commas and the closing mark kept (이거
     * 선물이야, 휴지 사 왔어.); the words joined when the parts do not line up with the written words.
     */
    private static String asWritten(String accepted, List<List<String>> parts, int from, int to) {
        String[] tokens = SPACES.split(accepted.strip());
        int offset = 0;
        for (int i = 0; i < from; i++) {
            offset += parts.get(i).size();
        }
        int count = 0;
        for (int i = from; i <= to; i++) {
            count += parts.get(i).size();
        }
        List<String> joined = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            joined.addAll(parts.get(i));
        }
        if (offset + count > tokens.length) {
            return String.join(" ", joined);
        }
        List<String> out = new ArrayList<>();
        for (int t = offset; t < offset + count; t++) {
            if (!PUNCTUATION_CJK_ELLIPSIS.matcher(tokens[t]).replaceAll("").equals(joined.get(t - offset))) {
                return String.join(" ", joined);
            }
            out.add(tokens[t]);
        }
        return String.join(" ", out);
    }

    /**
     * Whether the learner points at a thing or counts it (이거, 그것, 하나, 한 그릇, 두 개): the order may be said
     * without its noun (이거 하나 주세요), so a first part left out is not judged.
     */
    private static boolean pointsOrCounts(List<String> written) {
        for (String w : written) {
            String bare = PUNCTUATION_CJK_ELLIPSIS.matcher(w).replaceAll("");
            if (bare.startsWith("이거") || bare.startsWith("이것") || bare.startsWith("그거") || bare.startsWith("그것")
                    || bare.startsWith("저거") || bare.startsWith("저것") || bare.startsWith("이걸") || bare.startsWith("같은")
                    || Certainty.leadingNumber(bare) != null || Numerals.number(bare) != null) {
                return true;
            }
        }
        return false;
    }

    /** The stem of 받다, the receiving side of a transfer. */
    private static final String RECEIVE = "받";

    /**
     * Whether the learner gives with the main verb 주다 or 드리다 (이거 드릴게요, 이거 줄게): the giver's side of the
     * transfer that 받다 names from the receiver's (받으세요 'please accept it'); 주다 and 받다 are converses
     * (표준국어대사전 '받다'¹ 「1」 and '주다'¹ 「1」, 반대말; '드리다'¹ 「1」, the humble 주다; Sohn 1999 on humble
     * verbs). Only the main verb, as Nori reads it in the sentence: the auxiliary of a favour (사 드릴게요, 해 줄게)
     * gives nothing.
     */
    private static boolean gives(String raw) {
        for (List<String> ws : SpeechLevels.sentences(raw)) {
            for (Morphology.Word w : Morphology.analyse(com.koto.evaluation.text.AnswerText.normalise(String.join(" ", ws)))) {
                if (!w.morphemes().isEmpty() && w.morphemes().getFirst().is("VV")
                        && (w.morphemes().getFirst().form().equals("주") || w.morphemes().getFirst().form().equals("드리"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A question word and 부터, then a question word and 까지, in one question (몇 시부터 몇 시까지예요?). */
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile(
            "(몇 ?\\S*|언제)부터 [^.?!]*?(몇 ?\\S*|언제)까지[^.?!]*\\?");

    /**
     * Whether the learner asks a range, its start with 부터 and its end with 까지 (몇 시부터 몇 시까지예요?, 언제부터
     * 언제까지 해요?): 부터 marks the start of a range and 까지 its end (표준국어대사전 '부터' 「조사」, '까지' 「조사」 1;
     * 국립국어원 한국어 문법 1, 보조사), so one question asks when a thing starts and when it ends. An accepted
     * answer's part that asks either (몇 시에 시작해요? 언제 끝나요?) is then said.
     */
    private static boolean rangeQuestion(String raw) {
        return RANGE.matcher(raw).find();
    }

    /** A part that asks a time: it holds 언제 or 몇 (the part's words come without their punctuation). */
    private static boolean whenQuestion(List<String> words) {
        return words.stream().anyMatch(w -> w.startsWith("언제") || w.equals("몇"));
    }

    /**
     * The learner's predicates that may each state something: not the predicate of a formula sentence (안녕하십니까,
     * 잘 부탁드립니다), not a modifier before its noun (인도네시아에서 온 리나, 못 갈 것 같아요: a relative clause names
     * the noun, it states nothing of its own; Sohn 1999 on relative clauses), not an auxiliary, -(으)ㄹ 수 있다 or
     * -아/어야 되다/하다 (one predicate each).
     */
    private static long predicates(String raw) {
        long predicates = 0;
        for (List<String> ws : SpeechLevels.sentences(raw)) {
            if (TaskParts.formula(TaskParts.content(String.join(" ", ws)))) {
                continue; // 안녕하십니까, 잘 부탁드립니다: the predicate of a formula says none of the task's content
            }
            Morphology.Word previous = null;
            List<Morphology.Word> words = Morphology.analyse(com.koto.evaluation.text.AnswerText.normalise(String.join(" ", ws)));
            for (int i = 0; i < words.size(); i++) {
                Morphology.Word w = words.get(i);
                if (w.verbal() && !w.startsWith("VX") && !w.startsWith("XSV", "XSA")
                        && !(w.endsWith("ETM") && i + 1 < words.size())
                        // 계란 빼고 비빔밥 주세요: 'except the egg', no predicate of its own (session 38, s38d)
                        && !(i + 1 < words.size() && TaskParts.excluding(words, i))
                        && !(previous != null && (previous.surface().equals("수") || previous.surface().equals("수도"))
                                && (w.surface().startsWith("있") || w.surface().startsWith("없")))
                        && !(previous != null && (previous.surface().endsWith("야")) && previous.verbal()
                                && "되돼됐하해했".indexOf(w.surface().charAt(0)) >= 0)) {
                    // -아/어야 되다/하다 is one predicate of obligation (가져가야 돼; Yeon & Brown 2019, -아/어야 되다;
                    // session 12, eval19e)
                    // 사용할 수 있어요 is one predicate: -(으)ㄹ 수 있다 is a construction of possibility (Yeon &
                    // Brown 2019), not a second statement (session 9, eval14c)
                    predicates++;
                }
                previous = w;
            }
        }
        return predicates;
    }

    /** The number of parts of an accepted answer, formulae aside, that the learner's answer says. */
    private static long coveredParts(List<Set<String>> parts, List<List<String>> partWords, Set<String> said,
            List<String> written) {
        long covered = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (!TaskParts.formula(parts.get(i)) && (TaskParts.covers(said, parts.get(i))
                    || i < partWords.size() && (sharesStem(written, ownWords(partWords, i)) || sameQuantity(written, partWords.get(i))))) {
                covered++;
            }
        }
        return covered;
    }

    /**
     * The finding for part {@code index} (after a part the learner said) of the accepted answer, at the
     * learner's last word as typed: from the accepted answer's joining predicate of the same stem on when
     * the part is a clause (나요. → 나고 목이 아파요.), else the learner's word and the part.
     */
    private static Finding located(String raw, String accepted, int index, int upTo) {
        // the learner's words as typed, punctuation kept, so a finding of the comparison on the same word
        // (체크인함니다 → 체크인합니다) is kept beside this one
        String lastTyped = wordBefore(raw, TaskParts.distinctive(TaskParts.parts(accepted)), index);
        String end = FINAL_MARKS_GROUP.matcher(lastTyped).replaceAll("$1");
        List<List<String>> parts = TaskParts.words(accepted);
        String missing = upTo > index ? asWritten(accepted, parts, index, upTo) : String.join(" ", parts.get(index));
        String lastWord = PUNCTUATION_CJK_ELLIPSIS.matcher(lastTyped).replaceAll("");
        List<String> before = parts.get(index - 1);
        String joint = before.getLast();
        String stem = stem(lastWord);
        if (!joint.equals(lastWord) && (stem != null && stem.equals(stem(joint)) || joint.charAt(0) == lastWord.charAt(0))
                && !java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(joint) + "\\s*[.?!。]").matcher(accepted).find()) {
            // the joint ends no sentence of the accepted answer (read as written: alone, Nori reads 아파서 as a
            // sentence end)
            // the accepted predicate that joins the missing clause (나고 for the learner's 나요)
            return new Finding(ErrorCategory.INCOMPLETE, lastTyped, joint + " " + missing + end, "incomplete/missing_part");
        }
        return new Finding(ErrorCategory.INCOMPLETE, lastTyped, lastTyped + " " + missing, "incomplete/missing_part");
    }

    /**
     * The learner's word as typed after which the missing part goes: the last word of the learner's part that says
     * the accepted answer's part before the gap (국 진짜 맛있다. 다음에 또 오자. for 국이 맛있는데 좀 짜. 다음에 또 오자.:
     * after 맛있다; 저는 … 리나입니다. 잘 부탁드립니다.: after 리나입니다, not the closing formula), else the learner's
     * last word.
     */
    private static String wordBefore(String raw, List<Set<String>> acceptedParts, int index) {
        String[] typed = SPACES.split(raw.strip());
        int k = index - 1;
        while (k > 0 && TaskParts.formula(acceptedParts.get(k))) {
            k--;
        }
        List<Set<String>> own = TaskParts.parts(raw);
        List<List<String>> ownWords = TaskParts.words(raw);
        String last = null;
        for (int i = 0; i < own.size() && i < ownWords.size(); i++) {
            if (!TaskParts.formula(own.get(i)) && TaskParts.covers(own.get(i), acceptedParts.get(k))
                    && !ownWords.get(i).isEmpty()) {
                last = ownWords.get(i).getLast();
            }
        }
        if (last != null) {
            for (int t = typed.length - 1; t >= 0; t--) {
                if (PUNCTUATION_CJK_ELLIPSIS.matcher(typed[t]).replaceAll("").equals(last)) {
                    return typed[t];
                }
            }
        }
        return typed[typed.length - 1];
    }

    /**
     * The words of part {@code index} whose stem no other part of the same accepted answer has: 땅콩 in 이
     * 음식에 땅콩 들어가요 repeats the first part's 땅콩 알레르기, so it does not show that the learner said the
     * second part (the words' counterpart of {@link TaskParts#distinctive}; session 12, eval19e).
     */
    private static List<String> ownWords(List<List<String>> parts, int index) {
        Set<String> others = new java.util.HashSet<>();
        for (int j = 0; j < parts.size(); j++) {
            if (j != index) {
                parts.get(j).forEach(w -> others.add(ArgumentCheck.stemAndParticle(w)[0]));
            }
        }
        List<String> own = parts.get(index).stream().filter(w -> !others.contains(ArgumentCheck.stemAndParticle(w)[0])).toList();
        return own.isEmpty() ? parts.get(index) : own;
    }

    /**
     * The nouns the learner points at with a demonstrative (이 방, 그 책, 저 가방): the thing at hand, named
     * by the situation rather than by the task, so no content of the learner's own that might say the
     * missing part (Sohn 1999, §5.5 on demonstratives; session 12, eval19e).
     */
    private static Set<String> pointedNouns(String raw) {
        Set<String> out = new java.util.HashSet<>();
        for (List<String> sentence : SpeechLevels.sentences(raw)) {
            for (int i = 0; i + 1 < sentence.size(); i++) {
                if (Set.of("이", "그", "저").contains(sentence.get(i))) {
                    out.add(ArgumentCheck.stemAndParticle(sentence.get(i + 1))[0]);
                }
            }
        }
        return out;
    }

    /**
     * Bound nouns of constructions (-(으)ㄹ 수 있다, -(으)ㄴ 적이 있다, -(으)ㄹ 줄 알다, -는 것/거): they carry no content
     * of a part, so 수 in 줄여 주실 수 있어요? does not say 언제 찾을 수 있어요? (표준국어대사전 '수'², '적'⁴, '줄'⁴,
     * '것' 의존 명사; Yeon &amp; Brown 2019, -(으)ㄹ 수 있다; session 19, s19c).
     */
    private static final Set<String> BOUND_NOUNS = Set.of("수", "적", "줄", "것", "거", "데");

    /**
     * Whether a word of the part begins with the same two syllables as a word of the answer (가져갈까 and
     * 가져가야): the same stem where the analyser gives two lemmas.
     */
    /**
     * Whether the learner states a quantity of the part: the same number before the same counter, in digits or in
     * letters, joined or apart, with a delimiter or not (5개만 주세요 for 다섯 개 주세요; session 20, s20a). Digits
     * and the native numeral name one number before a counter (Yeon &amp; Brown 2019, numerals and counters;
     * 한글 맞춤법 제44항, numbers in digits), and 만 'only' marks the amount chosen, no other part (표준국어대사전
     * '만'³ 「조사」 「1」). Another number or another counter says another thing.
     */
    private static boolean sameQuantity(List<String> answer, List<String> part) {
        Set<String> theirs = quantities(part);
        return !theirs.isEmpty() && quantities(answer).stream().anyMatch(theirs::contains);
    }

    /** The quantities of these words as "number:counter" (5개만 → 5:개, 다섯 개 → 5:개). */
    private static Set<String> quantities(List<String> words) {
        Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String w = PUNCTUATION_CJK_ELLIPSIS.matcher(words.get(i)).replaceAll("");
            Integer n = Certainty.leadingNumber(w);
            if (n == null) {
                continue;
            }
            int digits = 0;
            while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
                digits++;
            }
            String counter = digits > 0 && digits < w.length() ? w.substring(digits)
                    : i + 1 < words.size() ? PUNCTUATION_CJK_ELLIPSIS.matcher(words.get(i + 1)).replaceAll("") : "";
            counter = ArgumentCheck.stemAndParticle(counter.endsWith("요") ? counter.substring(0, counter.length() - 1)
                    : counter)[0];
            if (Lexicon.COUNTERS.contains(counter)) {
                out.add(n + ":" + counter);
            }
        }
        return out;
    }

    private static boolean sharesStem(List<String> answer, List<String> part) {
        for (String p : part) {
            for (String w : answer) {
                String ps = ArgumentCheck.stemAndParticle(p)[0];
                if (!ps.isEmpty() && ps.equals(ArgumentCheck.stemAndParticle(w)[0])
                        && "있없하해했되돼됐주줘드계".indexOf(ps.charAt(0)) < 0 && !BOUND_NOUNS.contains(ps)) {
                    return true; // the same noun (개 and 개만)
                }
                if (p.length() >= 3 && w.length() >= 3 && p.substring(0, 2).equals(w.substring(0, 2))
                        && "있없하해했되돼됐주줘드계".indexOf(p.charAt(0)) < 0) { // not a light verb (있어요)
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The content lemmas of the learner's words that are accepted words misspelt: the same number of
     * syllables (two or more), one jamo apart (영하 for 영화, 짬봉 for 짬뽕, 바비규 for 바비큐; session 9,
     * helper eval14c). A misspelling names the accepted thing, so it is no other content that might say
     * the missing part; the spelling itself is reported by the comparison.
     */
    static Set<String> misspelt(String raw, List<String> accepted) {
        Set<String> out = new java.util.HashSet<>();
        Set<String> acceptedWords = new java.util.HashSet<>();
        accepted.forEach(a -> SpeechLevels.sentences(a).forEach(ws -> ws.forEach(w -> acceptedWords.add(ArgumentCheck.stemAndParticle(w)[0]))));
        for (List<String> sentence : SpeechLevels.sentences(raw)) {
            for (String w : sentence) {
                String stem = ArgumentCheck.stemAndParticle(w)[0];
                if (stem.length() < 2 || acceptedWords.contains(stem)) {
                    continue;
                }
                for (String a : acceptedWords) {
                    if (a.length() == stem.length() && com.koto.evaluation.text.Hangul.jamoDistance(stem, a) == 1) {
                        out.addAll(TaskParts.content(w)); // the lemmas Nori reads in the misspelt word (바비 + 규)
                        out.add(stem);
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The first verb or adjective stem of a word, or null. */
    private static String stem(String word) {
        for (Morphology.Morpheme m : Morphology.analyse(word).stream().flatMap(w -> w.morphemes().stream()).toList()) {
            if (m.is("VV", "VA")) {
                return m.form();
            }
        }
        return null;
    }
}
