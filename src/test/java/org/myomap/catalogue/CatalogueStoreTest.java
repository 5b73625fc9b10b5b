package org.myomap.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.catalogue.http.ContentCoding;
import org.myomap.catalogue.store.CatalogueRelease;
import org.myomap.catalogue.store.CatalogueStore;
import org.myomap.catalogue.store.ReferralZone;
import org.myomap.catalogue.store.TriggerPoint;

@QuarkusTest
class CatalogueStoreTest {

    @Inject
    CatalogueStore store;
    @Inject
    CatalogueService service;

    @Test
    @Transactional
    void theDatabaseHoldsThePublishedVersionWhole() {
        var published = service.catalogue();
        CatalogueRelease current = CatalogueRelease.findCurrent().orElseThrow();

        assertThat(current.version).isEqualTo(published.version());
        assertThat(TriggerPoint.count()).isEqualTo(current.triggerPointCount);
        assertThat(ReferralZone.count("region.id", "sacroiliac-joint")).isPositive();
    }

    @Test
    void storingTheSameVersionAgainWritesNothing() {
        assertThat(store.save(CatalogueReader.fromClasspath("catalogue").read(), publishedDocument())).isFalse();
    }

    @Test
    void thePublishedDocumentIsKeptByVersion() {
        assertThat(store.document(service.catalogue().version())).contains(publishedDocument());
        assertThat(store.document("never-published")).isEmpty();
    }

    private byte[] publishedDocument() {
        return service.current().bodies().document().in(ContentCoding.GZIP);
    }
}
