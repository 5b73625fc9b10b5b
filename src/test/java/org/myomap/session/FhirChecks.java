package org.myomap.session;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;

/** HAPI's R4 validator and parsers, for checking what the service exports. */
final class FhirChecks {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    private static FhirValidator validator;

    private FhirChecks() {
    }

    /** The validator's messages of at least the given severity, each with where it points. */
    static List<String> messages(String json, ResultSeverityEnum atLeast) {
        return validator().validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= atLeast.ordinal())
                .map(FhirChecks::describe).toList();
    }

    static Bundle json(String json) {
        return FHIR.newJsonParser().parseResource(Bundle.class, json);
    }

    static <T> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast).toList();
    }

    /** The conditional URLs of a transaction: what a FHIR server matches existing resources by. */
    static List<String> conditions(Bundle bundle) {
        return bundle.getEntry().stream().map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl()
                + (e.getRequest().hasIfNoneExist() ? " ifNoneExist " + e.getRequest().getIfNoneExist() : "")).toList();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            ValidationSupportChain support = new ValidationSupportChain(
                    new ca.uhn.fhir.context.support.DefaultProfileValidationSupport(FHIR),
                    new InMemoryTerminologyServerValidationSupport(FHIR),
                    new CommonCodeSystemsTerminologyService(FHIR));
            validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        }
        return validator;
    }
}
