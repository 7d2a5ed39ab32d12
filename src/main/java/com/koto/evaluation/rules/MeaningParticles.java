package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Particles that carry the meaning of their phrase, left out, on the learner's own words whatever the accepted answers
 * say (session 37, helper s37b), category {@code particle_missing}. Speech drops 이/가, 을/를 and often 에 freely (Lee
 * &amp; Ramsey 2000; Yeon &amp; Brown 2019, particle ellipsis), so each shape below is one where the bare noun reads as
 * another role or as nothing, and each is read in one clause (split at . ? ! and commas, so a noun called out before a
 * comma is never read):
 * <ul>
 *   <li>{@code particle_missing/direction}, the route: 길 after a modifier in -(으)ㄴ/-는, right before a form of
 *       가다/오다 (제일 빠른 길 가 주세요 → 길로): the way along which one goes takes (으)로 (표준국어대사전 '(으)로'
 *       「조사」 ① 움직임의 방향, ② 경로: '지름길로 가다'); 빠른 길 가다 has no object to make of 길;</li>
 *   <li>{@code particle_missing/action_place}: 여기/거기/저기 right before the eat-in promise or plan of 먹다/마시다
 *       (여기 먹을게요 → 여기서, 여기 먹고 갈게요): the place of an act takes 에서, shortened 서 after these pronouns
 *       (표준국어대사전 '서'⁹ 「조사」 '에서'의 준말: '여기서 먹자'). The session-3 teacher rule that accepts 여기 without
 *       에 keeps 여기 앉을게요, 여기 있어요 and every other verb; 여기 먹을 거 있어요? (a modifier) is left alone;</li>
 *   <li>{@code particle_missing/result}, the change into: a noun bare right before 바꾸다 where the clause already
 *       has the thing changed as 이거/그거/저거 (이거 김치볶음밥 바꿔 주세요 → 김치볶음밥으로; time words are left out:
 *       이거 내일 바꿔 주세요 may say when; a noun object in 을/를 is read by {@code FrameRoles}, session 28) or the answer says the dish was not ordered (이거 안 시켰어요. 김치볶음밥 바꿔 주세요 → 김치볶음밥으로):
 *       what a thing is changed into takes (으)로 (표준국어대사전 '바꾸다' ① 「…을 …으로」); bare, it reads as the thing
 *       changed, the opposite request. A bare noun alone before 바꿔 주세요 (방 바꿔 주세요) is the object and is left
 *       alone;</li>
 *   <li>{@code particle_missing/location}: a room number (305호, 1203호실) bare where something is left: right before,
 *       or before the object of, 두다/놓다/놔두다 (305호 충전기를 두고 왔어요 → 305호에): the place a thing stays
 *       takes 에 (표준국어대사전 '두다' ① 「…에 …을」); a number in 호 names a place only;</li>
 *   <li>{@code particle_missing/direction}, the means: a means of sending (이메일, 메일, 문자, 카톡, 팩스, 우편) bare right before
 *       보내다 after the thing sent in 을/를 (파일을 이메일 보내 드리겠습니다 → 이메일로): the means takes (으)로
 *       (표준국어대사전 '(으)로' ③ 수단·도구: '이메일로 보내다'). Without an object (이메일 보내 드릴게요) the email is
 *       what is sent, and is left alone;</li>
 *   <li>{@code particle_missing/role} (new): a job noun (직원, 요리사, 통역사 …) bare before 일하다/근무하다 with only a length
 *       of time between (호텔 직원 두 년 동안 일했습니다 → 직원으로): the capacity in which one works takes (으)로
 *       (표준국어대사전 '(으)로' ⑤ 지위·신분·자격: '회사 직원으로 일하다');</li>
 *   <li>{@code particle_missing/location}, the map a place is asked on (session 38, s38b): a map (지도, 노선도, 안내도,
 *       약도) bare, alone or after 이/그/저, right before a noun with 은/는/이/가 and a question of where (어디, 어느 쪽)
 *       in the same clause (이 지도 인사동은 어느 쪽이에요? → 지도에서): the map is the range the place is looked for
 *       in, 에서 (표준국어대사전 '에서' ① 처소: '지도에서 찾다'); bare, it reads as a second subject, which a map is not
 *       (이 지도 어디서 샀어요? has no noun after it and is left alone, as is 지도 앱이 …).</li>
 * </ul>
 * The correction is the learner's word with the particle, its allomorph chosen by the word's last letter.
 */
final class MeaningParticles {

