package com.koto.platform;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes the connection pool test every connection it hands out (HikariCP skips that test for a
 * connection used in the last 500 ms, its {@code aliveBypassWindowMs}): with PostgreSQL frozen, a
 * request then fails within {@code spring.datasource.hikari.connection-timeout} (1.2 s; plus at most one 0.5 s connection test) with 503
 * instead of hanging on a dead socket until PgJDBC's {@code socketTimeout}. The test is
 * {@code Connection.isValid} (one empty round trip, ≈ 0.1 ms on a LAN). Hikari reads the setting once
 * when its pool class loads, hence a system property set this early; an explicit
 * {@code -Dcom.zaxxer.hikari.aliveBypassWindowMs} wins.
 */
public class DatabaseFailFast implements EnvironmentPostProcessor {

    static final String ALIVE_BYPASS_WINDOW = "com.zaxxer.hikari.aliveBypassWindowMs";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (System.getProperty(ALIVE_BYPASS_WINDOW) == null) {
            System.setProperty(ALIVE_BYPASS_WINDOW, "0");
        }
    }
}
