package com.koto.evaluation.rules;

import com.koto.evaluation.text.Hangul;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Natural variants of correct Korean that the comparison with an accepted answer reads as errors
 * (session 10, helper eval16d, found on set P {@code blind-dev4.jsonl} and the correct-only sets
 * {@code precision-dev5/6}). Like {@link NaturalVariants}, each method recognises one class on the
 * learner's own words, and a finding of that class is an alignment artefact ({@link Evidence#artefact}):
 * never decisive, so the answer passes unsure unless something else is certain. The classes differ
 * from the accepted answer in the <i>frame</i> of the same content (who is named, which connective, which
 * role a noun plays), not in a form.
 *
 * <p>Spans are normalised: {@code o} the learner's span, {@code c} the accepted span, {@code answer} the
 * learner's whole answer, {@code asTyped} the answer as typed (or null).
 */
final class FrameVariants {

    /** The epenthetic 으 at the end. */
    private static final Pattern EU_END = Pattern.compile("으$");
    /** A sentence-final mark at the end. */
    private static final Pattern FINAL_MARK = Pattern.compile(".*[.?!]$");
    /** One or more white-space characters. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A character that is not Hangul, a Latin letter or a digit. */
    private static final Pattern NON_WORD_CHARACTER = Pattern.compile("[^가-힣A-Za-z0-9]");
    /** A place particle (에서, 에, 으로, 로) at the end. */
    private static final Pattern PLACE_PARTICLE_END = Pattern.compile("(에서|에|으로|로)$");
    /** Sentence marks, commas or ~ at the end. */
    private static final Pattern TRAILING_PUNCTUATION_TILDE = Pattern.compile("[.,?!~]+$");

    private FrameVariants() {
    }

    /** Personal pronouns with the subject or topic particle, the words a Korean sentence leaves out. */
    private static final Set<String> PRONOUN_SUBJECTS = Set.of("네가", "니가", "너는", "넌", "제가", "저는", "전", "내가",
            "나는", "난", "우리가", "우리는", "저희가", "저희는", "당신이", "당신은");

    /**
     * An omission whose only missing word is a personal pronoun subject or topic (불러 주면 안 돼? read
     * against 네가 불러 주면 안 돼?): Korean leaves out a subject the situation identifies, above all the
     * speaker and the listener (Sohn 1999 §7.1, on null subjects and objects; Yeon &amp; Brown 2019, on
     * omission of pronouns). Nothing the task asks for is missing.
     */
    static boolean pronounLeftOut(String o, String c) {
        List<String> missing = Evidence.missing(o, c);
        return !missing.isEmpty() && missing.stream().allMatch(PRONOUN_SUBJECTS::contains);
    }

    /** The light verb 하다 in its common inflections, with or without 안/못 before it. */
    private static final java.util.regex.Pattern LIGHT_VERB = java.util.regex.Pattern.compile(
            "((안|못) )?(해|해요|합니다|합니까|했어|했어요|했습니다|하세요|하나요|해요\\?|할까요|하지요|하죠)");

    /**
     * The light verb 하다 of a noun the learner states as its own phrase (세일은 안 해요 read against
     * 할인돼요, 예약은 했어요 against 예약됐어요): the noun is the content, 하다 only its verb (표준국어대사전
     * '하다' ① 「…을」 with a verbal noun; Yeon &amp; Brown 2019, on N(을/는) 하다 beside N하다 and the
     * topic or 도 between the noun and 하다). A word choice cannot be on the light verb alone; the accepted
     * "correction" is a N하다/N되다 verb of another word. The word before the span must be a noun (bare or
     * with 은/는/을/를/도), and the correction one word ending in a 하다/되다 form.
     */
    static boolean lightVerbOfStatedNoun(String o, String c, String answer) {
        if (!LIGHT_VERB.matcher(o).matches() || c.contains(" ") || c.length() < 3
                || !(c.contains("해") || c.contains("돼") || c.contains("되") || c.contains("하") || c.contains("합"))) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        String first = o.split(" ")[0];
        for (int i = 1; i < words.size(); i++) {
            if (!strip(words.get(i).surface()).equals(first)) {
                continue;
            }
            Morphology.Word before = words.get(i - 1);
            List<Morphology.Morpheme> m = before.morphemes();
            boolean nounPhrase = !m.isEmpty() && m.getFirst().is("NNG", "SL", "NNP") && !before.verbal()
                    && (m.size() == 1 || m.size() == 2 && m.getLast().is("JX", "JKO"));
            return nounPhrase;
        }
        return false;
    }

