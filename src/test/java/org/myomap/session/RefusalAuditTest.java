package org.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.myomap.session.Sessions.admin;
import static org.myomap.session.Sessions.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.myomap.support.Tokens;

/** Every refusal on session data leaves one audit record, by route template, never by raw path (issue #10). */
@QuarkusTest
class RefusalAuditTest {

    @Inject
    AgroalDataSource database;

    @Test
    void aPatientRefusedTheHistoryIs403AndAuditedByRouteTemplate() {
        String clinic = Sessions.newClinic();
        String id = Sessions.record(clinic, Sessions.body("P-REF-1"));
        as(Tokens.patientToken("patient-7", clinic, "P-REF-1")).get("/api/v1/sessions/" + id + "/history").then().statusCode(403)
                .contentType("application/problem+json");
        Map<String, Object> entry = latest(clinic);
        assertThat(entry).containsEntry("actor", "patient-7").containsEntry("action", "GET /api/v1/sessions/{id}/history")
                .containsEntry("outcome", "forbidden");
        assertThat(entry.get("resourceId")).isNull();
    }

    @Test
    void anIdThatIsNoUuidIsAuditedAsNotFound() {
        String clinic = Sessions.newClinic();
        Sessions.clinician(clinic).get("/api/v1/sessions/P-REF-2-not-a-uuid").then().statusCode(404);
        assertThat(latest(clinic)).containsEntry("action", "GET /api/v1/sessions/{id}").containsEntry("outcome", "not-found");
    }

    @Test
    void aValidationFailureOnSessionDataIsAudited() {
        String clinic = Sessions.newClinic();
        org.myomap.support.Contract.invalidRequest().header("Authorization", "Bearer " + Tokens.token("therapist-1", clinic, "clinician"))
                .contentType("application/json").body(Sessions.body("P-REF-3").replace("\"durationMinutes\": 45", "\"durationMinutes\": 0"))
                .post("/api/v1/sessions").then().statusCode(400);
        assertThat(latest(clinic)).containsEntry("action", "POST /api/v1/sessions").containsEntry("outcome", "refused-400");
    }

    @Test
    void aRefusalOnALongPathIsAuditedNotA500() {
        String clinic = Sessions.newClinic();
        as(Tokens.patientToken("patient-8", clinic, "P-REF-4")).get("/api/v1/sessions/" + "a".repeat(300) + "/history")
                .then().statusCode(403);
        assertThat(latest(clinic)).containsEntry("action", "GET /api/v1/sessions/{id}/history");
    }

    @Test
    void aTokenThatParsedButWasNotAcceptedIsAuditedForTheOperatorsNotTheClinic() throws SQLException {
        String subject = "forger-" + System.nanoTime();
        Sessions.as(Tokens.forgedToken(subject, Sessions.newClinic(), "clinician")).get("/api/v1/sessions").then().statusCode(401);
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select clinic_id, action, outcome from audit_record where actor = ?")) {
            query.setString(1, "unverified:" + subject);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("clinic_id")).isEqualTo("-");
                assertThat(row.getString("action")).isEqualTo("GET /api/v1/sessions");
                assertThat(row.getString("outcome")).isEqualTo("unauthorized");
            }
        }
    }

    @Test
    void aRefusedRequestIsAuditedOnce() {
        String clinic = Sessions.newClinic();
        Sessions.clinician(clinic).get("/api/v1/sessions/" + java.util.UUID.randomUUID()).then().statusCode(404);
        List<Map<String, Object>> items = admin(clinic).get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(items).filteredOn(e -> "not-found".equals(e.get("outcome"))).hasSize(1);
    }

    private static Map<String, Object> latest(String clinic) {
        JsonPath audit = admin(clinic).queryParam("limit", 1).get("/api/v1/audit").then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().jsonPath();
        return audit.getMap("items[0]");
    }
}
