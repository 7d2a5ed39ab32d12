package com.koto.content;

import com.koto.content.internal.Translations;
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

    /** The scene types the 3D client can show. */
    public static final List<String> SCENES = List.of("cafe", "airport", "office", "street", "shop", "hotel",
            "restaurant", "classroom");

    public StageDocument {
        title = Translations.canonical(title);
        objective = Translations.canonical(objective);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** The same stage with other activities. */
    public StageDocument withActivities(List<ActivityDocument> changed) {
        return new StageDocument(key, scene, title, objective, changed);
    }
}
