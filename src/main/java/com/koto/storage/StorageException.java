package com.koto.storage;

/** The object store failed (unreachable S3, full disk…). Unchecked; the caller decides the fallback. */
public class StorageException extends RuntimeException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
