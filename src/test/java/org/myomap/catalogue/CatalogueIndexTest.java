package org.myomap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.catalogue.content.ContentFile;

/** The snapshot's indexes answer exactly what a scan of the content would. */
class CatalogueIndexTest {

    private static final Catalogue CATALOGUE = new Catalogue(CatalogueReader.fromClasspath("catalogue").read());

    @Test
    void protocolsForAMuscleAreEveryProtocolNamingItInCatalogueOrder() {
        for (ContentFile.Muscle muscle : CATALOGUE.muscles()) {
            var scanned = CATALOGUE.protocols().stream().filter(p -> p.muscles().contains(muscle.id())).toList();
            assertThat(CATALOGUE.protocolsFor(muscle.id())).as(muscle.id()).containsExactlyElementsOf(scanned);
        }
    }

    @Test
    void anUnknownMuscleHasNoProtocols() {
        assertThat(CATALOGUE.protocolsFor("no-such-muscle")).isEmpty();
    }
}
