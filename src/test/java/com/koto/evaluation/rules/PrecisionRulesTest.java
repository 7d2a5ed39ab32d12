package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.Evaluation;
import com.koto.evaluation.EvaluationError;
import com.koto.evaluation.EvaluationRequest;
import com.koto.evaluation.Register;
import com.koto.evaluation.TestPacks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The precision-first rules of session 3 (issue 11), one table row per rule and case, with
 * answers written for this test (not taken from the gold sets): {@code PASS} = passes with no error
 * (a spacing note allowed), {@code UNSURE} = passes as a possible paraphrase with the model answer
 * shown and a confidence below the model threshold, a category = fails with that category.
 * Accepted answers are separated by {@code |}.
 */
class PrecisionRulesTest {

    private static final RuleEvaluator EVALUATOR = new RuleEvaluator(new TestPacks());

    @ParameterizedTest(name = "{0}: {1} ⇒ {3}")
    @CsvSource(delimiter = ';', value = {
        // Certainty: another predicate may be a paraphrase; the model answer is shown
        "paraphrase predicate; 우유가 하나 필요해요; 우유 하나 주세요; UNSURE",
        "paraphrase two places; 버스 정류장 가려면 어떻게 가요; 버스 정류장이 어디예요; UNSURE",
        // ... but a noun for a noun, a question word for another or a near miss is corrected
        "another thing named; 녹차 한 잔 주세요; 홍차 한 잔 주세요; VOCABULARY",
        "another question word; 화장실이 언제예요; 화장실이 어디예요; VOCABULARY",
        // Contrasts lexicon: antonyms and merged pairs are certain errors
        "antonym; 더 싼 거 있어요; 더 비싼 거 있어요; VOCABULARY",
        "lagi: 더 for 다시; 물 다시 주세요; 물 더 주세요; VOCABULARY",
        // one slip from the accepted sentence stays an error of its kind
        "one particle slip; 공원에서 가요; 공원에 가요; PARTICLE_WRONG",
        "one tense slip; 어제 영화를 봐요; 어제 영화를 봤어요; TENSE",
        // omissions: the answer is the accepted one with words left out
        "omission; 사과 주세요; 사과 세 개 주세요; INCOMPLETE",
        // request frames of one verb
        "request as wish; 이 편지 한국에 보내고 싶어요; 이 편지 한국에 보내 주세요; PASS",
        "request as ability question; 이 돈 바꿀 수 있어요; 이 돈 바꿔 주세요; PASS",
        "request frame past stays tense; 이 편지 한국에 보내고 싶었어요; 이 편지 한국에 보내고 싶어요; TENSE",
        // plan frames of one verb
        "plan as intention; 내일 친구를 만나려고 해요; 내일 친구를 만날 거예요; PASS",
        "plan as decision; 주말에 수영하기로 했어요; 주말에 수영할 거예요; PASS",
        // asking permission to do it is another frame of the same choice (Yeon & Brown 2019, -아/어도 되다)
        "permission for promise; 현금으로 내도 돼요; 현금으로 낼게요; UNSURE",
        // present for future with a time word of the plan
        "present with 이번 주말; 이번 주말에 수영해요; 이번 주말에 수영할 거예요; PASS",
        // 까지 for a destination, 만 and choice (으)로 added
        "까지 destination; 시청까지 가 주세요; 시청으로 가 주세요; PASS",
        "만 added; 물 한 병만 주세요; 물 한 병 주세요; PASS",
        "choice (으)로; 김밥으로 두 개 주세요; 김밥 두 개 주세요; PASS",
        "까지 for 부터 stays wrong; 아침까지 배가 아파요; 아침부터 배가 아파요; PARTICLE_WRONG",
        // place pronouns and time nouns drop 에/에서 in speech
        "여기 without 에; 여기 앉아도 돼요; 여기에 앉아도 돼요; PASS",
        "time noun without 에; 다섯 시 만나요; 다섯 시에 만나요; PASS",
        "place noun still needs 에서; 공원 기다려요; 공원 앞에서 기다려요; INCOMPLETE",
        // connectives carry no speech level and may join two sentences
        "joined by -고; 저는 의사고 서울에 살아요; 저는 의사예요. 서울에 살아요; PASS",
        "plain ending still reported; 고마워. 안녕히 계세요; 고맙습니다. 안녕히 계세요; HONORIFIC",
        // greetings before the message
        "greeting before; 실례합니다, 은행이 어디예요; 은행이 어디예요; PASS",
        // 하나 잔: the long native numeral before a counter is wrong whatever the accepted answer says
        "long numeral before counter; 녹차 하나 잔하고 우유 하나 주세요; 녹차 하나, 우유 하나 주세요; VOCABULARY",
        // ㅂ-irregular over-applied before a consonant ending
        "ㅂ keeps before -게; 가벼웁게 해 주세요; 가볍게 해 주세요; ENDING",
        // N(이)요 leaves a motion request understood
        "N이요 to a driver; 시청이요; 시청으로 가 주세요; PASS",
        // 합니다체 and 해요체 agree inside the answer; the humble possessive 제 may be added
        "formal first sentence; 도착했습니다. 지금 로비에 있어요; 도착했어요. 지금 로비에 있어요; PASS",
        "possessive 제 added; 제 가방이 없어요; 가방이 없어요; PASS",
        // 저기 is a place when the accepted answer uses it as one, not an interjection to drop
        "저기 as a place; 저기 내려 주세요; 저기서 내려 주세요; PASS",
        // an added negation changes the meaning
        "negation added; 우산 안 있어요; 우산 없어요; VOCABULARY",
        // the copula with -시- about oneself
        "이세요 about oneself; 저는 회사원이세요; 저는 회사원이에요; HONORIFIC",
        // since-then past
        "since yesterday, past; 그저께부터 기침이 났어요; 그저께부터 기침이 나요; PASS",
        // session 4: the goal of a motion verb takes 에, (으)로 or 까지
        "goal with 에; 시청에 가 주세요; 시청으로 가 주세요; PASS",
        "goal with 에 for bare noun; 명동에 가 주세요; 명동 가 주세요; PASS",
        "goal of 보내다; 이 편지를 일본으로 보내고 싶어요; 이 편지를 일본에 보내고 싶어요; PASS",
        "에서 for a goal stays wrong; 시청에서 가 주세요; 시청으로 가 주세요; PARTICLE_WRONG",
        // the far or near place as the subject of 멀다/가깝다
        "멀다 without 까지; 여기서 시청 멀어요; 여기서 시청까지 멀어요; PASS",
        // 께서(는) for 은/는, 이/가 of a respected person
        "honorific 께서는; 아버지께서는 회사에 다니세요; 아버지는 회사에 다니세요; PASS",
        // counters: a specific counter that fits the noun where the accepted answer has 개
        "장 for towels; 수건 두 장 주세요; 수건 두 개 주세요; PASS",
        "그릇 for a dish; 냉면 한 그릇 주세요; 냉면 한 개 주세요; PASS",
        "잔 for apples stays wrong; 사과 한 잔 주세요; 사과 한 개 주세요; VOCABULARY",
        // 개 for a drink: common in speech, the model answer is shown
        "개 for a drink; 라떼 한 개 주세요; 라떼 한 잔 주세요; UNSURE",
        "개 for people stays wrong; 세 개예요; 세 명이에요; VOCABULARY",
        // a numeral alone, a Sino-Korean number in letters
        "numeral alone; 냉면 둘이요; 냉면 두 그릇 주세요; PASS",
        "number in letters; 십오 층이에요; 15층이에요; PASS",
        "another quantity stays wrong; 녹차 세 잔 주세요; 녹차 한 잔 주세요; VOCABULARY",
        // a kind of the accepted noun (head-final compound)
        "hyponym; 저는 고등학생이에요; 저는 학생이에요; UNSURE",
        // a promise frame for a request of the same verb
        "promise for request; 환전할게요; 환전해 주세요; UNSURE",
        "past for request stays tense; 환전했어요; 환전해 주세요; TENSE",
        // a negation the activity itself says
        "negative accepted; 텔레비전이 화면이 안 나와요; 텔레비전이 안 돼요|텔레비전이 고장 났어요; UNSURE",
        // certain form errors on the learner's own words, whatever the reading
        "copula after a consonant; 포장예요; 포장이에요; ENDING",
        "copula kept after a vowel; 어디이에요; 어디예요; ENDING",
        "copula spelt as it sounds (국립국어원 온라인가나다); 내일 갈 거에요; 내일 갈 거예요; SPELLING",
        "copula 아니에요 stays; 학생이 아니에요; 학생이 아니에요|학생 아니에요; PASS",
        "-시- with -ㄹ게요; 이따가 다시 연락하실게요; 이따가 다시 연락할게요; HONORIFIC",
        "마실게요 has no -시-; 물 마실게요; 물 마실게요|물 주세요; PASS",
        "-아/어 before -고; 이 옷을 입어고 싶어요; 이 옷을 입고 싶어요; ENDING",
        "-고 before 싶다; 커피를 마시싶어요; 커피를 마시고 싶어요; ENDING",
        "partner of 통화하다; 이 선생님 통화하고 싶어요; 이 선생님 계세요|이 선생님 바꿔 주세요; PARTICLE_MISSING",
        "irregular beside a paraphrase; 오른쪽으로 돌으세요; 오른쪽으로 가세요|오른쪽으로 도세요; ENDING",
        // spacing: bound nouns and -고 싶다 written together pass with a note
        "bound noun 수 joined; 내일 갈수 있어요; 내일 갈 수 있어요; PASS",
        "all words joined; 물두병더주세요; 물 두 병 더 주세요|물 두 병 더 주시겠어요; PASS",
        // order items listed without 하고; 하고 with 만나다 before an auxiliary; 잘 못
        "listed order; 김밥 하나 라면 하나 주세요; 김밥 하나하고 라면 하나 주세요; PASS",
        "partner of 만나다 with 거예요; 공원에서 동생하고 만날 거예요; 공원에서 동생을 만날 거예요; PASS",
        "잘 못; 저는 술을 잘 못 마셔요; 저는 술을 못 마셔요; PASS",
        // noun phrase order
        "noun phrase order; 표 기차 주세요; 기차표 주세요; WORD_ORDER",
        "native number for 번; 스물한 번 버스 어디예요; 21번 버스 어디예요; VOCABULARY",
        // session 5: a dictionary noun the lexicon does not relate to the accepted one is unjudgeable
        "dictionary synonym; 사진기 좀 빌려 주세요; 카메라 좀 빌려 주세요; UNSURE",
        "a lexicon synonym passes; 티켓 좀 보여 주세요; 표 좀 보여 주세요; PASS",
        "less precise head; 저는 학생이에요; 저는 고등학생이에요; UNSURE",
        // ... but two members of one class name different things, also as a compound's head
        "class member; 사이다 한 잔 주세요; 콜라 한 잔 주세요; VOCABULARY",
        "class compound; 고속버스로 가요; 기차로 가요; VOCABULARY",
        "class of counters; 하루에 몇 잔 마셔요; 하루에 몇 번 마셔요; VOCABULARY",
        "music is heard; 제 취미는 라디오 보기예요; 제 취미는 라디오 듣기예요; VOCABULARY",
        "있으세요 for a person's presence; 사장님 있으세요; 사장님 계세요; HONORIFIC",
        "synonym, not a compound; 다른 빛깔 있어요; 다른 색 있어요; UNSURE",
        "the thing for the action; 계산서 주세요; 계산해 주세요; UNSURE",
        "a verb stem without -아/어 before 도 is an ending error, not a noun (F files it so); 이 옷 입어 보도 돼요; 이 옷 입어 봐도 돼요; ENDING",
        "same number with a counter; 수건 한 장 더 주세요; 수건 하나 더 주세요; UNSURE",
        "wearing verbs; 이 모자 입어 봐도 돼요; 이 모자 써 봐도 돼요; VOCABULARY",
        "politer request; 천천히 말씀해 주시겠어요; 천천히 말해 주세요; PASS",
        "sentences in another order; 숙제를 못 했어요. 죄송합니다; 죄송합니다. 숙제를 못 했어요; PASS",
        "a head that is no place; 물병 하나 주세요; 물 하나 주세요; UNSURE",
        "-나요 question; 버스 정류장이 어디에 있나요; 버스 정류장이 어디예요; PASS",
        "digits with a counter; 김치찌개 1인분 주세요; 김치찌개 하나 주세요; UNSURE",
        "a demonstrative for the thing; 이거 데워 주세요; 전자레인지에 데워 주세요; UNSURE",
        "another modal frame; 이거 환불되나요; 이거 환불할 수 있어요; UNSURE",
        "another predicate; 저는 회사원이에요; 저는 회사에 다녀요; UNSURE",
        "omission after a lexicon rewrite; 물 주세요; 물 한 병 더 주시겠어요; INCOMPLETE",
        "the same question word, another ending; 어디시죠; 어디세요; UNSURE",
        "전화 주다 for 전화하다; 전화 주셔서 감사합니다; 전화해 주셔서 감사합니다; PASS",
        "문자 주다 for 문자를 보내다; 문자 주세요; 문자 보내 주세요; PASS",
        "honorific noun and verb in a question; 성함이 어떻게 되세요; 이름이 뭐예요; UNSURE",
        "a greeting is no farewell; 안녕하세요; 안녕히 계세요; VOCABULARY",
        "present after a since-phrase; 어제부터 목이 아파요; 어제부터 목이 아팠어요; PASS",
        "turn for go; 오른쪽으로 도세요; 오른쪽으로 가세요; UNSURE",
        "purpose of the visit as a request; 소포를 보내러 왔어요; 소포를 보내고 싶어요; PASS",
        "another purpose of a visit; 공부하러 왔어요; 관광하러 왔어요; VOCABULARY",
        // contrasts added in session 5
        "서다/세우다; 저 앞에서 서 주세요; 저 앞에서 세워 주세요; VOCABULARY",
        "춥다/차갑다; 물이 너무 추워요; 물이 너무 차가워요; VOCABULARY",
        // constructions (Constructions)
        "부탁하다 for a verb request; 명동까지 부탁해요; 명동까지 가 주세요; PASS",
        "verb request for 부탁하다; 이걸로 해 주세요; 이걸로 부탁드려요; PASS",
        "name with -라고 하다; 저는 민수라고 합니다; 제 이름은 민수입니다; PASS",
        "-는 거예요 for -기예요; 제 취미는 영화를 보는 거예요; 제 취미는 영화 보기예요; PASS",
        "-시- honouring the listener; 직업이 뭐세요; 직업이 뭐예요; PASS",
        // session 5 (lead): an unsure pass needs a word in common with an accepted answer (OffTask)
        "a noun for a greeting is off task; 커피; 안녕하세요|안녕하십니까; VOCABULARY",
        "a homophone-free noun for thanks is off task; 사과; 감사합니다; VOCABULARY",
        "a compound split differently is still shared; 기사님 서울역이요; 서울역에 가 주세요; PASS",
        "another question about the price shares 이거; 이거 가격이 어떻게 돼요; 이거 얼마예요; PASS",
        // members of two different classes (Contrasts.otherClass): a place for a drink, a drink for a place
        "a place for a drink; 화장실 한 잔 주세요; 아메리카노 한 잔 주세요; VOCABULARY",
        "a drink for a place; 커피가 어디예요; 화장실이 어디예요; VOCABULARY",
        "a synonym the lexicon knows still passes; 타월 주세요; 수건 주세요; PASS",
        "an honorific noun shares its plain noun; 성함이 어떻게 되세요; 이름이 뭐예요; UNSURE",
        // session 5, round 3 (EndingContrast): -는데 for -아서 joins a reason as well; a tense is a tense
        "-는데 for -아서; 어제 많이 걸었는데 다리가 아파요; 어제 많이 걸어서 다리가 아파요; PASS",
        "-아서 for -는데; 비가 와서 우산을 샀어요; 비가 오는데 우산을 샀어요; PASS",
        "-았어서 stays wrong (an ending, sets H and I); 어제 많이 걸었어서 다리가 아파요; 어제 많이 걸어서 다리가 아파요; ENDING",
        "the present for the past, 합니다체; 선물로 이 책을 삽니다. 교환하고 싶습니다; 선물로 이 책을 샀습니다. 교환하고 싶습니다; TENSE",
        "present modifier for past; 어제 맡기는 셔츠를 찾으러 왔어요; 어제 맡긴 셔츠를 찾으러 왔어요; TENSE",
        // a modifier or a connective carries no speech level (PredicateFeatures.carriesNoSpeechLevel)
        "adverbial -게 has no speech level; 이 떡 어제 만든 거 맞죠? 먹기 좋게 잘라 주시면 감사하겠어요; 이 떡 어제 만든 거예요? 잘라 주세요; PASS",
        "-습니다만 has no speech level; 어제 샀습니다만 교환이 가능합니까; 어제 샀습니다. 교환할 수 있습니까; PASS",
        "a plain sentence ender still has one; 어제 샀어. 교환이 가능합니까; 어제 샀습니다. 교환할 수 있습니까; HONORIFIC",
        // -시- in the speaker's own promise honours the speaker: honorific, not an ending (PredicateCheck)
        "-시- in a promise; 사장님 댁에 계세요? 내일 아침 아홉 시에 제가 가실게요; 사장님 댁에 계세요? 내일 아침 아홉 시에 갈게요; HONORIFIC",
        // the one wrong letter is the ending's -아/어 (VerbForms.harmony before the spelling check)
        "vowel harmony after a bright stem; 오늘 몇 시에 문을 닫어요; 오늘 몇 시에 문을 닫아요; ENDING",
        "vowel harmony, one word; 창문 닫어요; 창문 닫아요; ENDING",
        "a slip in the stem stays spelling; 어제 이 옷을 삿어요; 어제 이 옷을 샀어요; SPELLING",
        // session 7: an adjective takes no object only in its own clause (SentenceCheck.objectOfAdjective)
        "an object of the earlier verb before 죄송하다; 빌린 우산을 잃어버려서 죄송해요; 빌린 우산을 잃어버렸어요. 죄송해요; PASS",
        "an object in the sentence before 미안하다; 친구 우산을 잃어버렸어요. 미안해요; 친구 우산을 잃어버렸어요. 정말 미안해요; PASS",
        "an object of the adjective itself; 저는 커피를 정말 좋아요; 저는 커피를 정말 좋아해요; PARTICLE_WRONG",
        // session 7 (lead): alignment artefacts found on a development set of 200 correct answers (Evidence)
        "CASUAL|two words the learner spelt both, in another order; 이번엔 내가 살게. 저번에 네가 샀잖아; 저번에 네가 샀으니까 이번엔 내가 살게; PASS",
        "a noun joined to the accepted word; 삼 일동안 있을 거예요; 삼 일 있을 거예요; PASS",
        "the particle on the head noun; 이영희 이름으로 예약했어요; 이영희로 예약했어요; PASS",
        "(으)로 dropped before 가다 after a place name; 기사님, 부산역 가 주세요. 얼마나 걸려요?; 부산역으로 가 주세요. 얼마나 걸려요?; PASS",
        "(으)로 of the means stays; 지하철 가요; 지하철로 가요; PARTICLE_MISSING",
        "CASUAL|-(으)니까 before a proposal; 날씨가 추우니까 안에서 기다리자; 날씨가 추워서 안에서 기다리자; PASS",
        "-(으)니까 for a past reason stays an error; 어제 바쁘니까 못 갔어요; 어제 바빠서 못 갔어요; ENDING",
        "CASUAL|-(으)ㄴ 다음에 for -고; 밥 먹은 다음에 산책하자; 밥 먹고 산책하자; PASS",
        "합니다체 is never corrected down, also as an ending; 이 바지 더 작은 사이즈 있습니까? 입어 봐도 됩니까?; 이 바지 더 작은 사이즈 있어요? 입어 봐도 돼요?; PASS",
        "FORMAL|-시- on 주다 is the listener's; 이 서류는 어떻게 쓰는지 알려 주시겠습니까; 이 서류는 어떻게 씁니까; PASS",
        "FORMAL|a connective -아야 carries no speech level; 처음입니다. 제출해야 할 서류가 있으면 알려 주십시오.; 처음 왔습니다. 어떤 서류를 써야 합니까?|처음 방문했습니다. 무엇을 작성해야 합니까?; PASS",
        "-지 before 않다 carries no speech level; 너무 길지 않게, 적당히 길게 잘라 주세요.; 머리를 길게 잘라 주세요. 너무 길지 않게요.|길게 잘라 주세요. 그런데 너무 길게는 자르지 마세요.; PASS",
        "FORMAL|an accepted word is no misshapen particle (창가 = 창 + 가 to Nori); 창가 자리에 앉고 싶습니다. 모두 네 명입니다; 네 명입니다. 창가 자리로 부탁드립니다; PASS",
        "FORMAL|a greeting left out is nothing missing; 여보세요. 김하나입니다; 여보세요. 안녕하십니까. 김하나입니다; PASS"
    })
    void rule(String rule, String answer, String expected, String verdict) {
        // a rule name may start with the activity's register (FORMAL|…, CASUAL|…); polite otherwise
        Register register = rule.contains("|") ? Register.valueOf(rule.substring(0, rule.indexOf('|'))) : Register.POLITE;
        Evaluation e = EVALUATOR.evaluate(new EvaluationRequest(List.of(expected.split("\\|")), List.of(), answer,
                "en", register, null));
        List<ErrorCategory> categories = e.errors().stream().map(EvaluationError::category).toList();
        switch (verdict) {
            case "PASS" -> {
                assertThat(e.passed()).as("%s: %s should pass, got %s", rule, answer, e.errors()).isTrue();
                assertThat(categories).allMatch(c -> c == ErrorCategory.SPACING);
            }
            case "UNSURE" -> {
                assertThat(e.passed()).as("%s: %s should pass unsure, got %s", rule, answer, e.errors()).isTrue();
                assertThat(e.confidence()).as("confidence").isLessThan(0.75);
                assertThat(e.feedback()).as("the model answer is shown").contains(expected.split("\\|")[0]
                        .replaceAll("[.?!]$", ""));
            }
            default -> {
                assertThat(e.passed()).as("%s: %s should fail", rule, answer).isFalse();
                assertThat(categories).as("%s: %s", rule, answer).contains(ErrorCategory.valueOf(verdict));
            }
        }
    }

    @Test
    void knownWordsAreDictionaryEntries() {
        assertThat(KnownWords.noun("타월")).isTrue();
        assertThat(KnownWords.noun("탑승구")).isTrue();
        assertThat(KnownWords.tags("아매리카노")).isEmpty(); // a misspelling is no entry
        assertThat(KnownWords.tags("메리카")).isEmpty(); // nor is a piece of one
        assertThat(Contrasts.sameClass("라떼", "아메리카노")).isTrue();
        assertThat(Contrasts.sameClass("라떼", "라테")).isFalse(); // spelling variants are one member
    }

    @Test
    void everyContrastPairHasTwoSides() {
        assertThat(Contrasts.size()).isGreaterThanOrEqualTo(20);
        assertThat(Contrasts.contrast("작은", "큰")).isTrue();
        assertThat(Contrasts.contrast("큰", "큰")).isFalse();
    }
}
