package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code /actuator/prometheus} after a played turn: the turn histogram by path and evaluation source has
 * counts, and only an ADMIN or the scrape token may read it.
 */
class MetricsTest extends IntegrationTest {

    @Test
    void prometheusShowsTheTurnHistogramOfAPlayedTurn() throws Exception {
        Api learner = api().withToken(api().newLearnerToken("id"));
        String session = learner.post("/api/v1/sessions", Map.of("lesson_id", learner.lessonId("cafe-ordering")))
                .json().path("id").asString();
        assertThat(learner.post("/api/v1/sessions/" + session + "/events",
                Map.of("type", "user_input", "text", "안녕하세요", "client_event_id", "metrics-1")).status()).isEqualTo(200);

        HttpResponse<String> scrape = scrape("Bearer " + SCRAPE_TOKEN);
        assertThat(scrape.statusCode()).isEqualTo(200);
        String body = scrape.body();
        assertThat(count(body, "koto_turn_seconds_count\\{[^}]*path=\"rest\"[^}]*source=\"rules\"[^}]*\\}")).isGreaterThanOrEqualTo(1);
        assertThat(body).contains("koto_turn_seconds_bucket{");
        assertThat(count(body, "koto_turn_evaluations_total\\{[^}]*result=\"passed\"[^}]*source=\"rules\"[^}]*\\}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(body).contains("koto_ws_sockets_active").contains("http_server_requests_seconds_bucket{");
    }

    @Test
    void onlyTheScrapeTokenOrAnAdminReadsMetrics() throws Exception {
        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrape("Bearer not-the-token-0123456789").statusCode()).isIn(401, 403);
        String learnerToken = api().newLearnerToken("en");
        assertThat(scrape("Bearer " + learnerToken).statusCode()).isIn(401, 403);
        String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(scrape(admin).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> scrape(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of the first sample line matching {@code series} (a regex for name and labels). */
    private static double count(String body, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(body);
        assertThat(m.find()).as("a sample of %s in%n%s", series, body.lines().filter(l -> l.startsWith("koto_")).toList()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
