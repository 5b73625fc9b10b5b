package org.myomap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.common.i18n.Language;

class CataloguePrefetchTest {

    private static final String SHIPPED = CatalogueReader.fromClasspath("catalogue").read().version();

    @Test
    void aReadStartedEarlyIsTheShippedCatalogueInEveryLanguage() {
        CataloguePrefetch.start();

        var editions = CataloguePrefetch.take();

        assertThat(editions.editions()).containsKeys(Language.ENGLISH, Language.SPANISH);
        assertThat(editions.editions().get(Language.ENGLISH).content().version()).isEqualTo(SHIPPED);
    }

    @Test
    void withoutAnEarlyStartTheCatalogueIsReadWhenTaken() {
        assertThat(CataloguePrefetch.take().editions().get(Language.DEFAULT).content().version()).isEqualTo(SHIPPED);
    }
}
