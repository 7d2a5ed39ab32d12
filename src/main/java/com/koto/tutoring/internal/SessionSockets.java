package com.koto.tutoring.internal;

import com.koto.platform.FanOut;
import com.koto.platform.LogContext;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
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
 *
 * <p>Why an outbox in front of Spring's decorator: the decorator makes concurrent sends safe and bounds a
 * socket's buffer, but the thread that finds the socket idle performs the network write itself (and flushes
 * what others buffered meanwhile). Our senders must never write: fan-out delivery runs on one dispatch
 * thread for all sessions (Redis' listener thread keeps each session's messages in publish order), so a write
 * blocked by one learner's full TCP window would stall every other learner on the instance. The outbox hands
 * each message to the socket's own virtual thread and returns at once; the decorator still guards that
 * thread's writes against the heartbeat's pings.
 *
 * <p>Log lines of a socket's work carry {@code request_id}, {@code session_id} and {@code learner_id}
 * ({@link LogContext}): each client message gets a request id {@code <upgrade request id>.<n>} (the
 * upgrade's {@code X-Request-Id}, numbered per message), and an outgoing message keeps the request id of
 * the work that queued it.
 */
@Component
public class SessionSockets {

    private static final Logger log = LoggerFactory.getLogger(SessionSockets.class);
    private static final int SEND_TIME_LIMIT_MS = 5_000;
    private static final int BUFFER_LIMIT_BYTES = 64 * 1024;
    public static final int MAX_BACKLOG = 256;

    /** Attribute of the WebSocket session: the upgrade request's id (set by {@link WebSocketConfiguration}). */
    static final String UPGRADE_REQUEST_ID = "koto.upgrade_request_id";

    /** A queued message and the request id of the work that queued it ({@code null}: none known). */
    private record Outgoing(String json, String requestId) {
    }

    /** One connected socket, with its own ordered outbox drained by a virtual thread. */
    static final class Socket {
        final ConcurrentWebSocketSessionDecorator ws;
        final Instant connectedAt;
        /** The session named by the socket's path, {@code null} when the path holds no UUID. */
        final UUID requestedSession;
        private final String upgradeRequestId;
        private final AtomicLong requests = new AtomicLong();
        private final Queue<Outgoing> outbox = new ConcurrentLinkedQueue<>();
        private final AtomicInteger backlog = new AtomicInteger();
        private final AtomicBoolean draining = new AtomicBoolean();
        volatile CloseStatus closeWhenDrained;
        /**
         * Fan-out messages held back while the socket's first message is being made ({@link #admit}), else
         * {@code null}. Guarded by the socket's monitor.
         */
        private List<Outgoing> held;
        volatile Instant lastSeen;
        volatile UUID learnerId;
        volatile UUID sessionId;

        Socket(WebSocketSession raw, Instant now) {
            this.ws = new ConcurrentWebSocketSessionDecorator(raw, SEND_TIME_LIMIT_MS, BUFFER_LIMIT_BYTES,
                    ConcurrentWebSocketSessionDecorator.OverflowStrategy.TERMINATE);
            this.connectedAt = now;
            this.lastSeen = now;
            this.requestedSession = sessionIdOf(raw.getUri());
            Object upgrade = raw.getAttributes().get(UPGRADE_REQUEST_ID);
            this.upgradeRequestId = upgrade instanceof String id ? id : UUID.randomUUID().toString();
        }

        public boolean authenticated() {
            return learnerId != null;
        }

        /**
         * Opens the log context of one piece of this socket's work (close it when done).
         *
         * @param requestId the request id to carry on, or {@code null} for this socket's next one
         */
        LogContext.Scope logContext(String requestId) {
            return LogContext.open(requestId != null ? requestId : upgradeRequestId + "." + requests.incrementAndGet(),
                    sessionId != null ? sessionId : requestedSession, learnerId);
        }

        private static UUID sessionIdOf(URI uri) {
            if (uri == null) {
                return null;
            }
            String path = uri.getPath();
            try {
                return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                return null;
            }
        }
    }

    private final Map<String, Socket> byId = new ConcurrentHashMap<>();
    private final Map<UUID, Set<Socket>> bySession = new ConcurrentHashMap<>();
    private final TutoringProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("koto-ws-heartbeat").daemon().factory());

    public SessionSockets(FanOut fanOut, TutoringProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        fanOut.subscribe(Tutor.TOPIC_PREFIX, this::deliver);
        // koto_ws_sockets_active: open learner sockets on this instance (Micrometer's global registry, bound by Boot)
        io.micrometer.core.instrument.Metrics.gauge("koto.ws.sockets.active", byId, Map::size);
        long period = Math.max(1000, Math.min(properties.wsPingInterval().toMillis(), properties.wsAuthTimeout().toMillis()));
        heartbeat.scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    public Socket opened(WebSocketSession raw) {
        Socket socket = new Socket(raw, clock.instant());
        byId.put(raw.getId(), socket);
        return socket;
    }

    Socket get(WebSocketSession raw) {
        return byId.get(raw.getId());
    }

    /**
     * Admits a socket to its tutoring session's fan-out, with {@code first} as the first message it sends. The
     * socket joins the fan-out <em>before</em> {@code first} is made, and what the fan-out brings meanwhile is
     * held back and queued after it. So a resume message made from the session's state read inside
     * {@code first} is never overtaken by the messages of a turn committed after that read, and none of them
     * is missed: a turn committed before the read is in the resume, a turn committed after it follows it.
     *
     * @param first makes the first message (JSON), or returns {@code null} when the socket is not to be
     *              admitted after all (then nothing held is sent and the socket leaves the fan-out)
     * @return whether the socket was admitted
     */
    public boolean admit(Socket socket, UUID learnerId, UUID sessionId, Supplier<String> first) {
        synchronized (socket) {
            socket.held = new ArrayList<>();
        }
        socket.sessionId = sessionId;
        bySession.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(socket);
        String message = null;
        try {
            message = first.get();
        } finally {
            synchronized (socket) {
                List<Outgoing> held = socket.held;
                socket.held = null;
                if (message != null) {
                    socket.learnerId = learnerId;
                    enqueue(socket, new Outgoing(message, LogContext.requestId()));
                    held.forEach(m -> enqueue(socket, m));
                }
            }
            if (message == null) {
                leave(socket);
                socket.sessionId = null;
            }
        }
        return message != null;
    }

    void closed(WebSocketSession raw) {
        Socket socket = byId.remove(raw.getId());
        if (socket != null && socket.sessionId != null) {
            leave(socket);
        }
    }

    /** Takes a socket out of its session's fan-out. */
    private void leave(Socket socket) {
        bySession.computeIfPresent(socket.sessionId, (id, set) -> {
            set.remove(socket);
            return set.isEmpty() ? null : set;
        });
    }

    /** Notes that the client was heard from now (idle sockets are closed). */
    void seen(Socket socket) {
        socket.lastSeen = clock.instant();
    }

    /** Number of sockets open on this instance (authenticated or not). */
    public int open() {
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
        enqueue(socket, new Outgoing(json, LogContext.requestId()));
    }

    private void enqueue(Socket socket, Outgoing message) {
        if (socket.backlog.incrementAndGet() > MAX_BACKLOG) {
            try (var context = socket.logContext(message.requestId())) {
                log.info("Closing slow WebSocket client {} ({} messages behind)", socket.ws.getId(), MAX_BACKLOG);
            }
            closeQuietly(socket, CloseStatus.SESSION_NOT_RELIABLE.withReason("too slow"));
            return;
        }
        socket.outbox.add(message);
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
            Outgoing next;
            while ((next = socket.outbox.poll()) != null) {
                socket.backlog.decrementAndGet();
                try (var context = socket.logContext(next.requestId())) {
                    socket.ws.sendMessage(new TextMessage(next.json()));
                } catch (IOException | IllegalStateException e) {
                    try (var context = socket.logContext(next.requestId())) {
                        log.debug("Dropping socket {}: {}", socket.ws.getId(), e.getMessage());
                    }
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
            sockets.forEach(s -> deliverTo(s, message));
        }
    }

    /** Sends a fan-out message to one socket, or holds it while the socket's first message is made. */
    private void deliverTo(Socket socket, String message) {
        synchronized (socket) {
            if (socket.held != null) {
                socket.held.add(new Outgoing(message, LogContext.requestId()));
                return;
            }
        }
        send(socket, message);
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
