package org.myomap.catalogue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Which catalogue version this instance serves, as {@code myomap_catalogue_published{version="..."} 1}: the
 * version is a content hash, so it is a label (one per instance) and the value says it is the one published.
 */
@ApplicationScoped
public class CatalogueMetrics {

    @Inject
    CatalogueService catalogues;
    @Inject
    MeterRegistry registry;

    /** After the loader (default priority) has published the catalogue at start-up, the only time it does. */
    void register(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!catalogues.isPublished()) {
            return;
        }
        Gauge.builder("myomap.catalogue.published", catalogues, service -> service.isPublished() ? 1 : 0)
                .description("The catalogue version this instance serves (label version); 1 once published")
                .tag("version", catalogues.catalogue().version())
                .register(registry);
    }
}
