package com.koto.storage;

/** The application's private buckets; their names come from {@link StorageProperties}. */
public enum Bucket {
    /** Learners' recorded answers. */
    AUDIO,
    /** Synthesized tutor lines, content-addressed. */
    TTS
}
