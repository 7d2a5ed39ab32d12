package com.koto.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The console's texts in English and Korean ({@code console/messages_en.properties},
 * {@code console/messages_ko.properties}, UTF-8). Vaadin picks the browser's language among these
 * two (English otherwise); {@link ConsoleLocale} lets the user switch. {@code {0}}, {@code {1}} …
 * are replaced by the arguments as written (no MessageFormat, so apostrophes need no escaping).
 * A missing key renders as {@code !key!} and is logged; {@code ConsoleTextsTest} keeps that from
 * shipping.
 */
@Component
public class ConsoleI18n implements I18NProvider {

    /** The console's languages; the first is the fallback. */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.KOREAN);

    private static final Logger log = LoggerFactory.getLogger(ConsoleI18n.class);

    private final Map<String, Map<String, String>> bundles = Map.of(
            "en", load("console/messages_en.properties"),
            "ko", load("console/messages_ko.properties"));

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text = bundle(locale).get(key);
        if (text == null) {
            log.warn("Missing console text '{}' ({})", key, locale);
            return "!" + key + "!";
        }
        return format(text, params);
    }

    /** Whether a key exists (for texts looked up by a data value, e.g. a language code). */
    public boolean has(String key) {
        return bundles.get("en").containsKey(key);
    }

    /** All keys and texts of a language ({@code en} or {@code ko}), sorted by key. */
    public Map<String, String> texts(String language) {
        return bundles.get(language);
    }

    static String format(String text, Object... params) {
        String out = text;
        for (int i = 0; params != null && i < params.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(params[i]));
        }
        return out;
    }

    private Map<String, String> bundle(Locale locale) {
        return bundles.getOrDefault(locale == null ? "en" : locale.getLanguage(), bundles.get("en"));
    }

    private static Map<String, String> load(String location) {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + location, e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((k, v) -> texts.put((String) k, (String) v));
        return Collections.unmodifiableMap(texts);
    }
}
