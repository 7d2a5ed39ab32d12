package com.koto.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two versions of a lesson, as a short list a teacher can read: stages and
 * activities matched by key (a renamed key counts as removed + added), moves found as the items
 * outside the longest common order. Pure and thread-safe.
 */
public final class LessonDiff {

    private LessonDiff() {
    }

    /** Kinds of change. */
    public enum Kind {
        LESSON_CHANGED, STAGE_ADDED, STAGE_REMOVED, STAGE_MOVED, STAGE_CHANGED,
        ACTIVITY_ADDED, ACTIVITY_REMOVED, ACTIVITY_MOVED, ACTIVITY_CHANGED
    }

    /**
     * One change.
     *
     * @param kind     what happened
     * @param stage    stage key (for activities: the stage it is in now, or was in when removed)
     * @param activity activity key, {@code null} for lesson and stage changes
     * @param fields   for {@code *_CHANGED}: the changed fields by file name ({@code title}, {@code accepted_answers}, …)
     */
    public record Change(Kind kind, String stage, String activity, List<String> fields) {

        public Change {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        /** English, e.g. {@code "Activity 'greet' (stage 'cafe') changed: hint, tutor_line"}. */
        public String describe() {
            String f = String.join(", ", fields);
            return switch (kind) {
                case LESSON_CHANGED -> "Lesson changed: " + f;
                case STAGE_ADDED -> "Stage '" + stage + "' added";
                case STAGE_REMOVED -> "Stage '" + stage + "' removed";
                case STAGE_MOVED -> "Stage '" + stage + "' moved";
                case STAGE_CHANGED -> "Stage '" + stage + "' changed: " + f;
                case ACTIVITY_ADDED -> "Activity '" + activity + "' (stage '" + stage + "') added";
                case ACTIVITY_REMOVED -> "Activity '" + activity + "' (stage '" + stage + "') removed";
                case ACTIVITY_MOVED -> "Activity '" + activity + "' moved to stage '" + stage + "'";
                case ACTIVITY_CHANGED -> "Activity '" + activity + "' (stage '" + stage + "') changed: " + f;
            };
        }
    }

