package org.myomap.lookup;

import io.quarkus.runtime.StartupEvent;
import java.util.EnumMap;
import java.util.Map;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.CatalogueService;
import org.myomap.common.i18n.Language;

/** Keeps one engine per published catalogue version; the lookup itself reads no database. */
@ApplicationScoped
public class LookupService {

    private static final Logger LOG = Logger.getLogger(LookupService.class);

    @Inject
    CatalogueService catalogues;

    private volatile LookupEngine engine;

    /** @see LookupEngine#answer(LookupRequest, Language, Language) */
    public LookupResponse lookup(LookupRequest request, Language answerIn, Language textIn) {
        return engine().answer(request, answerIn, textIn);
    }

    /**
     * Builds the engine right after the catalogue is published at start-up (the catalogue loader observes the
     * same event at the default priority), so the first request does not pay for building the text analysers
     * and the synonym map (about half a second on a cold JVM).
     */
    void warm(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!catalogues.isPublished()) {
            return;
        }
        long started = System.nanoTime();
        engine();
        LOG.infof("Lookup engine ready in %d ms", (System.nanoTime() - started) / 1_000_000);
    }

    private LookupEngine engine() {
        CatalogueService.Published published = catalogues.current();
        Catalogue catalogue = published.catalogue();
        LookupEngine current = engine;
        if (current == null || !current.catalogueVersion().equals(catalogue.version())) {
            Map<Language, Catalogue> editions = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                editions.put(language, published.in(language).catalogue());
            }
            current = new LookupEngine(editions);
            engine = current;
        }
        return current;
    }
}
