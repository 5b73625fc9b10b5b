package org.myomap.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.myomap.support.Tokens;

/**
 * The service starts while its database does not answer (issue #12): it is ready, the catalogue and the lookup
 * answer, session data answers 503 problem+json with Retry-After naming the reason, the database's health group
 * says it is not prepared; once the database comes up, the schema is migrated and sessions are written and read
 * without a restart. A migration that fails still stops the service.
 */
class DatabaseStartsLaterIT {

    @Test
    void catalogueAndLookupServeBeforeTheDatabaseAnswersAndSessionsFollowOnceItDoes() throws Exception {
        Path dataDir = ServiceProcess.freshDataDir("later-db");
        int dbPort = ServiceProcess.freePort(); // nothing listens there yet
        String token = Tokens.token("later-writer", "later-" + UUID.randomUUID(), "clinician");
        Map<String, String> env = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + dbPort + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres");
        EmbeddedPostgres database = null;
        try (ServiceProcess service = ServiceProcess.startReady("later", env)) {
            assertThat(service.open("/api/v1/catalogue", null).getResponseCode()).isEqualTo(200);
            assertThat(service.open("/api/v1/muscles/piriformis", null).getResponseCode()).isEqualTo(200);
            assertThat(service.lookup().getResponseCode()).isEqualTo(200);

            for (String path : List.of("/api/v1/sessions", "/api/v1/sessions/changes", "/api/v1/patients/PMARK-later-0/progress")) {
                assertNotYet(service.open(path, token), path);
            }
            assertThat(service.open("/api/v1/sessions", null).getResponseCode()).as("no token: refused before the wait").isEqualTo(401);
            SessionWriters.Answer early = SessionWriters.post(service.uri("/api/v1/sessions"), token,
                    new SessionWriters.Attempt("later-early", "PMARK-later-early", SessionWriters.minimalBody("PMARK-later-early")));
            assertThat(early.status()).as("a session write before the database answers").isEqualTo(503);

            HttpURLConnection ready = service.open("/q/health/ready", null);
            assertThat(ready.getResponseCode()).as("readiness: the catalogue is published").isEqualTo(200);
            HttpURLConnection databaseHealth = service.open("/q/health/group/database", null);
            assertThat(databaseHealth.getResponseCode()).isEqualTo(503);
            assertThat(new String(databaseHealth.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                    .contains("not prepared yet").doesNotContain(Integer.toString(dbPort)).doesNotContainIgnoringCase("jdbc");

            database = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(dbPort).start();
            long deadline = System.nanoTime() + 30_000_000_000L;
            SessionWriters.Answer created;
            do {
                Thread.sleep(200);
                created = SessionWriters.post(service.uri("/api/v1/sessions"), token,
                        new SessionWriters.Attempt("later-1", "PMARK-later-1", SessionWriters.minimalBody("PMARK-later-1")));
            } while (created.status() == 503 && System.nanoTime() < deadline);
            assertThat(created.status()).as("a session write once the database is up").isEqualTo(201);
            assertThat(service.open("/api/v1/sessions/" + created.id(), token).getResponseCode()).isEqualTo(200);
            assertThat(service.open("/q/health/group/database", null).getResponseCode()).isEqualTo(200);

            service.close();
            String log = service.logText();
            assertThat(ServiceProcess.lines(log, "does not answer")).as("the wait is logged").isNotEmpty()
                    .allSatisfy(line -> assertThat(line).doesNotContain(Integer.toString(dbPort)).doesNotContainIgnoringCase("jdbc:"));
            assertThat(ServiceProcess.lines(log, SessionWriters.MARKER)).as("patient references in the log").isEmpty();
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    @Test
    void aMigrationThatFailsStillStopsTheService() throws Exception {
        Path dataDir = ServiceProcess.freshDataDir("failed-migration-db");
        int dbPort = ServiceProcess.freePort();
        Map<String, String> env = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + dbPort + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres");
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().setDataDirectory(dataDir).setPort(dbPort).start()) {
            try (ServiceProcess migrating = ServiceProcess.start("migrating", env)) {
                assertThat(migrating.isAlive()).isTrue();
            }
            // a released migration edited after it was applied: Flyway's validation refuses the schema
            try (Connection connection = database.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                assertThat(statement.executeUpdate("update flyway_schema_history set checksum = checksum + 1 where version = '1'")).isEqualTo(1);
            }
            try (ServiceProcess refused = ServiceProcess.launch("failed-migration", env)) {
                assertThat(refused.exitWithin(Duration.ofSeconds(90))).as("exit code").contains(1);
                assertThat(ServiceProcess.lines(refused.logText(), "could not be prepared")).as("the reason in the log")
                        .anyMatch(line -> line.contains("FlywayValidateException"));
            }
        }
    }

    private static void assertNotYet(HttpURLConnection answer, String path) throws IOException {
        assertThat(answer.getResponseCode()).as(path).isEqualTo(503);
        assertThat(answer.getHeaderField("Retry-After")).as("Retry-After on " + path).isNotBlank();
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        assertThat(new String(answer.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).as(path)
                .contains("not ready yet").doesNotContainIgnoringCase("localhost");
    }
}
