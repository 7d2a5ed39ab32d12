package com.koto.content.internal;

import com.koto.content.LearnerActivity;
import com.koto.content.LessonCatalog;
import com.koto.content.LessonDocument;
import com.koto.content.LessonSummary;
import com.koto.content.PublishedLesson;
import com.koto.content.StageDocument;
import com.koto.identity.TokenClaims;
import com.koto.langpack.LangPacks;
import com.koto.platform.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Learner-facing lesson reads: {@code /api/v1/lessons…}. Published lessons only. */
@RestController
@RequestMapping("/api/v1/lessons")
class LessonApiController {

    private final LessonCatalog catalog;
    private final LangPacks langPacks;

    LessonApiController(LessonCatalog catalog, LangPacks langPacks) {
        this.catalog = catalog;
        this.langPacks = langPacks;
    }

    /** Published lessons for an instruction language (default: the learner's own). */
    @GetMapping
    List<LessonSummary> list(@RequestParam(name = "instruction_lang", required = false) String lang,
            @AuthenticationPrincipal Jwt jwt) {
        return catalog.published(language(jwt, lang));
    }

    /** One lesson with its stages (no activities). */
    @GetMapping("/{id}")
    LessonDetail get(@PathVariable UUID id, @RequestParam(name = "instruction_lang", required = false) String lang,
            @AuthenticationPrincipal Jwt jwt) {
        PublishedLesson lesson = published(id);
        String l = language(jwt, lang);
        List<StageSummary> stages = lesson.document().stages().stream().map(s -> StageSummary.of(s, l)).toList();
        return new LessonDetail(LessonSummary.of(lesson, l), stages);
    }

    /** The stages of a lesson with their activities as the learner sees them. */
    @GetMapping("/{id}/stages")
    List<StageWithActivities> stages(@PathVariable UUID id,
            @RequestParam(name = "instruction_lang", required = false) String lang, @AuthenticationPrincipal Jwt jwt) {
        PublishedLesson lesson = published(id);
        String l = language(jwt, lang);
        List<StageWithActivities> out = new ArrayList<>();
        List<StageDocument> stages = lesson.document().stages();
        for (int s = 0; s < stages.size(); s++) {
            List<LearnerActivity> activities = new ArrayList<>();
            for (int a = 0; a < stages.get(s).activities().size(); a++) {
                activities.add(LearnerActivity.of(lesson, s, a, l));
            }
            out.add(new StageWithActivities(StageSummary.of(stages.get(s), l), activities));
        }
        return out;
    }

    private PublishedLesson published(UUID id) {
        return catalog.latest(id).orElseThrow(() -> new NotFoundException("There is no published lesson " + id + "."));
    }

    /**
     * The requested instruction language, checked against the installed language packs (400 naming
     * the supported ones otherwise), or the token's.
     */
    private String language(Jwt jwt, String requested) {
        if (requested != null) {
            return langPacks.requireInstructionLang(requested);
        }
        String claim = jwt == null ? null : jwt.getClaimAsString(TokenClaims.INSTRUCTION_LANG);
        return claim == null ? "en" : claim;
    }

    record LessonDetail(LessonSummary lesson, List<StageSummary> stages) {
    }

    record StageSummary(String key, String scene, String title, String titleKo, String objective,
            String objectiveKo, int activityCount) {
        static StageSummary of(StageDocument s, String lang) {
            return new StageSummary(s.key(), s.scene(), LessonDocument.pick(s.title(), lang),
                    s.title().getOrDefault("ko", ""), LessonDocument.pick(s.objective(), lang),
                    s.objective().getOrDefault("ko", ""), s.activities().size());
        }
    }

    record StageWithActivities(StageSummary stage, List<LearnerActivity> activities) {
    }
}
