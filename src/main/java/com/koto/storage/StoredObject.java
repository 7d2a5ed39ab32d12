package com.koto.storage;

/**
 * An object's bytes and media type.
 *
 * @param data        the content
 * @param contentType e.g. {@code audio/ogg}
 */
public record StoredObject(byte[] data, String contentType) {
}
