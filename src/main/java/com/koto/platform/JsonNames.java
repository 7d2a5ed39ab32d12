package com.koto.platform;

/** Java property names as they appear on the wire (the API is snake_case). */
public final class JsonNames {

    private JsonNames() {
    }

    /** {@code lessonId} → {@code lesson_id}. */
    public static String snake(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
