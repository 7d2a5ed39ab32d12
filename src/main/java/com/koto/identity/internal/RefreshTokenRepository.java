package com.koto.identity.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RefreshTokenRepository extends JpaRepository<RefreshToken, UUID> {

    /** The row of a presented token, locked so two refreshes with one token cannot both rotate it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from RefreshToken t where t.tokenHash = ?1")
    Optional<RefreshToken> lockByHash(String tokenHash);

    @Modifying
    @Query("update RefreshToken t set t.revokedAt = ?2 where t.familyId = ?1 and t.revokedAt is null")
    int revokeFamily(UUID familyId, Instant now);

    @Modifying
    @Query("update RefreshToken t set t.revokedAt = ?2 where t.accountId = ?1 and t.revokedAt is null")
    int revokeAccount(UUID accountId, Instant now);

    /** Drops an account's expired tokens (spent and revoked ones included): they can no longer be presented. */
    @Modifying
    @Query("delete from RefreshToken t where t.accountId = ?1 and t.expiresAt < ?2")
    int deleteExpired(UUID accountId, Instant now);
}
