package com.koto.support;

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
 * One fresh PostgreSQL database per test JVM on the real server (default 127.0.0.1:5432, trust
 * auth; override with env {@code KOTO_TEST_PG_HOST}, {@code KOTO_TEST_PG_PORT}, {@code KOTO_TEST_PG_USER}),
 * created on first use; leftovers of earlier JVMs are dropped an hour later (see {@link #url()}).
 */
public final class TestDatabase {

    private static final String HOST = env("KOTO_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("KOTO_TEST_PG_PORT", "5432");
    /** The role the tests connect as. */
    public static final String USER = env("KOTO_TEST_PG_USER", "postgres");
    private static final Pattern STAMPED = Pattern.compile("koto_test_(\\d+)_[0-9a-f]+");
    private static volatile String url;

    private TestDatabase() {
    }

    /**
     * JDBC URL of this JVM's test database, creating it on first call. The name carries its creation
     * time ({@code koto_test_<epoch seconds>_<random>}); databases of earlier JVMs older than an hour
     * with no open connection are dropped here rather than by a shutdown hook, because a hook would
     * race the Spring contexts' own shutdown (the event publication registry still queries the
     * database while it closes, and would wait for a connection to a dropped database).
     */
    public static synchronized String url() {
        if (url == null) {
            dropStale();
            String name = "koto_test_" + Instant.now().getEpochSecond() + "_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            admin("create database " + name);
            url = "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
        }
        return url;
    }

    private static void dropStale() {
        long cutoff = Instant.now().minus(Duration.ofHours(1)).getEpochSecond();
        List<String> stale = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, "");
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
            return; // the create below reports an unreachable server with a clear message
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
