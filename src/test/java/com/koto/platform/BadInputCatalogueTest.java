package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.identity.TokenClaims;
import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import com.koto.support.WsClient;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad-input catalogue (issue 10): every REST route, uploads, raw HTTP oddities and every
 * WebSocket message type, each sent as a hostile or clumsy client would. Each REST case asserts the
 * exact status, {@code application/problem+json}, a {@code type} under our base and a non-empty
 * {@code detail}; each WebSocket case an {@code error} message with a code. After every case the row
 * counts of the tables a request could write are unchanged: nothing refused was written, nothing
 * was written twice. The totals are printed for {@code docs/reliability.md}.
 */
class BadInputCatalogueTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] TABLES = {"accounts", "sessions", "session_events", "audio_files", "lesson_versions"};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JwtEncoder encoder;

    /** One request and what must come back. */
    private record Case(String name, int status, Supplier<RawHttp.Response> request) {
    }

    /** One WebSocket message and the error code that must come back. */
    private record WsCase(String name, String code, Object message) {
    }

    private String learnerToken;
    private String otherToken;
    private String session;
    private String otherSession;
    private String endedSession;
    private String lesson;

    private final List<String> problems = new ArrayList<>();

    @TestFactory
    List<DynamicTest> everyBadInputGetsAClearProblemAndWritesNothing() {
        setUp();
        List<DynamicTest> tests = new ArrayList<>();
        List<Case> cases = restCases();
        for (Case c : cases) {
            tests.add(DynamicTest.dynamicTest(c.status() + " " + c.name(), () -> runCase(c)));
        }
        List<WsCase> ws = wsCases();
        for (WsCase c : ws) {
            tests.add(DynamicTest.dynamicTest("ws " + c.code() + " " + c.name(), () -> runWsCase(c)));
        }
        tests.add(DynamicTest.dynamicTest("totals", () -> System.out.println("CATALOGUE: " + cases.size()
                + " REST/HTTP cases + " + ws.size() + " WebSocket cases = " + (cases.size() + ws.size()))));
        return tests;
    }

    @org.junit.jupiter.api.Test
    void anAnswerRetriedOverRestAndTheSocketIsRecordedOnceAndAnsweredEveryTime() {
        Api learner = api().newLearner("en");
        String id = learner.startSession("cafe-ordering");
        String body = "{\"type\":\"user_input\",\"text\":\"안녕하세요\",\"client_event_id\":\"retry-1\"}";
        Api.Response first = learner.post("/api/v1/sessions/" + id + "/events", body);
        assertThat(first.status()).isEqualTo(200);
        long events = jdbc.queryForObject("select count(*) from session_events where session_id = ?::uuid", Long.class, id);

        Api.Response again = learner.post("/api/v1/sessions/" + id + "/events", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("evaluation")).isEqualTo(first.json().path("evaluation"));
        try (WsClient ws = WsClient.connect(port, id, learner.token())) {
            ws.next("activity", 10);
            ws.send(Map.of("type", "user_input", "text", "안녕하세요", "client_event_id", "retry-1"));
            JsonNode evaluation = ws.next("evaluation", 10);
            assertThat(evaluation).as("the socket gets the original reply").isNotNull();
            assertThat(evaluation.path("client_event_id").asString()).isEqualTo("retry-1");
            assertThat(evaluation.path("evaluation")).isEqualTo(first.json().path("evaluation"));
            assertThat(ws.next("tutor_response", 10).path("text").asString())
                    .isEqualTo(first.json().path("tutor_response").path("text").asString());
        }
        assertThat(jdbc.queryForObject("select count(*) from session_events where session_id = ?::uuid", Long.class, id))
                .as("retries wrote nothing").isEqualTo(events);
    }

    private void setUp() {
        Api api = api();
        learnerToken = api.newLearnerToken("en");
        otherToken = api.newLearnerToken("id");
        session = api.withToken(learnerToken).startSession("cafe-ordering");
        otherSession = api.withToken(otherToken).startSession("cafe-ordering");
        endedSession = api.withToken(learnerToken).startSession("cafe-ordering");
        assertThat(api.withToken(learnerToken).post("/api/v1/sessions/" + endedSession + "/end", "{}").status())
                .isEqualTo(200);
        lesson = api.withToken(learnerToken).lessonId("cafe-ordering");
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private void runCase(Case c) {
        Map<String, Long> before = counts();
        RawHttp.Response r = c.request().get();
        assertThat(r.status()).as("%s: %s", c.name(), r).isEqualTo(c.status());
        assertThat(r.contentType()).as("%s: %s", c.name(), r).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("detail").asString("")).as(c.name()).isNotBlank();
        assertThat(body.path("type").asString("")).as(c.name()).startsWith(Problems.TYPE_BASE);
        assertThat(body.path("status").asInt()).as(c.name()).isEqualTo(c.status());
        assertThat(r.body()).as(c.name()).doesNotContain("Exception").doesNotContain("at com.koto");
        assertThat(counts()).as("%s wrote nothing", c.name()).isEqualTo(before);
    }

    private void runWsCase(WsCase c) {
        Map<String, Long> before = counts();
        try (WsClient ws = WsClient.connect(port, session, learnerToken)) {
            ws.next("activity", 10); // admitted and resumed
            ws.send(c.message());
            JsonNode error = ws.next("error", 10);
            assertThat(error).as(c.name()).isNotNull();
            assertThat(error.path("code").asString()).as(c.name()).isEqualTo(c.code());
            assertThat(error.path("detail").asString("")).as(c.name()).isNotBlank();
        }
        assertThat(counts()).as("%s wrote nothing", c.name()).isEqualTo(before);
    }

    // ---- requests ------------------------------------------------------------------------------

    private Supplier<RawHttp.Response> req(String method, String path, String token, String contentType, byte[] body) {
        return () -> {
            Map<String, String> headers = new LinkedHashMap<>();
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return RawHttp.send(port, method + " " + path + " HTTP/1.1", headers, body == null && !method.equals("GET")
                    ? new byte[0] : body);
        };
    }

    private Supplier<RawHttp.Response> json(String method, String path, String token, String body) {
        return req(method, path, token, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private Supplier<RawHttp.Response> multipart(String path, String token, String partName, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--XBOUNDARY\r\nContent-Disposition: form-data; name=\"" + partName
                + "\"; filename=\"a.bin\"\r\nContent-Type: audio/wav\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(content);
        body.writeBytes("\r\n--XBOUNDARY--\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return req("POST", path, token, "multipart/form-data; boundary=XBOUNDARY", body.toByteArray());
    }

    private String expiredToken() {
        Instant past = Instant.now().minus(2, ChronoUnit.HOURS);
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(TokenClaims.ISSUER).subject(UUID.randomUUID().toString())
                .issuedAt(past).expiresAt(past.plus(1, ChronoUnit.HOURS))
                .claim(TokenClaims.ROLES, List.of("LEARNER")).build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    private static String otherKeyToken() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        JwtEncoder other = new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(key, "HmacSHA256")));
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(TokenClaims.ISSUER).subject(UUID.randomUUID().toString())
                .issuedAt(now).expiresAt(now.plus(1, ChronoUnit.HOURS)).claim(TokenClaims.ROLES, List.of("ADMIN")).build();
        return other.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    private String algNoneToken() {
        String[] parts = learnerToken.split("\\.");
        return Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + parts[1] + ".";
    }

    private String tamperedToken() {
        String[] parts = learnerToken.split("\\.");
        char[] sig = parts[2].toCharArray();
        sig[5] = sig[5] == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + new String(sig);
    }

    private String deletedAccountToken() {
        String username = api().newLearnerUsername("en");
        String token = api().login(username, "correct-horse-1");
        jdbc.update("delete from accounts where username = ?", username);
        return token;
    }

    private List<Case> restCases() {
        List<Case> cases = new ArrayList<>();
        String s = "/api/v1/sessions/" + session;
        String unknown = UUID.randomUUID().toString();

        // 1. every protected route × every kind of bad token → 401
        Map<String, String> badTokens = new LinkedHashMap<>();
        badTokens.put("no token", null);
        badTokens.put("garbage token", "not-a-jwt");
        badTokens.put("tampered signature", tamperedToken());
        badTokens.put("alg none", algNoneToken());
        badTokens.put("expired", expiredToken());
        badTokens.put("signed with another key", otherKeyToken());
        badTokens.put("account deleted", deletedAccountToken());
        List<String[]> routes = List.of(
                new String[] {"GET", "/api/v1/lessons", null},
                new String[] {"GET", "/api/v1/lessons/" + lesson, null},
                new String[] {"GET", "/api/v1/lessons/" + lesson + "/stages", null},
                new String[] {"POST", "/api/v1/sessions", "{\"lesson_id\":\"" + lesson + "\"}"},
                new String[] {"GET", s, null},
                new String[] {"POST", s + "/events", "{\"type\":\"user_input\",\"text\":\"네\"}"},
                new String[] {"POST", s + "/end", "{}"},
                new String[] {"GET", "/api/v1/audio/" + unknown, null},
                new String[] {"POST", "/api/v1/evaluations", "{\"expected\":[\"네\"],\"answer\":\"네\",\"instruction_lang\":\"en\"}"},
                new String[] {"GET", "/api/v1/nope", null});
        badTokens.forEach((kind, token) -> {
            for (String[] route : routes) {
                cases.add(new Case(route[0] + " " + route[1].replace(session, "{session}") + " with " + kind, 401,
                        route[2] == null ? req(route[0], route[1], token, null, null) : json(route[0], route[1], token, route[2])));
            }
        });
        cases.add(new Case("upload with no token", 401, multipart(s + "/audio", null, "audio", new byte[100])));

        // 2. malformed bodies on every JSON route → 400
        Map<String, String> jsonRoutes = new LinkedHashMap<>();
        jsonRoutes.put("/api/v1/sessions", learnerToken);
        jsonRoutes.put(s + "/events", learnerToken);
        jsonRoutes.put("/api/v1/evaluations", learnerToken);
        jsonRoutes.put("/api/v1/learners", null);
        jsonRoutes.put("/api/v1/auth/token", null);
        Map<String, byte[]> malformed = new LinkedHashMap<>();
        malformed.put("truncated JSON", "{\"text\":\"안녕".getBytes(StandardCharsets.UTF_8));
        malformed.put("not JSON", "hello there".getBytes(StandardCharsets.UTF_8));
        malformed.put("a JSON array", "[1,2,3]".getBytes(StandardCharsets.UTF_8));
        malformed.put("empty body", new byte[0]);
        malformed.put("invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        malformed.put("JSON null", "null".getBytes(StandardCharsets.UTF_8));
        jsonRoutes.forEach((route, token) -> malformed.forEach((kind, body) -> cases.add(new Case(
                "POST " + route.replace(session, "{session}") + " " + kind, 400,
                req("POST", route, token, "application/json", body)))));

        // 3. fields: missing, wrong types, too long, control characters
        String events = s + "/events";
        cases.add(new Case("answer missing text", 400, json("POST", events, learnerToken, "{\"type\":\"user_input\"}")));
        cases.add(new Case("answer missing type", 400, json("POST", events, learnerToken, "{\"text\":\"네\"}")));
        cases.add(new Case("answer of unknown type", 400, json("POST", events, learnerToken, "{\"type\":\"shout\",\"text\":\"네\"}")));
        cases.add(new Case("answer text is an object", 400, json("POST", events, learnerToken, "{\"type\":\"user_input\",\"text\":{\"a\":1}}")));
        cases.add(new Case("answer text is a list", 400, json("POST", events, learnerToken, "{\"type\":\"user_input\",\"text\":[\"네\"]}")));
        cases.add(new Case("answer of 10,000 characters", 400, json("POST", events, learnerToken,
                "{\"type\":\"user_input\",\"text\":\"" + "가".repeat(10_000) + "\"}")));
        cases.add(new Case("answer with NUL", 400, json("POST", events, learnerToken, "{\"type\":\"user_input\",\"text\":\"네\\u0000요\"}")));
        cases.add(new Case("answer with BEL control character", 400, json("POST", events, learnerToken, "{\"type\":\"user_input\",\"text\":\"네\\u0007\"}")));
        cases.add(new Case("answer with escape character", 400, json("POST", events, learnerToken, "{\"type\":\"user_input\",\"text\":\"\\u001b[31m네\"}")));
        cases.add(new Case("answer with lone surrogate", 400, json("POST", events, learnerToken, "{\"type\":\"user_input\",\"text\":\"\\ud800\"}")));
        cases.add(new Case("client_event_id with spaces", 400, json("POST", events, learnerToken,
                "{\"type\":\"user_input\",\"text\":\"네\",\"client_event_id\":\"a b\"}")));
        cases.add(new Case("client_event_id of 65 characters", 400, json("POST", events, learnerToken,
                "{\"type\":\"user_input\",\"text\":\"네\",\"client_event_id\":\"" + "a".repeat(65) + "\"}")));
        cases.add(new Case("start without lesson_id", 400, json("POST", "/api/v1/sessions", learnerToken, "{}")));
        cases.add(new Case("start with lesson_id not a UUID", 400, json("POST", "/api/v1/sessions", learnerToken, "{\"lesson_id\":\"cafe\"}")));
        cases.add(new Case("start with lesson_id a number", 400, json("POST", "/api/v1/sessions", learnerToken, "{\"lesson_id\":42}")));
        cases.add(new Case("start with bad instruction_lang", 400, json("POST", "/api/v1/sessions", learnerToken,
                "{\"lesson_id\":\"" + lesson + "\",\"instruction_lang\":\"Indonesian\"}")));
        cases.add(new Case("register with short password", 400, json("POST", "/api/v1/learners", null,
                "{\"username\":\"shorty\",\"password\":\"abc\",\"display_name\":\"S\",\"instruction_lang\":\"en\"}")));
        cases.add(new Case("register with a 75-byte (25 Hangul) password", 400, json("POST", "/api/v1/learners", null,
                "{\"username\":\"longpw-" + unknown.substring(0, 6) + "\",\"password\":\"" + "가".repeat(25)
                        + "\",\"display_name\":\"L\",\"instruction_lang\":\"en\"}")));
        cases.add(new Case("register with a 73-character password", 400, json("POST", "/api/v1/learners", null,
                "{\"username\":\"longpw2-" + unknown.substring(0, 6) + "\",\"password\":\"" + "a".repeat(73)
                        + "\",\"display_name\":\"L\",\"instruction_lang\":\"en\"}")));
        cases.add(new Case("register with bad username", 400, json("POST", "/api/v1/learners", null,
                "{\"username\":\"no spaces!\",\"password\":\"correct-horse-1\",\"display_name\":\"S\",\"instruction_lang\":\"en\"}")));
        cases.add(new Case("register with NUL in display name", 400, json("POST", "/api/v1/learners", null,
                "{\"username\":\"nul-" + unknown.substring(0, 6) + "\",\"password\":\"correct-horse-1\",\"display_name\":\"a\\u0000b\",\"instruction_lang\":\"en\"}")));
        cases.add(new Case("register with a taken username", 409, json("POST", "/api/v1/learners", null,
                "{\"username\":\"admin\",\"password\":\"correct-horse-1\",\"display_name\":\"A\",\"instruction_lang\":\"en\"}")));
        cases.add(new Case("token without password", 400, json("POST", "/api/v1/auth/token", null, "{\"username\":\"admin\"}")));
        cases.add(new Case("token with wrong password", 401, json("POST", "/api/v1/auth/token", null,
                "{\"username\":\"admin\",\"password\":\"wrong-wrong\"}")));
        cases.add(new Case("token with a 100-byte password", 401, json("POST", "/api/v1/auth/token", null,
                "{\"username\":\"admin\",\"password\":\"" + "a".repeat(100) + "\"}")));
        cases.add(new Case("evaluation without expected answers", 400, json("POST", "/api/v1/evaluations", learnerToken,
                "{\"expected\":[],\"answer\":\"네\",\"instruction_lang\":\"en\"}")));
        cases.add(new Case("evaluation with NUL answer", 400, json("POST", "/api/v1/evaluations", learnerToken,
                "{\"expected\":[\"네\"],\"answer\":\"\\u0000\",\"instruction_lang\":\"en\"}")));
        cases.add(new Case("evaluation with 600-character answer", 400, json("POST", "/api/v1/evaluations", learnerToken,
                "{\"expected\":[\"네\"],\"answer\":\"" + "네".repeat(600) + "\",\"instruction_lang\":\"en\"}")));

        // 4. ids: unknown and foreign are 404 (never 403), malformed 400
        cases.add(new Case("another learner's session", 404, req("GET", "/api/v1/sessions/" + otherSession, learnerToken, null, null)));
        cases.add(new Case("answer in another learner's session", 404, json("POST", "/api/v1/sessions/" + otherSession + "/events",
                learnerToken, "{\"type\":\"user_input\",\"text\":\"네\"}")));
        cases.add(new Case("end another learner's session", 404, json("POST", "/api/v1/sessions/" + otherSession + "/end", learnerToken, "{}")));
        cases.add(new Case("upload into another learner's session", 404, multipart("/api/v1/sessions/" + otherSession + "/audio",
                learnerToken, "audio", new byte[100])));
        cases.add(new Case("unknown session", 404, req("GET", "/api/v1/sessions/" + unknown, learnerToken, null, null)));
        cases.add(new Case("unknown lesson", 404, req("GET", "/api/v1/lessons/" + unknown, learnerToken, null, null)));
        cases.add(new Case("start an unknown lesson", 404, json("POST", "/api/v1/sessions", learnerToken, "{\"lesson_id\":\"" + unknown + "\"}")));
        cases.add(new Case("unknown audio", 404, req("GET", "/api/v1/audio/" + unknown, learnerToken, null, null)));
        cases.add(new Case("session id not a UUID", 400, req("GET", "/api/v1/sessions/zzz", learnerToken, null, null)));
        cases.add(new Case("answer in an ended session", 409, json("POST", "/api/v1/sessions/" + endedSession + "/events",
                learnerToken, "{\"type\":\"user_input\",\"text\":\"네\"}")));
        cases.add(new Case("learner uses a teacher endpoint", 403, json("POST", "/api/v1/lessons", learnerToken, "{}")));

        // 5. uploads
        String upload = s + "/audio";
        cases.add(new Case("upload that is text", 415, multipart(upload, learnerToken, "audio", "<html>hi</html>".getBytes())));
        cases.add(new Case("upload of a WAV header cut short", 415, multipart(upload, learnerToken, "audio",
                java.util.Arrays.copyOf(wavHeader(), 30))));
        cases.add(new Case("upload of an OGG cut inside OpusHead", 415, multipart(upload, learnerToken, "audio", oggCutInOpusHead())));
        cases.add(new Case("upload of zero bytes", 400, multipart(upload, learnerToken, "audio", new byte[0])));
        cases.add(new Case("upload without the audio part", 400, multipart(upload, learnerToken, "recording", new byte[100])));
        cases.add(new Case("upload without boundary", 400, req("POST", upload, learnerToken, "multipart/form-data",
                "--X\r\nContent-Disposition: form-data; name=\"audio\"\r\n\r\nabc\r\n--X--\r\n".getBytes())));
        cases.add(new Case("upload cut short", 400, req("POST", upload, learnerToken, "multipart/form-data; boundary=X",
                "--X\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"a.wav\"\r\n\r\nRIFF".getBytes())));
        cases.add(new Case("upload as JSON", 415, json("POST", upload, learnerToken, "{\"audio\":\"UklGRg==\"}")));
        cases.add(new Case("upload of 12 MB", 413, multipart(upload, learnerToken, "audio", new byte[12 * 1024 * 1024])));
        cases.add(new Case("upload into an ended session", 409, multipart("/api/v1/sessions/" + endedSession + "/audio",
                learnerToken, "audio", wavHeader())));

        // 6. HTTP itself: methods, media types, unknown paths, what Tomcat refuses
        cases.add(new Case("PUT on sessions", 405, json("PUT", "/api/v1/sessions", learnerToken, "{}")));
        cases.add(new Case("DELETE a lesson", 405, req("DELETE", "/api/v1/lessons/" + lesson, learnerToken, null, null)));
        cases.add(new Case("GET on events", 405, req("GET", events, learnerToken, null, null)));
        cases.add(new Case("PATCH on token", 405, json("PATCH", "/api/v1/auth/token", learnerToken, "{}")));
        cases.add(new Case("start with text/plain", 415, req("POST", "/api/v1/sessions", learnerToken, "text/plain", "x".getBytes())));
        cases.add(new Case("answer as a form", 415, req("POST", events, learnerToken, "application/x-www-form-urlencoded", "text=a".getBytes())));
        cases.add(new Case("unknown API path", 404, req("GET", "/api/v1/nope", learnerToken, null, null)));
        cases.add(new Case("unknown API version", 404, req("GET", "/api/v2/lessons", learnerToken, null, null)));
        cases.add(new Case("unknown actuator endpoint as admin", 404, adminGet("/actuator/nope")));
        cases.add(new Case("actuator env (not exposed) as admin", 404, adminGet("/actuator/env")));
        cases.add(new Case("actuator metrics without credentials", 401, req("GET", "/actuator/metrics", null, null, null)));
        cases.add(new Case("encoded slash in a path", 400, req("GET", "/api/v1/sessions/a%2Fb", learnerToken, null, null)));
        cases.add(new Case("encoded NUL in a path", 400, req("GET", "/api/v1/sessions/a%00b", learnerToken, null, null)));
        cases.add(new Case("a 20 KB header", 400, () -> RawHttp.send(port, "GET /api/v1/lessons HTTP/1.1",
                Map.of("X-Big", "a".repeat(20_000)), null)));
        return cases;
    }

    private Supplier<RawHttp.Response> adminGet(String path) {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return () -> RawHttp.send(port, "GET " + path + " HTTP/1.1", Map.of("Authorization", "Basic " + basic), null);
    }

    private static byte[] wavHeader() {
        byte[] pcm = new byte[3200];
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + pcm.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46464952).putInt(36 + pcm.length).putInt(0x45564157);
        b.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) 1).putInt(16000)
                .putInt(32000).putShort((short) 2).putShort((short) 16);
        b.putInt(0x61746164).putInt(pcm.length).put(pcm);
        return b.array();
    }

    private static byte[] oggCutInOpusHead() {
        byte[] page = new byte[40];
        System.arraycopy("OggS".getBytes(), 0, page, 0, 4);
        System.arraycopy("OpusHead".getBytes(), 0, page, 32, 8);
        return page;
    }

    private List<WsCase> wsCases() {
        List<WsCase> cases = new ArrayList<>();
        cases.add(new WsCase("not JSON", "bad_message", "hello"));
        cases.add(new WsCase("unknown type", "unknown_type", Map.of("type", "shout")));
        cases.add(new WsCase("no type", "bad_message", Map.of("text", "네")));
        cases.add(new WsCase("user_input without text", "bad_message", Map.of("type", "user_input")));
        cases.add(new WsCase("user_input of 10,000 Hangul (30 KB, several frames)", "bad_message",
                Map.of("type", "user_input", "text", "가".repeat(10_000))));
        cases.add(new WsCase("a message of 40,000 characters", "too_large",
                Map.of("type", "user_input", "text", "a".repeat(40_000))));
        cases.add(new WsCase("user_input of 2,000 characters", "bad_message", Map.of("type", "user_input", "text", "a".repeat(2_000))));
        cases.add(new WsCase("user_input with NUL", "bad_message", Map.of("type", "user_input", "text", "네\u0000")));
        cases.add(new WsCase("user_input with a control character", "bad_message", Map.of("type", "user_input", "text", "네\u0007")));
        cases.add(new WsCase("user_input with a bad client_event_id", "bad_message",
                Map.of("type", "user_input", "text", "네", "client_event_id", "a b c")));
        cases.add(new WsCase("user_input text a number", "bad_message", Map.of("type", "user_input", "text", List.of(1))));
        cases.add(new WsCase("audio_uploaded without audio_id", "bad_message", Map.of("type", "audio_uploaded")));
        cases.add(new WsCase("audio_uploaded with a non-UUID", "bad_message", Map.of("type", "audio_uploaded", "audio_id", "x")));
        return cases;
    }
}
