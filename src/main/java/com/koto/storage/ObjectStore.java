package com.koto.storage;

import java.time.Duration;
import java.util.Optional;

/**
 * Private object storage. Implementations: S3 via the MinIO SDK, or the local directory store.
 * Keys are {@code [A-Za-z0-9/._-]+}, no {@code ..}.
 */
public interface ObjectStore {

    /**
     * Stores an object, replacing any object with the same key.
     *
     * @throws StorageException when the store cannot be written
     */
    void put(Bucket bucket, String key, byte[] data, String contentType);

    /** The object, or empty when there is none. @throws StorageException when the store cannot be read */
    Optional<StoredObject> get(Bucket bucket, String key);

    /** Whether an object exists. @throws StorageException when the store cannot be read */
    boolean exists(Bucket bucket, String key);

    /**
     * A URL that lets anyone holding it download the object until it expires (S3 presigned URL, or
     * an HMAC-signed URL served by this app for the local store). Callers check ownership first.
     *
     * @param ttl validity, at most 15 minutes
     * @return absolute URL (S3) or absolute/app-relative URL (local store, see {@code koto.storage.public-base-url})
     * @throws IllegalArgumentException when ttl exceeds 15 minutes
     */
    String presignedGet(Bucket bucket, String key, Duration ttl);

    /** The configured validity of download URLs ({@code koto.storage.url-ttl}, at most 15 minutes). */
    Duration downloadUrlTtl();

    /** Short name of the implementation ({@code s3} or {@code local}) for logs and health. */
    String kind();
}
