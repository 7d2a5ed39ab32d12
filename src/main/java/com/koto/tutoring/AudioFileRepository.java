package com.koto.tutoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AudioFileRepository extends JpaRepository<AudioFile, UUID> {

    Optional<AudioFile> findByIdAndOwnerId(UUID id, UUID ownerId);

    /** Voice answers still {@code processing} whose claim is missing or older than {@code expiredBefore}. */
    @Query("select a.id from AudioFile a where a.status = 'processing' and (a.claimedAt is null or a.claimedAt < ?1)")
    List<UUID> findClaimable(Instant expiredBefore);

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
