package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Wrong forms found on the learner's words alone, whatever the accepted answer (session 4), run
 * first among {@link PreChecks#find}:
 * <ul>
 * <li><b>irregular predicates conjugated as regular ones</b> ({@code irregular/…}, {@link IrregularForms}):
 * 춥어요 → 추워요, also where the accepted answer uses another verb.</li>
 * <li><b>the copula after a noun</b> ({@code ending/copula}): 이에요 after a consonant, 예요 after a
 * vowel (테이크아웃예요 → 테이크아웃이에요, 거에요 → 거예요, 명이예요 → 명이에요; 아니에요 is the negative
 * copula and stays). Source: 표준국어대사전 '-이에요', '-예요'; 한글 맞춤법 제15항 붙임 2 and the
 * 국립국어원 표기 안내 on 이에요/예요; Yeon &amp; Brown 2019, on the copula. When the written form
 * sounds as the right one (거에요, 어디에요 for 거예요; 뜻이예요 for 뜻이에요: [예] after a vowel and [에]
 * after 이 are said alike) the error is one of spelling ({@code spelling/copula}), as 국립국어원's
 * 온라인가나다 answers on '-이에요/-예요' file it (a 맞춤법 question); a copula missing its 이 after a
 * consonant (학생예요) or keeping it after a vowel (어디이에요) is a wrong form ({@code ending/copula}).</li>
 * <li><b>-시- with -(으)ㄹ게요</b> ({@code honorific/si_extra}): -(으)ㄹ게요 promises what the speaker
 * will do, so the subject honorific -시- cannot go with it (전화하실게요 → 전화할게요, 앉으실게요 →
 * 앉을게요); 국립국어원 표준 언어 예절 (2011) and its 온라인가나다 answers on the '-실게요' of service
 * speech.</li>
 * <li><b>-고 before 싶다</b> ({@code ending/form}): 보내싶어요 → 보내고 싶어요.</li>
 * <li><b>the partner of 통화하다, 이야기하다</b> ({@code particle_missing/comitative}): 김 선생님 통화할 수
 * 있어요 → 선생님하고; and of 같이/함께 'together' (친구 같이 → 친구랑 같이, see {@link #partnerBeforeTogether}).</li>
 * <li><b>known spelling confusions</b> ({@code spelling/confusion}, {@code spelling/seumnida}), each a
 * 한글 맞춤법 rule: 되요 → 돼요 and 되서 → 돼서 (제35항 붙임 2: 되어 → 돼, 되어서 → 돼서; the writers' gold files
 * both as spelling, the word meant being the same), -ㅁ니다 → -ㅂ니다 and -읍니다 → -습니다 (표준어 규정 제17항),
 * 몇 일 → 며칠 (제27항 붙임 2), 않 → 안 before a verb and 안 → 않 after -지 (제39항, 안 = 아니, 않- = 아니하-),
 * 어떡해 → 어떻게 before a verb (어떡해 = 어떻게 해, a predicate of its own; 표준국어대사전 '어떡하다'); since
 * session 13 the bound noun 꺼 → 거 after -(으)ㄹ (할 꺼야 → 거야, {@code spelling/sound}; 표준 발음법 제27항, 한글
 * 맞춤법 제53항), -(으)ㄹ레 → -(으)ㄹ래 ({@code spelling/vowel}; 표준 발음법 제4항) and 줄려 → 줄여 of a causative
 * in -이- after ㄹ (제36항).</li>
 * </ul>
 */
final class FormChecks {
    /** Sentence punctuation and the tilde, replaced by a space before an answer is cut into words. */
    private static final Pattern PUNCTUATION = Pattern.compile("[.,!?~]");
    /** Runs of whitespace between words. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** An auxiliary after -아/어 (있다 of a result, 보다, 버리다, 주다, 가다, 오다 of a change going on). */
    private static final Pattern AFTER_EO = Pattern.compile("(있|보|봐|봤|버리|버려|버렸|주|줘|줬|드리|드려|가|갔|와|왔|오)");

    private FormChecks() {
    }

    /** The first such error, repaired; empty when none applies. */
    static Optional<PreChecks.Fix> find(String answer, String accepted) {
        String[] words = answer.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String fixed = particleWithYo(w, accepted) ? null : copula(w);
            boolean homophone = fixed != null && copulaHomophone(w);
            String subtype = homophone ? "spelling/copula" : "ending/copula";
            ErrorCategory category = homophone ? ErrorCategory.SPELLING : ErrorCategory.ENDING;
            Optional<String[]> irregular = fixed == null
                    ? IrregularForms.correct(w).or(() -> IrregularForms.homograph(w, accepted)) : Optional.empty();
            if (irregular.isPresent()) {
                fixed = irregular.get()[0];
                subtype = irregular.get()[1];
            }
            if (fixed == null) {
                String[] slip = IrregularSlips.find(words, i); // (추어요, 빨가요, 걷어서 가요, 이워요; session 26)
                if (slip != null) {
                    fixed = slip[0];
                    subtype = slip[1];
                    category = ErrorCategory.ENDING;
                }
            }
            if (fixed == null) {
                fixed = promiseWithoutSi(w);
                subtype = "honorific/si_extra";
                category = ErrorCategory.HONORIFIC;
            }
            if (fixed == null && i + 1 < words.length) {
                fixed = wishWithoutSi(w, words[i + 1]);
            }
            if (fixed == null) {
                fixed = goBeforeWant(w);
                subtype = "ending/form";
                category = ErrorCategory.ENDING;
            }
            if (fixed == null) {
                Optional<PreChecks.Fix> confusion = spellingConfusion(words, i);
                if (confusion.isPresent()) {
                    return confusion;
                }
            }
            if (fixed == null && i + 1 < words.length && partnerBeforeTogether(words, i)) {
                String partner = w + (Hangul.hasFinal(last(w)) ? "이랑" : "랑");
                List<String> out = new ArrayList<>(List.of(words));
                out.set(i, partner);
                return Optional.of(new PreChecks.Fix(new Finding(ErrorCategory.PARTICLE_MISSING, w, partner,
                        "particle_missing/comitative"), String.join(" ", out)));
            }
            if (fixed == null && i + 1 < words.length && partnerWithoutParticle(w, words[i + 1])
                    && !honouredCaller(words, i)) {
                // 김 선생님 통화할 수 있어요 → 선생님하고; 김민수 씨 → 김민수 씨하고 (the name goes with 씨)
                String original = w.equals("씨") && i > 0 ? words[i - 1] + " " + w : w;
                String correction = original + "하고";
                List<String> out = new ArrayList<>(List.of(words));
                out.set(i, w + "하고");
                return Optional.of(new PreChecks.Fix(new Finding(ErrorCategory.PARTICLE_MISSING, original, correction,
                        "particle_missing/comitative"), String.join(" ", out)));
            }
            if (fixed != null) {
                List<String> out = new ArrayList<>(List.of(words));
                out.set(i, fixed);
                return Optional.of(new PreChecks.Fix(new Finding(category, w, fixed, subtype), String.join(" ", out)));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether N에요 is the particle 에 with the polite 요 (하루에요 'a day', an afterthought to 이 약 몇 번 먹어요?)
     * rather than the copula misspelt: the polite 요 follows a particle as it follows a noun (표준국어대사전 '요'
     * 「조사」: 어미나 체언, 부사어 따위의 뒤에 붙어 청자에게 존대의 뜻을 나타내는 보조사), and the accepted answer
     * says N에 itself (하루에 몇 번). Without N에 in the accepted answer (지금 세 시에요 for 세 시예요) the copula
     * stays the reading. Session 17 (s17a).
     */
    static boolean particleWithYo(String word, String accepted) {
        if (accepted == null || word.length() < 3 || !word.endsWith("에요") || word.endsWith("이에요")) {
            return false;
        }
        String withParticle = word.substring(0, word.length() - 1);
        for (String a : accepted.split(" ")) {
            if (a.equals(withParticle)) {
                return true;
            }
        }
        return false;
    }

    /** The word with the copula form that fits its noun; null when it already fits or is no noun + copula. */
    static String copula(String word) {
        if (word.length() < 3 || word.endsWith("아니에요")) {
            return null;
        }
        if (word.endsWith("이예요")) {
            // 명이예요 → 명이에요 (after a consonant); 의사이예요 → 의사예요
            String noun = word.substring(0, word.length() - 3);
            return nounBefore(noun) ? noun + (Hangul.hasFinal(last(noun)) ? "이에요" : "예요") : null;
        }
        if (word.endsWith("이에요")) {
            String noun = word.substring(0, word.length() - 3);
            return !noun.isEmpty() && !Hangul.hasFinal(last(noun)) && nounBefore(noun) ? noun + "예요" : null;
        }
        if (word.endsWith("예요")) {
            String noun = word.substring(0, word.length() - 2);
            return !noun.isEmpty() && Hangul.hasFinal(last(noun)) && nounBefore(noun) ? noun + "이에요" : null;
        }
        if (word.endsWith("에요") && !word.endsWith("아니에요")) {
            // 거에요, 뭐에요 → 거예요, 뭐예요
            String noun = word.substring(0, word.length() - 2);
            return !noun.isEmpty() && !Hangul.hasFinal(last(noun)) && nounBefore(noun) ? noun + "예요" : null;
        }
        return null;
    }

    /**
     * Whether a wrong copula form (see {@link #copula}) is pronounced as the right one: 에요 for 예요
     * after a vowel (거에요), 이예요 for 이에요 after a consonant (뜻이예요).
     */
    static boolean copulaHomophone(String word) {
        if (word.endsWith("이예요")) {
            String noun = word.substring(0, word.length() - 3);
            return !noun.isEmpty() && Hangul.hasFinal(last(noun));
        }
        if (word.endsWith("에요") && !word.endsWith("이에요")) {
            String noun = word.substring(0, word.length() - 2);
            return !noun.isEmpty() && !Hangul.hasFinal(last(noun));
        }
        return false;
    }

    private static char last(String s) {
        return s.charAt(s.length() - 1);
    }

    /** Whether the text before a copula is a noun (Nori's first tag N…, or the bound noun 거). */
    private static boolean nounBefore(String noun) {
        if (noun.isEmpty() || !Hangul.isSyllable(last(noun))) {
            return false;
        }
        if (noun.equals("거") || noun.equals("뭐") || noun.equals("어디")) {
            return true;
        }
        List<Morphology.Word> w = Morphology.analyse(noun);
        if (w.size() != 1 || w.getFirst().morphemes().isEmpty()) {
            return false;
        }
        for (Morphology.Morpheme m : w.getFirst().morphemes()) {
            if (!m.tag().startsWith("N") && !m.tag().equals("XSN") && !m.tag().equals("SL")) {
                return false;
            }
        }
        return true;
    }

    /** Nouns of people one does things with (the partner of 같이/함께). */
    private static final java.util.Set<String> PEOPLE = java.util.Set.of("친구", "친구들", "가족", "엄마", "아빠",
            "어머니", "아버지", "부모님", "동생", "언니", "오빠", "누나", "형", "남자친구", "여자친구", "남편", "아내",
            "동료", "선배", "후배", "선생님", "반 친구", "룸메이트",
            // session 35 (lead): co-workers and kin of everyday tasks (표준국어대사전); the plural -들 of any of them
            // counts too (팀원들 같이 일할 수 있습니다 → 팀원들과)
            "팀원", "직원", "동기", "친척", "사촌", "할머니", "할아버지", "이모", "삼촌", "고모", "여동생", "남동생",
            "딸", "아들", "아이", "아이들", "애들");

    /**
     * Beginnings of the verbs after 같이 with which 같이 is the particle 'like' written apart (가족 같이 지내요 'live like
     * a family', 동생 같이 생각해요): 표준국어대사전 '같이' 「조사」 「1」 '앞말이 보이는 전형적인 어떤 특징처럼'; no
     * partner is meant there. Session 35 (lead), from helper s35b's probes.
     */
    private static final List<String> LIKE_VERBS = List.of("지내", "지냈", "대하", "대해", "대했", "생각", "보이", "보여",
            "보였", "느껴", "느끼", "여기", "여겨", "여겼", "친하", "친해", "사랑");

    /** Endings that ask or propose to the listener (볼래?, 갈까요?, 가자, 갑시다): their subject is not 나/저. */
    private static final List<String> PROPOSALS = List.of("래", "래요", "까", "까요", "자", "시다");

    /**
     * A person right before 같이/함께 'together' without 하고/와/(이)랑 (친구 같이 등산해요 → 친구랑 같이): the
     * one something is done with takes the comitative (표준국어대사전 같이 「부사」「2」 '둘 이상의 사람이
     * 함께', with …과/와; Yeon &amp; Brown 2019, on 하고/(이)랑/와/과). The correction uses (이)랑, the
     * comitative of speech. 나/저 count only when the predicate that 같이 modifies (the first verb or
     * adjective after it, not the last word of the answer: 콘서트 나 같이 갈래? 표가 한 장 남아) asks or
     * proposes to the listener (내일 나 같이 영화 볼래? → 나랑): in 나 같이 가도 돼? the bare 나 is the
     * subject. -(으)ㄹ래?/-(으)ㄹ까? and -자/-ㅂ시다 have the listener as their subject or co-subject (Yeon
     * &amp; Brown 2019, on -(으)ㄹ래요 and -자), so a bare 나/저 there is the partner. 나/저 are never
     * vocatives, so for them the first word of the sentence counts too (나 같이 영화 볼래? → 나랑).
     */
    static boolean partnerBeforeTogether(String[] words, int i) {
        String w = words[i];
        String next = words[i + 1];
        boolean self = w.equals("나") || w.equals("저");
        if (!next.equals("같이") && !next.equals("함께") || i == 0 && !self) {
            return false; // first in the sentence a name may be a vocative: 민수 씨, 같이 가요
        }
        boolean plural = w.length() > 1 && w.endsWith("들") && PEOPLE.contains(w.substring(0, w.length() - 1));
        if (PEOPLE.contains(w) || plural || w.length() > 1 && (w.endsWith("씨") || w.endsWith("님"))) {
            // 우리 가족 같이 여행 갔어요: the speaker's own group is the subject; 가족 같이 지내요: 같이 'like'
            boolean ownGroup = i > 0 && (words[i - 1].equals("우리") || words[i - 1].equals("저희"));
            boolean like = i + 2 < words.length && LIKE_VERBS.stream().anyMatch(words[i + 2]::startsWith);
            return !ownGroup && !like;
        }
        if (!self || i + 2 >= words.length) {
            return false;
        }
        String predicate = words[words.length - 1];
        for (int k = i + 2; k < words.length; k++) {
            if (verbal(words, k)) {
                predicate = words[k];
                break;
            }
        }
        return PROPOSALS.stream().anyMatch(predicate::endsWith);
    }

    /**
     * -습니다/-습니까 written without the ㅂ of 습 (겠스니다, 있스니까): only after a syllable with a final consonant
     * other than ㄹ, where -습- is the form (버스니까 'as it is a bus' is 버스 + -니까 and keeps its spelling).
     */
    private static boolean dropsSeumFinal(String w) {
        int at = w.contains("스니다") ? w.indexOf("스니다") : w.indexOf("스니까");
        if (at < 1) {
            return false;
        }
        char before = w.charAt(at - 1);
        return Hangul.isSyllable(before) && Hangul.hasFinal(before) && !Hangul.hasRieulFinal(before);
    }

    /** The first known spelling confusion at word i, repaired; empty when none. */
    static Optional<PreChecks.Fix> spellingConfusion(String[] words, int i) {
        String w = words[i];
        String original = w;
        String fixed = null;
        String subtype = "spelling/confusion";
        int span = 1;
        if (w.contains("되요") || w.contains("됬") || w.contains("되서")) {
            // 되어요 → 돼요, 되었 → 됐, 되어서 → 돼서
            fixed = w.replace("되요", "돼요").replace("됬", "됐").replace("되서", "돼서");
        } else if (w.endsWith("되") && i + 1 < words.length && AFTER_EO.matcher(words[i + 1]).lookingAt()
                && (w.length() == 1 ? i > 0 && Lexicon.HADA_NOUNS.contains(words[i - 1])
                        : w.length() > 2 && KnownWords.noun(w.substring(0, w.length() - 1)))) {
            // 되어 → 돼 before an auxiliary of -아/어 (포함되 있어요 → 포함돼 있어요; 한글 맞춤법 제35항 붙임 2): the stem
            // 되- never ends a word, so 되 before a space is the -어 form written short (session 30, s30d)
            fixed = w.substring(0, w.length() - 1) + "돼";
        } else if (w.contains("읍니다") && w.length() > 3) {
            fixed = w.replace("읍니다", "습니다");
            subtype = "spelling/seumnida";
        } else if (dropsSeumFinal(w)) {
            // 일하겠스니다 → 일하겠습니다, 있스니까 → 있습니까: the ending is -습니다/-습니까 after a final consonant,
            // its ㅂ written (표준어 규정 제17항, -습니다; 한글 맞춤법 제18항 해설 on -습니다/-ㅂ니다)
            int at = w.contains("스니다") ? w.indexOf("스니다") : w.indexOf("스니까");
            fixed = w.substring(0, at) + "습" + w.substring(at + 1);
            subtype = "spelling/seumnida";
        } else if (w.contains("니다")) {
            int at = w.indexOf("니다");
            char before = at > 0 ? w.charAt(at - 1) : ' ';
            if (Hangul.isSyllable(before) && Hangul.finalIndex(before) == Hangul.Final.M) { // 감사함니다 → 감사합니다
                fixed = w.substring(0, at - 1) + (char) (before + Hangul.Final.B - Hangul.Final.M) + w.substring(at);
                subtype = "spelling/seumnida";
            }
        } else if (w.startsWith("몇일")) {
            fixed = "며칠" + w.substring(2);
        } else if (w.equals("몇") && i + 1 < words.length && words[i + 1].startsWith("일")
                && List.of("일요일", "일본", "일주", "일인", "일행", "일층").stream().noneMatch(words[i + 1]::startsWith)) {
            original = w + " " + words[i + 1];
            fixed = "며칠" + words[i + 1].substring(1);
            span = 2;
        } else if (w.equals("않") && i + 1 < words.length && verbal(words, i + 1)) {
            fixed = "안";
        } else if (i > 0 && words[i - 1].endsWith("지") && w.startsWith("안") && w.length() > 1
                && List.of("안아요", "안았", "안습니다", "안게", "안고", "안은", "안는", "안아").stream().anyMatch(w::startsWith)) {
            fixed = "않" + w.substring(1);
        } else if (w.equals("어떡해") && i > 0 && i + 1 < words.length && verbal(words, i + 1)) {
            // 서울역에 어떡해 가요?; not 어떡해 늦었어 (Oh no, I'm late), where 어떡해 stands alone
            fixed = "어떻게";
        } else if (i > 0 && !w.isEmpty() && TENSE_GEO.indexOf(w.charAt(0)) >= 0) {
            // 할 꺼야 → 할 거야: the bound noun 거 (것) after the -(으)ㄹ modifier (session 13)
            fixed = boundNounAfterModifier(words, i);
            subtype = "spelling/sound";
        } else if (w.endsWith("레") || w.endsWith("레요")) {
            // 먹을레? → 먹을래? (session 13)
            fixed = willingnessEnding(words, i);
            subtype = "spelling/vowel";
        } else if (w.length() >= 2 && (w.charAt(1) == '려' || w.charAt(1) == '렸')) {
            // 줄려 주세요 → 줄여 (session 13)
            fixed = causativeInI(w); // spelling/confusion: the comparison reads 줄려 as 주다, another verb
        }
        if (fixed == null || fixed.equals(original)) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(List.of(words));
        out.set(i, fixed);
        if (span == 2) {
            out.remove(i + 1);
        }
        return Optional.of(new PreChecks.Fix(new Finding(ErrorCategory.SPELLING, original, fixed, subtype),
                String.join(" ", out)));
    }

    /** 꺼, 껀, 껄: the bound noun 거 (것) written with the tensed sound it takes after -(으)ㄹ. */
    private static final String TENSE_GEO = "꺼껀껄";

    /**
     * 할 꺼야 → 거야, 갈 꺼예요 → 거예요, 먹을 껀데 → 건데: after the modifier -(으)ㄹ the bound noun 거 (것) is
     * pronounced tensed [꺼] (표준 발음법 제27항) but written 거 (한글 맞춤법 제53항: the -(으)ㄹ forms are written
     * with the plain consonant, 할걸, 할게, 할 거야). The word before must be read as a verb or adjective with the
     * -(으)ㄹ modifier, and the repaired word as the bound noun, so 불을 꺼야 돼요 (끄다 + -어야) stays.
     *
     * @return the repaired word; null when it is not that
     */
    private static String boundNounAfterModifier(String[] words, int i) {
        String before = words[i - 1];
        if (before.isEmpty() || !Hangul.isSyllable(last(before)) || !Hangul.hasRieulFinal(last(before))) {
            return null;
        }
        String fixed = (char) (words[i].charAt(0) - 588) + words[i].substring(1); // ㄲ → ㄱ: 21 × 28 code points
        String[] repaired = words.clone();
        repaired[i] = fixed;
        List<Morphology.Word> o = Morphology.analyse(String.join(" ", words));
        List<Morphology.Word> a = Morphology.analyse(String.join(" ", repaired));
        // both readings: 불을 꺼야 is read 불다 + -을 once 꺼야 is repaired, but 끄다 + -어야 as written
        return a.size() == words.length && o.size() == words.length && a.get(i - 1).verbal()
                && a.get(i - 1).endsWith("ETM") && o.get(i - 1).endsWith("ETM") && a.get(i).startsWith("NNB")
                && o.get(i).startsWith("NNB") ? fixed : null;
    }

    /**
     * 먹을레? → 먹을래?, 갈레요 → 갈래요: the ending -(으)ㄹ래(요) of the speaker's or listener's will written
     * with ㅔ, the vowel it is pronounced like (표준 발음법 제4항 keeps ㅐ and ㅔ apart; in speech they have
     * merged, so the spelling follows the word, not the sound). The repaired word must be read as a verb or
     * adjective with -(으)ㄹ래, and the word as written must be no dictionary noun (벌레, 걸레, 둘레 stay).
     *
     * @return the repaired word; null when it is not that
     */
    private static String willingnessEnding(String[] words, int i) {
        String w = words[i];
        int at = w.endsWith("레요") ? w.length() - 2 : w.length() - 1;
        if (at < 1 || !Hangul.isSyllable(w.charAt(at - 1)) || !Hangul.hasRieulFinal(w.charAt(at - 1))) {
            return null;
        }
        String fixed = w.substring(0, at) + "래" + w.substring(at + 1);
        if (KnownWords.tags(w.substring(0, at + 1)).contains(org.apache.lucene.analysis.ko.POS.Tag.NNG)) {
            return null; // 걸레요, 벌레
        }
        String[] repaired = words.clone();
        repaired[i] = fixed;
        List<Morphology.Word> b = Morphology.analyse(String.join(" ", repaired));
        if (b.size() != words.length || !b.get(i).verbal()) {
            return null;
        }
        return b.get(i).morphemes().stream().anyMatch(m -> m.form().endsWith("ㄹ래") || m.form().endsWith("을래")
                || m.form().endsWith("ㄹ래요") || m.form().endsWith("을래요")) ? fixed : null;
    }

    /**
     * 줄려 → 줄여, 줄렸어요 → 줄였어요: the -어 form of a causative in -이- after ㄹ (줄이다 + -어 = 줄여,
     * 한글 맞춤법 제36항) written with a doubled ㄹ. Only where the dictionary has the stem in 이 (줄이) and
     * no stem in 리 (늘리다 → 늘려, 알리다 → 알려, 졸리다 → 졸려 are right), on a word of two syllables
     * before 요, 서, 도 or nothing, so the colloquial 줄려고 (주려고) is left alone.
     *
     * @return the repaired word; null when it is not that
     */
    static String causativeInI(String w) {
        char first = w.charAt(0);
        String rest = w.substring(2);
        boolean infinitive = w.charAt(1) == '려' && (rest.isEmpty() || rest.equals("요") || rest.equals("서")
                || rest.equals("도"));
        boolean past = w.charAt(1) == '렸' && (rest.startsWith("어") || rest.equals("습니다"));
        if (!Hangul.isSyllable(first) || !Hangul.hasRieulFinal(first) || !infinitive && !past
                || KnownWords.predicateStem(first + "리") || !KnownWords.predicateStem(first + "이")) {
            return null;
        }
        return first + (infinitive ? "여" : "였") + rest;
    }

    /** Whether word k of the sentence is a verb or adjective, analysed in its sentence (가요 alone is 'song'). */
    private static boolean verbal(String[] words, int k) {
        List<Morphology.Word> w = Morphology.analyse(String.join(" ", words));
        return w.size() == words.length && w.get(k).verbal();
    }

    /** Verbs of talking with someone that take their partner with 하고/와/과/(이)랑 and no object. */
    private static final List<String> WITH_PARTNER = List.of("통화", "이야기하", "얘기하", "대화하", "상의하");

    /**
     * A person (a name with 씨, a title with 님) right before 통화하다, 이야기하다 … without 하고: these
     * verbs take their partner with 하고/와/과/(이)랑 (표준국어대사전 통화하다 「…과」, 이야기하다 「…과」;
     * Yeon &amp; Brown 2019, on the comitative), and unlike 만나다 take no object whose particle could drop.
     */
    static boolean partnerWithoutParticle(String word, String next) {
        boolean person = word.equals("씨") || word.endsWith("님") && word.length() > 1 || word.endsWith("씨")
                && word.length() > 2;
        return person && WITH_PARTNER.stream().anyMatch(next::startsWith);
    }

    /**
     * The person before the noun 통화 as the honoured subject of the predicate after it (김 부장님 통화 가능하세요?,
     * 김 과장님 통화 되세요?; session 16): 통화 is then a noun, not the verb 통화하다, and the predicate's -(으)시-
     * honours its subject, the person asked about: 부장님(이) 통화(가) 가능하시다 'is the manager free to take a call'
     * (Sohn 1999 and 표준 언어 예절 2011, on subject honorification; 표준국어대사전 '가능하다', '통화'), the usual
     * telephone question. The case particles the spoken question leaves out are no partner missing. Without -(으)시-
     * (김 부장님 통화 가능해요?) or with the verb (김 부장님 통화할 수 있어요?) the partner reading stands.
     */
    static boolean honouredCaller(String[] words, int i) {
        if (i + 2 >= words.length || !List.of("통화", "통화가", "통화는").contains(words[i + 1])) {
            return false;
        }
        List<Morphology.Word> read = Morphology.analyse(String.join(" ", words));
        return read.size() == words.length && read.get(i + 2).verbal() && read.get(i + 2).morphemes().stream()
                .anyMatch(m -> m.is("EP") && (m.form().equals("시") || m.form().equals("으시"))
                        || m.is("EF") && m.form().startsWith("세") || m.is("EF") && m.form().startsWith("으세"));
    }

    /**
     * A verb stem right before 싶다 without -고 (보내싶어요 → 보내고 싶어요): the wish is V-고 싶다 (Yeon &amp;
     * Brown 2019, on -고 싶다). 듯싶다 and 성싶다 are words of their own.
     */
    static String goBeforeWant(String word) {
        int at = word.indexOf("싶");
        if (at < 1 || at + 1 >= word.length()) {
            return null;
        }
        char before = word.charAt(at - 1);
        if (before == '고' || before == '듯' || before == '성' || !Hangul.isSyllable(before)) {
            return null;
        }
        List<Morphology.Word> stem = Morphology.analyse(word.substring(0, at) + "다");
        if (stem.isEmpty() || !stem.getFirst().verbal()) {
            return null;
        }
        return word.substring(0, at) + "고 " + word.substring(at);
    }

    /**
     * A verb's stem or its -아/어 form written apart before 싶다 (보내 싶어요 → 보내고, 봐 싶어요 → 보고, 들어 싶어요 →
     * 듣고): the wish is V-고 싶다 (Yeon &amp; Brown 2019, on -고 싶다; 표준국어대사전 '싶다' 「보조 형용사」 「1」 '-고
     * 싶다' 구성으로). The other frames of 싶다 end their word otherwise (-었으면 싶다, -ㄹ까 싶다, -나 싶다, -지 싶다) and
     * are not read: only a word Nori reads as one verb stem alone or with the infinitive -아/어. Read on the
     * learner's own words, whatever the accepted answers (session 18, s18c).
     *
     * @param raw the answer as typed
     * @return the findings, word → stem with -고 ({@code ending/form}); empty when none
     */
    static List<Finding> spacedWants(String raw) {
        List<Finding> out = new ArrayList<>();
        String[] words = SPACES.split(PUNCTUATION.matcher(raw).replaceAll(" ").strip());
        List<Morphology.Word> read = Morphology.analyse(String.join(" ", words)); // a word alone is often read otherwise
        if (read.size() != words.length) {
            return out;
        }
        for (int i = 0; i + 1 < words.length; i++) {
            String fixed = words[i + 1].startsWith("싶") ? goBeforeSpacedWant(words[i], read.get(i)) : null;
            if (fixed != null) {
                out.add(new Finding(ErrorCategory.ENDING, words[i], fixed, "ending/form"));
            }
        }
        return out;
    }

    /** The stem with -고 for one word before 싶다 (see {@link #spacedWants}), or null. */
    static String goBeforeSpacedWant(String word, Morphology.Word read) {
        if (word.endsWith("고") || read.morphemes().isEmpty()) {
            return null;
        }
        String polite = politeBeforeWant(word);
        if (polite != null) {
            return polite;
        }
        List<Morphology.Morpheme> m = read.morphemes();
        boolean stemAlone = m.size() == 1 && m.getFirst().is("VV");
        boolean infinitive = m.size() == 2 && m.getFirst().is("VV") && m.get(1).is("EC")
                && java.util.Set.of("아", "어", "여", "ㅏ", "ㅓ").contains(m.get(1).form());
        if (!stemAlone && !infinitive) {
            return null;
        }
        return m.getFirst().form() + "고";
    }

    /**
     * The 해요체 form of a verb written before 싶다 (양말 두 켤레 사요 싶어요 → 사고, 먹어요 싶어요 → 먹고, 공부해요 싶어요 →
     * 공부하고; session 36, s36d): the sentence ending -아/어요 closes its verb and cannot take the auxiliary, which
     * asks for -고 (Yeon &amp; Brown 2019, -고 싶다). Read on the letters, since Nori may read such a word as another
     * verb (사요 as 살- + -요): the word without 요 must be the regular -아/어 form of a stem the dictionary knows as a
     * verb or adjective, or of a noun + 하다 (한글 맞춤법 제34–36항, {@link ClauseEndings#stemsOf}).
     *
     * @return the stem with -고, or null
     */
    static String politeBeforeWant(String word) {
        if (word.length() < 2 || !word.endsWith("요")) {
            return null;
        }
        String inf = word.substring(0, word.length() - 1);
        for (String stem : ClauseEndings.stemsOf(inf)) {
            boolean hada = stem.length() > 1 && stem.endsWith("하")
                    && KnownWords.noun(stem.substring(0, stem.length() - 1));
            if (!stem.isEmpty() && inf.equals(SpeechLevels.infinitive(stem))
                    && (hada || KnownWords.predicateStem(stem))) {
                return stem + "고";
            }
        }
        return null;
    }

    /** The formal statements of 싶다 after which -고 is the speaker's own wish. */
    private static final java.util.Set<String> OWN_WISH = java.util.Set.of("싶습니다", "싶었습니다", "싶습니다만");

    /**
     * 받으시고 싶습니다 → 받고, 신청하시고 싶습니다 → 신청하고 (session 26, s26b): -고 싶다 in a statement says the
     * speaker's own wish (a third person's takes -고 싶어 하다; Yeon &amp; Brown 2019, -고 싶다; 국립국어원 『외국인을
     * 위한 한국어 문법 2』 (2005), '-고 싶다'), so the subject honorific -(으)시- on its verb honours the speaker
     * (국립국어원 표준 언어 예절 2011: no -시- for oneself). Only before the formal statement (싶습니다), whose question
     * is another form (싶으십니까); a verb whose stem ends in 시 (마시고, 모시고) and the honorific verbs of their own
     * (계시다, 드시다, 주무시다) are left alone. An ㄹ-stem gets its ㄹ back (만드시고 → 만들고: the ㄹ drops before -시-
     * only).
     *
     * @return the verb with -고 and no -(으)시-, or null
     */
    static String wishWithoutSi(String word, String next) {
        if (!OWN_WISH.contains(next) || !word.endsWith("시고") || word.length() < 3) {
            return null;
        }
        List<Morphology.Morpheme> m = Morphology.analyse(word).stream().flatMap(x -> x.morphemes().stream()).toList();
        int si = m.size() - 2;
        if (si < 1 || !m.get(si).is("EP") || !(m.get(si).form().equals("시") || m.get(si).form().equals("으시"))
                || !m.get(si - 1).is("VV", "VA", "XSV") || !m.getLast().form().equals("고")) {
            return null; // (마시고, 모시고: 시 is the stem's, Nori tells them apart)
        }
        String stem = m.get(si - 1).form();
        String bare = word.endsWith("으시고") ? word.substring(0, word.length() - 3) : word.substring(0, word.length() - 2);
        if (bare.isEmpty() || bare.endsWith("계") || bare.endsWith("드") || bare.endsWith("주무")) {
            return null; // 계시다, 드시다, 주무시다 are honorific verbs of their own
        }
        char b = last(bare);
        char s = stem.charAt(stem.length() - 1);
        if (Hangul.hasRieulFinal(s) && !Hangul.hasFinal(b) && Hangul.withRieulFinal(b) == s) {
            bare = bare.substring(0, bare.length() - 1) + s; // 만드시고 → 만들고: the ㄹ dropped before -시- comes back
        }
        return bare + "고";
    }

    /** 전화하실게요 → 전화할게요, 앉으실게요 → 앉을게요; null when the word is no -시- + -(으)ㄹ게요. */
    static String promiseWithoutSi(String word) {
        if (!word.endsWith("실게요") || Morphology.analyse(word).stream().flatMap(w -> w.morphemes().stream())
                .noneMatch(m -> m.is("EP") && (m.form().equals("시") || m.form().equals("으시")))) {
            return null; // 마실게요 is 마시- + -ㄹ게요: no -시- (Nori tells the stem from the ending)
        }
        if (word.endsWith("으실게요") && word.length() > 4) {
            return word.substring(0, word.length() - 4) + "을게요";
        }
        if (word.endsWith("실게요") && word.length() > 3) {
            String stem = word.substring(0, word.length() - 3);
            char c = last(stem);
            // 계시다, 드시다, 주무시다 are honorific verbs of their own (있다, 먹다, 자다): left to the comparison
            if (!Hangul.isSyllable(c) || Hangul.hasFinal(c) || stem.endsWith("계") || stem.endsWith("드")
                    || stem.endsWith("주무")) {
                return null;
            }
            return stem.substring(0, stem.length() - 1) + Hangul.withRieulFinal(c) + "게요";
        }
        return null;
    }
}
