package com.koto.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.koto.content.internal.LessonDocuments;
import com.koto.platform.ConflictException;
import com.koto.platform.InvalidDocumentException;
import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import tools.jackson.databind.JsonNode;

/** Drafts → publish → versions, as teachers use them, and what learners see meanwhile. */
@WithMockUser(username = "teacher-ann", roles = "TEACHER")
class LessonAuthoringTest extends IntegrationTest {

    @Autowired
    LessonLibrary library;
    @Autowired
    LessonHistory history;
    @Autowired
    LessonTransfer transfer;
    @Autowired
    LessonCatalog catalog;

    private final LessonDocuments documents = new LessonDocuments();

    private UUID importCafeCopy() {
        LessonDocument cafe = documents.read(LessonFilesTest.demo("cafe-ordering"));
        return library.importAsDraft(cafe);
    }

    private static LessonDocument withHint(LessonDocument d, String hint) {
        List<StageDocument> stages = new ArrayList<>(d.stages());
        StageDocument s = stages.getFirst();
        List<ActivityDocument> activities = new ArrayList<>(s.activities());
        ActivityDocument a = activities.getFirst();
        activities.set(0, new ActivityDocument(a.key(), a.type(), a.difficulty(), a.register(), a.tutorLine(),
                a.tutorLineTranslation(), a.instruction(), a.sentence(), a.tiles(), a.acceptedAnswers(),
                a.patterns(), a.options(), a.successReply(), a.successReplyTranslation(),
                Map.of("en", hint, "id", "Petunjuk")));
        stages.set(0, new StageDocument(s.key(), s.scene(), s.title(), s.objective(), activities));
        return new LessonDocument(d.format(), d.slug(), d.title(), d.description(), d.level(), d.targetLang(),
                d.instructionLangs(), stages);
    }

    @Test
    void demoLessonsExportExactlyAsTheirFiles() {
        for (String slug : List.of("cafe-ordering", "airport-checkin")) {
            DraftLesson lesson = library.all().stream().filter(l -> l.slug().equals(slug)).findFirst().orElseThrow();
            assertThat(new String(transfer.export(lesson.id()), StandardCharsets.UTF_8))
                    .isEqualTo(new String(LessonFilesTest.demo(slug), StandardCharsets.UTF_8));
            assertThat(transfer.exportVersion(lesson.id(), 1)).isEqualTo(LessonFilesTest.demo(slug));
            assertThat(lesson.unpublishedChanges()).isFalse();
        }
    }

    @Test
    void anImportedCopyExportsTheSameContentUnderItsOwnSlug() {
        UUID copy = importCafeCopy();
        String slug = library.draftSlug(copy);
        assertThat(slug).startsWith("cafe-ordering-");
        String exported = new String(transfer.export(copy), StandardCharsets.UTF_8);
        assertThat(exported).isEqualTo(new String(LessonFilesTest.demo("cafe-ordering"), StandardCharsets.UTF_8)
                .replace("\"slug\": \"cafe-ordering\"", "\"slug\": \"" + slug + "\""));
    }

    @Test
    void draftEditsStayInvisibleToLearnersUntilPublished() {
        UUID id = importCafeCopy();
        assertThat(catalog.latest(id)).isEmpty();
        PublishedLesson v1 = library.publish(id, "first");
        assertThat(v1.version()).isEqualTo(1);

        DraftLesson draft = library.get(id);
        DraftLesson edited = library.saveDraft(id, draft.revision(), withHint(draft.draft(), "Say hello."));
        assertThat(edited.unpublishedChanges()).isTrue();
        assertThat(edited.revision()).isGreaterThan(draft.revision());
        assertThat(catalog.latest(id).orElseThrow().activity(0, 0).hint().get("en"))
                .isEqualTo(v1.document().stages().getFirst().activities().getFirst().hint().get("en"));

        PublishedLesson v2 = library.publish(id, "Friendlier hint");
        assertThat(v2.version()).isEqualTo(2);
        assertThat(catalog.latest(id).orElseThrow().activity(0, 0).hint().get("en")).isEqualTo("Say hello.");
        // a session pinned to v1 keeps reading v1
        assertThat(catalog.version(v1.versionId()).activity(0, 0).hint().get("en")).isNotEqualTo("Say hello.");
        assertThat(library.get(id).unpublishedChanges()).isFalse();
    }

