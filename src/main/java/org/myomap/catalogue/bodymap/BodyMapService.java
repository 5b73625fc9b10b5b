package org.myomap.catalogue.bodymap;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.CatalogueService;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.catalogue.http.ContentCoding;
import org.myomap.catalogue.http.EncodedBody;
import org.myomap.common.i18n.Language;

/**
 * Keeps the body map of the published catalogue version in each language, drawn and compressed once per version:
 * the shapes are the same in every language, the words and the region names are the language's.
 */
@ApplicationScoped
public class BodyMapService {

    private static final Logger LOG = Logger.getLogger(BodyMapService.class);

    /**
     * The SVG of one catalogue version in one language. {@code version} names the representation: the catalogue
     * version (region names and the tree are drawn from it) and the hashes of the drawing and of its words (a new
     * drawing, same catalogue); the language is named beside it.
     */
    public record Drawn(String catalogueVersion, Language language, String version, EncodedBody svg) {
    }

    @Inject
    CatalogueService catalogues;

    private final Map<Language, Drawn> drawn = new ConcurrentHashMap<>();
    private final MapWords.All words = MapWords.fromClasspath();

    /**
     * Draws the English map in the background once the catalogue is published at start-up (the catalogue loader
     * does that at the default priority), so that neither the start nor the first request waits for it (a request
     * that comes before it is done draws the same map itself); another language is drawn on its first request (at
     * the fast settings, in about as long as a small catalogue answer).
     */
    void warm(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!catalogues.isPublished()) {
            return;
        }
        CompletableFuture.runAsync(() -> {
            long started = System.nanoTime();
            Drawn map = current(Language.DEFAULT);
            LOG.infof("Body map %s drawn in %d ms (%d bytes)", map.version(), (System.nanoTime() - started) / 1_000_000,
                    map.svg().in(ContentCoding.IDENTITY).length);
        });
    }

    /** The map in a language, or in English when the catalogue has no translation into it. */
    public Drawn current(Language preferred) {
        CatalogueService.Localized localized = catalogues.current().in(preferred);
        Catalogue catalogue = localized.catalogue();
        Drawn current = drawn.get(localized.language());
        if (current == null || !current.catalogueVersion().equals(catalogue.version())) {
            current = draw(catalogue, words, localized.language());
            drawn.put(localized.language(), current);
        }
        return current;
    }

    static Drawn draw(Catalogue catalogue, MapWords.All words, Language language) {
        Drawing drawing = Drawing.fromClasspath(
                id -> catalogue.region(id).map(ContentFile.Region::lateral).orElse(false));
        byte[] svg = new SvgWriter(catalogue, drawing, words.in(language)).write().getBytes(StandardCharsets.UTF_8);
        return new Drawn(catalogue.version(), language, catalogue.version() + "-" + drawing.hash() + words.hash(),
                language == Language.DEFAULT ? EncodedBody.published(svg) : EncodedBody.kept(svg));
    }
}
