package com.koto.console.lessons;

import com.koto.content.ActivityDocument;
import com.koto.content.LessonDocument;
import com.koto.content.StageDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Pure edits of a lesson document: the console builds the next draft with these and saves it whole. */
final class Drafts {

    private Drafts() {
    }

    static LessonDocument withDetails(LessonDocument d, Map<String, String> title, Map<String, String> description,
            LessonDocument.Level level, List<String> instructionLangs) {
        return new LessonDocument(d.format(), d.slug(), title, description, level, d.targetLang(), instructionLangs,
                d.stages());
    }

    /** Replaces the stage at {@code index}, or appends it when {@code index} is the stage count. */
    static LessonDocument withStage(LessonDocument d, int index, StageDocument stage) {
        List<StageDocument> stages = new ArrayList<>(d.stages());
        if (index == stages.size()) {
            stages.add(stage);
        } else {
            stages.set(index, stage);
        }
        return withStages(d, stages);
    }

    static LessonDocument withoutStage(LessonDocument d, int index) {
        List<StageDocument> stages = new ArrayList<>(d.stages());
        stages.remove(index);
        return withStages(d, stages);
    }

    /** Moves a stage so that it ends up at {@code to}. */
    static LessonDocument moveStage(LessonDocument d, int from, int to) {
        List<StageDocument> stages = new ArrayList<>(d.stages());
        stages.add(to, stages.remove(from));
        return withStages(d, stages);
    }

    /** Replaces the activity at {@code index} of a stage, or appends it when {@code index} is the count. */
    static LessonDocument withActivity(LessonDocument d, int stage, int index, ActivityDocument activity) {
        StageDocument s = d.stages().get(stage);
        List<ActivityDocument> activities = new ArrayList<>(s.activities());
        if (index == activities.size()) {
            activities.add(activity);
        } else {
            activities.set(index, activity);
        }
        return withStage(d, stage, withActivities(s, activities));
    }

    static LessonDocument withoutActivity(LessonDocument d, int stage, int index) {
        StageDocument s = d.stages().get(stage);
        List<ActivityDocument> activities = new ArrayList<>(s.activities());
        activities.remove(index);
        return withStage(d, stage, withActivities(s, activities));
    }

    /** Moves an activity within its stage so that it ends up at {@code to}. */
    static LessonDocument moveActivity(LessonDocument d, int stage, int from, int to) {
        StageDocument s = d.stages().get(stage);
        List<ActivityDocument> activities = new ArrayList<>(s.activities());
        activities.add(to, activities.remove(from));
        return withStage(d, stage, withActivities(s, activities));
    }

    static StageDocument withActivities(StageDocument s, List<ActivityDocument> activities) {
        return new StageDocument(s.key(), s.scene(), s.title(), s.objective(), activities);
    }

    static Set<String> stageKeys(LessonDocument d) {
        Set<String> keys = new HashSet<>();
        d.stages().forEach(s -> keys.add(s.key()));
        return keys;
    }

    static Set<String> activityKeys(LessonDocument d) {
        Set<String> keys = new HashSet<>();
        d.stages().forEach(s -> s.activities().forEach(a -> keys.add(a.key())));
        return keys;
    }

    /** {@code base}, or {@code base-2}, {@code base-3} … whichever is free. */
    static String freeKey(String base, Set<String> taken) {
        String key = base;
        for (int n = 2; taken.contains(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    /**
     * The words of an answer in an order that differs from it (when it has two different words),
     * reproducibly for the same answer and {@code round}.
     */
    static List<String> shuffledTiles(String answer, int round) {
        List<String> words = List.of(answer.strip().split("\\s+"));
        List<String> tiles = new ArrayList<>(words);
        if (new HashSet<>(words).size() < 2) {
            return tiles;
        }
        Random random = new Random(answer.hashCode() * 31L + round);
        do {
            Collections.shuffle(tiles, random);
        } while (tiles.equals(words));
        return tiles;
    }

    private static LessonDocument withStages(LessonDocument d, List<StageDocument> stages) {
        return new LessonDocument(d.format(), d.slug(), d.title(), d.description(), d.level(), d.targetLang(),
                d.instructionLangs(), stages);
    }
}
