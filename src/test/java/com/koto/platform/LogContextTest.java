package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** A log context scope sets the ids for its work only and gives the thread back as it found it. */
class LogContextTest {

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void aScopeReplacesTheIdsAndClosingRestoresTheThreadsOwn() {
        UUID outerSession = UUID.randomUUID();
        MDC.put(LogContext.REQUEST_ID, "outer");
        MDC.put(LogContext.SESSION_ID, outerSession.toString());
        UUID session = UUID.randomUUID();
        UUID learner = UUID.randomUUID();
        try (var scope = LogContext.open("inner.1", session, null)) {
            assertThat(MDC.get(LogContext.REQUEST_ID)).isEqualTo("inner.1");
            assertThat(MDC.get(LogContext.SESSION_ID)).isEqualTo(session.toString());
            assertThat(MDC.get(LogContext.LEARNER_ID)).isNull();
            LogContext.learner(learner);
            assertThat(MDC.get(LogContext.LEARNER_ID)).isEqualTo(learner.toString());
        }
        assertThat(MDC.get(LogContext.REQUEST_ID)).isEqualTo("outer");
        assertThat(MDC.get(LogContext.SESSION_ID)).isEqualTo(outerSession.toString());
        assertThat(MDC.get(LogContext.LEARNER_ID)).isNull();
    }

    @Test
    void aScopeOnABareThreadLeavesNothingBehind() {
        try (var scope = LogContext.open("socket.7", UUID.randomUUID(), UUID.randomUUID())) {
            assertThat(LogContext.requestId()).isEqualTo("socket.7");
        }
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }
}
