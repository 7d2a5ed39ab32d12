package com.koto.content;

import java.util.List;
import java.util.Map;

/**
 * A stage (a scene of the 3D world) within a lesson document.
 *
 * @param key        unique within the lesson, {@code [a-z0-9-]+}
 * @param scene      scene type: cafe, airport, office, street, shop, hotel, restaurant, classroom
 * @param title      title per language
 * @param objective  what the learner achieves here, per language (Korean included)
 * @param activities the activities in order
 */
public record StageDocument(
        String key,
        String scene,
        Map<String, String> title,
        Map<String, String> objective,
        List<ActivityDocument> activities) {
}
