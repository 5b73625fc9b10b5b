package org.myomap.session;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.myomap.support.Tokens;

/** Session data is never cached or sniffed, and corrections compare ETags strongly (issue #10). */
@QuarkusTest
class HealthDataHeadersTest {

    @Test
    void sessionPatientAndAuditAnswersAreNotStored() {
        String clinic = Sessions.newClinic();
        String id = Sessions.record(clinic, Sessions.body("P-HDR-1"));
        for (String path : new String[] {"/api/v1/sessions/" + id, "/api/v1/sessions", "/api/v1/patients/P-HDR-1/progress"}) {
            Sessions.clinician(clinic).get(path).then().statusCode(200)
                    .header("Cache-Control", equalTo("no-store")).header("X-Content-Type-Options", equalTo("nosniff"));
        }
        Sessions.admin(clinic).get("/api/v1/audit").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        Sessions.clinician(clinic).get("/api/v1/sessions/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .header("Cache-Control", equalTo("no-store"));
    }

    @Test
    void aWeakIfMatchNeverMatches() {
        String clinic = Sessions.newClinic();
        String id = Sessions.record(clinic, Sessions.body("P-HDR-2"));
        Sessions.clinician(clinic).header("If-Match", "W/\"v1\"").body(Sessions.body("P-HDR-2")).put("/api/v1/sessions/" + id)
                .then().statusCode(412);
    }

    @Test
    void ifMatchStarCorrectsTheCurrentVersion() {
        String clinic = Sessions.newClinic();
        String id = Sessions.record(clinic, Sessions.body("P-HDR-3"));
        Sessions.clinician(clinic).header("If-Match", "*").body(Sessions.body("P-HDR-3")).put("/api/v1/sessions/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"v2\""));
    }

    @Test
    void ifMatchListingTheCurrentTagMatches() {
        String clinic = Sessions.newClinic();
        String id = Sessions.record(clinic, Sessions.body("P-HDR-4"));
        Sessions.as(Tokens.token("therapist-1", clinic, "clinician")).header("If-Match", "\"v7\", \"v1\"")
                .body(Sessions.body("P-HDR-4")).put("/api/v1/sessions/" + id).then().statusCode(200);
    }
}
