package com.koto.evaluation.rules;

import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 14 (helper eval24a): the classes of the particle probe ({@code probe-particles.jsonl}) —
 * {@link SpokenShapes} (a continued -는데, a plain question for -아/어야, a goal without 에 before a
 * delimiter, swapped alternatives of a choice question, particle errors read as spelling), the speaker
 * inside an indirect quotation ({@link SpeechLevels}), {@link GoalsOfGivingAndRiding} and a place of
 * being before a background -는데요 ({@link PlaceParticles}). Each class has correct answers that pass and
 * look-alikes that keep their finding. Sentences written for this test, not from the gold sets.
 * Fields: register; answer; accepted answers (|); {@code PASS}, {@code NO x} or a subtype; span or {@code *}.
 */
class ParticleProbeClassesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', value = {
        // -는데 continued in its sentence carries no speech level; a sentence ending in plain 가 keeps it
        "POLITE; 평일에는 회사에 가는데, 주말에는 집에서 쉬어요.; 평일에는 회사에 가요. 주말에는 집에서 쉬어요.; PASS; *",
        "POLITE; 저는 매일 도서관에서 한국어를 공부하는데, 주말에는 집에서만 해요.; 저는 매일 도서관에서 한국어를 공부해요. 그런데 주말에는 집에서만 공부해요.; PASS; *",
        "POLITE; 평일에는 회사에 가. 주말에는 집에서 쉬어요.; 평일에는 회사에 가요. 주말에는 집에서 쉬어요.; honorific/speech_level; 가→가요",
        // the speaker as subject of a quoted clause; the reporting verb's -시- honours the listener
        "POLITE; 선생님께 제가 전화드렸다고 전해 주세요.; 선생님께 데위가 전화했다고 전해 주세요.; NO honorific/si_extra; *",
        "POLITE; 사장님께 제가 늦는다고 말씀해 주세요.; 사장님께 제가 늦는다고 말씀해 주세요.; PASS; *",
        "POLITE; 선생님께 제가 전화하셨다고 전해 주세요.; 선생님께 제가 전화했다고 전해 주세요.; honorific/si_extra; 전화하셨다고→전화했다고",
        "POLITE; 제가 갔다고 하셨어요.; 제가 갔다고 했어요.; honorific/si_extra; 하셨어요→했어요",
        // a plain present question for the obligation frame
        "POLITE; 어느 역에서 내려요?; 어느 역에서 내려야 돼요?; PASS; *",
        "POLITE; 몇 번 버스를 타요?; 몇 번 버스를 타야 해요?; PASS; *",
        "POLITE; 몇 번 출구로 나가요.; 몇 번 출구로 나가야 돼요?; spelling/letters; *",
        // a place before a verb of going: 에 left out before 만/도
        "CASUAL; 시간이 없어서 명동만 갈 수 있어.; 시간이 없어서 명동에만 갈 수 있어.; PASS; *",
        "CASUAL; 이번 주에는 학교도 안 가.; 이번 주에는 학교에도 안 가.; PASS; *",
        "CASUAL; 시간이 없어서 명동만 봤어.; 시간이 없어서 명동에만 갔어.; spelling/letters; *",
        // the alternatives of a choice question in the other order
        "POLITE; 창가 자리가 좋아요, 통로 자리가 좋아요?; 통로 자리가 좋아요, 창가 자리가 좋아요?; PASS; *",
        "POLITE; 저기요, 버스 타는 게 나아요, 지하철 타는 게 나아요? 어디서 내려요?; 저기요, 지하철로 가는 게 좋아요, 버스로 가는 게 좋아요? 어디서 내리면 돼요?; PASS; *",
        "POLITE; 버스 타는 게 나아요?; 지하철 타는 게 나아요?; vocabulary/other_item; *",
        // particle errors the comparison read as spelling or another word
        "POLITE; 어제부터 머리가 아파요. 기침이도 나요. 약 좀 주세요.; 어제부터 머리가 아프고 기침도 나요. 약 좀 주세요.; particle_wrong/double_particle; 기침이도→기침도",
        "POLITE; 저는 물을만 마셔요.; 저는 물만 마셔요.; particle_wrong/double_particle; 물을만→물만",
        "POLITE; 나이도 많아요.; 나이도 많아요.; PASS; *",
        "CASUAL; 휴가가 짧아서 부산에서만 갈 수 있어.; 휴가가 짧아서 부산에만 갈 수 있어.; particle_wrong/action_place_for_location; 부산에서만→부산에만",
        "CASUAL; 주말에는 집에만 공부해.; 주말에는 집에서만 공부해.; particle_wrong/location_for_action_place; 집에만→집에서만",
        // the receiver of giving and sending with 에게서/한테서
        "FORMAL; 어제 보고서를 이메일로 팀장님에게서 보냈습니다. 오늘 아침에 답장이 왔습니다.; 어제 보고서를 이메일로 팀장님께 보냈습니다. 오늘 아침에 팀장님께서 답장을 주셨습니다.; particle_wrong/source_for_dative; 팀장님에게서→팀장님께",
        "POLITE; 어제 동생한테서 선물을 보냈어요.; 어제 동생한테 선물을 보냈어요.; particle_wrong/source_for_dative; 동생한테서→동생한테",
        "POLITE; 친구한테서 받은 꽃을 엄마한테 줬어요.; 친구한테서 받은 꽃을 엄마한테 줬어요.; PASS; *",
        "POLITE; 친구한테서 책을 빌려서 줬어요.; 친구한테서 책을 빌렸어요.; NO particle_wrong/source_for_dative; *",
        "FORMAL; 오늘 아침에 팀장님한테서 답장이 왔습니다.; 오늘 아침에 팀장님께 답장을 받았습니다.; NO particle_wrong/source_for_dative; *",
        // a vehicle as the rider of 타다
        "POLITE; 시청에 가려면 지하철이 타야 돼요, 버스가 타야 돼요? 어디에서 내려요?; 시청에 가려면 지하철을 타야 돼요, 버스를 타야 돼요? 그리고 어디에서 내려야 돼요?; particle_wrong/subject_for_object; 지하철이→지하철을",
        "CASUAL; 택시가 타자.; 택시 타자.; particle_wrong/subject_for_object; 택시가→택시를",
        "POLITE; 그 버스가 타기 편해요.; 그 버스가 타기 편해요.; PASS; *",
        "POLITE; 버스가 와요.; 버스가 와요.; PASS; *",
        // the place of being before a background -는데요
        "POLITE; 502호에서 있는데요, 세 시까지 짐 맡길 수 있어요?; 502호에 묵고 있는데요, 오후 세 시까지 가방을 프런트에 맡길 수 있어요?; particle_wrong/action_place_for_location; 502호에서→502호에",
        "POLITE; 회의가 3층에서 있는데요, 어디로 가요?; 회의가 3층에서 있는데 어디로 가요?; PASS; *",
        "POLITE; 502호에서 묵고 있는데요, 세 시까지 짐 맡길 수 있어요?; 502호에 묵고 있는데요, 세 시까지 짐 맡길 수 있어요?; NO particle_wrong/action_place_for_location; *",
    })
    void classesOfTheParticleProbe(Register register, String answer, String accepted, String expected, String span) {
        RuleRows.verdictRow(EVALUATOR, register, answer, accepted, expected, span);
    }
}
