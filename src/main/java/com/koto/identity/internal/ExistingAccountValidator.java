package com.koto.identity.internal;

import com.koto.identity.AccountView;
import com.koto.identity.Accounts;
import com.koto.platform.ServiceUnavailable;
import com.koto.platform.SharedCache;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a correctly signed token whose account no longer exists or is disabled (otherwise the
 * request would fail deep in the turn path on a foreign key, as a 500). A positive answer is
 * remembered for {@link #REMEMBER} per instance, so a deleted account's token stops working within
 * that time and the database is asked at most once a minute per learner; while the database is
 * unreachable the check is skipped (the request itself then fails fast with 503).
 */
final class ExistingAccountValidator implements OAuth2TokenValidator<Jwt> {

    /** How long a confirmed account is trusted without asking the database again. */
    static final Duration REMEMBER = Duration.ofSeconds(60);

    private static final OAuth2Error GONE = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The account of this token no longer exists or is disabled.", null);

    private final Accounts accounts;
    private final SharedCache confirmed;

    ExistingAccountValidator(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.confirmed = SharedCache.inProcess(100_000, clock);
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        UUID id;
        try {
            id = UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException | NullPointerException e) {
            return OAuth2TokenValidatorResult.failure(GONE);
        }
        String key = id.toString();
        if (confirmed.get(key).isPresent()) {
            return OAuth2TokenValidatorResult.success();
        }
        try {
            if (accounts.find(id).filter(AccountView::enabled).isEmpty()) {
                return OAuth2TokenValidatorResult.failure(GONE);
            }
        } catch (RuntimeException e) {
            if (ServiceUnavailable.isDatabaseOutage(e)) {
                return OAuth2TokenValidatorResult.success();
            }
            throw e;
        }
        confirmed.put(key, "1", REMEMBER);
        return OAuth2TokenValidatorResult.success();
    }
}
