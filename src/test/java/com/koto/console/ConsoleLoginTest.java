package com.koto.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.koto.support.Api;
import com.koto.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

class ConsoleLoginTest extends IntegrationTest {

    @Autowired
    UserDetailsService consoleUsers;

    @Test
    void loginPageRendersAndTheConsoleRedirectsAnonymousVisitorsToIt() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("window.Vaadin").contains("<html");

        HttpResponse<String> root = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(root.statusCode()).isIn(200, 302);
        if (root.statusCode() == 302) {
            assertThat(root.headers().firstValue("Location").orElse("")).endsWith("/login");
        }
    }

    @Test
    void healthIsUp() {
        Api.Response health = api().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void learnersCannotSignInToTheConsoleButAdminsCan() {
        String learner = api().newLearnerUsername("en");
        assertThatThrownBy(() -> consoleUsers.loadUserByUsername(learner))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThat(consoleUsers.loadUserByUsername("admin").getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_ADMIN");
    }
}
