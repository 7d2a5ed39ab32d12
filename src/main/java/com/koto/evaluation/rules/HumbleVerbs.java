package com.koto.evaluation.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The humble verbs of seeing and asking a superior, 뵙다 (뵈다) and 여쭙다 (여쭈다), in their endings (session 17).
 * Each is a pair of standard stems: 뵈다 takes the endings that begin with a vowel or -(으)- (뵈러, 뵈면, 뵐, 뵌, 봬요 =
 * 뵈어요, 뵀어요 = 뵈었어요) and 뵙다, the humbler, those that begin with a consonant (뵙고, 뵙겠습니다, 뵙지);
 * 여쭈다 and 여쭙다 alike (여쭤 = 여쭈어, 여쭐, 여쭙고, 여쭙겠습니다), 여쭙다 being ㅂ-irregular (여쭈워)
 * (표준국어대사전 '뵈다'², '뵙다', '여쭈다', '여쭙다'; 한글 맞춤법 제35항 on 뵈어 → 봬; Sohn 1999 and 표준 언어 예절
 * 2011 on humble verbs). Nori reads some of these forms as nouns (뵐 as a name), so two of them read against each
 * other look one or two letters apart; they are the same verb in two endings, not a misspelling. A form that is
 * none of these (배러, 봬러 for 뵈러: 봬 is 뵈어 already) stays a misspelling.
 */
final class HumbleVerbs {

    private HumbleVerbs() {
    }

    /** Consonant-initial endings after 뵙-/여쭙- (-고, -겠-, -습니다, -지, -는, -자, -기, -게). */
    private static final String CONSONANT_ENDINGS = "(고|겠|습|지|는|자|기|게)";
    /** Endings after the vowel stems 뵈-/여쭈-: -(으)러, -(으)려고, -(으)면, -(으)니, -고, -어, -었-, -시-, -지, -는 …. */
    private static final String VOWEL_ENDINGS = "(러|려|면|니|고|어|었|시|셔|세|셨|지|는|자|기|게|도|서)";

    private static final List<Pattern> SEE = List.of(
            Pattern.compile("뵙" + CONSONANT_ENDINGS + ".*"),
            Pattern.compile("뵈" + VOWEL_ENDINGS + ".*"),
            Pattern.compile("봬(요|서|도|야)?"),
            Pattern.compile("뵀(어|어요|습니다|다|는데|는데요|던)"),
            Pattern.compile("뵐(게|게요|까|까요|래|래요|거|)"),
            Pattern.compile("뵌(적|지|)"));

    private static final List<Pattern> ASK = List.of(
            Pattern.compile("여쭙" + CONSONANT_ENDINGS + ".*"),
            Pattern.compile("여쭈" + VOWEL_ENDINGS + ".*"),
            Pattern.compile("여쭈워.*"),
            Pattern.compile("여쭤(요|서|도|야|보.*|봐.*|봤.*|볼.*|드.*)?"),
            Pattern.compile("여쭸(어|어요|습니다|다|는데|는데요|던)"),
            Pattern.compile("여쭐(게|게요|까|까요|래|래요|거|)"));

    /**
     * Whether two different words are forms of one humble verb (뵈러 and 뵐, 여쭤볼 and 여쭙고).
     *
     * @param o the learner's word
     * @param c the accepted word
     */
    static boolean sameVerb(String o, String c) {
        if (o == null || c == null || o.isBlank() || c.isBlank() || o.contains(" ") || c.contains(" ") || o.equals(c)) {
            return false;
        }
        return any(SEE, o) && any(SEE, c) || any(ASK, o) && any(ASK, c);
    }

    /**
     * Whether the word is a form of a humble verb of seeing or asking a superior (뵈러, 뵙겠습니다, 찾아뵈려고, 여쭤보고):
     * the speaker's own act towards the honoured person, who is its object, never its subject (session 38, s38a).
     */
    static boolean humble(String word) {
        if (word == null || word.isBlank()) {
            return false;
        }
        String w = word.startsWith("찾아") ? word.substring(2) : word;
        return any(SEE, w) || any(ASK, w);
    }

    private static boolean any(List<Pattern> forms, String word) {
        return forms.stream().anyMatch(p -> p.matcher(word).matches());
    }
}
