package org.myomap.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.myomap.support.Tokens;

/**
 * SIGTERM during writes (issue #10): the service stops accepting, lets the requests in flight finish, then stops
 * its pool and its embedded database. No client sees a reset, and every acknowledged write is there after a restart.
 */
class GracefulShutdownIT {

    @Test
    void sigtermDuringWritesResetsNoRequestAndLosesNoAcknowledgedWrite() throws Exception {
        Path dataDir = ServiceProcess.freshDataDir("shutdown-db");
        Map<String, String> env = Map.of("MYOMAP_DB_EMBEDDED_DATA_DIR", dataDir.toString());
        String token = Tokens.token("shutdown-writer", "shutdown-" + UUID.randomUUID(), "clinician");
        SessionWriters writers = new SessionWriters();

        ServiceProcess service = ServiceProcess.start("shutdown-0", env);
        writers.start(service, token, "s", 8, 2000);
        Thread.sleep(2000);
        System.out.println("SIGTERM at " + System.currentTimeMillis());
        boolean stopped = service.terminate(Duration.ofSeconds(30));
        Thread.sleep(500);
        writers.stop();
        String firstLog = service.logText();

        assertThat(stopped).as("stopped within the shutdown timeout").isTrue();
        assertThat(writers.acknowledged).as("writes acknowledged before the stop").isNotEmpty();
        assertThat(writers.resets.get()).as("requests reset by the shutdown: " + writers.resetKinds).isZero();

        try (ServiceProcess restarted = ServiceProcess.start("shutdown-1", env)) {
            for (Map.Entry<String, String> write : writers.acknowledged.entrySet()) {
                assertThat(SessionWriters.get(restarted.uri("/api/v1/sessions/" + write.getValue()), token).status())
                        .as("acknowledged " + write.getKey()).isEqualTo(200);
            }
            restarted.close();
            System.out.printf("Graceful shutdown: %d acknowledged, %d refused after the stop, %d answered 503, 0 resets, 0 lost%n",
                    writers.acknowledged.size(), writers.refused.get(), writers.unavailable.get());
            assertThat(ServiceProcess.lines(firstLog + restarted.logText(), SessionWriters.MARKER)).isEmpty();
        }
    }
}
