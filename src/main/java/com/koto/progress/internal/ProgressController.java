package com.koto.progress.internal;

import com.koto.identity.TokenClaims;
import com.koto.progress.AnswerReview;
import com.koto.progress.Progress;
import com.koto.progress.ProgressRecords.LearnerProgress;
import com.koto.progress.ProgressRecords.Report;
import com.koto.progress.ProgressRecords.Weakness;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The learner's own progress ({@code /api/v1/progress/me…}) and answer reports (bearer token). */
@RestController
class ProgressController {

    private final Progress progress;
    private final AnswerReview review;

    ProgressController(Progress progress, AnswerReview review) {
        this.progress = progress;
        this.review = review;
    }

    /** {@code GET /progress/me}: totals, weekly score trend, per lesson. */
    @GetMapping("/api/v1/progress/me")
    LearnerProgress me(@AuthenticationPrincipal Jwt jwt) {
        return progress.of(learner(jwt), lang(jwt));
    }

    /** {@code GET /progress/me/weaknesses}: error categories, most frequent first, with examples. */
    @GetMapping("/api/v1/progress/me/weaknesses")
    WeaknessList weaknesses(@AuthenticationPrincipal Jwt jwt) {
        return new WeaknessList(progress.weaknesses(learner(jwt)));
    }

    /**
     * {@code POST /sessions/{id}/events/{event_id}/report}: "my answer should be accepted" → 201 the
     * first time, 200 with the same report afterwards.
     */
    @PostMapping("/api/v1/sessions/{id}/events/{event_id}/report")
    ResponseEntity<Report> report(@PathVariable UUID id, @PathVariable("event_id") int eventId, @AuthenticationPrincipal Jwt jwt) {
        Report report = review.report(learner(jwt), id, eventId);
        return report.created()
                ? ResponseEntity.created(URI.create("/api/v1/sessions/" + id + "/events/" + eventId + "/report"))
                        .body(report)
                : ResponseEntity.status(HttpStatus.OK).body(report);
    }

    /** @param categories most frequent first */
    record WeaknessList(List<Weakness> categories) {
    }

    private static UUID learner(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }

    private static String lang(Jwt jwt) {
        String lang = jwt.getClaimAsString(TokenClaims.INSTRUCTION_LANG);
        return lang == null ? "en" : lang;
    }
}
