package com.koto.console.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.console.ConsoleTest;
import com.koto.content.ActivityDocument;
import com.koto.content.LessonChange;
import com.koto.content.LessonDocument;
import com.koto.content.internal.LessonDocuments;
import com.koto.content.LessonHistory;
import com.koto.content.LessonLibrary;
import com.koto.content.LessonTransfer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The lesson editor: structure, per-type activity editors with their validation, preview, play, publish, versions. */
@WithMockUser(username = "teacher-ann", roles = "TEACHER")
class LessonEditorTest extends ConsoleTest {

    @Autowired
    LessonLibrary library;
    @Autowired
    LessonHistory history;
    @Autowired
    LessonTransfer transfer;

    private UUID lessonId;

    @BeforeEach
    void freshCafeLesson() {
        lessonId = library.importAsDraft(LessonsViewTest.demo("cafe-ordering"));
        library.publish(lessonId, "v1");
    }

    private LessonEditorView open() {
        return navigate("lessons/" + lessonId, LessonEditorView.class);
    }

    private LessonDocument draft() {
        return library.draft(lessonId);
    }

    @SuppressWarnings("unchecked")
    private Grid<StructurePanel.StageItem> stages() {
        return find(Grid.class).withId("stages").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<StructurePanel.ActivityItem> activities() {
        return find(Grid.class).withId("activities").single();
    }

    private void openActivity(int stage, int activity) {
        test(stages()).clickRow(stage);
        test(activities()).clickRow(activity);
    }

    private void click(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    private ActivityEditor activityEditor() {
        return find(ActivityEditor.class).single();
    }

    private void addActivity(String typeLabel) {
        new MenuBarTester<>(find(MenuBar.class).withId("add-activity").single()).clickItem("Add activity", typeLabel);
    }

    @Test
    void openingAndSavingEveryDemoActivityChangesNothing() {
        open();
        LessonDocument before = draft();
        for (int s = 0; s < before.stages().size(); s++) {
            for (int a = 0; a < before.stages().get(s).activities().size(); a++) {
                openActivity(s, a);
                ActivityDocument original = before.stages().get(s).activities().get(a);
                assertThat(activityEditor().build()).as(original.key()).isEqualTo(original);
                click("save-activity");
            }
            test(stages()).clickRow(s);
            click("save-stage");
        }
        test(find(TabSheet.class).withId("editor-tabs").single()).select(1);
        click("save-details");
        assertThat(draft()).isEqualTo(before);
        assertThat(history.changes(lessonId)).extracting(LessonChange::action)
                .doesNotContain(LessonChange.Action.EDITED);
        String slug = library.draftSlug(lessonId);
        try (var in = getClass().getResourceAsStream("/content/demo/cafe-ordering.json")) {
            assertThat(new String(transfer.export(lessonId), StandardCharsets.UTF_8)).isEqualTo(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"slug\": \"cafe-ordering\"",
                            "\"slug\": \"" + slug + "\""));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDialogueNeedsKoreanTextAndAnAcceptedAnswer() {
        open();
        test(stages()).clickRow(0);
        addActivity("Dialogue");
        ActivityEditor editor = activityEditor();
        test(editor.fields.key).setValue("greet-again");
        test(editor.fields.tutorLine).setValue("Hello again!");
        click("save-activity");
        assertThat(editor.fields.tutorLine.isInvalid()).isTrue();
        assertThat(editor.fields.tutorLine.getErrorMessage()).isEqualTo("The tutor line must be Korean (contain Hangul).");
        assertThat(((TypeForm.Dialogue) editor.form()).answers.isInvalid()).isTrue();
        assertThat(((TypeForm.Dialogue) editor.form()).answers.getErrorMessage()).isEqualTo("A Dialogue activity needs at least one accepted answer.");
        assertThat(((TextArea) editor.fields.instruction.input("id")).getErrorMessage())
                .isEqualTo("The instruction in Indonesian (id) is missing.");
        assertThat(draft().activityCount()).isEqualTo(11);

        // answers are checked as they are typed: no Hangul, final punctuation, listed twice
        TextField first = ((TypeForm.Dialogue) editor.form()).answers.inputs().getFirst();
        test(first).setValue("hello");
        assertThat(first.getErrorMessage()).isEqualTo("The answer “hello” contains no Hangul.");
        test(first).setValue("또 왔어요.");
        assertThat(first.getErrorMessage()).contains("without final punctuation");
        test(first).setValue("또 왔어요");
        assertThat(first.isInvalid()).isFalse();

        test(editor.fields.tutorLine).setValue("또 오셨네요!");
        test((TextField) editor.fields.tutorLineTranslation.input("en")).setValue("You're back!");
        test((TextField) editor.fields.tutorLineTranslation.input("id")).setValue("Anda datang lagi!");
        test((TextArea) editor.fields.instruction.input("en")).setValue("Say you came again.");
        test((TextArea) editor.fields.instruction.input("id")).setValue("Katakan Anda datang lagi.");
        test(editor.fields.successReply).setValue("반가워요!");
        test((TextField) editor.fields.successReplyTranslation.input("en")).setValue("Nice to see you!");
        test((TextField) editor.fields.successReplyTranslation.input("id")).setValue("Senang bertemu!");
        test((TextField) editor.fields.hint.input("en")).setValue("Use 또.");
        test((TextField) editor.fields.hint.input("id")).setValue("Pakai 또.");
        click("save-activity");

        ActivityDocument saved = draft().stages().getFirst().activities().getLast();
        assertThat(saved.key()).isEqualTo("greet-again");
        assertThat(saved.acceptedAnswers()).containsExactly("또 왔어요");
        assertThat(find(Div.class).withId("problems").single().getClassNames()).contains("koto-ready");
        assertThat(activityEditor().fields.key.getValue()).isEqualTo("greet-again");
    }

    @Test
    void aDuplicateKeyIsFlagged() {
        open();
        openActivity(0, 1);
        test(activityEditor().fields.key).setValue("greet-barista");
        click("save-activity");
        assertThat(activityEditor().fields.key.getErrorMessage())
                .isEqualTo("Another activity of this lesson already uses this key.");
    }

    @Test
    void stagesAndActivitiesReorderWithTheArrows() {
        open();
        test(stages()).clickRow(0);
        moveButton(stages(), 0, "koto-move-down").click();
        assertThat(draft().stages()).extracting(s -> s.key()).startsWith("ordering", "greeting");
        test(stages()).clickRow(1);
        moveButton(activities(), 1, "koto-move-up").click();
        assertThat(draft().stages().get(1).activities()).extracting(ActivityDocument::key)
                .containsExactly("ask-recommendation", "greet-barista");
        assertThat(StructureGrids.dropIndex(0, 2, com.vaadin.flow.component.grid.dnd.GridDropLocation.BELOW))
                .isEqualTo(2);
        assertThat(StructureGrids.dropIndex(3, 0, com.vaadin.flow.component.grid.dnd.GridDropLocation.ABOVE))
                .isEqualTo(0);
    }

    @Test
    void theLivePreviewShowsTheEvaluatorsCorrection() {
        open();
        openActivity(1, 0);
        test(find(TextField.class).withId("preview-answer").single()).setValue("아메리카노을 한 잔 주세요");
        click("preview-check");
        Div result = find(Div.class).withId("preview-result").single();
        EvaluationCard card = find(EvaluationCard.class).from(result).single();
        // the lesson's first instruction language (Indonesian) first, as the learner's pack words it
        assertThat(card.getElement().getTextRecursively()).contains("Not accepted").contains("85 / 100")
                .contains("아메리카노을 → 아메리카노를").contains("Particle form")
                .contains("Seharusnya: 아메리카노를 한 잔 주세요");
        test(find(Select.class).withId("preview-language").single()).selectItem("English (en)");
        click("preview-check");
        assertThat(find(EvaluationCard.class).single().getElement().getTextRecursively())
                .contains("It should be: 아메리카노를 한 잔 주세요").contains("Use 을 after a consonant");
    }

    @Test
    void fillBlankAndOrderingHaveTheirOwnEditors() {
        open();
        test(stages()).clickRow(1);
        addActivity("Fill in the blank");
        ActivityEditor blank = activityEditor();
        fillCommon(blank);
        test(((TypeForm.FillBlank) blank.form()).sentence).setValue("물 한 잔 주세요");
        test(((TypeForm.FillBlank) blank.form()).answers.inputs().getFirst()).setValue("잔");
        click("save-activity");
        assertThat(((TypeForm.FillBlank) blank.form()).sentence.getErrorMessage()).isEqualTo("The sentence must contain exactly one ___, it has 0.");
        test(((TypeForm.FillBlank) blank.form()).sentence).setValue("물 한 ___ 주세요");
        click("save-activity");
        assertThat(draft().stages().get(1).activities().getLast().sentence()).isEqualTo("물 한 ___ 주세요");

        addActivity("Word order");
        ActivityEditor ordering = activityEditor();
        fillCommon(ordering);
        test(((TypeForm.Ordering) ordering.form()).answers.inputs().getFirst()).setValue("물 한 잔 주세요");
        List<String> tiles = ((TypeForm.Ordering) ordering.form()).tiles.getValue();
        assertThat(tiles).containsExactlyInAnyOrder("물", "한", "잔", "주세요").isNotEqualTo(List.of("물", "한", "잔", "주세요"));
        click("shuffle-tiles");
        assertThat(((TypeForm.Ordering) ordering.form()).tiles.getValue()).containsExactlyInAnyOrder("물", "한", "잔", "주세요");
        // the preview offers the tiles to tap
        assertThat(find(Button.class).withClassName("koto-tile-button").all()).hasSize(4);
        click("save-activity");
        ActivityDocument saved = draft().stages().get(1).activities().getLast();
        assertThat(saved.type()).isEqualTo(com.koto.content.ActivityType.ORDERING);
        assertThat(saved.tiles()).containsExactlyInAnyOrder("물", "한", "잔", "주세요");
    }

    @Test
    void aChoiceNeedsExactlyOneCorrectOption() {
        open();
        openActivity(1, 1);
        ActivityEditor editor = activityEditor();
        OptionsField.Row second = ((TypeForm.Choice) editor.form()).options.rows().get(0);
        test(second.correct()).click();
        assertThat(((TypeForm.Choice) editor.form()).options.getValue().stream().filter(ActivityDocument.OptionDocument::correct).count())
                .isEqualTo(1);
        test(((TypeForm.Choice) editor.form()).options.rows().get(2).text()).setValue("카페라테 두 잔 주세요");
        assertThat(((TypeForm.Choice) editor.form()).options.rows().get(2).text().getErrorMessage())
                .isEqualTo("The option “카페라테 두 잔 주세요” is listed twice.");
    }

    @Test
    void aStageNeedsAKoreanTitle() {
        open();
        click("add-stage");
        StageEditor stage = find(StageEditor.class).single();
        test(find(TextField.class).withId("stage-key").single()).setValue("farewell");
        click("save-stage");
        assertThat(draft().stages()).hasSize(4);
        var title = find(com.koto.console.ui.TranslationsField.class).withId("stage-title").single();
        assertThat(((TextField) title.input("ko")).getErrorMessage()).isEqualTo("The Korean title must contain Hangul.");
        test((TextField) title.input("ko")).setValue("작별 인사");
        var objective = find(com.koto.console.ui.TranslationsField.class).withId("stage-objective").single();
        test((TextArea) objective.input("ko")).setValue("인사하고 나가요.");
        click("save-stage");
        assertThat(draft().stages()).hasSize(5);
        assertThat(draft().stages().getLast().key()).isEqualTo("farewell");
        assertThat(stage).isNotNull();
    }

    @Test
    void playWalksThroughTheDraftAsALearner() {
        open();
        click("play-lesson");
        assertThat(find(Paragraph.class).withId("play-instruction").single().getText())
                .isEqualTo("Barista menyambut Anda. Balas sapaannya dengan sopan.");
        test(find(TextField.class).withId("play-answer").single()).setValue("안녕");
        click("play-submit");
        assertThat(find(Div.class).withId("play-result").single().getElement().getTextRecursively())
                .contains("Not accepted").contains("Petunjuk");
        test(find(TextField.class).withId("play-answer").single()).setValue("안녕하세요");
        click("play-submit");
        click("play-next");
        assertThat(find(Paragraph.class).withId("play-instruction").single().getText())
                .startsWith("Anda masih bingung");
    }

    @Test
    void publishShowsTheChangesThenVersionsRestoreAndDiscard() {
        open();
        openActivity(0, 0);
        test((TextField) activityEditor().fields.hint.input("en")).setValue("Just say hello politely.");
        click("save-activity");
        LessonEditorView view = (LessonEditorView) getCurrentView();
        assertThat(view.lesson().unpublishedChanges()).isTrue();

        click("publish");
        UnorderedList changes = find(UnorderedList.class).withId("publish-changes").single();
        // named by the activity's line and the stage's title, with what changed in the field
        assertThat(changes.getElement().getTextRecursively())
                .startsWith("Dialogue “어서 오세요!” (stage “Saying hello”) changed: hint")
                .endsWith("→ “Just say hello politely.”");
        test(find(TextArea.class).withId("change-note").single()).setValue("Simpler hint");
        click("confirm-publish");
        assertThat(library.get(lessonId).latestVersion()).isEqualTo(2);
        assertThat(history.versions(lessonId).getFirst().changeNote()).isEqualTo("Simpler hint");

        test(find(TabSheet.class).withId("editor-tabs").single()).select(2);
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("version-diff").single().getElement().getTextRecursively())
                .isEqualTo("No differences.");
        test(find(Select.class).withId("compare-to").single()).selectItem("v1");
        assertThat(find(com.vaadin.flow.component.html.Div.class).withId("version-diff").single().getElement().getTextRecursively())
                .contains("changed: hint");
        @SuppressWarnings("unchecked")
        Grid<com.koto.content.LessonVersionInfo> versions = find(Grid.class).withId("versions-grid").single();
        Button restore = (Button) test(versions).getCellComponent(1, 5).getChildren()
                .filter(c -> c.getId().orElse("").equals("restore-v1")).findFirst().orElseThrow();
        test(restore).click();
        test(find(ConfirmDialog.class).withId("restore-confirm").single()).confirm();
        assertThat(draft()).isEqualTo(history.version(lessonId, 1));
        assertThat(library.get(lessonId).unpublishedChanges()).isTrue();

        click("discard-draft");
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(draft()).isEqualTo(history.version(lessonId, 2));
        assertThat(history.changes(lessonId)).extracting(LessonChange::author).containsOnly("teacher-ann");
    }

    /** The up/down arrow of a row (grid cells are rendered on demand, so they are looked up through the grid). */
    private com.vaadin.flow.component.button.ButtonTester<Button> moveButton(Grid<?> grid, int row, String className) {
        int column = grid.getColumns().size() - 1;
        Button button = (Button) test(grid).getCellComponent(row, column).getChildren()
                .filter(c -> c.getClassNames().contains(className)).findFirst().orElseThrow();
        return test(button);
    }

    private void fillCommon(ActivityEditor editor) {
        test(editor.fields.tutorLine).setValue("뭐 드릴까요?");
        for (String lang : List.of("en", "id")) {
            test((TextField) editor.fields.tutorLineTranslation.input(lang)).setValue("What would you like?");
            test((TextArea) editor.fields.instruction.input(lang)).setValue("Order water.");
            test((TextField) editor.fields.successReplyTranslation.input(lang)).setValue("Here you are.");
            test((TextField) editor.fields.hint.input(lang)).setValue("Use 잔.");
        }
        test(editor.fields.successReply).setValue("여기 있어요.");
    }

    static LessonDocument read(byte[] bytes) {
        return new LessonDocuments().read(bytes);
    }
}
