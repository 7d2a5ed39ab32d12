package com.koto.console.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.console.ConsoleTest;
import com.koto.langpack.ErrorPattern;
import com.koto.langpack.LangPackEditor;
import com.koto.langpack.LangPackInfo;
import com.koto.langpack.LangPacks;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Language packs in the console: list, edit with placeholder checks, error patterns, a new pack, import. */
@WithMockUser(username = "teacher-ben", roles = "TEACHER")
class LangPackViewsTest extends ConsoleTest {

    @Autowired
    LangPackEditor editor;
    @Autowired
    LangPacks packs;

    private static byte[] bundled(String code) {
        try {
            return Files.readAllBytes(Path.of("lang-packs", code + ".json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void restoreBundledPacks() {
        editor.importPack(bundled("ko-id"));
        editor.importPack(bundled("ko-en"));
    }

    private void tab(int index) {
        test(find(com.vaadin.flow.component.tabs.TabSheet.class).withId("pack-tabs").single()).select(index);
    }

    private void click(String id) {
        test(find(Button.class).withId(id).single()).click();
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsThePacksAndOpensOne() {
        navigate(LangPacksView.class);
        Grid<LangPackInfo> grid = find(Grid.class).withId("packs").single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(2);
        int row = 0;
        while (!test(grid).getRow(row).code().equals("ko-id")) {
            row++;
        }
        test(grid).clickRow(row);
        assertThat(getCurrentView()).isInstanceOf(LangPackEditorView.class);
    }

    @Test
    void aTemplateWithAWrongPlaceholderIsMarkedAndCannotBeSaved() {
        LangPackEditorView view = navigate("packs/ko-id", LangPackEditorView.class);
        tab(1);
        TextArea grammar = find(TextArea.class).withId("feedback_templates.grammar_error").single();
        test(grammar).setValue("Salah. Yang benar: {corect}");
        assertThat(grammar.isInvalid()).isTrue();
        assertThat(grammar.getErrorMessage())
                .isEqualTo("feedback_templates.grammar_error: {corect} is not available here; available: {correct}.");
        click("save-pack");
        assertThat(find(UnorderedList.class).withId("pack-problems").single().getElement().getTextRecursively())
                .contains("{corect} is not available here");
        assertThat(packs.byCode("ko-id").orElseThrow().feedbackTemplates().get("grammar_error"))
                .doesNotContain("{corect}");

        tab(1);
        test(find(TextArea.class).withId("feedback_templates.grammar_error").single())
                .setValue("Tata bahasanya salah. Yang benar: {correct}");
        tab(0);
        test(find(TextField.class).withId("pack-version").single()).setValue("1.0.1");
        click("save-pack");
        assertThat(packs.byCode("ko-id").orElseThrow().feedback("grammar_error", Map.of("correct", "커피를")))
                .isEqualTo("Tata bahasanya salah. Yang benar: 커피를");
        assertThat(editor.changes("ko-id").getFirst().paths())
                .containsExactly("version", "feedback_templates.grammar_error");
        assertThat(view).isNotNull();
    }

    @Test
    void anErrorPatternIsCheckedAndAdded() {
        navigate("packs/ko-en", LangPackEditorView.class);
        tab(3);
        click("add-pattern");
        ErrorPatternDialog dialog = find(ErrorPatternDialog.class).single();
        test(find(TextField.class).withId("pattern-id").single()).setValue("counter-jan");
        test(find(TextField.class).withId("pattern-particles").single()).setValue("잔");
        test(find(TextField.class).withId("pattern-title").single()).setValue("Counter 잔 for drinks");
        test(find(TextArea.class).withId("pattern-explanation").single()).setValue("Cups of drinks are counted with 잔.");
        test(find(TextField.class).withId("pattern-wrong").single()).setValue("커피 한 개 주세요");
        test(find(TextField.class).withId("pattern-right").single()).setValue("커피 한 개 주세요");
        click("apply-pattern");
        assertThat(find(UnorderedList.class).withId("pattern-problems").single().getElement().getTextRecursively())
                .contains("the wrong and the right example are the same");
        test(find(TextField.class).withId("pattern-right").single()).setValue("커피 한 잔 주세요");
        click("apply-pattern");
        assertThat(dialog.isOpened()).isFalse();
        click("save-pack");
        assertThat(packs.byCode("ko-en").orElseThrow().errorPatterns()).extracting(ErrorPattern::id)
                .contains("counter-jan");
    }

    @Test
    void aTeacherAddsVietnameseFromTheEnglishPack() {
        navigate(LangPacksView.class);
        click("new-pack");
        test(find(TextField.class).withId("new-pack-language").single()).setValue("vn!");
        test(find(TextField.class).withId("new-pack-name").single()).setValue("Tiếng Hàn cho người Việt");
        click("create-pack");
        assertThat(find(TextField.class).withId("new-pack-language").single().getErrorMessage())
                .isEqualTo("Two lower-case letters, e.g. vi.");
        test(find(TextField.class).withId("new-pack-language").single()).setValue("th");
        click("create-pack");
        assertThat(getCurrentView()).isInstanceOf(LangPackEditorView.class);
        assertThat(packs.byCode("ko-th")).isPresent();
        assertThat(editor.packs()).extracting(LangPackInfo::code).contains("ko-th");
    }

    @Test
    void importInstallsAValidFileAndListsTheProblemsOfABadOne() {
        navigate(LangPacksView.class);
        Upload upload = find(Upload.class).withId("pack-upload").single();
        String bad = new String(bundled("ko-id"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("{correct}", "{jawaban}");
        test(upload).upload("ko-id.json", "application/json", bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Dialog errors = find(Dialog.class).withId("pack-import-errors").single();
        assertThat(errors.getElement().getTextRecursively()).contains("grammar_error");
        assertThat(editor.export("ko-id")).isEqualTo(bundled("ko-id"));

        test(upload).upload("ko-id.json", "application/json", bundled("ko-id"));
        assertThat(editor.export("ko-id")).isEqualTo(bundled("ko-id"));
        assertThat(editor.changes("ko-id").getFirst().action()).isEqualTo(com.koto.langpack.LangPackChange.Action.IMPORTED);
    }
}
