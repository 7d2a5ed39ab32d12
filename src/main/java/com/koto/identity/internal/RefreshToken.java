package com.koto.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A refresh token row ({@code refresh_tokens}): the token's SHA-256, never the token. */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken {

    @Id
    UUID id;
    @Column(name = "family_id")
    UUID familyId;
    @Column(name = "account_id")
    UUID accountId;
    @Column(name = "token_hash")
    String tokenHash;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "expires_at")
    Instant expiresAt;
    @Column(name = "used_at")
    Instant usedAt;
    @Column(name = "revoked_at")
    Instant revokedAt;

    protected RefreshToken() {
    }

    RefreshToken(UUID familyId, UUID accountId, String tokenHash, Instant now, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }
}
