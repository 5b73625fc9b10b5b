package org.myomap.session;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.myomap.session.Sessions.admin;
import static org.myomap.session.Sessions.body;
import static org.myomap.session.Sessions.clinician;
import static org.myomap.session.Sessions.integration;
import static org.myomap.session.Sessions.newClinic;
import static org.myomap.session.Sessions.record;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nothing of clinic A is reachable with clinic B's credentials, whatever the URL says. */
@QuarkusTest
class ClinicIsolationTest {

    private String clinicA;
    private String clinicB;
    private String sessionOfA;

    @BeforeEach
    void aSessionOfClinicA() {
        clinicA = newClinic();
        clinicB = newClinic();
        sessionOfA = record(clinicA, body("P-2001"));
    }

    @Test
    void readingAnotherClinicsSessionIsNotFound() {
        clinician(clinicB).get("/api/v1/sessions/" + sessionOfA).then().statusCode(404)
                .body("type", equalTo("https://myomap.org/problems/not-found"));
    }

    @Test
    void correctingAnotherClinicsSessionIsNotFoundAndChangesNothing() {
        clinician(clinicB).header("If-Match", "\"v1\"").body(body("P-2001", "2026-11-02", 0, 0))
                .put("/api/v1/sessions/" + sessionOfA).then().statusCode(404);
        clinician(clinicA).get("/api/v1/sessions/" + sessionOfA).then().statusCode(200)
                .body("version", equalTo(1)).body("painAfter", equalTo(3));
    }

    @Test
    void markingAnotherClinicsSessionInErrorIsNotFound() {
        clinician(clinicB).body("{\"reason\": \"x\"}").post("/api/v1/sessions/" + sessionOfA + "/entered-in-error")
                .then().statusCode(404);
    }

    @Test
    void anotherClinicsHistoryAndFhirExportAreNotFound() {
        clinician(clinicB).get("/api/v1/sessions/" + sessionOfA + "/history").then().statusCode(404);
        clinician(clinicB).get("/api/v1/sessions/" + sessionOfA + "/fhir").then().statusCode(404);
    }

    @Test
    void anotherClinicsSessionsNeverAppearInListsProgressOrTheChangeFeed() {
        clinician(clinicB).get("/api/v1/sessions").then().statusCode(200).body("items", hasSize(0));
        clinician(clinicB).queryParam("patient", "P-2001").get("/api/v1/sessions").then().statusCode(200).body("items", hasSize(0));
        clinician(clinicB).get("/api/v1/patients/P-2001/progress").then().statusCode(404);
        integration(clinicB).get("/api/v1/sessions/changes").then().statusCode(200)
                .body("items.sessionId", not(hasItem(sessionOfA)));
        admin(clinicB).get("/api/v1/audit").then().statusCode(200)
                .body("items.resourceId", not(hasItem(sessionOfA)));
    }

    @Test
    void theSameIdempotencyKeyInTwoClinicsCreatesTwoSessions() {
        String idA = clinician(clinicA).header("Idempotency-Key", "shared-key").body(body("P-2002"))
                .post("/api/v1/sessions").then().statusCode(201).extract().path("id");
        String idB = clinician(clinicB).header("Idempotency-Key", "shared-key").body(body("P-2002"))
                .post("/api/v1/sessions").then().statusCode(201).extract().path("id");
        org.assertj.core.api.Assertions.assertThat(idB).isNotEqualTo(idA);
    }
}
