package com.koto.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.koto.content.internal.DemoContent;
import com.koto.evaluation.TestPacks;
import com.koto.langpack.LangPacks;
import com.koto.support.ModuleTestDatabase;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The content module boots alone on an empty database (its own beans; the language packs it checks lessons against
 * come from the real pack files, the clock is the system's as the platform's): its seeding step imports and publishes the demo lessons through the authoring
 * path, and the learner catalogue then lists them.
 */
@ApplicationModuleTest
class ContentModuleTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class RealPacks {
        @Bean
        LangPacks langPacks() {
            return new TestPacks();
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ModuleTestDatabase.register(registry);
    }

    @Autowired
    DemoContent demoContent;

    @Autowired
    LessonCatalog catalog;

    @Test
    void theDemoLessonsArePublishedIntoAnEmptyDatabaseAndListedForLearners() {
        assertThat(catalog.published("en")).isEmpty();
        demoContent.seed();
        List<LessonSummary> lessons = catalog.published("en");
        assertThat(lessons).extracting(LessonSummary::slug).contains("cafe-ordering");
        assertThat(lessons).allSatisfy(l -> {
            assertThat(l.version()).isEqualTo(1);
            assertThat(l.activityCount()).isPositive();
        });
        demoContent.seed(); // a second start adds nothing
        assertThat(catalog.published("en")).extracting(LessonSummary::version).containsOnly(1);
    }
}