    /** A modifier ending in ㄴ (빠른, 가까운, 막히지 않는, 다른) before 길. */
    private static final Pattern GO = Pattern.compile("(가|가요|가세요|가십시오|가줘|가주세요|갈게요|갈게|갈까요|가자|"
            + "갑시다|가야|가도|가면|가야죠|와|와요|오세요|와주세요)");
    /** Here, there, over there: the pronouns whose 에서 shortens to 서. */
    private static final Set<String> HERE = Set.of("여기", "거기", "저기");
    /** The eat-in promise or plan of eating or drinking (먹을게요, 먹고 갈게요, 먹을 거예요, 마실게요). */
    private static final Pattern EAT = Pattern.compile("(먹|마시|마실|마셔)(을게요|을게|겠습니다|겠어요|을래요|을래|게요|게|"
            + "고|을|ㄹ)?");
    /** What may follow 먹고/마시고 or 먹을/마실 in the eat-in statement. */
    private static final Pattern EAT_AFTER = Pattern.compile("(갈게요|갈게|가요|갈래요|갈게요|갈|가겠습니다|거예요|거야|겁니다)");
    /** Forms of 바꾸다 at a word's start. */
    private static final Pattern CHANGE = Pattern.compile("(바꿔|바꾸|바꿀|바꿨|바꿉).*");
    /** An earlier sentence saying the dish or thing was not what was ordered. */
    private static final Pattern NOT_ORDERED = Pattern.compile(".*(안 시켰|안 시킨|안 주문|주문 안|시킨 게 아니|"
            + "주문한 게 아니|잘못 나왔|잘못 왔).*");
    /** Pronouns that stand for the thing changed. */
    private static final Set<String> THIS = Set.of("이거", "그거", "저거", "이것", "그것", "저것");
    /** The same with the object particle, full or contracted (이거를, 이걸, 이것을). */
    private static final Set<String> THIS_MARKED = Set.of("이거를", "그거를", "저거를", "이걸", "그걸", "저걸", "이것을",
            "그것을", "저것을");
    /** A room number. */
    private static final Pattern ROOM = Pattern.compile("[0-9]+(호|호실)");
    /** Forms of leaving a thing somewhere: 두다, 놓다, 놔두다. */
    private static final Pattern LEAVE = Pattern.compile("(두고|뒀|두었|놓고|놓았|놨|놔두|놔뒀|두|놓).*");
    /** Means of sending a message or a file. */
    private static final Set<String> MEANS = Set.of("이메일", "메일", "문자", "카톡", "카카오톡", "팩스", "우편", "메시지");
    /** Forms of 보내다 at a word's start. */
    private static final Pattern SEND = Pattern.compile("(보내|보낼|보냈|보냅).*");
    /** Job nouns: the capacity one works in. */
    private static final Set<String> ROLES = Set.of("직원", "점원", "요리사", "교사", "강사", "비서", "통역사", "번역가",
            "매니저", "엔지니어", "간호사", "웨이터", "가이드", "인턴", "기자", "디자이너", "개발자", "프로그래머", "운전기사",
            "아르바이트생", "알바생", "판매원", "사무원", "회계사", "연구원", "종업원", "바리스타", "셰프");
    /** Words of a length of time between the job and 일하다 (두 년 동안, 2년, 3개월쯤). */
    private static final Pattern DURATION = Pattern.compile("([0-9]+|한|두|세|네|다섯|일|이|삼|사|오|육|칠|팔|구|십|몇)?"
            + "(년|년간|개월|달|년 동안)?(동안|간|쯤|정도|넘게|이상)?");
    /** Forms of 일하다 and 근무하다. */
    private static final Pattern WORK = Pattern.compile("(일했|일해|일하|일할|일합|근무했|근무해|근무하|근무할|근무합).*");

    /** Maps a place is looked for on. */
    static final Set<String> MAPS = Set.of("지도", "노선도", "안내도", "약도");
    /** Names of a district, a street or a sight (인사동, 강남구, 명동, 경복궁, 남대문 시장, 종로). */
    private static final Pattern DISTRICT = Pattern.compile("[가-힣]{1,4}(동|구|로|길|궁|문|거리|시장|마을|섬)");
    /** Determiners before a map (이 지도). */
    private static final Set<String> THESE = Set.of("이", "그", "저");
    /** A topic or subject particle at a word's end, after at least one letter (인사동은, 여기가). */
    private static final Pattern TOPIC_OR_SUBJECT = Pattern.compile(".+(은|는|이|가)");

    private MeaningParticles() {
    }

    /**
     * The findings on the learner's raw answer.
     *
     * @param raw the answer as written
     * @return {@code particle_missing} findings, the bare word → the word with its particle; empty when none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        boolean notOrdered = NOT_ORDERED.matcher(raw).matches();
        for (List<String> words : SpeechLevels.clauses(raw)) {
            for (int i = 0; i + 1 < words.size(); i++) {
                String w = words.get(i);
                String next = words.get(i + 1);
                if (w.equals("길") && i > 0 && endsInN(words.get(i - 1)) && GO.matcher(next).matches()) {
                    out.add(finding(w, w + "로", "particle_missing/direction"));
                } else if (HERE.contains(w) && eatIn(words, i + 1)) {
                    out.add(finding(w, w + "서", "particle_missing/action_place"));
                } else if (CHANGE.matcher(next).matches() && changedInto(words, i, notOrdered)) {
                    out.add(finding(w, w + directional(w), "particle_missing/result"));
                } else if (ROOM.matcher(w).matches() && (LEAVE.matcher(next).matches()
                        || objectMarked(next) && i + 2 < words.size() && LEAVE.matcher(words.get(i + 2)).matches())) {
                    out.add(finding(w, w + "에", "particle_missing/location"));
                } else if (MEANS.contains(w) && SEND.matcher(next).matches()
                        && words.subList(0, i).stream().anyMatch(MeaningParticles::objectMarked)) {
                    out.add(finding(w, w + directional(w), "particle_missing/direction"));
                } else if (ROLES.contains(w) && worksAfter(words, i + 1)) {
                    out.add(finding(w, w + directional(w), "particle_missing/role"));
                } else if (MAPS.contains(w) && (i == 0 || THESE.contains(words.get(i - 1))) && askedWhereOn(words, i)) {
                    out.add(finding(w, w + "에서", "particle_missing/location"));
                }
            }
        }
        return out;
    }

    private static Finding finding(String original, String correction, String subtype) {
        return new Finding(ErrorCategory.PARTICLE_MISSING, original, correction, subtype);
    }

    /** Whether the word's last syllable ends in ㄴ: a modifier in -(으)ㄴ/-는 (빠른, 가까운, 않는). */
    private static boolean endsInN(String word) {
        char last = word.charAt(word.length() - 1);
        return Hangul.isSyllable(last) && Hangul.finalIndex(last) == 4 && !word.endsWith("는") // 는 of a topic
                || word.endsWith("않는") || word.endsWith("막히는");
    }

