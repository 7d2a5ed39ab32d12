package com.koto.tutoring;

import com.koto.platform.ConflictException;
import com.koto.platform.NotFoundException;
import com.koto.platform.PlainText;
import com.koto.platform.RateLimitedException;
import com.koto.platform.ServiceUnavailable;
import java.net.URI;
import java.util.Map;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /ws/sessions/{id}}: the live turn loop. Authentication by {@code ?access_token=} or a first
 * {@code {type:"auth", access_token}} message (browsers and WebGL cannot set headers); only the
 * session's owner is admitted (others get {@code error not_found} and close code 4404). On admit the
 * current activity is sent (so a reconnect resumes where the session stood). Client messages:
 * {@code user_input {text, client_event_id}}, {@code audio_uploaded {audio_id}}, {@code ping}.
 * Turn results are not written here but fanned out by {@link Tutor} to every socket of the session.
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
        URI uri = session.getUri();
        String token = uri == null ? null
                : UriComponentsBuilder.fromUri(uri).build().getQueryParams().getFirst("access_token");
        if (token != null) {
            authenticate(socket, token);
        }
    }

    /** Largest client message assembled from frames (a 500-character answer is ≈ 1.6 KB). */
    static final int MAX_MESSAGE_CHARS = 16 * 1024;

    /** Messages being assembled from fragments, by socket id; {@code null} value = over the limit. */
    private final Map<String, StringBuilder> partial = new java.util.concurrent.ConcurrentHashMap<>();
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
        if (buffer == TOO_LARGE) {
            error(socket, "too_large", "Messages may be at most " + MAX_MESSAGE_CHARS + " characters; an answer at most 500.");
            return;
        }
        TextMessage message = new TextMessage(buffer.toString());
        socket.lastSeen = java.time.Instant.now();
        JsonNode msg;
        try {
            msg = json.readTree(message.getPayload());
        } catch (JacksonException e) {
            error(socket, "bad_message", "Messages must be JSON objects with a 'type'.");
            return;
        }
        String type = msg.path("type").asString("");
        if (!socket.authenticated()) {
            if ("auth".equals(type)) {
                authenticate(socket, msg.path("access_token").asString(""));
            } else {
                errorThenClose(socket, "unauthorized", "Authenticate first: {\"type\":\"auth\",\"access_token\":\"…\"}.",
                        UNAUTHORIZED);
            }
            return;
        }
        switch (type) {
            case "ping" -> sockets.send(socket, json.writeValueAsString(Tutor.message("pong")));
            case "user_input" -> userInput(socket, msg);
            case "audio_uploaded" -> audioUploaded(socket, msg);
            case "auth" -> { } // already authenticated: harmless repeat
            default -> error(socket, "unknown_type", "Unknown message type '" + type
                    + "'; expected user_input, audio_uploaded or ping.");
        }
    }

    @Override
    protected void handlePongMessage(WebSocketSession session, PongMessage message) {
        SessionSockets.Socket socket = sockets.get(session);
        if (socket != null) {
            socket.lastSeen = java.time.Instant.now();
        }
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        partial.remove(session.getId());
        sockets.closed(session);
    }

    @Override
    public void handleTransportError(WebSocketSession session, Throwable exception) {
        log.debug("WebSocket transport error on {}: {}", session.getId(), exception.getMessage());
        sockets.closed(session);
    }

    private void authenticate(SessionSockets.Socket socket, String token) {
        UUID sessionId = sessionIdOf(socket);
        UUID learnerId;
        try {
            Jwt jwt = jwtDecoder.decode(token);
            learnerId = UUID.fromString(jwt.getSubject());
        } catch (JwtException | IllegalArgumentException e) {
            errorThenClose(socket, "unauthorized", "The access token is invalid or has expired: log in again.",
                    UNAUTHORIZED);
            return;
        }
        SessionView view;
        try {
            view = sessionId == null ? null : orchestrator.state(learnerId, sessionId);
        } catch (NotFoundException e) {
            view = null;
        }
        if (view == null) {
            errorThenClose(socket, "not_found", "There is no such session for this account.", NOT_FOUND);
            return;
        }
        sockets.authenticated(socket, learnerId, sessionId);
        // resume: the client learns where the session stands
        String resume = view.currentActivity() != null
                ? json.writeValueAsString(tutor.activityMessage(view.currentActivity(),
                        tutor.audioOf(view.currentActivity().tutorLine())))
                : json.writeValueAsString(tutor.completeMessage(view));
        sockets.send(socket, resume);
    }

    private void userInput(SessionSockets.Socket socket, JsonNode msg) {
        String text = msg.path("text").asString(null);
        String clientEventId = msg.path("client_event_id").asString(null);
        if (text == null || text.length() > 500 || (clientEventId != null && !clientEventId.matches("[A-Za-z0-9._:-]{1,64}"))) {
            error(socket, "bad_message", "user_input needs 'text' (≤ 500 characters) and an optional "
                    + "'client_event_id' of letters, digits, '.', '_', ':' or '-' (≤ 64).");
            return;
        }
        String control = PlainText.Validator.firstProblem(text);
        if (control != null) {
            error(socket, "bad_message", "The answer contains a control or broken character (" + control
                    + "); send plain text.");
            return;
        }
        try {
            tutor.answerFromSocket(socket.learnerId, socket.sessionId, text, clientEventId,
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

    private void audioUploaded(SessionSockets.Socket socket, JsonNode msg) {
        UUID audioId;
        try {
            audioId = UUID.fromString(msg.path("audio_id").asString(""));
        } catch (IllegalArgumentException e) {
            error(socket, "bad_message", "audio_uploaded needs the 'audio_id' returned by POST /api/v1/sessions/{id}/audio.");
            return;
        }
        Map<String, Object> status = audioTurns.status(socket.learnerId, socket.sessionId, audioId);
        sockets.send(socket, json.writeValueAsString(status));
    }

    private void error(SessionSockets.Socket socket, String code, String detail) {
        sockets.send(socket, errorJson(code, detail));
    }

    private void errorThenClose(SessionSockets.Socket socket, String code, String detail, CloseStatus status) {
        sockets.sendThenClose(socket, errorJson(code, detail), status);
    }

    private String errorJson(String code, String detail) {
        Map<String, Object> m = Tutor.message("error");
        m.put("code", code);
        m.put("detail", detail);
        return json.writeValueAsString(m);
    }

    private static UUID sessionIdOf(SessionSockets.Socket socket) {
        URI uri = socket.ws.getUri();
        if (uri == null) {
            return null;
        }
        String path = uri.getPath();
        try {
            return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
