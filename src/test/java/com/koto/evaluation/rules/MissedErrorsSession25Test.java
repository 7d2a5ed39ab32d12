package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wrong answers that passed, as classes (session 25, s25b), each with correct look-alikes that must keep passing:
 * a counterpart verb in the accepted verb's slot (the contrast 키우다/줄이다 in {@code equivalents.json}, the
 * collocations 머리 + 끊다 → 자르다 and 열 + 나오다 → 나다, and 바닥 for 층 in {@code confusables.json}), a homograph stem
 * conjugated regularly against the accepted irregular form ({@link IrregularForms#homograph}: 굽은 for 구운), a 합쇼체
 * statement where the accepted answer asks with -(으)십시오 ({@link RequestEndings}: 주십니다 → 주십시오), a noun phrase
 * turned round ({@link NounPhraseOrder}: 미용실 학교 근처에서, 선물 결혼을, 기차가 대전행), and two slips of form read
 * against the accepted -(으)러 and -아/어 forms ({@link IntentEndings}: 받으로 → 받으러; {@link RequestEndings}: 줄이
 * 주시겠어요 → 줄여).
 */
class MissedErrorsSession25Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1}: {3}")
    @CsvSource(delimiter = ';', value = {
            // 1. 키우다 for 줄이다 (and back): the causatives of 크다 and 줄다 are opposites
            "죄송한데요, 음악 소리 좀 키워 주시겠어요?; 죄송한데요, 음악 소리 좀 줄여 주시겠어요?|밤이 늦었는데 소리를 조금만 줄여 주세요.; POLITE; vocabulary/contrast; 키워→줄여",
            "소리 좀 키워 주세요.; 소리 좀 줄여 주세요.; POLITE; vocabulary/contrast; 키워→줄여",
            "텔레비전 소리 좀 줄여 줄래?; 텔레비전 소리 좀 키워 줄래?; CASUAL; vocabulary/contrast; 줄여→키워",
            // look-alikes: 낮추다 is 줄이다's side; 키우다 'raise (a pet)'
            "죄송한데요, 음악 소리 좀 낮춰 주시겠어요?; 죄송한데요, 음악 소리 좀 줄여 주시겠어요?|밤이 늦었는데 소리를 조금만 줄여 주세요.; POLITE; PASS; *",
            "저는 고양이를 키워요.; 저는 고양이를 길러요.; POLITE; PASS; *",
            // 2. 머리 + 끊다 for 자르다
            "머리를 조금만 짧게 끊어 주세요.; 머리를 조금만 짧게 잘라 주세요.|조금만 더 짧게 잘라 주시겠어요?; POLITE; vocabulary/collocation; 끊어→잘라",
            "머리 좀 끊어 주세요.; 머리 좀 잘라 주세요.; POLITE; vocabulary/collocation; 끊어→잘라",
            // look-alikes: 깎다 of hair, 끊다 of cigarettes and of a call
            "머리를 조금만 짧게 깎아 주세요.; 머리를 조금만 짧게 잘라 주세요.|조금만 더 짧게 잘라 주시겠어요?; POLITE; PASS; *",
            "담배를 끊었어요.; 담배를 끊었어요.; POLITE; PASS; *",
            "전화를 끊을게요.; 전화 끊을게요.; POLITE; PASS; *",
            // 4. a homograph stem conjugated regularly where the accepted answer has the irregular verb
            "크루아상 세 개 주세요. 이 빵은 오늘 굽은 거예요?; 크루아상 세 개 주세요. 이 빵은 오늘 구운 거예요?|크루아상 세 개 주시고요, 이 빵 오늘 만든 거예요?; POLITE; irregular/b; 굽은→구운",
            "고기를 굽어 주세요.; 고기를 구워 주세요.; POLITE; irregular/b; 굽어→구워",
            "역까지 걷어서 가요.; 역까지 걸어서 가요.; POLITE; irregular/d; 걷어서→걸어서",
            "선생님한테 묻어 보세요.; 선생님한테 물어 보세요.; POLITE; irregular/d; 묻어→물어",
            // look-alikes: the regular verbs 굽다 'bend', 걷다 'roll up'; the irregular forms themselves
            "이 길은 굽은 길이에요.; 이 길은 굽은 길이에요.; POLITE; PASS; *",
            "소매를 걷어 주세요.; 소매를 걷어 주세요.; POLITE; PASS; *",
            "빵을 오늘 구웠어요.; 빵을 오늘 구웠어요.; POLITE; PASS; *",
            // 5. a 합쇼체 statement where the accepted answer asks with -(으)십시오
            "어른 두 장, 어린이 한 장 주십니다.; 어른 두 장, 어린이 한 장 주십시오.|성인 두 장하고 어린이 한 장 구매하고 싶습니다.; FORMAL; ending/request_statement; 주십니다→주십시오",
            "어른 두 장 줍니다.; 어른 두 장 주십시오.; FORMAL; ending/request_statement; 줍니다→주십시오",
            "여기에 앉습니다.; 여기에 앉으십시오.; FORMAL; ending/request_statement; 앉습니다→앉으십시오",
            "잠시만 기다립니다.; 잠시만 기다리십시오.; FORMAL; ending/request_statement; 기다립니다→기다리십시오",
            // look-alikes: the speaker's own act, an honoured giver, a question, -(으)세요 of a statement
            "제가 기다립니다.; 잠시만 기다리십시오.; FORMAL; PASS; *",
            "할머니께서 주십니다.; 할머니께서 주십니다.; FORMAL; PASS; *",
            "주십니까?; 주십시오.; FORMAL; NO ending/request_statement; *",
            "선생님이 한국어를 가르치십니다.; 선생님이 한국어를 가르치세요.; POLITE; PASS; *",
            // 6. a noun phrase turned round, whatever else the answer says
            "어제 미용실 학교 근처에서 염색했어. 진짜 쌌어.; 어제 학교 근처 미용실에서 염색했어. 싸더라.|나 어제 학교 앞 미용실에서 머리 염색했는데 진짜 쌌어.; CASUAL; word_order/phrase; 미용실 학교 근처에서→학교 근처 미용실에서",
            "선생님, 내일 오후 2시에 카페 학교 근처에서 만날까요?; 선생님, 내일 오후 2시에 학교 앞 카페에서 만날까요?|내일 두 시에 학교 근처 카페에서 뵐까요?; POLITE; word_order/phrase; 카페 학교 근처에서→학교 근처 카페에서",
            "친구 선물 결혼을 사고 싶어요. 뭐가 좋을까요?; 친구 결혼 선물을 찾고 있어요. 뭐가 좋을까요?|친구 결혼 선물을 사려고 하는데 추천해 주실 수 있어요?; POLITE; word_order/phrase; 선물 결혼을→결혼 선물을",
            "사진 여권을 찍고 싶어요. 얼마나 걸려요?; 여권 사진 찍으려고 왔어요. 얼마나 걸려요?|여권 사진 찍고 싶은데요, 시간이 얼마나 걸려요?; POLITE; word_order/phrase; 사진 여권을→여권 사진을",
            "기차가 대전행 얼마나 지연됩니까?; 대전행 기차가 얼마나 늦어집니까?|대전으로 가는 열차는 얼마나 지연됩니까?; FORMAL; word_order/phrase; 기차가 대전행→대전행 기차가",
            // look-alikes: a person (apposition), an adverb or a predicate after the noun, a place phrase in order
            "안녕하세요, 저는 친구 민수예요. 민수 집에 있어요?; 안녕하세요, 민수 친구인데요. 민수 집에 있어요?|안녕하세요, 저 민수 친구예요. 민수 있어요?; POLITE; NO word_order; *",
            "저기요, 주문한 지 30분이 됐는데 음식이 아직 안 나왔습니다.; 30분 전에 주문했는데 음식이 아직 안 나왔습니다.|삼십 분 전에 주문했는데 아직 음식이 안 나왔습니다.; FORMAL; PASS; *",
            "충전기 잠깐 써도 돼?; 충전기 좀 빌려도 돼?|잠깐 충전기 좀 빌려줄래?; CASUAL; PASS; *",
            "저기요, 머리가 너무 아파요. 두통약 있어요?; 머리가 아파요. 두통약 주세요.|머리가 아파요. 약 좀 주세요.|두통이 있어요. 두통약 있어요?; POLITE; PASS; *",
            "선생님, 열은 다 내렸어요. 많이 나았는데 기침이 아직 나요.; 열은 내렸고 좀 나았어요. 그런데 아직 기침이 나요.|열은 없어졌어요. 많이 좋아졌는데 기침은 아직 해요.; POLITE; PASS; *",
            "학교 근처 카페에서 만나요.; 학교 근처 카페에서 만나요.; POLITE; PASS; *",
            "은행 앞에서 만나요.; 은행 앞에서 만나요.; POLITE; PASS; *",
            // 6b. 이번/저번 behind its noun with the phrase's particle
            "토요일 이번에 강남에서 같이 영화 볼래?; 이번 토요일에 강남에서 같이 영화 볼래?|토요일에 나랑 강남에서 영화 보자. 어때?; CASUAL; word_order/phrase; 토요일 이번에→이번 토요일에",
            "이번 토요일에 강남에서 같이 영화 볼래?; 이번 토요일에 강남에서 같이 영화 볼래?; CASUAL; PASS; *",
            "토요일에 이번에는 강남에서 볼래?; 이번 토요일에 강남에서 볼래?; CASUAL; NO word_order/phrase; *",
            // 2b. 열 + 나오다 for 나다; 바닥 for 층 (Indonesian lantai), one way
            "어제부터 머리가 아프고 열이 나와요.; 어제부터 머리가 아프고 열이 나요.|어제부터 두통이 있고 열도 있어요.; POLITE; vocabulary/collocation; 나와요→나요",
            "콧물이 나와요.; 콧물이 나요.; POLITE; PASS; *",
            "내과는 몇 바닥에 있어요?; 내과는 몇 층에 있어요?|저기요, 내과가 몇 층이에요?; POLITE; vocabulary/confusable; 바닥에→층에",
            "바닥에 앉아도 돼요?; 바닥에 앉아도 돼요?; POLITE; PASS; *",
            // 6c. the subject of 늦다 'late (of the hour)' left out is no missing part (the word order stays the error)
            "늦었는데 음악 소리 좀 줄여 주세요.; 밤이 늦었는데 음악 소리 좀 줄여 주시겠어요?|죄송한데요, 늦었으니까 음악 소리를 조금만 줄여 주세요.; POLITE; PASS; *",
            "늦었는데 소리 음악 좀 줄여 주세요.; 밤이 늦었는데 음악 소리 좀 줄여 주시겠어요?|죄송한데요, 늦었으니까 음악 소리를 조금만 줄여 주세요.; POLITE; word_order/phrase; 소리 음악→음악 소리",
            "늦었는데 소리 음악 좀 줄여 주세요.; 밤이 늦었는데 음악 소리 좀 줄여 주시겠어요?|죄송한데요, 늦었으니까 음악 소리를 조금만 줄여 주세요.; POLITE; NO incomplete; *",
            // 7. slips of form read against the accepted -(으)러 and -아/어 forms
            "재학 증명서를 받으로 왔습니다.; 재학 증명서를 받으러 왔습니다.|재학 증명서를 발급받고 싶습니다.; FORMAL; ending/purpose; 받으로→받으러",
            "죄송한데요, 음악 소리 좀 줄이 주시겠어요?; 죄송한데요, 음악 소리 좀 줄여 주시겠어요?|밤이 늦었는데 소리를 조금만 줄여 주세요.; POLITE; ending/infinitive; 줄이→줄여",
            "잠깐만 기다리 주세요.; 잠깐만 기다려 주세요.; POLITE; ending/infinitive; 기다리→기다려",
            // look-alikes: a direction with (으)로 before 가다, the -아/어 form itself, a noun with 이 before 주다
            "집으로 왔습니다.; 집으로 왔습니다.; FORMAL; PASS; *",
            "밖으로 나가요.; 밖으로 나가요.; POLITE; PASS; *",
            "잠깐만 기다려 주세요.; 잠깐만 기다려 주세요.; POLITE; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
