package com.koto.storage.internal;

import com.koto.storage.Bucket;
import com.koto.storage.ObjectStore;
import com.koto.storage.StorageException;
import com.koto.storage.StoredObject;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.Http;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Objects in an S3-compatible server (MinIO, S3, S3Proxy) through the MinIO Java SDK. Every failure
 * to reach the server is a {@link StorageException}: MinIO 9 reports a refused connection as an
 * {@code IllegalStateException}, not a {@code MinioException}, which used to escape as a 500.
 */
class S3ObjectStore implements ObjectStore {

    private static final Logger log = LoggerFactory.getLogger(S3ObjectStore.class);

    private final MinioClient client;
    private final StorageProperties properties;

    S3ObjectStore(StorageProperties properties) {
        this.properties = properties;
        this.client = MinioClient.builder()
                .endpoint(properties.s3Endpoint())
                .region(properties.s3Region())
                .credentials(properties.s3AccessKey(), properties.s3SecretKey())
                .build();
    }

    /** Creates the buckets that do not exist yet (called once on start). */
    void createBuckets() {
        for (Bucket bucket : Bucket.values()) {
            String name = properties.bucketName(bucket);
            try {
                if (!client.bucketExists(BucketExistsArgs.builder().bucket(name).build())) {
                    client.makeBucket(MakeBucketArgs.builder().bucket(name).build());
                    log.info("Created bucket {} on {}", name, properties.s3Endpoint());
                }
            } catch (MinioException | IllegalStateException | UncheckedIOException e) {
                throw new StorageException("Cannot create bucket " + name + " on " + properties.s3Endpoint(), e);
            }
        }
    }

    @Override
    public void put(Bucket bucket, String key, byte[] data, String contentType) {
        try {
            client.putObject(PutObjectArgs.builder().bucket(properties.bucketName(bucket)).object(ObjectKeys.check(key))
                    .data(data, data.length).contentType(contentType).build());
        } catch (MinioException | IllegalStateException | UncheckedIOException e) {
            throw new StorageException("Cannot store " + key, e);
        }
    }

    @Override
    public Optional<StoredObject> get(Bucket bucket, String key) {
        try (GetObjectResponse response = client.getObject(
                GetObjectArgs.builder().bucket(properties.bucketName(bucket)).object(ObjectKeys.check(key)).build())) {
            String type = response.headers().get("Content-Type");
            return Optional.of(new StoredObject(response.readAllBytes(),
                    type == null ? "application/octet-stream" : type));
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                return Optional.empty();
            }
            throw new StorageException("Cannot read " + key, e);
        } catch (MinioException | IOException | IllegalStateException | UncheckedIOException e) {
            throw new StorageException("Cannot read " + key, e);
        }
    }

    @Override
    public boolean exists(Bucket bucket, String key) {
        try {
            client.statObject(StatObjectArgs.builder().bucket(properties.bucketName(bucket))
                    .object(ObjectKeys.check(key)).build());
            return true;
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code()) || "NotFound".equals(e.errorResponse().code())) {
                return false;
            }
            throw new StorageException("Cannot stat " + key, e);
        } catch (MinioException | IllegalStateException | UncheckedIOException e) {
            throw new StorageException("Cannot stat " + key, e);
        }
    }

    @Override
    public Duration downloadUrlTtl() {
        return properties.urlTtl();
    }

    @Override
    public String presignedGet(Bucket bucket, String key, Duration ttl) {
        try {
            return client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(Http.Method.GET)
                    .bucket(properties.bucketName(bucket)).object(ObjectKeys.check(key))
                    .expiry((int) ObjectKeys.checkTtl(ttl).toSeconds(), TimeUnit.SECONDS).build());
        } catch (MinioException | IllegalStateException | UncheckedIOException e) {
            throw new StorageException("Cannot presign " + key, e);
        }
    }

    @Override
    public String kind() {
        return "s3";
    }
}
