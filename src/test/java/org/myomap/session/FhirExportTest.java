package org.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myomap.session.FhirChecks.conditions;
import static org.myomap.session.FhirChecks.resources;
import static org.myomap.session.Sessions.body;
import static org.myomap.session.Sessions.clinician;
import static org.myomap.session.Sessions.newClinic;
import static org.myomap.session.Sessions.record;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;
import org.junit.jupiter.api.Test;
import org.myomap.support.Contract;
import org.myomap.support.Tokens;

@QuarkusTest
class FhirExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCollectionIsAValidFhirR4BundleWithEncounterPainObservationsProceduresAndCarePlan() {
        String clinic = newClinic();
        String id = record(clinic, body("P-4001"));
        String json = export(clinic, id, null);

        assertThat(FhirChecks.messages(json, ResultSeverityEnum.ERROR)).as("FHIR validation errors").isEmpty();
        Bundle bundle = FhirChecks.json(json);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        assertThat(bundle.getEntry()).allSatisfy(e -> assertThat(e.hasRequest()).isFalse());
        Encounter encounter = resources(bundle, Encounter.class).get(0);
        assertThat(encounter.getClass_().getCode()).isEqualTo("VR");
        List<Observation> pains = resources(bundle, Observation.class);
        assertThat(pains).allSatisfy(o -> assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3"));
        assertThat(pains).anySatisfy(o -> assertThat(o.getBodySite().getCodingFirstRep().getCode()).isEqualTo("39723000"));
        assertThat(resources(bundle, Procedure.class)).hasSize(2)
                .allSatisfy(p -> assertThat(p.getBodySiteFirstRep().getText()).startsWith("left "));
        assertThat(resources(bundle, BodyStructure.class))
                .allSatisfy(b -> assertThat(b.getLocationQualifierFirstRep().getCodingFirstRep().getCode()).isEqualTo("7771000"));
        assertThat(resources(bundle, CarePlan.class)).hasSize(1);
        assertThat(resources(bundle, Patient.class)).singleElement()
                .satisfies(p -> assertThat(p.getIdentifierFirstRep().getValue()).isEqualTo("P-4001"));
    }

