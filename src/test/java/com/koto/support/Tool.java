package com.koto.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The operating-system programs some tests drive for real, with the Debian/Ubuntu packages that install them.
 * A program counts as present when an executable regular file of that name is on {@code PATH} (Chromium: env
 * {@code KOTO_CHROMIUM} first), the same check the app's own lookups amount to (they run the program and treat
 * "cannot execute" as absent). The PostgreSQL client programs must also be of the test server's major version or
 * newer (pg_dump refuses older-client dumps), looked up on {@code PATH} and in Debian's
 * {@code /usr/lib/postgresql/<major>/bin}.
 */
public enum Tool {
    ESPEAK_NG("espeak-ng", "espeak-ng", "local text-to-speech"),
    OPUSENC("opusenc", "opus-tools", "OGG/Opus encoding of the tutor's voice"),
    LAME("lame", "lame", "MP3 encoding of the tutor's voice"),
    CADDY("caddy", "caddy", "the gateway in front of the app"),
    DOCKER_COMPOSE("docker-compose", "docker-compose", "validating docker-compose.yml without a Docker engine"),
    CHROMIUM("chromium", "chromium fonts-nanum", "real-browser console tests"),
    PG_DUMP("pg_dump", "postgresql-client", "database backups"),
    PG_RESTORE("pg_restore", "postgresql-client", "database restores");

    private final String binary;
    private final String packages;
    private final String purpose;

    Tool(String binary, String packages, String purpose) {
        this.binary = binary;
        this.packages = packages;
        this.purpose = purpose;
    }

    /** The program's name on {@code PATH}, e.g. {@code espeak-ng}. */
    public String binary() {
        return binary;
    }

    /** The absolute path of the program, if present and executable. */
    public Optional<Path> find() {
        if (this == CHROMIUM) {
            String configured = System.getenv("KOTO_CHROMIUM");
            if (configured != null && !configured.isBlank()) {
                return Optional.of(Path.of(configured)).filter(Tool::runnable);
            }
        }
        java.util.List<Path> candidates = new java.util.ArrayList<>();
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, binary));
            }
        }
        if (this == PG_DUMP || this == PG_RESTORE) {
            candidates.addAll(debianPostgresBins());
            int server = TestDatabase.serverMajorVersion();
            return candidates.stream().filter(Tool::runnable).filter(p -> majorVersion(p) >= server).findFirst();
        }
        return candidates.stream().filter(Tool::runnable).findFirst();
    }

    private List<Path> debianPostgresBins() {
        try (var dirs = Files.list(Path.of("/usr/lib/postgresql"))) {
            return dirs.map(d -> d.resolve("bin").resolve(binary))
                    .sorted(java.util.Comparator.comparing(Path::toString).reversed()).toList();
        } catch (java.io.IOException absent) {
            return List.of();
        }
    }

    /** Major version a PostgreSQL client program prints ({@code pg_dump (PostgreSQL) 15.20} → 15), 0 if unknown. */
    private static int majorVersion(Path program) {
        try {
            Process p = new ProcessBuilder(program.toString(), "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            p.waitFor();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\) (\\d+)").matcher(out);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** The absolute path of the program; fails when it is absent (callers are guarded by {@link RequiresTool}). */
    public Path path() {
        return find().orElseThrow(() -> new IllegalStateException(missing()));
    }

    /** Why a test that needs this program cannot run, and how to install it. */
    String missing() {
        if (this == PG_DUMP || this == PG_RESTORE) {
            return "needs " + binary + " " + TestDatabase.serverMajorVersion() + " or newer (" + purpose
                    + ") for the test PostgreSQL " + TestDatabase.serverMajorVersion()
                    + ", which is not installed: sudo apt-get install -y postgresql-client-"
                    + TestDatabase.serverMajorVersion() + ", or set KOTO_TEST_PG_HOST to a server of the client's version";
        }
        return "needs " + binary + " (" + purpose + "), which is not installed: sudo apt-get install -y "
                + packages + " (.ci/run installs it)";
    }

    private static boolean runnable(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }
}
