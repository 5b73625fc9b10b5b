package org.myomap.catalogue;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.myomap.catalogue.content.CatalogueReader;
import org.myomap.catalogue.i18n.Edition;
import org.myomap.common.concurrent.Background;
import org.myomap.common.i18n.Language;

/**
 * Reads and checks the catalogue content on its own thread from the first moment of the process, while the
 * database starts, Flyway checks the schema and Hibernate boots: the read needs none of them, and it was
 * 0.45 s of a 5 s start on the embedded default, waiting its turn on the main thread. {@link CatalogueLoader}
 * takes the result; where nothing started it (tests, another entry point), the read happens there, as before.
 */
public final class CataloguePrefetch {

    private static volatile CompletableFuture<Map<Language, Edition>> reading;

    private CataloguePrefetch() {
    }

    /** Starts the read; called once, from the process's entry point. */
    public static void start() {
        reading = Background.start("myomap-catalogue-read", CataloguePrefetch::read);
    }

    /** The editions, from the read started early, or read now; broken content throws as the reader does. */
    static Map<Language, Edition> take() {
        CompletableFuture<Map<Language, Edition>> started = reading;
        reading = null;
        return started == null ? read() : Background.join(started);
    }

    private static Map<Language, Edition> read() {
        return CatalogueReader.fromClasspath("catalogue").readEditions();
    }
}
