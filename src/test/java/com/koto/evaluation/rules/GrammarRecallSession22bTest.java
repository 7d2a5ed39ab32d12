package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.Register;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Grammar recall classes of session 22 (helper s22b), each with look-alikes that must stay: the -(으)ㄹ modifier
 * written 을 after a vowel stem before 수 ({@link VerbPhraseForms#eulAfterVowel}); -고 before 되다 where permission is
 * asked ({@link VerbPhraseForms#permission}); 맛있다-type adjectives before 보다 'try' ({@link VerbPhraseForms}); 합쇼체
 * with 요 and -(으)실게요 ({@link BlendedEndings}); 씨 after one's own name ({@link OwnNameTitle}); a person who receives
 * marked with 에 ({@link GoalsOfGivingAndRiding}); the channel of a message with 에 ({@link MessageMeans}). Rows
 * written for this test, not taken from the gold sets. Verdict: {@code PASS}, {@code FAIL}, {@code NOT <CATEGORY>},
 * or the category or subtype the answer fails with.
 */
class GrammarRecallSession22bTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new com.koto.evaluation.TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {4}")
    @CsvSource(delimiter = ';', value = {
        // -(으)ㄹ 수 after a vowel stem
        "보을 수; 이 사진 좀 보을 수 있어요?; 이 사진 좀 볼 수 있어요?; POLITE; ENDING; 보을; 볼",
        "사을 수; 여기서 표를 사을 수 없어요?; 여기서 표를 살 수 없어요?; POLITE; ENDING; 사을; 살",
        "나을 수 (낫다); 이 약을 먹으면 빨리 나을 수 있어요.; 이 약을 먹으면 금방 나을 거예요.; POLITE; NOT ENDING; ; ",
        "모을 수 (모으다); 돈을 많이 모을 수 있어요.; 돈을 많이 모을 거예요.; POLITE; NOT ENDING; ; ",
        "가을 (noun); 가을 수업은 언제 시작해요?; 가을 학기 수업은 언제 시작해요?; POLITE; NOT ENDING; ; ",
        // -고 before 되다 for permission
        "찍고 돼요; 이 방에서 사진 찍고 돼요?; 이 방에서 사진 찍어도 돼요?; POLITE; ending/permission; 찍고; 찍어도",
        "앉고 됩니까; 여기 앉고 됩니까?; 여기 앉아도 됩니까?; FORMAL; ending/permission; 앉고; 앉아도",
        "찍어도 돼요; 이 방에서 사진을 찍어도 돼요?; 여기서 사진 찍어도 돼요?; POLITE; NOT ENDING; ; ",
        // adjectives in 있다/없다 before 보다 'try'
        "재미있어 봐요; 그 드라마 정말 재미있어 봐요.; 그 드라마 정말 재미있어 보여요.; POLITE; ending/look; 봐요; 보여요",
        "멋있어 봤어요; 그 옷이 아주 멋있어 봤어요.; 그 옷이 아주 멋있어 보였어요.; POLITE; ending/look; 봤어요; 보였어요",
        "먹어 봤어요; 그 떡볶이 한번 먹어 봤어요.; 그 떡볶이를 한번 먹어 봤어요.; POLITE; NOT ENDING; ; ",
        "여기 있어 봐; 잠깐 여기 있어 봐.; 잠깐만 여기 있어 봐.; CASUAL; NOT ENDING; ; ",
        // 합쇼체 with 요
        "먹습니까요; 점심은 보통 몇 시에 먹습니까요?; 점심은 보통 몇 시에 먹어요?; POLITE; ending/formal_yo; 먹습니까요; 먹어요",
        "갑니다요 formal; 저는 내일 부산에 갑니다요.; 저는 내일 부산에 갑니다.; FORMAL; ending/formal_yo; 갑니다요; 갑니다",
        "학생입니다요; 저는 대학생입니다요.; 저는 대학생이에요.; POLITE; ending/formal_yo; 대학생입니다요; 대학생이에요",
        "얼마입니까; 이 가방은 얼마입니까?; 이 가방은 얼마예요?; FORMAL; NOT ENDING; ; ",
        // -(으)실게요
        "빌려주실게요; 펜 좀 빌려주실게요.; 펜 좀 빌려주세요.; POLITE; ending/si_promise; 빌려주실게요; 빌려주세요",
        "제가 … 앉으실게요; 저는 창가에 앉으실게요.; 저는 창가에 앉을게요.; POLITE; HONORIFIC; 앉으실게요; 앉을게요",
        "도와 드리실게요; 짐은 제가 도와 드리실게요.; 짐은 제가 도와 드릴게요.; POLITE; HONORIFIC; 드리실게요; 드릴게요",
        "마실게요 (마시다); 저는 녹차를 마실게요.; 저는 녹차 마실게요.; POLITE; NOT ENDING; ; ",
        "모실게요 (모시다); 제가 손님을 방까지 모실게요.; 제가 손님을 방으로 모실게요.; POLITE; NOT ENDING; ; ",
        // 씨 after one's own name
        "저는 민지 씨예요; 처음 뵙겠습니다. 저는 민지 씨예요.; 처음 뵙겠습니다. 저는 민지예요.; POLITE; honorific/own_ssi; 민지 씨예요; 민지예요",
        "제 이름은 준호씨입니다; 제 이름은 준호씨입니다.; 제 이름은 준호입니다.; FORMAL; honorific/own_ssi; 준호씨입니다; 준호입니다",
        "저는 민수 씨라고 합니다; 저는 민수 씨라고 합니다.; 저는 민수라고 합니다.; FORMAL; honorific/own_ssi; 민수 씨라고; 민수라고",
        "제 친구는 민지 씨예요; 제 친구는 민지 씨예요.; 제 친구 이름은 민지 씨예요.; POLITE; NOT HONORIFIC; ; ",
        "저는 … 민수 씨라고 불러요; 저는 그 선배를 민수 씨라고 불러요.; 저는 그 선배를 민수 씨라고 불러요.; POLITE; NOT HONORIFIC; ; ",
        "저는 민지 씨 친구예요; 저는 민지 씨 친구예요.; 저는 민지 씨의 친구예요.; POLITE; NOT HONORIFIC; ; ",
        // a person who receives, with 에
        "동생에 사 줬어요; 어제 동생에 운동화를 사 줬어요.; 어제 동생한테 운동화를 사 줬어요.; POLITE; particle_wrong/location_for_dative; 동생에; 동생한테",
        "친구에 보냈어요; 친구에 편지를 보냈어요.; 친구한테 편지를 보냈어요.; POLITE; PARTICLE_WRONG; 친구에; 친구한테",
        "너에 대해; 너에 대해서 더 알고 싶어.; 너에 대해 더 알고 싶어.; CASUAL; NOT PARTICLE_WRONG; ; ",
        "학교에 보냈어요; 아이를 학교에 보냈어요.; 아이를 학교로 보냈어요.; POLITE; NOT PARTICLE_WRONG; ; ",
        // the channel of a message
        "문자에 연락할게요; 도착하면 문자에 연락할게요.; 도착하면 문자로 연락할게요.; POLITE; PARTICLE_WRONG; 문자에; 문자로",
        "팩스에 보냈습니다; 서류는 어제 팩스에 보냈습니다.; 서류는 어제 팩스로 보냈습니다.; FORMAL; particle_wrong/message_means; 팩스에; 팩스로",
        "이메일에 첨부했어요; 사진은 이메일에 첨부했어요.; 사진은 이메일에 넣었어요.; POLITE; NOT PARTICLE_WRONG; ; ",
    })
    void rows(String rule, String answer, String accepted, String register, String verdict, String original,
            String correction) {
        RuleRows.registerRow(EVALUATOR, rule, answer, accepted, register, verdict, original, correction);
    }

    @Test
    void formalYoFollowsTheRegister() {
        assertThat(BlendedEndings.formalYo("걸립니까요", Register.POLITE)).isEqualTo("걸려요");
        assertThat(BlendedEndings.formalYo("걸립니까요", Register.FORMAL)).isEqualTo("걸립니까");
        assertThat(BlendedEndings.formalYo("오십니까요", Register.POLITE)).isEqualTo("오세요");
        assertThat(BlendedEndings.formalYo("걸립니까", Register.POLITE)).isNull();
    }

    @Test
    void eulOnlyAfterAVowelVerbStem() {
        assertThat(VerbPhraseForms.eulAfterVowel("보을")).isEqualTo("볼");
        assertThat(VerbPhraseForms.eulAfterVowel("주을")).isEqualTo("줄");
        assertThat(VerbPhraseForms.eulAfterVowel("사을")).isEqualTo("살");
        assertThat(VerbPhraseForms.eulAfterVowel("먹을")).isNull();
        assertThat(VerbPhraseForms.eulAfterVowel("지을")).isNull(); // 짓다
        assertThat(VerbPhraseForms.eulAfterVowel("마을")).isNull();
    }
}
