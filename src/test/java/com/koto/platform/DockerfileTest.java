package com.koto.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What issue #14 asks of the image, read from the {@code Dockerfile} (this machine has no Docker engine to build
 * it: docs/deploy.md's closing note): two stages, the runtime stage running as a non-root user with a health check
 * on the readiness endpoint, and the OS programs the tutor speaks with installed in it.
 */
class DockerfileTest {

    @Test
    void theImageIsMultiStageNonRootHealthCheckedAndSpeaks() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("Dockerfile")).stream().map(String::strip)
                .filter(l -> !l.startsWith("#")).toList();
        List<Integer> stages = java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).startsWith("FROM ")).boxed().toList();
        assertThat(stages).as("FROM lines").hasSizeGreaterThanOrEqualTo(2);
        String runtime = String.join("\n", lines.subList(stages.getLast(), lines.size()));

        assertThat(runtime).as("the runtime stage copies the jar built in an earlier stage").contains("COPY --from=");
        List<String> users = runtime.lines().filter(l -> l.startsWith("USER ")).toList();
        assertThat(users).as("USER in the runtime stage").isNotEmpty();
        assertThat(users.getLast().substring(5).strip()).isNotIn("root", "0");
        assertThat(runtime).containsPattern("HEALTHCHECK [^\\n]*(\\\\\\n[^\\n]*)*/actuator/health/readiness");
        // the tutor's voice out of the box: local TTS and both encoders (koto.speech.*-binary defaults)
        assertThat(runtime).containsPattern("apt-get install[^\\n]*espeak-ng")
                .containsPattern("apt-get install[^\\n]*opus-tools").containsPattern("apt-get install[^\\n]*lame");
        assertThat(runtime).contains("KOTO_LOG_FORMAT=json");
    }
}
