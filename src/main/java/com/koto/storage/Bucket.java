package com.koto.storage;

/** The application's private buckets; their names come from {@code koto.storage.*-bucket}. */
public enum Bucket {
    /** Learners' recorded answers. */
    AUDIO,
    /** Synthesized tutor lines, content-addressed. */
    TTS
}
