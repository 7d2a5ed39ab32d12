package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Honorific misuse of session 26 (helper s26g), as classes: -(으)시- on the speaker's own symptom and on a trip's time
 * ({@link UnhonouredSubjects}), the honorific counter 분 for one's own party ({@link UnhonouredSubjects}), -(으)시- on
 * one's own copula after 저는 ({@link MisplacedSi}), and the humble -아/어 드리다 as the correction of one's own act for
 * a superior ({@link SpanChoices#humbled}); with correct look-alikes that pass (a question to the listener, an honoured
 * person named, the host counting guests, the task's own -(으)시-).
 */
class HonorificSession26Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // the speaker's own symptom told with -(으)시-
            "어제부터 머리가 아프세요. 약 좀 주세요.; 어제부터 머리가 아파요. 두통약 좀 주세요.|어제부터 머리가 아픈데 약 좀 주시겠어요?; POLITE; honorific/si_extra; 아프세요→아파요",
            "어제부터 열이 나세요. 해열제 주세요.; 어제부터 열이 나요. 해열제 주세요.; POLITE; honorific/si_extra; 나세요→나요",
            "어제부터 아프세요. 약 주세요.; 어제부터 아파요. 약 주세요.; POLITE; honorific/si_extra; 아프세요→아파요",
            "목이 많이 아프세요. 감기약 있어요?; 목이 많이 아파요. 감기약 있어요?; POLITE; honorific/si_extra; 아프세요→아파요",
            // a question to the listener, an honoured person's body, a vocative without its question mark: pass
            "어디 아프세요?; 어디 아프세요?|어디가 아프세요?; POLITE; PASS; *",
            "할머니께서 허리가 아프세요.; 할머니께서 허리가 아프세요.|할머니가 허리가 아프세요.; POLITE; PASS; *",
            "어머니가 어제부터 머리가 아프세요.; 어머니가 어제부터 머리가 아파요.|어머니가 머리가 아프세요.; POLITE; PASS; *",
            "저는 괜찮아요. 어머니가 머리가 아프세요.; 저는 괜찮아요. 어머니가 머리가 아프세요.; POLITE; PASS; *",
            "선생님, 많이 아프세요; 선생님, 많이 아프세요?; POLITE; PASS; *",
            "머리가 많이 아프시죠?; 머리가 많이 아프시죠?|머리가 많이 아프세요?; POLITE; PASS; *",
            // the time a trip takes raised with -(으)시-
            "아저씨, 인천공항으로 가 주세요. 얼마나 걸리세요?; 인천공항으로 가 주세요. 얼마나 걸려요?|인천공항까지 가 주세요. 시간이 얼마나 걸릴까요?; POLITE; honorific/si_thing; 걸리세요→걸려요",
            "서울역까지 시간이 얼마나 걸리세요?; 서울역까지 시간이 얼마나 걸려요?; POLITE; honorific/si_thing; 걸리세요→걸려요",
            "부산까지 기차로 몇 시간 걸리세요?; 부산까지 기차로 몇 시간 걸려요?; POLITE; honorific/si_thing; 걸리세요→걸려요",
            // the listener's own commute, the task's own -(으)시-, a cold caught: pass
            "출근하시는 데 얼마나 걸리세요?; 출근하시는 데 얼마나 걸리세요?|출근 시간이 얼마나 걸려요?; POLITE; PASS; *",
            "회사까지 얼마나 걸리세요?; 회사까지 얼마나 걸리세요?; POLITE; PASS; *",
            "감기에 걸리셨어요?; 감기에 걸리셨어요?; POLITE; PASS; *",
            "얼마나 걸려요?; 얼마나 걸려요?|시간이 얼마나 걸려요?; POLITE; PASS; *",
            // one's own party counted with 분
            "이번 토요일 저녁 7시에 네 분 예약하고 싶어요.; 이번 토요일 저녁 7시에 네 명 예약하고 싶어요.|토요일 저녁 일곱 시에 4명 자리 예약할 수 있어요?; POLITE; honorific/self_counter; 분→명",
            "두 분 자리 있어요?; 두 명 자리 있어요?|2명 자리 있어요?; POLITE; honorific/self_counter; 분→명",
            "다섯 분으로 예약해 주세요.; 다섯 명으로 예약해 주세요.; POLITE; honorific/self_counter; 분으로→명으로",
            "네, 두 분이에요.; 네, 두 명이에요.; POLITE; honorific/self_counter; 분이에요→명이에요",
            // the host counting guests, honoured people counted, 분 the minute: pass
            "손님, 몇 분이세요?; 손님, 몇 분이세요?; POLITE; PASS; *",
            "두 분이세요?; 두 분이세요?; POLITE; PASS; *",
            "부모님 두 분하고 같이 가요.; 부모님 두 분하고 같이 가요.|부모님하고 같이 가요.; POLITE; PASS; *",
            "할머니 두 분이 오세요.; 할머니 두 분이 오세요.; POLITE; PASS; *",
            "오늘 저녁 7시에 네 명 예약하고 싶어요.; 오늘 저녁 7시에 네 명 예약하고 싶어요.; POLITE; PASS; *",
            "5분 걸려요.; 5분 걸려요.; POLITE; PASS; *",
            // -(으)시- on one's own copula after 저는
            "안녕하십니까. 저는 PT 마주의 부디이십니다. 김 부장님 계십니까?; 안녕하십니까. PT 마주의 부디입니다. 김 부장님 계십니까?|PT 마주의 부디라고 합니다. 김 부장님 좀 바꿔 주시겠습니까?; FORMAL; honorific/si_extra; 부디이십니다→부디입니다",
            "저는 부디이십니다.; 부디입니다.|저는 부디입니다.; FORMAL; honorific/si_extra; 부디이십니다→부디입니다",
            "저는 인도네시아 사람이세요.; 저는 인도네시아 사람이에요.; POLITE; honorific/si_extra; 사람이세요→사람이에요",
            // the listener's or another's copula: pass
            "저는 부디예요. 선생님은 한국 분이세요?; 저는 부디예요. 선생님은 한국 분이세요?; POLITE; PASS; *",
            "저는 학생이에요. 어머니는 선생님이세요.; 저는 학생이에요. 어머니는 선생님이세요.; POLITE; PASS; *",
            "저는 부디입니다.; 부디입니다.|저는 부디입니다.; FORMAL; PASS; *",
            // one's own act for a superior: the humble 드리다 form the accepted answer gives
            "부장님, 금요일까지 보고서를 보내시겠습니다.; 부장님, 금요일까지 보고서를 보내 드리겠습니다.|보고서는 금요일까지 보내 드리겠습니다.; FORMAL; honorific/si_extra; 보내시겠습니다→보내 드리겠습니다",
            "부장님, 내일까지 자료를 준비하시겠습니다.; 부장님, 내일까지 자료를 준비해 드리겠습니다.; FORMAL; honorific/si_extra; 준비하시겠습니다→준비해 드리겠습니다",
            "선생님, 제가 길을 찾으시겠습니다.; 선생님, 제가 길을 찾아 드리겠습니다.; FORMAL; honorific/si_extra; 찾으시겠습니다→찾아 드리겠습니다",
            // no humble form accepted: the bare verb; the humble form written: pass
            "제가 내일 가시겠습니다.; 제가 내일 가겠습니다.; FORMAL; honorific/si_extra; 가시겠습니다→가겠습니다",
            "부장님, 금요일까지 보고서를 보내 드리겠습니다.; 부장님, 금요일까지 보고서를 보내 드리겠습니다.; FORMAL; PASS; *",
            "부장님, 내일까지 자료를 준비해 드리겠습니다.; 부장님, 내일까지 자료를 준비해 드리겠습니다.; FORMAL; PASS; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
