package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.KotoApplication;
import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import com.koto.support.TestDatabase;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Health groups: liveness (the JVM), readiness (accepting traffic, database, object store; Redis where
 * configured), and the root health, which stays OUT_OF_SERVICE until every start-up runner (the first-start
 * seeding: admin, language packs, demo lessons) has finished.
 */
class HealthTest extends IntegrationTest {

    @Test
    void livenessAndReadinessGroupsAreUpAndReadinessChecksTheDatabaseAndObjectStore() throws Exception {
        assertThat(api().get("/actuator/health/liveness").json().path("status").asString()).isEqualTo("UP");
        Api.Response readiness = api().get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().has("components")).isFalse(); // anonymous callers see the verdict only

        JsonNode components = asAdmin("/actuator/health/readiness").path("components");
        assertThat(components.path("db").path("status").asString()).isEqualTo("UP");
        assertThat(components.path("objectStore").path("status").asString()).isEqualTo("UP");
        assertThat(components.path("readinessState").path("status").asString()).isEqualTo("UP");
        assertThat(components.has("redis")).isFalse(); // not configured here: in-process fallbacks, nothing to check
    }

    @Test
    void healthIsUpOnlyAfterTheStartUpRunnersHaveFinished() throws Exception {
        int appPort;
        try (ServerSocket s = new ServerSocket(0)) {
            appPort = s.getLocalPort();
        }
        // a second app in this JVM installs its own (Vaadin-aware) global SecurityContextHolder strategy; put the
        // shared context's back afterwards, or later tests' clearContext() would clear the wrong holder
        var strategy = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        // a runner without @Order runs after the seeding runners (admin 0, packs 10, demo lessons 20)
        ApplicationRunner lastRunner = args -> {
            holding.countDown();
            hold.await(60, TimeUnit.SECONDS);
        };
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(KotoApplication.class)
                        .initializers(ctx -> ctx.getBeanFactory().registerSingleton("lastRunner", lastRunner))
                        .run("--server.port=" + appPort, "--spring.datasource.url=" + TestDatabase.url(),
                                "--spring.datasource.username=" + TestDatabase.USER,
                                "--koto.data-dir=target/test-data/health-" + appPort,
                                "--koto.identity.bootstrap-admin-password=" + ADMIN_PASSWORD));
        try {
            assertThat(holding.await(120, TimeUnit.SECONDS)).isTrue();
            Api app = new Api("http://127.0.0.1:" + appPort);
            Api.Response during = app.get("/actuator/health");
            assertThat(during.status()).isEqualTo(503);
            assertThat(during.json().path("status").asString()).isEqualTo("OUT_OF_SERVICE");
            hold.countDown();
            try (ConfigurableApplicationContext context = started.get(60, TimeUnit.SECONDS)) {
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                String status = "";
                while (System.nanoTime() < deadline && !status.equals("UP")) {
                    status = app.get("/actuator/health").json().path("status").asString();
                    Thread.sleep(100);
                }
                assertThat(status).isEqualTo("UP");
            }
        } finally {
            hold.countDown();
            org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    private JsonNode asAdmin(String path) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.body());
    }
}
