package com.koto.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings ({@code koto.identity.*}).
 *
 * @param jwtSecret              HS256 secret, ≥ 32 bytes (env {@code KOTO_JWT_SECRET}); blank → a random
 *                               secret generated once and kept in {@code <data-dir>/jwt-secret}
 * @param tokenTtl               access-token lifetime, default 1 h (env {@code KOTO_TOKEN_TTL})
 * @param bootstrapAdminPassword password of the first {@code admin} account (env
 *                               {@code KOTO_BOOTSTRAP_ADMIN_PASSWORD}); blank → generated and logged once
 * @param refreshTokenTtl        refresh-token lifetime, default 30 days (env {@code KOTO_REFRESH_TOKEN_TTL});
 *                               each rotation starts a new lifetime, so a learner who opens the app at
 *                               least once in that time stays signed in
 */
@ConfigurationProperties("koto.identity")
public record IdentityProperties(
        String jwtSecret,
        @DefaultValue("1h") Duration tokenTtl,
        String bootstrapAdminPassword,
        @DefaultValue("30d") Duration refreshTokenTtl) {
}
