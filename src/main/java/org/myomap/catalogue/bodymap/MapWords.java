package org.myomap.catalogue.bodymap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.myomap.common.i18n.Language;

/** The body map's words in one language ({@code bodymap/words.yaml}); region names come from the catalogue. */
@RegisterForReflection
public record MapWords(String title, String description, Map<String, String> sides, Map<String, Labels> views) {

    static final String RESOURCE = "bodymap/words.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** The view's caption and what lies at its left and right edges, for a reader of the picture. */
    @RegisterForReflection
    public record Labels(String title, String viewerLeft, String viewerRight) {
    }

    /** Every language's words, and a hash of the file: new words are a new drawing. */
    public record All(Map<Language, MapWords> byLanguage, String hash) {

        public MapWords in(Language language) {
            return byLanguage.getOrDefault(language, byLanguage.get(Language.DEFAULT));
        }
    }

    public Labels labels(MapView view) {
        return views.get(view.id());
    }

    /** The person's side in words, e.g. "right" or "lado derecho". */
    public String side(String side) {
        return sides.getOrDefault(side, side);
    }

    public static All fromClasspath() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            byte[] yaml = in.readAllBytes();
            Map<String, MapWords> byTag = YAML.readValue(yaml, new TypeReference<Map<String, MapWords>>() {
            });
            Map<Language, MapWords> byLanguage = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                MapWords words = byTag.get(language.tag());
                if (words == null || words.title() == null || words.sides() == null || words.views() == null
                        || !words.views().keySet().containsAll(java.util.Arrays.stream(MapView.values()).map(MapView::id).toList())) {
                    throw new IllegalStateException(RESOURCE + ": '" + language.tag()
                            + "' needs a title, the sides and the labels of every view");
                }
                byLanguage.put(language, words);
            }
            return new All(Map.copyOf(byLanguage), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(yaml)).substring(0, 8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