    /**
     * The changes that turn {@code before} into {@code after}.
     *
     * @return empty when both have the same content
     */
    public static List<Change> between(LessonDocument before, LessonDocument after) {
        List<Change> changes = new ArrayList<>();
        List<String> lessonFields = new ArrayList<>();
        field(lessonFields, "title", before.title(), after.title());
        field(lessonFields, "description", before.description(), after.description());
        field(lessonFields, "level", before.level(), after.level());
        field(lessonFields, "instruction_langs", before.instructionLangs(), after.instructionLangs());
        if (!lessonFields.isEmpty()) {
            changes.add(new Change(Kind.LESSON_CHANGED, null, null, lessonFields));
        }

        Map<String, StageDocument> oldStages = byKey(before.stages(), StageDocument::key);
        Map<String, StageDocument> newStages = byKey(after.stages(), StageDocument::key);
        Set<String> movedStages = moved(before.stages().stream().map(StageDocument::key).toList(),
                after.stages().stream().map(StageDocument::key).toList());

        Map<String, String> oldStageOf = new HashMap<>();
        Map<String, ActivityDocument> oldActivities = new LinkedHashMap<>();
        for (StageDocument s : before.stages()) {
            for (ActivityDocument a : s.activities()) {
                oldStageOf.putIfAbsent(a.key(), s.key());
                oldActivities.putIfAbsent(a.key(), a);
            }
        }
        Set<String> newActivityKeys = new HashSet<>();
        after.stages().forEach(s -> s.activities().forEach(a -> newActivityKeys.add(a.key())));

        for (StageDocument s : after.stages()) {
            StageDocument old = oldStages.get(s.key());
            if (old == null) {
                changes.add(new Change(Kind.STAGE_ADDED, s.key(), null, null));
            } else {
                if (movedStages.contains(s.key())) {
                    changes.add(new Change(Kind.STAGE_MOVED, s.key(), null, null));
                }
                List<String> fields = new ArrayList<>();
                field(fields, "scene", old.scene(), s.scene());
                field(fields, "title", old.title(), s.title());
                field(fields, "objective", old.objective(), s.objective());
                if (!fields.isEmpty()) {
                    changes.add(new Change(Kind.STAGE_CHANGED, s.key(), null, fields));
                }
            }
            Set<String> movedWithin = old == null ? Set.of()
                    : moved(old.activities().stream().map(ActivityDocument::key).toList(),
                            s.activities().stream().map(ActivityDocument::key).toList());
            for (ActivityDocument a : s.activities()) {
                ActivityDocument oldActivity = oldActivities.get(a.key());
                if (oldActivity == null) {
                    changes.add(new Change(Kind.ACTIVITY_ADDED, s.key(), a.key(), null));
                    continue;
                }
                if (movedWithin.contains(a.key()) || !s.key().equals(oldStageOf.get(a.key()))) {
                    changes.add(new Change(Kind.ACTIVITY_MOVED, s.key(), a.key(), null));
                }
                List<String> fields = activityFields(oldActivity, a);
                if (!fields.isEmpty()) {
                    changes.add(new Change(Kind.ACTIVITY_CHANGED, s.key(), a.key(), fields));
                }
            }
        }
        for (Map.Entry<String, ActivityDocument> e : oldActivities.entrySet()) {
            if (!newActivityKeys.contains(e.getKey())) {
                changes.add(new Change(Kind.ACTIVITY_REMOVED, oldStageOf.get(e.getKey()), e.getKey(), null));
            }
        }
        for (StageDocument s : before.stages()) {
            if (!newStages.containsKey(s.key())) {
                changes.add(new Change(Kind.STAGE_REMOVED, s.key(), null, null));
            }
        }
        return changes;
    }

    private static List<String> activityFields(ActivityDocument a, ActivityDocument b) {
        List<String> fields = new ArrayList<>();
        field(fields, "type", a.type(), b.type());
        field(fields, "difficulty", a.difficulty(), b.difficulty());
        field(fields, "register", a.register(), b.register());
        field(fields, "tutor_line", a.tutorLine(), b.tutorLine());
        field(fields, "tutor_line_translation", a.tutorLineTranslation(), b.tutorLineTranslation());
        field(fields, "instruction", a.instruction(), b.instruction());
        field(fields, "sentence", a.sentence(), b.sentence());
        field(fields, "tiles", a.tiles(), b.tiles());
        field(fields, "accepted_answers", a.acceptedAnswers(), b.acceptedAnswers());
        field(fields, "patterns", a.patterns(), b.patterns());
        field(fields, "options", a.options(), b.options());
        field(fields, "success_reply", a.successReply(), b.successReply());
        field(fields, "success_reply_translation", a.successReplyTranslation(), b.successReplyTranslation());
        field(fields, "hint", a.hint(), b.hint());
        return fields;
    }

    private static void field(List<String> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(name);
        }
    }

    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.putIfAbsent(key.apply(i), i));
        return map;
    }

    /** The common items of two orders that are not in their longest common subsequence. */
    private static Set<String> moved(List<String> before, List<String> after) {
        Set<String> inAfter = new HashSet<>(after);
        Set<String> inBefore = new HashSet<>(before);
        List<String> a = before.stream().filter(inAfter::contains).toList();
        List<String> b = after.stream().filter(inBefore::contains).toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Set<String> kept = new HashSet<>();
        for (int i = 0, j = 0; i < a.size() && j < b.size();) {
            if (a.get(i).equals(b.get(j))) {
                kept.add(a.get(i));
                i++;
                j++;
            } else if (lcs[i + 1][j] > lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        Set<String> moved = new HashSet<>(b);
        moved.removeAll(kept);
        return moved;
    }
}