    @Test
    void aRecordedStartTimeGivesTheEncounterItsPeriodInTheClinicsOwnOffset() {
        String clinic = newClinic();
        String id = record(clinic, body("P-4002").replaceFirst("\\{", "{\"startedAt\": \"2026-11-02T14:30:00+01:00\","));
        String json = export(clinic, id, null);

        assertThat(FhirChecks.messages(json, ResultSeverityEnum.ERROR)).as("FHIR validation errors").isEmpty();
        Encounter encounter = resources(FhirChecks.json(json), Encounter.class).get(0);
        assertThat(encounter.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-11-02T14:30:00+01:00");
        assertThat(encounter.getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-11-02T15:15:00+01:00");
    }

    @Test
    void aStartTimeOnAnotherDayThanTheSessionIsRefusedNamingIt() {
        Contract.invalidRequest().header("Authorization", "Bearer " + Tokens.token("therapist-1", newClinic(), "clinician"))
                .contentType("application/json")
                .body(body("P-4003").replaceFirst("\\{", "{\"startedAt\": \"2026-11-03T00:30:00+01:00\","))
                .post("/api/v1/sessions").then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.hasItem("startedAt"));
    }

    @Test
    void everyResourceHasAGeneratedNarrativeAndTheValidatorWarnsAboutNone() {
        String clinic = newClinic();
        String id = record(clinic, body("P-4002"));
        for (String kind : List.of("collection", "transaction")) {
            String json = export(clinic, id, kind);

            assertThat(FhirChecks.messages(json, ResultSeverityEnum.WARNING)).as("FHIR validation warnings, " + kind).isEmpty();
            assertThat(resources(FhirChecks.json(json), DomainResource.class)).allSatisfy(r -> {
                assertThat(r.getText().getStatus()).isEqualTo(Narrative.NarrativeStatus.GENERATED);
                assertThat(r.getText().getDiv().allText()).isNotBlank();
            });
        }
    }

    @Test
    void painObservationsNameTheirPerformerAndTheSessionDayWithoutAnInventedTime() {
        String clinic = newClinic();
        Bundle bundle = FhirChecks.json(export(clinic, record(clinic, body("P-4003")), null));

        String practitioner = fullUrlOf(bundle, Practitioner.class);
        assertThat(resources(bundle, Observation.class)).hasSize(4).allSatisfy(o -> {
            assertThat(o.getPerformerFirstRep().getReference()).isEqualTo(practitioner);
            assertThat(o.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-11-02");
        });
        assertThat(resources(bundle, Practitioner.class)).singleElement()
                .satisfies(p -> assertThat(p.getIdentifierFirstRep().getValue()).isEqualTo("therapist-1"));
    }

    @Test
    void carePlanActivitiesCarryTheProtocolsDose() {
        String clinic = newClinic();
        CarePlan plan = resources(FhirChecks.json(export(clinic, record(clinic, body("P-4004")), null)), CarePlan.class).get(0);

        // quadratus-lumborum-self-care: ball pressure held 60 s, 3 repetitions, twice a day (catalogue)
        assertThat(plan.getActivity()).anySatisfy(a -> {
            CarePlan.CarePlanActivityDetailComponent detail = a.getDetail();
            assertThat(detail.getInstantiatesUri().get(0).getValue()).endsWith("/protocols/quadratus-lumborum-self-care");
            Timing.TimingRepeatComponent repeat = detail.getScheduledTiming().getRepeat();
            assertThat(repeat.getFrequency()).isEqualTo(2);
            assertThat(repeat.getPeriodUnit()).isEqualTo(Timing.UnitsOfTime.D);
            assertThat(repeat.getDuration().intValue()).isEqualTo(60);
            assertThat(detail.getScheduledTiming().getCode().getText()).contains("3 repetitions");
        });
    }

    @Test
    void theTransactionIsValidAndEveryEntryHasAFullUrlARequestAndReferencesOnlyItsEntries() {
        String clinic = newClinic();
        String json = export(clinic, record(clinic, body("P-4005")), "transaction");

        assertThat(FhirChecks.messages(json, ResultSeverityEnum.ERROR)).as("FHIR validation errors").isEmpty();
        Bundle bundle = FhirChecks.json(json);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        assertThat(bundle.getEntry()).allSatisfy(e -> {
            assertThat(e.getFullUrl()).startsWith("urn:uuid:");
            assertThat(e.getRequest().getMethod()).isNotNull();
            assertThat(e.getRequest().getUrl()).isNotBlank();
        });
        String patientIdentifier = "identifier=urn:myomap:clinic:" + clinic + ":patient|P-4005";
        assertThat(conditions(bundle)).contains("POST Patient ifNoneExist " + patientIdentifier,
                "POST Practitioner ifNoneExist identifier=urn:myomap:clinic:" + clinic + ":practitioner|therapist-1");
        assertThat(conditions(bundle)).filteredOn(c -> c.startsWith("PUT ")).hasSize(bundle.getEntry().size() - 2)
                .allSatisfy(c -> assertThat(c).matches("PUT (Encounter|Observation|Procedure|BodyStructure|CarePlan)\\?identifier=urn:myomap:session(-item)?\\|.+"));

        Set<String> fullUrls = new HashSet<>(bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList());
        assertThat(fullUrls).hasSize(bundle.getEntry().size());
        List<String> references = bundle.getEntry().stream().flatMap(e -> FhirChecks.FHIR.newTerser()
                .getAllPopulatedChildElementsOfType(e.getResource(), Reference.class).stream()).map(Reference::getReference).toList();
        assertThat(references).isNotEmpty().allSatisfy(r -> assertThat(fullUrls).contains(r));
    }

    @Test
    void exportingTheSameSessionTwiceGivesTheSameConditionalUrlsAndFullUrls() {
        String clinic = newClinic();
        String id = record(clinic, body("P-4006"));
        Bundle first = FhirChecks.json(export(clinic, id, "transaction"));
        Bundle second = FhirChecks.json(export(clinic, id, "transaction"));

        assertThat(conditions(second)).isEqualTo(conditions(first));
        assertThat(second.getEntry()).extracting(Bundle.BundleEntryComponent::getFullUrl)
                .isEqualTo(first.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList());
    }

    @Test
    void aCorrectedSessionKeepsItsIdentifiersSoAServerUpdatesInsteadOfDuplicating() {
        String clinic = newClinic();
        String id = record(clinic, body("P-4007"));
        Bundle original = FhirChecks.json(export(clinic, id, "transaction"));
        clinician(clinic).header("If-Match", "\"v1\"").body(body("P-4007", "2026-11-02", 7, 2))
                .put("/api/v1/sessions/" + id).then().statusCode(200);
        Bundle corrected = FhirChecks.json(export(clinic, id, "transaction"));

        assertThat(conditions(corrected)).isEqualTo(conditions(original));
        assertThat(resources(corrected, Observation.class)).extracting(o -> o.getValueIntegerType().getValue()).contains(7, 2);
        assertThat(resources(corrected, Encounter.class).get(0).getText().getDiv().allText()).contains("version 2");
    }

    @Test
    void aTreatmentCorrectedAwayIsDeletedByItsIdentifierInTheTransaction() throws Exception {
        String clinic = newClinic();
        String id = record(clinic, body("P-4013"));
        ObjectNode corrected = (ObjectNode) JSON.readTree(body("P-4013"));
        ((ArrayNode) corrected.get("treatments")).remove(1);
        clinician(clinic).header("If-Match", "\"v1\"").body(corrected.toString()).put("/api/v1/sessions/" + id).then().statusCode(200);
        String json = export(clinic, id, "transaction");

        assertThat(FhirChecks.messages(json, ResultSeverityEnum.ERROR)).as("FHIR validation errors").isEmpty();
        Bundle bundle = FhirChecks.json(json);
        assertThat(resources(bundle, Procedure.class)).hasSize(1);
        assertThat(conditions(bundle)).filteredOn(c -> c.startsWith("DELETE ")).containsExactlyInAnyOrder(
                "DELETE Procedure?identifier=urn:myomap:session-item|" + id + "/treatment/gluteus-medius/gluteus-medius-tp1/left",
                "DELETE BodyStructure?identifier=urn:myomap:session-item|" + id + "/trigger-point/gluteus-medius/gluteus-medius-tp1/left");
        assertThat(FhirChecks.json(export(clinic, id, null)).getEntry()).noneMatch(e -> e.hasRequest() || e.getResource() == null);
    }

    @Test
    void anEnteredInErrorSessionExportsEveryResourceAsEnteredInError() {
        String clinic = newClinic();
        String id = record(clinic, body("P-4008"));
        clinician(clinic).body("{\"reason\": \"wrong patient\"}").post("/api/v1/sessions/" + id + "/entered-in-error")
                .then().statusCode(200);
        Bundle bundle = FhirChecks.json(export(clinic, id, "transaction"));

        assertThat(resources(bundle, Encounter.class).get(0).getStatus()).isEqualTo(Encounter.EncounterStatus.ENTEREDINERROR);
        assertThat(resources(bundle, Observation.class)).allSatisfy(o -> assertThat(o.getStatus())
                .isEqualTo(Observation.ObservationStatus.ENTEREDINERROR));
        assertThat(resources(bundle, Procedure.class)).allSatisfy(p -> assertThat(p.getStatus())
                .isEqualTo(Procedure.ProcedureStatus.ENTEREDINERROR));
    }

    @Test
    void fhirXmlIsServedOnRequestAndParsesWithHapi() {
        String clinic = newClinic();
        String id = record(clinic, body("P-4009"));
        String xml = clinician(clinic).accept("application/fhir+xml").queryParam("bundle", "transaction")
                .get("/api/v1/sessions/" + id + "/fhir")
                .then().statusCode(200).contentType("application/fhir+xml").extract().asString();

        Bundle bundle = FhirChecks.FHIR.newXmlParser().parseResource(Bundle.class, xml);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        assertThat(conditions(bundle)).isEqualTo(conditions(FhirChecks.json(export(clinic, id, "transaction"))));
        assertThat(FhirChecks.messages(xml, ResultSeverityEnum.ERROR)).isEmpty();
    }

    @Test
    void plainJsonAndXmlAreAnsweredInTheirFhirSyntax() {
        String clinic = newClinic();
        String id = record(clinic, body("P-4010"));
        String json = clinician(clinic).accept("application/json").get("/api/v1/sessions/" + id + "/fhir")
                .then().statusCode(200).contentType("application/json").extract().asString();
        String xml = clinician(clinic).accept("application/xml").get("/api/v1/sessions/" + id + "/fhir")
                .then().statusCode(200).contentType("application/xml").extract().asString();

        assertThat(FhirChecks.FHIR.newXmlParser().parseResource(Bundle.class, xml).getEntry())
                .hasSameSizeAs(FhirChecks.json(json).getEntry());
    }

    @Test
    void aMediaTypeNeitherFhirFormatSatisfiesIs406NamingTheFhirTypes() {
        String clinic = newClinic();
        String id = record(clinic, body("P-4011"));
        Contract.invalidRequest().header("Authorization", "Bearer " + Tokens.token("therapist-1", clinic, "clinician"))
                .accept("text/html").get("/api/v1/sessions/" + id + "/fhir")
                .then().statusCode(406).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("application/fhir+xml"));
    }

    @Test
    void anUnknownBundleKindIs400NamingTheParameter() {
        String clinic = newClinic();
        String id = record(clinic, body("P-4012"));
        Contract.invalidRequest().header("Authorization", "Bearer " + Tokens.token("therapist-1", clinic, "clinician"))
                .queryParam("bundle", "batch").get("/api/v1/sessions/" + id + "/fhir")
                .then().statusCode(400).body("invalidParams[0].name", org.hamcrest.Matchers.equalTo("bundle"));
    }

    private static String export(String clinic, String id, String bundle) {
        var request = clinician(clinic).accept("application/fhir+json");
        if (bundle != null) {
            request.queryParam("bundle", bundle);
        }
        return request.get("/api/v1/sessions/" + id + "/fhir").then().statusCode(200).contentType("application/fhir+json")
                .extract().asString();
    }

    private static String fullUrlOf(Bundle bundle, Class<?> type) {
        return bundle.getEntry().stream().filter(e -> type.isInstance(e.getResource())).findFirst().orElseThrow().getFullUrl();
    }
}