    /**
     * A condition -(으)면 before 되다 'it is enough if …' where the accepted answer has -아/어야 되다
     * 'must' (어디에 제출하면 될까요 read against 제출해야 돼요): both ask what to do (한국어기초사전 '-으면
     * 되다' 「관용구」: 어떤 조건만 갖추어지면 문제가 없거나 충분함; Yeon &amp; Brown 2019, on -(으)면 되다
     * and -아/어야 되다/하다). The learner's next word is a form of 되다 (or 돼, 괜찮다) and the accepted one
     * ends in -아/어야 of the same stem.
     */
    static boolean enoughCondition(String o, String c, String answer) {
        if (o.contains(" ") || !o.endsWith("면") || o.length() < 2 || !c.split(" ")[0].endsWith("야")) {
            return false;
        }
        String stemO = EU_END.matcher(o.substring(0, o.length() - 1)).replaceAll("");
        String cw = c.split(" ")[0];
        // the same stem: 내면/내야, 먹으면/먹어야, 제출하면/제출해야 (the last syllable may fuse with -아/어)
        if (stemO.isEmpty() || !cw.startsWith(stemO) && (stemO.length() < 2 || !cw.startsWith(stemO.substring(0, stemO.length() - 1)))) {
            return false;
        }
        String[] words = answer.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (strip(words[i]).equals(o)) {
                String next = words[i + 1];
                return next.startsWith("될") || next.startsWith("돼") || next.startsWith("되") || next.startsWith("됩");
            }
        }
        return false;
    }

    /**
     * A noun with 로/으로 'as' (집들이 선물로 휴지 좀 사 왔어요) read against the same noun with the copula
     * (집들이 선물이에요): the learner names the thing's role as an adverbial of their own verb, instead
     * of a sentence of its own (표준국어대사전 '로' 「조사」 ⑤ 자격; Yeon &amp; Brown 2019, on (으)로 'as').
     * The accepted span is the noun with a well-formed copula and the learner's sentence goes on to a verb.
     */
    static boolean roleForCopula(String o, String c, String answer) {
        if (o.contains(" ") || c.contains(" ") || !o.endsWith("로") || o.length() < 2) {
            return false;
        }
        String noun = o.endsWith("으로") ? o.substring(0, o.length() - 2) : o.substring(0, o.length() - 1);
        if (noun.isEmpty() || !c.startsWith(noun) || !Certainty.wellFormedCopula(c)) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i < words.size(); i++) {
            if (!strip(words.get(i).surface()).equals(o)) {
                continue;
            }
            for (int k = i + 1; k < words.size(); k++) {
                Morphology.Word w = words.get(k);
                if (!w.morphemes().isEmpty() && w.morphemes().getFirst().is("VV")) {
                    return true;
                }
                if (FINAL_MARK.matcher(w.surface()).matches()) {
                    return false;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * The learner's own statement at the end of a sentence where the accepted answer reports it as
     * hearsay -대(요)/-래(요) (오늘 엄청 추워 read against 춥대): saying what one sees or feels oneself is
     * as right as passing on what one heard (Yeon &amp; Brown 2019, on the contracted quotation -대요/-래요;
     * 한국어기초사전 '-대' ②). Same stem: the first syllable of the learner's word and the accepted one
     * agree (추워/춥대 share the ㅊ+ㅜ syllable onset), and the learner's word ends its sentence (a
     * sentence mark after it as typed, or the answer's last word).
     */
    static boolean ownStatementForHearsay(String o, String c, String answer, String asTyped) {
        // (the span may carry the adverb before: 엄청 추워 read against 춥대)
        o = o.isEmpty() ? o : o.substring(o.lastIndexOf(' ') + 1);
        if (o.isEmpty() || c.contains(" ") || c.length() < 2
                || !(c.endsWith("대") || c.endsWith("대요") || c.endsWith("래") || c.endsWith("래요"))) {
            return false;
        }
        char a = o.charAt(0);
        char b = c.charAt(0);
        if (!Hangul.isSyllable(a) || !Hangul.isSyllable(b)
                || Hangul.withoutFinal(a) != Hangul.withoutFinal(b)) {
            return false;
        }
        String text = asTyped != null && letters(asTyped).equals(letters(answer)) ? asTyped : answer;
        String[] words = SPACES.split(text.strip());
        for (String w : words) {
            if (w.matches(java.util.regex.Pattern.quote(o) + "[.!]+")) {
                return true;
            }
        }
        return words.length > 0 && strip(words[words.length - 1]).equals(o);
    }

    private static String letters(String s) {
        return NON_WORD_CHARACTER.matcher(s).replaceAll("");
    }

    /**
     * A well-formed copula sentence naming a noun (305호예요. 수건이 … ) read against the same noun as a
     * place or goal of the accepted answer's verb (305호에 수건 …): the learner introduces the room in a
     * sentence of its own (Yeon &amp; Brown 2019, on 이다 identifying; 표준 언어 예절 on stating one's room
     * or name first). The copula is well formed ({@link Certainty#wellFormedCopula}), ends its sentence with
     * a sentence mark as typed, and the accepted word is the same noun with 에/에서/로/으로.
     */
    static boolean copulaSentence(String o, String c, String asTyped) {
        if (o.contains(" ") || c.contains(" ") || asTyped == null || !Certainty.wellFormedCopula(o)) {
            return false;
        }
        String noun = PLACE_PARTICLE_END.matcher(c).replaceAll("");
        if (noun.equals(c) || noun.isEmpty() || !o.startsWith(noun)) {
            return false;
        }
        for (String w : SPACES.split(asTyped.strip())) {
            if (w.matches(java.util.regex.Pattern.quote(o) + "[.!]+")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare noun before a noun phrase with its own modifier (화장실 뜨거운 물이 안 나와요) read as a place
     * missing 에서/에: the bare noun modifies the phrase after it, 'the bathroom's hot water', with the
     * genitive 의 left out as between nouns (Sohn 1999, on the genitive 의 and its omission; Yeon &amp;
     * Brown 2019, on noun + noun). The next word is an adjective's or verb's modifier form (-(으)ㄴ/-는,
     * Nori's ETM) and the word after it a noun.
     */
    static boolean nounBeforeModifiedNoun(String o, String c, String answer) {
        if (o.contains(" ") || !(c.equals(o + "에서") || c.equals(o + "에"))) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i + 2 < words.size(); i++) {
            Morphology.Word w = words.get(i);
            if (!strip(w.surface()).equals(o)) {
                continue;
            }
            Morphology.Word mod = words.get(i + 1);
            Morphology.Word head = words.get(i + 2);
            if (c.equals(o + "에서") && actionModifier(mod)) {
                // 공원 하는 축제 for 공원에서 하는 축제: the modifier is a verb of action, whose place is its own
                // argument with 에서 (표준국어대사전 '에서' ①), not a genitive of the noun after it
                return false;
            }
            return w.morphemes().size() == 1 && w.startsWith("NNG") && mod.endsWith("ETM")
                    && head.startsWith("NNG") && !head.verbal();
        }
        return false;
    }

    /** A verb's modifier form (하는, 파는, 일하는), not an adjective's (뜨거운) nor 있는/없는 (a state). */
    private static boolean actionModifier(Morphology.Word mod) {
        String stem = VerbFrames.stem(mod);
        return mod.endsWith("ETM") && !stem.isEmpty() && (mod.startsWith("VV") || stem.endsWith("하") && !mod.has("XSA"))
                && !Set.of("있", "없", "계시").contains(stem);
    }

    /**
     * The subject of the learner's own copula or adjective read as a place missing its 에 (지하철역이 어느
     * 쪽이에요? against 지하철역에 어떻게 가요?): the learner asks what or where the place is, and the place is
     * that predicate's subject with 이/가 (표준국어대사전 '이다' 「…이 …이다」, '멀다' 「…이 …에서」). The first
     * inflected word after the noun is a copula (쪽이에요, 어디예요) or an adjective (멀어요, 가까워요); a verb of
     * going first (지하철역이 어떻게 가요? — Nori's 가요 'song' included) leaves the finding to stand.
     */
    static boolean subjectOfOwnPredicate(String o, String answer) {
        if (o.isEmpty() || o.contains(" ")) {
            return false;
        }
        List<Morphology.Word> words = Morphology.analyse(answer);
        for (int i = 0; i < words.size(); i++) {
            Morphology.Word w = words.get(i);
            if (!strip(w.surface()).equals(o) || w.morphemes().size() < 2 || !w.morphemes().getLast().is("JKS")) {
                continue;
            }
            for (Morphology.Word next : words.subList(i + 1, words.size())) {
                if (SentenceCheck.goOrCome(strip(next.surface()))) {
                    return false;
                }
                if (next.verbal() && !next.caseMarked()) {
                    return next.has("VCP") || next.startsWith("VA");
                }
            }
            return false;
        }
        return false;
    }

    /** 하다 in its quoted and hearsay forms, which Nori reads as 한 + a counter (한대 = 한 + 대). */
    private static final java.util.regex.Pattern HADA_HEARSAY = java.util.regex.Pattern.compile(
            "한(대|대요|다|답니다|다고|대서|다는데|대)");

    /**
     * A noun with 에서 or 에 where the accepted answer has it bare (공원에서 음식 축제 한대 against 공원 음식
     * 축제; 영업팀에 김 과장님 좀 부탁드립니다 against 영업팀 김 과장님 바꿔 주세요): the learner has made the noun
     * an argument of a verb of their own, in that verb's frame. The first predicate after the noun in the
     * learner's sentence (the typed answer split at . ! ?) decides:
     * <ul>
     *   <li>with 에서, a verb of action or event (하다, 열다, 팔다 …), whose place takes 에서 (표준국어대사전 '에서'
     *       ① 앞말이 행동이 이루어지는 장소임을 나타내는 격 조사); not a verb of going or coming (공원에서 축제 가자
     *       stays: 에서 would be where one starts) nor 있다/없다;</li>
     *   <li>with 에, a verb of asking or contacting, whose addressee (an office, a team) takes 에: 부탁하다
     *       「…에/에게 …을」, 전화하다 「…에/에게」, 연락하다, 문의하다, 신청하다, 제출하다 (표준국어대사전 문형 정보).
     *       Not 있다 (커피에 있어요? for 커피 있어요? stays).</li>
     * </ul>
     */
    static boolean ownVerbsPlace(String o, String answer, String asTyped) {
        boolean eseo = o.endsWith("에서");
        if (o.contains(" ") || !(eseo || o.endsWith("에")) || o.length() < (eseo ? 3 : 2)) {
            return false;
        }
        Place place = placeOf(o, answer, asTyped);
        return place != null && place.decidedAfter((typed, w) -> {
            if (eseo && HADA_HEARSAY.matcher(typed).matches()) {
                return true;
            }
            if (SentenceCheck.goOrCome(typed)) {
                return false;
            }
            if (!w.verbal() || w.caseMarked()) {
                return null;
            }
            if (!eseo) {
                return ADDRESSED.stream().anyMatch(typed::startsWith);
            }
            String stem = VerbFrames.stem(w);
            return !stem.isEmpty() && !VerbFrames.motion(w) && !Lexicon.GOAL_VERBS.contains(stem)
                    && !Set.of("있", "없", "계시").contains(stem);
        });
    }

    /** The learner's sentence that holds a word, its words as Nori read them, and the word's index. */
    private record Place(List<String> sentence, List<Morphology.Word> words, int at) {

        /**
         * The verdict of the first word after the place that decides: {@code decide} reads each word as typed and
         * as Nori read it, in order, and gives true or false for a word that decides, null for one that does not.
         *
         * @return that verdict; false when no word after the place decides
         */
        boolean decidedAfter(java.util.function.BiFunction<String, Morphology.Word, Boolean> decide) {
            for (int k = at + 1; k < words.size(); k++) {
                Boolean verdict = decide.apply(sentence.get(k), words.get(k));
                if (verdict != null) {
                    return verdict;
                }
            }
            return false;
        }
    }

    /**
     * The first sentence of the answer (as typed when known) that holds the word {@code o}, when Nori reads the
     * sentence word for word and the word ends in an adverbial case particle (JKB: 에, 에서, (으)로); null otherwise.
     */
    private static Place placeOf(String o, String answer, String asTyped) {
        for (List<String> sentence : SpeechLevels.sentences(asTyped == null ? answer : asTyped)) {
            int at = sentence.indexOf(o);
            if (at < 0) {
                continue;
            }
            List<Morphology.Word> words = Morphology.analyse(String.join(" ", sentence));
            return words.size() != sentence.size() || !words.get(at).endsWith("JKB") ? null : new Place(sentence, words, at);
        }
        return null;
    }

    /**
     * Verbs whose means or instrument takes (으)로 (표준국어대사전 '으로' 「3」 어떤 일의 수단·도구를 나타내는 격 조사:
     * 카드로 계산하다, 항공편으로 보내다, 버스로 가다): paying, buying, sending, travelling, contacting, ordering.
     */
    private static final Set<String> MEANS_VERBS = Set.of("내", "계산하", "결제하", "지불하", "사", "보내", "부치", "가",
            "오", "다니", "연락하", "주문하", "예약하");

    /**
     * Verbs whose N(으)로 is what a thing is made, chosen or changed into, 'as/into' (session 34, s34b): 선물로 포장해
     * 주세요, 큰 사이즈로 바꿔 주세요, 창가 자리로 예약했어요, 이걸로 할게요 (표준국어대사전 '으로' 「4」 변화의 결과, 「6」
     * 자격; 「…을 …으로」 sentence patterns of 포장하다, 바꾸다, 교환하다, 변경하다, 주문하다, 예약하다, 준비하다, 고르다,
     * 선택하다, 정하다). The bare accepted noun (선물 포장해 주세요) and the learner's N로 say one request.
     */
    private static final Set<String> ROLE_VERBS = Set.of("포장하", "바꾸", "교환하", "변경하", "환불하", "준비하", "고르",
            "선택하", "정하", "하", "드리", "주", "싸", "만들", "쓰", "사용하", "추천하", "업그레이드하", "갈아타",
            "자르", "맞추", "보관하", "배달하", "보내", "신청하", "등록하", "예약하", "주문하");

    /** Forms of 내다 'pay' Nori may read as the pronoun 내 (내도 = 내 + 도). */
    private static final java.util.regex.Pattern PAY_FORMS = java.util.regex.Pattern.compile(
            "내(도|요|고|서|면|야|려고|도요)|낼(게요|게|까요|래요)|냈어요|냅니다|냅니까|내(세요|셔도|시겠어요|겠습니다)");

    /**
     * A noun with (으)로 where the accepted answer has it bare, before a verb of the learner's own that takes its
     * means with (으)로 (카드로 내도 될까요? against 카드 돼요?; session 16): the accepted bare noun is the subject
     * of 되다 'is accepted', the learner's noun the means of paying (표준국어대사전 '으로' 「3」; '내다' 「12」 돈이나
     * 물건을 주다), each right in its own frame. The first predicate after the noun in the learner's sentence
     * decides and must be one of {@link #MEANS_VERBS}; the allomorph must fit (카드로, 현금으로). Nori reads some forms
     * of 내다 as the pronoun 내 (내도 = 내 + 도), which the comparison then drops as an added word and leaves the
     * particle as the one slip: those forms are read as written ({@link #PAY_FORMS}). 커피로 마셔요 against 커피
     * 마셔요 (the object of 마시다) keeps the finding.
     */
    static boolean ownVerbsMeans(String o, String c, String answer, String asTyped) {
        if (o.contains(" ") || c.isEmpty() || c.contains(" ") || !o.startsWith(c)
                || !Particles.of(o.substring(c.length())).map(p -> p.formAfter(c).equals(o.substring(c.length()))
                        && (o.endsWith("로") || o.endsWith("으로"))).orElse(false)) {
            return false;
        }
        Place place = placeOf(o, answer, asTyped);
        return place != null && place.decidedAfter((typed, w) -> {
            if (PAY_FORMS.matcher(typed).matches()) {
                return true; // 내도: Nori reads the pronoun 내 + 도
            }
            if (!w.verbal() || w.caseMarked()) {
                return null;
            }
            String stem = VerbFrames.stem(w);
            return (MEANS_VERBS.contains(stem) || ROLE_VERBS.contains(stem)) && typed.startsWith(stem.substring(0, 1));
        });
    }

    /** Verbal nouns of asking and contacting whose addressee takes 에 (부탁드립니다, 전화했어요, 연락할게요). */
    private static final Set<String> ADDRESSED = Set.of("부탁", "전화", "연락", "문의", "신청", "제출");

    private static String strip(String word) {
        return TRAILING_PUNCTUATION_TILDE.matcher(word).replaceAll("");
    }
}
