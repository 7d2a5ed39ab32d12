package com.koto.console.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.content.LessonStatus;
import com.koto.content.LessonListItem;
import com.koto.console.ConsoleTest;
import com.koto.content.DraftLesson;
import com.koto.content.LessonDocument;
import com.koto.content.internal.LessonDocuments;
import com.koto.content.LessonLibrary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "teacher-ann", roles = "TEACHER")
class LessonsViewTest extends ConsoleTest {

    @Autowired
    LessonLibrary library;

    static LessonDocument demo(String slug) {
        try (InputStream in = LessonsViewTest.class.getResourceAsStream("/content/demo/" + slug + ".json")) {
            return new LessonDocuments().read(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the list afresh (the browserless UI starts on it; navigating to it again would keep the old one). */
    private void openList() {
        navigate(com.koto.console.packs.LangPacksView.class);
        navigate(LessonsView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<LessonListItem> grid() {
        return find(Grid.class).withId("lessons").single();
    }

    private java.util.List<LessonListItem> rows() {
        var tester = test(grid());
        return java.util.stream.IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return find(Select.class).withId(id).single();
    }

    @Test
    void listsEveryLessonAndFiltersByTextLevelStatusAndLanguage() {
        openList();
        assertThat(rows()).extracting(LessonListItem::slug).contains("cafe-ordering", "airport-checkin");
        assertThat(find(H2.class).single().getText()).isEqualTo("Lessons");

        test(find(TextField.class).withId("lesson-search").single()).setValue("check-in");
        assertThat(rows()).extracting(LessonListItem::slug).contains("airport-checkin")
                .allMatch(slug -> slug.startsWith("airport-checkin"));
        test(find(TextField.class).withId("lesson-search").single()).setValue("");

        test(select("filter-cefr")).selectItem("C2");
        assertThat(rows()).isEmpty();
        test(select("filter-cefr")).selectItem("A1");
        assertThat(rows()).extracting(LessonListItem::slug).contains("cafe-ordering");

        test(select("filter-status")).selectItem("Archived");
        assertThat(rows()).allMatch(l -> l.status() == LessonStatus.ARCHIVED);
        test(select("filter-status")).selectItem("Published");
        assertThat(rows()).isNotEmpty().allMatch(l -> l.status() == LessonStatus.PUBLISHED);

        test(select("filter-language")).selectItem("Indonesian (id)");
        assertThat(rows()).isNotEmpty().allMatch(l -> l.instructionLangs().contains("id"));
    }

    @Test
    void aNewLessonNeedsAKoreanTitleThenOpensInTheEditor() {
        openList();
        test(find(Button.class).withId("new-lesson").single()).click();
        NewLessonDialog dialog = find(NewLessonDialog.class).single();
        LessonDetailsForm form = find(LessonDetailsForm.class).single();
        test((TextField) form.titleField().input("ko")).setValue("Bakery");
        test(find(Button.class).withId("create-lesson").single()).click();
        assertThat(((TextField) form.titleField().input("ko")).isInvalid()).isTrue();
        assertThat(((TextField) form.titleField().input("ko")).getErrorMessage())
                .isEqualTo("The Korean title must contain Hangul.");
        assertThat(((TextField) form.titleField().input("en")).getErrorMessage())
                .isEqualTo("The English title is required.");
        assertThat(dialog.isOpened()).isTrue();

        test((TextField) form.titleField().input("ko")).setValue("빵집에서 주문하기");
        test((TextField) form.titleField().input("en")).setValue("Ordering at the bakery");
        test(find(Button.class).withId("create-lesson").single()).click();

        assertThat(getCurrentView()).isInstanceOf(LessonEditorView.class);
        assertThat(find(H2.class).withId("lesson-heading").single().getText()).isEqualTo("Ordering at the bakery");
        DraftLesson created = ((LessonEditorView) getCurrentView()).lesson();
        assertThat(created.slug()).startsWith("ordering-at-the-bakery");
        assertThat(created.draft().title()).containsEntry("ko", "빵집에서 주문하기");
    }

    @Test
    void duplicateArchiveAndOpenFromTheList() {
        UUID id = library.importAsDraft(demo("airport-checkin"));
        String slug = library.draftSlug(id);
        openList();
        test(find(TextField.class).withId("lesson-search").single()).setValue(slug);
        LessonListItem row = rows().stream().filter(l -> l.slug().equals(slug)).findFirst().orElseThrow();

        new DuplicateLessonDialog(library, library.get(row.id()), copy -> { }).open();
        test(find(Button.class).withId("duplicate-lesson").single()).click();
        assertThat(library.all()).anyMatch(l -> l.slug().equals(slug + "-copy")
                && l.draft().title().get("en").endsWith("(copy)"));

        library.archive(id);
        openList();
        test(select("filter-status")).selectItem("Archived");
        assertThat(rows()).extracting(LessonListItem::slug).contains(slug);

        int index = rows().stream().map(LessonListItem::slug).toList().indexOf(slug);
        test(grid()).clickRow(index);
        assertThat(getCurrentView()).isInstanceOf(LessonEditorView.class);
        assertThat(((LessonEditorView) getCurrentView()).lesson().status()).isEqualTo(LessonStatus.ARCHIVED);
        assertThat(find(Button.class).withId("publish").single().isEnabled()).isFalse();
    }
}
