package com.koto.evaluation.rules;

import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.text.Hangul;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The 르-irregular verbs and adjectives written on an ㄹ-stem reading, on the learner's own words whatever the accepted
 * answer (session 34, s34c). The stems and how each is told wrong are data, {@code evaluation/reu-verbs.json}
 * (표준국어대사전 '르 불규칙 활용' and each stem's 활용; 한글 맞춤법 제18항 9; Yeon &amp; Brown 2011, the 르-irregular verbs):
 * <ul>
 * <li>{@code irregular/reu_kept} (ending): the doubled ㄹ of 잘라/불러 before a consonant ending, where the stem is as in
 * the dictionary: 잘르고 → 자르고, 몰르는 → 모르는, 빨르지만 → 빠르지만, 서둘르세요 → 서두르세요. No word of the standard
 * begins with these letters, so every listed stem is judged;</li>
 * <li>{@code irregular/reu} (ending): the -아/어 form (and the past -았/었-) written without the 르 syllable's ㄹ: 노래를
 * 잘 불었어 → 불렀어, 머리를 잘았어요 → 잘랐어요, 옷을 골았어요 → 골랐어요, 물이 흘어요 → 흘러요. The letters are often
 * the -아/어 form of an ㄹ-stem of its own (불다 'blow', 골다 'snore', 몰다 'drive', 길다 'long'), so each stem says in
 * the data when the 르 verb is certain: always (no such ㄹ-stem: 오르, 흐르, 바르, 서두르); with an object in the clause
 * (the homograph is an adjective or intransitive: 잘다, 길다, 눌다, 질다); with one of the listed objects (노래를 불었어,
 * while 풍선을 불었어 is 불다) or subjects (버스가 빨아요, 목이 말았어요). The clause is the words before the verb back
 * to the previous predicate.</li>
 * </ul>
 */
final class ReuForms {

    static final String LOCATION = "evaluation/reu-verbs.json";

    /** The subtypes this class reports, each the learner's own form repaired by the conjugation rule. */
    static final Set<String> REPAIRS = Set.of("irregular/reu", "irregular/reu_kept");

    /** One 르 stem: how its ㄹ-dropped form is told wrong, and the nouns that tell it. */
    private record Stem(String dropped, Set<String> objects, Set<String> subjects) {
    }

    private static final Map<String, Stem> STEMS = new LinkedHashMap<>();

    static {
        JsonNode root = DataFiles.read(LOCATION);
        for (Map.Entry<String, JsonNode> e : root.path("stems").properties()) {
            Set<String> objects = new HashSet<>();
            e.getValue().path("objects").forEach(n -> objects.add(n.asString()));
            Set<String> subjects = new HashSet<>();
            e.getValue().path("subjects").forEach(n -> subjects.add(n.asString()));
            STEMS.put(e.getKey(), new Stem(e.getValue().path("dropped").asString(), objects, subjects));
        }
    }

    /** What may follow the -아/어 syllable inside the word (잘라, 잘라요, 잘라서, 잘라도 …). */
    private static final Set<String> AFTER_INFINITIVE = Set.of("", "요", "서", "서요", "도", "도요", "야", "야지", "야죠",
            "야 돼요", "주세요", "줘", "줘요", "줄래", "볼래", "봐", "봐요", "보세요", "라");
    /** What may begin the rest after the past -았/었- (잘랐어요, 불렀습니다, 불렀다, 골랐는데 …). */
    private static final List<String> AFTER_PAST = List.of("어", "습니", "다", "지", "는데", "고", "으면", "을", "던", "네",
            "나요", "죠");
    /** Object particles; subject and topic particles. */
    private static final Set<String> OBJECT = Set.of("을", "를", "도", "은", "는", "");
    private static final Set<String> SUBJECT = Set.of("이", "가", "도", "은", "는", "");

    private ReuForms() {
    }

    /** Whether the data lists the stem (dictionary form without 다) as 르-irregular. */
    static boolean listed(String stem) {
        return STEMS.containsKey(stem);
    }

    /**
     * @param raw the answer as typed
     * @return the findings, the learner's word → the word conjugated; empty when there are none
     */
    static List<Finding> find(String raw) {
        List<Finding> out = new ArrayList<>();
        for (List<String> words : SpeechLevels.ownSentences(raw)) {
            for (int i = 0; i < words.size(); i++) {
                String w = words.get(i);
                Finding f = kept(w);
                if (f == null) {
                    f = dropped(words, i);
                }
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The 르 stem's syllable before 르 with the final ㄹ (자 → 잘, 서두 → 서둘); null where it has a final. */
    private static String doubledHead(String stem) {
        String head = stem.substring(0, stem.length() - 1);
        if (head.isEmpty()) {
            return null;
        }
        char c = head.charAt(head.length() - 1);
        if (!Hangul.isSyllable(c) || Hangul.hasFinal(c)) {
            return null;
        }
        return head.substring(0, head.length() - 1) + (char) (c + Hangul.Final.L);
    }

    /** 잘르고 → 자르고: the doubled ㄹ before a consonant ending; null where the word is none. */
    private static Finding kept(String w) {
        for (String stem : STEMS.keySet()) {
            String head = doubledHead(stem);
            if (head == null || !w.startsWith(head + "르") || w.length() <= head.length() + 1) {
                continue;
            }
            String rest = w.substring(head.length() + 1);
            char next = rest.charAt(0);
            if (!Hangul.isSyllable(next)) {
                continue;
            }
            return new Finding(ErrorCategory.ENDING, w, stem + rest, "irregular/reu_kept");
        }
        return null;
    }

    /** 노래를 불었어 → 불렀어: the -아/어 form without the doubled ㄹ, where the data says the 르 verb is certain. */
    private static Finding dropped(List<String> words, int i) {
        String w = words.get(i);
        for (Map.Entry<String, Stem> e : STEMS.entrySet()) {
            String stem = e.getKey();
            String kind = e.getValue().dropped();
            String head = doubledHead(stem);
            if ("never".equals(kind) || head == null || !w.startsWith(head) || w.length() <= head.length()) {
                continue;
            }
            char v = w.charAt(head.length());
            boolean past = v == '았' || v == '었';
            if (v != '아' && v != '어' && !past) {
                continue;
            }
            String rest = w.substring(head.length() + 1);
            if (past ? !rest.isEmpty() && AFTER_PAST.stream().noneMatch(rest::startsWith) : !AFTER_INFINITIVE.contains(rest)) {
                continue;
            }
            if (!certain(kind, e.getValue(), words, i)) {
                continue;
            }
            char before = head.charAt(head.length() - 1);
            int medial = Hangul.medialIndex(before);
            boolean bright = medial == Hangul.Medial.A || medial == Hangul.Medial.O;
            String syllable = past ? (bright ? "랐" : "렀") : (bright ? "라" : "러");
            return new Finding(ErrorCategory.ENDING, w, head + syllable + rest, "irregular/reu");
        }
        return null;
    }

    /** Whether the clause before word {@code i} tells the 르 verb, by the stem's kind. */
    private static boolean certain(String kind, Stem stem, List<String> words, int i) {
        if ("always".equals(kind)) {
            return true;
        }
        List<Morphology.Word> analysed = SpeechLevels.analysed(String.join(" ", words));
        if (analysed.size() != words.size()) {
            return false;
        }
        boolean object = false;
        boolean listedObject = false;
        boolean listedSubject = false;
        for (int k = i - 1; k >= 0; k--) {
            Morphology.Word a = analysed.get(k);
            if (a.verbal() && !a.startsWith("NNG", "NNP", "NP")) {
                break; // the previous predicate ends the clause
            }
            if (!a.startsWith("NNG", "NNP", "NP", "SL")) {
                continue;
            }
            String[] sp = ArgumentCheck.stemAndParticle(words.get(k));
            boolean objectMarked = a.endsWith("JKO");
            object |= objectMarked;
            if (stem.objects().contains(sp[0]) && (objectMarked || OBJECT.contains(sp[1]))) {
                listedObject = true;
            }
            if (stem.subjects().contains(sp[0]) && (a.endsWith("JKS") || SUBJECT.contains(sp[1]))) {
                listedSubject = true;
            }
        }
        return switch (kind) {
            case "object" -> object;
            case "objects" -> listedObject || listedSubject && !object;
            case "subjects" -> listedSubject && !object;
            default -> false;
        };
    }
}
