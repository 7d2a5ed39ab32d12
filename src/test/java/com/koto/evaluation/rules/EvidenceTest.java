package com.koto.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.evaluation.ErrorCategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The certainty ladder ({@link Evidence}): findings whose only evidence is the alignment with an
 * accepted answer, contradicted by the learner's own words, are artefacts and never fail an answer;
 * the same kind of finding on a real error is not. Answers written for this test, not from the sets.
 */
class EvidenceTest {

    @ParameterizedTest(name = "{0}: {3} → {4} in {5} ⇒ artefact {6}")
    @CsvSource(delimiter = ';', value = {
        // a number's notation is no misspelling; a made-up word still is
        "digits; SPELLING; spelling/letters; 4시까지; 시까지; 오후 4시까지 기다릴 수 있어요; true",
        "misspelt word; SPELLING; spelling/letters; 몬; 못; 내일 몬 가요; false",
        // a bound noun after a modifier is a well-formed construction
        "bound noun; SPELLING; spelling/letters; 수; 세; 내일 갈 수 있어요; true",
        // the allomorph rule is about particles: a modifier's 는 or a number standing alone is none
        "modifier ending; PARTICLE_ALLOMORPH; particle_allomorph/topic; 맛있는; 맛있은; 엄마가 맛있는 빵을 만들었어; true",
        "wrong allomorph; PARTICLE_ALLOMORPH; particle_allomorph/object; 커피을; 커피를; 커피을 주세요; false",
        "allomorph Nori misreads; PARTICLE_ALLOMORPH; particle_allomorph/subject; 박물관가; 박물관이; 박물관가 멀어요; false",
        // a counter correction the answer already states: two counted phrases crossed
        "counter stated; VOCABULARY; counter/wrong_counter; 두 장; 두 시; 2시 버스표 두 장 주세요; true",
        "wrong counter; VOCABULARY; counter/wrong_counter; 한 명; 한 병; 콜라 한 명 주세요; false",
        // a verb form for a noun item
        "verb for a noun; VOCABULARY; vocabulary/other_item; 살; 장; 표 두 장 살 수 있어요; true",
        "another item; VOCABULARY; vocabulary/other_item; 라떼; 아메리카노; 라떼 한 잔 주세요; false",
        // an attention-getter or connective left out; a quantity left out stays incomplete
        "attention-getter; INCOMPLETE; incomplete/missing_word; 불고기; 여기요 불고기; 불고기 하나 주세요; true",
        "quantity; INCOMPLETE; incomplete/missing_word; 수건; 수건 두 개; 수건 주세요; false",
        // an omission the answer states elsewhere; a missing copula stays incomplete
        "stated elsewhere; INCOMPLETE; incomplete/missing_word; 내일; 내일 부산에; 내일 기차 타고 부산에 가요; true",
        "missing copula; INCOMPLETE; incomplete/missing_word; 저는 의사; 저는 의사예요; 저는 의사; false",
        // 합니다체 is never corrected down to 해요체; 반말 in a polite activity is
        "formal for polite; HONORIFIC; honorific/speech_level; 도착했습니다; 도착했어요; 어제 도착했습니다; true",
        "plain for polite; HONORIFIC; honorific/speech_level; 도착했어; 도착했어요; 어제 도착했어; false",
        // 합니다체 read against 합니다체 (a vocative after it drew the alignment): the level is the same (session 11)
        "formal for formal; HONORIFIC; honorific/speech_level; 제출하겠습니다 부장님; 보내겠습니다; 오늘 제출하겠습니다 부장님; true",
        "plain beside formal; HONORIFIC; honorific/speech_level; 제출할게 부장님; 보내겠습니다; 오늘 제출할게 부장님; false",
        // the plain -다 of the learner's predicate, a connective for a sentence end, an adjunct for a copula (session 11)
        "plain -다 for 반말; ENDING; ending/modifier_or_connective; 비싸네; 비싸다; 이거 좀 비싸네; true",
        "connective at the end; ENDING; ending/modifier_or_connective; 비싸서; 비싸다; 이거 좀 비싸서; false",
        "connective for a sentence end; ENDING; ending/modifier_or_connective; 바빠서; 바빴어; 너무 바빠서 못 갔어; true",
        "one connective for another; ENDING; ending/modifier_or_connective; 바쁘니까; 바빠서; 너무 바쁘니까 못 갔어; false",
        "adjunct for a copula; ENDING; ending/copula; 월요일에; 월요일이야; 월요일에 시험 봐; true",
        "a wrong copula; ENDING; ending/copula; 월요일예요; 월요일이에요; 시험은 월요일예요; false",
        // the future for a modal frame of the same verb (session 11)
        "future for a wish; TENSE; tense/present; 마실 거야; 마시고 싶어; 뭐 마실 거야; true",
        "future for the present; TENSE; tense/present; 마실 거예요; 마셔요; 매일 커피를 마실 거예요; false",
        // asking whether the listener knows honours the listener
        "asking the listener; HONORIFIC; honorific/si_extra; 어디 있는지 아세요; 어디 있어요; 은행이 어디 있는지 아세요; true",
        "about oneself; HONORIFIC; honorific/si_extra; 제가 가실게요; 제가 갈게요; 제가 가실게요; false",
        // an ending finding on a noun; on a verb it stays
        "ending on a noun; ENDING; ending/modifier_or_connective; 운전이; 운전하기; 밤에는 운전이 무서워요; true",
        "ending on a verb; ENDING; ending/modifier_or_connective; 따뜻하는; 따뜻한; 따뜻하는 차 주세요; false",
        // a word order finding on words the learner did not write (the lexicon's rewrite)
        "rewritten order; WORD_ORDER; word_order/phrase; 주세요 포장해; 포장해 주세요; 두 잔 주세요 가지고 갈게요; true",
        "learner's order; WORD_ORDER; word_order/phrase; 주세요 포장해; 포장해 주세요; 두 잔 주세요 포장해; false",
        // a number in digits is the number in letters; a number the answer does not write is missing
        "number in digits; INCOMPLETE; incomplete/missing_word; 7시에; 일곱 7시에; 7시에 만나요; true",
        "number in digits, a word; VOCABULARY; vocabulary/word; 귤; 귤 네; 귤 4개 주세요; true",
        "number missing; INCOMPLETE; incomplete/missing_word; 귤; 귤 다섯; 귤 주세요; false",
        // the thing counted left out before its number; a time left out is missing
        "noun before counter; INCOMPLETE; incomplete/missing_word; 세; 우표 세; 세 장 주세요; true",
        "time before hour; INCOMPLETE; incomplete/missing_word; 네; 금요일 네; 네 시에 봐요; false",
        // the same number in another form, another verb, the same verb with another ending
        "same number; SPELLING; spelling/letters; 한; 하나; 김밥 한 줄 주세요; true",
        "another number; SPELLING; spelling/letters; 두; 세; 김밥 두 줄 주세요; false",
        "another verb; SPELLING; spelling/letters; 내고 싶습니다; 쓰고 싶습니다; 휴가를 내고 싶습니다; true",
        "misspelt verb; SPELLING; spelling/letters; 새워 주세요; 세워 주세요; 여기서 새워 주세요; false",
        "same verb, other ending; VOCABULARY; vocabulary/word; 보내려고요; 보낼게요; 소포를 보내려고요; true",
        "number in digits, spelling; SPELLING; spelling/letters; 라떼; 라떼 세; 라떼 3잔이요; true",
        // the goal's 에 left out before a motion verb in any form; before another verb it is missing
        "goal before 가는; PARTICLE_MISSING; particle_missing/location; 시청; 시청에; 시청 가는 버스 있어요; true",
        "place before 있어요; PARTICLE_MISSING; particle_missing/location; 시청; 시청에; 시청 있어요; false",
        // 도 'also' for a subject marker adds a meaning; the plain -다 among intimates is no wrong ending
        "also for subject; PARTICLE_WRONG; particle_wrong/also_for_subject; 다리도; 다리가; 다리도 아파요; true",
        "another particle; PARTICLE_WRONG; particle_wrong/subject_for_object; 물이; 물을; 물이 주세요; false",
        "plain -다 among friends; ENDING; ending/modifier_or_connective; 춥다; 추워; 오늘 춥다; true",
        "a connective for a final form; ENDING; ending/modifier_or_connective; 추워서; 추워; 오늘 추워서; false",
        // an honorific verb for the plain verb with -시-: politer
        "politer verb; HONORIFIC; honorific/verb; 주무세요; 자세요; 아버지가 지금 주무세요; true",
        "politer verb for a named person; HONORIFIC; honorific/verb; 계세요; 있어요; 지수 씨 지금 계세요; true",
        "honorific verb, no one honoured; HONORIFIC; honorific/verb; 계세요; 있어요; 저는 지금 집에 계세요; false",
        "honorific verb about oneself; HONORIFIC; honorific/verb; 제가 드릴게요; 제가 줄게요; 제가 드릴게요; false",
    })
    void alignmentArtefactsAreTold(String name, ErrorCategory category, String subtype, String original,
            String correction, String answer, boolean artefact) {
        assertThat(Evidence.artefact(new Finding(category, original, correction, subtype), answer, null)).isEqualTo(artefact);
    }

