package org.myomap.catalogue.bodymap;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.CatalogueService;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.catalogue.http.ContentCoding;
import org.myomap.catalogue.http.EncodedBody;

/** Keeps the body map of the published catalogue version, drawn and compressed once per version. */
@ApplicationScoped
public class BodyMapService {

    private static final Logger LOG = Logger.getLogger(BodyMapService.class);

    /**
     * The SVG of one catalogue version. {@code version} names the representation: the catalogue version (region
     * names and the tree are drawn from it) and the drawing's hash (a new drawing, same catalogue).
     */
    public record Drawn(String catalogueVersion, String version, EncodedBody svg) {
    }

    @Inject
    CatalogueService catalogues;

    private volatile Drawn drawn;

    /**
     * Draws the map in the background once the catalogue is published at start-up (the catalogue loader does that
     * at the default priority), so that neither the start nor the first request waits for it. A request that comes
     * before it is done draws the same map itself.
     */
    void warm(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!catalogues.isPublished()) {
            return;
        }
        CompletableFuture.runAsync(() -> {
            long started = System.nanoTime();
            Drawn map = current();
            LOG.infof("Body map %s drawn in %d ms (%d bytes)", map.version(), (System.nanoTime() - started) / 1_000_000,
                    map.svg().in(ContentCoding.IDENTITY).length);
        });
    }

    public Drawn current() {
        Catalogue catalogue = catalogues.catalogue();
        Drawn current = drawn;
        if (current == null || !current.catalogueVersion().equals(catalogue.version())) {
            current = draw(catalogue);
            drawn = current;
        }
        return current;
    }

    static Drawn draw(Catalogue catalogue) {
        Drawing drawing = Drawing.fromClasspath(
                id -> catalogue.region(id).map(ContentFile.Region::lateral).orElse(false));
        byte[] svg = new SvgWriter(catalogue, drawing).write().getBytes(StandardCharsets.UTF_8);
        return new Drawn(catalogue.version(), catalogue.version() + "-" + drawing.hash(), EncodedBody.published(svg));
    }
}
