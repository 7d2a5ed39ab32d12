package com.koto.identity.internal;

import com.koto.identity.AccountView;
import com.koto.identity.Accounts;
import com.koto.platform.UnauthorizedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque, rotating refresh tokens (OAuth 2.0 Security BCP, RFC 9700 §4.14.2: refresh token rotation
 * with reuse detection). A token is 256 random bits, base64url; only its SHA-256 is stored (a fast
 * hash suffices for a secret of that entropy). Every use returns a new token of the same family and
 * marks the old one used; presenting a used or revoked token revokes the whole family, so a stolen
 * copy stops working for thief and owner alike and the owner signs in again.
 */
@Service
class RefreshTokens {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);
    private static final int TOKEN_BYTES = 32;

    private final RefreshTokenRepository repository;
    private final Accounts accounts;
    private final IdentityProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(RefreshTokenRepository repository, Accounts accounts, IdentityProperties properties,
            Clock clock) {
        this.repository = repository;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A new token that starts a family (at sign-in). The account's expired tokens are deleted on the
     * way, so the table holds at most one lifetime's worth of rows per account.
     *
     * @return the token and its expiry ({@code koto.identity.refresh-token-ttl} from now)
     */
    @Transactional
    Issued start(UUID accountId) {
        Instant now = clock.instant();
        repository.deleteExpired(accountId, now);
        return issue(UUID.randomUUID(), accountId, now);
    }

    /**
     * Exchanges a token for the next one of its family.
     *
     * @param token the presented refresh token
     * @return the account it belongs to and the new token
     * @throws UnauthorizedException (401) when the token is unknown, expired, revoked or already used (the
     *                                 last two revoke the family), or its account is disabled; the
     *                                 revocation is committed even though the call fails
     */
    @Transactional(noRollbackFor = UnauthorizedException.class)
    Rotated rotate(String token) {
        Instant now = clock.instant();
        RefreshToken row = repository.lockByHash(hash(token))
                .orElseThrow(() -> invalid("The refresh token is not valid: sign in again."));
        if (row.usedAt != null || row.revokedAt != null) {
            int revoked = repository.revokeFamily(row.familyId, now);
            log.warn("Refresh token reuse on account {}: family {} revoked ({} live tokens)", row.accountId,
                    row.familyId, revoked);
            throw invalid("This refresh token was already used or revoked; for safety every token of this "
                    + "sign-in is now revoked: sign in again.");
        }
        if (!row.expiresAt.isAfter(now)) {
            throw invalid("The refresh token has expired: sign in again.");
        }
        AccountView account = accounts.find(row.accountId).filter(AccountView::enabled).orElse(null);
        if (account == null) {
            repository.revokeFamily(row.familyId, now);
            throw invalid("This account cannot sign in.");
        }
        row.usedAt = now;
        return new Rotated(account, issue(row.familyId, row.accountId, now));
    }

    /** Revokes the family of a token (sign-out); an unknown token is ignored (sign-out is idempotent). */
    @Transactional
    void revoke(String token) {
        repository.lockByHash(hash(token)).ifPresent(row -> repository.revokeFamily(row.familyId, clock.instant()));
    }

    /** Revokes every refresh token of an account (after a password change). */
    @Transactional
    void revokeAll(UUID accountId) {
        repository.revokeAccount(accountId, clock.instant());
    }

    private Issued issue(UUID familyId, UUID accountId, Instant now) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(properties.refreshTokenTtl());
        repository.save(new RefreshToken(familyId, accountId, hash(token), now, expiresAt));
        return new Issued(token, expiresAt, properties.refreshTokenTtl().toSeconds());
    }

    private static UnauthorizedException invalid(String detail) {
        return new UnauthorizedException(detail);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A refresh token as handed to the client.
     *
     * @param token            opaque, 43 base64url characters
     * @param expiresAt        when it stops working unless used before
     * @param expiresInSeconds its lifetime from issue, in seconds
     */
    record Issued(String token, Instant expiresAt, long expiresInSeconds) {
    }

    /**
     * The result of a rotation.
     *
     * @param account the token's account
     * @param next    the token that replaces the presented one
     */
    record Rotated(AccountView account, Issued next) {
    }
}
