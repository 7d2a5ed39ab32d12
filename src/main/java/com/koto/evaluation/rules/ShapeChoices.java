package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Choices of sentence shape that the accepted answers happen to make one way, misread by the comparison as
 * a slip (session 18, helper s18a; false alarms of the precision set AC3, {@code precision-dev14}): two
 * sentences where the accepted answer joins two clauses, the quoted message and its recipient in either
 * order, a destination noun (부산행) before or after the other modifier of a ticket, and the auxiliary
 * -아/어 보다 inside a question of permission. A finding of these classes is an alignment artefact
 * ({@link #artefact}, applied where the decisive findings are judged): never decisive, so alone it leaves
 * the answer passing. A word another accepted answer leaves out in the same slot ({@link #leftOutByAnother}) is
 * read where the rule evaluator completes an answer the lexicon rewrote.
 *
 * <p>Spans are normalised ({@link com.koto.evaluation.text.AnswerText#normalise}): {@code o} the learner's
 * span, {@code c} the accepted span, {@code answer} the learner's normalised answer, {@code asTyped} the
 * answer as typed (sentence marks kept) or null.
 */
final class ShapeChoices {

    /** One or more white-space characters, between typed words. */
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    /** Only full stops, exclamation marks and commas. */
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[.!,]+");
    /** A word of Latin letters only (KTX, ATM). */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");

    private ShapeChoices() {
    }

    /** Whether the finding belongs to one of the classes below. */
    static boolean artefact(Finding f, String answer, String asTyped) {
        String o = f.original() == null ? "" : f.original().strip();
        String c = f.correction() == null ? "" : f.correction().strip();
        String subtype = Subtypes.of(f);
        return switch (f.category()) {
            case ENDING -> (subtype.equals("ending/copula") || subtype.equals("ending/modifier_or_connective"))
                    && sentenceForConnective(o, c, answer, asTyped);
            case WORD_ORDER -> subtype.equals("word_order/phrase")
                    && (quoteAndRecipient(o, c) || destinationBesideModifier(o, c, answer));
            case VOCABULARY -> subtype.equals("vocabulary/word") && tryingInPermission(o, c, answer);
            default -> false;
        };
    }

    /**
     * The written endings of a connective that joins a clause of reason, background, addition or contrast to
     * the next (-아/어서, -(이)라서, -(이)라, -(으)니까, -(으)ㄴ데/-는데, -고, -지만). A condition (-(으)면),
     * an obligation (-아/어야) or a concession (-아/어도) is no such join: said as a sentence of its own it says
     * something else (비가 와. 안 가 is not 비가 오면 안 가).
     */
    private static final List<String> JOINING = List.of("서", "라", "니까", "데", "고", "지만");

    /**
     * A sentence of its own where the accepted answer joins its clause to the next with a connective (나 지금
     * 버스 안이야. 십 분 뒤에 다시 전화할게 for 버스 안이라서 10분 뒤에 전화할게; 머리가 아파요. 오늘 못 가요
     * for 아파서): the learner says the reason or the background in one sentence and the rest in the next,
     * which a clause connective only joins (Yeon &amp; Brown 2019, on clause connectives and on 이다; 표준국어대사전
     * '-아서' 「3」, '-니까', '-는데' 「2」, '-라서'; Sohn 1999 §8.1, sentence enders). The learner's word is the
     * same predicate (the same stem, or the same noun with the copula 이다) with a sentence-final ending and
     * nothing after the stem but an ending and the past (늦었어요. 죄송해요 for 늦어서 죄송해요); as typed, a full
     * stop, an exclamation mark or a comma follows it and another word comes after. Without a mark (버스 안이야
     * 10분 뒤에 …), with a question mark, and for a condition (-(으)면, {@link #JOINING}) the finding stays.
     */
    static boolean sentenceForConnective(String o, String c, String answer, String asTyped) {
        if (o.isEmpty() || c.isEmpty() || o.contains(" ") || c.contains(" ") || o.equals(c) || asTyped == null
                || JOINING.stream().noneMatch(c::endsWith) || !endsTypedSentence(o, asTyped)) {
            return false;
        }
        List<Morphology.Morpheme> mo = Evidence.morphemesIn(o, answer);
        if (mo.isEmpty()) {
            mo = Morphology.morphemes(o);
        }
        List<Morphology.Morpheme> mc = Morphology.morphemes(c);
        if (mo.size() < 2 || mc.size() < 2 || !mo.getFirst().form().equals(mc.getFirst().form())
                || !mo.getLast().is("EF", "EC")) {
            return false;
        }
        boolean copula = mo.getFirst().is("NNG", "NNP", "NNB", "NP") && mo.get(1).is("VCP")
                && mc.stream().anyMatch(m -> m.is("VCP"));
        boolean predicate = mo.getFirst().is("VV", "VA", "VX") && mc.getFirst().is("VV", "VA", "VX");
        if (!copula && !predicate) {
            return false;
        }
        // between the stem (or the noun and 이다) and the final ending only the past -았/었- (and -시-)
        for (int i = copula ? 2 : 1; i + 1 < mo.size(); i++) {
            if (!mo.get(i).is("EP")) {
                return false;
            }
        }
        // the copula fits its noun (이에요/예요, 이야/야; 입니다 after either)
        return copula ? Certainty.wellFormedCopula(o) || o.endsWith("입니다") && o.length() > 3 : finalForm(o);
    }

    /** A predicate's written sentence-final form: 해요체 -요, 합쇼체 -니다, plain -다, or the 반말 -아/어. */
    private static boolean finalForm(String word) {
        if (word.endsWith("요") || word.endsWith("니다") || word.endsWith("다")) {
            return true;
        }
        char last = word.charAt(word.length() - 1);
        return Hangul.isSyllable(last) && !Hangul.hasFinal(last) && INFINITIVE_VOWELS.contains(Hangul.medialIndex(last));
    }

    /** The vowels a 반말 -아/어 form ends in: ㅏ ㅐ ㅑ ㅓ ㅕ ㅘ ㅙ ㅝ (가, 해, 써, 펴, 봐, 돼, 줘). */
    private static final Set<Integer> INFINITIVE_VOWELS = Set.of(Hangul.Medial.A, Hangul.Medial.AE, Hangul.Medial.YA,
            Hangul.Medial.EO, Hangul.Medial.YEO, Hangul.Medial.WA, 10, Hangul.Medial.WO);

    /** Whether, as typed, {@code word} is followed by '.', '!' or ',' and another word comes after it. */
    private static boolean endsTypedSentence(String word, String asTyped) {
        String[] typed = WHITE_SPACE.split(asTyped.strip());
        for (int i = 0; i + 1 < typed.length; i++) {
            String t = typed[i];
            if (t.startsWith(word) && t.length() > word.length() && SENTENCE_MARKS.matcher(t.substring(word.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The endings of an indirect quotation (-다고, -라고, -냐고, -자고, -(으)라고), written on its last word. */
    private static final List<String> QUOTATIVE = List.of("다고", "라고", "냐고", "자고");

    /** The particles of a recipient of telling (께, 에게, 한테, 더러) and 에 of a place told. */
    private static final List<String> RECIPIENT = List.of("께", "에게", "한테", "더러", "에");

    /**
     * The recipient of a message and the quoted message in the other order (부디한테서 전화 왔다고 박 선생님께
     * 전해 주시겠어요 for 박 선생님께 부디한테서 전화 왔다고 전해 주세요; 엄마한테 늦는다고 말해 줘 for 늦는다고 엄마한테):
     * a quoted clause with -다고/-라고/-냐고/-자고 is a whole complement of the verb of telling, and it scrambles
     * with the recipient phrase as any two arguments before the predicate do (Sohn 1999 §6, scrambling; Yeon
     * &amp; Brown 2019, on indirect quotation with -다고/-라고 하다 and 전하다). The two spans are the same two
     * blocks swapped: one ends in a quotative ending, the other is a noun phrase with 께/에게/한테/더러 (or
     * 에). A word moved into or out of the quote (전화 부디한테서 왔다고) is no such swap and keeps its finding.
     */
    static boolean quoteAndRecipient(String o, String c) {
        String[] a = o.split(" ");
        if (a.length < 2 || a.length != c.split(" ").length) {
            return false;
        }
        String[] p = NaturalVariants.swappedParts(a, c);
        return p != null && (quote(p[0]) && recipient(p[1]) || recipient(p[0]) && quote(p[1]));
    }

    private static boolean quote(String phrase) {
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        if (QUOTATIVE.stream().noneMatch(last::endsWith) || last.length() < 3) {
            return false;
        }
        // a predicate before the ending (왔다고, 간다고, 학생이라고), not a noun that ends so (*사라고 as a name)
        List<Morphology.Morpheme> ms = morphemesIn(last, phrase);
        return ms.stream().anyMatch(m -> m.is("VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA"));
    }

    private static boolean recipient(String phrase) {
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        List<Morphology.Morpheme> ms = morphemesIn(last, phrase);
        return ms.size() >= 2 && ms.getLast().is("JKB") && RECIPIENT.contains(ms.getLast().form())
                && ms.stream().noneMatch(m -> m.isStem() || m.is("EF", "EC", "ETM"));
    }

    /**
     * A destination noun N-행 'bound for N' (or an origin N-발) and the other modifier of a ticket or vehicle
     * in the other order (3시 KTX 부산행 표 for 3시 부산행 KTX 표; 기차 서울행 표 for 서울행 기차 표): each noun
     * modifies the head noun after them on its own (부산행 표, KTX 표), so their order is free (표준국어대사전
     * '-행'⁴ 「접사」 '그곳으로 감', '-발'⁸ 「접사」 '그곳에서 떠남': 부산행 열차; Sohn 1999 §6.1, on N N
     * compounds and stacked noun modifiers). The span is the two words swapped, one of them a place name
     * (Nori NNP) with -행/-발, the other a bare noun; a noun follows them in the answer (the head). Without a
     * head noun after them (KTX 부산행 두 장, where KTX was the head) and a head noun put before its modifier
     * (표 부산행 두 장) the finding stays.
     */
    static boolean destinationBesideModifier(String o, String c, String answer) {
        String[] a = o.split(" ");
        String[] b = c.split(" ");
        if (a.length != 2 || b.length != 2 || !a[0].equals(b[1]) || !a[1].equals(b[0])) {
            return false;
        }
        if (!(destination(a[0]) && bareNoun(a[1]) || destination(a[1]) && bareNoun(a[0]))) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 2 < words.length; i++) {
            if (words[i].equals(a[0]) && words[i + 1].equals(a[1])) {
                List<Morphology.Morpheme> head = morphemesIn(words[i + 2], answer);
                return !head.isEmpty() && head.getFirst().is("NNG") && head.stream().noneMatch(Morphology.Morpheme::isStem)
                        && !destination(words[i + 2]);
            }
        }
        return false;
    }

    private static boolean destination(String word) {
        if (word.length() < 3 || !(word.endsWith("행") || word.endsWith("발"))) {
            return false;
        }
        List<Morphology.Morpheme> place = Morphology.morphemes(word.substring(0, word.length() - 1));
        return place.size() == 1 && place.getFirst().is("NNP");
    }

    private static boolean bareNoun(String word) {
        if (LATIN_WORD.matcher(word).matches()) {
            return true; // KTX, SRT: Nori drops Latin letters
        }
        List<Morphology.Morpheme> ms = Morphology.morphemes(word);
        return !ms.isEmpty() && ms.stream().allMatch(m -> m.is("NNG", "NNP"));
    }

    /** The written forms of 보다 before -아/어도 (봐도, 보아도; honorific 보셔도). */
    private static final Set<String> TRY_CONCESSIVE = Set.of("봐도", "보아도", "보셔도");

    /**
     * The auxiliary -아/어 보다 of trying inside a question of permission (오늘 일찍 가 봐도 될까요? for 가도 될까요?;
     * 입어 봐도 돼요? for 입어도 돼요?): 보다 after the -아/어 form adds 'try, just' and softens the request, and the
     * permission frame -아/어도 되다/괜찮다 moves onto it (표준국어대사전 '보다'² 「보조동사」 「1」; Yeon &amp; Brown
     * 2019, on -아/어 보다 and on -아/어도 되다). The span is the accepted word's -아/어 form followed by 봐도 (the
     * accepted word is that form with 도), and a form of 되다 or 괜찮다 follows in the answer. Another verb
     * before 봐도 (먹어 봐도 for 가도), and 보다 without the permission frame (가 봤어요 for 갔어요), keep the finding.
     */
    static boolean tryingInPermission(String o, String c, String answer) {
        String[] a = o.split(" ");
        if (a.length != 2 || c.contains(" ") || !TRY_CONCESSIVE.contains(a[1]) || !c.equals(a[0] + "도")) {
            return false;
        }
        // the -아/어 form is a verb's (가, 입어, 전화해): Nori reads it so in the answer, or it is the -아/어 form of a
        // dictionary stem (신어 of 신다, which Nori takes for the noun 신어 'new word')
        if (!verbForm(morphemesIn(a[0], answer)) && Resynthesis.stemOfInfinitive(a[0]) == null) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 2 < words.length; i++) {
            if (words[i].equals(a[0]) && words[i + 1].equals(a[1])) {
                String next = words[i + 2];
                return next.startsWith("되") || next.startsWith("돼") || next.startsWith("될") || next.startsWith("됩")
                        || next.startsWith("괜찮");
            }
        }
        return false;
    }

    /**
     * A word left out that another accepted answer leaves out in the same slot (끝만 조금 다듬어 주시겠어요? for 머리
     * 끝만 조금 다듬어 주세요, where 끝만 조금 잘라 주세요 is accepted too): the accepted answers are the teacher's
     * statement of what the task needs, and one of them says the neighbour with nothing in the missing words'
     * place (session 7's optional omission, {@link Certainty#optionalOmission}, read on the slot). The other
     * accepted answer has the neighbour word, and next to it, on the side of the missing words, the word that
     * comes after them in the compared accepted answer (or the sentence's edge there). 아메리카노 → 아메리카노
     * 라지로 where the other says 아메리카노 큰 사이즈로 fills the slot in other words and keeps the finding.
     *
     * @param f        an {@code incomplete/missing_word} finding (neighbour → neighbour + missing, or back)
     * @param accepted the compared accepted answer (normalised)
     * @param all      all the activity's accepted answers (normalised)
     */
    static boolean leftOutByAnother(Finding f, String accepted, List<String> all) {
        String missing = Certainty.missingWords(f);
        if (missing == null) {
            return false;
        }
        String o = f.original().strip();
        String c = f.correction().strip();
        boolean before = c.endsWith(" " + o); // the missing words stand before the neighbour
        List<String> a = List.of(accepted.split(" "));
        int at = java.util.Collections.indexOfSubList(a, List.of(c.split(" ")));
        if (at < 0) {
            return false;
        }
        int far = before ? at - 1 : at + c.split(" ").length;
        String beyond = far < 0 || far >= a.size() ? null : a.get(far);
        for (String other : all) {
            if (other.equals(accepted)) {
                continue;
            }
            List<String> b = List.of(other.split(" "));
            int i = b.indexOf(o);
            if (i < 0) {
                continue;
            }
            int next = before ? i - 1 : i + 1;
            String beside = next < 0 || next >= b.size() ? null : b.get(next);
            if (java.util.Objects.equals(beside, beyond)) {
                return true;
            }
        }
        return false;
    }

    /** A verb's stem (or a noun with 하다) before a connective ending (가/VV 아/EC, 전화/NNG 하/XSV 아/EC). */
    private static boolean verbForm(List<Morphology.Morpheme> ms) {
        return ms.size() >= 2 && ms.getLast().is("EC")
                && (ms.getFirst().is("VV") || ms.size() >= 3 && ms.get(1).is("XSV"));
    }

    /** The morphemes of a word read inside its span (a word alone is read less well), or alone. */
    private static List<Morphology.Morpheme> morphemesIn(String word, String span) {
        List<Morphology.Morpheme> in = Evidence.morphemesIn(word, span);
        return in.isEmpty() ? Morphology.morphemes(word) : in;
    }

}
