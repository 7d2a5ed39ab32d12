package com.koto.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.koto.storage.Bucket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The MinIO SDK code path against an in-process S3Proxy with AWS V4 signature checking. */
class S3ObjectStoreTest {

    static S3Proxy proxy;
    static S3ObjectStore store;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        proxy = S3Proxy.builder().blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "koto-test", "koto-test-secret-key")
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        store = new S3ObjectStore(new StorageProperties("http://127.0.0.1:" + proxy.getPort(), "koto-test",
                "koto-test-secret-key", "us-east-1", "koto-audio", "koto-tts", Duration.ofMinutes(10), null, null));
        store.createBuckets();
        store.createBuckets(); // idempotent
    }

    @AfterAll
    static void stop() throws Exception {
        proxy.stop();
    }

    @Test
    void storesReadsAndPresignsPrivateObjects() throws Exception {
        byte[] data = "OggS fake opus".getBytes(StandardCharsets.UTF_8);
        store.put(Bucket.AUDIO, "sessions/s1/a1.ogg", data, "audio/ogg");
        assertThat(store.exists(Bucket.AUDIO, "sessions/s1/a1.ogg")).isTrue();
        assertThat(store.exists(Bucket.AUDIO, "sessions/s1/missing.ogg")).isFalse();
        assertThat(store.get(Bucket.AUDIO, "sessions/s1/a1.ogg").orElseThrow().data()).isEqualTo(data);
        assertThat(store.get(Bucket.AUDIO, "sessions/s1/a1.ogg").orElseThrow().contentType()).isEqualTo("audio/ogg");
        assertThat(store.get(Bucket.TTS, "nope.ogg")).isEmpty();

        // the bucket is private: an unsigned GET is refused
        String plain = "http://127.0.0.1:" + proxy.getPort() + "/koto-audio/sessions/s1/a1.ogg";
        assertThat(get(plain).statusCode()).isEqualTo(403);

        String url = store.presignedGet(Bucket.AUDIO, "sessions/s1/a1.ogg", Duration.ofMinutes(5));
        HttpResponse<byte[]> signed = get(url);
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(signed.body()).isEqualTo(data);

        String tampered = url.replaceFirst("X-Amz-Signature=([0-9a-f])", "X-Amz-Signature=" + flip(url));
        assertThat(get(tampered).statusCode()).isEqualTo(403);
    }

    @Test
    void expiredPresignedUrlIsRefused() throws Exception {
        store.put(Bucket.TTS, "short.ogg", new byte[] {1, 2, 3}, "audio/ogg");
        // X-Amz-Date has whole seconds, so a 1 s URL signed late in a second may expire before the first GET
        // on a loaded machine (CI saw this once): 5 s leaves room for the valid GET, then we wait it out.
        long signedAt = System.nanoTime();
        String url = store.presignedGet(Bucket.TTS, "short.ogg", Duration.ofSeconds(5));
        assertThat(get(url).statusCode()).isEqualTo(200);
        long waitMs = 6_100 - (System.nanoTime() - signedAt) / 1_000_000;
        Thread.sleep(Math.max(0, waitMs));
        assertThat(get(url).statusCode()).isEqualTo(403);
    }

    @Test
    void urlsLongerThanFifteenMinutesAreRefused() {
        assertThatThrownBy(() -> store.presignedGet(Bucket.TTS, "x.ogg", Duration.ofMinutes(16)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.put(Bucket.TTS, "../escape", new byte[1], "audio/ogg"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String flip(String url) {
        char c = url.charAt(url.indexOf("X-Amz-Signature=") + 16);
        return c == '0' ? "1" : "0";
    }

    private static HttpResponse<byte[]> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