    /** Whether the words from {@code at} are the eat-in promise or plan (먹을게요, 먹고 갈게요, 먹을 거예요). */
    private static boolean eatIn(List<String> words, int at) {
        String w = words.get(at);
        if (!EAT.matcher(w).matches() || w.equals("먹") || w.equals("마시")) {
            return false;
        }
        boolean needsNext = w.endsWith("고") || w.equals("먹을") || w.equals("마실");
        if (!needsNext) {
            return true;
        }
        return at + 1 < words.size() && EAT_AFTER.matcher(words.get(at + 1)).matches();
    }

    /** Whether the bare noun at {@code i}, before 바꾸다, is what a thing is changed into. */
    private static boolean changedInto(List<String> words, int i, boolean notOrdered) {
        String w = words.get(i);
        if (THIS.contains(w) || w.endsWith("로") || !ArgumentCheck.stemAndParticle(w)[1].isEmpty() || !plainNoun(w)
                || ArgumentCheck.isTimeNoun(w)) { // 3박로 바꾸고: the particle is there, in a wrong form
            return false;
        }
        // the thing changed as a bare or marked 이거/그거 (a noun object in 을/를 is FrameRoles' reading, session 28,
        // which leaves a place or a partner bare: 돈을 은행 바꿨어요, 자리를 친구 바꿨어요)
        boolean thingBefore = words.subList(0, i).stream()
                .anyMatch(x -> THIS.contains(x) || THIS_MARKED.contains(x));
        return thingBefore || notOrdered;
    }

    /** Whether the word is nouns only, no particle (김치볶음밥, 창가 자리 is two words). */
    private static boolean plainNoun(String word) {
        List<Morphology.Word> analysed = SpeechLevels.analysed(word);
        return analysed.size() == 1 && !analysed.getFirst().morphemes().isEmpty()
                && analysed.getFirst().morphemes().stream().allMatch(m -> m.is("NNG", "NNP"));
    }

    /** Whether the word ends in 을/를 after at least one letter (충전기를, 파일을). */
    private static boolean objectMarked(String word) {
        return word.length() > 1 && (word.endsWith("을") || word.endsWith("를"));
    }

    /** (으)로 for the word: 로 after a vowel or ㄹ, 으로 after another consonant. */
    private static String directional(String word) {
        char last = word.charAt(word.length() - 1);
        if (!Hangul.isSyllable(last) || !Hangul.hasFinal(last) || Hangul.hasRieulFinal(last)) {
            return "로";
        }
        return "으로";
    }

    /** Whether a noun with 은/는/이/가 follows the map and a question of where comes after it (인사동은 어느 쪽이에요?). */
    private static boolean askedWhereOn(List<String> words, int i) {
        if (i + 2 >= words.size() || !TOPIC_OR_SUBJECT.matcher(words.get(i + 1)).matches()) {
            return false;
        }
        // the noun after the map is a place (인사동, 강남역, 여기), not a noun the map forms a compound with (지도 앱이)
        String next = words.get(i + 1);
        String place = next.substring(0, next.length() - 1);
        List<Morphology.Word> read = Morphology.analyse(place);
        boolean named = read.size() == 1 && read.getFirst().morphemes().size() == 1 && read.getFirst().startsWith("NNP");
        if (!HERE.contains(place) && !GovernedArguments.PLACE_END.matcher(place).matches() && !named
                && !DISTRICT.matcher(place).matches()) {
            return false;
        }
        return words.subList(i + 2, words.size()).stream().anyMatch(x -> x.startsWith("어디") || x.startsWith("어느"));
    }

    /** Whether only a length of time stands between {@code from} and a form of 일하다 or 근무하다. */
    private static boolean worksAfter(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + 4; k++) {
            String w = words.get(k);
            if (WORK.matcher(w).matches()) {
                return true;
            }
            if (w.isEmpty() || !DURATION.matcher(w).matches()) {
                return false;
            }
        }
        return false;
    }
}
