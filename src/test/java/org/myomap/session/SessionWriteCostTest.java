package org.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myomap.session.Sessions.body;
import static org.myomap.session.Sessions.clinician;
import static org.myomap.session.Sessions.newClinic;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.myomap.support.StatementLog;

/**
 * A new session costs three statements while its clinic's lock is held: the lock, one insert of the session,
 * its first version, its change and its key, and the audit row. Every check happens before.
 */
@QuarkusTest
class SessionWriteCostTest {

    @Test
    void recordingASessionWithAnIdempotencyKeyTakesTheLockOneWriteAndTheAuditRow() {
        String clinic = newClinic();

        List<String> statements = StatementLog.during(() -> clinician(clinic).header("Idempotency-Key", "cost-1")
                .body(body("P-4001")).post("/api/v1/sessions").then().statusCode(201));

        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).contains("pg_advisory_xact_lock");
        assertThat(statements.get(2)).contains("insert into audit_record");
    }

    @Test
    void anUnknownReferenceIsRefusedBeforeTheClinicIsLocked() {
        String clinic = newClinic();

        List<String> statements = StatementLog.during(() -> clinician(clinic)
                .body(body("P-4002").replace("sacroiliac-joint", "no-such-region")).post("/api/v1/sessions")
                .then().statusCode(422));

        assertThat(statements).noneMatch(sql -> sql.contains("pg_advisory_xact_lock"));
        assertThat(statements).singleElement().satisfies(sql -> assertThat(sql).contains("insert into audit_record"));
    }
}
