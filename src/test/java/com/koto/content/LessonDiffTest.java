package com.koto.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.content.LessonDiff.Change;
import com.koto.content.LessonDiff.Kind;
import com.koto.content.internal.LessonDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LessonDiffTest {

    private final LessonDocument cafe = new LessonDocuments().read(LessonFilesTest.demo("cafe-ordering"));

    @Test
    void sameContentHasNoChanges() {
        assertThat(LessonDiff.between(cafe, cafe)).isEmpty();
    }

    @Test
    void reportsEditedFieldsAddedRemovedAndMovedItems() {
        List<StageDocument> stages = new ArrayList<>(cafe.stages());
        StageDocument greeting = stages.get(0);
        List<ActivityDocument> activities = new ArrayList<>(greeting.activities());
        ActivityDocument greet = activities.get(0);
        activities.set(0, new ActivityDocument(greet.key(), greet.type(), 3, greet.register(), greet.tutorLine(),
                greet.tutorLineTranslation(), greet.instruction(), List.of("안녕하세요"), greet.patterns(),
                greet.options(), greet.successReply(), greet.successReplyTranslation(), greet.hint()));
        activities.add(0, activities.remove(1)); // ask-recommendation before greet-barista
        stages.set(0, new StageDocument(greeting.key(), "street", greeting.title(), greeting.objective(), activities));
        stages.add(0, stages.remove(3)); // paying first
        stages.remove(3); // drink-options gone
        LessonDocument after = new LessonDocument(cafe.format(), cafe.slug(), Map.of("ko", "카페", "en", "Cafe"),
                cafe.description(), cafe.level(), cafe.targetLang(), cafe.instructionLangs(), stages);

        List<Change> diff = LessonDiff.between(cafe, after);

        assertThat(diff).containsExactly(
                new Change(Kind.LESSON_CHANGED, null, null, List.of("title")),
                new Change(Kind.STAGE_MOVED, "paying", null, null),
                new Change(Kind.STAGE_CHANGED, "greeting", null, List.of("scene")),
                new Change(Kind.ACTIVITY_MOVED, "greeting", "ask-recommendation", null),
                new Change(Kind.ACTIVITY_CHANGED, "greeting", "greet-barista", List.of("difficulty", "accepted_answers")),
                new Change(Kind.ACTIVITY_REMOVED, "drink-options", "hot-or-iced", null),
                new Change(Kind.ACTIVITY_REMOVED, "drink-options", "choose-size", null),
                new Change(Kind.ACTIVITY_REMOVED, "drink-options", "here-or-to-go", null),
                new Change(Kind.STAGE_REMOVED, "drink-options", null, null));
        assertThat(diff.get(4).describe())
                .isEqualTo("Activity 'greet-barista' (stage 'greeting') changed: difficulty, accepted_answers");
    }

    @Test
    void anActivityMovedToAnotherStageIsAMove() {
        List<StageDocument> stages = new ArrayList<>(cafe.stages());
        StageDocument first = stages.get(0);
        StageDocument second = stages.get(1);
        List<ActivityDocument> a = new ArrayList<>(first.activities());
        List<ActivityDocument> b = new ArrayList<>(second.activities());
        b.add(a.remove(1));
        stages.set(0, new StageDocument(first.key(), first.scene(), first.title(), first.objective(), a));
        stages.set(1, new StageDocument(second.key(), second.scene(), second.title(), second.objective(), b));
        LessonDocument after = new LessonDocument(cafe.format(), cafe.slug(), cafe.title(), cafe.description(),
                cafe.level(), cafe.targetLang(), cafe.instructionLangs(), stages);

        assertThat(LessonDiff.between(cafe, after))
                .containsExactly(new Change(Kind.ACTIVITY_MOVED, "ordering", "ask-recommendation", null));
    }
}
