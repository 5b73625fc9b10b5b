package org.myomap.session;

import static org.myomap.support.Contract.api;

import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.myomap.support.Tokens;

/** Builds session bodies and authenticated requests for the session tests; each test uses clinics of its own. */
final class Sessions {

    private Sessions() {
    }

    static String newClinic() {
        return "clinic-" + UUID.randomUUID();
    }

    static String body(String patientRef, String date, int painBefore, int painAfter) {
        return """
                {"patientRef": "%s", "date": "%s", "durationMinutes": 45, "mode": "telehealth",
                 "assessment": {"painBefore": %d,
                                "painAreas": [{"region": "sacroiliac-joint", "side": "left", "pain": %d},
                                              {"region": "greater-trochanter", "side": "left", "pain": 4}],
                                "triggerPointsFound": [{"triggerPoint": "quadratus-lumborum-deep-upper", "side": "left", "status": "active"}]},
                 "treatments": [{"muscle": "quadratus-lumborum", "triggerPoint": "quadratus-lumborum-deep-upper", "side": "left",
                                 "technique": "pressure-release", "durationSeconds": 90, "pressure": "moderate",
                                 "patientFeedback": "reproduced the hip ache, then eased"},
                                {"muscle": "gluteus-medius", "triggerPoint": "gluteus-medius-tp1", "side": "left",
                                 "technique": "stretch", "durationSeconds": 60}],
                 "painAfter": %d,
                 "homeCare": {"protocols": ["quadratus-lumborum-self-care"], "instructions": "Ball release twice a day"},
                 "notes": "Responded well"}""".formatted(patientRef, date, painBefore, painBefore, painAfter);
    }

    static String body(String patientRef) {
        return body(patientRef, "2026-11-02", 6, 3);
    }

    static RequestSpecification as(String token) {
        return api().header("Authorization", "Bearer " + token).contentType("application/json");
    }

    static RequestSpecification clinician(String clinic) {
        return as(Tokens.token("therapist-1", clinic, "clinician"));
    }

    static RequestSpecification admin(String clinic) {
        return as(Tokens.token("admin-1", clinic, "clinic-admin"));
    }

    static RequestSpecification integration(String clinic) {
        return as(Tokens.token("partner-ehr", clinic, "integration"));
    }

    /** Records a session as a clinician of the clinic and returns its id. */
    static String record(String clinic, String body) {
        return clinician(clinic).body(body).post("/api/v1/sessions").then().statusCode(201).extract().path("id");
    }
}
