package org.myomap;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.ServiceLoader;
import org.myomap.catalogue.CataloguePrefetch;
import org.myomap.common.db.LocalDatabase;

/**
 * Points the datasource at a local database before Quarkus reads its configuration, when the build carries one
 * (the default build does; the native/production build does not, so there this is a plain start). The database
 * and the catalogue's read ({@link CataloguePrefetch}) start on threads of their own while Quarkus boots.
 */
@QuarkusMain
public class Main {

    private static final String APPCDS_GENERATION = "quarkus.appcds.generate";

    public static void main(String... args) {
        // Quarkus' own AppCDS recording (quarkus.package.jar.appcds, the JVM image's build) runs the application
        // up to its static initialisation only: no database is wanted there. The default build's training run
        // (AppCdsTraining) is a whole start and has one.
        if (!Boolean.getBoolean(APPCDS_GENERATION)) {
            CataloguePrefetch.start();
            ServiceLoader.load(LocalDatabase.class).findFirst().ifPresent(LocalDatabase::startUnlessExternalConfigured);
        }
        if (Boolean.getBoolean(AppCdsTraining.PROPERTY)) {
            Quarkus.run(AppCdsTraining.class, args);
        } else {
            Quarkus.run(args);
        }
    }
}
