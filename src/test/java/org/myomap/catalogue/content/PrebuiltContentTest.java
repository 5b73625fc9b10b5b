package org.myomap.catalogue.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myomap.catalogue.i18n.Edition;
import org.myomap.common.i18n.Language;

class PrebuiltContentTest {

    private static final Function<String, Optional<InputStream>> SHIPPED = CatalogueReader.opener("catalogue");

    @TempDir
    Path prebuilt;

    @Test
    void theContentCheckedAtBuildTimeIsTheContentAStartWouldReadInEveryLanguage() throws IOException {
        PrebuiltContent.write(SHIPPED, prebuilt);

        var loaded = PrebuiltContent.load(SHIPPED, in(prebuilt));

        assertThat(loaded.reason()).isEqualTo("checked at build time");
        Map<Language, Edition> fromBuild = loaded.content().orElseThrow().editions();
        Map<Language, Edition> readNow = new CatalogueReader(SHIPPED).readEditions();
        assertThat(fromBuild.keySet()).containsExactlyElementsOf(readNow.keySet()).contains(Language.SPANISH);
        readNow.forEach((language, edition) -> {
            Edition built = fromBuild.get(language);
            assertThat(built.translated()).isEqualTo(edition.translated());
            assertThat(withoutOrigins(built.content())).isEqualTo(withoutOrigins(edition.content()));
            edition.content().muscles().forEach(muscle -> assertThat(built.content().originOf(
                    built.content().muscles().get(edition.content().muscles().indexOf(muscle))))
                    .isEqualTo(edition.content().originOf(muscle)));
        });
    }

    @Test
    void aContentFileChangedSinceTheBuildIsReadAndCheckedAgain() throws IOException {
        PrebuiltContent.write(SHIPPED, prebuilt);

        var loaded = PrebuiltContent.load(replacing("sources.yaml", " "), in(prebuilt));

        assertThat(loaded.content()).isEmpty();
        assertThat(loaded.reason()).isEqualTo("the content files differ from those checked at build time");
    }

    @Test
    void aTranslationAddedSinceTheBuildIsReadAndCheckedAgain() throws IOException {
        PrebuiltContent.write(SHIPPED, prebuilt);

        var loaded = PrebuiltContent.load(replacing("sources.es.yaml", "sources: []\n"), in(prebuilt));

        assertThat(loaded.content()).isEmpty();
        assertThat(loaded.reason()).isEqualTo("a content file appeared since the build");
    }

    @Test
    void checkedContentThatIsNotWhatTheBuildWroteIsNotTaken() throws IOException {
        PrebuiltContent.write(SHIPPED, prebuilt);
        Path content = prebuilt.resolve(PrebuiltContent.CONTENT);
        Files.writeString(content, Files.readString(content).replace("soleus", "soleusx"));

        var loaded = PrebuiltContent.load(SHIPPED, in(prebuilt));

        assertThat(loaded.content()).isEmpty();
        assertThat(loaded.reason()).isEqualTo("the checked content differs from what the build wrote");
    }

    @Test
    void withoutTheBuildStepTheContentIsReadAndChecked() {
        var loaded = PrebuiltContent.load(SHIPPED, in(prebuilt));

        assertThat(loaded.content()).isEmpty();
        assertThat(loaded.reason()).isEqualTo("no content checked at build time");
    }

    @Test
    void brokenContentFailsTheBuildStepWithTheReadersMessagesAndWritesNothing() {
        var broken = replacing("muscles/leg-foot.yaml", "muscles:\n  - id: soleus\n");
        String readersMessage = catchMessage(() -> new CatalogueReader(broken).readEditions());

        assertThatThrownBy(() -> PrebuiltContent.write(broken, prebuilt))
                .isInstanceOf(CatalogueContentException.class)
                .hasMessage(readersMessage)
                .hasMessageContaining("muscles/leg-foot.yaml");
        assertThat(prebuilt.resolve(PrebuiltContent.SEAL)).doesNotExist();
    }

    private static String catchMessage(Runnable read) {
        try {
            read.run();
        } catch (CatalogueContentException e) {
            return e.getMessage();
        }
        throw new AssertionError("the reader took broken content");
    }

    private static CatalogueContent withoutOrigins(CatalogueContent content) {
        return new CatalogueContent(content.version(), content.regions(), content.activities(), content.sources(),
                content.muscles(), content.complaints(), content.protocols(), content.painGuides(), Map.of());
    }

    /** The shipped content with one file's text replaced (or added). */
    private static Function<String, Optional<InputStream>> replacing(String path, String text) {
        return file -> file.equals(path)
                ? Optional.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                : SHIPPED.apply(file);
    }

    private static Function<String, Optional<InputStream>> in(Path folder) {
        return file -> {
            Path path = folder.resolve(file);
            try {
                return Files.exists(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
