package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Particle recall and naming (session 32, helper s32c): the allomorph after an acronym read letter by letter
 * ({@link Particles}, the last letter's name), 까지 on the place before a count of stops, 에서 on the old value before a count with (으)로
 * and a verb of change, 부터 on a point counted back before a present pain ({@link GovernedParticles}), and the home
 * entered with 에서 across an adverb in -게 ({@link WayParticles}). Per mechanism, wrong answers it catches and
 * correct look-alikes it must pass, on other tasks than the development sets.
 */
class ParticlesSession32Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0} for {1} ({2}): {3}")
    @CsvSource(delimiter = ';', value = {
            // the particle after an acronym follows its last letter's name
            "역 앞에 CCTV이 있어요.; 역 앞에 CCTV가 있어요.; POLITE; particle_allomorph/subject; CCTV이→CCTV가",
            "USB를 빌려줄 수 있어?; USB를 빌려줄 수 있어?; CASUAL; PASS; *",
            "ATM를 찾고 있어요.; ATM을 찾고 있어요.; POLITE; particle_allomorph/object; ATM를→ATM을",
            "KTX으로 부산에 가요.; KTX로 부산에 가요.; POLITE; particle_allomorph/direction; KTX으로→KTX로",
            "SNS는 자주 안 해요.; SNS는 자주 안 해요.; POLITE; PASS; *",
            "ATM이 어디에 있어요?; ATM이 어디에 있어요?; POLITE; PASS; *",
            "QR로 결제할게요.; QR로 결제할게요.; POLITE; PASS; *",
            "TOPIK을 준비하고 있어요.; TOPIK을 준비하고 있어요.; POLITE; PASS; *",
            "PC방에서 만나자.; PC방에서 만나자.; CASUAL; PASS; *",
            // 까지 on the place before a count of stops
            "명동 몇 정거장 더 가야 돼요?; 명동까지 몇 정거장 더 가야 돼요?; POLITE; particle_missing/until; 명동→명동까지",
            "서울역 세 정거장 남았어요.; 서울역까지 세 정거장 남았어요.; POLITE; particle_missing/until; 서울역→서울역까지",
            "동대문에 몇 정거장이에요?; 동대문까지 몇 정거장이에요?; POLITE; particle_wrong; 동대문에→동대문까지",
            "여기에서 명동까지 몇 정거장이에요?; 여기에서 명동까지 몇 정거장이에요?; POLITE; PASS; *",
            "서울역에서 두 정거장 가면 돼요.; 서울역에서 두 정거장 가면 돼요.; POLITE; PASS; *",
            "명동은 몇 정거장 가야 돼요?; 명동까지 몇 정거장 가야 돼요?; POLITE; NO particle_missing; *",
            // 에서 on the old value before a count with (으)로 and a verb of change
            "회의를 3시 4시로 바꿔도 돼요?; 회의 시간을 바꿔도 돼요?; POLITE; particle_missing/from; 3시→3시에서",
            "인원을 4명 6명으로 늘리고 싶어요.; 인원을 늘리고 싶어요.; POLITE; particle_missing/from; 4명→4명에서",
            "숙박을 3일 2일로 줄여 주세요.; 숙박 기간을 줄여 주세요.; POLITE; particle_missing/from; 3일→3일에서",
            "회의를 3시에서 4시로 바꿔도 돼요?; 회의를 3시에서 4시로 바꿔도 돼요?; POLITE; PASS; *",
            "예약을 4시로 바꿔 주세요.; 예약을 4시로 바꿔 주세요.; POLITE; PASS; *",
            "2명 3시로 예약할게요.; 2명 3시로 예약할게요.; POLITE; PASS; *",
            // 부터 on a point counted back before a present pain
            "이틀 전 목이 아파요.; 이틀 전부터 목이 아파요.; POLITE; particle_missing/from; 전→전부터",
            "일주일 전 허리가 아파요.; 일주일 전부터 허리가 아파요.; POLITE; particle_missing/from; 전→전부터",
            "두 달 전 무릎이 아파요.; 두 달 전부터 무릎이 아파요.; POLITE; particle_missing/from; 전→전부터",
            "이틀 전 목이 아팠어요.; 이틀 전에 목이 아팠어요.; POLITE; NO particle_missing; *",
            "이틀 전부터 목이 아파요.; 이틀 전부터 목이 아파요.; POLITE; PASS; *",
            "10분 전 도착해요.; 10분 전에 도착해요.; POLITE; NO particle_missing; *",
            // the home entered with 에서, an adverb in -게 between
            "오늘은 기숙사에서 늦게 들어갈 거예요.; 오늘은 기숙사에 늦게 들어갈 거예요.; POLITE; particle_wrong; 기숙사에서→기숙사에",
            "오늘 집에서 일찍 들어와.; 오늘 집에 일찍 들어와.; CASUAL; particle_wrong; 집에서→집에",
            "오늘 늦게 집에서 들어갈 거예요.; 오늘 늦게 들어갈 것 같아요.; POLITE; particle_wrong/action_place_for_goal; 집에서→집에",
            "기숙사에서 늣게 들어올 거야.; 오늘 늦게 들어올 거야.; CASUAL; particle_wrong/action_place_for_goal; 기숙사에서→기숙사에",
            "회사에서 늦게 들어갈 거예요.; 회사에서 늦게 들어갈 거예요.; POLITE; PASS; *",
            "집에서 들어오는 길이에요.; 집에 들어오는 길이에요.; POLITE; NO particle_wrong/action_place_for_goal; *",
    })
    void rows(String answer, String accepted, String register, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, Register.valueOf(register), answer, accepted, expected, span);
    }
}
