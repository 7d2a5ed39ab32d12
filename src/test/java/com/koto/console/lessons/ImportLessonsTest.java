package com.koto.console.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.console.ConsoleTest;
import com.koto.content.LessonLibrary;
import com.koto.content.LessonTransfer.ImportResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Importing lesson files from the console: progress, and a report line per file with every problem. */
@WithMockUser(username = "teacher-ann", roles = "TEACHER")
class ImportLessonsTest extends ConsoleTest {

    @Autowired
    LessonLibrary library;

    private static byte[] demoBytes(String slug) {
        try (InputStream in = ImportLessonsTest.class.getResourceAsStream("/content/demo/" + slug + ".json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void goodFilesBecomeDraftsAndBadOnesAreReportedWithEveryProblem() {
        navigate(com.koto.console.packs.LangPacksView.class);
        navigate(LessonsView.class);
        int before = library.all().size();
        test(find(Button.class).withId("import-lessons").single()).click();
        ImportLessonsDialog dialog = find(ImportLessonsDialog.class).single();

        String twiceAndEnglish = new String(demoBytes("cafe-ordering"), StandardCharsets.UTF_8)
                .replace("\"key\": \"ask-recommendation\"", "\"key\": \"greet-barista\"")
                .replace("\"id\": \"Menyapa barista dan menanyakan menu yang direkomendasikan.\"", "\"xx\": \"?\"");
        Upload upload = find(Upload.class).withId("lesson-upload").single();
        test(upload).upload("airport.json", "application/json", demoBytes("airport-checkin"));
        test(upload).upload("cafe-broken.json", "application/json", twiceAndEnglish.getBytes(StandardCharsets.UTF_8));
        test(upload).upload("notes.json", "application/json", "{ not json".getBytes(StandardCharsets.UTF_8));

        ProgressBar progress = find(ProgressBar.class).withId("import-progress").single();
        while (dialog.step()) {
            assertThat(progress.getValue()).isBetween(0.0, 1.0);
        }
        assertThat(progress.getValue()).isEqualTo(1.0);
        assertThat(find(Span.class).withId("import-status").single().getText()).isEqualTo("1 imported, 2 refused");

        Grid<ImportResult> report = find(Grid.class).withId("import-report").single();
        var rows = test(report);
        assertThat(rows.size()).isEqualTo(3);
        assertThat(rows.getRow(0).imported()).isTrue();
        assertThat(rows.getRow(1).imported()).isFalse();
        assertThat(rows.getRow(1).problems()).extracting(p -> p.code().name())
                .containsExactlyInAnyOrder("ACTIVITY_KEY_DUPLICATE", "STAGE_OBJECTIVE_MISSING");
        assertThat(rows.getCellComponent(1, 3).getElement().getTextRecursively())
                .contains("Stage greeting › activity greet-barista: Another activity of this lesson already uses this key.")
                .contains("Stage greeting: The objective in Indonesian (id) is missing.");
        assertThat(rows.getRow(2).errors()).hasSize(1);
        assertThat(library.all()).hasSize(before + 1);
    }
}
