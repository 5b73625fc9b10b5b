package org.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.myomap.session.Sessions.body;
import static org.myomap.session.Sessions.clinician;
import static org.myomap.session.Sessions.integration;
import static org.myomap.session.Sessions.newClinic;
import static org.myomap.session.Sessions.record;
import static org.myomap.support.Contract.api;
import static org.myomap.support.Contract.invalidRequest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.myomap.support.Tokens;

@QuarkusTest
class SessionApiTest {

    @Test
    void aClinicianRecordsASessionAndReadsItBack() {
        String clinic = newClinic();
        var created = clinician(clinic).body(body("P-1001")).post("/api/v1/sessions").then().statusCode(201)
                .header("Location", containsString("/api/v1/sessions/"))
                .header("ETag", equalTo("\"v1\""))
                .body("version", equalTo(1))
                .body("therapist", equalTo("therapist-1"))
                .extract();
        String id = created.path("id");

        clinician(clinic).get("/api/v1/sessions/" + id).then().statusCode(200)
                .body("patientRef", equalTo("P-1001"))
                .body("treatments[0].triggerPoint", equalTo("quadratus-lumborum-deep-upper"))
                .body("assessment.painBefore", equalTo(6))
                .body("painAfter", equalTo(3));
    }

    @Test
    void aRecordedSessionReadsBackExactlyAsTheCreationAnsweredIt() {
        String clinic = newClinic();
        String created = clinician(clinic).body(body("P-ECHO-1")).post("/api/v1/sessions").then().statusCode(201).extract().asString();
        String id = io.restassured.path.json.JsonPath.from(created).getString("id");

        String read = clinician(clinic).get("/api/v1/sessions/" + id).then().statusCode(200).extract().asString();

        assertThat(read).isEqualTo(created);
    }

    @Test
    void anUnknownCatalogueReferenceIs422NamingIt() {
        String bad = body("P-1002").replace("\"quadratus-lumborum-self-care\"", "\"no-such-protocol\"")
                .replace("\"region\": \"sacroiliac-joint\"", "\"region\": \"no-such-region\"");
        clinician(newClinic()).body(bad).post("/api/v1/sessions").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://myomap.org/problems/unknown-reference"))
                .body("invalidParams.name", hasItem("homeCare.protocols[0]"))
                .body("invalidParams.name", hasItem("assessment.painAreas[0].region"));
    }

    @Test
    void aTriggerPointOfAnotherMuscleIs422() {
        String bad = body("P-1003").replace("\"triggerPoint\": \"gluteus-medius-tp1\"", "\"triggerPoint\": \"quadratus-lumborum-deep-lower\"");
        clinician(newClinic()).body(bad).post("/api/v1/sessions").then().statusCode(422)
                .body("invalidParams.name", hasItem("treatments[1].triggerPoint"))
                .body("detail", containsString("belongs to 'quadratus-lumborum'"));
    }

    @Test
    void aPainScoreOutOfRangeIs400NamingTheField() {
        invalidRequest().header("Authorization", "Bearer " + Tokens.token("t", newClinic(), "clinician"))
                .contentType("application/json").body(body("P-1004").replace("\"painAfter\": 3", "\"painAfter\": 11"))
                .post("/api/v1/sessions").then().statusCode(400)
                .body("invalidParams.name", hasItem("painAfter"));
    }

    @Test
    void aNameAsPatientReferenceIsRefused() {
        invalidRequest().header("Authorization", "Bearer " + Tokens.token("t", newClinic(), "clinician"))
                .contentType("application/json").body(body("P-1").replace("\"P-1\"", "\"Jane Doe\""))
                .post("/api/v1/sessions").then().statusCode(400)
                .body("invalidParams.name", hasItem("patientRef"))
                .body("detail", org.hamcrest.Matchers.not(containsString("Jane")));
    }

    @Test
    void noTokenIs401ProblemJson() {
        invalidRequest().contentType("application/json").body(body("P-1005")).post("/api/v1/sessions").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://myomap.org/problems/unauthorized"));
    }

    @Test
    void aTokenSignedByAnUntrustedKeyIs401() {
        Sessions.as(Tokens.forgedToken("mallory", newClinic(), "clinician")).get("/api/v1/sessions").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aPatientMayNotRecordASession403ProblemJson() {
        String clinic = newClinic();
        Sessions.as(Tokens.patientToken("pat", clinic, "P-1006")).body(body("P-1006")).post("/api/v1/sessions")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://myomap.org/problems/forbidden"));
    }

    @Test
    void aPartnerSystemMustNameTheTherapist() {
        String clinic = newClinic();
        invalidRequest().header("Authorization", "Bearer " + Tokens.token("partner", clinic, "integration"))
                .contentType("application/json").body(body("P-1007")).post("/api/v1/sessions").then().statusCode(400)
                .body("invalidParams.name", hasItem("therapist"));
        integration(clinic).body(body("P-1007").replace("\"patientRef\"", "\"therapist\": \"dr-lee\", \"patientRef\""))
                .post("/api/v1/sessions").then().statusCode(201).body("therapist", equalTo("dr-lee"));
    }

    @Test
    void aStaleIfMatchIsRefusedAndTheEarlierVersionStaysReadable() {
        String clinic = newClinic();
        String id = record(clinic, body("P-1008"));
        clinician(clinic).header("If-Match", "\"v1\"").body(body("P-1008", "2026-11-02", 6, 2))
                .put("/api/v1/sessions/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"v2\""))
                .body("painAfter", equalTo(2));

        clinician(clinic).header("If-Match", "\"v1\"").body(body("P-1008", "2026-11-02", 6, 1))
                .put("/api/v1/sessions/" + id).then().statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("version 2"));

