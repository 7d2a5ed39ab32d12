package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.content.LessonDocument;
import com.koto.content.internal.LessonDocuments;
import com.koto.content.LessonLibrary;
import com.koto.content.PublishedLesson;
import com.koto.speech.TutorVoice;
import com.koto.support.IntegrationTest;
import com.koto.support.RequiresTool;
import com.koto.support.Tool;
import com.koto.tutoring.internal.LessonVoices;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A published lesson's fixed tutor lines reach the TTS cache in the background (issue #16 item 3):
 * publishing a lesson (here: a copy of the café lesson) queues every tutor line, success reply and
 * the retry line, so by the time a learner plays it each has its audio, and a turn never waits for
 * (or goes out without) the tutor's voice.
 */
@RequiresTool(Tool.ESPEAK_NG)
class LessonVoicesTest extends IntegrationTest {

    @Autowired
    LessonLibrary library;
    @Autowired
    TutorVoice voice;
    @Autowired
    LessonVoices voices;
    @Autowired
    MeterRegistry meters;

    @Test
    void publishingALessonPreparesItsTutorLines() throws Exception {
        Counter prepared = meters.find("koto.tts.prepared").counter();
        assertThat(prepared).isNotNull();
        // the demo lessons published at start-up may still be in the (single, ordered) queue: wait for them
        voices.prepareLater(UUID.randomUUID()).get(120, TimeUnit.SECONDS);
        double before = prepared.count();

        PublishedLesson cafe = publishCopyOfTheCafeLesson();
        Set<String> lines = LessonVoices.lines(cafe);
        // 11 activities: a tutor line and a success reply each (some may repeat), plus the retry line
        assertThat(lines).contains(LessonOrchestrator.RETRY_LINE, cafe.activity(0, 0).tutorLine().strip())
                .hasSizeGreaterThan(11);

        // queued after the publication's commit: wait for the background synthesis (espeak ≈ 20 ms a line)
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline && prepared.count() < before + lines.size()) {
            Thread.sleep(100);
        }
        assertThat(prepared.count()).as("lines prepared for this publication").isEqualTo(before + lines.size());
        assertThat(lines.stream().filter(l -> voice.cached(l).isEmpty()).toList())
                .as("tutor lines not in the TTS cache").isEmpty();
    }

    private PublishedLesson publishCopyOfTheCafeLesson() throws Exception {
        LessonDocument document;
        try (InputStream in = getClass().getResourceAsStream("/content/demo/cafe-ordering.json")) {
            document = new LessonDocuments().read(in.readAllBytes());
        }
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("voices-teacher", null,
                List.of(new SimpleGrantedAuthority("ROLE_TEACHER"))));
        SecurityContextHolder.setContext(context);
        try {
            return library.publish(library.importAsDraft(document, "voices-teacher"), "voices-teacher",
                    "LessonVoicesTest");
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