    @Test
    void aStaleRevisionIsAConflictNotALostUpdate() {
        UUID id = importCafeCopy();
        DraftLesson draft = library.get(id);
        library.saveDraft(id, draft.revision(), withHint(draft.draft(), "One."));
        assertThatThrownBy(() -> library.saveDraft(id, draft.revision(), withHint(draft.draft(), "Two.")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("teacher-ann");
    }

    @Test
    void historyDiffsRestoresAndDiscards() {
        UUID id = importCafeCopy();
        library.publish(id, "v1");
        DraftLesson d = library.get(id);
        library.saveDraft(id, d.revision(), withHint(d.draft(), "Version two hint."));
        library.publish(id, "v2");

        assertThat(history.versions(id)).extracting(LessonVersionInfo::version).containsExactly(2, 1);
        assertThat(history.versions(id).getFirst().changeNote()).isEqualTo("v2");
        assertThat(LessonDiff.between(history.version(id, 1), history.version(id, 2)))
                .containsExactly(new LessonDiff.Change(LessonDiff.Kind.ACTIVITY_CHANGED, "greeting", "greet-barista",
                        List.of("hint")));

        DraftLesson restored = history.restore(id, 1);
        assertThat(restored.draft()).isEqualTo(history.version(id, 1));
        assertThat(restored.unpublishedChanges()).isTrue();
        assertThat(library.publish(id, "back to v1").version()).isEqualTo(3);
        assertThat(history.version(id, 3)).isEqualTo(history.version(id, 1));

        DraftLesson before = library.get(id);
        library.saveDraft(id, before.revision(), withHint(before.draft(), "Scratch."));
        DraftLesson discarded = history.discardDraft(id);
        assertThat(discarded.draft()).isEqualTo(history.version(id, 3));
        assertThat(discarded.unpublishedChanges()).isFalse();

        assertThat(history.changes(id)).extracting(LessonChange::action).containsExactly(
                LessonChange.Action.DISCARDED, LessonChange.Action.EDITED, LessonChange.Action.PUBLISHED,
                LessonChange.Action.RESTORED, LessonChange.Action.PUBLISHED, LessonChange.Action.EDITED,
                LessonChange.Action.PUBLISHED, LessonChange.Action.IMPORTED);
        assertThat(history.changes(id)).allSatisfy(c -> {
            assertThat(c.author()).isEqualTo("teacher-ann");
            assertThat(c.at()).isNotNull();
        });
        assertThat(history.changes(id).get(2).note()).isEqualTo("v3: back to v1");
    }

    @Test
    void aNewLessonStartsEmptyAndCannotBePublishedUntilSound() {
        UUID id = library.create(new NewLesson(Map.of("ko", "빵집에서", "en", "At the Bakery"), Map.of(),
                new LessonDocument.Level("A1", 1), List.of("en")));
        DraftLesson lesson = library.get(id);
        assertThat(lesson.slug()).startsWith("at-the-bakery");
        assertThat(lesson.status()).isEqualTo(LessonStatus.DRAFT);
        assertThat(LessonRules.check(lesson.draft())).extracting(LessonProblem::code)
                .containsExactly(LessonProblem.Code.DESCRIPTION_MISSING, LessonProblem.Code.NO_STAGES);
        assertThatThrownBy(() -> library.publish(id, "too early"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("The lesson has no stages.");
    }

    @Test
    void duplicateArchiveAndUnarchive() {
        UUID id = importCafeCopy();
        library.publish(id, null);
        UUID copy = library.duplicate(id, Map.of("ko", "카페 사본", "en", "Café (copy)", "id", "Kafe (salinan)"));
        assertThat(library.get(copy).slug()).startsWith("cafe-ordering-");
        assertThat(library.get(copy).slug()).contains("-copy");
        assertThat(library.get(copy).status()).isEqualTo(LessonStatus.DRAFT);
        assertThat(library.get(copy).draft().stages()).isEqualTo(library.get(id).draft().stages());

        library.archive(id);
        assertThat(catalog.latest(id)).isEmpty();
        assertThat(catalog.published(null)).noneMatch(s -> s.id().equals(id));
        assertThatThrownBy(() -> library.publish(id, "x")).isInstanceOf(ConflictException.class);
        assertThat(library.unarchive(id).status()).isEqualTo(LessonStatus.PUBLISHED);
        assertThat(catalog.latest(id)).isPresent();
    }

    @Test
    void importReportsEachBadFileAndImportsTheGoodOnes() {
        LessonTransfer.ImportResult good = transfer.importFile("cafe.json", LessonFilesTest.demo("cafe-ordering"));
        assertThat(good.imported()).isTrue();
        assertThat(good.title()).isEqualTo("Ordering at a café");

        LessonTransfer.ImportResult syntax = transfer.importFile("broken.json", "{\"format\": ".getBytes());
        assertThat(syntax.imported()).isFalse();
        assertThat(syntax.errors()).hasSize(1);

        String twice = new String(LessonFilesTest.demo("airport-checkin"), StandardCharsets.UTF_8)
                .replace("\"key\": \"hand-passport\"", "\"key\": \"greet-agent\"");
        LessonTransfer.ImportResult rules = transfer.importFile("airport.json", twice.getBytes(StandardCharsets.UTF_8));
        assertThat(rules.imported()).isFalse();
        assertThat(rules.errors()).isEmpty();
        assertThat(rules.problems()).extracting(LessonProblem::code)
                .containsExactly(LessonProblem.Code.ACTIVITY_KEY_DUPLICATE);
        assertThat(rules.slug()).isEqualTo("airport-checkin");
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEARNER")
    void learnersCannotAuthor() {
        assertThatThrownBy(() -> library.all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.recentChanges(10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void teachersCannotReadTheWholeChangeLogButAdminsCan() {
        assertThatThrownBy(() -> history.recentChanges(10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "root", roles = "ADMIN")
    void adminsReadTheWholeChangeLogIncludingTheSystemDemoImport() {
        assertThat(history.recentChanges(1000)).anySatisfy(c -> {
            assertThat(c.author()).isEqualTo("system");
            assertThat(c.slug()).isEqualTo("cafe-ordering");
        });
    }

    @Test
    void anonymousCallsAreRefused() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> library.all()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void publishingOverTheApiRecordsTheTokensUser() {
        Api api = api();
        String token = api.login("admin", ADMIN_PASSWORD);
        Api admin = api.withToken(token);
        Api.Response created = admin.post("/api/v1/lessons", new String(LessonFilesTest.demo("airport-checkin"),
                StandardCharsets.UTF_8));
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        UUID id = UUID.fromString(body.path("id").asString());
        assertThat(admin.post("/api/v1/lessons/" + id + "/publish", "{\"change_note\": \"via API\"}").status())
                .isEqualTo(200);
        assertThat(history.changes(id)).extracting(LessonChange::author).containsOnly("admin");
    }
}
