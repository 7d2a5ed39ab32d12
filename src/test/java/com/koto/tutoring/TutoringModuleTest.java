package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.content.LessonCatalog;
import com.koto.content.LessonSummary;
import com.koto.identity.AccountView;
import com.koto.identity.Accounts;
import com.koto.identity.Role;
import com.koto.support.ModuleTestDatabase;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The tutoring module boots with the modules it calls (content, evaluation, identity, language packs, speech,
 * storage, and the shared platform) and without the rest: no progress read models, no console, no API docs. On a
 * fresh database, seeded at start, a learner's typed answer goes through the turn path and its replay returns the
 * stored result. Unlike evaluation and content, tutoring is not booted alone: every turn reads a published lesson,
 * an account and the evaluator, and mocks of those would test the mocks.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform",
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TutoringModuleTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ModuleTestDatabase.register(registry);
        registry.add("koto.identity.bootstrap-admin-password", () -> "module-test-admin-password");
    }

    @Autowired
    Accounts accounts;

    @Autowired
    LessonCatalog catalog;

    @Autowired
    LessonOrchestrator orchestrator;

    @Test
    void aTypedAnswerIsJudgedRecordedAndReplayedWithoutProgressOrConsole() {
        AccountView learner = accounts.create("module-" + UUID.randomUUID().toString().substring(0, 8),
                "module-test-password", "Module learner", Role.LEARNER, "en");
        UUID lesson = catalog.published("en").stream().filter(l -> l.slug().equals("cafe-ordering"))
                .map(LessonSummary::id).findFirst().orElseThrow();
        SessionView session = orchestrator.start(learner.id(), "en", lesson);
        assertThat(session.currentActivity().key()).isEqualTo("greet-barista");

        LessonOrchestrator.Turn turn = orchestrator.turn(learner.id(), session.id(), "안녕하세요", "module-1", null);
        assertThat(turn.replayed()).isFalse();
        assertThat(turn.result().evaluation().passed()).isTrue();
        assertThat(turn.result().nextActivity().key()).isNotEqualTo("greet-barista");

        LessonOrchestrator.Turn again = orchestrator.turn(learner.id(), session.id(), "안녕하세요", "module-1", null);
        assertThat(again.replayed()).isTrue();
        assertThat(again.result().nextActivity().key()).isEqualTo(turn.result().nextActivity().key());
    }
}
