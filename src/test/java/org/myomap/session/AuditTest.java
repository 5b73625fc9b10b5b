package org.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.myomap.session.Sessions.admin;
import static org.myomap.session.Sessions.body;
import static org.myomap.session.Sessions.clinician;
import static org.myomap.session.Sessions.newClinic;
import static org.myomap.session.Sessions.record;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.myomap.support.Tokens;

@QuarkusTest
class AuditTest {

    @Inject
    AgroalDataSource database;

    @Test
    void everyAccessToSessionDataLeavesItsAuditRecord() {
        String clinic = newClinic();
        String other = newClinic();
        String id = record(clinic, body("P-5001"));
        clinician(clinic).get("/api/v1/sessions/" + id).then().statusCode(200);
        clinician(clinic).header("If-Match", "\"v1\"").body(body("P-5001", "2026-11-02", 6, 2)).put("/api/v1/sessions/" + id).then().statusCode(200);
        clinician(clinic).header("If-Match", "\"v1\"").body(body("P-5001")).put("/api/v1/sessions/" + id).then().statusCode(412);
        clinician(clinic).get("/api/v1/sessions/" + id + "/history").then().statusCode(200);
        clinician(clinic).get("/api/v1/sessions/" + id + "/fhir").then().statusCode(200);
        clinician(clinic).get("/api/v1/sessions").then().statusCode(200);
        clinician(clinic).get("/api/v1/patients/P-5001/progress").then().statusCode(200);
        Sessions.integration(clinic).get("/api/v1/sessions/changes").then().statusCode(200);
        Sessions.as(Tokens.patientToken("pat", clinic, "P-5001")).get("/api/v1/audit").then().statusCode(403);
        clinician(other).get("/api/v1/sessions/" + id).then().statusCode(404);

        List<Map<String, Object>> trail = admin(clinic).queryParam("limit", 100).get("/api/v1/audit").then().statusCode(200)
                .extract().path("items");
        assertThat(trail).extracting(e -> e.get("action") + ":" + e.get("outcome")).contains(
                "create:success", "read:success", "correct:success", "correct:precondition-failed",
                "read-history:success", "export-fhir:success", "list:success", "read-progress:success",
                "read-changes:success", "GET /api/v1/audit:forbidden");
        assertThat(trail).allSatisfy(e -> assertThat(e.get("at")).isNotNull());
        assertThat(trail).filteredOn(e -> "create".equals(e.get("action"))).allSatisfy(e -> {
            assertThat(e.get("actor")).isEqualTo("therapist-1");
            assertThat(e.get("resourceId")).isEqualTo(id);
        });

        List<Map<String, Object>> otherTrail = admin(other).get("/api/v1/audit").then().statusCode(200).extract().path("items");
        assertThat(otherTrail).extracting(e -> e.get("action") + ":" + e.get("outcome")).contains("read:not-found");
    }

    @Test
    void auditRecordsCannotBeChangedOrRemoved() throws Exception {
        record(newClinic(), body("P-5002"));
        try (Connection c = database.getConnection()) {
            assertThatThrownBy(() -> c.createStatement().executeUpdate("update audit_record set outcome = 'tampered'"))
                    .hasMessageContaining("never updated or deleted");
            assertThatThrownBy(() -> c.createStatement().executeUpdate("delete from audit_record"))
                    .hasMessageContaining("never updated or deleted");
        }
    }
}
