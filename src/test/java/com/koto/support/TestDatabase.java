package com.koto.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One fresh PostgreSQL database per test JVM, created on first use.
 *
 * <p>Where the server comes from:
 * <ul>
 *   <li>env {@code KOTO_TEST_PG_HOST} set (CI: {@code .ci/run} sets {@code 127.0.0.1}): that real server, with
 *       {@code KOTO_TEST_PG_PORT} (default 5432) and {@code KOTO_TEST_PG_USER} (default {@code postgres}, trust
 *       auth or {@code KOTO_TEST_PG_PASSWORD});</li>
 *   <li>otherwise an embedded PostgreSQL started once per JVM: the zonky binaries the app itself uses for its
 *       embedded default (so {@code ./mvnw verify} needs nothing but a JDK), in a temporary directory that
 *       goes with the JVM.</li>
 * </ul>
 * Databases are named {@code koto_test_<epoch seconds>_<random>}; leftovers of earlier JVMs older than an hour
 * with no open connection are dropped on first use rather than by a shutdown hook, which would race the
 * Spring contexts' own shutdown (the event publication registry still queries the database while it closes).
 */
public final class TestDatabase {

    /** The role the tests connect as. */
    public static final String USER = env("KOTO_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("KOTO_TEST_PG_PASSWORD", "");
    private static final Pattern STAMPED = Pattern.compile("koto_test_(\\d+)_[0-9a-f]+");
    private static volatile String url;

    private TestDatabase() {
    }

    /** JDBC URL of this JVM's test database, creating it (and starting the embedded server) on first call. */
    public static synchronized String url() {
        if (url == null) {
            dropStale();
            url = create();
        }
        return url;
    }

    /** A new, empty database on the same server; its JDBC URL. */
    public static synchronized String createEmptyDatabase() {
        url();
        return create();
    }

    /** Major version of the server in use, e.g. 15 or 17. */
    public static synchronized int serverMajorVersion() {
        try (Connection c = DriverManager.getConnection(server() + "postgres", USER, PASSWORD)) {
            return c.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test PostgreSQL at " + server() + " (" + e.getMessage() + ")", e);
        }
    }

    /** Password of {@link #USER} (env {@code KOTO_TEST_PG_PASSWORD}; empty with trust auth). */
    public static String password() {
        return PASSWORD;
    }

    /** Whether the tests use a configured server rather than the embedded one. */
    public static boolean external() {
        String host = System.getenv("KOTO_TEST_PG_HOST");
        return host != null && !host.isBlank();
    }

    private static String create() {
        String name = "koto_test_" + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        admin("create database " + name);
        return server() + name;
    }

    /** {@code jdbc:postgresql://host:port/} of the server in use. */
    private static String server() {
        if (external()) {
            return "jdbc:postgresql://" + env("KOTO_TEST_PG_HOST", "127.0.0.1") + ":" + env("KOTO_TEST_PG_PORT", "5432") + "/";
        }
        return "jdbc:postgresql://127.0.0.1:" + Embedded.SERVER.getPort() + "/";
    }

    private static void dropStale() {
        if (!external()) {
            return; // the embedded server is new in every JVM
        }
        long cutoff = Instant.now().minus(Duration.ofHours(1)).getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(server() + "postgres", USER, PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select datname from pg_database d where datname like 'koto\\_test\\_%' "
                     + "and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)")) {
            while (rs.next()) {
                Matcher m = STAMPED.matcher(rs.getString(1));
                if (m.matches() && Long.parseLong(m.group(1)) < cutoff) {
                    stale.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            return; // the create that follows reports an unreachable server with a clear message
        }
        for (String name : stale) {
            try {
                admin("drop database if exists " + name);
            } catch (IllegalStateException ignored) {
                // another JVM dropped it first, or someone connected meanwhile
            }
        }
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(server() + "postgres", USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the test PostgreSQL at " + server() + " as " + USER
                    + " (" + e.getMessage() + ")" + (external() ? "; unset KOTO_TEST_PG_HOST to use the embedded one" : ""), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Started on first access (holder idiom); zonky stops it and removes its directory when the JVM exits. */
    private static final class Embedded {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded test PostgreSQL", e);
            }
        }
    }
}
