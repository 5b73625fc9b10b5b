package org.myomap.lookup;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.CatalogueService;
import org.myomap.common.concurrent.Background;
import org.myomap.common.i18n.Language;

/** Keeps one engine per published catalogue version; the lookup itself reads no database. */
@ApplicationScoped
public class LookupService {

    private static final Logger LOG = Logger.getLogger(LookupService.class);

    @Inject
    CatalogueService catalogues;

    private volatile LookupEngine engine;
    private volatile CompletableFuture<LookupEngine> building;

    /** @see LookupEngine#answer(LookupRequest, Language, Language) */
    public LookupResponse lookup(LookupRequest request, Language answerIn, Language textIn) {
        return engine().answer(request, answerIn, textIn);
    }

    /**
     * Starts building the engine on its own thread right after the catalogue is published at start-up (the
     * catalogue loader observes the same event at the default priority): building the text analysers and the
     * synonym map takes about 0.3 s on a cold JVM, which neither readiness nor any other answer needs. The first
     * lookup waits for it. An engine that cannot be built from the published catalogue stops the service, as
     * it stopped the start when it was built there.
     */
    void warm(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!catalogues.isPublished()) {
            return;
        }
        CatalogueService.Published published = catalogues.current();
        building = Background.start("myomap-lookup-build", () -> {
            long started = System.nanoTime();
            LookupEngine built = build(published);
            LOG.infof("Lookup engine ready in %d ms", (System.nanoTime() - started) / 1_000_000);
            return built;
        }).whenComplete((built, failure) -> {
            if (failure != null) {
                LOG.error("The lookup engine cannot be built from the published catalogue; the service stops", failure);
                Quarkus.asyncExit(1);
            }
        });
    }

    private LookupEngine engine() {
        CatalogueService.Published published = catalogues.current();
        String version = published.catalogue().version();
        LookupEngine current = engine;
        if (current != null && current.catalogueVersion().equals(version)) {
            return current;
        }
        CompletableFuture<LookupEngine> pending = building;
        if (pending != null) {
            current = Background.join(pending);
        }
        if (current == null || !current.catalogueVersion().equals(version)) {
            current = build(published);
        }
        engine = current;
        return current;
    }

    private static LookupEngine build(CatalogueService.Published published) {
        Map<Language, Catalogue> editions = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            editions.put(language, published.in(language).catalogue());
        }
        return new LookupEngine(editions);
    }
}
