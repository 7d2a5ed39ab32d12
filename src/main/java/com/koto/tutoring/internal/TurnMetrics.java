package com.koto.tutoring.internal;

import com.koto.evaluation.Evaluation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The turn path's meters (Prometheus names in parentheses):
 * <ul>
 *   <li>{@code koto.turn} ({@code koto_turn_seconds_bucket/_count/_sum}): time of one turn from the answer to the
 *       voiced reply, a histogram tagged {@code path} ({@code rest}, {@code ws}, {@code voice}) and {@code source}
 *       (the evaluation's source: {@code rules}, {@code model}, {@code hybrid}, {@code cache});</li>
 *   <li>{@code koto.turn.evaluations} ({@code koto_turn_evaluations_total}): evaluated answers by {@code source}
 *       and {@code result} ({@code passed}, {@code failed}).</li>
 * </ul>
 * A voice turn's upload-to-reply time is {@code koto.audio.turn} ({@link AudioTurns}).
 */
@Component
class TurnMetrics {

    /** Where a turn came from. */
    enum TurnPath {
        REST, WS, VOICE;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * Voice when the answer came from an upload; REST inside an HTTP request (the controller's thread);
         * otherwise a WebSocket message (Tomcat's socket thread has no request attributes).
         */
        static TurnPath of(boolean voice) {
            if (voice) {
                return VOICE;
            }
            return RequestContextHolder.getRequestAttributes() != null ? REST : WS;
        }
    }

    private final MeterRegistry meters;

    TurnMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Records one turn that took {@code elapsed} and was judged {@code evaluation}. */
    void turn(TurnPath path, Evaluation evaluation, Duration elapsed) {
        String source = evaluation.source() == null ? "unknown" : evaluation.source().wireName();
        Timer.builder("koto.turn")
                .description("Time of a tutoring turn, answer to voiced reply")
                .tags("path", path.tag(), "source", source)
                .publishPercentileHistogram()
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters)
                .record(elapsed);
        Counter.builder("koto.turn.evaluations")
                .description("Evaluated answers in tutoring turns")
                .tags("source", source, "result", evaluation.passed() ? "passed" : "failed")
                .register(meters)
                .increment();
    }
}
