package com.koto.evaluation.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Precision classes of session 24 (helper s24a): a form the learner chose, well formed and saying what the accepted
 * answer says, that the comparison with one accepted answer reads as a slip. Each finding of a class is an alignment
 * artefact, never decisive ({@link #artefact}, a filter in {@code RuleEvaluator.judged} and on the accepted answers'
 * turned tense).
 * <ul>
 * <li><b>N(으)로 'as, for' a meal or a use</b> (저녁으로 뭐 먹고 싶어? for 저녁에 뭐 먹을래? / 저녁 뭐 먹고 싶어?): (으)로
 * after a noun names the capacity in which a thing serves (표준국어대사전 '으로' 「조사」, 지위나 신분 또는 자격을 나타내는
 * 격 조사; Yeon &amp; Brown 2019, (으)로 'as, for'), so 저녁으로 라면을 먹다 says what the meal is, as 저녁에 says when.
 * Read only on a meal or a use noun ({@link #SERVES_AS}) in its right allomorph, with a verb of eating, drinking,
 * buying, giving, ordering or making after it in the same sentence; 저녁으로 가요 and 저녁로 먹어 keep their findings.</li>
 * <li><b>a standing property in the present</b> (거기서 어제 염색했어. 완전 싸. for … 쌌어): an adjective in the
 * non-past states a property that holds at the time of speaking (Sohn 1999 §8, tense: the non-past of a descriptive
 * verb for a current state; Yeon &amp; Brown 2019, the present tense of descriptive verbs), and the price, the
 * friendliness, the distance or the size of a place or a shop ({@link #STANDING}) still holds after the visit told
 * in the past. Read only on such an adjective ending a sentence of its own with no word of past time in it (어제,
 * 어젯밤, 지난, 아까 …); 어제 영화가 재미있어 (an event's quality, and 어제 in its sentence) keeps its finding.</li>
 * <li><b>another clause connective of the same verb</b> (비가 오니까 우산 가져가 for 비가 오면 …, 집에 가면 전화할게 for
 * 집에 가서 …): -(으)니까, -(으)면, -아/어서 and -는데 each join a clause of reason, condition, sequence or background
 * to the next (Yeon &amp; Brown 2019, clause connectives; Sohn 1999 §9, conjunctive suffixes), and which one the
 * learner chooses is the learner's to choose unless a known restriction is broken: -아/어서 of reason takes no past
 * marker and no imperative or propositive after it (Yeon &amp; Brown 2019, -아/어서 restrictions). Read only on one
 * word of the accepted verb's stem in another of these connectives, with a past marker only where the accepted one
 * has one; -아/어서 only before a promise, a plan or the past (가서 전화할게), so 비가 와서 우산 가져가 keeps its
 * finding, as do -지만 'but' and a past 갔어서. -고 is not among them: after a verb of going -아/어서 says the next
 * act happens there and -고 does not (부산에 가서 해산물 먹었어, not 가고; 만나서 반가워요, not 만나고; Yeon &amp;
 * Brown 2019, -아/어서 of sequence versus -고).</li>
 * <li><b>N 때문에 for N(으)로 of cause</b> (휴가 때문에 왔어요 for 휴가로 왔어요): (으)로 after a noun may name the cause
 * (표준국어대사전 '으로' 「조사」, 어떤 일의 원인이나 이유를 나타내는 격 조사), which the bound noun 때문 says with 에
 * (표준국어대사전 '때문' 「의존명사」, 어떤 일의 원인이나 까닭), so no (으)로 is missing on a noun 때문에 follows. Read only
 * where the next word of the answer is a form of 때문; 휴가 왔어요 keeps its finding.</li>
 * <li><b>the (으)로 another accepted answer puts in that slot</b> (소형차로 사흘 동안 빌리고 싶습니다 for 소형차를 3일
 * 동안 …, where 작은 차로 사흘 동안 렌트하고 싶어요 is accepted too): (으)로 marks the option chosen (Yeon &amp; Brown
 * 2019, (으)로 of choice: 이걸로 할게요), and the task's own accepted answer takes it before the same word. Read only on
 * N(으)로 in its right allomorph where the correction is N을/를 and an accepted answer has a word in (으)로 right
 * before the word that follows the learner's; 소형차로 빌리고 (no such slot) keeps its finding.</li>
 * </ul>
 */
final class ChosenForms {

    /** Meal and use nouns that take (으)로 'as, for' (저녁으로, 간식으로, 선물로). */
    private static final Set<String> SERVES_AS = Set.of("아침", "점심", "저녁", "아침밥", "점심밥", "저녁밥", "간식", "야식",
            "디저트", "후식", "안주", "반찬", "선물", "브런치");
    /** Verb stems whose object a meal or use noun with (으)로 names the role of (먹다, 사다, 주문하다 …). */
    private static final Set<String> SERVING_VERBS = Set.of("먹", "마시", "드시", "사", "주", "드리", "시키", "만들",
            "고르", "받", "준비", "주문", "사주", "사오", "해먹", "먹이", "살"); // 살: Nori reads 살까요 as 살다
    /**
     * Adjectives of a standing property of a place or a thing: price, service, distance, size, cleanness. Not noise
     * or quiet, which are events of a time (어젯밤에 옆방이 시끄러웠어요).
     */
    private static final Set<String> STANDING = Set.of("싸", "비싸", "저렴하", "친절하", "불친절하", "가깝", "멀", "넓", "좁",
            "깨끗하");
    /** Words of past time that put their sentence in the past. */
    private static final Set<String> PAST_TIME = Set.of("어제", "어젯", "간밤", "밤새", "그저께", "엊그제", "아까", "그때", "작년", "옛날", "지난",
            "지난번", "지난주", "지난달", "예전", "전에");
    /** Clause connectives of reason, condition, sequence and background (the learner's and the accepted word's). */
    private static final Pattern LINK = Pattern.compile(".+(니까|면|서|데)");
    /** Connectives that end alike but say another thing: purpose, quotation, hypothesis, contrast. */
    private static final Pattern OTHER_LINK = Pattern.compile(".*(려고|려면|다고|자고|라고|냐고|다면|라면|지만|니다면)");
    /** Sentence ends after which -아/어서 is no reason before a directive: a promise, a plan, a will, the past. */
    private static final Pattern NOT_DIRECTIVE = Pattern.compile(".*(게|게요|래|래요|거야|거예요|겠어|겠어요|겠습니다)|.*[았었였했갔왔봤줬샀썼됐].*");
    /** Sentence marks and commas. */
    private static final Pattern MARKS = Pattern.compile("[?.!,~…]");
    /** Where a sentence ends in the answer as typed. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!。]+");

    private ChosenForms() {
    }

    /**
     * Whether the finding belongs to one of the classes above.
     *
     * @param f       a finding of the comparison
     * @param asTyped     the learner's answer with its sentence marks and commas
     * @param allAccepted all the activity's normalised accepted answers
     */
    static boolean artefact(Finding f, String asTyped, List<String> allAccepted) {
        String o = f.original() == null ? "" : f.original().strip();
        String c = f.correction() == null ? "" : f.correction().strip();
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ")) {
            return false;
        }
        return switch (f.category()) {
            case PARTICLE_WRONG -> servesAs(o, c, asTyped) || optionInSlot(o, c, asTyped, allAccepted);
            case PARTICLE_MISSING -> servesAs(o, c, asTyped) || causeNamed(o, c, asTyped);
            case TENSE -> standingProperty(o, c, asTyped);
            case ENDING -> "ending/modifier_or_connective".equals(Subtypes.of(f))
                    && (otherLink(o, c, asTyped) || linkOfAnother(o, c, asTyped, allAccepted) || compoundHead(o, c));
            default -> false;
        };
    }

    /** 저녁으로 → 저녁 (저녁에) where a verb of eating, buying, giving … follows in the sentence. */
    static boolean servesAs(String o, String c, String asTyped) {
        String word = strip(o);
        String noun = SERVES_AS.stream().filter(n -> word.equals(n + Particles.of("으로").orElseThrow().formAfter(n)))
                .findFirst().orElse(null);
        if (noun == null || !strip(c).startsWith(noun)) {
            return false;
        }
        List<String> sentence = sentenceAfter(word, asTyped);
        for (String w : sentence) {
            List<Morphology.Word> read = Morphology.analyse(w);
            if (read.size() == 1 && !read.getFirst().morphemes().isEmpty()
                    && (read.getFirst().startsWith("VV") || read.getFirst().startsWith("NNG") && read.getFirst().has("XSV"))
                    && SERVING_VERBS.contains(read.getFirst().morphemes().getFirst().form())) {
                return true;
            }
        }
        return false;
    }

    /** 휴가 → 휴가로 where a form of 때문 follows 휴가. */
    static boolean causeNamed(String o, String c, String asTyped) {
        String noun = strip(o);
        if (noun.isEmpty() || !strip(c).equals(noun + Particles.of("으로").orElseThrow().formAfter(noun))) {
            return false;
        }
        List<String> after = sentenceAfter(noun, asTyped);
        return !after.isEmpty() && after.getFirst().startsWith("때문");
    }

    /** 소형차로 → 소형차를 where an accepted answer has a word in (으)로 before the word after 소형차로. */
    static boolean optionInSlot(String o, String c, String asTyped, List<String> allAccepted) {
        String word = strip(o);
        String noun = word.endsWith("으로") ? word.substring(0, word.length() - 2)
                : word.endsWith("로") ? word.substring(0, word.length() - 1) : "";
        if (noun.isEmpty() || !word.equals(noun + Particles.of("으로").orElseThrow().formAfter(noun))
                || !strip(c).equals(noun + Particles.of("을").orElseThrow().formAfter(noun))) {
            return false;
        }
        List<String> after = sentenceAfter(word, asTyped);
        if (after.isEmpty()) {
            return false;
        }
        for (String accepted : allAccepted) {
            List<String> words = words(accepted);
            for (int k = 0; k + 1 < words.size(); k++) {
                if (words.get(k).endsWith("로") && words.get(k + 1).equals(after.getFirst())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** 싸 → 쌌어 where 싸 ends a sentence of its own with no word of past time. */
    static boolean standingProperty(String o, String c, String asTyped) {
        List<Morphology.Word> a = Morphology.analyse(strip(o));
        List<Morphology.Word> e = Morphology.analyse(strip(c));
        // Nori may read 싸 and 쌌어 as the verb 싸다 'wrap': the stem is read against STANDING, the tag as any predicate
        if (a.size() != 1 || e.size() != 1 || !a.getFirst().startsWith("VA", "VV") || a.getFirst().has("EP")
                || !e.getFirst().has("EP") || !e.getFirst().startsWith("VA", "VV")) {
            return false;
        }
        String stem = a.getFirst().morphemes().getFirst().form();
        if (!STANDING.contains(stem) || !stem.equals(e.getFirst().morphemes().getFirst().form())) {
            return false;
        }
        for (String sentence : SENTENCE_END.split(asTyped.strip())) {
            List<String> words = words(sentence);
            if (!words.isEmpty() && words.getLast().equals(strip(o))) {
                return words.stream().noneMatch(w -> PAST_TIME.stream().anyMatch(w::startsWith));
            }
        }
        return false;
    }

    /**
     * 받고 → 발급받고 (session 26, s26b): the learner's 받다 is the accepted N받다 with its noun left out, the ending
     * the same, so no ending differs; N받다 names the receiving its 받다 does (표준국어대사전 '발급받다': 발급 + 받다;
     * '-받다' 「접사」), and 받다 alone is a paraphrase, not a wrong form. Only 받다: 드립니다 for 축하드립니다 leaves
     * out what is offered.
     */
    static boolean compoundHead(String o, String c) {
        String w = strip(o);
        String a = strip(c);
        return w.startsWith("받") && a.length() > w.length() + 1 && a.endsWith(w)
                && KnownWords.noun(a.substring(0, a.length() - w.length()));
    }

    /** 오니까 → 오면, 가면 → 가서: another clause connective of the same verb, no known restriction broken. */
    static boolean otherLink(String o, String c, String asTyped) {
        String a = strip(o);
        String e = strip(c);
        if (!LINK.matcher(a).matches() || !LINK.matcher(e).matches() || OTHER_LINK.matcher(a).matches()
                || OTHER_LINK.matcher(e).matches() || a.equals(e)) {
            return false;
        }
        List<Morphology.Word> ra = Morphology.analyse(a);
        List<Morphology.Word> re = Morphology.analyse(e);
        // -는데 alone is read as a sentence end (EF); before the clause it joins it is the connective (session 29, s29b)
        if (ra.size() != 1 || re.size() != 1 || !connective(ra.getFirst(), a) || !connective(re.getFirst(), e)
                || ra.getFirst().morphemes().isEmpty() || re.getFirst().morphemes().isEmpty()
                || !ra.getFirst().morphemes().getFirst().form().equals(re.getFirst().morphemes().getFirst().form())
                || ra.getFirst().has("EP") && !re.getFirst().has("EP")) {
            return false;
        }
        if (a.endsWith("서")) {
            // -아/어서 of reason before an imperative or propositive is wrong: read only before a promise, a plan, the past
            List<String> rest = sentenceAfter(a, asTyped);
            return !ra.getFirst().has("EP") && !rest.isEmpty() && NOT_DIRECTIVE.matcher(rest.getLast()).matches();
        }
        return true;
    }

    /** Whether the word ends in a connective: Nori's EC, or -는데/-(으)ㄴ데, which Nori reads alone as a sentence end. */
    private static boolean connective(Morphology.Word w, String written) {
        return w.endsWith("EC") || w.endsWith("EF") && written.endsWith("데");
    }

    /**
     * 수업 끝나면 → 끝나고 where another accepted answer says 수업 끝나면 itself (나 수업 끝나면 도서관 가서 공부하려고):
     * a clause connective of the same verb that an accepted answer of the activity joins to the same word before it
     * is the activity's own wording, not a wrong link (the accepted answers are the activity's norm, docs/evaluation.md;
     * Yeon &amp; Brown 2019 on -(으)면 and -고 of sequence before a plan). Both words are one written stem with a
     * connective of {@link #SEQUENCE_LINK} (Nori misreads 끝나면 as 끝 + 이다), and the learner's word with the word before it stands in an accepted answer as the learner wrote them; a
     * connective no accepted answer has there (수업 끝나서 for 끝나고) keeps its finding (session 25, s25a).
     */
    /** A verb's written stem and a connective of time or condition (끝나 + 면, 끝나 + 고, 가 + 서, 오 + 니까). */
    private static final Pattern SEQUENCE_LINK = Pattern.compile("(.+?)(으면|면|고|아서|어서|서|으니까|니까|는데)");

    static boolean linkOfAnother(String o, String c, String asTyped, List<String> allAccepted) {
        String a = strip(o);
        String e = strip(c);
        java.util.regex.Matcher ma = SEQUENCE_LINK.matcher(a);
        java.util.regex.Matcher me = SEQUENCE_LINK.matcher(e);
        if (a.equals(e) || !ma.matches() || !me.matches() || !ma.group(1).equals(me.group(1))) {
            return false;
        }
        List<String> words = words(asTyped.replace(",", " ").replaceAll("[.!?。]", " "));
        int at = words.indexOf(a);
        if (at < 1) {
            return false;
        }
        String pair = " " + words.get(at - 1) + " " + a + " ";
        return allAccepted.stream().anyMatch(x -> (" " + x + " ").contains(pair));
    }

    /** The words after the word in its sentence of the typed answer, marks stripped; empty when it is not there. */
    private static List<String> sentenceAfter(String word, String asTyped) {
        for (String sentence : SENTENCE_END.split(asTyped.strip())) {
            List<String> words = words(sentence);
            int at = words.indexOf(word);
            if (at >= 0) {
                return words.subList(at + 1, words.size());
            }
        }
        return List.of();
    }

    private static List<String> words(String sentence) {
        return java.util.Arrays.stream(sentence.strip().split("\\s+")).map(ChosenForms::strip).filter(w -> !w.isEmpty())
                .toList();
    }

    private static String strip(String word) {
        return MARKS.matcher(word).replaceAll("");
    }
}
