package com.koto.tutoring;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AudioFileRepository extends JpaRepository<AudioFile, UUID> {

    Optional<AudioFile> findByIdAndOwnerId(UUID id, UUID ownerId);
}
