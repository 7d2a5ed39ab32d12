package com.koto.langpack;

import java.util.HashMap;
import java.util.Map;

/**
 * Sample placeholder values for previewing a pack template (the console's pack editor): the
 * {@code {original}} and {@code {correction}} of a category explanation are an error of that
 * category (카드 → 카드로 for a missing particle, 마시요 → 마셔요 for an ending, 둘 잔 → 두 잔 for a
 * counter …), so a teacher reads each explanation with an example it fits.
 */
public final class LangPackSamples {

    /** Values for placeholders that do not depend on the key. */
    public static final Map<String, String> COMMON = Map.of("detail", "아메리카노 한 잔 주세요", "correct",
            "커피를 주세요", "suggestion", "아메리카노", "original", "커피을", "correction", "커피를", "added", "를",
            "lesson", "카페에서 주문하기", "stage", "인사하기", "hint", "…", "score", "87");

    /** Key (category or subtype, or the part before its slash) → original, correction, added. */
    private static final Map<String, String[]> ERRORS = Map.ofEntries(
            Map.entry("particle_missing", new String[] {"카드", "카드로", "로"}),
            Map.entry("particle_missing/location", new String[] {"공항", "공항에", "에"}),
            Map.entry("particle_missing/action_place", new String[] {"카페", "카페에서", "에서"}),
            Map.entry("particle_missing/activity_place", new String[] {"회사", "회사에서", "에서"}),
            Map.entry("particle_allomorph", new String[] {"커피을", "커피를", "를"}),
            Map.entry("particle_allomorph/subject", new String[] {"여권가", "여권이", "이"}),
            Map.entry("particle_allomorph/topic", new String[] {"커피은", "커피는", "는"}),
            Map.entry("particle_allomorph/direction", new String[] {"서울으로", "서울로", "로"}),
            Map.entry("particle_wrong", new String[] {"여기에 마실게요", "여기서 마실게요", "서"}),
            Map.entry("particle_wrong/subject_for_object", new String[] {"물이", "물을", "을"}),
            Map.entry("particle_wrong/question_word_topic", new String[] {"뭐는", "뭐가", "가"}),
            Map.entry("honorific", new String[] {"줘", "주세요", "세요"}),
            Map.entry("honorific/verb", new String[] {"먹으세요", "드세요", "드세요"}),
            Map.entry("honorific/noun", new String[] {"이름이", "성함이", "성함"}),
            Map.entry("honorific/humble_pronoun", new String[] {"나는", "저는", "저"}),
            Map.entry("honorific/farewell", new String[] {"안녕히 가세요", "안녕히 계세요", "계세요"}),
            Map.entry("honorific/title", new String[] {"부장", "부장님", "님"}),
            Map.entry("ending", new String[] {"마시요", "마셔요", "마셔요"}),
            Map.entry("ending/copula", new String[] {"학생예요", "학생이에요", "이에요"}),
            Map.entry("ending/formal_allomorph", new String[] {"가습니다", "갑니다", "갑니다"}),
            Map.entry("ending/eu_extra", new String[] {"먹으자", "먹자", "먹자"}),
            Map.entry("ending/l_insertion", new String[] {"올겠습니다", "오겠습니다", "오겠습니다"}),
            Map.entry("spelling/sipsio", new String[] {"주십시요", "주십시오", "오"}),
            Map.entry("ending/obligation", new String[] {"가야서", "가야 해서", "해서"}),
            Map.entry("ending/l_modifier", new String[] {"찾는", "찾을", "찾을"}),
            Map.entry("ending/wish_before_question", new String[] {"싶어서", "싶은데", "싶은데"}),
            Map.entry("ending/formal_question", new String[] {"됩니다", "됩니까", "됩니까"}),
            Map.entry("ending/promise_question", new String[] {"줄게", "줄래", "줄래"}),
            Map.entry("ending/ja_infinitive", new String[] {"찍어자", "찍자", "찍자"}),
            Map.entry("ending/reason_before_proposal", new String[] {"비싸서", "비싸니까", "니까"}),
            Map.entry("ending/sequence_before_proposal", new String[] {"끝나서", "끝나고", "끝나고"}),
            Map.entry("ending/purpose_stem", new String[] {"봐러", "보러", "보러"}),
            Map.entry("spelling/gat_seem", new String[] {"갔아요", "같아요", "같아요"}),
            Map.entry("ending/l_stem_added", new String[] {"살고", "사고", "사고"}),
            Map.entry("ending/request_question", new String[] {"주십니까", "주십시오", "주십시오"}),
            Map.entry("ending/gi_before", new String[] {"식사하는", "식사하기", "기"}),
            Map.entry("ending/embedded_question", new String[] {"고치는", "고치는지", "지"}),
            Map.entry("ending/past_modifier", new String[] {"가져왔은", "가져온", "가져온"}),
            Map.entry("ending/infinitive_before_consonant", new String[] {"줘세요", "주세요", "주세요"}),
            Map.entry("irregular/l_kept", new String[] {"마고", "말고", "말고"}),
            Map.entry("ending/will_of_what_happens", new String[] {"될래요", "될까요", "까요"}),
            Map.entry("ending/because", new String[] {"있습니다", "있기 때문입니다", "기 때문입니다"}),
            Map.entry("ending/adjective_prohibition", new String[] {"짧지", "짧게 하지", "게 하지"}),
            Map.entry("ending/offer_for_plan", new String[] {"살까", "살게", "살게"}),
            Map.entry("honorific/si_thing", new String[] {"출발하십니까", "출발합니까", "출발합니까"}),
            Map.entry("ending/adjective_request", new String[] {"짧아", "짧게 해", "짧게 해"}),
            Map.entry("ending/question_word_formal", new String[] {"얼마입니다", "얼마입니까", "얼마입니까"}),
            Map.entry("tense/request_past", new String[] {"주셨어요", "주시겠어요", "주시겠어요"}),
            Map.entry("ending/reason_apology", new String[] {"왔으니까", "와서", "와서"}),
            Map.entry("vocabulary/adjective_for_verb", new String[] {"짧아", "줄여", "줄여"}),
            Map.entry("ending/look", new String[] {"봐요", "보여요", "보여요"}),
            Map.entry("ending/permission", new String[] {"찍어", "찍어도", "도"}),
            Map.entry("ending/double_si", new String[] {"드셔세요", "드세요", "드세요"}),
            Map.entry("ending/si_after_past", new String[] {"갔으세요", "가셨어요", "가셨어요"}),
            Map.entry("ending/formal_yo", new String[] {"걸립니까요", "걸려요", "걸려요"}),
            Map.entry("ending/si_promise", new String[] {"주실게요", "주세요", "주세요"}),
            Map.entry("honorific/si_own_promise", new String[] {"갈게요", "가실게요", "갈게요"}),
            Map.entry("honorific/own_ssi", new String[] {"리나 씨예요", "리나예요", "리나예요"}),
            Map.entry("honorific/self_counter", new String[] {"분", "명", "명"}),
            Map.entry("honorific/bare_title", new String[] {"팀장", "팀장님", "님"}),
            Map.entry("honorific/apology", new String[] {"미안합니다", "죄송합니다", "죄송합니다"}),
            Map.entry("ending/ja_yo", new String[] {"놀자요", "놀자", "놀자"}),
            Map.entry("ending/adverbial", new String[] {"짧은", "짧게", "짧게"}),
            Map.entry("spelling/vowel_harmony", new String[] {"아퍼요", "아파요", "아파요"}),
            Map.entry("ending/desire_of_others", new String[] {"싶어합니다", "싶습니다", "싶습니다"}),
            Map.entry("irregular/d", new String[] {"듣어요", "들어요", "들어요"}),
            Map.entry("irregular/b", new String[] {"어렵어요", "어려워요", "어려워요"}),
            Map.entry("irregular/s", new String[] {"낫아요", "나아요", "나아요"}),
            Map.entry("irregular/h", new String[] {"어떻어요", "어때요", "어때요"}),
            Map.entry("irregular/reu", new String[] {"모르아요", "몰라요", "몰라요"}),
            Map.entry("irregular/reo", new String[] {"푸르어요", "푸르러요", "푸르러요"}),
            Map.entry("irregular/u", new String[] {"푸어요", "퍼요", "퍼요"}),
            Map.entry("irregular/l_deletion", new String[] {"돌으세요", "도세요", "도세요"}),
            Map.entry("irregular/eu_deletion", new String[] {"바쁘어요", "바빠요", "바빠요"}),
            Map.entry("irregular/regular_b", new String[] {"이워요", "입어요", "입어요"}),
            Map.entry("irregular/regular_d", new String[] {"발아요", "받아요", "받아요"}),
            Map.entry("irregular/regular_s", new String[] {"씨어요", "씻어요", "씻어요"}),
            Map.entry("ending/eu_insertion", new String[] {"보을래요", "볼래요", "볼래요"}),
            Map.entry("tense", new String[] {"어제 가요", "어제 갔어요", "갔어요"}),
            Map.entry("spelling", new String[] {"감사함니다", "감사합니다", "감사합니다"}),
            Map.entry("spelling/copula", new String[] {"얼마에요", "얼마예요", "예요"}),
            Map.entry("spelling/confusion", new String[] {"되요", "돼요", "돼요"}),
            Map.entry("spacing", new String[] {"한잔", "한 잔", "한 잔"}),
            Map.entry("word_order", new String[] {"한 아메리카노", "아메리카노 한 잔", "아메리카노 한 잔"}),
            Map.entry("vocabulary", new String[] {"물", "커피", "커피"}),
            Map.entry("vocabulary/extra_word", new String[] {"케이크", "", ""}),
            Map.entry("vocabulary/misused_word", new String[] {"느릴", "늦을", "늦을"}),
            Map.entry("vocabulary/come_for_go", new String[] {"와요", "가요", "가요"}),
            Map.entry("vocabulary/already_for_yet", new String[] {"벌써", "아직", "아직"}),
            Map.entry("vocabulary/go_for_come", new String[] {"가", "와", "와"}),
            Map.entry("vocabulary/buy_for_give", new String[] {"사 주세요", "주세요", "주세요"}),
            Map.entry("vocabulary/size_for_amount", new String[] {"작게", "적게", "적게"}),
            Map.entry("counter", new String[] {"둘 잔", "두 잔", "두 잔"}),
            Map.entry("counter/sino_for_native", new String[] {"삼 명", "세 명", "세 명"}),
            Map.entry("counter/native_for_sino", new String[] {"다섯 분", "오 분", "오 분"}),
            Map.entry("counter/wrong_counter", new String[] {"한 개", "한 잔", "한 잔"}),
            Map.entry("counter/people_counter", new String[] {"명", "개", "개"}),
            Map.entry("counter/animal_counter", new String[] {"마리", "명", "명"}),
            Map.entry("counter/book_counter", new String[] {"권", "장", "장"}),
            Map.entry("counter/machine_counter", new String[] {"대", "개", "개"}),
            Map.entry("counter/cup_counter", new String[] {"잔", "대", "대"}),
            Map.entry("counter/bottle_counter", new String[] {"병", "개", "개"}),
            Map.entry("counter/sheet_counter", new String[] {"장", "잔", "잔"}),
            Map.entry("counter/label_number", new String[] {"세", "삼", "삼"}),
            Map.entry("counter/nights_of_stay", new String[] {"2밤", "2박", "2박"}),
            Map.entry("vocabulary/wearing_verb", new String[] {"입어", "신어", "신어"}),
            Map.entry("vocabulary/temperature", new String[] {"추워요", "차가워요", "차가워요"}),
            Map.entry("ending/adjective_progressive", new String[] {"아프고 있어요", "아파요", "아파요"}),
            Map.entry("ending/hada_root_copula", new String[] {"건조예요", "건조해요", "해요"}),
            Map.entry("ending/listener_will", new String[] {"올까", "올래", "래"}),
            Map.entry("particle_missing/role", new String[] {"직원", "직원으로", "으로"}),
            Map.entry("incomplete", new String[] {"카드", "카드로 계산할게요", "로 계산할게요"}),
            Map.entry("incomplete/missing_word", new String[] {"", "만나서", "만나서"}));

    private LangPackSamples() {
    }

    /**
     * The sample values for one template: {@link #COMMON}, with {@code original}, {@code correction}
     * and {@code added} fitting the category or subtype the key names (its own entry, else the part
     * before its slash, else the common sample).
     *
     * @param section e.g. {@code category_explanations}
     * @param key     e.g. {@code particle_missing} or {@code irregular/d}
     */
    public static Map<String, String> forKey(String section, String key) {
        Map<String, String> values = new HashMap<>(COMMON);
        if (!"category_explanations".equals(section) || key == null) {
            return values;
        }
        String[] error = ERRORS.get(key);
        if (error == null && key.contains("/")) {
            error = ERRORS.get(key.substring(0, key.indexOf('/')));
        }
        if (error != null) {
            values.put("original", error[0]);
            values.put("correction", error[1]);
            values.put("added", error[2]);
        }
        return values;
    }
}
