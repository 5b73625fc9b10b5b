package org.myomap.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.myomap.support.Tokens;

/**
 * No acknowledged write is lost (issue #10): the packaged service on its embedded database, sessions written by
 * concurrent clients that record every 201, then SIGKILL of the service or of its postmaster, in alternating
 * rounds, and a restart. After each restart every acknowledged session is there and intact, no Idempotency-Key
 * made two sessions, and replaying an acknowledged key answers the same id.
 *
 * <p>{@code -Dcrash.rounds=N} runs N rounds of each kind (CI: 3); {@code src/test/fault/crash-rounds.sh} runs it alone.
 */
class CrashRecoveryIT {

    private static final int ROUNDS = Integer.getInteger("crash.rounds", 3);
    private static final Duration WRITING = Duration.ofMillis(2500);

    @Test
    void everyAcknowledgedSessionSurvivesKillsOfTheServiceAndOfItsDatabase() throws Exception {
        Path dataDir = ServiceProcess.freshDataDir("crash-db");
        Map<String, String> env = Map.of("MYOMAP_DB_EMBEDDED_DATA_DIR", dataDir.toString());
        String token = Tokens.token("crash-writer", "crash-" + UUID.randomUUID(), "clinician");
        List<SessionWriters.Attempt> attempted = new ArrayList<>();
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        StringBuilder logs = new StringBuilder();
        int killedService = 0;
        int killedPostmaster = 0;

        ServiceProcess service = ServiceProcess.start("crash-0", env);
        // A clean first start (new embedded database, migrations, catalogue) is quiet: a WARN there is a defect.
        assertThat(service.logText().lines().filter(line -> line.matches(".*\\s(WARN|WARNING|ERROR)\\s.*")))
                .as("WARN or ERROR lines at a clean start").isEmpty();
        for (int round = 1; round <= 2 * ROUNDS; round++) {
            SessionWriters writers = new SessionWriters();
            writers.start(service, token, "r" + round, 6, 2000);
            Thread.sleep(WRITING.toMillis());
            if (round % 2 == 1) {
                service.kill();
                killedService++;
            } else {
                ServiceProcess.killPostmaster(dataDir);
                killedPostmaster++;
                Thread.sleep(300);
                service.kill();
            }
            writers.stop();
            attempted.addAll(writers.attempted);
            acknowledged.putAll(writers.acknowledged);
            logs.append(service.logText());

            service = ServiceProcess.start("crash-" + round, env);
            int lost = verify(service, token, attempted, acknowledged);
            System.out.printf("Crash round %d (%s killed): %d attempted, %d acknowledged so far, %d lost%n", round,
                    round % 2 == 1 ? "service" : "postmaster", attempted.size(), acknowledged.size(), lost);
            assertThat(lost).as("acknowledged sessions lost after round " + round).isZero();
        }
        service.close();
        logs.append(service.logText());

        System.out.printf("Crash test: %d service kills, %d postmaster kills, %d sessions acknowledged, 0 lost, 0 duplicated%n",
                killedService, killedPostmaster, acknowledged.size());
        assertThat(acknowledged).as("writes acknowledged across the rounds").hasSizeGreaterThan(20 * ROUNDS);
        assertThat(ServiceProcess.lines(logs.toString(), SessionWriters.MARKER)).as("patient references in the log").isEmpty();
    }

    /**
     * Replays every key ever attempted: an acknowledged one must answer its original id as a replay; one that
     * was never acknowledged may have been committed or not, but answers 201 either way. Then every key maps to
     * exactly one session and the clinic holds exactly as many sessions as keys. Returns how many acknowledged
     * sessions were missing.
     */
    private static int verify(ServiceProcess service, String token, List<SessionWriters.Attempt> attempted,
            Map<String, String> acknowledged) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> missing = new ArrayList<>();
            Map<String, String> idByKey = new ConcurrentHashMap<>();
            for (SessionWriters.Attempt attempt : attempted) {
                missing.add(pool.submit(() -> {
                    SessionWriters.Answer answer = SessionWriters.post(service.uri("/api/v1/sessions"), token, attempt);
                    assertThat(answer.status()).as("replay of " + attempt.key()).isEqualTo(201);
                    idByKey.put(attempt.key(), answer.id());
                    String original = acknowledged.get(attempt.key());
                    if (original == null) {
                        return null;
                    }
                    SessionWriters.Answer stored = SessionWriters.get(service.uri("/api/v1/sessions/" + original), token);
                    boolean intact = answer.replayed() && original.equals(answer.id()) && stored.status() == 200
                            && stored.id().contains("\"patientRef\":\"" + attempt.patientRef() + "\"")
                            && stored.id().contains("quadratus-lumborum-deep-upper");
                    return intact ? null : attempt.key();
                }));
            }
            int lost = 0;
            for (Future<String> result : missing) {
                if (result.get() != null) {
                    lost++;
                }
            }
            Set<String> ids = new HashSet<>(idByKey.values());
            assertThat(ids).as("one session per Idempotency-Key").hasSize(attempted.size());
            assertThat(countSessions(service, token)).as("sessions stored for the clinic").isEqualTo(attempted.size());
            return lost;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int countSessions(ServiceProcess service, String token) throws Exception {
        int count = 0;
        String cursor = null;
        for (int page = 0; page < 10_000; page++) {
            String path = "/api/v1/sessions?limit=100" + (cursor == null ? "" : "&cursor=" + cursor);
            SessionWriters.Answer answer = SessionWriters.get(service.uri(path), token);
            assertThat(answer.status()).isEqualTo(200);
            String body = answer.id();
            count += body.split("\"patientRef\"", -1).length - 1;
            java.util.regex.Matcher next = java.util.regex.Pattern.compile("\"next\":\"([^\"]+)\"").matcher(body);
            if (!next.find()) {
                return count;
            }
            cursor = java.net.URLEncoder.encode(next.group(1), java.nio.charset.StandardCharsets.UTF_8);
        }
        return count;
    }
}
