package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import com.koto.evaluation.rules.Colours.Colour;
import java.util.regex.Pattern;

/**
 * Another colour than the one the task names (session 37, helper s37b), {@code vocabulary/other_item}: 이 샌들 흰색도
 * 있어요? where the task asks whether the sandals come in black → 검은색도. A colour word names one colour; white for
 * black asks for another thing, whatever else of the answer is right (표준국어대사전 '검은색' 검은 빛깔, '흰색' 흰 빛깔).
 * The class reads three things, so that a colour given as an example or chosen freely is never judged:
 * <ul>
 *   <li>the activity's description names exactly one colour (in English or Indonesian: black/hitam, white/putih …) and
 *       does not ask for another or any colour, nor gives an example;</li>
 *   <li>every accepted answer names that colour (검은색, 까만색, 검정 … are one colour) and no other;</li>
 *   <li>the learner's answer names none of its words and exactly one word of one other colour, which the description
 *       does not name.</li>
 * </ul>
 * The correction is the accepted answer's colour word with the learner's own particle (흰색도 → 검은색도), or its
 * modifier form for the learner's modifier (흰 가방 → 검은 가방). Source: 국립국어원 한국어기초사전, colour words
 * (색깔 이름: 검은색/검정색/까만색, 흰색/하얀색 …). The colours and their forms are the data file read by {@link Colours}
 * (session 38, s38d).
 */
final class TaskColours {

    /** Descriptions that leave the colour open (an example, another or any colour). */
    private static final Pattern OPEN = Pattern.compile("(another|other|any|different|e\\.g\\.|for example|such as|lain|"
            + "misalnya|seperti) (colou?r|warna)?");
    /** What may follow a colour noun in its word: a particle, the copula or 요. */
    private static final Set<String> AFTER = Set.of("", "도", "은", "는", "이", "가", "을", "를", "으로", "로", "으로도", "로도",
            "으로는", "이요", "요", "이에요", "예요", "입니다", "인데", "인데요", "만", "이랑", "하고", "의");

    private TaskColours() {
    }

    /**
     * The finding on the learner's answer.
     *
     * @param answer   the learner's answer
     * @param accepted the normalised accepted answers
     * @param context  the activity's description (English or Indonesian); may be null
     * @return one {@code vocabulary/other_item} finding, or none
     */
    static List<Finding> find(String answer, List<String> accepted, String context) {
        if (context == null) {
            return List.of();
        }
        String ctx = context.toLowerCase(Locale.ROOT);
        if (OPEN.matcher(ctx).find()) {
            return List.of();
        }
        List<Colour> named = Colours.ALL.stream().filter(c -> c.names().matcher(ctx).find()).toList();
        if (named.size() != 1) {
            return List.of();
        }
        Colour asked = named.getFirst();
        String acceptedWord = null;
        for (String a : accepted) {
            if (a.isEmpty()) {
                continue;
            }
            Set<Colour> in = coloursIn(a);
            if (in.size() != 1 || !in.contains(asked)) {
                return List.of();
            }
            if (acceptedWord == null) {
                acceptedWord = formIn(a, asked);
            }
        }
        if (acceptedWord == null) {
            return List.of();
        }
        List<String[]> learner = new ArrayList<>(); // word, form, colour index
        for (String w : SpeechLevels.sentences(answer).stream().flatMap(List::stream).toList()) {
            for (int c = 0; c < Colours.ALL.size(); c++) {
                String form = match(w, Colours.ALL.get(c));
                if (form != null) {
                    learner.add(new String[] {w, form, Integer.toString(c)});
                }
            }
        }
        if (learner.size() != 1) {
            return List.of();
        }
        String[] hit = learner.getFirst();
        Colour used = Colours.ALL.get(Integer.parseInt(hit[2]));
        if (used == asked) {
            return List.of();
        }
        String rest = hit[0].substring(hit[1].length());
        String correction;
        if (rest.isEmpty() && used.modifiers().contains(hit[1])) {
            if (asked.modifier() == null) {
                return List.of(); // 흰 가방 for a brown one: no modifier form to put in its place
            }
            correction = asked.modifier();
        } else {
            // the accepted noun of the colour (검은 지갑 gives 검은색), with the learner's particle re-formed
            String base = asked.modifiers().contains(acceptedWord) ? asked.nouns().getFirst() : acceptedWord;
            correction = base + (rest.isEmpty() ? "" : Particles.of(rest).map(p -> p.formAfter(base)).orElse(rest));
        }
        return List.of(new Finding(ErrorCategory.VOCABULARY, hit[0], correction, "vocabulary/other_item"));
    }

    /** The colours an accepted answer names. */
    private static Set<Colour> coloursIn(String text) {
        Set<Colour> out = new LinkedHashSet<>();
        for (String w : text.split(" ")) {
            for (Colour c : Colours.ALL) {
                if (match(w.replaceAll("[.?!,]", ""), c) != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The colour's form as the accepted answer writes it. */
    private static String formIn(String text, Colour c) {
        for (String w : text.split(" ")) {
            String form = match(w.replaceAll("[.?!,]", ""), c);
            if (form != null) {
                return form;
            }
        }
        return null;
    }

    /** The colour's form the word begins with, followed only by a particle or the copula; null otherwise. */
    private static String match(String word, Colour c) {
        for (String form : c.forms()) {
            if (!word.startsWith(form)) {
                continue;
            }
            String rest = word.substring(form.length());
            boolean modifier = c.modifiers().contains(form);
            if (modifier ? rest.isEmpty() : AFTER.contains(rest)) {
                return form;
            }
        }
        return null;
    }
}
