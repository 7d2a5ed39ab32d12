package com.koto.evaluation.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The small closed word lists the checks need. Each list names its source; none is open-ended
 * vocabulary (the model evaluator handles synonyms and paraphrases the rules cannot know).
 */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * Plain word beginnings and their honorific or humble counterparts (존댓말 어휘): Sohn,
     * <i>The Korean Language</i> (1999), on honorific and humble vocabulary; National Institute
     * of Korean Language, <i>표준 언어 예절</i> (2011). Matched on word beginnings, so the
     * inflected forms of each stem are listed.
     */
    static final List<Map.Entry<List<String>, List<String>>> HONORIFIC_WORDS = List.of(
            Map.entry(List.of("자요", "자고", "자", "잤", "잘"), List.of("주무")),
            Map.entry(List.of("먹", "마시", "마셔", "마셨"), List.of("드세", "드시", "드셔", "드셨", "잡수", "잡숴", "잡쉈")),
            Map.entry(List.of("있"), List.of("계시", "계세", "계셔", "계셨", "계십")),
            Map.entry(List.of("주", "줘", "줬", "줄"), List.of("드리", "드려", "드렸", "드릴")),
            Map.entry(List.of("말해", "말했", "말하"), List.of("말씀하", "말씀드", "말씀해")),
            Map.entry(List.of("아파", "아프", "아팠"), List.of("편찮")),
            Map.entry(List.of("죽"), List.of("돌아가")));

    /** Plain nouns and pronouns and their honorific or humble counterparts (same sources). */
    static final Map<String, String> HONORIFIC_NOUNS = Map.ofEntries(
            Map.entry("밥", "진지"), Map.entry("집", "댁"), Map.entry("이름", "성함"), Map.entry("나이", "연세"),
            Map.entry("말", "말씀"), Map.entry("생일", "생신"), Map.entry("나", "저"), Map.entry("내", "제"),
            Map.entry("우리", "저희"), Map.entry("사람", "분"));

    /**
     * Nouns of a day, a part of the day or a named period that set the time frame of a sentence (오늘, 저녁, 주말,
     * 월요일 …). Said with 은/는 they are the sentence's time topic (오늘 저녁은 치킨 먹을까?, 주말은 뭐 해요?), a
     * contrastive frame beside 에/에는 (Sohn 1999, on the topic particle with time adverbials; Yeon &amp; Brown 2019,
     * 은/는 after time expressions). Session 35 (lead).
     */
    static final Set<String> TIME_FRAMES = Set.of("오늘", "내일", "어제", "모레", "그저께", "아침", "점심", "저녁", "밤",
            "낮", "새벽", "오전", "오후", "주말", "평일", "월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일",
            "이번 주", "다음 주", "지난주", "이번주", "다음주", "이번 달", "다음 달", "이번달", "다음달", "올해", "내년",
            "방학", "휴가", "연휴", "오늘 저녁", "오늘 밤", "내일 아침", "내일 저녁");

    /** First-person pronouns: -시- about oneself is over-honorification (Sohn 1999, on subject honorification). */
    static final Set<String> SELF = Set.of("저", "제", "나", "내", "저희", "우리");

    /**
     * Time adverbs with future reference: with them the present tense also refers to the future
     * (Yeon &amp; Brown, <i>Korean: A Comprehensive Grammar</i>, 2nd ed. 2019, on the present tense with future reference), so a present
     * and a future form agree.
     */
    static final Set<String> FUTURE_ADVERBS = Set.of("내일", "모레", "다음", "다음주", "다음에", "나중에", "이따가",
            "이따", "곧", "내년", "다음달", "이번", "이번주", "주말에", "오늘", "저녁에", "월요일에", "화요일에", "수요일에",
            "목요일에", "금요일에", "토요일에", "일요일에");

    /**
     * Periods of time off that a plan is made for (표준국어대사전 '방학', '휴가', '연휴', '명절'; session 16): said with
     * 에/에는 or 때 (방학에, 휴가 때는) they set the time of what the speaker or the listener will do, and the present
     * tense with such a time refers to the future as it does with 내일 (Yeon &amp; Brown 2019, the present tense with
     * future reference; 국립국어원 한국어 문법 1, 현재 시제의 미래 표시): 방학에 뭐 하세요? asks what 방학에 뭐 하실
     * 거예요? asks. A period said alone or with another particle (방학이 길어요) sets no time.
     */
    static final Set<String> COMING_PERIODS = Set.of("방학", "여름방학", "겨울방학", "휴가",
            "여름휴가", "연휴", "명절", "추석", "설날", "크리스마스", "휴일");

    /** The particles and bound nouns after which a {@link #COMING_PERIODS} word sets a time (방학에, 방학 때는). */
    private static final Set<String> TIME_SETTERS = Set.of("에", "에는", "엔", "때", "때는", "때에", "동안", "동안에");

    /** Whether the words (as the comparison reads them) set a coming period as the time (방학에, 휴가 때). */
    static boolean comingPeriod(java.util.List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            for (String period : COMING_PERIODS) {
                if (!w.startsWith(period)) {
                    continue;
                }
                String rest = w.substring(period.length());
                if (TIME_SETTERS.contains(rest) || rest.isEmpty() && i + 1 < words.size()
                        && TIME_SETTERS.contains(words.get(i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A sentence that announces an order before it is given (주문할게요. 비빔밥 두 개요): the speaker's intention,
     * offered to the listener with -(으)ㄹ게요/-겠- (Yeon &amp; Brown 2019, on -(으)ㄹ게요 and the intentional -겠-;
     * 표준국어대사전 '주문' 「1」 어떤 상품을 만들거나 보내 달라고 요청함), which opens the order as 여기요/저기요 do
     * (표준 언어 예절 2011, on calling a server). One-word forms; the misspelt 주문할께요 is not one of them.
     */
    static final Set<String> ORDER_ANNOUNCEMENTS = Set.of("주문할게요", "주문할게", "주문하겠습니다", "주문하겠어요",
            "주문하려고요");

    /** Time and place words that, like case-marked phrases, may move before the predicate (Sohn 1999, on word order and scrambling). */
    static final Set<String> MOVABLE = Set.of("어제", "오늘", "내일", "지금", "여기", "거기", "저기", "다시", "좀",
            "같이", "모두", "다", "정말", "아주", "먼저", "빨리", "천천히", "여기서", "거기서", "저기서");

    /**
     * Words a learner may add without changing what the answer does: softeners and intensifiers,
     * interjections (Yeon &amp; Brown 2019, on the softener 좀 and discourse markers); the humble
     * possessive 제 (제 이름은 for 이름은).
     */
    static final Set<String> OPTIONAL_EXTRAS = Set.of("좀", "모두", "다", "정말", "진짜", "그냥", "네", "예", "저기요",
            "저", "혹시", "많이", "아주", "꼭", "같이", "그럼", "그러면", "음", "제");

    /**
     * Words a learner may drop: subjects (Korean is a pro-drop language; Sohn 1999, on ellipsis),
     * softeners, the deictic 이번 (이번 주말 = 주말 in context) and the 만나서 of 만나서 반갑습니다
     * (반갑습니다 alone is a complete greeting: 표준 언어 예절 2011).
     */
    static final Set<String> DROPPABLE = Set.of("저는", "제가", "나는", "내가", "저도", "좀", "같이", "그냥", "정말",
            "다시", "혹시", "저희는", "이번", "그럼", "네", "예", "만나서");

    /**
     * Native numerals and their attributive forms before a counter (하나 → 한 잔, 둘 → 두 개; Sohn
     * 1999, on numerals; Yeon &amp; Brown 2019, on numerals and counters).
     */
    static final Map<String, String> COUNTER_FORMS = Map.of(
            "하나", "한", "둘", "두", "셋", "세", "넷", "네", "스물", "스무");

    /** Counters (classifiers) used with native numerals (Yeon &amp; Brown 2019, on numerals and counters). */
    /**
     * Units of time and order a number measures with (the 단위 명사 class of equivalents.json, in part: 세 시, 두
     * 시간, 삼 층; Yeon &amp; Brown 2019, on counters). Without a number 시간 and 번 are free nouns (편한 시간, 다음 번).
     */
    static final Set<String> UNITS = Set.of("시", "시간", "분", "초", "일", "주", "주일", "달", "년", "번", "층", "호");

    static final Set<String> COUNTERS = Set.of("잔", "개", "명", "병", "장", "권", "대", "마리", "벌", "켤레", "그릇",
            "분", "살", "번", "접시", "송이", "캔", "봉지", "상자");

    /**
     * Verb forms whose place takes 에 or 에서 alike: living (살다: 서울에 살아요 = 서울에서 살아요),
     * stopping and getting off (세우다, 내리다), staying and waiting (머물다, 기다리다), parking (주차하다: the
     * end point of a stop takes 에, the place of the act 에서; 여기에 세워 주세요 = 여기서 세워 주세요). Source:
     * 국립국어원 표준국어대사전, entries 살다 (「…에/에서」), 내리다, 세우다, 주차하다 「…에」; Yeon &amp; Brown 2019,
     * on 에 and 에서. Matched on the written start of the predicate's words, with the forms before -ㄹ/-ㄴ
     * (내릴게요, 세울 수 있어요, 기다릴게요, 머무는).
     */
    static final List<String> EITHER_LOCATIVE = List.of("살아", "살고", "살았", "삽니", "사세", "사시", "세워", "세우",
            "세웠", "세울", "세운", "내려", "내리", "내렸", "내릴", "내린", "머물", "머무", "기다려", "기다리", "기다릴",
            "주차해", "주차하", "주차할", "주차했",
            // 묵다 'stay (at an inn)': 표준국어대사전 '묵다²' (일정한 곳에서 나그네로 머무르다), 호텔에/호텔에서 묵다 (session 14)
            "묵고", "묵어", "묵었", "묵을", "묵는", "묵습", "묵으");

    /**
     * Motion verbs whose goal takes 에, (으)로 or 까지 alike (공항에 가요 = 공항으로 가요; 인도네시아에 보내요 =
     * 인도네시아로 보내요). Source: 국립국어원 표준국어대사전, entries 가다 「…에/에게」「…으로」, 오다, 보내다
     * 「…에/에게 …을」「…으로 …을」; Sohn 1999, on goal 에 and directional (으)로. Lemmas as Nori gives them.
     */
    static final Set<String> GOAL_VERBS = Set.of("가", "오", "보내", "돌아가", "돌아오", "들어가", "들어오", "올라가",
            "내려가", "데려가", "가져가", "부치");

    /**
     * Nouns of an activity one goes or comes to do, which 가다 and 오다 take as their object (이사를 왔어요, 구경을
     * 가요, 마중을 갈게요, 출장을 가요): 표준국어대사전 '가다' 「…을」 and '오다' 「…을」 (('…을' 앞에 동작성 명사가 오는
     * 경우)) 어떤 행동을 하기 위하여 움직여 자리를 옮기다, with 이사를 가다, 구경을 가다, 유학을 가다, 성묘를 가다;
     * the bare noun (이사 왔어요) is the same phrase with 을/를 dropped in speech (Lee &amp; Ramsey 2000). A thing or a
     * place with 을/를 before 가다/오다 (버스를 왔어요) is none of these (session 33, s33a).
     */
    static final Set<String> PURPOSE_OF_GOING = Set.of("이사", "여행", "출장", "유학", "구경", "산책", "등산", "소풍",
            "캠핑", "낚시", "쇼핑", "마중", "배웅", "견학", "답사", "심부름", "휴가", "문병", "병문안", "면회", "성묘",
            "수학여행", "신혼여행", "배낭여행", "연수", "어학연수", "피서", "나들이", "조문");

    /**
     * Verbs of bringing or delivering a thing to a place, whose destination takes 에 or (으)로 alike (302호에
     * 배달해 주세요 = 302호로 배달해 주세요; session 20, s20a). Source: 표준국어대사전 '배달하다' 「…에/에게 …을」,
     * '배송하다' 「…에/에게 …을」, '가져오다' 「…에/에게 …을」, '데려오다' 「…에/에게 …을」 (문형 정보); Sohn 1999,
     * on goal 에 and directional (으)로. Kept apart from {@link #GOAL_VERBS}, whose 에서 frame reading they do not
     * share (편의점에서 배달해요: the place it comes from). Lemmas as Nori gives them.
     */
    static final Set<String> BRINGING_VERBS = Set.of("배달하", "배송하", "가져오", "데려오");

    /**
     * Predicates that take no object: existence, motion, becoming, state (Sohn 1999, on verb valency).
     * Adjectives (VA) and the copula are intransitive by tag; these are the verbs among them.
     */
    static final Set<String> INTRANSITIVE = Set.of("있", "없", "계시", "가", "갈", "오", "되", "살", "앉", "자",
            "주무시", "걸리", "다니", "놀", "나가", "나오", "들어가", "들어오", "일하", "출발하", "도착하", "탑승하",
            "운동하", "여행하", "산책하", "멀", "가깝", "안녕하");

    /**
     * Verbal nouns whose verb in -하다 is one word, a headword of 표준국어대사전 (예약하다, 환승하다,
     * 일하다 …): written apart from 하다 without a particle (예약 했습니다) they break 한글 맞춤법 제2항
     * and the rule that a suffix is written with its stem (-하다 is a 접미사, 표준국어대사전 '-하다');
     * with a particle the noun is an object and the spacing is right (예약을 했습니다). The nouns of
     * koto's activities (hotel, travel, shopping, clinic, office, school); a closed list, extended by
     * the accepted answers of an activity ({@link Spacing#boundJoins(String, List)}).
     */
    static final Set<String> HADA_NOUNS = Set.of("예약", "환승", "포함", "주문", "계산", "결제", "포장", "연락", "전화",
            "공부", "운동", "일", "숙제", "청소", "요리", "쇼핑", "여행", "출근", "퇴근", "도착", "출발", "반납", "추천",
            "확인", "변경", "취소", "체크인", "체크아웃", "이사", "산책", "샤워", "세탁", "수리", "배달", "준비", "시작",
            "사용", "구경", "걱정", "생각", "약속", "결혼", "졸업", "입학", "입원", "퇴원", "축하", "노래", "대답", "질문",
            "설명", "소개", "부탁", "초대", "방문", "예매", "구매", "주차", "정리", "운전", "연습", "이용", "신청", "등록",
            "환불", "교환", "수선", "대여", "검사", "치료", "진료", "상담", "문의", "안내", "감사", "사과", "실례",
            "필요", "말", "외출", "식사", "외식", "면접", "회의", "발표", "복습", "예습", "수업", "근무", "야근",
            "휴식", "출장", "퇴사", "입사", "가입", "송금", "이체", "충전", "인출", "저금", "환전", "통화", "대화");

    /**
     * Roots and adverbs whose X하다 is one headword of 표준국어대사전 and whose X is no word that 하다
     * may follow apart: 어근 (미안하다, 죄송하다, 피곤하다, 깨끗하다 …: the root is no word of its own,
     * 표준국어대사전 marks it 「어근」) and mimetic adverbs (깜빡하다, 깜박하다, 반짝하다, 멍하다). Written
     * apart (깜빡 했어요, 미안 해) they break 한글 맞춤법 제2항 as {@link #HADA_NOUNS} do. Not 잘, 못, 더,
     * 덜, 안: 잘 하다, 못 하다 (cannot do), 더 하다 are right in some senses (국립국어원 온라인가나다).
     */
    static final Set<String> HADA_ROOTS = Set.of("깜빡", "깜박", "반짝", "미안", "죄송", "피곤", "깨끗", "조용",
            "따뜻", "시원", "심심", "궁금", "답답", "복잡", "간단", "편안", "불편", "친절", "솔직", "유명", "중요",
            "행복", "건강", "다양", "비슷", "똑똑", "부지런", "든든", "소중", "익숙", "충분", "확실", "정확");

    /**
     * Verbal nouns whose verb in -되다 is one word, a headword of 표준국어대사전 (포함되다, 예약되다,
     * 준비되다 …), written with the noun for the same reason as {@link #HADA_NOUNS}.
     */
    static final Set<String> DOEDA_NOUNS = Set.of("포함", "예약", "취소", "준비", "연결", "결제", "변경", "완료", "확인",
            "시작", "배달", "연기", "처리", "해결", "환불", "교환", "수리", "주차", "등록", "사용", "이용");
}
