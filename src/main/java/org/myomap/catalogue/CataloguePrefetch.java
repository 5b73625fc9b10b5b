package org.myomap.catalogue;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.catalogue.content.PrebuiltContent;
import org.myomap.catalogue.i18n.Edition;
import org.myomap.common.concurrent.Background;
import org.myomap.common.i18n.Language;

/**
 * Takes the catalogue content on its own thread from the first moment of the process, while the database starts,
 * Flyway checks the schema and Hibernate boots: it needs none of them. The content checked at build time
 * ({@link PrebuiltContent}) when its seal matches the content files; else the files are read and checked here, as
 * a build does (0.45 s of a 5 s start on the embedded default). {@link CatalogueLoader} takes the result; where
 * nothing started it (tests, another entry point), the work happens there, as before.
 */
public final class CataloguePrefetch {

    /** The editions, and how they were obtained (for the start's log). */
    record Taken(Map<Language, Edition> editions, String how) {
    }

    private static final String FOLDER = "catalogue";
    private static volatile CompletableFuture<Taken> reading;

    private CataloguePrefetch() {
    }

    /** Starts the read; called once, from the process's entry point. */
    public static void start() {
        reading = Background.start("myomap-catalogue-read", CataloguePrefetch::read);
    }

    /** The editions, from the read started early, or read now; broken content throws as the reader does. */
    static Taken take() {
        CompletableFuture<Taken> started = reading;
        reading = null;
        return started == null ? read() : Background.join(started);
    }

    private static Taken read() {
        var prebuilt = PrebuiltContent.load(CatalogueReader.opener(FOLDER), CatalogueReader.opener(PrebuiltContent.FOLDER));
        return prebuilt.content()
                .map(content -> new Taken(content.editions(), "content checked at build time"))
                .orElseGet(() -> new Taken(CatalogueReader.fromClasspath(FOLDER).readEditions(), "content read and checked now (" + prebuilt.reason() + ")"));
    }
}
