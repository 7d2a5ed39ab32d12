package com.koto.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The console sign-in ({@code POST /login}) against a hostile client: no CSRF token means no
 * session, the token from the login page works, and guessing is throttled per account and per
 * client address with a message saying how long to wait. Also: {@code X-Forwarded-For} from an
 * address that is not in {@code koto.trusted-proxies} does not move the API's per-IP limit.
 */
@TestPropertySource(properties = {
        "koto.rate-limit.console-sign-ins-per-minute=8",
        "koto.rate-limit.console-sign-ins-per-account=3",
        "koto.rate-limit.logins-per-minute=3",
        "spring.datasource.hikari.maximum-pool-size=3"})
class ConsoleSignInHardeningTest extends IntegrationTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** A browser-like client: cookies kept, redirects not followed. */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> postLogin(HttpClient client, Map<String, String> form, String forwardedFor)
            throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrfToken(HttpClient client) throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("the login page carries the CSRF token for the login form").isTrue();
        return m.group(1);
    }

    private boolean signedIn(HttpClient client) throws Exception {
        HttpResponse<String> root = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return root.statusCode() == 200;
    }

    @Test
    void signInWithoutTheCsrfTokenIsRefusedAndWithItSucceeds() throws Exception {
        HttpClient attacker = browser();
        csrfToken(attacker); // a session exists, but the forged form does not know its token
        HttpResponse<String> forged = postLogin(attacker, Map.of("username", "admin", "password", ADMIN_PASSWORD), null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(signedIn(attacker)).isFalse();

        HttpClient admin = browser();
        String token = csrfToken(admin);
        HttpResponse<String> real = postLogin(admin, Map.of("username", "admin", "password", ADMIN_PASSWORD,
                "_csrf", token), null);
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(real.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(signedIn(admin)).isTrue();
    }

    @Test
    void guessingOneAccountIsThrottledWithAClearMessage() throws Exception {
        String account = "teacher-" + UUID.randomUUID().toString().substring(0, 6);
        HttpClient guesser = browser();
        String token = csrfToken(guesser);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> wrong = postLogin(guesser, Map.of("username", account, "password", "guess-" + i,
                    "_csrf", token), null);
            assertThat(wrong.headers().firstValue("Location").orElse("")).contains("/login?error");
        }
        HttpResponse<String> throttled = postLogin(guesser, Map.of("username", account, "password", "guess-x",
                "_csrf", token), null);
        assertThat(throttled.statusCode()).isEqualTo(302);
        assertThat(throttled.headers().firstValue("Location").orElse("")).containsPattern("/login\\?throttled=\\d+");
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void forgedForwardedForDoesNotEscapeThePerAddressLimit() throws Exception {
        // logins-per-minute=3 per client address; the test client is 127.0.0.1, which is no trusted proxy
        HttpClient client = HttpClient.newHttpClient();
        int tooMany = 0;
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "10.0.0." + (i + 1))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"nobody\",\"password\":\"wrong-wrong\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 429) {
                tooMany++;
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            }
        }
        assertThat(tooMany).as("5 attempts with 5 different forged addresses share one bucket of 3").isEqualTo(2);
    }
}
