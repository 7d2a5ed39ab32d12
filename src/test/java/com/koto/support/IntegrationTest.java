package com.koto.support;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of tests that run the whole application on a random port against the real PostgreSQL
 * (a fresh database per test JVM, see {@link TestDatabase}). Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// every test client comes from 127.0.0.1: limits sized for the suite; subclasses may override
// with their own @TestPropertySource (RateLimitTest does)
@TestPropertySource(properties = {
        "koto.rate-limit.registrations-per-hour=10000",
        "koto.rate-limit.logins-per-minute=10000",
        "koto.rate-limit.turns-per-minute=10000",
        "koto.rate-limit.uploads-per-minute=10000",
        "koto.metrics.scrape-token=" + IntegrationTest.SCRAPE_TOKEN})
public abstract class IntegrationTest {

    /** Prometheus scrape token in tests ({@code koto.metrics.scrape-token}). */
    protected static final String SCRAPE_TOKEN = "test-scrape-token-3f9a1c7e5b";

    /** Password of the bootstrap admin in tests. */
    protected static final String ADMIN_PASSWORD = "admin-test-password";

    private static final Path DATA_DIR = Path.of("target", "test-data", UUID.randomUUID().toString());

    @LocalServerPort
    protected int port;

    @Autowired
    private ObjectProvider<SecurityContextHolderStrategy> securityStrategy;

    /** See {@link SecurityStrategies}. */
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityStrategies.useThisContexts(securityStrategy);
    }

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("koto.data-dir", DATA_DIR::toString);
        registry.add("koto.identity.bootstrap-admin-password", () -> ADMIN_PASSWORD);
    }

    /** The app's {@code koto.data-dir} in this test JVM (local object store under {@code objects/}). */
    protected static Path dataDir() {
        return DATA_DIR;
    }

    /** An HTTP client for this app instance. */
    protected Api api() {
        return new Api("http://127.0.0.1:" + port);
    }
}
