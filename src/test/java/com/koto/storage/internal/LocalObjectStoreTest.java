package com.koto.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.koto.storage.Bucket;
import com.koto.support.MutableClock;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

/** The embedded store keeps presigned-URL semantics: signed, expiring, tamper-evident. */
class LocalObjectStoreTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));

    private LocalObjectStore store(Path dir) {
        return new LocalObjectStore(dir, new StorageProperties(null, null, null, "us-east-1", "koto-audio", "koto-tts",
                Duration.ofMinutes(10), "https://koto.example", null), "0123456789abcdef0123456789abcdef".getBytes(), clock);
    }

    @Test
    void signedUrlDownloadsUntilItExpiresAndRejectsTampering() throws Exception {
        LocalObjectStore store = store(Files.createTempDirectory("koto-objects"));
        store.put(Bucket.AUDIO, "sessions/s/a.wav", new byte[] {82, 73, 70, 70}, "audio/wav");
        String url = store.presignedGet(Bucket.AUDIO, "sessions/s/a.wav", Duration.ofMinutes(10));
        assertThat(url).startsWith("https://koto.example/files/koto-audio/sessions/s/a.wav?expires=");
        var q = UriComponentsBuilder.fromUri(URI.create(url)).build().getQueryParams();
        long expires = Long.parseLong(q.getFirst("expires"));
        String sig = java.net.URLDecoder.decode(q.getFirst("sig"), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(store.download("koto-audio", "sessions/s/a.wav", expires, sig)).isPresent();
        assertThat(store.download("koto-audio", "sessions/s/b.wav", expires, sig)).as("other key").isEmpty();
        assertThat(store.download("koto-audio", "sessions/s/a.wav", expires + 3600, sig)).as("extended").isEmpty();
        assertThat(store.download("koto-tts", "sessions/s/a.wav", expires, sig)).as("other bucket").isEmpty();
        assertThat(store.download("koto-audio", "sessions/s/a.wav", expires, sig.substring(1) + "A")).isEmpty();

        clock.advance(Duration.ofMinutes(11));
        assertThat(store.download("koto-audio", "sessions/s/a.wav", expires, sig)).as("expired").isEmpty();
    }

    @Test
    void keysCannotEscapeTheStore() throws Exception {
        LocalObjectStore store = store(Files.createTempDirectory("koto-objects"));
        assertThatThrownBy(() -> store.put(Bucket.AUDIO, "../../etc/passwd", new byte[1], "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.get(Bucket.AUDIO, "/abs")).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.get(Bucket.AUDIO, "missing.wav")).isEmpty();
    }
}
