package com.koto.console;

import com.koto.support.SecurityStrategies;
import com.koto.support.TestDatabase;
import com.vaadin.browserless.SpringBrowserlessTest;
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

/**
 * Base of the console's UI tests: the whole application on a random port against the real
 * PostgreSQL (as {@code IntegrationTest}), with Vaadin's browserless environment for views. The
 * real-browser journeys extend it too, so all console tests share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ConsoleTest extends SpringBrowserlessTest {

    /**
     * Password of the bootstrap admin when this context is the first to start on the JVM's test
     * database (another context may have created the admin first): tests that sign in create their
     * own accounts instead.
     */
    protected static final String ADMIN_PASSWORD = "admin-console-test";

    private static final Path DATA_DIR = Path.of("target", "test-data", "console-" + UUID.randomUUID());

    @LocalServerPort
    protected int port;

    @Autowired
    private ObjectProvider<SecurityContextHolderStrategy> securityStrategy;

    /** See {@link SecurityStrategies}. */
    @BeforeEach
    void useThisContextsSecurityStrategy() {
        SecurityStrategies.useThisContexts(securityStrategy);
    }

    /**
     * The browserless environment reads the signed-in user when it is set up, before any of this
     * class's {@code @BeforeEach} methods: the security strategy is put back first. (Annotated again:
     * JUnit does not run an overridden lifecycle method whose override lacks the annotation.)
     */
    @Override
    @BeforeEach
    protected void initVaadinEnvironment() {
        SecurityStrategies.useThisContexts(securityStrategy);
        super.initVaadinEnvironment();
    }

    @DynamicPropertySource
    static void realServices(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("koto.data-dir", DATA_DIR::toString);
        registry.add("koto.identity.bootstrap-admin-password", () -> ADMIN_PASSWORD);
        registry.add("koto.rate-limit.registrations-per-hour", () -> "10000");
        registry.add("koto.rate-limit.logins-per-minute", () -> "10000");
        registry.add("koto.rate-limit.turns-per-minute", () -> "10000");
        // no dev-tools overlay over the pages the real-browser tests click and photograph
        registry.add("vaadin.devmode.devTools.enabled", () -> "false");
    }
}
