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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the content files that {@code catalogue/manifest.yaml} lists, checks each against the JSON schema,
 * then the whole against {@link CatalogueRules}, and stamps the result with a version: a hash of every byte
 * read, so any change to the content gives a new version and an unchanged catalogue keeps its version.
 */
public class CatalogueReader {

    public static final String MANIFEST = "manifest.yaml";
    private static final String SCHEMA = "catalogue.schema.json";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Function<String, Optional<InputStream>> files;

    /** @param files opens a file by its path relative to the catalogue folder, empty when it does not exist */
    public CatalogueReader(Function<String, Optional<InputStream>> files) {
        this.files = files;
    }

    public static CatalogueReader fromClasspath(String folder) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return new CatalogueReader(path -> Optional.ofNullable(loader.getResourceAsStream(folder + "/" + path)));
    }

    public CatalogueContent read() {
        MessageDigest digest = sha256();
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(parse(SCHEMA, digest));
        List<String> errors = new ArrayList<>();
        List<CatalogueContent.Located> documents = new ArrayList<>();
        for (String path : manifest(digest)) {
            JsonNode node;
            try {
                node = parse(path, digest);
            } catch (CatalogueContentException e) {
                errors.addAll(e.errors());
                continue;
            }
            var problems = schema.validate(node);
            if (!problems.isEmpty()) {
                problems.forEach(p -> errors.add(path + ": " + p.getMessage()));
                continue;
            }
            documents.add(new CatalogueContent.Located(path, YAML.convertValue(node, ContentFile.Document.class)));
        }
        if (!errors.isEmpty()) {
            throw new CatalogueContentException(errors);
        }
        CatalogueContent content = CatalogueContent.merge(HexFormat.of().formatHex(digest.digest()).substring(0, 16), documents);
        List<String> ruleErrors = new CatalogueRules(content).check();
        if (!ruleErrors.isEmpty()) {
            throw new CatalogueContentException(ruleErrors);
        }
        return content;
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
        try (InputStream in = files.apply(path).orElseThrow(
                () -> new CatalogueContentException(List.of(path + ": file not found")))) {
            byte[] bytes = in.readAllBytes();
            digest.update(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(bytes);
            JsonNode node = YAML.readTree(bytes);
            return node == null || node.isMissingNode() ? YAML.createObjectNode() : node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new CatalogueContentException(List.of(path + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalogue file " + path, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
