package com.koto.support;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Properties of an {@code @ApplicationModuleTest}: a fresh, empty PostgreSQL database of its own on the test server
 * (Liquibase migrates it; nothing seeded by other tests is there), and a data directory of its own.
 */
public final class ModuleTestDatabase {

    private ModuleTestDatabase() {
    }

    /** Registers {@code spring.datasource.*} and {@code koto.data-dir}. */
    public static void register(DynamicPropertyRegistry registry) {
        String url = TestDatabase.createEmptyDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("koto.data-dir", () -> Path.of("target", "test-data", UUID.randomUUID().toString()).toString());
    }
}
