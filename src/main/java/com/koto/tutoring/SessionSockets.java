package com.koto.tutoring;

import com.koto.platform.FanOut;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * The learner sockets connected to this instance, by tutoring session. Receives the session
 * topics of the {@link FanOut} (so a turn finished on another instance reaches sockets here),
 * sends through a per-socket ordered outbox and a {@link ConcurrentWebSocketSessionDecorator} (a slow
 * consumer delays only itself and is cut off when 256 messages, 5 s or 64 KB behind), pings every {@code ws-ping-interval} and closes
 * sockets idle for {@code ws-idle-timeout} or unauthenticated after {@code ws-auth-timeout}.
 */
@Component
class SessionSockets {

    private static final Logger log = LoggerFactory.getLogger(SessionSockets.class);
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int BUFFER_LIMIT_BYTES = 64 * 1024;
    static final int MAX_BACKLOG = 256;

    /** One connected socket, with its own ordered outbox drained by a virtual thread. */
    static final class Socket {
        final ConcurrentWebSocketSessionDecorator ws;
        final Instant connectedAt;
        final Queue<String> outbox = new ConcurrentLinkedQueue<>();
        final AtomicInteger backlog = new AtomicInteger();
        final AtomicBoolean draining = new AtomicBoolean();
        volatile CloseStatus closeWhenDrained;
        volatile Instant lastSeen;
        volatile UUID learnerId;
        volatile UUID sessionId;

        Socket(WebSocketSession raw, Instant now) {
            this.ws = new ConcurrentWebSocketSessionDecorator(raw, SEND_TIME_LIMIT_MS, BUFFER_LIMIT_BYTES,
                    ConcurrentWebSocketSessionDecorator.OverflowStrategy.TERMINATE);
            this.connectedAt = now;
            this.lastSeen = now;
        }

        boolean authenticated() {
            return learnerId != null;
        }
    }

    private final Map<String, Socket> byId = new ConcurrentHashMap<>();
    private final Map<UUID, Set<Socket>> bySession = new ConcurrentHashMap<>();
    private final TutoringProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("koto-ws-heartbeat").daemon().factory());

    SessionSockets(FanOut fanOut, TutoringProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        fanOut.subscribe(Tutor.TOPIC_PREFIX, this::deliver);
        // koto_ws_sockets_active: open learner sockets on this instance (Micrometer's global registry, bound by Boot)
        io.micrometer.core.instrument.Metrics.gauge("koto.ws.sockets.active", byId, Map::size);
        long period = Math.max(1000, Math.min(properties.wsPingInterval().toMillis(), properties.wsAuthTimeout().toMillis()));
        heartbeat.scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    Socket opened(WebSocketSession raw) {
        Socket socket = new Socket(raw, clock.instant());
        byId.put(raw.getId(), socket);
        return socket;
    }

    Socket get(WebSocketSession raw) {
        return byId.get(raw.getId());
    }

    void authenticated(Socket socket, UUID learnerId, UUID sessionId) {
        socket.learnerId = learnerId;
        socket.sessionId = sessionId;
        bySession.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(socket);
    }

    void closed(WebSocketSession raw) {
        Socket socket = byId.remove(raw.getId());
        if (socket != null && socket.sessionId != null) {
            bySession.computeIfPresent(socket.sessionId, (id, set) -> {
                set.remove(socket);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** Number of sockets open on this instance (authenticated or not). */
    int open() {
        return byId.size();
    }

    /** Number of authenticated sockets of a tutoring session on this instance. */
    int connected(UUID sessionId) {
        Set<Socket> set = bySession.get(sessionId);
        return set == null ? 0 : set.size();
    }

    /**
     * Queues a text frame for one socket and returns at once: each socket's messages go out in
     * order on its own virtual thread, so a slow client delays only itself. A client more than
     * {@value #MAX_BACKLOG} messages behind is disconnected (it resumes on reconnect).
     */
    void send(Socket socket, String json) {
        if (socket.backlog.incrementAndGet() > MAX_BACKLOG) {
            log.info("Closing slow WebSocket client {} ({} messages behind)", socket.ws.getId(), MAX_BACKLOG);
            closeQuietly(socket, CloseStatus.SESSION_NOT_RELIABLE.withReason("too slow"));
            return;
        }
        socket.outbox.add(json);
        if (socket.draining.compareAndSet(false, true)) {
            Thread.ofVirtual().name("koto-ws-send").start(() -> drain(socket));
        }
    }

    /** Queues a last message, then closes the socket once it is sent. */
    void sendThenClose(Socket socket, String json, CloseStatus status) {
        socket.closeWhenDrained = status;
        send(socket, json);
    }

    private void drain(Socket socket) {
        while (true) {
            String next;
            while ((next = socket.outbox.poll()) != null) {
                socket.backlog.decrementAndGet();
                try {
                    socket.ws.sendMessage(new TextMessage(next));
                } catch (IOException | IllegalStateException e) {
                    log.debug("Dropping socket {}: {}", socket.ws.getId(), e.getMessage());
                    closeQuietly(socket, CloseStatus.SESSION_NOT_RELIABLE);
                    socket.outbox.clear();
                }
            }
            if (socket.closeWhenDrained != null) {
                closeQuietly(socket, socket.closeWhenDrained);
            }
            socket.draining.set(false);
            // a message queued between the last poll and the flag reset must not be stranded
            if (socket.outbox.isEmpty() || !socket.draining.compareAndSet(false, true)) {
                return;
            }
        }
    }

    private void deliver(String topic, String message) {
        UUID sessionId = UUID.fromString(topic.substring(Tutor.TOPIC_PREFIX.length()));
        Set<Socket> sockets = bySession.get(sessionId);
        if (sockets != null) {
            sockets.forEach(s -> send(s, message));
        }
    }

    private void beat() {
        Instant now = clock.instant();
        for (Socket socket : byId.values()) {
            try {
                if (!socket.authenticated()) {
                    if (socket.connectedAt.plus(properties.wsAuthTimeout()).isBefore(now)) {
                        closeQuietly(socket, CloseStatus.POLICY_VIOLATION.withReason("authentication timeout"));
                    }
                } else if (socket.lastSeen.plus(properties.wsIdleTimeout()).isBefore(now)) {
                    closeQuietly(socket, CloseStatus.GOING_AWAY.withReason("idle"));
                } else if (socket.ws.isOpen()) {
                    socket.ws.sendMessage(new PingMessage(ByteBuffer.wrap(new byte[] {'k'})));
                }
            } catch (IOException | RuntimeException e) {
                closeQuietly(socket, CloseStatus.SESSION_NOT_RELIABLE);
            }
        }
    }

    void closeQuietly(Socket socket, CloseStatus status) {
        try {
            socket.ws.close(status);
        } catch (IOException | RuntimeException ignored) {
            // already gone
        }
    }

    @PreDestroy
    void stop() {
        heartbeat.shutdownNow();
        byId.values().forEach(s -> closeQuietly(s, CloseStatus.SERVICE_RESTARTED));
    }
}
