package org.myomap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.catalogue.content.PrebuiltContent;
import org.myomap.catalogue.http.ContentCoding;
import org.myomap.catalogue.http.EncodedBody;
import org.myomap.catalogue.i18n.Edition;
import org.myomap.common.i18n.Language;

/** The snapshot published from the content the build checked is, byte for byte, the one published from the YAML. */
class PrebuiltSnapshotTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBuildStepRanAndAStartTakesItsCheckedContent() {
        assertThat(CataloguePrefetch.take().how()).isEqualTo("content checked at build time");
    }

    @Test
    void everyRepresentationInEveryLanguageIsTheSameBytesAsFromTheContentReadAtStart() {
        Map<Language, Edition> readNow = CatalogueReader.fromClasspath("catalogue").readEditions();
        Map<Language, Edition> fromBuild = PrebuiltContent.load(CatalogueReader.opener("catalogue"),
                CatalogueReader.opener(PrebuiltContent.FOLDER)).content().orElseThrow().editions();

        assertThat(fromBuild.keySet()).isEqualTo(readNow.keySet());
        readNow.forEach((language, edition) -> {
            SnapshotBodies expected = bodies(edition);
            SnapshotBodies actual = bodies(fromBuild.get(language));
            assertThat(fromBuild.get(language).content().version()).isEqualTo(edition.content().version()); // the ETags
            for (Function<SnapshotBodies, EncodedBody> body : List.<Function<SnapshotBodies, EncodedBody>>of(
                    SnapshotBodies::document, SnapshotBodies::regions, SnapshotBodies::complaints)) {
                for (ContentCoding coding : ContentCoding.values()) {
                    if (coding.available()) {
                        assertThat(body.apply(actual).in(coding)).as(language + " " + coding).isEqualTo(body.apply(expected).in(coding));
                    }
                }
            }
        });
    }

    private static SnapshotBodies bodies(Edition edition) {
        Catalogue catalogue = new Catalogue(edition.content());
        return new SnapshotBodies(JSON, catalogue, new CatalogueQueries(catalogue), edition);
    }
}
