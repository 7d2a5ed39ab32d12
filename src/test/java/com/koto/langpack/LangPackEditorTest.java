package com.koto.langpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.koto.langpack.internal.LangPackDocuments;
import com.koto.platform.ConflictException;
import com.koto.platform.InvalidDocumentException;
import com.koto.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "teacher-ben", roles = "TEACHER")
class LangPackEditorTest extends IntegrationTest {

    @Autowired
    LangPackEditor editor;
    @Autowired
    LangPacks packs;

    private final LangPackDocuments documents = new LangPackDocuments();

    private static LangPack withTemplate(LangPack p, String key, String text) {
        Map<String, String> templates = new LinkedHashMap<>(p.feedbackTemplates());
        templates.put(key, text);
        return new LangPack(p.code(), p.name(), p.instructionLang(), p.targetLang(), p.version(), templates,
                p.categoryExplanations(), p.errorPatterns(), p.prompts());
    }

    @Test
    void bundledPacksExportExactlyAsTheirFiles() {
        assertThat(editor.packs()).extracting(LangPackInfo::code).contains("ko-en", "ko-id");
        assertThat(new String(editor.export("ko-id"), StandardCharsets.UTF_8))
                .isEqualTo(new String(LangPackFilesTest.bundled("ko-id"), StandardCharsets.UTF_8));
    }

    @Test
    void anImportedFileIsExportedByteForByteEvenInItsOwnLayout() {
        // a compact, single-line file with a $schema key: stored and exported exactly as uploaded
        String compact = new String(LangPackFilesTest.bundled("ko-en"), StandardCharsets.UTF_8)
                .replace("\n", "").replaceAll(" {2,}", "").replaceFirst("\\{", "{\"\\$schema\": \"x\",");
        assertThat(compact).doesNotContain("\n");
        editor.importPack(compact.getBytes(StandardCharsets.UTF_8));
        assertThat(editor.export("ko-en")).isEqualTo(compact.getBytes(StandardCharsets.UTF_8));
        editor.importPack(LangPackFilesTest.bundled("ko-en"));
        assertThat(editor.export("ko-en")).isEqualTo(LangPackFilesTest.bundled("ko-en"));
    }

    @Test
    void anEditIsCheckedSavedRecordedAndUsedByTheTutor() {
        editor.importPack(LangPackFilesTest.bundled("ko-id"));
        LangPack pack = editor.pack("ko-id");
        Instant basedOn = editor.updatedAt("ko-id");
        assertThatThrownBy(() -> editor.save(withTemplate(pack, "grammar_error", "Salah: {corect}"), basedOn))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("{corect} is not available here");

        LangPack saved = editor.save(withTemplate(pack, "grammar_error", "Tata bahasanya salah. Yang benar: {correct}"),
                basedOn);
        assertThat(packs.byCode("ko-id").orElseThrow().feedback("grammar_error", Map.of("correct", "커피를")))
                .isEqualTo("Tata bahasanya salah. Yang benar: 커피를");
        assertThat(editor.export("ko-id")).isEqualTo(documents.write(saved));
        assertThat(editor.changes("ko-id").getFirst()).satisfies(c -> {
            assertThat(c.author()).isEqualTo("teacher-ben");
            assertThat(c.action()).isEqualTo(LangPackChange.Action.EDITED);
            assertThat(c.paths()).containsExactly("feedback_templates.grammar_error");
        });
        assertThatThrownBy(() -> editor.save(pack, basedOn)).isInstanceOf(ConflictException.class);
        editor.importPack(LangPackFilesTest.bundled("ko-id"));
    }

    @Test
    void aTeacherAddsAVietnamesePackFromTheEnglishOne() {
        LangPack vi = editor.create("vi", "Tiếng Hàn cho người Việt", "ko-en");
        assertThat(vi.code()).isEqualTo("ko-vi");
        assertThat(vi.instructionLang()).isEqualTo("vi");
        assertThat(packs.forInstructionLang("vi").code()).isEqualTo("ko-vi");
        assertThat(documents.read(editor.export("ko-vi"))).isEqualTo(vi);
        assertThatThrownBy(() -> editor.create("vi", "again", "ko-en")).isInstanceOf(ConflictException.class);
    }

    @Test
    void aBrokenUploadIsRefusedWithEveryProblem() {
        assertThatThrownBy(() -> editor.importPack("{\"code\": \"ko-xx\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidDocumentException.class)
                .satisfies(e -> assertThat(((InvalidDocumentException) e).violations()).hasSizeGreaterThan(3));
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void learnersCannotEditPacks() {
        assertThatThrownBy(() -> editor.packs()).isInstanceOf(AccessDeniedException.class);
    }
}
