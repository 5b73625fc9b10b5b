package org.myomap.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myomap.session.Sessions.body;
import static org.myomap.session.Sessions.clinician;
import static org.myomap.session.Sessions.newClinic;
import static org.myomap.session.Sessions.record;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FhirExportTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @Test
    void theExportIsAValidFhirR4BundleWithEncounterPainObservationsProceduresAndCarePlan() {
        String clinic = newClinic();
        String id = record(clinic, body("P-4001"));
        String json = clinician(clinic).accept("application/fhir+json").get("/api/v1/sessions/" + id + "/fhir")
                .then().statusCode(200).contentType("application/fhir+json").extract().asString();

        ValidationResult result = validator().validateWithResult(json);
        List<String> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
        assertThat(errors).as("FHIR validation errors").isEmpty();

        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
        Encounter encounter = resources(bundle, Encounter.class).get(0);
        assertThat(encounter.getClass_().getCode()).isEqualTo("VR");
        List<Observation> pains = resources(bundle, Observation.class);
        assertThat(pains).allSatisfy(o -> assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3"));
        assertThat(pains).anySatisfy(o -> assertThat(o.getBodySite().getCodingFirstRep().getCode()).isEqualTo("39723000"));
        assertThat(resources(bundle, Procedure.class)).hasSize(2)
                .allSatisfy(p -> assertThat(p.getBodySiteFirstRep().getText()).startsWith("left "));
        assertThat(resources(bundle, org.hl7.fhir.r4.model.BodyStructure.class))
                .allSatisfy(b -> assertThat(b.getLocationQualifierFirstRep().getCodingFirstRep().getCode()).isEqualTo("7771000"));
        assertThat(resources(bundle, org.hl7.fhir.r4.model.CarePlan.class)).hasSize(1);
    }

    private static <T> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast).toList();
    }

    private static FhirValidator validator() {
        ValidationSupportChain support = new ValidationSupportChain(
                new ca.uhn.fhir.context.support.DefaultProfileValidationSupport(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR));
        FhirInstanceValidator instance = new FhirInstanceValidator(support);
        return FHIR.newValidator().registerValidatorModule(instance);
    }
}
