package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.platform.FanOut;
import com.koto.tutoring.internal.SessionSockets;
import com.koto.tutoring.internal.Tutor;
import com.koto.tutoring.internal.TutoringProperties;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketExtension;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * Fan-out to sockets: a client that stops reading delays only itself; order is kept per socket; a socket's
 * first message (the resume) goes out before anything the fan-out brought while it was being made.
 */
class SessionSocketsTest {

    /** A socket whose sends block until released (a client that stopped reading). */
    static final class FakeSocket implements WebSocketSession {
        final String id = UUID.randomUUID().toString();
        final List<String> received = new CopyOnWriteArrayList<>();
        final CountDownLatch release;
        volatile boolean open = true;
        volatile CloseStatus closedWith;

        FakeSocket(boolean blocked) {
            this.release = new CountDownLatch(blocked ? 1 : 0);
        }

        @Override
        public void sendMessage(WebSocketMessage<?> message) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (message instanceof TextMessage t) {
                received.add(t.getPayload());
            }
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public URI getUri() {
            return URI.create("ws://localhost/ws/sessions/x");
        }

        @Override
        public HttpHeaders getHandshakeHeaders() {
            return new HttpHeaders();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return new java.util.HashMap<>();
        }

        @Override
        public Principal getPrincipal() {
            return null;
        }

        @Override
        public InetSocketAddress getLocalAddress() {
            return null;
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return null;
        }

        @Override
        public String getAcceptedProtocol() {
            return null;
        }

        @Override
        public void setTextMessageSizeLimit(int messageSizeLimit) {
        }

        @Override
        public int getTextMessageSizeLimit() {
            return 8192;
        }

        @Override
        public void setBinaryMessageSizeLimit(int messageSizeLimit) {
        }

        @Override
        public int getBinaryMessageSizeLimit() {
            return 1024;
        }

        @Override
        public List<WebSocketExtension> getExtensions() {
            return List.of();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            close(CloseStatus.NORMAL);
        }

        @Override
        public void close(CloseStatus status) {
            open = false;
            closedWith = status;
        }
    }

    private BiConsumer<String, String> subscriber;

    private SessionSockets sockets() {
        FanOut fanOut = new FanOut() {
            @Override
            public void publish(String topic, String message) {
                subscriber.accept(topic, message);
            }

            @Override
            public void subscribe(String prefix, BiConsumer<String, String> listener) {
                subscriber = listener;
            }

            @Override
            public String kind() {
                return "test";
            }
        };
        return new SessionSockets(fanOut, new TutoringProperties(DataSize.ofMegabytes(10), Duration.ofSeconds(30),
                Duration.ofMinutes(2), Duration.ofSeconds(25), Duration.ofSeconds(10), Duration.ofMinutes(2)), Clock.systemUTC());
    }

    @Test
    void aStalledClientDoesNotDelayTheOthersAndOrderIsKept() throws Exception {
        SessionSockets sockets = sockets();
        UUID session = UUID.randomUUID();
        FakeSocket stalled = new FakeSocket(true);
        FakeSocket fine = new FakeSocket(false);
        admit(sockets, stalled, session);
        admit(sockets, fine, session);

        long t0 = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            subscriber.accept(Tutor.TOPIC_PREFIX + session, "m" + i);
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).as("publishing never waits").isLessThan(500);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (fine.received.size() < 51 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(fine.received).hasSize(51).startsWith("resume", "m0", "m1", "m2").endsWith("m49");
        assertThat(stalled.received).isEmpty();

        stalled.release.countDown();
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (stalled.received.size() < 51 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(stalled.received).hasSize(51).startsWith("resume", "m0", "m1").endsWith("m49");
    }

    @Test
    void aClientTooFarBehindIsDisconnected() {
        SessionSockets sockets = sockets();
        UUID session = UUID.randomUUID();
        FakeSocket stalled = new FakeSocket(true);
        admit(sockets, stalled, session);
        for (int i = 0; i <= SessionSockets.MAX_BACKLOG + 1; i++) {
            subscriber.accept(Tutor.TOPIC_PREFIX + session, "m" + i);
        }
        assertThat(stalled.closedWith).isNotNull();
        assertThat(stalled.closedWith.getCode()).isEqualTo(CloseStatus.SESSION_NOT_RELIABLE.getCode());
        stalled.release.countDown();
    }

    @Test
    void whatTheFanOutBringsWhileTheResumeIsMadeGoesOutAfterIt() throws Exception {
        SessionSockets sockets = sockets();
        UUID session = UUID.randomUUID();
        FakeSocket socket = new FakeSocket(false);
        String topic = Tutor.TOPIC_PREFIX + session;
        boolean admitted = sockets.admit(sockets.opened(socket), UUID.randomUUID(), session, () -> {
            // the resume's state was read (activity A); a turn committed meanwhile is fanned out before it is sent
            subscriber.accept(topic, "evaluation");
            subscriber.accept(topic, "activity B");
            return "activity A";
        });
        subscriber.accept(topic, "tutor_audio");

        assertThat(admitted).isTrue();
        awaitSize(socket, 4);
        assertThat(socket.received).containsExactly("activity A", "evaluation", "activity B", "tutor_audio");
    }

    @Test
    void aSocketRefusedWhileTheResumeIsMadeGetsNothingOfTheSession() throws Exception {
        SessionSockets sockets = sockets();
        UUID session = UUID.randomUUID();
        FakeSocket intruder = new FakeSocket(false);
        FakeSocket owner = new FakeSocket(false);
        admit(sockets, owner, session);
        String topic = Tutor.TOPIC_PREFIX + session;
        boolean admitted = sockets.admit(sockets.opened(intruder), UUID.randomUUID(), session, () -> {
            subscriber.accept(topic, "evaluation");
            return null; // not this learner's session
        });
        subscriber.accept(topic, "activity B");

        assertThat(admitted).isFalse();
        awaitSize(owner, 3);
        assertThat(owner.received).containsExactly("resume", "evaluation", "activity B");
        assertThat(intruder.received).isEmpty();
    }

    private static void admit(SessionSockets sockets, FakeSocket socket, UUID session) {
        assertThat(sockets.admit(sockets.opened(socket), UUID.randomUUID(), session, () -> "resume")).isTrue();
    }

    private static void awaitSize(FakeSocket socket, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (socket.received.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
