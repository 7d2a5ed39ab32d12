package com.koto.storage;

import com.koto.platform.DependencyUnavailableException;

/**
 * The object store failed (unreachable S3, full disk…). Unchecked; the caller decides the fallback.
 * Unhandled, it answers 503 (a {@link DependencyUnavailableException}).
 */
public class StorageException extends DependencyUnavailableException {

    public StorageException(String message, Throwable cause) {
        super("the recording store", message, cause);
    }
}
