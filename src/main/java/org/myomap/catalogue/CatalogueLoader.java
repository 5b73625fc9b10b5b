package org.myomap.catalogue;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.myomap.catalogue.content.CatalogueContent;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.catalogue.http.ContentCoding;
import org.myomap.catalogue.store.CatalogueStore;

/**
 * At start-up: read and check the content, publish the snapshot, then store it in PostgreSQL (with its
 * published document) when its version is new. Broken content stops the start, so a half-loaded catalogue is
 * never served; a failed store stops it too.
 */
@ApplicationScoped
public class CatalogueLoader {

    private static final Logger LOG = Logger.getLogger(CatalogueLoader.class);

    @Inject
    CatalogueStore store;
    @Inject
    CatalogueService service;

    void onStart(@Observes StartupEvent event) {
        long started = System.nanoTime();
        CatalogueContent content = CatalogueReader.fromClasspath("catalogue").read();
        long read = System.nanoTime();
        CatalogueService.Published snapshot = service.publish(new Catalogue(content));
        long published = System.nanoTime();
        boolean written = store.save(content, snapshot.bodies().document().in(ContentCoding.GZIP));
        long stored = System.nanoTime();
        LOG.infof("Catalogue %s published (%d muscles): read and checked in %d ms, snapshot in %d ms, %s in %d ms",
                content.version(), content.muscles().size(), millis(started, read), millis(read, published),
                written ? "stored" : "already stored", millis(published, stored));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
