package com.koto.content;

import com.koto.content.internal.LessonDocuments;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Lesson files in and out: export a draft or a version as a {@code koto.lesson/v1} file (the same
 * bytes as the demo files for unchanged content), import files as new drafts with a per-file
 * report. Each file is imported in its own transaction: one bad file does not stop the others.
 */
@Service
@PreAuthorize("hasAnyRole('TEACHER', 'ADMIN')")
public class LessonTransfer {

    private final LessonLibrary library;
    private final LessonHistory history;
    private final LessonDocuments documents = new LessonDocuments();

    LessonTransfer(LessonLibrary library, LessonHistory history) {
        this.library = library;
        this.history = history;
    }

    /**
     * The current draft as a lesson file.
     *
     * @throws com.koto.platform.NotFoundException for an unknown lesson
     */
    public byte[] export(UUID lessonId) {
        return documents.write(library.draft(lessonId));
    }

    /**
     * A published version as a lesson file.
     *
     * @throws com.koto.platform.NotFoundException for an unknown lesson or version
     */
    public byte[] exportVersion(UUID lessonId, int version) {
        return documents.write(history.version(lessonId, version));
    }

    /**
     * Imports one lesson file as a new draft lesson, or reports why not.
     *
     * @param fileName shown in the report
     * @param json     the file's bytes
     * @return the outcome; never throws for a bad file
     */
    public ImportResult importFile(String fileName, byte[] json) {
        LessonDocuments.Inspection inspection = documents.inspect(json);
        LessonDocument d = inspection.document();
        String title = d == null || d.title() == null ? null : LessonDocument.pick(d.title(), "en");
        if (!inspection.valid()) {
            return new ImportResult(fileName, null, d == null ? null : d.slug(), title, inspection.errors(),
                    inspection.problems());
        }
        UUID id = library.importAsDraft(d);
        return new ImportResult(fileName, id, library.draftSlug(id), title, List.of(), List.of());
    }

    /**
     * The outcome of importing one file.
     *
     * @param fileName the file
     * @param lessonId the new draft lesson, {@code null} when the file was refused
     * @param slug     the lesson's slug (suffixed when taken), or the file's slug when refused
     * @param title    the lesson's English (else Korean) title, when readable
     * @param errors   JSON syntax or schema errors (English, with JSON paths)
     * @param problems lesson rule problems
     */
    public record ImportResult(String fileName, UUID lessonId, String slug, String title, List<String> errors,
            List<LessonProblem> problems) {

        /** Whether the file became a draft lesson. */
        public boolean imported() {
            return lessonId != null;
        }
    }
}
