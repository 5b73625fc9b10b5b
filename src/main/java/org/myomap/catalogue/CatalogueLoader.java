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
import org.myomap.common.db.SchemaMigrated;
import org.myomap.common.i18n.Language;

/**
 * At start-up: read and check the content and publish the snapshot, from memory, with no database. Once the
 * schema is migrated ({@link SchemaMigrated}, after the start, on the database's preparation thread) the version
 * is stored in PostgreSQL (with its published document) when it is new. Broken content stops the start, so a
 * half-loaded catalogue is never served; a failed store stops the service (a database that does not answer is
 * tried again instead).
 */
@ApplicationScoped
public class CatalogueLoader {

    private static final Logger LOG = Logger.getLogger(CatalogueLoader.class);

    @Inject
    CatalogueStore store;
    @Inject
    CatalogueService service;

    /** The content published at start-up, stored once the schema is migrated. */
    private volatile CatalogueContent publishedContent;

    void onStart(@Observes StartupEvent event) {
        long started = System.nanoTime();
        CataloguePrefetch.Taken taken = CataloguePrefetch.take();
        Map<Language, Edition> editions = taken.editions();
        CatalogueContent content = editions.get(Language.DEFAULT).content();
        long read = System.nanoTime();
        service.publish(editions);
        publishedContent = content;
        LOG.infof("Catalogue %s published (%d muscles; languages %s; %s): waited %d ms for its content, snapshot in %d ms",
                content.version(), content.muscles().size(), editions.keySet(), taken.how(), millis(started, read),
                millis(read, System.nanoTime()));
    }

    void store(@Observes SchemaMigrated migrated) {
        CatalogueContent content = publishedContent;
        if (content == null) {
            throw new IllegalStateException("The schema was migrated before the catalogue was published");
        }
        long started = System.nanoTime();
        boolean written = store.save(content, service.current().bodies().document().in(ContentCoding.GZIP));
        LOG.infof("Catalogue %s %s in %d ms", content.version(), written ? "stored" : "already stored", millis(started, System.nanoTime()));
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
