package com.koto.storage.internal;

import com.koto.storage.Bucket;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Storage settings ({@code koto.storage.*}).
 *
 * @param s3Endpoint     S3-compatible endpoint, e.g. {@code http://minio:9000} (env {@code KOTO_S3_ENDPOINT});
 *                       blank → local store under {@code <data-dir>/objects}
 * @param s3AccessKey    access key (env {@code KOTO_S3_ACCESS_KEY})
 * @param s3SecretKey    secret key (env {@code KOTO_S3_SECRET_KEY})
 * @param s3Region       region, default {@code us-east-1}
 * @param audioBucket    bucket for learner audio, default {@code koto-audio}
 * @param ttsBucket      bucket for tutor audio, default {@code koto-tts}
 * @param urlTtl         validity of download URLs, default 10 min, at most 15 min
 * @param publicBaseUrl  for the local store: absolute base of its signed URLs (env {@code KOTO_PUBLIC_BASE_URL});
 *                       blank → app-relative URLs ({@code /files/…})
 * @param signingSecret  for the local store: HMAC secret (env {@code KOTO_STORAGE_SIGNING_SECRET}); blank →
 *                       generated into {@code <data-dir>/objects-secret}
 */
@ConfigurationProperties("koto.storage")
public record StorageProperties(
        String s3Endpoint,
        String s3AccessKey,
        String s3SecretKey,
        @DefaultValue("us-east-1") String s3Region,
        @DefaultValue("koto-audio") String audioBucket,
        @DefaultValue("koto-tts") String ttsBucket,
        @DefaultValue("10m") Duration urlTtl,
        String publicBaseUrl,
        String signingSecret) {

    /** Longest validity a download URL may have. */
    public static final Duration MAX_URL_TTL = Duration.ofMinutes(15);

    /** The configured name of a bucket. */
    public String bucketName(Bucket bucket) {
        return bucket == Bucket.AUDIO ? audioBucket : ttsBucket;
    }
}
