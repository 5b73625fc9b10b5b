package org.myomap.catalogue.content;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The catalogue content checked at build time, so that a start need not parse YAML, load the JSON schema validator
 * and check the rules again (about 0.7 s of CPU of a 2-core start). The build ({@link #main}) runs the same
 * {@link CatalogueReader} as a start does, so broken content fails the build with the reader's messages, and
 * writes two files beside the content: {@value #CONTENT}, the {@link CheckedContent} as JSON, and {@value #SEAL},
 * which names every file the reader opened or looked for and not found, the SHA-256 of their paths and bytes, and
 * the SHA-256 of {@value #CONTENT}. A start ({@link #load}) uses the checked content only when the content files it
 * would read are still exactly those, and the checked content exactly what the build wrote; anything else (no
 * build step, as in an IDE, an edited file, a new translation) reads and checks the content as before.
 */
public final class PrebuiltContent {

    /** The folder, beside the catalogue's on the class path, the build writes into. */
    public static final String FOLDER = "catalogue-prebuilt";
    static final String CONTENT = "checked-content.json";
    static final String SEAL = "seal.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the build saw: the files read (in order) and looked for without finding, and the digests. */
    record Seal(List<String> read, List<String> absent, String inputs, String content) {
    }

    /** Why a start did not take the prebuilt content, or the content it took. */
    public record Loaded(Optional<CheckedContent> content, String reason) {
    }

    private PrebuiltContent() {
    }

    /**
     * Build step: reads and checks {@code <classes>/catalogue} and writes {@code <classes>/catalogue-prebuilt}.
     * Broken content throws {@link CatalogueContentException}: the build fails with its messages.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        Path content = classes.resolve("catalogue");
        Seal seal = write(path -> open(content.resolve(path)), classes.resolve(FOLDER));
        System.out.printf("Catalogue checked at build time: %d files read, %d looked for and absent, written to %s%n",
                seal.read().size(), seal.absent().size(), classes.resolve(FOLDER));
    }

    /** Reads and checks the content {@code files} opens, and writes it with its seal into {@code folder}. */
    static Seal write(Function<String, Optional<InputStream>> files, Path folder) throws IOException {
        Map<String, Boolean> looked = new LinkedHashMap<>();
        CheckedContent checked = new CatalogueReader(path -> {
            Optional<InputStream> opened = files.apply(path);
            looked.put(path, opened.isPresent());
            return opened;
        }).readChecked();
        byte[] content = JSON.writeValueAsBytes(checked);
        List<String> read = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        looked.forEach((path, present) -> (present ? read : absent).add(path));
        Seal seal = new Seal(read, absent, inputsDigest(read, files).orElseThrow(), sha256(content));
        Files.createDirectories(folder);
        Files.write(folder.resolve(CONTENT), content);
        Files.write(folder.resolve(SEAL), JSON.writeValueAsBytes(seal)); // last: a seal only ever names content written
        return seal;
    }

    /**
     * The content checked at build time, when {@code prebuilt} holds a seal that matches the content {@code files}
     * opens now and the checked content it names; else empty with the reason.
     */
    public static Loaded load(Function<String, Optional<InputStream>> files, Function<String, Optional<InputStream>> prebuilt) {
        Optional<byte[]> sealBytes = prebuilt.apply(SEAL).map(PrebuiltContent::bytes);
        if (sealBytes.isEmpty()) {
            return new Loaded(Optional.empty(), "no content checked at build time");
        }
        try {
            Seal seal = JSON.readValue(sealBytes.get(), Seal.class);
            if (seal.absent().stream().anyMatch(path -> files.apply(path).map(PrebuiltContent::bytes).isPresent())) {
                return new Loaded(Optional.empty(), "a content file appeared since the build");
            }
            if (!inputsDigest(seal.read(), files).filter(seal.inputs()::equals).isPresent()) {
                return new Loaded(Optional.empty(), "the content files differ from those checked at build time");
            }
            Optional<byte[]> content = prebuilt.apply(CONTENT).map(PrebuiltContent::bytes);
            if (content.isEmpty() || !sha256(content.get()).equals(seal.content())) {
                return new Loaded(Optional.empty(), "the checked content differs from what the build wrote");
            }
            return new Loaded(Optional.of(JSON.readValue(content.get(), CheckedContent.class)), "checked at build time");
        } catch (IOException e) {
            return new Loaded(Optional.empty(), "the content checked at build time cannot be read: " + e.getMessage());
        }
    }

    /** SHA-256 over each file's path and bytes, in order; empty when one is missing. */
    private static Optional<String> inputsDigest(List<String> paths, Function<String, Optional<InputStream>> files) {
        MessageDigest digest = CatalogueReader.sha256();
        for (String path : paths) {
            Optional<byte[]> bytes = files.apply(path).map(PrebuiltContent::bytes);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            // The path and length first: no two sets of files make the same stream of bytes.
            digest.update((path + '\0' + bytes.get().length + '\0').getBytes(StandardCharsets.UTF_8));
            digest.update(bytes.get());
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(CatalogueReader.sha256().digest(bytes));
    }

    private static Optional<InputStream> open(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.newInputStream(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
