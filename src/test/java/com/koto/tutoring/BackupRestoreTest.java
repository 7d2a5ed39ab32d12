package com.koto.tutoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.support.Api;
import com.koto.support.FakeGemini;
import com.koto.support.IntegrationTest;
import com.koto.support.RequiresTool;
import com.koto.support.TestDatabase;
import com.koto.support.Tool;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code scripts/backup.sh} and {@code scripts/restore.sh} on a database holding a played session with a voice
 * answer: restored into an empty database and an empty local object store, the session, its events and the
 * learner's recording are byte-for-byte what they were; and the backup directory keeps only the newest ones.
 */
@RequiresTool({Tool.PG_DUMP, Tool.PG_RESTORE})
class BackupRestoreTest extends IntegrationTest {

    static final FakeGemini GEMINI = new FakeGemini();

    @DynamicPropertySource
    static void speech(DynamicPropertyRegistry registry) {
        GEMINI.answering(body -> "{\"text\":\"안녕하세요\",\"confidence\":0.93}");
        GEMINI.speechProperties().forEach((k, v) -> {
            if (!k.equals("koto.speech.tts-provider")) {
                registry.add(k, () -> v);
            }
        });
        registry.add("koto.speech.tts-provider", () -> "none"); // the tutor's voice is not what is backed up here
    }

    @AfterAll
    static void stop() {
        GEMINI.close();
    }

    @Test
    void aSessionWithAVoiceAnswerSurvivesBackupAndRestore() throws Exception {
        String token = api().newLearnerToken("id");
        Api learner = api().withToken(token);
        String session = learner.startSession("cafe-ordering");
        String audioId = VoiceUploads.upload(port, token, session, tone()).path("audio_id").asString();
        awaitVoiceTurn(learner, session, audioId);

        Path backups = Path.of("target", "backups", UUID.randomUUID().toString());
        for (int i = 0; i < 3; i++) { // three backups, KOTO_BACKUP_KEEP=2: the oldest goes
            run(List.of("bash", "scripts/backup.sh"), Map.of(
                    "KOTO_DATABASE_URL", TestDatabase.url(), "KOTO_DATA_DIR", dataDir().toString(),
                    "KOTO_BACKUP_DIR", backups.toString(), "KOTO_BACKUP_KEEP", "2"));
            Thread.sleep(1100); // backups are named by the second
        }
        List<Path> kept;
        try (Stream<Path> dirs = Files.list(backups)) {
            kept = dirs.sorted().toList();
        }
        assertThat(kept).hasSize(2).allSatisfy(d -> assertThat(d.resolve("database.dump")).isNotEmptyFile());

        String restoredDb = TestDatabase.createEmptyDatabase();
        Path restoredData = Path.of("target", "test-data", "restored-" + UUID.randomUUID());
        run(List.of("bash", "scripts/restore.sh", kept.getLast().toString()), Map.of(
                "KOTO_DATABASE_URL", restoredDb, "KOTO_DATA_DIR", restoredData.toString()));

        try (Connection original = connect(TestDatabase.url()); Connection restored = connect(restoredDb)) {
            String sessionRow = "select row_to_json(s)::text from sessions s where id = ?::uuid";
            assertThat(rows(restored, sessionRow, session)).hasSize(1).isEqualTo(rows(original, sessionRow, session));
            String events = "select row_to_json(e)::text from session_events e where session_id = ?::uuid order by seq";
            List<String> restoredEvents = rows(restored, events, session);
            assertThat(restoredEvents).hasSizeGreaterThanOrEqualTo(3).isEqualTo(rows(original, events, session));
            assertThat(String.join("\n", restoredEvents)).contains("audio:" + audioId);
            String audioRow = "select row_to_json(a)::text from audio_files a where id = ?::uuid";
            assertThat(rows(restored, audioRow, audioId)).hasSize(1).isEqualTo(rows(original, audioRow, audioId));
            String key = rows(restored, "select object_key from audio_files where id = ?::uuid", audioId).getFirst();
            Path recording = Path.of("objects", "koto-audio", key);
            assertThat(Files.readAllBytes(restoredData.resolve(recording)))
                    .isEqualTo(Files.readAllBytes(dataDir().resolve(recording)));
        }
    }

    private static void awaitVoiceTurn(Api learner, String session, String audioId) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (learner.get("/api/v1/sessions/" + session).json().path("events").toString().contains(audioId)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the voice answer " + audioId + " was not turned into session events");
    }

    private static void run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("KOTO_S3_ENDPOINT");
        pb.environment().putAll(env);
        pb.environment().put("KOTO_DATABASE_USERNAME", TestDatabase.USER);
        pb.environment().put("KOTO_DATABASE_PASSWORD", TestDatabase.password());
        pb.environment().put("KOTO_PG_BIN", Tool.PG_DUMP.path().getParent().toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as("%s said:%n%s", command, out).isZero();
    }

    private static Connection connect(String url) throws Exception {
        return DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.password());
    }

    private static List<String> rows(Connection c, String sql, String id) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
            return rows;
        }
    }

    /** 1.2 s of a 440 Hz tone, 16 kHz 16-bit mono WAV (a real recording's shape without needing espeak-ng). */
    private static byte[] tone() {
        int rate = 16_000;
        int samples = rate * 12 / 10;
        ByteBuffer pcm = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples; i++) {
            pcm.putShort((short) (8000 * Math.sin(2 * Math.PI * 440 * i / rate)));
        }
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes())
                .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate)
                .putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(samples * 2);
        ByteArrayOutputStream wav = new ByteArrayOutputStream();
        wav.writeBytes(header.array());
        wav.writeBytes(pcm.array());
        return wav.toByteArray();
    }
}
