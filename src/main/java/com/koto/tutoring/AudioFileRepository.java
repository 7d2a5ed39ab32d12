package com.koto.tutoring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AudioFileRepository extends JpaRepository<AudioFile, UUID> {

    Optional<AudioFile> findByIdAndOwnerId(UUID id, UUID ownerId);

    @Query("select a.id from AudioFile a where a.status = ?1")
    List<UUID> findIdsByStatus(String status);
}
