package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Particles speech does not drop, left out where no accepted answer lines up with the learner's words (session 26,
 * helper s26h): the roles the learner's own verb and ending make certain ({@link CertainRoles}: 너 before a promise
 * to give back or tell, 나 before a proposal -(으)ㄹ래?, a vehicle before 가다 of a person, a stop asked about before
 * 내리다/타다/갈아타다, a person before an unowned means of sending), and the roles an accepted answer names
 * elsewhere ({@link NamedRoles}: the person addressed as the recipient, the person met as the partner of a meal, the
 * place with 에서 before the object of the same verb), and a goal after 가요/와요 read as a noun ({@link ClauseOrder}).
 * Each with its correct look-alikes.
 */
class PersonParticlesSession26Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // 너 before a promise to give back or tell: the speaker is the subject, 너 the recipient
            "우산 좀 빌려줄래? 내일 너 돌려줄게.; 우산 좀 빌려줄래? 내일 돌려줄게.; CASUAL; particle_missing/dative; 너→너한테",
            "너 연락할게.; 나중에 연락할게.; CASUAL; particle_missing/dative; 너→너한테",
            "너 전화할게요.; 나중에 전화할게요.; POLITE; particle_missing/dative; 너→너한테",
            "너 얘기할게.; 나중에 얘기할게.; CASUAL; particle_missing/dative; 너→너한테",
            "내일 너한테 돌려줄게.; 내일 돌려줄게.; CASUAL; PASS; *",
            "이거 너 줄게.; 이거 너 줄게.; CASUAL; PASS; *",
            "너, 내일 말할게.; 내일 말할게.; CASUAL; PASS; *",
            "너 말했어?; 너 말했어?; CASUAL; PASS; *",
            // 나 before a shared activity in the question -(으)ㄹ래?: the listener is the subject, 나 the partner
            "이번 토요일 오후 3시에 나 영화 볼래?; 이번 토요일 오후 3시에 같이 영화 볼래?|토요일 세 시에 우리 같이 영화 보자!; CASUAL; particle_missing/comitative; 나→나랑",
            "나 커피 마실래?; 나랑 커피 마실래?; CASUAL; particle_missing/comitative; 나→나랑",
            "나 게임 할래?; 같이 게임 할래?; CASUAL; particle_missing/comitative; 나→나랑",
            "나 영화 볼래.; 나 영화 볼래.; CASUAL; PASS; *",
            "우리 영화 볼래?; 같이 영화 볼래?; CASUAL; PASS; *",
            "나 영화 볼까?; 영화 볼까?; CASUAL; PASS; *",
            // a vehicle before 가다 of a person: its (으)로 of means
            "저기요, 제일 가까운 지하철역이 어디예요? 버스 가야 돼요?; 저기요, 여기서 제일 가까운 지하철역이 어디예요? 어떻게 가요?|실례합니다. 가장 가까운 지하철역까지 어떻게 가야 돼요?; POLITE; particle_missing/direction; 버스→버스로",
            "비행기 가야 돼요.; 제주도에 가야 돼요.; POLITE; particle_missing/direction; 비행기→비행기로",
            "기차 가려고 해요.; 부산에 가려고 해요.; POLITE; particle_missing/direction; 기차→기차로",
            "지하철 갈래?; 같이 갈래?; CASUAL; particle_missing/direction; 지하철→지하철로",
            "학교 가야 돼요.; 학교에 가야 돼요.; POLITE; PASS; *",
            "버스 벌써 갔어요?; 버스가 벌써 갔어요?; POLITE; PASS; *",
            "버스 와요.; 버스가 와요.; POLITE; PASS; *",
            "이 버스 가요?; 이 버스 가요?; POLITE; PASS; *",
            // a stop asked about before getting off, on or changing: 에서
            "이 버스 명동에 가요? 어느 정류장 내려야 돼요?; 이 버스 명동에 가요? 어디에서 내려야 돼요?|실례지만 이 버스가 명동까지 가나요? 어디서 내리면 돼요?; POLITE; particle_missing/action_place; 정류장→정류장에서",
            "무슨 역 갈아타요?; 어디서 갈아타요?; POLITE; particle_missing/action_place; 역→역에서",
            "어느 역 내려요?; 어디서 내려요?; POLITE; particle_missing/action_place; 역→역에서",
            "몇 번째 정류장 내려요?; 몇 번째 정류장에서 내려요?; POLITE; particle_missing/action_place; 정류장→정류장에서",
            "어느 버스 타야 돼요?; 어느 버스를 타야 돼요?; POLITE; PASS; *",
            "어느 역 가요?; 어느 역에 가요?; POLITE; PASS; *",
            "어느 정류장에 내려요?; 어디서 내려요?; POLITE; PASS; *",
            // a person before an unowned means of sending, in the speaker's wish or promise
            "이 소포를 인도네시아에 있는 엄마 배편으로 보내고 싶어요. 얼마예요?; 이 소포를 인도네시아에 항공편으로 보내고 싶어요. 얼마예요?|이거 인도네시아로 항공 우편으로 보내려고 하는데 얼마예요?; POLITE; particle_missing/dative; 엄마→엄마한테",
            "친구 택배로 보낼게.; 친구한테 택배로 보낼게.; CASUAL; particle_missing/dative; 친구→친구한테",
            "할머니 배편으로 보내려고 해요.; 할머니께 배편으로 보내려고 해요.; POLITE; particle_missing/honorific_dative; 할머니→할머니께",
            "엄마 택배로 보냈어요.; 엄마가 택배로 보냈어요.; POLITE; PASS; *",
            "엄마 택배로 보낼 거예요.; 엄마가 택배로 보낼 거예요.; POLITE; PASS; *",
            "엄마 이메일로 보내고 싶어요.; 엄마 이메일로 보내고 싶어요.; POLITE; PASS; *",
            "엄마한테 택배로 보내고 싶어요.; 엄마한테 택배로 보내고 싶어요.; POLITE; PASS; *",
            // a person an accepted answer addresses, bare before the object of sending: the recipient
            "금요일까지 부장님 보고서를 보내 주겠습니다.; 부장님, 금요일까지 보고서를 보내 드리겠습니다.|보고서는 금요일까지 보내 드리겠습니다.; FORMAL; particle_missing/honorific_dative; 부장님→부장님께",
            "선생님 숙제를 제출했어요.; 선생님께 숙제를 제출했어요.|선생님, 숙제 냈어요.; POLITE; particle_missing/honorific_dative; 선생님→선생님께",
            "사장님 서류를 전달하겠습니다.; 사장님, 서류는 제가 전달하겠습니다.; FORMAL; particle_missing/honorific_dative; 사장님→사장님께",
            "부장님께 보고서를 보내 드리겠습니다.; 부장님, 금요일까지 보고서를 보내 드리겠습니다.; FORMAL; PASS; *",
            "엄마 사진을 보내 줄게.; 엄마 사진 보내 줄게.; CASUAL; PASS; *",
            "부장님 보고서를 고객한테 보냈어요.; 부장님, 보고서를 고객한테 보냈어요.; POLITE; PASS; *",
            // a person an accepted answer meets, bare before a meal: the partner
            "어머니, 오늘 친구 저녁을 먹고 10시쯤 들어갈 거예요.; 어머니, 오늘 친구들을 만나서 밤 10시쯤 들어갈 거예요.|오늘 친구 만나서 좀 늦을 거예요. 10시쯤 들어올게요.; POLITE; particle_missing/comitative; 친구→친구하고",
            "친구 저녁을 먹고 들어갈 거예요.; 친구 만나서 들어갈 거예요.; POLITE; particle_missing/comitative; 친구→친구하고",
            "동생 점심을 먹었어요.; 동생하고 점심을 먹었어요.; POLITE; FAIL; *",
            "친구 저녁을 먹었어?; 친구가 저녁을 먹었어?; CASUAL; PASS; *",
            "동생 저녁을 먹었어요.; 동생이 저녁을 먹었어요.; POLITE; PASS; *",
            "친구하고 저녁을 먹고 들어갈게요.; 친구 만나서 저녁 먹고 들어갈게요.; POLITE; PASS; *",
            // a place an accepted answer writes with 에서 before the same object and verb
            "이번 금요일 저녁에 우리 집 생일 파티 해. 올래?; 이번 금요일 저녁에 우리 집에서 내 생일 파티 해. 올래?|금요일 저녁에 우리 집에서 생일 파티 하는데 너도 와!; CASUAL; particle_missing/action_place; 집→집에서",
            "회사 회의 해요.; 회사에서 회의 해요.; POLITE; particle_missing/action_place; 회사→회사에서",
            "교실 점심 먹어요.; 교실에서 점심 먹어요.; POLITE; particle_missing/action_place; 교실→교실에서",
            "집 파티 하자.; 집 파티 하자.; CASUAL; PASS; *",
            "우리 집에서 생일 파티 해.; 우리 집에서 생일 파티 해.|우리 집에서 파티 하자.; CASUAL; PASS; *",
            // a goal after 가요/와요, which Nori reads as the noun 'song': the verb goes last
            "이 버스 가요 명동에? 어디에서 내려야 돼요?; 이 버스 명동에 가요? 어디에서 내려야 돼요?|실례지만 이 버스가 명동까지 가나요? 어디서 내리면 돼요?; POLITE; word_order/verb_final; 가요 명동에→명동에 가요",
            "저는 내일 가요 부산에.; 저는 내일 부산에 가요.; POLITE; word_order/verb_final; 가요 부산에→부산에 가요",
            "친구가 와요 한국에.; 친구가 한국에 와요.; POLITE; word_order/verb_final; 와요 한국에→한국에 와요",
            "이 버스 명동에 가요?; 이 버스 명동에 가요?|이 버스가 명동까지 가나요?; POLITE; PASS; *",
            "저는 한국 가요를 좋아해요.; 저는 한국 노래를 좋아해요.; POLITE; NO word_order; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
