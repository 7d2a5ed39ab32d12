package com.koto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * {@code docs/configuration.md} cannot drift from the code: it names every {@code koto.*} property of every
 * {@code @ConfigurationProperties} record (nested records included), every environment variable that
 * {@code application.yml} and the {@code Caddyfile} read, and every variable of {@code .env.example}.
 */
class ConfigurationReferenceTest {

    private static final Path REFERENCE = Path.of("docs", "configuration.md");

    @Test
    void everyKotoPropertyIsDocumented() throws Exception {
        Set<String> properties = new TreeSet<>();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.koto")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            collect(prefix, type, properties);
        }
        assertThat(properties).contains("koto.data-dir", "koto.identity.token-ttl", "koto.gemini.models.evaluation");
        assertThat(undocumented(properties)).as("koto.* properties missing from " + REFERENCE).isEmpty();
    }

    @Test
    void everyEnvironmentVariableIsDocumented() throws Exception {
        Set<String> variables = new TreeSet<>();
        variables.addAll(matches(Path.of("src", "main", "resources", "application.yml"), "\\$\\{([A-Z][A-Z0-9_]+)"));
        variables.addAll(matches(Path.of("Caddyfile"), "\\{\\$([A-Z][A-Z0-9_]+)"));
        variables.addAll(matches(Path.of(".env.example"), "(?m)^([A-Z][A-Z0-9_]+)="));
        assertThat(variables).contains("KOTO_DATABASE_URL", "KOTO_DOMAIN", "KOTO_METRICS_SCRAPE_TOKEN");
        assertThat(undocumented(variables)).as("environment variables missing from " + REFERENCE).isEmpty();
    }

    private static void collect(String prefix, Class<?> type, Set<String> into) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            if (component.getType().isRecord() && component.getType().getName().startsWith("com.koto.")) {
                collect(name, component.getType(), into);
            } else {
                into.add(name);
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> undocumented(Set<String> names) throws IOException {
        String reference = Files.readString(REFERENCE);
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!reference.contains("`" + name + "`")) {
                missing.add(name);
            }
        }
        return missing;
    }

    private static Set<String> matches(Path file, String regex) throws IOException {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(Files.readString(file));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
