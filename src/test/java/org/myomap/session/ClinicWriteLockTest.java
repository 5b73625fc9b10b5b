package org.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.myomap.session.Sessions.body;
import static org.myomap.session.Sessions.clinician;
import static org.myomap.session.Sessions.newClinic;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The clinic's lock in the database orders the writers of one clinic across replicas. Here the test's own
 * connection plays another replica that holds the lock.
 */
@QuarkusTest
class ClinicWriteLockTest {

    @Inject
    AgroalDataSource database;

    @Test
    void aRetryWaitingForAnotherReplicasWriteSeesItsKeyOnceTheLockIsFree() throws Exception {
        String clinic = newClinic();
        Response answer;
        try (Connection otherReplica = database.getConnection()) {
            otherReplica.setAutoCommit(false);
            lock(otherReplica, clinic);
            recordKey(otherReplica, clinic, "replica-key", "hash-of-another-request");

            CompletableFuture<Response> retry = CompletableFuture.supplyAsync(() -> clinician(clinic)
                    .header("Idempotency-Key", "replica-key").body(body("P-4001")).post("/api/v1/sessions"));
            awaitWaitingForTheLock();
            otherReplica.commit();
            answer = retry.get(20, TimeUnit.SECONDS);
        }

        // it read the key only after the lock was granted: not a second session, not a duplicate key error
        answer.then().statusCode(422).body("type", equalTo("https://myomap.org/problems/idempotency-key-reused"));
        assertThat(count("select count(*) from therapy_session where clinic_id = ?", clinic)).isEqualTo(1);
    }

    @Test
    void anUnknownReferenceIsRefusedWithoutWaitingForTheClinicsLock() throws Exception {
        String clinic = newClinic();
        try (Connection otherReplica = database.getConnection()) {
            otherReplica.setAutoCommit(false);
            lock(otherReplica, clinic);

            CompletableFuture<Response> refused = CompletableFuture.supplyAsync(() -> clinician(clinic)
                    .body(body("P-4002").replace("sacroiliac-joint", "no-such-region")).post("/api/v1/sessions"));

            refused.get(10, TimeUnit.SECONDS).then().statusCode(422);
            otherReplica.rollback();
        }
    }

    private static void lock(Connection connection, String clinic) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, ClinicWriteLocks.lockName(clinic));
            lock.execute();
        }
    }

    private static void recordKey(Connection connection, String clinic, String key, String requestHash) throws Exception {
        UUID session = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into therapy_session (id, clinic_id, patient_ref, therapist, session_date, status, version, pain_before,
                                             document, created_at, created_by, updated_at, updated_by)
                values (?, ?, 'P-4001', 'therapist-1', date '2026-11-02', 'recorded', 1, 6,
                        '{"patientRef": "P-4001"}', now(), 'therapist-1', now(), 'therapist-1')""")) {
            insert.setObject(1, session);
            insert.setString(2, clinic);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into therapy_session_version (session_id, version, clinic_id, status, document, recorded_at, recorded_by)
                values (?, 1, ?, 'recorded', '{"patientRef": "P-4001"}', now(), 'therapist-1')""")) {
            insert.setObject(1, session);
            insert.setString(2, clinic);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into idempotency_record (id, clinic_id, idem_key, request_hash, session_id, created_at)
                values (nextval('idempotency_record_seq'), ?, ?, ?, ?, now())""")) {
            insert.setString(1, clinic);
            insert.setString(2, key);
            insert.setString(3, requestHash);
            insert.setObject(4, session);
            insert.executeUpdate();
        }
    }

    /** Until a backend waits for an advisory lock (the service's write of this test; tests run one at a time), at most 10 s. */
    private void awaitWaitingForTheLock() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (count("select count(*) from pg_locks where locktype = 'advisory' and not granted") > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the service's write never waited for the clinic's lock");
    }

    private long count(String sql, String... parameters) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
