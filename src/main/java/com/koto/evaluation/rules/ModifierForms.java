package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The modifier form of a verb that the next word decides, read on the learner's own words as written
 * (session 9, issue 11; called from {@link StemEndings#onLearnerWords}, so no line in a shared file).
 * Each class is a restriction of the standard grammar on the modifier itself or on the word after it,
 * so it holds whatever answer the learner meant:
 * <ul>
 * <li>{@code irregular/l_deletion}, the modifier of an ㄹ-stem: the ㄹ drops before -는 and the past
 * -(으)ㄴ, which takes no 으 (팔는 → 파는, 달은 → 단, 만들은 → 만든; 한글 맞춤법 제18항 1; 표준국어대사전
 * '팔다' 「활용」 파는, 판). Read where Nori takes the word as that stem with a modifier ending; not the
 * ㄹ form of a ㄷ-irregular stem (들은 of 듣다, 걸은 of 걷다 are right);</li>
 * <li>{@code ending/gi_before}: 'before doing' is -기 전에, the noun form -기, never a modifier (식사하는
 * 전에 → 식사하기 전에; 한국어기초사전 '-기 전에'; Yeon &amp; Brown 2019, -기 전에). Not a numeral or a
 * demonstrative before 전 (한 시간 전에, 그런 전에);</li>
 * <li>{@code ending/embedded_question}: a question inside a sentence ends in -는지/-(으)ㄴ지 before 알다
 * and 모르다; a modifier needs a noun after it (어떻게 고치는 알아? → 고치는지; 한국어기초사전 '-는지'
 * 「어미」; Yeon &amp; Brown 2019, embedded questions). Only with a question word before it in the
 * sentence;</li>
 * <li>{@code tense/modifier}, a route: a bus or train that goes somewhere is named with the present
 * modifier -는, the past 간 says it has gone (강남 간 공항버스는 어디에서 타요? → 가는; Yeon &amp; Brown
 * 2019, noun-modifying forms and their tense). Only before a vehicle noun in a sentence whose predicate
 * is 타다 (where or when to board it);</li>
 * <li>{@code tense/modifier}, the way of doing: 'how to do' is -는 방법/법, the present modifier of a
 * generic act (사용하는 방법, 가는 법); the past 사용한 방법 is the method that was used (Yeon &amp; Brown
 * 2019, noun-modifying forms and their tense; 『외국인을 위한 한국어 문법 1』 '-는 방법'). Only where the
 * sentence asks to be told (a request; 만든 방법 알아요? may ask about a past act) and names no time before
 * now;</li>
 * <li>{@code tense/modifier}, one's origin: the speaker who says in a copula sentence about himself where he
 * comes from is here, so 오다 takes the past modifier (저는 인도네시아에서 오는 리나입니다 → 온; session 13,
 * see {@link #origin});</li>
 * <li>{@code ending/past_modifier}: the past modifier of a verb is -(으)ㄴ on the stem; -았/었- takes no
 * -(으)ㄴ (가져왔은 → 가져온; 한국어기초사전 '-은' 「어미」: 동사 어간 뒤에 붙어 과거; '-었던' is the
 * past retrospective). Regular stems only (ㄷ, ㅂ, ㅅ, ㅎ finals and 있다/없다 are left alone).</li>
 * <li>{@code ending/neun_dongan} (session 14): 'while doing' is -는 동안 ({@link #whileDoing});</li>
 * <li>{@code tense/modifier}, a dated thing (session 14): 어제 사는 옷이에요 → 산 ({@link #datedThing}).</li>
 * </ul>
 */
final class ModifierForms {

    /** A sentence mark, a comma, ~ or …. */
    private static final Pattern PUNCTUATION_TILDE_ELLIPSIS = Pattern.compile("[.?!,~…]");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A case or topic particle at the end of a word. */
    private static final Pattern CASE_PARTICLE_END = Pattern.compile("(은|는|이|가|을|를|에|에서|도|으로|로|까지|부터)$");

    private static final Pattern SENTENCE = Pattern.compile("[^.?!]+[.?!]?");
    /** The ㄷ-irregular stems written with ㄹ (들은 of 듣다 is right). */
    private static final Set<String> D_IRREGULAR_L = Set.of("들", "걸", "물", "실", "깨달", "불", "길", "일컬");
    /** Question words that open an embedded question. */
    private static final Set<String> QUESTION_WORDS = Set.of("어떻게", "어디", "어디서", "어디에", "어디에서", "언제", "뭐",
            "뭘", "무엇", "무엇을", "무슨", "왜", "누가", "누구", "누구를", "몇", "얼마", "얼마나", "어느", "어떤");
    /** Words that are modifiers by form but numerals or demonstratives before 전 (한 시간 전에, 그런 전에). */
    /**
     * Verbs of leaving and being away whose past modifier names the absence the act left, which lasts (session 38,
     * s38a): 안 계신 동안, 자리를 비운 동안, 외출하신 동안, 출장 간 동안 'while (you were) away'. The -(으)ㄴ of a
     * telic verb describes the resulting state (Sohn 1999, ch. 8, on the perfective modifier: 결혼한 사람 'a married
     * person'), and 동안 after it is the span of that state; the gold's own accepted answers write 외출하신 동안.
     * The -는 동안 of a durative act (먹는 동안, 사는 동안) is still required.
     */
    private static final Set<String> ABSENCE = Set.of("계시", "비우", "떠나", "나가", "외출하", "가");

    private static final Set<String> NOT_VERBS = Set.of("한", "그런", "이런", "저런", "어떤", "다른", "지난", "이른", "웬");
    /** Vehicles that run a route (공항버스 ends in 버스). */
    private static final List<String> VEHICLES = List.of("버스", "기차", "열차", "지하철", "전철", "비행기", "셔틀", "KTX",
            "ktx", "리무진");

    private ModifierForms() {
    }

    /**
     * Every such modifier of the answer as written.
     *
     * @param raw the answer as the learner wrote it
     * @return the findings, the learner's word → the repaired word (or words); empty when there are none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(raw);
        while (m.find()) {
            String s = PUNCTUATION_TILDE_ELLIPSIS.matcher(m.group()).replaceAll(" ").strip();
            if (s.isEmpty()) {
                continue;
            }
            String[] words = SPACES.split(s);
            List<Morphology.Word> read = Morphology.analyse(String.join(" ", words));
            if (read.size() != words.length) {
                continue;
            }
            for (int i = 0; i < words.length; i++) {
                String next = i + 1 < words.length ? words[i + 1] : null;
                Finding f = lStemModifier(words[i], read.get(i), next, next == null ? null : read.get(i + 1));
                if (f == null && next != null) {
                    f = giBefore(words[i], read.get(i), next);
                }
                if (f == null && next != null) {
                    f = embeddedQuestion(words, read, i);
                }
                if (f == null && next != null) {
                    f = route(words, i);
                }
                if (f == null && next != null) {
                    f = wayOfDoing(words, read, i);
                }
                if (f == null && next != null) {
                    f = origin(words, read, i); // (인도네시아에서 오는 리나입니다 → 온, session 13)
                }
                if (f == null && next != null) {
                    f = whileDoing(words, read, i); // (약을 먹은 동안 → 먹는 동안, session 14)
                }
                if (f == null && next != null) {
                    f = datedThing(words, read, i); // (지난 주말에 만드는 김치예요 → 만든, session 14)
                }
                if (f == null) {
                    f = pastModifier(words[i], read.get(i));
                }
                if (f == null && next != null) {
                    f = adjectiveModifier(words, i); // (이상하는 소리 → 이상한 소리)
                }
                if (f == null && next != null) {
                    f = negatedAdjectiveModifier(words, i); // (빨갛지 않는 색 → 않은; session 38, s38c)
                }
                if (f == null) {
                    f = adjectiveOnModifierEnding(words[i]); // (목이 아프는데 → 아픈데; session 35, s35b)
                }
                if (f == null && next != null) {
                    f = whenDoing(words, read, i); // (고등학교에 다닌 때 → 다닐 때, session 15)
                }
                if (f == null && next != null) {
                    f = experience(words, read, i); // (제주도에 가는 적이 있어요 → 간 적이, session 16)
                }
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /**
     * 팔는 → 파는, 달은 → 단: an ㄹ-stem that keeps its ㄹ before -는 or -(으)ㄴ. A modifier stands before the noun it
     * modifies (Sohn 1999, §8.2 adnominal clauses; 표준국어대사전 '-은' 「어미」: 앞말이 관형어 구실을 하게 하는), so the word is
     * read as one only when a noun follows: before a predicate or an adverb, 열은, 물은, 말은 are nouns with the topic
     * particle 은 (열은 없고, 오늘 열은 없어요: 'fever', not 열다; session 21).
     */
    static Finding lStemModifier(String w, Morphology.Word read, String next, Morphology.Word nextRead) {
        List<Morphology.Morpheme> ms = read.morphemes();
        if (ms.size() != 2 || !ms.get(0).is("VV", "VA") || !ms.get(1).is("ETM") || next == null) {
            return null;
        }
        List<Morphology.Morpheme> after = nextRead == null ? List.of() : nextRead.morphemes();
        if (after.isEmpty() || !after.getFirst().is("NNG", "NNB", "NNP")) {
            return null;
        }
        String stem = ms.get(0).form();
        String ending = ms.get(1).form();
        char last = stem.charAt(stem.length() - 1);
        if (!Hangul.isSyllable(last) || !Hangul.hasRieulFinal(last) || !(ending.equals("는") || ending.equals("은"))
                || !w.equals(stem + ending) || D_IRREGULAR_L.stream().anyMatch(stem::endsWith) && dIrregular(stem)
                || next.startsWith("체") || next.startsWith("척")) {
            return null;
        }
        String bare = stem.substring(0, stem.length() - 1) + Hangul.withoutFinal(last);
        String fixed = ending.equals("는") ? bare + "는"
                : stem.substring(0, stem.length() - 1) + (char) (Hangul.withoutFinal(last) + Hangul.Final.N); // + ㄴ
        return new Finding(ErrorCategory.ENDING, w, fixed, "irregular/l_deletion");
    }

    /**
     * Whether an ㄹ-final stem may be a ㄷ-irregular verb's (들 of 듣다, 걸 of 걷다): its ㄷ-final letters are a verb
     * stem. 만들 is not (no 만듣다), so 만들은 is the ㄹ-stem 만들다 keeping its ㄹ (session 16).
     */
    private static boolean dIrregular(String stem) {
        char last = stem.charAt(stem.length() - 1);
        String d = stem.substring(0, stem.length() - 1) + (char) (Hangul.withoutFinal(last) + 7); // ㄷ is final 7
        return KnownWords.predicateStem(d);
    }

    /** 식사하는 전에 → 식사하기 전에: a modifier before 전 'before'. */
    static Finding giBefore(String w, Morphology.Word read, String next) {
        if (!(next.equals("전") || next.startsWith("전에") || next.equals("전까지") || next.equals("전부터"))
                || NOT_VERBS.contains(w)) {
            return null;
        }
        String stem = verbStem(read);
        if (stem != null && w.endsWith("는") && w.length() >= 2) {
            String written = w.substring(0, w.length() - 1); // (Nori reads 자는 as 잣 + 는)
            char last = stem.charAt(stem.length() - 1);
            boolean lStem = Hangul.hasRieulFinal(last)
                    && written.equals(stem.substring(0, stem.length() - 1) + Hangul.withoutFinal(last));
            stem = lStem ? stem : written; // 만드는 → 만들기
        }
        if (stem == null || w.equals(stem + "기")) {
            return null;
        }
        return new Finding(ErrorCategory.ENDING, w, stem + "기", "ending/gi_before");
    }

    /** 어떻게 고치는 알아? → 고치는지: a modifier before 알다/모르다 in a question of a question word. */
    static Finding embeddedQuestion(String[] words, List<Morphology.Word> read, int i) {
        List<Morphology.Morpheme> nm = read.get(i + 1).morphemes();
        if (nm.isEmpty() || !(nm.getFirst().is("VV") && nm.getFirst().form().equals("알")
                || nm.getFirst().is("VV", "VA") && nm.getFirst().form().equals("모르"))) {
            return null;
        }
        if (verbStem(read.get(i)) == null || words[i].endsWith("지") || NOT_VERBS.contains(words[i])) {
            return null;
        }
        boolean asked = false;
        for (int k = 0; k < i; k++) {
            String bare = CASE_PARTICLE_END.matcher(words[k]).replaceAll("");
            asked |= QUESTION_WORDS.contains(words[k]) || QUESTION_WORDS.contains(bare);
        }
        return asked ? new Finding(ErrorCategory.ENDING, words[i], words[i] + "지", "ending/embedded_question") : null;
    }

    /** 강남 간 공항버스는 어디에서 타요? → 가는: the past modifier of a route before boarding it. */
    static Finding route(String[] words, int i) {
        if (!words[i].equals("간") || i == 0 || VEHICLES.stream().noneMatch(v -> words[i + 1].contains(v))) {
            return null;
        }
        String last = words[words.length - 1];
        boolean boarding = last.startsWith("타") || last.startsWith("탈") || last.startsWith("탑니") || last.startsWith("탔");
        if (!boarding || last.startsWith("탔")) {
            return null;
        }
        return new Finding(ErrorCategory.TENSE, words[i], "가는", "tense/modifier");
    }

    /** The speaker as the topic or subject of a sentence (저는, 전, 제가, 나는, 난, 내가). */
    private static final Set<String> SPEAKER = Set.of("저는", "전", "제가", "나는", "난", "내가");
    /** Nouns after -는 that make the coming ongoing or habitual (오는 길, 오는 중: on the way). */
    private static final Set<String> ONGOING_HEADS = Set.of("길", "중", "참", "것", "거", "편", "데", "때", "날", "버스",
            "기차", "비행기", "사람들");
    /** Words that date or repeat the coming (내일 오는, 매주 오는): the -는 may then be right. */
    private static final List<String> DATED = List.of("내일", "모레", "다음", "이번", "오늘", "지금", "매일", "매주", "매달",
            "매년", "자주", "가끔", "항상", "늘", "보통", "이따", "곧", "나중");

    /**
     * 저는 인도네시아에서 오는 리나입니다 → 온: the speaker who says where he comes from in a copula
     * sentence about himself (저는 … N입니다/이에요) is already here, so his coming is completed and takes
     * the past modifier -(으)ㄴ of a verb (N에서 온 사람 'someone from N'; Yeon &amp; Brown 2019, noun-modifying
     * forms: -(으)ㄴ past of verbs, -는 present of an action going on; 한국어기초사전 '오다' 예: 한국에서 온
     * 유학생). Only 오는 right after a word in 에서 (the origin), before a noun with the copula that ends the
     * sentence, with the speaker as topic or subject and no word that dates or repeats the coming (내일 오는
     * 친구, 매주 오는 학생 are right); not before 길/중 (오는 길이에요: on the way).
     */
    static Finding origin(String[] words, List<Morphology.Word> read, int i) {
        if (!words[i].equals("오는") || i == 0 || !words[i - 1].endsWith("에서") || i + 2 != words.length) {
            return null;
        }
        String head = words[i + 1];
        List<Morphology.Morpheme> ms = read.get(i + 1).morphemes();
        boolean copula = ms.size() >= 2 && ms.get(0).is("NNG", "NNP") && ms.stream().anyMatch(m -> m.is("VCP"))
                && ms.getLast().is("EF");
        if (!copula || ONGOING_HEADS.contains(ms.get(0).form())) {
            return null;
        }
        boolean speaker = false;
        for (int k = 0; k < i; k++) {
            String w = words[k];
            speaker |= SPEAKER.contains(w);
            if (DATED.stream().anyMatch(w::startsWith)) {
                return null;
            }
        }
        return speaker && !head.isEmpty() ? new Finding(ErrorCategory.TENSE, words[i], "온", "tense/modifier") : null;
    }

    /** Requests for telling or showing, and the words that date a sentence before now. */
    private static final List<String> REQUEST_ENDS = List.of("주세요", "주십시오", "주시겠어요", "주시겠습니까", "줘", "줄래",
            "주실래요", "주실", "줄");
    private static final List<String> BEFORE_NOW = List.of("어제", "지난", "아까", "그때", "작년", "전에", "처음에");

    /**
     * 세탁기 사용한 방법 좀 알려 주세요 → 사용하는: a verb's past modifier -(으)ㄴ before 방법 or 법 in a request
     * (… 주세요, 줘); the learner asks how it is done, which the present modifier -는 names (see the class
     * comment). The ㄹ of an ㄹ-stem drops before -는 (만든 → 만드는; 한글 맞춤법 제18항 1). Null otherwise.
     */
    static Finding wayOfDoing(String[] words, List<Morphology.Word> read, int i) {
        String next = words[i + 1];
        if (!(next.startsWith("방법") || next.equals("법") || next.startsWith("법을") || next.startsWith("법이")
                || next.startsWith("법좀") || next.startsWith("법 "))) {
            return null;
        }
        String last = words[words.length - 1];
        boolean request = REQUEST_ENDS.stream().anyMatch(last::startsWith);
        String sentence = String.join(" ", words);
        if (!request || BEFORE_NOW.stream().anyMatch(sentence::contains)) {
            return null;
        }
        // the learner's word must be the regular past modifier of Nori's stem (쓴, 만든, 읽은), not an irregular reading
        String present = presentOfPast(words[i], read.get(i));
        return present == null ? null : new Finding(ErrorCategory.TENSE, words[i], present, "tense/modifier");
    }

    /**
     * {@code ending/neun_dongan} (session 14): 'while doing' is -는 동안, the present modifier -는 of the verb
     * whatever the time of the sentence (이 약을 먹은 동안 → 먹는 동안, 한국에서 산 동안 → 사는 동안; 한국어기초사전
     * '동안' and 『외국인을 위한 한국어 문법 1』 '-는 동안': 동사 뒤에 붙어 어떤 행동이나 상태가 계속되는 사이;
     * Yeon &amp; Brown 2019, -는 동안). A verb's regular past modifier -(으)ㄴ (no -았/었-) right before 동안, not of a
     * verb of leaving or being away ({@link #ABSENCE}: 안 계신 동안, 비운 동안, 간 동안; session 38);
     * not a numeral or demonstrative (한 동안, 그런 동안) nor an adjective (Nori's VA: 오랜 동안). The ㄹ of an
     * ㄹ-stem drops before -는 (만든 → 만드는). Null otherwise.
     */
    static Finding whileDoing(String[] words, List<Morphology.Word> read, int i) {
        String next = words[i + 1];
        if (!next.startsWith("동안") || NOT_VERBS.contains(words[i]) || ABSENCE.contains(VerbFrames.stem(read.get(i)))) {
            return null;
        }
        String present = presentOfPast(words[i], read.get(i));
        return present == null ? null : new Finding(ErrorCategory.ENDING, words[i], present, "ending/neun_dongan");
    }

    /**
     * {@code ending/l_before_ttae} (session 15): 'when doing' is -(으)ㄹ 때, the -(으)ㄹ modifier before 때 whatever
     * the time (고등학교에 다닌 때 → 다닐 때, 체크인한 때 → 체크인할 때; a past time is -았/었을 때: 한국어기초사전
     * '-을 때' 「표현」; Yeon &amp; Brown 2019, -(으)ㄹ 때 'when'). A verb (Nori's VV, or a noun + 하다) in -(으)ㄴ or
     * -는 right before 때 (not 때문); not a numeral or demonstrative (한 때, 그런 때) nor an adjective (바쁜 때), and
     * only stems whose -(으)ㄹ form is regular (no ㄷ, ㅂ, ㅅ, ㅎ final). Null otherwise.
     */
    static Finding whenDoing(String[] words, List<Morphology.Word> read, int i) {
        String next = words[i + 1];
        if (!next.startsWith("때") || next.startsWith("때문") || NOT_VERBS.contains(words[i])) {
            return null;
        }
        List<Morphology.Morpheme> ms = read.get(i).morphemes();
        if (ms.size() < 2 || !ms.getLast().is("ETM") || !Set.of("ᆫ", "ㄴ", "은", "는").contains(ms.getLast().form())
                || !(ms.size() == 2 && ms.getFirst().is("VV") || ms.size() == 3 && ms.get(0).is("NNG") && ms.get(1).is("XSV"))) {
            return null;
        }
        StringBuilder stem = new StringBuilder();
        ms.subList(0, ms.size() - 1).forEach(m -> stem.append(m.form()));
        String s = stem.toString();
        char last = s.charAt(s.length() - 1);
        if (!Hangul.isSyllable(last)) {
            return null;
        }
        int fin = Hangul.finalIndex(last);
        String prospective;
        if (fin == 0) {
            prospective = s.substring(0, s.length() - 1) + Hangul.withRieulFinal(last);
        } else if (Hangul.hasRieulFinal(last)) {
            prospective = s;
        } else if (fin == Hangul.Final.D || fin == Hangul.Final.B || fin == Hangul.Final.S || fin == Hangul.Final.H) {
            return null;
        } else {
            prospective = s + "을";
        }
        return prospective.equals(words[i]) ? null
                : new Finding(ErrorCategory.ENDING, words[i], prospective, "ending/l_before_ttae");
    }

    /**
     * {@code ending/experience} (session 16, helper eval30c): having done something is -(으)ㄴ 적이 있다/없다, with
     * the past modifier -(으)ㄴ (한 번 가는 적이 있어요 → 간 적이; 표준국어대사전 '적' 「의존 명사」: 그 동작이 진행되거나
     * 그 상태가 나타나 있는 때, '-ㄴ 적이 있다' 경험; Yeon &amp; Brown 2019, -(으)ㄴ 적이 있다). A verb in -는 (Nori: VV or
     * noun + XSV, then -는) right before 적 and a form of 있다/없다; regular stems only (ㄷ, ㅂ, ㅅ finals left). The
     * -던 and -(으)ㄹ forms (살던 적, 어릴 적) are no -는 and are not read.
     */
    static Finding experience(String[] words, List<Morphology.Word> read, int i) {
        if (i + 2 >= words.length || !words[i + 1].startsWith("적") || !(words[i + 2].startsWith("있")
                || words[i + 2].startsWith("없")) || !words[i].endsWith("는")) {
            return null;
        }
        List<Morphology.Morpheme> ms = read.get(i).morphemes();
        if (ms.size() < 2 || !ms.getLast().is("ETM") || !ms.getLast().form().equals("는")
                || !(ms.size() == 2 && ms.getFirst().is("VV") || ms.size() == 3 && ms.get(0).is("NNG") && ms.get(1).is("XSV"))) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        ms.subList(0, ms.size() - 1).forEach(m -> b.append(m.form()));
        String stem = b.toString();
        char end = stem.charAt(stem.length() - 1);
        if (!Hangul.isSyllable(end)) {
            return null;
        }
        if (Hangul.hasRieulFinal(end)) {
            stem = stem.substring(0, stem.length() - 1) + Hangul.withoutFinal(end); // 만들 → 만드 + ㄴ
            end = stem.charAt(stem.length() - 1);
        }
        if (!words[i].equals(stem + "는")) {
            return null; // the regular -는 of Nori's stem only
        }
        int fin = Hangul.finalIndex(end);
        if (fin == Hangul.Final.D || fin == Hangul.Final.B || fin == Hangul.Final.S || fin == Hangul.Final.H) {
            return null; // may be irregular (들은, 도운, 지은)
        }
        String past = Hangul.hasFinal(end) ? stem + "은" : stem.substring(0, stem.length() - 1) + (char) (end + 4);
        return new Finding(ErrorCategory.ENDING, words[i], past, "ending/experience");
    }

    /** Words that date an act before now, in the modifier's own clause (어제 만든, 지난 주말에 산). */
    private static final List<String> DATED_BEFORE = List.of("어제", "그저께", "지난", "작년", "아까", "지난번에");

    /**
     * {@code tense/modifier} (session 14): a thing named by what was done to it at a time before now takes
     * the past modifier -(으)ㄴ; the present -는 says it is being done (제가 지난 주말에 만드는 김치예요 →
     * 만든 김치예요; 어제 사는 옷이에요 → 산 옷이에요; Yeon &amp; Brown 2019, noun-modifying forms and their
     * tense; 『외국인을 위한 한국어 문법 1』 '-은' 「동사 뒤에서 과거」). Conditions: a verb in -는 (no -았/었-),
     * right before a noun with the copula that ends the sentence (the thing presented); a word dating the
     * act before now (어제, 지난, 작년, 아까) earlier in the sentence, with no other predicate between it and
     * the modifier (so the time word is the modifier's own). Null otherwise.
     */
    static Finding datedThing(String[] words, List<Morphology.Word> read, int i) {
        String w = words[i];
        List<Morphology.Morpheme> ms = read.get(i).morphemes();
        if (i + 2 > words.length || !w.endsWith("는") || ms.size() != 2 || !ms.get(0).is("VV")
                || !ms.get(1).is("ETM") || !ms.get(1).form().equals("는")) {
            return null;
        }
        List<Morphology.Morpheme> noun = read.get(i + 1).morphemes();
        boolean presented = i + 2 == words.length && noun.stream().anyMatch(m -> m.is("VCP"));
        // a thing presented with the copula (만드는 김치예요), or, since session 16, any noun the modifier names
        // (지난주에 사는 검은색 가방을 → 산) that is no head of a way or a habit (길, 중, 때, 것 …)
        if (noun.isEmpty() || !noun.getFirst().is("NNG", "NNP") || !presented && ONGOING_HEADS.stream()
                .anyMatch(h -> words[i + 1].startsWith(h))) {
            return null;
        }
        boolean dated = false;
        for (int k = i - 1; k >= 0 && !dated; k--) {
            String before = words[k];
            dated = DATED_BEFORE.stream().anyMatch(before::startsWith) && !before.endsWith("부터")
                    && !before.endsWith("동안") && !before.endsWith("때");
            if (!dated && read.get(k).verbal()) {
                return null; // another predicate: the time word may be its own
            }
        }
        if (!dated) {
            return null;
        }
        String stem = ms.get(0).form();
        char end = stem.charAt(stem.length() - 1);
        if (!Hangul.isSyllable(end) || !w.equals(Hangul.hasRieulFinal(end)
                ? stem.substring(0, stem.length() - 1) + Hangul.withoutFinal(end) + "는" : stem + "는")) {
            return null; // the regular -는 of Nori's stem only
        }
        if (Hangul.hasRieulFinal(end)) {
            stem = stem.substring(0, stem.length() - 1) + Hangul.withoutFinal(end);
            end = stem.charAt(stem.length() - 1);
        }
        if (Hangul.hasFinal(end) && (Hangul.finalIndex(end) == Hangul.Final.D
                || Hangul.finalIndex(end) == Hangul.Final.B
                || Hangul.finalIndex(end) == Hangul.Final.S)) {
            return null; // ㄷ, ㅂ, ㅅ finals may be irregular (들은, 구운, 지은): left to the comparison
        }
        String past = Hangul.hasFinal(end) ? stem + "은" : stem.substring(0, stem.length() - 1) + (char) (end + 4);
        return new Finding(ErrorCategory.TENSE, w, past, "tense/modifier");
    }

    /**
     * The present modifier -는 of a verb written in its regular past modifier -(으)ㄴ (먹은 → 먹는, 만든 → 만드는,
     * 간 → 가는); null when the word is no such form (an adjective, a -았/었- form, an irregular reading).
     */
    private static String presentOfPast(String w, Morphology.Word read) {
        List<Morphology.Morpheme> ms = read.morphemes();
        if (ms.size() < 2 || !ms.getLast().is("ETM") || !(ms.getLast().form().equals("ᆫ") || ms.getLast().form().equals("은"))
                || !ms.get(ms.size() - 2).is("VV", "XSV") || ms.stream().anyMatch(m -> m.is("EP"))) {
            return null;
        }
        StringBuilder stem = new StringBuilder();
        for (Morphology.Morpheme m : ms.subList(0, ms.size() - 1)) {
            stem.append(m.form());
        }
        String s = stem.toString();
        char end = s.charAt(s.length() - 1);
        if (!Hangul.isSyllable(end)) {
            return null;
        }
        if (Hangul.hasRieulFinal(end)) {
            s = s.substring(0, s.length() - 1) + Hangul.withoutFinal(end);
            end = s.charAt(s.length() - 1);
        }
        String past = Hangul.hasFinal(end) ? s + "은" : s.substring(0, s.length() - 1) + (char) (end + 4);
        return w.equals(past) ? s + "는" : null;
    }

    /** Stems that are adjectives only (never a verb of the same letters) → their -(으)ㄴ modifier. */
    private static final java.util.Map<String, String> ADJECTIVES = java.util.Map.ofEntries(
            java.util.Map.entry("비싸", "비싼"), java.util.Map.entry("예쁘", "예쁜"), java.util.Map.entry("바쁘", "바쁜"),
            java.util.Map.entry("아프", "아픈"), java.util.Map.entry("나쁘", "나쁜"), java.util.Map.entry("좋", "좋은"),
            java.util.Map.entry("많", "많은"), java.util.Map.entry("작", "작은"), java.util.Map.entry("높", "높은"),
            java.util.Map.entry("넓", "넓은"), java.util.Map.entry("짧", "짧은"), java.util.Map.entry("낮", "낮은"),
            java.util.Map.entry("괜찮", "괜찮은"), java.util.Map.entry("맵", "매운"), java.util.Map.entry("춥", "추운"),
            java.util.Map.entry("덥", "더운"), java.util.Map.entry("어렵", "어려운"), java.util.Map.entry("쉽", "쉬운"),
            java.util.Map.entry("뜨겁", "뜨거운"), java.util.Map.entry("차갑", "차가운"), java.util.Map.entry("시끄럽", "시끄러운"),
            // session 35 (s35b): the everyday adjectives of A1–B1 (표준국어대사전 「형용사」, no verb of the same letters;
            // 국립국어원 『한국어 학습용 어휘 목록』)
            java.util.Map.entry("고프", "고픈"), java.util.Map.entry("배고프", "배고픈"), java.util.Map.entry("기쁘", "기쁜"),
            java.util.Map.entry("슬프", "슬픈"), java.util.Map.entry("좁", "좁은"), java.util.Map.entry("얇", "얇은"),
            java.util.Map.entry("싫", "싫은"), java.util.Map.entry("깊", "깊은"), java.util.Map.entry("젊", "젊은"),
            java.util.Map.entry("귀찮", "귀찮은"), java.util.Map.entry("귀엽", "귀여운"), java.util.Map.entry("무섭", "무서운"),
            java.util.Map.entry("아름답", "아름다운"), java.util.Map.entry("반갑", "반가운"), java.util.Map.entry("즐겁", "즐거운"),
            java.util.Map.entry("외롭", "외로운"), java.util.Map.entry("부럽", "부러운"), java.util.Map.entry("더럽", "더러운"),
            java.util.Map.entry("가깝", "가까운"), java.util.Map.entry("어둡", "어두운"), java.util.Map.entry("무겁", "무거운"),
            java.util.Map.entry("가볍", "가벼운"), java.util.Map.entry("두껍", "두꺼운"), java.util.Map.entry("싱겁", "싱거운"),
            java.util.Map.entry("빠르", "빠른"), java.util.Map.entry("느리", "느린"),
            java.util.Map.entry("다르", "다른"), java.util.Map.entry("똑같", "똑같은"), java.util.Map.entry("새롭", "새로운"),
            java.util.Map.entry("배부르", "배부른"), java.util.Map.entry("목마르", "목마른"), java.util.Map.entry("힘들", "힘든"),
            java.util.Map.entry("안좋", "안좋은"), java.util.Map.entry("어떻", "어떤"), java.util.Map.entry("그렇", "그런"),
            java.util.Map.entry("이렇", "이런"), java.util.Map.entry("빨갛", "빨간"), java.util.Map.entry("파랗", "파란"),
            java.util.Map.entry("노랗", "노란"), java.util.Map.entry("하얗", "하얀"), java.util.Map.entry("까맣", "까만"));
    /** Adjectives in 하다 (stem without 하): their modifier is -한. */
    private static final Set<String> HADA_ADJECTIVES = Set.of("이상", "따뜻", "깨끗", "조용", "친절", "불편", "유명", "중요",
            "필요", "간단", "시원", "비슷", "복잡", "심심", "피곤", "위험", "안전", "편리", "신선", "궁금",
            // session 35 (s35b): 「형용사」 in 하다 of everyday speech (표준국어대사전)
            "편", "급", "착", "친", "건강", "행복", "미안", "죄송", "다행", "똑똑", "솔직", "익숙", "충분", "부족", "가능",
            "불가능", "대단", "불안", "답답", "깔끔", "튼튼", "화려", "소중", "훌륭", "특별", "적당", "확실", "정확", "완벽",
            "저렴", "한가", "지루", "심각", "편안", "불쌍", "어색", "신기", "성실", "상쾌", "쌀쌀", "따분", "우울", "유용",
            "독특", "뚱뚱", "날씬", "가난", "부지런", "상냥", "귀중", "흔", "깜깜", "캄캄");
    /**
     * Whether the stem is one of the adjectives of these lists ({@code ADJECTIVES}, or a root of
     * {@code HADA_ADJECTIVES} + 하): stems no verb shares, read by {@link StativePredicates} too (session 36).
     */
    static boolean adjectiveStem(String stem) {
        return ADJECTIVES.containsKey(stem)
                || stem.length() > 1 && stem.endsWith("하")
                && HADA_ADJECTIVES.contains(stem.substring(0, stem.length() - 1));
    }

    /** Words before 싸는 that make it the adjective 싸다 'cheap', not the verb 싸다 'pack' (짐을 싸는). */
    private static final List<String> COMPARISON = List.of("더", "제일", "가장", "덜");

    /**
     * {@code ending/adjective_modifier} (session 9 round 2, helper eval15b): an adjective modifies a noun
     * with -(으)ㄴ; -는 is the present modifier of verbs and of 있다/없다 only (이상하는 소리 → 이상한 소리,
     * 50만 원보다 싸는 방 → 싼 방; 국립국어원 『외국인을 위한 한국어 문법 1』 '-는' (동사) and '-은' (형용사);
     * Yeon &amp; Brown 2019, modifiers: descriptive verbs take -(으)ㄴ in the present). Seen with two writers.
     * Only the closed lists here, stems no verb shares (not 크다 'grow', 적다 'write down', 길다, 멀다); 싸다
     * only after a comparison (…보다, 더, 제일), as 짐을 싸는 is the verb 'pack'. The learner's own word before
     * another word (the noun modified).
     */
    static Finding adjectiveModifier(String[] words, int i) {
        String w = words[i];
        if (!w.endsWith("는") || w.length() < 2 || i + 1 >= words.length) {
            return null;
        }
        String stem = w.substring(0, w.length() - 1);
        String modifier = ADJECTIVES.get(stem);
        if (modifier == null && stem.endsWith("하") && HADA_ADJECTIVES.contains(stem.substring(0, stem.length() - 1))) {
            modifier = stem.substring(0, stem.length() - 1) + "한";
        }
        if (modifier == null && stem.equals("싸") && i > 0
                && (words[i - 1].endsWith("보다") || COMPARISON.contains(words[i - 1]))) {
            modifier = "싼";
        }
        return modifier == null ? null : new Finding(ErrorCategory.ENDING, w, modifier, "ending/adjective_modifier");
    }

    /**
     * {@code ending/adjective_modifier} on the negation -지 않다 after an adjective (session 38, s38c): 너무 빨갛지 않는
     * 색 → 않은, 비싸지 않는 방 → 않은. The auxiliary 않다 takes the class of the predicate it negates: after an adjective
     * it is an auxiliary adjective (표준국어대사전 '않다'² 「보조 형용사」 앞말이 뜻하는 상태를 부정하는 뜻을 나타내는 말, 용례
     * '예쁘지 않은'), so its present modifier is 않은, as the adjective's own would be -(으)ㄴ; after a verb it is an
     * auxiliary verb and takes 않는 (먹지 않는 음식). Read where the word before 않는 is a stem + 지 whose stem is an adjective
     * of {@link #adjectiveStem}'s lists or one the dictionary has only as an adjective (빨갛, 비싸: no verb shares it; not
     * 크다 'grow', 늦다 'be late', 밝다 'dawn'), and a word follows (the noun modified). 있다/없다 and their compounds
     * take -는 themselves (맛있는) and are left alone.
     */
    static Finding negatedAdjectiveModifier(String[] words, int i) {
        if (i == 0 || i + 1 >= words.length || !words[i].equals("않는") || !words[i - 1].endsWith("지")
                || words[i - 1].length() < 2) {
            return null;
        }
        String stem = words[i - 1].substring(0, words[i - 1].length() - 1);
        if (stem.endsWith("있") || stem.endsWith("없")) {
            return null;
        }
        var tags = KnownWords.tags(stem);
        boolean adjective = adjectiveStem(stem) || tags.contains(org.apache.lucene.analysis.ko.POS.Tag.VA)
                && !tags.contains(org.apache.lucene.analysis.ko.POS.Tag.VV);
        return adjective ? new Finding(ErrorCategory.ENDING, "않는", "않은", "ending/adjective_modifier") : null;
    }

    /** The endings built on the present modifier: -는데(요), -는지(요), -는군요/-는구나, -는가요 (background, question). */
    private static final List<String> ON_MODIFIER = List.of("데요", "데", "지요", "지", "군요", "구나", "가요");

    /**
     * {@code ending/adjective_modifier} on the endings built on the modifier (session 35, helper s35b): an adjective
     * takes -(으)ㄴ데, -(으)ㄴ지, -군요 where an action verb takes -는데, -는지, -는군요 (목이 아프는데 약 주세요 →
     * 아픈데, 바쁘는데 → 바쁜데, 좋는지 → 좋은지, 예쁘는군요 → 예쁘군요; Yeon &amp; Brown 2019, -는데/-(으)ㄴ데 and
     * -는지/-(으)ㄴ지: descriptive verbs take -(으)ㄴ-; 국립국어원 『외국인을 위한 한국어 문법 1』 '-(으)ㄴ데', '-군요';
     * 표준국어대사전 '-은데' 「어미」 형용사 어간 뒤에). The same closed lists as {@link #adjectiveModifier} (stems no verb
     * shares; 있다/없다 and their compounds take -는데: 맛있는데, 재미없는지), read on the word alone, at any place in the
     * sentence, whatever the accepted answers say. Not after -았/었- or -겠- (좋았는데, 좋겠는데: the stem is no longer the
     * word's last part, so the lists do not match).
     *
     * @param w the learner's word
     * @return the finding, the word → its -(으)ㄴ form; null when the word is no such form
     */
    static Finding adjectiveOnModifierEnding(String w) {
        for (String tail : ON_MODIFIER) {
            if (!w.endsWith("는" + tail) || w.length() < tail.length() + 2) {
                continue;
            }
            String stem = w.substring(0, w.length() - tail.length() - 1);
            String modifier = ADJECTIVES.get(stem);
            if (modifier == null && stem.endsWith("하") && HADA_ADJECTIVES.contains(stem.substring(0, stem.length() - 1))) {
                modifier = stem.substring(0, stem.length() - 1) + "한";
            }
            if (modifier == null) {
                return null;
            }
            // -군요/-구나 attach to the adjective's stem itself (좋군요, 예쁘구나); the others to its modifier
            String fixed = tail.startsWith("군") || tail.startsWith("구") ? stem + tail : modifier + tail;
            return new Finding(ErrorCategory.ENDING, w, fixed, "ending/adjective_modifier");
        }
        return null;
    }

    /** 가져왔은 → 가져온: the past -았/었- before the modifier -(으)ㄴ. */
    static Finding pastModifier(String w, Morphology.Word read) {
        List<Morphology.Morpheme> ms = read.morphemes();
        if (ms.size() < 3 || !ms.getLast().is("ETM") || !ms.getLast().form().equals("은")
                || !ms.get(ms.size() - 2).is("EP") || !w.endsWith("은")) {
            return null;
        }
        String ep = ms.get(ms.size() - 2).form();
        if (!(ep.contains("았") || ep.contains("었") || ep.contains("였") || ep.contains("ㅆ"))) {
            return null;
        }
        StringBuilder stem = new StringBuilder();
        for (Morphology.Morpheme x : ms.subList(0, ms.size() - 2)) {
            if (!x.is("VV", "XSV", "NNG", "XR")) {
                return null;
            }
            stem.append(x.form());
        }
        if (ms.getFirst().is("NNG", "XR") && (ms.size() < 4 || !ms.get(1).is("XSV"))) {
            return null;
        }
        String s = stem.toString();
        char last = s.charAt(s.length() - 1);
        if (!Hangul.isSyllable(last) || s.equals("있") || s.equals("없")) {
            return null;
        }
        String fixed;
        if (!Hangul.hasFinal(last)) {
            fixed = s.substring(0, s.length() - 1) + (char) (last + Hangul.Final.N); // + ㄴ
        } else if (Hangul.hasRieulFinal(last)) {
            fixed = s.substring(0, s.length() - 1) + (char) (Hangul.withoutFinal(last) + Hangul.Final.N);
        } else {
            int fin = Hangul.finalIndex(last);
            // ㄷ ㅂ ㅅ ㅎ may be irregular
            if (fin == Hangul.Final.D || fin == Hangul.Final.B || fin == Hangul.Final.S || fin == Hangul.Final.H) {
                return null;
            }
            fixed = s + "은";
        }
        return new Finding(ErrorCategory.ENDING, w, fixed, "ending/past_modifier");
    }

    /**
     * The written stem of a verb in a modifier form with no past marker (식사하는 → 식사하, 만드는 → 만들),
     * from Nori's reading; null when the word is no such form.
     */
    private static String verbStem(Morphology.Word read) {
        List<Morphology.Morpheme> ms = read.morphemes();
        if (ms.size() < 2 || !ms.getLast().is("ETM")) {
            return null;
        }
        String e = ms.getLast().form();
        if (!(e.equals("는") || e.equals("은") || e.equals("ᆫ") || e.equals("ㄴ") || e.equals("을") || e.equals("ᆯ")
                || e.equals("ㄹ"))) {
            return null;
        }
        List<Morphology.Morpheme> body = ms.subList(0, ms.size() - 1);
        if (body.size() == 1 && body.getFirst().is("VV", "VA")) {
            return body.getFirst().form();
        }
        if (body.size() == 2 && body.get(0).is("NNG", "XR") && body.get(1).is("XSV", "XSA")) {
            return body.get(0).form() + body.get(1).form();
        }
        return null;
    }
}
