package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vocabulary recall through the sourced lexicon (session 21, helper s21c): collocations a learner of A2–B1 gets
 * wrong (샤워를 가지다, 자전거를 운전하다, 안약을 먹다, 눈을 닫다 from Indonesian 'tutup mata', 배터리가 죽다 from
 * 'baterai mati'), intransitive/transitive pairs judged on the learner's own case marking (땀을 흘러요, 옷이 적셨어요,
 * 아기를 의자에 앉아), confusables (가져가세요 for 가져다주세요, 떨어뜨려 for 세워, 뜨겁다 for 맵다, 틀리다 for 다르다),
 * contrasts (antonyms of 한국어기초사전: 넓다/좁다, 이기다/지다, 입구/출구, 낮/밤) and the counters of time and fish
 * (세 시 for 세 시간, 6월 for 6개월, 오징어 세 개 for 세 마리), all in {@code confusables.json} and
 * {@code equivalents.json} with their dictionary senses ({@link Confusables}, {@link Contrasts}, {@link Counters},
 * {@link Vocabulary}). Each row is written for this test, none is a development item; the rows that must pass are
 * the synonyms a teacher accepts (머리를 자르다 for 깎다, 시험을 치다, 배낭을 들다, 석 달 for 3개월) and the other voice
 * said on its own marking (화가 났어요 for 화를 냈어요).
 * Verdict: {@code PASS}, a category, or a subtype with the learner's word and its correction.
 */
