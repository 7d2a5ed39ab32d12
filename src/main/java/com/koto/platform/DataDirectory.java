package com.koto.platform;

import java.nio.file.Path;

/**
 * Where the embedded defaults keep their state ({@code koto.data-dir}, env {@code KOTO_DATA_DIR}, default
 * {@code ./data}): the embedded PostgreSQL's data, generated secrets, the local object store. Modules ask this
 * bean for their file instead of reading the platform's configuration.
 */
public final class DataDirectory {

    private final Path root;

    DataDirectory(Path root) {
        this.root = root;
    }

    /** The directory itself (it may not exist yet). */
    public Path root() {
        return root;
    }

    /** A file or directory inside it, e.g. {@code jwt-secret}. */
    public Path resolve(String name) {
        return root.resolve(name);
    }
}
