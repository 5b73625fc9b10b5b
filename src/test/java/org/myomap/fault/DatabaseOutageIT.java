package org.myomap.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.HttpURLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.myomap.support.Tokens;

/**
 * The database stopped and started under a running service (issue #10): session endpoints answer 503 with
 * Retry-After within 2 s and nothing hangs, the catalogue and the lookup keep serving, readiness stays UP, the
 * database's health group is DOWN and reveals no host or port, and once the database is back the service serves
 * sessions again without a restart.
 */
class DatabaseOutageIT {

    @Test
    void sessionsAnswer503WhileTheDatabaseIsAwayAndRecoverWithoutARestart() throws Exception {
        Path dataDir = ServiceProcess.freshDataDir("outage-db");
        int dbPort = ServiceProcess.freePort();
        EmbeddedPostgres database = postgres(dataDir, dbPort);
        String token = Tokens.token("outage-writer", "outage-" + UUID.randomUUID(), "clinician");
        Map<String, String> env = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + dbPort + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres");
        try (ServiceProcess service = ServiceProcess.start("outage", env)) {
            List<String> ids = new ArrayList<>();
            List<String> refusedRequestIds = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                SessionWriters.Answer created = SessionWriters.post(service.uri("/api/v1/sessions"), token,
                        new SessionWriters.Attempt("outage-" + i, "PMARK-outage-" + i, SessionWriters.minimalBody("PMARK-outage-" + i)));
                assertThat(created.status()).isEqualTo(201);
                ids.add(created.id());
            }

            database.close();
            for (String path : List.of("/api/v1/sessions/" + ids.get(0), "/api/v1/sessions", "/api/v1/patients/PMARK-outage-1/progress")) {
                long started = System.nanoTime();
                HttpURLConnection answer = service.open(path, token);
                assertThat(answer.getResponseCode()).as(path).isEqualTo(503);
                assertThat(answer.getHeaderField("Retry-After")).as("Retry-After on " + path).isNotBlank();
                assertThat(answer.getContentType()).startsWith("application/problem+json");
                assertThat(answer.getHeaderField("X-Request-Id")).as("X-Request-Id on " + path).isNotBlank();
                refusedRequestIds.add(answer.getHeaderField("X-Request-Id"));
                assertThat(System.nanoTime() - started).as("answered within 2 s").isLessThan(2_000_000_000L);
            }
            SessionWriters.Answer write = SessionWriters.post(service.uri("/api/v1/sessions"), token,
                    new SessionWriters.Attempt("outage-late", "PMARK-outage-late", SessionWriters.minimalBody("PMARK-outage-late")));
            assertThat(write.status()).isEqualTo(503);
            assertThat(service.open("/api/v1/muscles/piriformis", null).getResponseCode()).isEqualTo(200);
            // the packaged service with its default configuration: no CORS for any origin
            HttpResponse<Void> crossOrigin = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(service.uri("/api/v1/muscles/piriformis")).header("Origin", "https://app.example.org").build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(crossOrigin.statusCode()).isEqualTo(200);
            assertThat(crossOrigin.headers().map().keySet()).noneMatch(name -> name.toLowerCase(Locale.ROOT).startsWith("access-control-"));
            assertThat(service.lookup().getResponseCode()).isEqualTo(200);
            assertThat(service.open("/q/health/ready", null).getResponseCode())
                    .as("readiness: the catalogue and the lookup still serve, so the replica stays in the Service").isEqualTo(200);
            HttpURLConnection databaseHealth = service.open("/q/health/group/database", null);
            assertThat(databaseHealth.getResponseCode()).isEqualTo(503);
            String health = new String(databaseHealth.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(health).contains("does not answer").doesNotContain(Integer.toString(dbPort))
                    .doesNotContainIgnoringCase("localhost").doesNotContainIgnoringCase("jdbc");

            database = postgres(dataDir, dbPort);
            long deadline = System.nanoTime() + 15_000_000_000L;
            int status = 0;
            while (System.nanoTime() < deadline && status != 200) {
                status = service.open("/api/v1/sessions/" + ids.get(0), token).getResponseCode();
                Thread.sleep(200);
            }
            assertThat(status).as("sessions served again once the database is back").isEqualTo(200);
            for (String id : ids) {
                assertThat(service.open("/api/v1/sessions/" + id, token).getResponseCode()).isEqualTo(200);
            }
            assertThat(SessionWriters.post(service.uri("/api/v1/sessions"), token, new SessionWriters.Attempt("outage-after",
                    "PMARK-outage-after", SessionWriters.minimalBody("PMARK-outage-after"))).status()).isEqualTo(201);
            service.close();
            assertThat(ServiceProcess.lines(service.logText(), SessionWriters.MARKER)).as("patient references in the log").isEmpty();
            // the failure is logged on a worker thread, and still carries the id of the request it answered
            for (String requestId : refusedRequestIds) {
                assertThat(ServiceProcess.lines(service.logText(), requestId)).as("log lines of request " + requestId)
                        .anyMatch(line -> line.contains("Database unavailable"));
            }
        } finally {
            database.close();
        }
    }

    private static EmbeddedPostgres postgres(Path dataDir, int port) throws java.io.IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
    }

}
