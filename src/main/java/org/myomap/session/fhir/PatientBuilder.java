package org.myomap.session.fhir;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/** The patient as the service knows them: the clinic's reference and nothing else (no name, no contact). */
final class PatientBuilder {

    private PatientBuilder() {
    }

    static Reference add(BundleEntries entries, String clinic, String patientRef) {
        Identifier identifier = BusinessIdentifiers.patient(clinic, patientRef);
        Patient patient = new Patient();
        patient.addIdentifier(identifier.copy());
        Narratives.describe(patient, "Patient " + patientRef + " of clinic " + clinic
                + " (myomap holds the clinic's reference only; demographics stay in the clinic's record).");
        return entries.createIfAbsent(patient, identifier);
    }
}
