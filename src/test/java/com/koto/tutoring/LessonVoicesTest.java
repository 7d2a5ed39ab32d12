package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.content.LessonCatalog;
import com.koto.content.PublishedLesson;
import com.koto.speech.TutorVoice;
import com.koto.support.IntegrationTest;
import com.koto.support.RequiresTool;
import com.koto.support.Tool;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A published lesson's fixed tutor lines reach the TTS cache in the background (issue #16 item 3):
 * the demo lessons are published at start-up, so by the time a learner plays the café lesson
 * every tutor line, success reply and the retry line has its audio, and a turn never waits for
 * (or goes out without) the tutor's voice.
 */
@RequiresTool(Tool.ESPEAK_NG)
class LessonVoicesTest extends IntegrationTest {

    @Autowired
    LessonCatalog catalog;
    @Autowired
    TutorVoice voice;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void publishingALessonPreparesItsTutorLines() throws Exception {
        UUID lesson = jdbc.queryForObject("select id from lessons where slug = 'cafe-ordering'", UUID.class);
        PublishedLesson cafe = catalog.latest(lesson).orElseThrow();
        Set<String> lines = LessonVoices.lines(cafe);
        // 11 activities: a tutor line and a success reply each (some may repeat), plus the retry line
        assertThat(lines).contains(LessonOrchestrator.RETRY_LINE).hasSizeGreaterThan(11);
        assertThat(lines).contains(cafe.activity(0, 0).tutorLine().strip());

        // the start-up publication queued them: wait for the background synthesis (espeak ≈ 20 ms a line)
        long deadline = System.nanoTime() + 120_000_000_000L;
        List<String> missing = List.copyOf(lines);
        while (System.nanoTime() < deadline) {
            missing = lines.stream().filter(l -> voice.cached(l).isEmpty()).toList();
            if (missing.isEmpty()) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(missing).as("tutor lines not in the TTS cache").isEmpty();
        assertThat(meters.find("koto.tts.prepared").counter()).isNotNull();
        assertThat(meters.find("koto.tts.prepared").counter().count()).as("lines prepared at publication")
                .isGreaterThanOrEqualTo(lines.size());
    }
}
