package org.myomap.catalogue;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.logging.Logger;
import org.myomap.catalogue.content.CatalogueContent;
import org.myomap.catalogue.http.ContentCoding;
import org.myomap.catalogue.i18n.Edition;
import org.myomap.catalogue.store.CatalogueStore;
import org.myomap.common.i18n.Language;

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
        Map<Language, Edition> editions = CataloguePrefetch.take();
        CatalogueContent content = editions.get(Language.DEFAULT).content();
        long read = System.nanoTime();
        CatalogueService.Published snapshot = service.publish(editions);
        long published = System.nanoTime();
        boolean written = store.save(content, snapshot.bodies().document().in(ContentCoding.GZIP));
        long stored = System.nanoTime();
        LOG.infof("Catalogue %s published (%d muscles; languages %s): waited %d ms for its read and check, snapshot in %d ms, %s in %d ms",
                content.version(), content.muscles().size(), editions.keySet(), millis(started, read), millis(read, published),
                written ? "stored" : "already stored", millis(published, stored));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