class LexiconCoverageSession21cTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        "가져가다 for 가져다주다; 방에 담요 하나 가져가세요.; 방에 담요 하나 가져다주세요.; POLITE; vocabulary/confusable; 가져가세요; 가져다주세요",
        "떨어뜨리다 for 세우다; 기사님, 은행 앞에서 떨어뜨려 주세요.; 기사님, 은행 앞에서 세워 주세요.; POLITE; vocabulary/confusable; 떨어뜨려; 세워",
        "뜨겁다 for 맵다; 이 김치는 조금 뜨거워요.; 이 김치는 조금 매워요.; POLITE; vocabulary/confusable; 뜨거워요; 매워요",
        "극장 seen for 영화; 주말에 극장 보러 가요.; 주말에 영화 보러 가요.; POLITE; vocabulary/confusable; 극장; 영화",
        "빌려주다 with the speaker as subject; 제가 우산을 빌려줄 수 있어요?; 제가 우산을 빌릴 수 있어요?; POLITE; vocabulary/confusable; 빌려줄; 빌릴",
        "자르다 for 깎다 of fruit; 배 좀 잘라 주세요.; 배 좀 깎아 주세요.; POLITE; vocabulary/confusable; 잘라; 깎아",
        "통장 + 열다; 통장을 열려고 왔어요.; 통장을 만들려고 왔어요.; POLITE; vocabulary/collocation; 열려고; 만들려고",
        "비자 + 연기하다; 비자를 연기할 수 있어요?; 비자를 연장할 수 있어요?; POLITE; vocabulary/collocation; 연기할; 연장할",
        "히터 + 열리다; 히터가 안 열려요.; 히터가 안 켜져요.; POLITE; vocabulary/collocation; 열려요; 켜져요",
        "a place + 타다; 공항에 어떻게 타요?; 공항에 어떻게 가요?; POLITE; vocabulary/collocation; 타요; 가요",
        "시 for 시간 after the thing counted; 회의실 세 시 쓰고 싶어요.; 회의실 세 시간 쓰고 싶어요.; POLITE; VOCABULARY; 시; 시간",
        "월 for 개월; 6월 동안 한국어를 배웠어요.; 6개월 동안 한국어를 배웠어요.; POLITE; VOCABULARY; 6월; 6개월",
        "개 for a fish; 오징어 한 개에 얼마예요?; 오징어 얼마예요?; POLITE; VOCABULARY; 개에; 마리에",
        "샤워 + 가지다; 저녁에 샤워를 가졌어요.; 저녁에 샤워를 했어요.; POLITE; vocabulary/collocation; 가졌어요; 했어요",
        "낮잠 + 가지다; 오후에 낮잠을 가졌어요.; 오후에 낮잠을 잤어요.; POLITE; vocabulary/collocation; 가졌어요; 잤어요",
        "시험 + 가지다; 내일 한국어 시험을 가져요.; 내일 한국어 시험을 봐요.; POLITE; vocabulary/collocation; 가져요; 봐요",
        "설거지 + 씻다; 저녁 먹고 설거지를 씻었어요.; 저녁 먹고 설거지를 했어요.; POLITE; vocabulary/collocation; 씻었어요; 했어요",
        "파마 + 만들다; 친구가 파마를 만들었어요.; 친구가 파마를 했어요.; POLITE; vocabulary/collocation; 만들었어요; 했어요",
        "자전거 + 운전하다; 주말에 자전거를 운전했어요.; 주말에 자전거를 탔어요.; POLITE; vocabulary/collocation; 운전했어요; 탔어요",
        "택시 + 가지다; 공항까지 택시를 가졌어요.; 공항까지 택시를 탔어요.; POLITE; vocabulary/collocation; 가졌어요; 탔어요",
        "냄새 + 듣다; 이 꽃 냄새를 들어 보세요.; 이 꽃 냄새를 맡아 보세요.; POLITE; vocabulary/collocation; 들어; 맡아",
        "버튼 + 밀다; 엘리베이터 버튼을 밀어 주세요.; 엘리베이터 버튼을 눌러 주세요.; POLITE; vocabulary/collocation; 밀어; 눌러",
        "배낭 + 입다; 학교에 갈 때 배낭을 입어요.; 학교에 갈 때 배낭을 메요.; POLITE; vocabulary/collocation; 입어요; 메요",
        "목도리 + 입다; 추우니까 목도리를 입으세요.; 추우니까 목도리를 하세요.; POLITE; vocabulary/collocation; 입으세요; 하세요",
        "향수 + 입다; 저는 매일 향수를 입어요.; 저는 매일 향수를 뿌려요.; POLITE; vocabulary/collocation; 입어요; 뿌려요",
        "연고 + 먹다; 상처에 연고를 먹어요.; 상처에 연고를 발라요.; POLITE; vocabulary/collocation; 먹어요; 발라요",
        "안약 + 먹다; 하루에 세 번 안약을 먹어요.; 하루에 세 번 안약을 넣어요.; POLITE; vocabulary/collocation; 먹어요; 넣어요",
        "반창고 + 입다; 손가락에 반창고를 입었어요.; 손가락에 반창고를 붙였어요.; POLITE; vocabulary/collocation; 입었어요; 붙였어요",
        "이불 + 입다; 추우면 이불을 입으세요.; 추우면 이불을 덮으세요.; POLITE; vocabulary/collocation; 입으세요; 덮으세요",
        "물 + 열다; 따뜻한 물을 열어 주세요.; 따뜻한 물을 틀어 주세요.; POLITE; vocabulary/collocation; 열어; 틀어",
        "가스 + 닫다; 나가기 전에 가스를 닫았어요?; 나가기 전에 가스를 잠갔어요?; POLITE; vocabulary/collocation; 닫았어요; 잠갔어요",
        "음악 + 돌리다; 음악 좀 돌려 줄래?; 음악 좀 틀어 줄래?; CASUAL; vocabulary/collocation; 돌려; 틀어",
        "거짓말 + 말하다; 동생이 또 거짓말을 말했어요.; 동생이 또 거짓말을 했어요.; POLITE; vocabulary/collocation; 말했어요; 했어요",
        "인사 + 말하다; 선생님께 인사를 말했어요.; 선생님께 인사를 드렸어요.; POLITE; vocabulary/collocation; 말했어요; 드렸어요",
        "점심 + 가지다; 같이 점심을 가질까요?; 같이 점심을 먹을까요?; POLITE; vocabulary/collocation; 가질까요; 먹을까요",
        "그림 + 만들다; 아이가 그림을 만들었어요.; 아이가 그림을 그렸어요.; POLITE; vocabulary/collocation; 만들었어요; 그렸어요",
        "편지 + 만들다; 어머니께 편지를 만들었어요.; 어머니께 편지를 썼어요.; POLITE; vocabulary/collocation; 만들었어요; 썼어요",
        "살 + 잃다; 운동해서 살을 잃었어요.; 운동해서 살을 뺐어요.; POLITE; vocabulary/collocation; 잃었어요; 뺐어요",
        "눈 + 닫다; 잠깐 눈을 닫으세요.; 잠깐 눈을 감으세요.; POLITE; vocabulary/collocation; 닫으세요; 감으세요",
        "눈 + 열다; 이제 눈을 열어 보세요.; 이제 눈을 떠 보세요.; POLITE; vocabulary/collocation; 열어; 떠",
        "알람 + 세우다; 여섯 시에 알람을 세웠어요.; 여섯 시에 알람을 맞췄어요.; POLITE; vocabulary/collocation; 세웠어요; 맞췄어요",
        "배터리 + 죽다; 휴대폰 배터리가 죽었어요.; 휴대폰 배터리가 나갔어요.; POLITE; vocabulary/collocation; 죽었어요; 나갔어요",
        "스트레스 + 가지다; 요즘 일 때문에 스트레스를 많이 가져요.; 요즘 일 때문에 스트레스를 많이 받아요.; POLITE; vocabulary/collocation; 가져요; 받아요",
        "바람 + 오다; 오늘은 바람이 많이 와요.; 오늘은 바람이 많이 불어요.; POLITE; vocabulary/collocation; 와요; 불어요",
        "춤 + 하다; 파티에서 춤을 했어요.; 파티에서 춤을 췄어요.; POLITE; vocabulary/collocation; 했어요; 췄어요",
        "화 + 하다; 아빠가 화를 했어요.; 아빠가 화를 냈어요.; POLITE; vocabulary/collocation; 했어요; 냈어요",
        "길 + 넘다; 횡단보도에서 길을 넘으세요.; 횡단보도에서 길을 건너세요.; POLITE; vocabulary/collocation; 넘으세요; 건너세요",
        "불 + 닫히다; 갑자기 불이 닫혔어요.; 갑자기 불이 꺼졌어요.; POLITE; vocabulary/collocation; 닫혔어요; 꺼졌어요",
        "약속 + 가지다; 친구와의 약속을 꼭 가져요.; 친구와의 약속을 꼭 지켜요.; POLITE; vocabulary/collocation; 가져요; 지켜요",
        "주사 + 가지다; 병원에서 주사를 가졌어요.; 병원에서 주사를 맞았어요.; POLITE; vocabulary/collocation; 가졌어요; 맞았어요",
        "흐르다 with an object; 땀을 많이 흘러요.; 땀을 많이 흘려요.; POLITE; vocabulary/voice; 흘러요; 흘려요",
        "나다 with an object; 주말에 시간을 났어요.; 주말에 시간을 냈어요.; POLITE; vocabulary/voice; 났어요; 냈어요",
        "비다 with an object; 체크아웃 전에 방을 비었어요.; 체크아웃 전에 방을 비웠어요.; POLITE; vocabulary/voice; 비었어요; 비웠어요",
        "적시다 with a subject; 옷이 다 적셔서 갈아입었어요.; 옷이 다 젖어서 갈아입었어요.; POLITE; vocabulary/voice; 적셔서; 젖어서",
        "풀다 with a subject; 스트레스가 다 풀었어요.; 스트레스가 다 풀렸어요.; POLITE; vocabulary/voice; 풀었어요; 풀렸어요",
        "쌓다 with a subject; 눈이 많이 쌓았어요.; 눈이 많이 쌓였어요.; POLITE; vocabulary/voice; 쌓았어요; 쌓였어요",
        "앉다 with an object; 아기를 먼저 앉아 주세요.; 아기를 먼저 앉혀 주세요.; POLITE; vocabulary/voice; 앉아; 앉혀",
        "눕다 with an object; 아기를 먼저 누워 주세요.; 아기를 먼저 눕혀 주세요.; POLITE; vocabulary/voice; 누워; 눕혀",
        "빼다 with a subject; 살이 많이 뺐어요.; 살이 많이 빠졌어요.; POLITE; vocabulary/voice; 뺐어요; 빠졌어요",
        "얼리다 with a subject; 물이 얼렸어요.; 물이 얼었어요.; POLITE; vocabulary/voice; 얼렸어요; 얼었어요",
        "식히다 with a subject; 커피가 다 식혔어요.; 커피가 다 식었어요.; POLITE; vocabulary/voice; 식혔어요; 식었어요",
        "익히다 with a subject; 고기가 아직 안 익혔어요.; 고기가 아직 안 익었어요.; POLITE; vocabulary/voice; 익혔어요; 익었어요",
        "빌리다 for 빌려주다 in a promise; 내가 우산 빌릴게.; 내가 우산 빌려줄게.; CASUAL; vocabulary/confusable; 빌릴게; 빌려줄게",
        "틀리다 for 다르다; 제 생각은 선생님 생각과 틀려요.; 제 생각은 선생님 생각과 달라요.; POLITE; vocabulary/confusable; 틀려요; 달라요",
        "졸업 for 입학; 다음 달에 졸업해요.; 다음 달에 입학해요.; POLITE; vocabulary/contrast; 졸업해요; 입학해요",
        "지다 for 이기다; 어제 축구 경기에서 졌어요.; 어제 축구 경기에서 이겼어요.; POLITE; vocabulary/contrast; 졌어요; 이겼어요",
        "넓다 for 좁다; 제 방은 좀 넓어요.; 제 방은 좀 좁아요.; POLITE; vocabulary/contrast; 넓어요; 좁아요",
        "가볍다 for 무겁다; 이 가방은 아주 가벼워요.; 이 가방은 아주 무거워요.; POLITE; vocabulary/contrast; 가벼워요; 무거워요",
        "쉽다 for 어렵다; 시험이 정말 쉬웠어요.; 시험이 정말 어려웠어요.; POLITE; vocabulary/contrast; 쉬웠어요; 어려웠어요",
        "어둡다 for 밝다; 방이 너무 어두워요.; 방이 너무 밝아요.; POLITE; vocabulary/contrast; 어두워요; 밝아요",
        "더럽다 for 깨끗하다; 화장실이 좀 더러워요.; 화장실이 좀 깨끗해요.; POLITE; vocabulary/contrast; 더러워요; 깨끗해요",
        "조용하다 for 시끄럽다; 이 카페는 아주 조용해요.; 이 카페는 아주 시끄러워요.; POLITE; vocabulary/contrast; 조용해요; 시끄러워요",
        "얇다 for 두껍다; 이 책은 정말 얇아요.; 이 책은 정말 두꺼워요.; POLITE; vocabulary/contrast; 얇아요; 두꺼워요",
        "짜다 for 싱겁다; 국이 좀 짜요.; 국이 좀 싱거워요.; POLITE; vocabulary/contrast; 짜요; 싱거워요",
        "낮다 for 높다; 이 산은 아주 낮아요.; 이 산은 아주 높아요.; POLITE; vocabulary/contrast; 낮아요; 높아요",
        "줄다 for 늘다; 요즘 손님이 많이 줄었어요.; 요즘 손님이 많이 늘었어요.; POLITE; vocabulary/contrast; 줄었어요; 늘었어요",
        "떨어지다 for 붙다; 시험에 떨어졌어요.; 시험에 붙었어요.; POLITE; vocabulary/contrast; 떨어졌어요; 붙었어요",
        "틀리다 for 맞다; 제 답이 틀렸어요.; 제 답이 맞았어요.; POLITE; vocabulary/contrast; 틀렸어요; 맞았어요",
        "끝나다 for 시작하다; 수업이 세 시에 끝나요.; 수업이 세 시에 시작해요.; POLITE; vocabulary/contrast; 끝나요; 시작해요",
        "슬프다 for 기쁘다; 그 소식을 듣고 정말 슬펐어요.; 그 소식을 듣고 정말 기뻤어요.; POLITE; vocabulary/contrast; 슬펐어요; 기뻤어요",
        "웃다 for 울다; 아기가 계속 웃어요.; 아기가 계속 울어요.; POLITE; vocabulary/contrast; 웃어요; 울어요",
        "출구 for 입구; 출구가 어디예요?; 입구가 어디예요?; POLITE; vocabulary/contrast; 출구가; 입구가",
        "밤 for 낮; 밤 두 시에 만나요.; 낮 두 시에 만나요.; POLITE; vocabulary/contrast; 밤; 낮",
        "hair is cut or 깎다; 머리 좀 잘라 주세요.; 머리 좀 깎아 주세요.; POLITE; PASS; ; ",
        "another verb of bringing; 방에 담요 하나 갖다주세요.; 방에 담요 하나 가져다주세요.; POLITE; PASS; ; ",
        "내려 주다 for 세워 주다; 기사님, 은행 앞에서 내려 주세요.; 기사님, 은행 앞에서 세워 주세요.; POLITE; PASS; ; ",
        "a cinema visit without 보다; 주말에 극장에 가요.; 주말에 영화 보러 가요.; POLITE; PASS; ; ",
        "the other voice on its own marking; 화가 많이 났어요.; 화를 많이 냈어요.; POLITE; PASS; ; ",
        "weight lost on its own marking; 살이 많이 빠졌어요.; 살을 많이 뺐어요.; POLITE; PASS; ; ",
        "an exam taken with 치다; 내일 한국어 시험을 쳐요.; 내일 한국어 시험을 봐요.; POLITE; PASS; ; ",
        "a bag carried in the hand; 학교에 갈 때 배낭을 들어요.; 학교에 갈 때 배낭을 메요.; POLITE; PASS; ; ",
        "music switched on; 음악 좀 켜 줄래?; 음악 좀 틀어 줄래?; CASUAL; PASS; ; ",
        "months counted with 달; 석 달 동안 한국어를 배웠어요.; 3개월 동안 한국어를 배웠어요.; POLITE; PASS; ; ",
        "the other pole in a yes/no question; 이 방 좁아요?; 이 방 넓어요?; POLITE; PASS; ; ",
        "a bank account opened in other words; 통장을 개설하고 싶어요.; 통장을 만들고 싶어요.; POLITE; PASS; ; ",
        "a thing taken to another person; 이 서류 부장님께 가져가세요.; 이 서류 부장님께 가져다드리세요.; POLITE; PASS; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    @Test
    void theLexiconHoldsTheNewEntries() {
        int[] sizes = Confusables.sizes();
        assertThat(sizes[0]).as("confusables").isGreaterThanOrEqualTo(64);
        assertThat(sizes[1]).as("collocations").isGreaterThanOrEqualTo(107);
        assertThat(sizes[2]).as("voice pairs").isGreaterThanOrEqualTo(43);
        assertThat(Contrasts.size()).as("contrasts").isGreaterThanOrEqualTo(61);
    }
}
