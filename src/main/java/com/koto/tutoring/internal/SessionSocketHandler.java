package com.koto.tutoring.internal;

import com.koto.platform.ConflictException;
import com.koto.platform.LogContext;
import com.koto.platform.NotFoundException;
import com.koto.platform.PlainText;
import com.koto.platform.RateLimitedException;
import com.koto.platform.ServiceUnavailable;
import com.koto.tutoring.ClientMessage;
import com.koto.tutoring.LessonOrchestrator;
import com.koto.tutoring.ServerMessage;
import com.koto.tutoring.SessionView;
import java.net.URI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PongMessage;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /ws/sessions/{id}}: the live turn loop. Authentication by {@code ?access_token=} or a first
 * {@code {type:"auth", access_token}} message (browsers and WebGL cannot set headers); only the
 * session's owner is admitted (others get {@code error not_found} and close code 4404). On admit the
 * current activity is sent first (so a reconnect resumes where the session stands), read after the socket
 * joined the session's fan-out: every turn is either in it or follows it ({@link SessionSockets#admit}).
 * Client messages are {@link ClientMessage}s, server messages {@link ServerMessage}s (both typed by their
 * {@code type}).
 * Turn results are not written here but fanned out by {@link Tutor} to every socket of the session.
 * Every client message (and the socket's opening and closing) is handled inside the socket's log context
 * ({@link SessionSockets.Socket#logContext}), so its log lines carry a request id, the session id and,
 * once authenticated, the learner id.
 */
@Component
class SessionSocketHandler extends TextWebSocketHandler {

    private static final Logger log = LoggerFactory.getLogger(SessionSocketHandler.class);
    static final CloseStatus NOT_FOUND = new CloseStatus(4404, "not found");
    static final CloseStatus UNAUTHORIZED = new CloseStatus(4401, "unauthorized");

    private final SessionSockets sockets;
    private final JwtDecoder jwtDecoder;
    private final LessonOrchestrator orchestrator;
    private final Tutor tutor;
    private final AudioTurns audioTurns;
    private final JsonMapper json;

    SessionSocketHandler(SessionSockets sockets, JwtDecoder jwtDecoder, LessonOrchestrator orchestrator, Tutor tutor,
            AudioTurns audioTurns, JsonMapper json) {
        this.sockets = sockets;
        this.jwtDecoder = jwtDecoder;
        this.orchestrator = orchestrator;
        this.tutor = tutor;
        this.audioTurns = audioTurns;
        this.json = json;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        SessionSockets.Socket socket = sockets.opened(session);
        try (var context = socket.logContext(null)) {
            log.debug("WebSocket opened");
            URI uri = session.getUri();
            String token = uri == null ? null
                    : UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst("access_token");
            if (token != null) {
                authenticate(socket, token);
            }
        }
    }

    /** Largest client message assembled from frames (a 500-character answer is ≈ 1.6 KB). */
    static final int MAX_MESSAGE_CHARS = 16 * 1024;

    /** Messages being assembled from fragments, by socket id; {@code null} value = over the limit. */
    private final java.util.Map<String, StringBuilder> partial = new java.util.concurrent.ConcurrentHashMap<>();
    private static final StringBuilder TOO_LARGE = new StringBuilder(0);

    /**
     * Fragments are taken one by one (instead of letting the container close an oversized message
     * with 1009 and no explanation), so a client that sends too much gets an {@code error too_large}.
     */
    @Override
    public boolean supportsPartialMessages() {
        return true;
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage fragment) {
        SessionSockets.Socket socket = sockets.get(session);
        if (socket == null) {
            return;
        }
        StringBuilder buffer = partial.computeIfAbsent(session.getId(), k -> new StringBuilder());
        if (buffer != TOO_LARGE) {
            buffer.append(fragment.getPayload());
            if (buffer.length() > MAX_MESSAGE_CHARS) {
                partial.put(session.getId(), TOO_LARGE);
                buffer = TOO_LARGE;
            }
        }
        if (!fragment.isLast()) {
            return;
        }
        partial.remove(session.getId());
        try (var context = socket.logContext(null)) {
            handleMessage(socket, buffer);
        }
    }

    /** One whole client message, inside its log context. */
    private void handleMessage(SessionSockets.Socket socket, StringBuilder buffer) {
        if (buffer == TOO_LARGE) {
            error(socket, "too_large", "Messages may be at most " + MAX_MESSAGE_CHARS + " characters; an answer at most 500.");
            return;
        }
        TextMessage message = new TextMessage(buffer.toString());
        sockets.seen(socket);
        ClientMessage msg;
        try {
            msg = json.readValue(message.getPayload(), ClientMessage.class);
        } catch (InvalidTypeIdException e) {
            if (e.getTypeId() == null) {
                error(socket, "bad_message", "Messages must be JSON objects with a 'type'.");
            } else if (!socket.authenticated()) {
                errorThenClose(socket, "unauthorized", "Authenticate first: {\"type\":\"auth\",\"access_token\":\"…\"}.",
                        UNAUTHORIZED);
            } else {
                error(socket, "unknown_type", "Unknown message type '" + e.getTypeId()
                        + "'; expected auth, user_input, audio_uploaded or ping.");
            }
            return;
        } catch (JacksonException e) {
            error(socket, "bad_message", "Messages must be JSON objects with a 'type' (auth, user_input, "
                    + "audio_uploaded or ping) and that type's fields.");
            return;
        }
        log.debug("WebSocket message {}", msg.getClass().getSimpleName());
        if (!socket.authenticated()) {
            if (msg instanceof ClientMessage.Auth auth) {
                authenticate(socket, auth.accessToken() == null ? "" : auth.accessToken());
            } else {
                errorThenClose(socket, "unauthorized", "Authenticate first: {\"type\":\"auth\",\"access_token\":\"…\"}.",
                        UNAUTHORIZED);
            }
            return;
        }
        switch (msg) {
            case ClientMessage.Ping ping -> send(socket, new ServerMessage.Pong());
            case ClientMessage.UserInput input -> userInput(socket, input);
            case ClientMessage.AudioUploaded uploaded -> audioUploaded(socket, uploaded);
            case ClientMessage.Auth repeat -> { } // already authenticated: harmless repeat
        }
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        SessionSockets.Socket socket = sockets.get(session);
        if (socket != null) {
            sockets.seen(socket);
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        partial.remove(session.getId());
        SessionSockets.Socket socket = sockets.get(session);
        if (socket != null) {
            try (var context = socket.logContext(null)) {
                log.debug("WebSocket closed ({})", status.getCode());
            }
        }
        sockets.closed(session);
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        SessionSockets.Socket socket = sockets.get(session);
        if (socket != null) {
            try (var context = socket.logContext(null)) {
                log.debug("WebSocket transport error on {}: {}", session.getId(), exception.getMessage());
            }
        }
        sockets.closed(session);
    }

    private void authenticate(SessionSockets.Socket socket, String token) {
        UUID sessionId = socket.requestedSession;
        UUID learnerId;
        try {
            Jwt jwt = jwtDecoder.decode(token);
            learnerId = UUID.fromString(jwt.getSubject());
        } catch (JwtException | IllegalArgumentException e) {
            errorThenClose(socket, "unauthorized", "The access token is invalid or has expired: log in again.",
                    UNAUTHORIZED);
            return;
        }
        // resume: the client learns where the session stands. The socket joins the session's fan-out before the
        // state is read, and what the fan-out brings meanwhile goes out after the resume message (SessionSockets
        // .admit): a turn committed after the read follows the resume, a turn committed before it is in it.
        boolean admitted = sessionId != null && sockets.admit(socket, learnerId, sessionId, () -> {
            SessionView view = ownState(learnerId, sessionId);
            return view == null ? null : json.writeValueAsString(view.currentActivity() != null
                    ? tutor.activityMessage(sessionId, view.currentActivity())
                    : tutor.completeMessage(view));
        });
        if (!admitted) {
            errorThenClose(socket, "not_found", "There is no such session for this account.", NOT_FOUND);
            return;
        }
        LogContext.learner(learnerId);
    }

    /** The session's state now, {@code null} when it is not this learner's. */
    private SessionView ownState(UUID learnerId, UUID sessionId) {
        try {
            return orchestrator.state(learnerId, sessionId);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private void userInput(SessionSockets.Socket socket, ClientMessage.UserInput input) {
        if (!input.valid()) {
            error(socket, "bad_message", "user_input needs 'text' (≤ " + ClientMessage.MAX_TEXT
                    + " characters) and an optional 'client_event_id' of letters, digits, '.', '_', ':' or '-' (≤ 64).");
            return;
        }
        String control = PlainText.Validator.firstProblem(input.text());
        if (control != null) {
            error(socket, "bad_message", "The answer contains a control or broken character (" + control
                    + "); send plain text.");
            return;
        }
        try {
            tutor.answerFromSocket(socket.learnerId, socket.sessionId, input.text(), input.clientEventId(),
                    reply -> sockets.send(socket, reply));
        } catch (ConflictException e) {
            error(socket, "session_not_active", e.getMessage());
        } catch (RateLimitedException e) {
            error(socket, "rate_limited", e.getMessage());
        } catch (NotFoundException e) {
            error(socket, "not_found", e.getMessage());
        } catch (RuntimeException e) {
            if (ServiceUnavailable.isDatabaseOutage(e)) {
                error(socket, "unavailable", "The service cannot reach its database right now and your answer was "
                        + "not recorded; send it again in " + ServiceUnavailable.RETRY_AFTER_SECONDS + " seconds.");
                return;
            }
            log.error("WebSocket turn failed on session {}", socket.sessionId, e);
            error(socket, "internal", "Something went wrong on our side and this answer may not have been recorded: send it "
                    + "again with the same client_event_id (it never counts twice).");
        }
    }

    private void audioUploaded(SessionSockets.Socket socket, ClientMessage.AudioUploaded uploaded) {
        if (uploaded.audioId() == null) {
            error(socket, "bad_message", "audio_uploaded needs the 'audio_id' returned by POST /api/v1/sessions/{id}/audio.");
            return;
        }
        send(socket, audioTurns.status(socket.learnerId, socket.sessionId, uploaded.audioId()));
    }

    private void send(SessionSockets.Socket socket, ServerMessage message) {
        sockets.send(socket, json.writeValueAsString(message));
    }

    private void error(SessionSockets.Socket socket, String code, String detail) {
        send(socket, new ServerMessage.ErrorMessage(code, detail));
    }

    private void errorThenClose(SessionSockets.Socket socket, String code, String detail, CloseStatus status) {
        sockets.sendThenClose(socket, json.writeValueAsString(new ServerMessage.ErrorMessage(code, detail)), status);
    }
}
