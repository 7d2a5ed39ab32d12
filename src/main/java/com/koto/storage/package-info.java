/**
 * Storage: private object storage for learner audio and synthesized tutor audio, with presigned
 * (signed, expiring) download URLs. S3 through the MinIO Java SDK when {@code KOTO_S3_ENDPOINT} is
 * set; otherwise a local store under {@code <data-dir>/objects} serving HMAC-signed URLs itself.
 * Public surface: {@link com.koto.storage.ObjectStore}, {@link com.koto.storage.Bucket},
 * {@link com.koto.storage.StoredObject}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Storage")
package com.koto.storage;
