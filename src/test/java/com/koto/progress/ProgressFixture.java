package com.koto.progress;

import com.koto.content.LessonDocument;
import com.koto.content.internal.LessonDocuments;
import com.koto.content.LessonLibrary;
import com.koto.content.PublishedLesson;
import com.koto.evaluation.ErrorCategory;
import com.koto.evaluation.EvaluationSource;
import com.koto.identity.AccountView;
import com.koto.identity.Accounts;
import com.koto.identity.Role;
import com.koto.tutoring.LearningEvent;
import com.koto.tutoring.LearningEvent.SessionCompleted;
import com.koto.tutoring.LearningEvent.SessionEnded;
import com.koto.tutoring.LearningEvent.SessionStarted;
import com.koto.tutoring.LearningEvent.TurnError;
import com.koto.tutoring.LearningEvent.TurnRecorded;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A small fixed set of learning events on a fresh copy of the café lesson, whose figures are
 * computed by hand in {@code ProgressReadModelsTest} (and in docs/progress.md's worked example).
 *
 * <pre>
 * T0 = Monday 2026-11-02 10:00 UTC, T1 = T0 + 7 days
 * learner A (en)
 *   S1 @T0: started; greet-barista #1 fail 40 [particle_missing 안녕→안녕하세요] "안녕" (+1 min);
 *           greet-barista #2 pass 100 (+2 min); ask-recommendation #1 pass 90, stage done (+3 min);
 *           ended (+5 min)
 *   S2 @T1: started; greet-barista #1 fail 20 [particle_missing, ending] "안녕 하세요!" (+1 min);
 *           greet-barista #2 pass 100 (+2 min); completed total 80 (+10 min)
 * learner B (id)
 *   S3 @T0: started; greet-barista #1 fail 50 [ending] "안녕!" (+30 s); still active
 * </pre>
 */
final class ProgressFixture {

    static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    static final Instant T1 = T0.plus(Duration.ofDays(7));

    final UUID lessonId;
    final PublishedLesson version;
    final AccountView learnerA;
    final AccountView learnerB;
    final UUID s1 = UUID.randomUUID();
    final UUID s2 = UUID.randomUUID();
    final UUID s3 = UUID.randomUUID();

    ProgressFixture(LessonLibrary library, Accounts accounts, String teacher) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(teacher, null,
                List.of(new SimpleGrantedAuthority("ROLE_TEACHER"))));
        SecurityContextHolder.setContext(context);
        try {
            lessonId = library.importAsDraft(cafe(), teacher);
            version = library.publish(lessonId, teacher, "fixture");
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        learnerA = accounts.create("ann-" + suffix, "password-123", "Ann " + suffix, Role.LEARNER, "en");
        learnerB = accounts.create("budi-" + suffix, "password-123", "Budi " + suffix, Role.LEARNER, "id");
    }

    static LessonDocument cafe() {
        try (InputStream in = ProgressFixture.class.getResourceAsStream("/content/demo/cafe-ordering.json")) {
            return new LessonDocuments().read(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    List<LearningEvent> events() {
        UUID a = learnerA.id();
        UUID b = learnerB.id();
        List<String> stages = version.document().stages().stream().map(s -> s.key()).toList();
        List<LearningEvent> e = new ArrayList<>();
        e.add(new SessionStarted(s1, a, 1, lessonId, version.versionId(), version.version(), "en", stages, T0));
        e.add(turn(s1, a, "en", 3, "greet-barista", 1, "안녕", 40, false, false,
                List.of(new TurnError(ErrorCategory.PARTICLE_MISSING, "안녕", "안녕하세요")), T0.plusSeconds(60)));
        e.add(turn(s1, a, "en", 7, "greet-barista", 2, "안녕하세요", 100, true, false, List.of(), T0.plusSeconds(120)));
        e.add(turn(s1, a, "en", 11, "ask-recommendation", 1, "추천 메뉴가 뭐예요?", 90, true, true, List.of(),
                T0.plusSeconds(180)));
        e.add(new SessionEnded(s1, a, 15, lessonId, version.versionId(), T0, T0.plusSeconds(300)));

        e.add(new SessionStarted(s2, a, 1, lessonId, version.versionId(), version.version(), "en", stages, T1));
        e.add(turn(s2, a, "en", 3, "greet-barista", 1, "안녕 하세요!", 20, false, false,
                List.of(new TurnError(ErrorCategory.PARTICLE_MISSING, "안녕", "안녕하"),
                        new TurnError(ErrorCategory.ENDING, "하세요", "하세요")), T1.plusSeconds(60)));
        e.add(turn(s2, a, "en", 7, "greet-barista", 2, "안녕하세요", 100, true, false, List.of(), T1.plusSeconds(120)));
        e.add(new SessionCompleted(s2, a, 20, lessonId, version.versionId(), 80, T1, T1.plusSeconds(600)));

        e.add(new SessionStarted(s3, b, 1, lessonId, version.versionId(), version.version(), "id", stages, T0));
        e.add(turn(s3, b, "id", 3, "greet-barista", 1, "안녕!", 50, false, false,
                List.of(new TurnError(ErrorCategory.ENDING, "안녕", "안녕하세요")), T0.plusSeconds(30)));
        return e;
    }

    private TurnRecorded turn(UUID session, UUID learner, String lang, int seq, String activity, int attempt,
            String answer, int score, boolean passed, boolean stageDone, List<TurnError> errors, Instant at) {
        int stage = activity.equals("greet-barista") || activity.equals("ask-recommendation") ? 0 : 1;
        return new TurnRecorded(session, learner, seq, lessonId, version.versionId(), lang, stage,
                version.document().stages().get(stage).key(), activity, attempt, "c-" + seq, answer, null, score,
                passed, errors, EvaluationSource.RULES, "안녕하세요", stageDone, false, at);
    }
}
