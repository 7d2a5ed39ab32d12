package com.koto.content.internal;

import com.koto.content.LessonDocument;
import com.koto.content.LessonLibrary;
import com.koto.content.PublishedLesson;
import com.koto.platform.SeedStep;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On start, imports and publishes the demo lessons ({@code classpath:content/demo/*.json}) whose
 * slug is not in the database yet, through the same import path the console uses. Runs as the
 * internal {@code system} admin ({@link Authors#asSystem}), since {@link LessonLibrary} is secured.
 * Seeding stage {@link SeedStep.Stage#DEMO_LESSONS}.
 */
@Component
public class DemoContent implements SeedStep {

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    static final String LOCATION = "classpath:content/demo/*.json";

    private final Authors authors;
    private final LessonLibrary library;
    private final ContentProperties properties;

    DemoContent(LessonLibrary library, ContentProperties properties, Authors authors) {
        this.authors = authors;
        this.library = library;
        this.properties = properties;
    }

    @Override
    public Stage stage() {
        return Stage.DEMO_LESSONS;
    }

    @Override
    public void seed() {
        if (properties.loadDemoContent()) {
            authors.asSystem(this::load);
        }
    }

    private Void load() {
        LessonDocuments documents = new LessonDocuments();
        Resource[] files;
        try {
            files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the demo lessons", e);
        }
        Arrays.sort(files, Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            LessonDocument lesson = documents.read(bytes(file));
            if (library.slugExists(lesson.slug())) {
                continue;
            }
            PublishedLesson published = library.publish(library.importAsDraft(lesson, Authors.SYSTEM),
                    Authors.SYSTEM, "Demo content");
            log.info("Loaded demo lesson '{}' ({} stages, {} activities) as version {}", lesson.slug(),
                    lesson.stages().size(), lesson.activityCount(), published.version());
        }
        return null;
    }

    private static byte[] bytes(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo lesson " + file.getFilename(), e);
        }
    }
}
