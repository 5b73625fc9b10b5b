package org.myomap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.ServiceLoader;
import org.myomap.catalogue.CataloguePrefetch;
import org.myomap.common.db.LocalDatabase;

/**
 * Starts a local database before Quarkus reads its datasource configuration, when the build carries one
 * (the default build does; the native/production build does not, so there this is a plain start), and the
 * catalogue's read beside it ({@link CataloguePrefetch}).
 */
@QuarkusMain
public class Main {

    private static final String APPCDS_GENERATION = "quarkus.appcds.generate";

    public static void main(String... args) {
        // The build runs the application up to its static initialisation to record the AppCDS archive
        // (quarkus.package.jar.appcds): no database is wanted there.
        if (!Boolean.getBoolean(APPCDS_GENERATION)) {
            CataloguePrefetch.start();
            ServiceLoader.load(LocalDatabase.class).findFirst().ifPresent(LocalDatabase::startUnlessExternalConfigured);
        }
        Quarkus.run(args);
    }
}
