package com.koto.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The operating-system programs some tests drive for real, with the Debian/Ubuntu packages that install them.
 * A program counts as present when an executable regular file of that name is on {@code PATH} (Chromium: env
 * {@code KOTO_CHROMIUM} first), the same check the app's own lookups amount to (they run the program and treat
 * "cannot execute" as absent).
 */
public enum Tool {
    ESPEAK_NG("espeak-ng", "espeak-ng", "local text-to-speech"),
    OPUSENC("opusenc", "opus-tools", "OGG/Opus encoding of the tutor's voice"),
    LAME("lame", "lame", "MP3 encoding of the tutor's voice"),
    CADDY("caddy", "caddy", "the gateway in front of the app"),
    CHROMIUM("chromium", "chromium fonts-nanum", "real-browser console tests");

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
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, binary);
                if (runnable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** The absolute path of the program; fails when it is absent (callers are guarded by {@link RequiresTool}). */
    public Path path() {
        return find().orElseThrow(() -> new IllegalStateException(missing()));
    }

    /** Why a test that needs this program cannot run, and how to install it. */
    String missing() {
        return "needs " + binary + " (" + purpose + "), which is not installed: sudo apt-get install -y "
                + packages + " (.ci/run installs it)";
    }

    private static boolean runnable(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }
}
