package com.koto.tutoring.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AudioFileRepository extends JpaRepository<AudioFile, UUID> {

    Optional<AudioFile> findByIdAndOwnerId(UUID id, UUID ownerId);

    /** Whether a voice answer is {@code processing} under a claim taken at or after {@code since}. */
    @Query("select count(a) > 0 from AudioFile a where a.id = ?1 and a.status = 'processing' and a.claimedAt >= ?2")
    boolean claimedSince(UUID id, Instant since);

    /**
     * Claims a voice answer for this instance. Atomic: of instances racing for the same row, the
     * first UPDATE wins and the others, re-checking the row after its commit, find a fresh claim.
     *
     * @return 1 when claimed, 0 when done, failed or claimed by someone else within the lease
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AudioFile a set a.claimedBy = ?2, a.claimedAt = ?3 where a.id = ?1 and a.status = 'processing' "
            + "and (a.claimedAt is null or a.claimedAt < ?4)")
    int claim(UUID id, String instance, Instant now, Instant expiredBefore);
}
