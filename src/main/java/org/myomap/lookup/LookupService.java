package org.myomap.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.CatalogueService;

/** Keeps one engine per published catalogue version; the lookup itself reads no database. */
@ApplicationScoped
public class LookupService {

    @Inject
    CatalogueService catalogues;

    private volatile LookupEngine engine;

    public LookupResponse lookup(LookupRequest request) {
        return engine().answer(request);
    }

    private LookupEngine engine() {
        Catalogue catalogue = catalogues.catalogue();
        LookupEngine current = engine;
        if (current == null || !current.catalogueVersion().equals(catalogue.version())) {
            current = new LookupEngine(catalogue);
            engine = current;
        }
        return current;
    }
}
