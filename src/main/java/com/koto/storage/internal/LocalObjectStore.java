package com.koto.storage.internal;

import com.koto.storage.Bucket;
import com.koto.storage.ObjectStore;
import com.koto.storage.StorageException;
import com.koto.storage.StoredObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The embedded default store: objects as files under {@code <data-dir>/objects/<bucket>/<key>} (with
 * the media type in a {@code .type} sidecar), downloads through {@code GET /files/<bucket>/<key>}
 * with presigned-URL semantics: {@code expires} (epoch seconds) and an HMAC-SHA256 {@code sig}
 * over bucket, key and expiry; a tampered or expired URL is refused.
 */
class LocalObjectStore implements ObjectStore {

    /** Slashes at the end. */
    private static final Pattern TRAILING_SLASHES = Pattern.compile("/+$");

    static final String PATH_PREFIX = "/files/";

    private final Path root;
    private final StorageProperties properties;
    private final byte[] secret;
    private final Clock clock;

    LocalObjectStore(Path root, StorageProperties properties, byte[] secret, Clock clock) {
        this.root = root;
        this.properties = properties;
        this.secret = secret.clone();
        this.clock = clock;
    }

    @Override
    public void put(Bucket bucket, String key, byte[] data, String contentType) {
        Path file = file(bucket, key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".upload", ".tmp");
            Files.write(tmp, data);
            Files.writeString(typeFile(file), contentType);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("Cannot store " + key, e);
        }
    }

    @Override
    public Optional<StoredObject> get(Bucket bucket, String key) {
        Path file = file(bucket, key);
        try {
            byte[] data = Files.readAllBytes(file);
            String type = Files.exists(typeFile(file)) ? Files.readString(typeFile(file)) : "application/octet-stream";
            return Optional.of(new StoredObject(data, type));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageException("Cannot read " + key, e);
        }
    }

    @Override
    public boolean exists(Bucket bucket, String key) {
        return Files.isRegularFile(file(bucket, key));
    }

    @Override
    public Duration downloadUrlTtl() {
        return properties.urlTtl();
    }

    @Override
    public String presignedGet(Bucket bucket, String key, Duration ttl) {
        ObjectKeys.check(key);
        long expires = clock.instant().plus(ObjectKeys.checkTtl(ttl)).getEpochSecond();
        String base = properties.publicBaseUrl() == null ? ""
                : TRAILING_SLASHES.matcher(properties.publicBaseUrl()).replaceAll("");
        return base + PATH_PREFIX + properties.bucketName(bucket) + "/" + key + "?expires=" + expires + "&sig="
                + URLEncoder.encode(signature(properties.bucketName(bucket), key, expires), StandardCharsets.UTF_8);
    }

    @Override
    public String kind() {
        return "local";
    }

    /**
     * Checks a signed download and returns the object.
     *
     * @return empty when the signature is wrong, the URL expired, the bucket is unknown or the object is gone
     */
    Optional<StoredObject> download(String bucketName, String key, long expires, String sig) {
        Bucket bucket = null;
        for (Bucket b : Bucket.values()) {
            if (properties.bucketName(b).equals(bucketName)) {
                bucket = b;
            }
        }
        if (bucket == null || sig == null || expires < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        byte[] expected = signature(bucketName, key, expires).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, sig.getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return get(bucket, key);
    }

    private String signature(String bucketName, String key, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] sig = mac.doFinal((bucketName + "\n" + key + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private Path file(Bucket bucket, String key) {
        Path file = root.resolve(properties.bucketName(bucket)).resolve(ObjectKeys.check(key)).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("Invalid object key: " + key);
        }
        return file;
    }

    private static Path typeFile(Path file) {
        return file.resolveSibling(file.getFileName() + ".type");
    }

    static byte[] secret(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] secret = new byte[32];
            new java.security.SecureRandom().nextBytes(secret);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(secret));
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }
}
