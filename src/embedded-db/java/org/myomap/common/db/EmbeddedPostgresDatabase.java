package org.myomap.common.db;

import io.quarkus.runtime.Application;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs PostgreSQL from the zonky binaries in a persistent data directory, so the service runs on a machine
 * with only a JDK. Present only in the default (non-native) build.
 *
 * <p>zonky is built for throwaway test databases: it starts PostgreSQL with fsync and synchronous_commit off
 * and lets every local user in without a password. A session answered 201 must survive a crash, so the
 * settings in {@link #DURABLE} are set here on every start, and the data directory is protected by a password
 * made once (see {@link EmbeddedCredentials}).
 */
public class EmbeddedPostgresDatabase implements LocalDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresDatabase.class.getName());
    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";

    /**
     * What the service needs of PostgreSQL, and an external database should have too: every commit flushed to
     * disk before it is acknowledged, pages written whole after a checkpoint, only the loopback interface, and
     * no statement or row values in the server log (they can hold patient references).
     */
    static final Map<String, String> DURABLE = Map.ofEntries(
            Map.entry("fsync", "on"),
            Map.entry("synchronous_commit", "on"),
            Map.entry("full_page_writes", "on"),
            Map.entry("listen_addresses", "localhost"),
            Map.entry("password_encryption", "scram-sha-256"),
            Map.entry("max_connections", "100"),
            Map.entry("log_min_error_statement", "panic"),
            Map.entry("log_error_verbosity", "terse"),
            Map.entry("timezone", "UTC"));

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
        // Quarkus has not configured logging yet; without this the binaries' extraction logs at TRACE.
        Logger.getLogger("io.zonky").setLevel(Level.WARNING);
        Path dataDir = settings.dataDir().toAbsolutePath();
        // Port and password are settled here so that the datasource can be configured now, while the database
        // itself starts on its own thread beside Quarkus' boot; a connection waits for it (EmbeddedDatabaseStart).
        int port = settings.port() > 0 ? settings.port() : freePort();
        EmbeddedCredentials credentials = EmbeddedCredentials.in(dataDir);
        String password = credentials.exist() ? credentials.password() : EmbeddedCredentials.generate();
        System.setProperty(JDBC_URL, "jdbc:postgresql://localhost:" + port + "/postgres?socketFactory="
                + EmbeddedDatabaseStart.class.getName());
        System.setProperty("quarkus.datasource.username", EmbeddedCredentials.USER);
        System.setProperty("quarkus.datasource.password", password);
        EmbeddedDatabaseStart.begin(() -> start(dataDir, port, password, credentials));
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> EmbeddedDatabaseStart.started().ifPresent(EmbeddedPostgresDatabase::closeAfterApplication),
                "embedded-postgres-stop"));
    }

    /** What used to run before Quarkus: a postmaster left by a killed run stopped, a new directory protected, the start. */
    private static EmbeddedPostgres start(Path dataDir, int port, String password, EmbeddedCredentials credentials) {
        long begun = System.nanoTime();
        OrphanedPostmaster.stopIfRunning(dataDir);
        if (!credentials.exist()) {
            protectNewDataDirectory(dataDir, password, credentials);
        }
        credentials.requirePasswordsIn(dataDir);
        EmbeddedPostgres postgres;
        try {
            postgres = builder(dataDir).setPort(port).setConnectConfig("password", password).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDir, e);
        }
        LOG.info(() -> "Embedded PostgreSQL on localhost:" + port + ", data in " + dataDir + ", started in "
                + (System.nanoTime() - begun) / 1_000_000 + " ms");
        return postgres;
    }

    /** A port free now on loopback; zonky picks its own the same way when given none. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port for the embedded PostgreSQL", e);
        }
    }

    /**
     * A new data directory is made by initdb with trust authentication (zonky's only way); before anything is
     * stored, the superuser gets the generated password and every connection, local or TCP, must present it.
     */
    private static void protectNewDataDirectory(Path dataDir, String password, EmbeddedCredentials credentials) {
        try (EmbeddedPostgres postgres = builder(dataDir).start();
                Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role " + EmbeddedCredentials.USER + " password '" + password + "'");
            credentials.write(password);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Cannot protect the new embedded PostgreSQL data directory " + dataDir, e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(EmbeddedDatabaseStart.STARTUP_WAIT);
        DURABLE.forEach(builder::setServerConfig);
        return builder;
    }

    /**
     * The JVM runs shutdown hooks in parallel; Quarkus' own hook drains in-flight requests and then closes the
     * connection pool. The database is stopped only after that, so no in-flight request loses it.
     */
    private static void closeAfterApplication(EmbeddedPostgres postgres) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (Application.currentApplication() != null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
