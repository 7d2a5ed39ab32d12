package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.RequiresTool;
import com.koto.support.Tool;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code docker-compose.yml} as {@code docker-compose config} reads it with {@code .env.example}'s values (no
 * Docker engine needed): it is valid, every variable it reads is listed in {@code .env.example}, the services
 * wait for healthy dependencies, and the app instances trust exactly Caddy's fixed address on the compose
 * network for {@code X-Forwarded-For} ({@code KOTO_TRUSTED_PROXIES}, issue #14 / #10).
 */
@RequiresTool(Tool.DOCKER_COMPOSE)
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path ENV_EXAMPLE = Path.of(".env.example");

    private static Map<String, Object> config;

    @BeforeAll
    static void resolve() throws Exception {
        Process p = new ProcessBuilder(Tool.DOCKER_COMPOSE.path().toString(), "--env-file", ENV_EXAMPLE.toString(),
                "-f", COMPOSE.toString(), "config").redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("docker-compose config: " + err).isZero();
        config = new Yaml().load(out);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String... keys) {
        Map<String, Object> m = parent;
        for (String key : keys) {
            assertThat(m).as("key " + key).containsKey(key);
            m = (Map<String, Object>) m.get(key);
        }
        return m;
    }

    private static Map<String, Object> service(String name) {
        return map(config, "services", name);
    }

    @Test
    void theFileIsCurrentComposeWithEveryVariableInEnvExample() throws IOException {
        String compose = Files.readString(COMPOSE);
        assertThat(compose).doesNotContainPattern("(?m)^version:");
        Set<String> read = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(compose);
        while (m.find()) {
            read.add(m.group(1));
        }
        Set<String> listed = new TreeSet<>();
        Matcher l = Pattern.compile("(?m)^([A-Z][A-Z0-9_]*)=").matcher(Files.readString(ENV_EXAMPLE));
        while (l.find()) {
            listed.add(l.group(1));
        }
        assertThat(read).contains("KOTO_DATABASE_PASSWORD", "KOTO_REGION");
        assertThat(listed).as(".env.example").containsAll(read);
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesWaitForHealthyDependencies() {
        Map<String, Object> services = map(config, "services");
        for (var s : services.entrySet()) {
            Map<String, Object> dependsOn = (Map<String, Object>) ((Map<String, Object>) s.getValue()).get("depends_on");
            if (dependsOn == null) {
                continue;
            }
            dependsOn.forEach((dependency, how) -> assertThat(((Map<String, Object>) how).get("condition"))
                    .as(s.getKey() + " → " + dependency).isEqualTo("service_healthy"));
        }
        for (String app : List.of("app1", "app2")) {
            assertThat(map(service(app), "healthcheck").get("test").toString()).contains("/actuator/health/readiness");
            assertThat(map(service(app), "environment")).containsEntry("KOTO_LOG_FORMAT", "json");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAppsTrustExactlyCaddysFixedAddress() throws Exception {
        String caddy = (String) map(service("caddy"), "networks", "default").get("ipv4_address");
        assertThat(caddy).as("Caddy's fixed address").isNotBlank();
        Map<String, Object> ipam = ((List<Map<String, Object>>) map(config, "networks", "default", "ipam")
                .get("config")).getFirst();
        String subnet = (String) ipam.get("subnet");
        String range = (String) ipam.get("ip_range");
        assertThat(inside(caddy, subnet)).as(caddy + " in " + subnet).isTrue();
        // Docker hands out ip_range's addresses to the other containers: Caddy's must not be one of them
        assertThat(inside(caddy, range)).as(caddy + " outside " + range).isFalse();
        assertThat(caddy).isNotEqualTo(ipam.get("gateway"));

        for (String app : List.of("app1", "app2")) {
            Object trusted = map(service(app), "environment").get("KOTO_TRUSTED_PROXIES");
            assertThat(trusted).as(app + " KOTO_TRUSTED_PROXIES").isEqualTo(caddy);
            // and the app accepts it as written (an exact IP literal, no host name)
            TrustedProxiesProperties parsed = new TrustedProxiesProperties(List.of(trusted.toString().split(",")));
            assertThat(caddy).matches(parsed.internalProxiesRegex());
        }
        // the services only the gateway may front are not published to the host
        for (String hidden : List.of("app1", "app2", "postgres", "redis", "minio")) {
            assertThat(service(hidden)).as(hidden + " publishes no port").doesNotContainKey("ports");
        }
    }

    /** Whether IPv4 {@code address} lies in {@code cidr} ({@code a.b.c.d/n}). */
    private static boolean inside(String address, String cidr) throws Exception {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        BigInteger a = new BigInteger(1, InetAddress.getByName(address).getAddress());
        BigInteger net = new BigInteger(1, InetAddress.getByName(parts[0]).getAddress());
        return a.shiftRight(32 - bits).equals(net.shiftRight(32 - bits));
    }
}
