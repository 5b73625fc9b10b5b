package org.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myomap.session.FhirChecks.resources;
import static org.myomap.session.Sessions.admin;
import static org.myomap.session.Sessions.body;
import static org.myomap.session.Sessions.clinician;
import static org.myomap.session.Sessions.newClinic;
import static org.myomap.session.Sessions.record;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.junit.jupiter.api.Test;
import org.myomap.support.Tokens;

@QuarkusTest
class PatientFhirExportTest {

    @Test
    void thePatientExportHoldsEverySessionOfTheCallersClinicAndNoneOfAnother() {
        String clinic = newClinic();
        String other = newClinic();
        String first = record(clinic, body("P-4101", "2026-10-01", 7, 5));
        String second = record(clinic, body("P-4101", "2026-10-08", 5, 2));
        String elsewhere = record(other, body("P-4101", "2026-10-05", 6, 3));

        Bundle bundle = FhirChecks.json(export(clinician(clinic), "P-4101", "/fhir"));

        assertThat(resources(bundle, Encounter.class)).extracting(e -> e.getIdentifierFirstRep().getValue())
                .containsExactly(first, second);
        assertThat(resources(bundle, Patient.class)).hasSize(1);
        assertThat(resources(bundle, Practitioner.class)).hasSize(1);
        assertThat(FhirChecks.json(export(clinician(other), "P-4101", "/fhir")).getEntry())
                .noneMatch(e -> e.getResource() instanceof Encounter enc && !enc.getIdentifierFirstRep().getValue().equals(elsewhere));
    }

    @Test
    void aPatientWithNoSessionInTheCallersClinicIsNotFound() {
        String clinic = newClinic();
        record(newClinic(), body("P-4102"));
        clinician(clinic).get("/api/v1/patients/P-4102/fhir").then().statusCode(404);
    }

    @Test
    void aLongHistoryIsPagedWithANextLink() {
        String clinic = newClinic();
        List<String> ids = List.of(record(clinic, body("P-4103", "2026-09-01", 8, 6)),
                record(clinic, body("P-4103", "2026-09-08", 6, 4)), record(clinic, body("P-4103", "2026-09-15", 4, 2)));

        Bundle page1 = FhirChecks.json(export(clinician(clinic), "P-4103", "/fhir?limit=2"));
        assertThat(resources(page1, Encounter.class)).extracting(e -> e.getIdentifierFirstRep().getValue()).isEqualTo(ids.subList(0, 2));
        String next = page1.getLink("next").getUrl();
        assertThat(next).startsWith("/api/v1/patients/P-4103/fhir?bundle=collection&limit=2&cursor=");

        Bundle page2 = FhirChecks.json(clinician(clinic).accept("application/fhir+json").get(next)
                .then().statusCode(200).extract().asString());
        assertThat(resources(page2, Encounter.class)).extracting(e -> e.getIdentifierFirstRep().getValue()).isEqualTo(ids.subList(2, 3));
        assertThat(page2.getLink("next")).isNull();
    }

    @Test
    void thePatientTransactionIsValidWithThePatientAndPractitionerCreatedOnce() {
        String clinic = newClinic();
        record(clinic, body("P-4104", "2026-10-01", 7, 5));
        record(clinic, body("P-4104", "2026-10-08", 5, 2));
        String json = export(clinician(clinic), "P-4104", "/fhir?bundle=transaction");

        assertThat(FhirChecks.messages(json, ResultSeverityEnum.ERROR)).as("FHIR validation errors").isEmpty();
        Bundle bundle = FhirChecks.json(json);
        assertThat(FhirChecks.conditions(bundle)).filteredOn(c -> c.startsWith("POST ")).hasSize(2);
        assertThat(bundle.getEntry()).allSatisfy(e -> assertThat(e.hasRequest() && e.hasFullUrl()).isTrue());
    }

    @Test
    void thePatientExportIsAudited() {
        String clinic = newClinic();
        record(clinic, body("P-4105"));
        export(clinician(clinic), "P-4105", "/fhir");

        List<Map<String, Object>> trail = admin(clinic).queryParam("limit", 100).get("/api/v1/audit").then().statusCode(200)
                .extract().path("items");
        assertThat(trail).anySatisfy(e -> {
            assertThat(e.get("action")).isEqualTo("export-fhir");
            assertThat(e.get("resourceType")).isEqualTo("patient");
            assertThat(e.get("outcome")).isEqualTo("success");
        });
    }

    @Test
    void aPatientExportsTheirOwnSessionsOnly() {
        String clinic = newClinic();
        record(clinic, body("P-4106"));
        record(clinic, body("P-4107"));
        var patient = Sessions.as(Tokens.patientToken("pat-4106", clinic, "P-4106"));

        patient.accept("application/fhir+json").get("/api/v1/patients/P-4106/fhir").then().statusCode(200);
        Sessions.as(Tokens.patientToken("pat-4106", clinic, "P-4106")).get("/api/v1/patients/P-4107/fhir").then().statusCode(404);
    }

    private static String export(io.restassured.specification.RequestSpecification caller, String patientRef, String path) {
        return caller.accept("application/fhir+json").get("/api/v1/patients/" + patientRef + path)
                .then().statusCode(200).contentType("application/fhir+json").extract().asString();
    }
}