        clinician(clinic).get("/api/v1/sessions/" + id + "/history").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].version", equalTo(1))
                .body("items[0].painAfter", equalTo(3))
                .body("items[1].painAfter", equalTo(2));
    }

    @Test
    void aCorrectionWithoutIfMatchIs428() {
        String clinic = newClinic();
        String id = record(clinic, body("P-1009"));
        clinician(clinic).body(body("P-1009")).put("/api/v1/sessions/" + id).then().statusCode(428)
                .contentType("application/problem+json");
    }

    @Test
    void aSessionEnteredInErrorKeepsItsReasonAndCanNoLongerChange() {
        String clinic = newClinic();
        String id = record(clinic, body("P-1010"));
        clinician(clinic).body("{\"reason\": \"recorded for the wrong patient\"}")
                .post("/api/v1/sessions/" + id + "/entered-in-error").then().statusCode(200)
                .body("status", equalTo("entered-in-error"))
                .body("enteredInErrorReason", equalTo("recorded for the wrong patient"))
                .body("version", equalTo(2));
        clinician(clinic).header("If-Match", "\"v2\"").body(body("P-1010")).put("/api/v1/sessions/" + id)
                .then().statusCode(409);
        clinician(clinic).get("/api/v1/sessions/" + id + "/history").then().body("items", hasSize(2));
    }

    @Test
    void sessionsAreListedByPatientAndPagedWithACursor() {
        String clinic = newClinic();
        for (int day = 1; day <= 3; day++) {
            record(clinic, body("P-1011", "2026-10-0" + day, 7 - day, 3));
        }
        record(clinic, body("P-OTHER"));
        var first = clinician(clinic).queryParam("patient", "P-1011").queryParam("limit", 2).get("/api/v1/sessions")
                .then().statusCode(200).body("items", hasSize(2)).body("next", notNullValue()).extract();
        clinician(clinic).queryParam("patient", "P-1011").queryParam("limit", 2).queryParam("cursor", (String) first.path("next"))
                .get("/api/v1/sessions").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].date", equalTo("2026-10-03"))
                .body("next", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void progressShowsPainOverSessionsAndTheTrend() {
        String clinic = newClinic();
        record(clinic, body("P-1012", "2026-09-01", 8, 5));
        record(clinic, body("P-1012", "2026-09-08", 6, 4));
        record(clinic, body("P-1012", "2026-09-15", 4, 2));
        clinician(clinic).get("/api/v1/patients/P-1012/progress").then().statusCode(200)
                .body("sessions", hasSize(3))
                .body("firstPainBefore", equalTo(8))
                .body("latestPain", equalTo(2))
                .body("changeSinceFirst", equalTo(-6))
                .body("trend", equalTo("improving"));
    }

    @Test
    void aPatientSeesOnlyTheirOwnSessions() {
        String clinic = newClinic();
        String mine = record(clinic, body("P-1013"));
        String theirs = record(clinic, body("P-1014"));
        var patient = Sessions.as(Tokens.patientToken("pat-1013", clinic, "P-1013"));
        patient.get("/api/v1/sessions/" + mine).then().statusCode(200);
        Sessions.as(Tokens.patientToken("pat-1013", clinic, "P-1013")).get("/api/v1/sessions/" + theirs).then().statusCode(404);
        Sessions.as(Tokens.patientToken("pat-1013", clinic, "P-1013")).get("/api/v1/sessions").then().statusCode(200)
                .body("items.patientRef", org.hamcrest.Matchers.everyItem(equalTo("P-1013")));
        Sessions.as(Tokens.patientToken("pat-1013", clinic, "P-1013")).get("/api/v1/patients/P-1014/progress").then().statusCode(404);
    }

    @Test
    void theChangeFeedReturnsCreatedAndCorrectedSessionsInOrderAndResumesFromItsCursor() {
        String clinic = newClinic();
        String first = record(clinic, body("P-1015"));
        String second = record(clinic, body("P-1016"));
        clinician(clinic).header("If-Match", "\"v1\"").body(body("P-1015", "2026-11-02", 6, 1)).put("/api/v1/sessions/" + first)
                .then().statusCode(200);
        var page = integration(clinic).get("/api/v1/sessions/changes").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.kind", org.hamcrest.Matchers.contains("created", "created", "corrected"))
                .body("items.sessionId", org.hamcrest.Matchers.contains(first, second, first))
                .body("items[2].session.painAfter", equalTo(1))
                .extract();
        String cursor = page.path("next");
        integration(clinic).queryParam("after", cursor).get("/api/v1/sessions/changes").then().statusCode(200)
                .body("items", hasSize(0))
                .body("next", equalTo(cursor));
        record(clinic, body("P-1017"));
        integration(clinic).queryParam("after", cursor).get("/api/v1/sessions/changes").then().statusCode(200)
                .body("items", hasSize(1));
    }

    @Test
    void aForgedCursorIs400() {
        invalidRequest().header("Authorization", "Bearer " + Tokens.token("t", newClinic(), "integration"))
                .queryParam("after", "bm90LWEtY3Vyc29y").get("/api/v1/sessions/changes").then().statusCode(400)
                .body("invalidParams.name", hasItem("after"));
    }

    @Test
    void aNonUuidIdIsSimplyNotFound() {
        clinician(newClinic()).get("/api/v1/sessions/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theProgressProblemDoesNotRepeatThePatientReference() {
        String body = clinician(newClinic()).get("/api/v1/patients/P-SECRET-77/progress").then().statusCode(404)
                .extract().asString();
        assertThat(body).doesNotContain("P-SECRET-77");
    }
}