    @ParameterizedTest(name = "{0}: {3} → {4} ⇒ {5} {6}")
    @CsvSource(delimiter = ';', value = {
        // the vocative allomorph, filed by the alignment as a misspelling
        "vocative after a vowel; SPELLING; spelling/letters; 지수아; 지수야; PARTICLE_ALLOMORPH; particle_allomorph/vocative",
        "vocative after a consonant; SPELLING; spelling/letters; 민준야; 민준아; PARTICLE_ALLOMORPH; particle_allomorph/vocative",
        "not a vocative; SPELLING; spelling/letters; 바다아; 바다야나; SPELLING; spelling/letters",
        // 하 before 주다 is the -아/어 form of 하다
        "하 for 해; SPELLING; spelling/letters; 예약하; 예약해; ENDING; ending/infinitive_contraction",
        // only -시- or only the past differs in a connective
        "-시- about oneself; ENDING; ending/modifier_or_connective; 바쁘셔서; 바빠서; HONORIFIC; honorific/si_extra",
        "past before -아서; ENDING; ending/modifier_or_connective; 늦었어서; 늦어서; ENDING; ending/past_before_aseo",
        "a final form for a connective stays; ENDING; ending/modifier_or_connective; 오세요; 와서; ENDING; ending/modifier_or_connective",
    })
    void findingsAreFiledUnderTheRuleTheLearnersWordsBreak(String name, ErrorCategory category, String subtype,
            String original, String correction, ErrorCategory named, String namedSubtype) {
        Finding f = Evidence.named(new Finding(category, original, correction, subtype), original, correction, subtype);
        assertThat(f.category()).isEqualTo(named);
        assertThat(f.subtype()).isEqualTo(namedSubtype);
    }
}
