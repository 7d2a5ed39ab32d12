package com.koto.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One fresh PostgreSQL database per test JVM on the real server (default 127.0.0.1:5432, trust
 * auth; override with env {@code KOTO_TEST_PG_HOST}, {@code KOTO_TEST_PG_PORT}, {@code KOTO_TEST_PG_USER}),
 * created on first use and dropped when the JVM exits.
 */
public final class TestDatabase {

    private static final String HOST = env("KOTO_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("KOTO_TEST_PG_PORT", "5432");
    /** The role the tests connect as. */
    public static final String USER = env("KOTO_TEST_PG_USER", "postgres");
    private static volatile String url;

    private TestDatabase() {
    }

    /** JDBC URL of this JVM's test database, creating it on first call. */
    public static synchronized String url() {
        if (url == null) {
            String name = "koto_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            admin("create database " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    admin("drop database if exists " + name + " with (force)");
                } catch (RuntimeException ignored) {
                    // the server may already be gone; a leftover test database is harmless
                }
            }));
            url = "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
        }
        return url;
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test PostgreSQL at " + HOST + ":" + PORT
                    + " as " + USER + " (" + e.getMessage() + "); .ci/run starts it", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
