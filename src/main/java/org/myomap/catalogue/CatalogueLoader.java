package org.myomap.catalogue;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.myomap.catalogue.content.CatalogueContent;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.catalogue.store.CatalogueStore;

/**
 * At start-up: read and check the content, store it in PostgreSQL when its version is new, then publish the
 * snapshot. Broken content stops the start, so a half-loaded catalogue is never served.
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
        boolean written = store.save(content);
        long stored = System.nanoTime();
        service.publish(new Catalogue(content));
        long published = System.nanoTime();
        LOG.infof("Catalogue %s published (%d muscles): read and checked in %d ms, %s in %d ms, snapshot in %d ms",
                content.version(), content.muscles().size(), millis(started, read),
                written ? "stored" : "already stored", millis(read, stored), millis(stored, published));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
