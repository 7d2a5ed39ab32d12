package com.koto.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One fresh PostgreSQL database per test JVM, created on first use and dropped when the JVM exits.
 *
 * <p>Where the server comes from:
 * <ul>
 *   <li>env {@code KOTO_TEST_PG_HOST} set (CI: {@code .ci/run} sets {@code 127.0.0.1}): that real server, with
 *       {@code KOTO_TEST_PG_PORT} (default 5432) and {@code KOTO_TEST_PG_USER} (default {@code postgres}, trust
 *       auth or {@code KOTO_TEST_PG_PASSWORD});</li>
 *   <li>otherwise an embedded PostgreSQL started once per JVM: the zonky binaries the app itself uses for its
 *       embedded default (so {@code ./mvnw verify} needs nothing but a JDK), in a temporary directory.</li>
 * </ul>
 */
public final class TestDatabase {

    /** The role the tests connect as. */
    public static final String USER = env("KOTO_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("KOTO_TEST_PG_PASSWORD", "");
    private static volatile String url;

    private TestDatabase() {
    }

    /** JDBC URL of this JVM's test database, creating it (and starting the embedded server) on first call. */
    public static synchronized String url() {
        if (url == null) {
            String server = server();
            String name = "koto_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            admin(server, "create database " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    admin(server, "drop database if exists " + name + " with (force)");
                } catch (RuntimeException ignored) {
                    // the server may already be gone; a leftover test database is harmless
                }
            }));
            url = server + name;
        }
        return url;
    }

    /** A new, empty database on the same server (dropped when the JVM exits); its JDBC URL. */
    public static synchronized String createEmptyDatabase() {
        url();
        String server = server();
        String name = "koto_empty_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin(server, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                admin(server, "drop database if exists " + name + " with (force)");
            } catch (RuntimeException ignored) {
                // the server may already be gone
            }
        }));
        return server + name;
    }

    /** Major version of the server in use, e.g. 15 or 17. */
    public static synchronized int serverMajorVersion() {
        try (Connection c = DriverManager.getConnection(server() + "postgres", USER, PASSWORD)) {
            return c.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test PostgreSQL at " + server(), e);
        }
    }

    /** Password of {@link #USER} (env {@code KOTO_TEST_PG_PASSWORD}; empty with trust auth). */
    public static String password() {
        return PASSWORD;
    }

    /** Whether the tests use a configured server rather than the embedded one. */
    public static boolean external() {
        return System.getenv("KOTO_TEST_PG_HOST") != null && !System.getenv("KOTO_TEST_PG_HOST").isBlank();
    }

    /** {@code jdbc:postgresql://host:port/} of the server in use. */
    private static String server() {
        if (external()) {
            return "jdbc:postgresql://" + env("KOTO_TEST_PG_HOST", "127.0.0.1") + ":" + env("KOTO_TEST_PG_PORT", "5432") + "/";
        }
        return "jdbc:postgresql://127.0.0.1:" + Embedded.SERVER.getPort() + "/";
    }

    private static void admin(String server, String sql) {
        try (Connection c = DriverManager.getConnection(server + "postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test PostgreSQL at " + server + " as " + USER
                    + " (" + e.getMessage() + "); unset KOTO_TEST_PG_HOST to use the embedded one", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Started on first access (holder idiom), stopped when the JVM exits. */
    private static final class Embedded {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting; zonky also removes its temporary data directory
                    }
                }));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded test PostgreSQL", e);
            }
        }
    }
}
