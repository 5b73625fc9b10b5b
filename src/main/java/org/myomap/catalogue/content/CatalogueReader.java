package org.myomap.catalogue.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.myomap.catalogue.i18n.Edition;
import org.myomap.catalogue.i18n.TranslationFile;
import org.myomap.catalogue.i18n.Translator;
import org.myomap.common.i18n.Language;

/**
 * Reads the content files that {@code catalogue/manifest.yaml} lists, checks each against the JSON schema,
 * then the whole against {@link CatalogueRules}, and stamps the result with a version: a hash of every byte
 * read, so any change to the content gives a new version and an unchanged catalogue keeps its version.
 */
public class CatalogueReader {

    public static final String MANIFEST = "manifest.yaml";
    private static final String SCHEMA = "catalogue.schema.json";
    private static final String TRANSLATION_SCHEMA = "translation.schema.json";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Function<String, Optional<InputStream>> files;

    /** @param files opens a file by its path relative to the catalogue folder, empty when it does not exist */
    public CatalogueReader(Function<String, Optional<InputStream>> files) {
        this.files = files;
    }

    public static CatalogueReader fromClasspath(String folder) {
        return new CatalogueReader(opener(folder));
    }

    /** Opens a file of a folder on the (context) class path by its path in the folder. */
    public static Function<String, Optional<InputStream>> opener(String folder) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return path -> Optional.ofNullable(loader.getResourceAsStream(folder + "/" + path));
    }

    /** The English content (the source every translation is laid over). */
    public CatalogueContent read() {
        return readEditions().get(Language.DEFAULT).content();
    }

    /**
     * Every language's edition. A translation file sits beside its source ({@code name.es.yaml} beside
     * {@code name.yaml}), is checked against its own schema (whose text limits are the catalogue's), laid over
     * the source by {@link Translator}, and the translated whole passes {@link CatalogueRules} like the source.
     * The version hashes the translations too: a changed Spanish text is a new version.
     */
    public Map<Language, Edition> readEditions() {
        return checkedEditions(readFiles());
    }

    /**
     * The same, as the files each edition was merged from ({@link CheckedContent}), checked: what the build writes
     * down so that a start need not read and check the content again ({@link PrebuiltContent}).
     */
    public CheckedContent readChecked() {
        CheckedContent content = readFiles();
        checkedEditions(content);
        return content;
    }

    /** Every file read, checked against its schema and translated; the merged editions still to pass the rules. */
    private CheckedContent readFiles() {
        MessageDigest digest = sha256();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        JsonSchema schema = factory.getSchema(parse(SCHEMA, digest));
        JsonSchema translationSchema = factory.getSchema(parse(TRANSLATION_SCHEMA, digest));
        List<String> errors = new ArrayList<>();
        List<CatalogueContent.Located> documents = new ArrayList<>();
        Map<Language, List<CatalogueContent.Located>> translations = new EnumMap<>(Language.class);
        Map<Language, Set<String>> translated = new EnumMap<>(Language.class);
        for (String path : manifest(digest)) {
            var source = document(path, true, schema, ContentFile.Document.class, digest, errors);
            if (source.isEmpty()) {
                continue;
            }
            var document = source.get();
            documents.add(new CatalogueContent.Located(path, document));
            for (Language language : Language.values()) {
                if (language == Language.DEFAULT) {
                    continue;
                }
                String translationPath = translationOf(path, language);
                var text = document(translationPath, false, translationSchema, TranslationFile.Document.class, digest, errors);
                if (text.isPresent()) {
                    var result = Translator.apply(translationPath, document, text.get());
                    errors.addAll(result.errors());
                    translations.computeIfAbsent(language, l -> new ArrayList<>())
                            .add(new CatalogueContent.Located(path, result.document()));
                    translated.computeIfAbsent(language, l -> new HashSet<>()).addAll(result.translated());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new CatalogueContentException(errors);
        }
        String version = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        Map<Language, List<CatalogueContent.Located>> files = new EnumMap<>(Language.class);
        Map<Language, Set<String>> translatedKeys = new EnumMap<>(Language.class);
        files.put(Language.DEFAULT, List.copyOf(documents));
        translatedKeys.put(Language.DEFAULT, Set.of());
        translations.forEach((language, located) -> {
            files.put(language, withTranslations(documents, located));
            translatedKeys.put(language, Set.copyOf(translated.get(language)));
        });
        return new CheckedContent(version, files, translatedKeys);
    }

    private static Map<Language, Edition> checkedEditions(CheckedContent content) {
        Map<Language, Edition> editions = content.editions();
        editions.values().forEach(edition -> checked(edition.content()));
        return editions;
    }

    /** Every source file, translated where a translation was read. */
    private static List<CatalogueContent.Located> withTranslations(List<CatalogueContent.Located> sources,
            List<CatalogueContent.Located> translated) {
        Map<String, CatalogueContent.Located> byPath = new HashMap<>();
        translated.forEach(file -> byPath.put(file.path(), file));
        return sources.stream().map(file -> byPath.getOrDefault(file.path(), file)).toList();
    }

    /** {@code muscles/arm-hand.yaml} in Spanish is {@code muscles/arm-hand.es.yaml}. */
    public static String translationOf(String path, Language language) {
        return path.replaceFirst("\\.yaml$", "." + language.tag() + ".yaml");
    }

    /**
     * A file parsed and checked against its schema; empty when it failed (the errors say why) or, when not
     * {@code required}, when it does not exist.
     */
    private <T> Optional<T> document(String path, boolean required, JsonSchema schema, Class<T> type,
            MessageDigest digest, List<String> errors) {
        Optional<JsonNode> node;
        try {
            node = required ? Optional.of(parse(path, digest)) : parseIfPresent(path, digest);
        } catch (CatalogueContentException e) {
            errors.addAll(e.errors());
            return Optional.empty();
        }
        if (node.isEmpty()) {
            return Optional.empty();
        }
        var problems = schema.validate(node.get());
        if (!problems.isEmpty()) {
            problems.forEach(p -> errors.add(path + ": " + p.getMessage()));
            return Optional.empty();
        }
        return Optional.of(YAML.convertValue(node.get(), type));
    }

    private static void checked(CatalogueContent content) {
        List<String> ruleErrors = new CatalogueRules(content).check();
        if (!ruleErrors.isEmpty()) {
            throw new CatalogueContentException(ruleErrors);
        }
    }

    private List<String> manifest(MessageDigest digest) {
        JsonNode manifest = parse(MANIFEST, digest).path("files");
        if (!manifest.isArray() || manifest.isEmpty()) {
            throw new CatalogueContentException(List.of(MANIFEST + ": must list the content files under 'files'"));
        }
        List<String> paths = new ArrayList<>();
        manifest.forEach(file -> paths.add(file.asText()));
        return paths;
    }

    private JsonNode parse(String path, MessageDigest digest) {
        return parseIfPresent(path, digest)
                .orElseThrow(() -> new CatalogueContentException(List.of(path + ": file not found")));
    }

    /** The file parsed, opened once; empty when it does not exist. Its path and bytes go into the version. */
    private Optional<JsonNode> parseIfPresent(String path, MessageDigest digest) {
        Optional<InputStream> opened = files.apply(path);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = opened.get()) {
            byte[] bytes = in.readAllBytes();
            digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(bytes);
            JsonNode node = YAML.readTree(bytes);
            return Optional.of(node == null || node.isMissingNode() ? YAML.createObjectNode() : node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CatalogueContentException(List.of(path + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalogue file " + path, e);
        }
    }

    /** SHA-256, which every JDK provides; also the prebuilt content's seal ({@link PrebuiltContent}). */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
