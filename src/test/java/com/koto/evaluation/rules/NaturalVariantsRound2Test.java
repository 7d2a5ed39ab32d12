package com.koto.evaluation.rules;

import com.koto.evaluation.TestPacks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The classes of session 8, round 2 (eval12a) in {@link NaturalVariants}, {@link Evidence},
 * {@link Contrasts} and {@link OffTask}: for each class, a correct answer of other words and scenes
 * than the development sets' (M3, M, n2) that must pass ({@code PASS}: passed, with at most a spacing
 * note or the formal-level note), and a look-alike that must still fail with the given category
 * ({@code FAIL} = any). Answers written for this test; accepted answers separated by {@code |}; a
 * rule name may start with the register ({@code FORMAL|}, {@code CASUAL|}).
 */
class NaturalVariantsRound2Test {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // a place with 에 before the learner's own verb, read against a copula
        "a place with its own verb; 안녕하세요. 1204호에 묵고 있는데요, 베개 하나 더 받을 수 있을까요?; 1204호인데요, 베개 하나 더 주세요.|1204호예요. 베개 하나 더 주실 수 있어요?; PASS",
        "a place with no verb after it stays; 1204호에. 베개 하나 더 주세요.; 1204호인데요, 베개 하나 더 주세요.|1204호예요. 베개 하나 더 주실 수 있어요?; ENDING",
        // a condition before a question
        "a condition before a question; 이 편지 일본까지 빠른우편으로 보내면 얼마예요?; 이 편지를 일본에 빠른우편으로 보내고 싶어요. 얼마예요?|이거 일본으로 빠른우편으로 보내 주세요. 얼마예요?; PASS",
        "a condition before the request stays; 이 편지 일본까지 빠른우편으로 보내면 주세요.; 이 편지를 일본에 빠른우편으로 보내고 싶어요. 얼마예요?|이거 일본으로 빠른우편으로 보내 주세요. 얼마예요?; FAIL",
        // a pronoun or 저 'that' for a word another accepted answer leaves out
        "CASUAL|우리 for a word left out elsewhere; 우리 일요일 오후에 축구 할까?; 이번 일요일 오후에 같이 축구 할래?|일요일 오후에 축구 하러 갈래?; PASS",
        "the determiner 저 for 저기; 저 은행 앞에 좀 내려 주시겠어요?; 은행 앞에서 내려 주세요.|저기 은행 앞에 세워 주세요.; PASS",
        // a count stated after an inserted phrase; 까지 left out after 몇
        "a count after 한 번에; 저기요, 잡지는 한 번에 몇 권 빌릴 수 있어요? 그리고 대출 기간은 얼마나 돼요?; 잡지를 몇 권까지 빌릴 수 있어요? 얼마 동안 빌릴 수 있어요?|몇 권까지, 며칠 동안 빌릴 수 있어요?; PASS",
        "까지 left out after 몇; 잡지는 몇 권 빌릴 수 있어요?; 잡지를 몇 권까지 빌릴 수 있어요?|몇 권까지, 며칠 동안 빌릴 수 있어요?; PASS",
        "another counter stays; 잡지는 한 번에 몇 번 빌릴 수 있어요?; 잡지를 몇 권까지 빌릴 수 있어요?|몇 권까지, 며칠 동안 빌릴 수 있어요?; VOCABULARY",
        "까지 left out of a deadline stays; 숙제는 금요일 내야 돼요?; 숙제는 금요일까지 내야 돼요?; PARTICLE_MISSING",
        // a clause confirmed with 맞다
        "-는 거 맞죠; 선생님, 보고서는 금요일에 내는 거 맞죠?; 선생님, 보고서는 금요일까지 내야 돼요?|선생님, 보고서를 금요일에 제출해야 해요?; PASS",
        "a modifier with no 거 stays; 선생님, 보고서는 금요일에 내는 돼요?; 선생님, 보고서는 금요일까지 내야 돼요?|선생님, 보고서를 금요일에 제출해야 해요?; ENDING",
        // background -(으)ㄴ데 of an adjective, and before a second sentence
        "-(으)ㄴ데 before a request; 교수님, 죄송한데 한 번만 더 말씀해 주세요.; 교수님, 다시 한번 말씀해 주세요.|죄송하지만 한 번 더 말씀해 주시겠어요?; PASS",
        "an adjective with -는데 stays; 교수님, 죄송하는데 한 번만 더 말씀해 주세요.; 교수님, 다시 한번 말씀해 주세요.|죄송하지만 한 번 더 말씀해 주시겠어요?; ENDING",
        "-아서 before a request stays; 교수님, 죄송해서 한 번만 더 말씀해 주세요.; 교수님, 다시 한번 말씀해 주세요.|죄송하지만 한 번 더 말씀해 주시겠어요?; ENDING",
        "CASUAL|-는데 joining two sentences; 도서관 맞은편에 있는데, 카페 바로 옆이야.; 도서관 맞은편에 있어. 카페 옆이야.|도서관 건너편, 카페 옆에 있어.; PASS",
        // a compound's head after the compound is named
        "the head of a named compound; 기차역에 가려고 하는데요, 제일 가까운 역이 어느 쪽이에요?; 실례합니다. 제일 가까운 기차역이 어디예요?|가까운 기차역에 어떻게 가요?; PASS",
        "another place stays; 버스 터미널에 가려고 하는데요, 제일 가까운 공항이 어느 쪽이에요?; 실례합니다. 제일 가까운 기차역이 어디예요?|가까운 기차역에 어떻게 가요?; VOCABULARY",
        // an item ordered with its own verb
        "an item with its own verb; 저희 김밥 2인분 주시고요, 사이다도 하나 주세요.; 김밥 두 개하고 사이다 한 병 주세요.|김밥 2인분이랑 사이다 하나 주세요.; PASS",
        "two items with no verb between stay; 저희 김밥 2인분 사이다도 하나 주세요.; 김밥 두 개하고 사이다 한 병 주세요.|김밥 2인분이랑 사이다 하나 주세요.; PARTICLE_MISSING",
        // a hedged past
        "-(으)ㄴ 것 같다 of a past event; 어제 저녁 지하철에서 휴대폰을 잃어버린 것 같아요. 도와주실 수 있어요?; 어제 저녁에 지하철에서 휴대폰을 잃어버렸어요.|저녁에 지하철에서 휴대폰을 잃어버렸는데요.; PASS",
        "-(으)ㄹ 것 같다 stays; 어제 저녁 지하철에서 휴대폰을 잃어버릴 것 같아요. 도와주실 수 있어요?; 어제 저녁에 지하철에서 휴대폰을 잃어버렸어요.|저녁에 지하철에서 휴대폰을 잃어버렸는데요.; TENSE",
        // other words filed as misspellings
        "another 하다 verb is no misspelling; 저는 지난 방학 때 친구랑 발리에 다녀왔어요. 사원을 구경했어요.; 지난 방학에 부산에 갔어요. 바다에서 수영했어요.|지난 휴가 때 제주도에 가서 귤을 먹었어요.; PASS",
        "a vowel slip stays; 지난 방학에 부산에 갔어요. 바다에서 수엉했어요.; 지난 방학에 부산에 갔어요. 바다에서 수영했어요.|지난 휴가 때 제주도에 가서 귤을 먹었어요.; SPELLING",
        // an object of the main verb before an auxiliary
        "an object of 입다 before 봐도 되다; 이 바지를 작은 사이즈로 입어 봐도 될까요?; 이 바지 더 작은 사이즈로 입어 봐도 돼요?|이거 한 사이즈 작은 걸로 입어 볼 수 있어요?; PASS",
        "an object of 있다 stays; 이 바지를 작은 사이즈로 있어요?; 이 바지 작은 사이즈로 있어요?; PARTICLE_WRONG",
        // 말다 as 마-: -지 is no sentence end
        "-지 before 마시고; 아이가 자고 있어서요, 초인종 누르지 마시고 문 앞에 두고 가 주세요.; 문 앞에 놓아 주세요. 벨은 누르지 마세요.|음식은 문 앞에 두고 가 주세요. 초인종 누르지 말아 주세요.; PASS",
        "a plain 마 stays; 초인종 누르지 마. 문 앞에 놓아 주세요.; 문 앞에 놓아 주세요. 벨은 누르지 마세요.|음식은 문 앞에 두고 가 주세요. 초인종 누르지 말아 주세요.; HONORIFIC",
        // a general word for a member of its class
        "신발 for 구두; 이 신발 밑창 교체해 주실 수 있어요?; 구두 밑창 좀 갈아 주세요.|이 구두 밑창을 교체하고 싶은데 언제 돼요?; PASS",
        "another member stays; 이 운동화 밑창 교체해 주실 수 있어요?; 구두 밑창 좀 갈아 주세요.|이 구두 밑창을 교체하고 싶은데 언제 돼요?; VOCABULARY",
        // advice in other words is on task
        "CASUAL|advice with -아/어 보다; 따뜻한 우유를 마셔 보는 게 어때? 잠이 잘 올 거야.; 자기 전에 커피 마시지 마.|자기 전에 휴대폰 보지 말고 일찍 누워 봐.; PASS",
        "CASUAL|no advice at all stays off task; 나는 어제 떡볶이를 먹었어.; 자기 전에 커피 마시지 마.|자기 전에 휴대폰 보지 말고 일찍 누워 봐.; VOCABULARY",
        // a verbal noun as the topic of a copula question
        "반납은 언제까지예요; 이 잡지 세 권 빌릴게요. 반납은 언제까지예요?; 이 잡지 세 권 빌리고 싶어요. 언제까지 돌려줘야 돼요?|이 잡지 세 권 빌려 주세요. 언제까지 반납해야 해요?; PASS",
        "the question left out stays; 이 잡지 세 권 빌릴게요.; 이 잡지 세 권 빌리고 싶어요. 언제까지 돌려줘야 돼요?|이 잡지 세 권 빌려 주세요. 언제까지 반납해야 해요?; INCOMPLETE",
        // -(으)시- of a raised subject
        "CASUAL|-시- for 할머니 as the subject; 할머니 오시기 전에 거실 좀 치워.; 할머니 오기 전에 거실 좀 청소해.|할머니가 오기 전에 거실 치워.; PASS",
        "CASUAL|-시- for oneself stays; 제가 오시기 전에 거실 좀 치워.; 할머니 오기 전에 거실 좀 청소해.|할머니가 오기 전에 거실 치워.; HONORIFIC",
        // the contrast 전에 / 후에
        "CASUAL|전에 for 후에; 지금 지하철 안에 있어서 20분 전에 다시 전화할게.; 나 지금 지하철 안이야. 20분 후에 다시 전화할게.|지금 지하철 타고 있어서 이십 분 뒤에 전화할게.; VOCABULARY",
        "CASUAL|후에 with a place of its own verb; 지금 지하철 안에 있어서 20분 후에 다시 전화할게.; 나 지금 지하철 안이야. 20분 후에 다시 전화할게.|지금 지하철 타고 있어서 이십 분 뒤에 전화할게.; PASS"
    })
    void row(String rule, String answer, String expected, String verdict) {
        RuleRows.variant(EVALUATOR, rule, answer, expected, verdict);
    }
}
