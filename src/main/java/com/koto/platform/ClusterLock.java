package com.koto.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Mutual exclusion across application instances sharing one PostgreSQL, with a session-level
 * advisory lock ({@code pg_advisory_lock}) held on a dedicated connection while the work runs.
 * Used for first-start seeding (bootstrap admin, bundled packs, demo lessons), which two
 * instances starting together would otherwise race on.
 */
@Component
public class ClusterLock {

    private final DataSource dataSource;

    ClusterLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} while holding the lock {@code name}; waits for another holder to finish.
     *
     * @throws IllegalStateException when the lock cannot be taken (database unreachable)
     */
    public void exclusively(String name, Runnable work) {
        try (Connection c = dataSource.getConnection()) {
            lock(c, "select pg_advisory_lock(hashtext(?))", name);
            try {
                work.run();
            } finally {
                lock(c, "select pg_advisory_unlock(hashtext(?))", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the cluster lock '" + name + "'", e);
        }
    }

    private static void lock(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            s.execute();
        }
    }
}
