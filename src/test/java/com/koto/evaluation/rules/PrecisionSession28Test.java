package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision classes of the unsealed sets AM and AM3 (session 28, helper s28e): correct answers a mechanism failed and
 * wrong findings beside the real error. Each class has correct look-alikes that must pass and wrong answers it must
 * still catch: 나다 of a noun's subject (고장이 났는데), -는 바람에 of cause, -(으)세요? for a plan asked with -(으)ㄹ
 * 거예요, list members in the other order ({@link ConjunctOrder}), 에 of a time noun, the starting point of a change
 * and words said in another sentence ({@link GivenWords}), and a clock time for 'the same time'.
 */
class PrecisionSession28Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // 나다 takes its noun as the subject (고장이 나다, 열이 나다): no object is due
            "에어컨이 고장이 났는데 좀 고쳐 주세요.; 에어컨이 고장 났는데 고쳐 주실 수 있어요?; POLITE; PASS; *",
            "열이 났는데 약 좀 주세요.; 열 났는데 약 좀 주세요.; POLITE; PASS; *",
            "냉장고가 고장이 났어요. 고쳐 주세요.; 냉장고가 고장 났어요. 고쳐 주세요.; POLITE; PASS; *",
            "에어컨이 고장이 났는데 좀 고쳐 주세요.; 에어컨이 고장 났어요. 고쳐 주세요.; POLITE; PASS; *",
            // a transitive verb keeps its object
            "커피가 샀는데 좀 주세요.; 커피 샀는데 좀 주세요.; POLITE; particle_wrong/subject_for_object; 커피가→커피를",
            "책이 읽었는데 재미있어요.; 책 읽었는데 재미있어요.; POLITE; particle_wrong/subject_for_object; 책이→책을",
            "사진이 찍었는데 보여 주세요.; 사진 찍었는데 보여 주세요.; POLITE; particle_wrong/subject_for_object; 사진이→사진을",
            "에어컨을 고장이 났어요.; 에어컨이 고장 났어요.; POLITE; particle_wrong; *",
            // -는 바람에 gives a cause
            "버스가 늦게 오는 바람에 늦었어요. 죄송해요.; 버스가 늦게 와서 늦었어요. 죄송해요.; POLITE; PASS; *",
            "길이 막히는 바람에 늦었어요.; 길이 막혀서 늦었어요.; POLITE; PASS; *",
            "비가 오는 바람에 못 갔어요.; 비가 와서 못 갔어요.; POLITE; PASS; *",
            "늦잠을 자는 바람에 수업에 늦었어요.; 늦잠을 자서 수업에 늦었어요.; POLITE; PASS; *",
            "버스가 늦게 오는 때문에 늦었어요.; 버스가 늦게 와서 늦었어요.; POLITE; ending; 오는→와서",
            "길이 막히는 늦었어요.; 길이 막혀서 늦었어요.; POLITE; ending; 막히는→막혀서",
            "버스가 늦게 오서 늦었어요.; 버스가 늦게 와서 늦었어요.; POLITE; ending; 오서→와서",
            "비가 오는 바람으로 못 갔어요.; 비가 와서 못 갔어요.; POLITE; ending; 오는→와서",
            // -(으)세요? asks the listener's plan as -(으)ㄹ 거예요? does
            "주말에 뭐 하세요?; 주말에 뭐 할 거예요?; POLITE; PASS; *",
            "내일 뭐 하세요?; 내일 뭐 할 거예요?; POLITE; PASS; *",
            "이번 주말에 어디 가세요?; 이번 주말에 어디 갈 거예요?; POLITE; PASS; *",
            "방학에 뭐 하세요?; 방학에 뭐 할 거예요?; POLITE; PASS; *",
            // -세요 for one's own promise or plan, and the past, stay errors
            "제가 내일 전화하세요.; 제가 내일 전화할게요.; POLITE; honorific; *",
            "제가 가져가세요.; 제가 가져갈게요.; POLITE; honorific; *",
            "주말에 영화 보세요.; 주말에 영화 볼 거예요.; POLITE; honorific/si_extra; *",
            "내일 뭐 했어요?; 내일 뭐 할 거예요?; POLITE; tense; *",
            // list members in the other order
            "콜라 하나하고 비빔밥 두 개 주세요.; 비빔밥 두 개하고 콜라 하나 주세요.|비빔밥 두 그릇이랑 콜라 한 병 주세요.; POLITE; PASS; *",
            "우유와 빵을 샀어요.; 빵과 우유를 샀어요.; POLITE; PASS; *",
            "김밥이랑 라면 주세요.; 라면하고 김밥 주세요.; POLITE; PASS; *",
            "녹차 한 잔하고 케이크 하나 주세요.; 케이크 하나하고 녹차 한 잔 주세요.; POLITE; PASS; *",
            "콜라 하나하고 비빔밥 세 개 주세요.; 비빔밥 두 개하고 콜라 하나 주세요.; POLITE; vocabulary; *",
            "우유과 빵 주세요.; 빵하고 우유 주세요.; POLITE; particle_allomorph; 우유과→우유와",
            "김밥이랑 라면를 주세요.; 라면하고 김밥을 주세요.; POLITE; particle_allomorph; 라면를→라면을",
            "녹차 한 잔하고 케이크 하나 줘.; 케이크 하나하고 녹차 한 잔 주세요.; POLITE; honorific; *",
            // 에 of a time noun, written or not
            "내일 여섯 시 반 아침에 모닝콜 해 주세요.; 내일 아침 여섯 시 반에 모닝콜 해 주세요.; POLITE; NO particle_wrong; *",
            "토요일 오후에 만나요.; 토요일 오후 만나요.; POLITE; PASS; *",
            "저녁에 일곱 시에 만나요.; 저녁 일곱 시에 만나요.; POLITE; PASS; *",
            "내일 아침에 일곱 시에 만나요.; 내일 아침 일곱 시에 만나요.; POLITE; PASS; *",
            "회의실에 회의해요.; 회의실 회의해요.; POLITE; particle_wrong; 회의실에→회의실에서",
            "카페에 공부해요.; 카페에서 공부해요.; POLITE; particle_wrong; *",
            "도서관에 책을 읽어요.; 도서관에서 책을 읽어요.; POLITE; particle_wrong; *",
            "공원에 운동해요.; 공원에서 운동해요.; POLITE; particle_wrong; *",
            // the starting point of a change left out
            "내일 배송 시간을 오후로 바꿔 주세요.; 내일 배송 시간을 오전에서 오후로 바꿔 주세요.; POLITE; PASS; *",
            "회의를 금요일로 옮길 수 있어요?; 회의를 목요일에서 금요일로 옮길 수 있어요?; POLITE; PASS; *",
            "약속을 다섯 시로 바꿔도 돼요?; 약속을 세 시에서 다섯 시로 바꿔도 돼요?; POLITE; PASS; *",
            "예약을 토요일로 변경하고 싶어요.; 예약을 금요일에서 토요일로 변경하고 싶어요.; POLITE; PASS; *",
            "내일 배송 시간을 오전에서 바꿔 주세요.; 내일 배송 시간을 오전에서 오후로 바꿔 주세요.; POLITE; incomplete; *",
            "회의를 금요일로 주세요.; 회의를 목요일에서 금요일로 옮겨 주세요.; POLITE; incomplete; *",
            "예약을 변경하고 싶어요.; 예약을 금요일에서 토요일로 변경하고 싶어요.; POLITE; incomplete; *",
            "배송 시간을 오후로 바꿔 주세요.; 내일 배송 시간을 오전에서 오후로 바꿔 주세요.; POLITE; incomplete; *",
            // words said in another sentence of the answer
            "지하철역 어떻게 가요? 제일 가까운 역이요.; 제일 가까운 지하철역이 어디예요?; POLITE; PASS; *",
            "지하철역 어떻게 가요? 제일 가까운 역이요.; 가까운 지하철역이 어디에 있어요?|제일 가까운 지하철역이 어디예요?; POLITE; PASS; *",
            "약국 어디 있어요? 가까운 약국이요.; 가까운 약국이 어디 있어요?; POLITE; PASS; *",
            "가방 있어요? 큰 가방이요.; 큰 가방 있어요?; POLITE; PASS; *",
            "지하철역 어떻게 가요?; 제일 가까운 지하철역이 어디예요?; POLITE; incomplete; *",
            "약국 어디 있어요? 약국이요.; 가까운 약국이 어디 있어요?; POLITE; incomplete; *",
            "가방 있어요?; 큰 가방 있어요?; POLITE; incomplete; *",
            "가방 있어요? 가방이요.; 큰 가방 있어요?; POLITE; incomplete; *",
            // a clock time for 'the same time'; 시 for the hours of 시간 stays an error
            "안녕하세요, 내일 오후 세 시에 커트 예약한 사람인데요. 토요일 세 시로 변경할 수 있을까요?; 내일 세 시에 커트 예약했는데요, 토요일 같은 시간으로 바꿀 수 있어요?|내일 오후 3시 커트 예약을 토요일로 옮기고 싶어요.; POLITE; PASS; *",
            "토요일 3시로 바꿀 수 있어요?; 토요일 같은 시간으로 바꿀 수 있어요?; POLITE; PASS; *",
            "금요일 3시로 바꿔 주세요.; 금요일 같은 시간으로 바꿔 주세요.; POLITE; PASS; *",
            "다음 주 두 시로 옮겨 주세요.; 다음 주 그 시간으로 옮겨 주세요.; POLITE; PASS; *",
            "세 시 기다렸어요.; 세 시간 기다렸어요.; POLITE; vocabulary; *",
            "한 시에 걸려요.; 한 시간 걸려요.; POLITE; vocabulary; *",
            "두 시 동안 공부했어요.; 두 시간 동안 공부했어요.; POLITE; vocabulary; *",
            "다섯 시로 연장해 주세요.; 다섯 시간으로 연장해 주세요.; POLITE; vocabulary; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
