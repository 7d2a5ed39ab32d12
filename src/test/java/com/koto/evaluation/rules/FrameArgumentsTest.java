package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.text.AnswerText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Particles and words by the verb's frame on the learner's own words, round 2 (session 8, helper
 * eval12c): {@link FrameArguments}, the comitative of {@link PersonParticles}, 에서 of a time before a
 * counted party ({@link ParticleFrames}), tickets counted with 장 ({@link Counters}), and the voice pairs,
 * Indonesian transfers and 데리다 of {@code confusables.json}. Catching rows also differ from the accepted
 * answer in a second, harmless way; passing rows are correct look-alikes. All answers are written for
 * this test, not taken from the gold sets. Verdicts as in {@link ParticleFramesTest}.
 */
class FrameArgumentsTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new com.koto.evaluation.TestPacks());

    /** Subtypes this round added; they may fire on no correct or accepted answer of any set. */
    private static final Set<String> NEW = Set.of("particle_wrong/action_place_for_location",
            "particle_wrong/object_for_comitative", "particle_missing/topic", "particle_missing/means",
            "particle_missing/result", "particle_missing/location", "particle_wrong/location_for_used_object",
            "vocabulary/frame_partner");

    @ParameterizedTest(name = "{0}: {1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        // the place of a mark is 에 (「…에 …이 있다」)
        "에서 on the thing a stain is on; 죄송한데 이 바지에서 얼룩이 있어요.; 이 바지에 얼룩이 있어요.; PARTICLE_WRONG; 바지에",
        "에서 on the thing a hole is in; 양말에서 구멍이 있어요. 바꿔 주세요.; 양말에 구멍이 있어요. 교환해 주세요.; PARTICLE_WRONG; 양말에",
        "에 of a stain stays; 이 바지에 얼룩이 있어요.; 이 바지에 얼룩이 있어요.|바지에 얼룩이 묻었어요.; PASS; ",
        "에서 of a smell stays; 셔츠에서 냄새가 나요.; 셔츠에서 냄새가 나요.|셔츠에서 이상한 냄새가 나요.; PASS; ",
        // the starting point of 출발하다 is 「…에서」
        "bare 어디 before 출발하다; 인천 가는 기차는 어디 출발해요?; 인천 가는 기차는 어디에서 출발해요?; PARTICLE_MISSING; 어디에서",
        "어디서 출발하다 stays; 인천 가는 기차는 어디서 출발해요?; 인천 가는 기차는 어디에서 출발해요?|어디서 출발해요?; PASS; ",
        // a proposal to go to a shop takes 에
        "에서 on the shop one proposes to go to; 너무 비싸. 옆 식당에서 가자.; 여기 너무 비싸. 다른 식당에 가 보자.; PARTICLE_WRONG; 식당에",
        "에서 of home as a starting point stays; 집에서 가자.; 집에서 가자.|집에서 같이 가자.; PASS; ",
        // the other party of 통화하다 takes 「…과」
        "을 on the person one talks on the phone with; 박 과장님을 통화할 수 있을까요?; 박 과장님 좀 바꿔 주시겠어요?; PARTICLE_WRONG; 과장님과",
        "과 of 통화하다 stays; 박 과장님과 통화하고 싶어요.; 박 과장님과 통화하고 싶어요.|박 과장님하고 통화하고 싶어요.; PASS; ",
        "the matter talked over stays; 팀장님하고 그 문제를 상의했어요.; 팀장님하고 그 문제를 상의했어요.|팀장님과 그 문제를 의논했어요.; PASS; ",
        // 에서 on a time before a counted party
        "에서 on a time before a party of people; 금요일 저녁 여섯 시에서 세 명 예약할 수 있어요?; 금요일 여섯 시에 세 명 예약 돼요?; PARTICLE_WRONG; 시에",
        "에서 of a range stays; 여섯 시에서 일곱 시 사이에 세 명 예약할 수 있어요?; 여섯 시에서 일곱 시 사이에 세 명 예약할 수 있어요?|여섯 시에서 일곱 시 사이에 예약돼요?; PASS; ",
        // tickets and stamps are counted with 장
        "개 for tickets; 어른 표 세 개 주세요. 두 시 영화요.; 두 시 영화 어른 세 장 주세요.; VOCABULARY; 장",
        "개 for stamps; 미국 가는 우표 두 개 주세요.; 미국 가는 우표 두 장 주세요.; VOCABULARY; 장",
        "개 for towels stays; 수건 두 개 더 주세요.; 수건 두 개 더 주세요.|수건 두 장 더 주세요.; PASS; ",
        "장 for tickets stays; 어른 표 세 장 주세요.; 어른 표 세 장 주세요.|어른 세 장 주세요.; PASS; ",
        // the topic of a self-introduction, the means of paying, the result of a change, the place of 있는
        "제 이름 without 은; 안녕하세요. 제 이름 민수입니다.; 안녕하세요. 제 이름은 민수입니다.; PARTICLE_MISSING; 제 이름은",
        "제 이름은 stays; 안녕하세요. 제 이름은 민수예요.; 안녕하세요. 제 이름은 민수입니다.|저는 민수예요.; PASS; ",
        "a bare card before 돈을 내다; 현금 없어요. 카드 돈을 내도 돼요?; 카드로 계산해도 돼요?; PARTICLE_MISSING; 카드로",
        "다른 and a bare noun before 바꾸다; 이 바지 다른 색 바꾸고 싶어요.; 다른 색으로 교환할 수 있어요?; PARTICLE_MISSING; 색으로",
        "다른 사람 on the phone stays; 다른 사람 바꿔 주세요.; 다른 사람 바꿔 주세요.|다른 분 바꿔 주세요.; PASS; ",
        "a bare city before 있는; 부산 있는 회사에서 일해요.; 부산에 있는 회사에 다녀요.; PARTICLE_MISSING; 부산에",
        "에 on a facility used; 수영 후에 탈의실에 이용해도 돼요?; 수영하고 나서 탈의실 써도 돼요?; PARTICLE_WRONG; 탈의실을",
        "에 of a purpose stays; 이 돈은 여행에 사용할 거예요.; 이 돈은 여행에 사용할 거예요.|이 돈은 여행에 쓸 거예요.; PASS; ",
        // a thing not brought: the past of the act whose result holds now
        "a present 안 가져오다 with an apology; 선생님, 죄송해요. 사전을 안 가져와요.; 죄송해요. 오늘 사전을 안 가져왔어요.; TENSE; 가져왔어요",
        "a habit of not bringing stays; 저는 보통 우산을 안 가져와요.; 저는 보통 우산을 안 가져와요.|보통 우산은 안 가져와요.; PASS; ",
        // today's hours are a schedule
        "a past of today's closing time; 실례지만 오늘은 몇 시에 문을 닫았어요?; 오늘 몇 시까지 해요?; TENSE; 닫아요",
        "yesterday's closing time stays; 어제 몇 시에 문을 닫았어요?; 어제 몇 시에 문을 닫았어요?|어제는 몇 시에 닫았어요?; PASS; ",
        // a state since then takes 부터
        "어제 before a present pain; 어제 배가 너무 아파요. 약 있어요?; 어제부터 배가 아파서요. 약 좀 주세요.; PARTICLE_MISSING; 어제부터",
        "어제 before a thing that does not work; 어제 인터넷이 안 돼요. 봐 주세요.; 어제부터 인터넷이 안 돼요. 확인해 주세요.; PARTICLE_MISSING; 어제부터",
        "어제 부터 spaced is a spacing slip only; 어제 부터 배가 아파요.; 어제부터 배가 아파요.; NOT PARTICLE_MISSING; ",
        "어제 with a past pain stays; 어제 배가 아팠어요.; 어제 배가 아팠어요.|어제 배가 많이 아팠어요.; PASS; ",
    })
    void rule(String rule, String answer, String expected, String verdict, String correction) {
        RuleRows.check(EVALUATOR, rule, answer, expected, verdict, c -> c.equals(correction));
    }

    @ParameterizedTest(name = "{0}: {1} ⇒ {3} {4}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        // an object before the intransitive member of a voice pair, a time word between
        "끝나다 with an object, 어제 between; 팀장님, 발표 자료를 어제 끝났습니다.; 팀장님, 발표 자료를 어제 끝냈습니다.; VOCABULARY; 끝냈습니다",
        "끝나다 without an object stays; 회의가 어제 끝났습니다.; 회의가 어제 끝났습니다.|회의는 어제 끝났습니다.; PASS; ",
        // Indonesian words that cover two Korean ones (film, jalan-jalan, surat)
        "필름 for a movie; 내일 같이 필름 보러 갈래?; 내일 같이 영화 보러 갈래?; VOCABULARY; 영화",
        "산책 for a trip; 방학에 친구들하고 부산에 산책 가요.; 방학에 친구들하고 부산에 여행 가요.; VOCABULARY; 여행",
        "편지 for documents; 비자를 받으려면 무슨 편지가 필요해요?; 비자를 받으려면 무슨 서류가 필요해요?; VOCABULARY; 서류가",
        "적다 for small; 이 신발이 좀 적어요. 큰 거 있어요?; 이 신발이 좀 작아요. 큰 거 있어요?; VOCABULARY; 작아요",
        "안 for 못 with a duty in the next sentence; 미안, 토요일에 안 가. 알바해야 돼.; 미안, 토요일에 못 가. 알바해야 돼.; VOCABULARY; 못",
        "빌리다 asked of the listener for the speaker; 민수야, 나한테 지우개 좀 빌려.; 민수야, 지우개 좀 빌려줘.; VOCABULARY; 빌려줘",
        "빌려주다 stays; 저한테 지우개 좀 빌려주세요.; 지우개 좀 빌려주세요.|지우개 좀 빌려주시겠어요?; PASS; ",
        "a report of borrowing from me stays; 친구가 저한테 돈을 빌렸어요.; 친구가 저한테 돈을 빌렸어요.|친구가 저한테서 돈을 빌렸어요.; PASS; ",
        "산책 of a walk stays; 저녁에 공원에서 산책해요.; 저녁에 공원에서 산책해요.|저녁에 공원에서 걸어요.; PASS; ",
        // 데리다 is for people and animals
        "데리러 for clothes; 정장은 언제 데리러 와요?; 정장은 언제 찾으러 와요?; VOCABULARY; 찾으러",
        "데리러 for a child stays; 아이는 언제 데리러 와요?; 아이는 언제 데리러 와요?|아이는 몇 시에 데리러 와요?; PASS; ",
    })
    void word(String rule, String answer, String expected, String verdict, String correction) {
        RuleRows.check(EVALUATOR, rule, answer, expected, verdict, c -> c.equals(correction));
    }

    /**
     * The new particle classes fire on no correct answer and no accepted answer of any gold set, nor on a
     * written look-alike, read as a learner's answer with no accepted answer to filter against.
     */
    @Test
    void findsNothingOnAnyCorrectAnswer() throws IOException {
        List<String> correct = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        try (var files = Files.list(Path.of("src/test/resources/evaluation"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(p)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode d = json.readTree(line);
                    if (d.path("passed").asBoolean(false)) {
                        correct.add(d.path("answer").asString());
                    }
                    d.path("expected").forEach(e -> correct.add(e.asString()));
                }
            }
        }
        correct.addAll(Files.readAllLines(Path.of("src/test/resources/rules/own-word-look-alikes.txt")));
        List<String> hits = new ArrayList<>();
        for (String answer : correct) {
            if (answer.isBlank()) {
                continue;
            }
            for (Finding f : ParticleFrames.find(answer, List.of())) {
                if (NEW.contains(f.subtype()) || f.subtype().equals("particle_missing/from")
                        || f.subtype().equals("particle_wrong/action_place_for_time")
                        || f.subtype().equals("particle_wrong/action_place_for_goal")) {
                    hits.add(answer + " ⇒ " + f);
                }
            }
            for (Finding f : Counters.find(answer, List.of(), null)) {
                hits.add(answer + " ⇒ " + f);
            }
            for (List<String> words : SpeechLevels.sentences(answer)) {
                List<Morphology.Word> analysed = SpeechLevels.analysed(String.join(" ", words));
                if (analysed.size() == words.size()) {
                    StateTense.find(words, analysed, answer).forEach(f -> hits.add(answer + " ⇒ " + f));
                }
            }
        }
        assertThat(hits).as("%s", AnswerText.class.getSimpleName()).isEmpty();
    }
}
