package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.AnswerText;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A content item the task names, left out (session 27, s27f; {@code incomplete/missing_item}): the English task prompt
 * names a day, a part of the day, a thing, a place, a reason or the act asked for ("move it to Friday", "one more
 * pillow", "to Indonesia", "because you are sick", "gift-wrap it", "take a photo"), EVERY accepted answer states it
 * (금요일로, 베개, 인도네시아로, 아파서, 포장해, 찍어), and the learner's answer states it in no form: not the word, not a
 * synonym of the same gloss (이불 for 담요, 몸살 for 아프다), not a misspelling of it, not another member of its class.
 * The task is the message (국립국어원 『국제 통용 한국어 표준 교육과정』 2017, 과제 수행): what the prompt names and every
 * way of saying it states is a required part of it. Three witnesses agree — the prompt, each accepted answer, and the
 * learner's silence — so no model key is needed.
 *
 * <p>The prompt is read through a small closed gloss table ({@link #GLOSSES}: days, parts of the day, the commonest
 * nouns of the activities, place names, the reason 'sick', the acts 'wrap' and 'take a photo'), each English key with
 * every Korean form that states it; the table is data, the mechanism is the agreement of the three witnesses.
 *
 * <p>Left alone (precision):
 * <ul>
 * <li>a content the prompt puts in someone else's question (“A coworker asks what you did last weekend”): the answer
 * to a question may leave out what the question gave (Sohn 1999, §8.3 on ellipsis);</li>
 * <li>a word of the learner's in the item's slot: a misspelling of it (편이점, 어재), another day or time of his own
 * (어제 for 내일, 토요일이나 일요일 for 주말, 그날, 하루), a noun of his own before the accepted answers' next word
 * (양산 가져와 for 우산 가져와), a verb of his own for the act (사진을 만들어도): a wrong word is not an omission;</li>
 * <li>a day or part of the day the accepted answers do not use as the time of the act (금요일 표 names the ticket, 아침
 * 드셨어요 the meal), and a part of the day beside any time of the learner's (오늘 공연 for 오늘 저녁 공연);</li>
 * <li>a place the learner points at (여기, 거기, 저기, 그곳: named by the situation), an act asked with 부탁 (사진 좀
 * 부탁드려도 될까요? asks the favour itself);</li>
 * <li>an item that no placement can locate in the learner's answer (no word of the accepted answer next to it).</li>
 * </ul>
 */
final class PromptItems {

    /** The subtype of the finding. */
    static final String SUBTYPE = "incomplete/missing_item";

    private PromptItems() {
    }

    /** The class of an item: what counts as another member of it in the learner's answer. */
    enum Kind { DAY, DAY_PART, ITEM, PLACE, REASON, ACT, PRICE }

    /** One gloss: the English words of the prompt (a pattern on the lower-cased prompt) and the Korean forms. */
    record Gloss(Pattern english, Kind kind, List<String> forms) {
        Gloss(String english, Kind kind, String... forms) {
            this(Pattern.compile(english), kind, List.of(forms));
        }
    }

    /**
     * The gloss table (한국어기초사전 English equivalents): each Korean form stands at the start of a word or, of two
     * syllables or more, inside one (담요하고, 인천공항으로). The synonyms are the forms that state the same content.
     */
    static final List<Gloss> GLOSSES = List.of(
            new Gloss("\\bmonday\\b", Kind.DAY, "월요일", "월욜"),
            new Gloss("\\btuesday\\b", Kind.DAY, "화요일", "화욜"),
            new Gloss("\\bwednesday\\b", Kind.DAY, "수요일", "수욜"),
            new Gloss("\\bthursday\\b", Kind.DAY, "목요일", "목욜"),
            new Gloss("\\bfriday\\b", Kind.DAY, "금요일", "금욜"),
            new Gloss("\\bsaturday\\b", Kind.DAY, "토요일", "토욜"),
            new Gloss("\\bsunday\\b", Kind.DAY, "일요일", "일욜"),
            new Gloss("\\bweekend\\b", Kind.DAY, "주말"),
            new Gloss("\\btomorrow\\b", Kind.DAY, "내일", "낼", "명일"),
            new Gloss("\\bday after tomorrow\\b", Kind.DAY, "모레"),
            new Gloss("\\byesterday\\b", Kind.DAY, "어제", "어젯", "어저께"),
            new Gloss("\\bnext week\\b", Kind.DAY, "다음 주", "다음주", "담주"),
            new Gloss("\\bmorning\\b", Kind.DAY_PART, "아침", "오전", "새벽"),
            new Gloss("\\bafternoon\\b", Kind.DAY_PART, "오후", "낮"),
            new Gloss("\\bevening\\b|\\btonight\\b", Kind.DAY_PART, "저녁", "밤", "오늘밤"),
            new Gloss("\\bnight\\b", Kind.DAY_PART, "밤", "저녁"),
            new Gloss("\\bpillows?\\b", Kind.ITEM, "베개", "배게", "베게"),
            new Gloss("\\bblankets?\\b", Kind.ITEM, "담요", "이불"),
            new Gloss("\\btowels?\\b", Kind.ITEM, "수건", "타월"),
            new Gloss("\\breceipt\\b", Kind.ITEM, "영수증"),
            new Gloss("\\bpassport\\b", Kind.ITEM, "여권"),
            new Gloss("\\bumbrella\\b", Kind.ITEM, "우산"),
            new Gloss("\\bwallet\\b", Kind.ITEM, "지갑"),
            // languages a learner says he speaks or studies (한국어기초사전 '-어'⁹ 「접사」 the language of a country; 한국말,
            // 영어; session 34, s34d): each named language is a member of the list the task asks for
            new Gloss("\\bindonesian\\b", Kind.ITEM, "인도네시아어", "인도네시아말", "인니어", "바하사"),
            new Gloss("\\benglish\\b", Kind.ITEM, "영어"),
            new Gloss("\\bkorean\\b", Kind.ITEM, "한국어", "한국말", "한글"),
            new Gloss("\\bjapanese\\b", Kind.ITEM, "일본어", "일본말"),
            new Gloss("\\bchinese\\b", Kind.ITEM, "중국어", "중국말"),
            new Gloss("\\bjavanese\\b", Kind.ITEM, "자바어"),
            new Gloss("\\bconvenience store\\b", Kind.PLACE, "편의점", "마트", "가게"),
            new Gloss("\\bpharmacy\\b", Kind.PLACE, "약국"),
            new Gloss("\\bindonesia\\b", Kind.PLACE, "인도네시아"),
            new Gloss("\\bjakarta\\b", Kind.PLACE, "자카르타"),
            new Gloss("\\bbusan\\b", Kind.PLACE, "부산"),
            new Gloss("\\bjeju\\b", Kind.PLACE, "제주"),
            new Gloss("\\bincheon\\b", Kind.PLACE, "인천"),
            new Gloss("\\bseoul\\b", Kind.PLACE, "서울"),
            new Gloss("\\bdaejeon\\b", Kind.PLACE, "대전"),
            new Gloss("\\bmyeongdong\\b", Kind.PLACE, "명동"),
            new Gloss("\\bgangnam\\b", Kind.PLACE, "강남"),
            // the learner's home towns and the countries of the post office tasks (session 33, s33d)
            new Gloss("\\bsurabaya\\b", Kind.PLACE, "수라바야"),
            new Gloss("\\bbandung\\b", Kind.PLACE, "반둥"),
            new Gloss("\\bbali\\b", Kind.PLACE, "발리"),
            new Gloss("\\bmedan\\b", Kind.PLACE, "메단"),
            new Gloss("\\byogyakarta\\b", Kind.PLACE, "족자카르타", "욕야카르타", "족자"),
            new Gloss("\\bjapan\\b", Kind.PLACE, "일본"),
            new Gloss("\\bchina\\b", Kind.PLACE, "중국"),
            new Gloss("\\bvietnam\\b", Kind.PLACE, "베트남"),
            // the price asked (how much it costs): 얼마 'how much' (표준국어대사전 '얼마' ①: 잘 모르는 수량이나 정도), or the
            // price named (가격, 요금, 비용, 값) (session 33, s33d)
            new Gloss("\\bhow much (it|does|do|is|are|would|will|the|a|they)\\b", Kind.PRICE, "얼마", "얼만", "가격", "값",
                    "요금", "비용", "몇 원"),
            new Gloss("\\bsick\\b|\\bill\\b|\\bunwell\\b", Kind.REASON, "아프", "아파", "아팠", "아픈", "아플", "아퍼", "몸살",
                    "감기", "열이", "열 ", "병", "다쳐", "다치", "몸이", "컨디션"),
            new Gloss("\\bwrap", Kind.ACT, "포장"),
            new Gloss("\\btake (a |an |the |some |our |my |us |them |him |her )?(\\w+ )?(photo|picture)", Kind.ACT, "찍",
                    "촬영"));

    /** Words of a day or a span of days the learner may use for a time of his own (그날 for the day named before). */
    private static final List<String> DAY_WORDS = List.of("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일",
            "주말", "평일", "내일", "낼", "모레", "오늘", "어제", "어젯", "그제", "그저께", "다음", "이번", "지난", "담주", "그날",
            "그때", "하루", "이틀", "사흘", "며칠", "요일", "주일", "언제", "나중", "이따", "방학", "연휴");

    /**
     * Days that are adverbs of time without a particle (표준국어대사전 '내일' 「부사」, '어제' 「부사」, '모레' 「부사」).
     */
    private static final Set<String> ADVERBIAL_DAYS = Set.of("내일", "낼", "어제", "모레");

    /** Words of a part of the day. */
    private static final List<String> PART_WORDS = List.of("아침", "오전", "오후", "저녁", "밤", "낮", "새벽", "점심");

    /** Particles of a time phrase (금요일로, 내일은, 주말에도). */
    private static final Set<String> TIME_PARTICLES = Set.of("", "에", "에는", "엔", "은", "는", "도", "에도", "로", "으로",
            "부터", "까지", "쯤", "쯤에", "이나");

    /** Words that point at a place named by the situation or before. */
    private static final List<String> POINTING = List.of("여기", "거기", "저기", "그곳", "이곳", "저곳", "그쪽", "저쪽", "이쪽");

    /** A number word or digit that starts a clock time or a quantity (세 시에, 3시). */
    private static final Pattern NUMBER_START = Pattern.compile("^(\\d|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열).*");

    /** A digit, or 시 after a number: a clock time. */
    private static final Pattern CLOCK = Pattern.compile("\\d|(^|\\s)(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|열한|열두)\\s?시");

    /** Sentence marks and commas, dropped from words. */
    private static final Pattern MARKS = Pattern.compile("[.?!。,~…\"'“”]");

    /** The personal pronouns with their subject forms (나, 내가, 저, 제가, 너, 네가, 우리, 저희). */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("나", "내", "내가", "저", "제", "제가", "너", "네", "네가",
            "니가", "우리", "저희");

    /** Someone else's question in the prompt ("A coworker asks what you did last weekend"). */
    private static final Pattern ASKING = Pattern.compile("\\b(asks|asked|asking)\\b");

    /**
     * The item left out, at the learner's word next to where it goes.
     *
     * @param raw      the learner's answer as written
     * @param accepted the activity's accepted answers as written
     * @param prompt   the task as shown to the learner, in English (may be null or in another language)
     * @return an {@code incomplete/missing_item} finding (예약을 → 예약을 금요일로, 내일 → 아파서 내일); empty when none applies
     */
    static Optional<Finding> find(String raw, List<String> accepted, String prompt) {
        if (raw == null || raw.isBlank() || accepted.isEmpty() || prompt == null || prompt.isBlank()) {
            return Optional.empty();
        }
        String p = prompt.toLowerCase(Locale.ROOT);
        StringBuilder asking = new StringBuilder();
        for (String s : p.split("(?<=[.!?])\\s+")) {
            if (ASKING.matcher(s).find()) {
                asking.append(s).append(' ');
            }
        }
        List<String> learner = AnswerText.wordsOf(raw);
        for (Gloss g : GLOSSES) {
            if (!g.english().matcher(p).find() || g.english().matcher(asking).find()) {
                continue; // not named by the task, or named by someone else's question
            }
            if (!accepted.stream().allMatch(a -> states(a, g.forms())) || states(raw, g.forms())
                    || misspelt(learner, g.forms())) {
                continue;
            }
            if (!kindAllows(g, raw, learner, accepted) || filledSlot(g, learner, accepted)
                    || g.kind() == Kind.PLACE && locatorOfNamedPlace(g, p, raw)) {
                continue;
            }
            Optional<Finding> f = placed(g, learner, accepted, raw);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the prompt gives the place only as where another place lies ("your hometown, Surabaya in Indonesia",
     * "Surabaya, Indonesia") and the learner names that other place (수라바야가 제 고향입니다; session 36, s36a): "X in Y"
     * names X and locates it by Y, and a city's name identifies the place the task asks for, the country being given
     * with it (Sohn 1999 §8.3: what the situation gives may be left out; 표준국어대사전 '고향' is the one place one was born
     * in). Only for a place item, and only where the learner states the inner place.
     */
    private static boolean locatorOfNamedPlace(Gloss g, String prompt, String raw) {
        for (Gloss inner : GLOSSES) {
            if (inner == g || inner.kind() != Kind.PLACE || !states(raw, inner.forms())) {
                continue;
            }
            String x = inner.english().pattern();
            String y = g.english().pattern();
            if (Pattern.compile(x + "\\s*(,|\\bin\\b)\\s*(the\\s+)?" + y).matcher(prompt).find()) {
                return true;
            }
        }
        return false;
    }

    /** The guards of the item's class (see the class comment). */
    private static boolean kindAllows(Gloss g, String raw, List<String> learner, List<String> accepted) {
        switch (g.kind()) {
            case DAY, DAY_PART -> {
                for (String a : accepted) {
                    if (!timeUse(AnswerText.wordsOf(a), g.forms())) {
                        return false; // 금요일 표, 아침 드셨어요: not the time of the act
                    }
                }
                String acc = String.join(" ", accepted);
                for (String w : learner) {
                    for (String t : DAY_WORDS) {
                        if (w.startsWith(t) && (g.kind() == Kind.DAY_PART || !acc.contains(t))) {
                            return false; // a day of the learner's own (어제 for 내일, 그날, 하루)
                        }
                    }
                    if (g.kind() == Kind.DAY_PART && PART_WORDS.stream().anyMatch(w::startsWith)) {
                        return false;
                    }
                }
                return g.kind() != Kind.DAY_PART || !CLOCK.matcher(raw).find();
            }
            case PLACE -> {
                return learner.stream().noneMatch(w -> POINTING.stream().anyMatch(w::startsWith));
            }
            case ACT -> {
                if (raw.contains("부탁")) {
                    return false;
                }
                Set<String> acc = new java.util.HashSet<>();
                accepted.forEach(a -> acc.addAll(TaskParts.content(a)));
                for (String l : TaskParts.content(raw)) {
                    if (!acc.contains(l) && "주줘줏줍드하해".indexOf(l.charAt(0)) < 0
                            && KnownWords.tags(l).contains(org.apache.lucene.analysis.ko.POS.Tag.VV)) {
                        // (not 주다 or 하다, which Nori may read as 줏 in 주실: the learner's own giving needs the act)
                        return false; // a verb of the learner's own for the act (사진을 만들어도): a wrong word
                    }
                }
                return true;
            }
            case PRICE -> {
                // a question of the learner's own with a question word may ask the price in other words (어떻게 돼요?)
                return !(raw.contains("?") && QUESTION_WORDS.matcher(raw).find());
            }
            default -> {
                return true;
            }
        }
    }

    /** Question words that may ask a price in other words (어떻게 돼요?, 어느 정도예요?). */
    private static final Pattern QUESTION_WORDS = Pattern.compile("어떻게|어느|몇|무슨|뭐");

    /**
     * Whether the item is the time of the act in this accepted answer: with a particle of time (금요일로, 내일은) or bare
     * before another time word or a number (토요일 세 시에, 오늘 저녁).
     */
    private static boolean timeUse(List<String> ws, List<String> forms) {
        int[] at = at(ws, forms);
        if (at == null) {
            return false;
        }
        String w = ws.get(at[0]);
        String rest = w.substring(at[1]);
        if (!TIME_PARTICLES.contains(rest)) {
            return false;
        }
        if (!rest.isEmpty()) {
            return true;
        }
        String next = at[0] + 1 < ws.size() ? ws.get(at[0] + 1) : "";
        if (ADVERBIAL_DAYS.contains(w)) {
            return true; // 내일 같이 점심 먹을래요?: 내일, 어제, 모레 are adverbs of time by themselves
        }
        return DAY_WORDS.stream().anyMatch(next::startsWith) || PART_WORDS.stream().anyMatch(next::startsWith)
                || NUMBER_START.matcher(next).matches();
    }

    /**
     * Whether a word of the learner's own fills the item's slot: before the word that follows the item in an accepted
     * answer stands a learner's word no accepted answer has (양산 가져와 for 우산 가져와): a wrong word, not an omission.
     */
    private static boolean filledSlot(Gloss g, List<String> learner, List<String> accepted) {
        Set<String> heads = new java.util.HashSet<>();
        accepted.forEach(a -> AnswerText.wordsOf(a).forEach(w -> heads.add(head(w))));
        for (String a : accepted) {
            List<String> ws = AnswerText.wordsOf(a);
            int[] at = at(ws, g.forms());
            if (at == null || at[0] + 1 >= ws.size()) {
                continue;
            }
            String next = head(ws.get(at[0] + 1));
            for (int j = 1; j < learner.size(); j++) {
                String before = learner.get(j - 1);
                String beforeStem = ArgumentCheck.stemAndParticle(before)[0];
                if (head(learner.get(j)).equals(next) && !heads.contains(head(before))
                        && !(before.length() <= 2 && "해하했줘주".indexOf(before.charAt(0)) >= 0)
                        && !(beforeStem.length() >= 2 && String.join(" ", accepted).contains(beforeStem))
                        && !PERSONAL_PRONOUNS.contains(beforeStem) && !PERSONAL_PRONOUNS.contains(before)) {
                    // (nor a personal pronoun, 내가 수업에 for 아파서 수업에: the subject names no reason, day or thing;
                    // session 33, s33d)
                    // (nor the head of an accepted compound, 공항으로 of 인천공항으로: the item names it more closely)
                    // (the light 하다 or 주다 of the learner's, 예쁘게 해 주세요, fills no slot: it needs the item)
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The finding, located as the gold convention has it: the learner's word next to the gap, with the item beside it.
     * A coordinated item (담요하고 베개) goes after its partner; before a following word that is no predicate (같이, 내일,
     * 잠깐); else after the learner's word that precedes it in the accepted answer (예약을 금요일로, 좀 찍어); else before
     * the following predicate. An item that is the noun of a 하다 verb (포장해) goes as the noun alone before the
     * learner's own 하다 (예쁘게 해 → 예쁘게 포장).
     */
    private static Optional<Finding> placed(Gloss g, List<String> learner, List<String> accepted, String raw) {
        for (String a : accepted) {
            List<String> ws = AnswerText.wordsOf(a);
            int[] at = at(ws, g.forms());
            if (at == null) {
                continue;
            }
            int i = at[0];
            String word = ws.get(i);
            String rest = word.substring(at[1]);
            String form = word.substring(0, at[1]);
            String prev = i > 0 && !endsSentence(a, ws.get(i - 1)) ? ws.get(i - 1) : null;
            String next = i + 1 < ws.size() ? ws.get(i + 1) : null;
            if (g.kind() == Kind.PRICE) {
                // the price question the learner left out goes after his last sentence, as a question of its own
                // (보내고 싶어요 → 보내고 싶어요. 얼마예요?), with the accepted answer's word that asks it
                String last = learner.getLast();
                String mark = raw.strip().endsWith("?") ? "? " : ". "; // the learner's own mark after his sentence
                return Optional.of(finding(learner, learner.size() - 1, last + mark + word + (mark.startsWith("?") ? "?" : "")));
            }
            if (g.kind() == Kind.ACT && !rest.isEmpty() && "해하할합했".indexOf(rest.charAt(0)) >= 0) {
                // 포장해 주세요 beside the learner's bare 해 주세요: the noun goes before his 하다
                for (int j = 1; j < learner.size(); j++) {
                    if ("해하할합했".indexOf(learner.get(j).charAt(0)) >= 0) {
                        return Optional.of(finding(learner, j - 1, learner.get(j - 1) + " " + form));
                    }
                }
                continue;
            }
            String restStem = ArgumentCheck.stemAndParticle(rest)[0];
            if (restStem.length() >= 2 && KnownWords.noun(restStem)) {
                // the item names the learner's noun more closely (공항으로 for 인천공항으로): it goes before it
                for (String l : learner) {
                    if (l.startsWith(restStem)) {
                        return Optional.of(finding(learner, learner.indexOf(l), form + l));
                    }
                }
            }
            if (prev == null && i > 0 && g.kind() == Kind.PLACE) {
                // the place opens a sentence of its own (리나입니다. 수라바야에서 왔습니다.): that sentence goes after the
                // learner's word that ends the sentence before it (session 33, s33d)
                int lb = find(learner, ws.get(i - 1));
                int stop = i;
                while (stop + 1 < ws.size() && !endsSentence(a, ws.get(stop))) {
                    stop++;
                }
                if (lb >= 0 && endsSentence(a, ws.get(stop))) {
                    return Optional.of(finding(learner, lb, learner.get(lb) + ". " + String.join(" ", ws.subList(i, stop + 1))));
                }
            }
            int lp = prev == null ? -1 : find(learner, prev);
            int ln = next == null ? -1 : find(learner, next);
            if (prev != null && lp >= 0 && g.kind() == Kind.ITEM && !prev.endsWith("하고") && !prev.endsWith("랑")
                    && !prev.endsWith("와") && !prev.endsWith("과")) {
                // the next member of a list the learner closed early (인도네시아어와 영어를 for 인도네시아어, 영어, 한국어):
                // the member joins his last one with 와/과 and takes over its case particle (영어를 → 영어와 한국어를;
                // Yeon & Brown 2019 on noun conjunction; session 34, s34d)
                String[] own = ArgumentCheck.stemAndParticle(learner.get(lp));
                String prevStem = ArgumentCheck.stemAndParticle(prev.replace(",", ""))[0];
                java.util.Optional<Particles.Particle> particle = own[1].isEmpty() ? java.util.Optional.empty()
                        : Particles.of(own[1]);
                if (own[0].equals(prevStem) && !own[0].isEmpty() && particle.isPresent()
                        && particle.get().function() != Particles.Function.COPULA
                        && (rest.isEmpty() || Particles.isParticle(rest))) {
                    String and = Hangul.hasFinal(own[0].charAt(own[0].length() - 1)) ? "과" : "와";
                    return Optional.of(finding(learner, lp, own[0] + and + " " + form + particle.get().formAfter(form)));
                }
            }
            if (prev != null && lp >= 0 && (prev.endsWith("하고") || prev.endsWith("랑") || prev.endsWith("와")
                    || prev.endsWith("과"))) {
                return Optional.of(finding(learner, lp, prev + " " + word));
            }
            if (ln >= 0 && !verbal(next)) {
                return Optional.of(finding(learner, ln, word + " " + learner.get(ln)));
            }
            if (lp >= 0) {
                return Optional.of(finding(learner, lp, learner.get(lp) + " " + word));
            }
            if (ln >= 0) {
                return Optional.of(finding(learner, ln, word + " " + learner.get(ln)));
            }
        }
        return Optional.empty();
    }

    private static Finding finding(List<String> learner, int index, String correction) {
        return new Finding(ErrorCategory.INCOMPLETE, learner.get(index), correction, SUBTYPE);
    }

    /** Whether the word ends a sentence of the text as written (a sentence mark after it). */
    private static boolean endsSentence(String text, String word) {
        return Pattern.compile(Pattern.quote(word) + "\\s*[.?!。]").matcher(text).find();
    }

    /** The index of the learner's word that is the accepted word (same noun stem or first two syllables), or -1. */
    private static int find(List<String> learner, String acceptedWord) {
        for (int j = 0; j < learner.size(); j++) {
            if (same(learner.get(j), acceptedWord)) {
                return j;
            }
        }
        return -1;
    }

    private static boolean same(String learner, String accepted) {
        if (learner.equals(accepted)) {
            return true;
        }
        String l = ArgumentCheck.stemAndParticle(learner)[0];
        String a = ArgumentCheck.stemAndParticle(accepted)[0];
        if (!l.isEmpty() && l.equals(a)) {
            return true;
        }
        if (learner.length() >= 2 && accepted.length() >= 2 && learner.substring(0, 2).equals(accepted.substring(0, 2))) {
            return true;
        }
        String ls = stem(learner);
        return ls != null && ls.equals(stem(accepted));
    }

    /** The first verb stem of a word as Nori reads it (주실 and 주시겠어요: 주), or null. */
    private static String stem(String word) {
        for (Morphology.Word w : Morphology.analyse(word)) {
            if (!w.morphemes().isEmpty() && w.morphemes().getFirst().is("VV", "VX")) {
                return w.morphemes().getFirst().form();
            }
        }
        return null;
    }

    private static boolean verbal(String word) {
        List<Morphology.Word> ws = Morphology.analyse(word);
        return !ws.isEmpty() && ws.getFirst().verbal();
    }

    /** The first two syllables of a word (the word if shorter). */
    private static String head(String w) {
        return w.length() >= 2 ? w.substring(0, 2) : w;
    }

    /** The word index and the end of the form in it, of the first word that holds one of the forms; or null. */
    private static int[] at(List<String> ws, List<String> forms) {
        for (String f : forms) {
            String t = f.strip();
            if (t.contains(" ")) {
                continue;
            }
            for (int i = 0; i < ws.size(); i++) {
                String w = ws.get(i);
                int k = t.length() >= 2 ? w.indexOf(t) : w.startsWith(t) ? 0 : -1;
                if (k >= 0) {
                    return new int[] {i, k + t.length()};
                }
            }
        }
        return null;
    }

    /** Whether the text states one of the forms: at a word start, or of two syllables or more, inside a word. */
    static boolean states(String text, List<String> forms) {
        String t = " " + MARKS.matcher(text).replaceAll(" ") + " ";
        for (String f : forms) {
            if (f.length() >= 2 ? t.contains(f) : Pattern.compile("\\s" + Pattern.quote(f)).matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a learner's word holds one of the forms misspelt (편이점, 어재, 인청공항): two jamo apart at most. */
    private static boolean misspelt(List<String> learner, List<String> forms) {
        for (String w : learner) {
            for (String f : forms) {
                String t = f.strip();
                if (t.length() < 2) {
                    continue;
                }
                for (int k = Math.max(2, t.length() - 1); k <= t.length() + 1; k++) {
                    // at the word's start, where the item stands (어재부터, 편이점 앞에서, 인청공항으로)
                    if (k <= w.length() && com.koto.evaluation.text.Hangul.jamoDistance(w.substring(0, k), t) <= (t.length() == 2 ? 1 : 2)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
