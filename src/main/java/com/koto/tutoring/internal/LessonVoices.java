package com.koto.tutoring.internal;

import com.koto.content.ActivityDocument;
import com.koto.content.LessonCatalog;
import com.koto.content.LessonPublished;
import com.koto.content.PublishedLesson;
import com.koto.speech.TutorVoice;
import com.koto.tutoring.LessonOrchestrator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Puts a newly published lesson's fixed tutor lines into the TTS cache in the background (issue
 * #16 item 3, #9 item 3), so that the first learner to reach a line gets its {@code audio_url} in
 * the turn's own messages instead of a {@code tutor_audio} message later. The lines are every
 * activity's tutor line and success reply, and {@link LessonOrchestrator#RETRY_LINE}.
 *
 * <p>Bounded: one lesson and one line at a time, on one background virtual thread (a queue of
 * publications), so it takes at most one of {@link TutorVoice}'s synthesis slots and a learner's
 * on-demand synthesis always finds the other. Lines already cached cost a cache read. Runs after
 * the publishing transaction commits; nothing when no TTS provider is configured. A failed
 * synthesis is logged by {@link TutorVoice} and the line is synthesised on demand later.
 * Counter: {@code koto.tts.prepared} (lines made ready at publication, cached or synthesised).
 */
@Component
public class LessonVoices {

    private static final Logger log = LoggerFactory.getLogger(LessonVoices.class);

    private final LessonCatalog catalog;
    private final TutorVoice voice;
    private final Counter prepared;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("koto-lesson-voices").factory());

    LessonVoices(LessonCatalog catalog, TutorVoice voice, MeterRegistry meters) {
        this.catalog = catalog;
        this.voice = voice;
        this.prepared = Counter.builder("koto.tts.prepared")
                .description("Tutor lines made ready in the TTS cache when their lesson was published")
                .register(meters);
    }

    /** Queues the publication's lines (after its transaction commits, or at once outside one). */
    @TransactionalEventListener(fallbackExecution = true)
    void on(LessonPublished event) {
        prepareLater(event.versionId());
    }

    /**
     * Queues one published version's lines for synthesis.
     *
     * @return completes when every line was tried; {@code null} when TTS is not configured
     */
    public Future<Integer> prepareLater(UUID versionId) {
        if (!voice.enabled()) {
            return null;
        }
        return worker.submit(() -> prepare(versionId));
    }

    /** Synthesises (or finds cached) each line in turn; returns how many are now cached. */
    private int prepare(UUID versionId) {
        int ready = 0;
        try {
            for (String line : lines(catalog.version(versionId))) {
                if (voice.speakLater(line).join().isPresent()) {
                    ready++;
                    prepared.increment();
                }
            }
        } catch (RuntimeException e) {
            log.info("Tutor lines of lesson version {} not prepared ({}); they are synthesised on demand",
                    versionId, e.getMessage());
        }
        return ready;
    }

    /** The fixed Korean lines a learner may hear in a lesson, in lesson order, each once. */
    public static Set<String> lines(PublishedLesson lesson) {
        Set<String> lines = new LinkedHashSet<>();
        for (var stage : lesson.document().stages()) {
            for (ActivityDocument activity : stage.activities()) {
                add(lines, activity.tutorLine());
                add(lines, activity.successReply());
            }
        }
        add(lines, LessonOrchestrator.RETRY_LINE);
        return lines;
    }

    private static void add(Set<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line.strip());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
