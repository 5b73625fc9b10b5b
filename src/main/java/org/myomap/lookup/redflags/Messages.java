package org.myomap.lookup.redflags;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.myomap.common.i18n.Language;

/**
 * The lookup's texts in every language, from {@code lookup/messages.yaml}: each red-flag rule's message (keyed by
 * its code, or code/variant), the safety leads and the disclaimer, English and Spanish side by side.
 */
public final class Messages {

    private static final Map<String, Map<String, String>> TEXTS = read();

    private Messages() {
    }

    /** The text of a key in a language; English where the language lacks it (a test keeps that from happening). */
    public static String text(String key, Language language) {
        Map<String, String> byLanguage = TEXTS.get(key);
        if (byLanguage == null) {
            throw new IllegalArgumentException("no message '" + key + "' in lookup/messages.yaml");
        }
        return byLanguage.getOrDefault(language.tag(), byLanguage.get(Language.DEFAULT.tag()));
    }

    /** Every key, and per key the language tags it has: for the test that every text has every language. */
    public static Map<String, Set<String>> languages() {
        Map<String, Set<String>> all = new LinkedHashMap<>();
        TEXTS.forEach((key, texts) -> all.put(key, texts.keySet()));
        return all;
    }

    private static Map<String, Map<String, String>> read() {
        try (InputStream in = Messages.class.getResourceAsStream("/lookup/messages.yaml")) {
            if (in == null) {
                throw new IllegalStateException("lookup/messages.yaml is missing from the classpath");
            }
            return Map.copyOf(new ObjectMapper(new YAMLFactory()).readValue(in,
                    new TypeReference<LinkedHashMap<String, Map<String, String>>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
