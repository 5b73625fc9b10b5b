package org.myomap.session.fhir;

import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;

/** The therapist who recorded or was named on the session, by the clinic's identifier for them. */
final class PractitionerBuilder {

    private PractitionerBuilder() {
    }

    static Reference add(BundleEntries entries, String clinic, String therapist) {
        Identifier identifier = BusinessIdentifiers.practitioner(clinic, therapist);
        Practitioner practitioner = new Practitioner();
        practitioner.addIdentifier(identifier.copy());
        Narratives.describe(practitioner, "Practitioner " + therapist + " of clinic " + clinic + ".");
        return entries.createIfAbsent(practitioner, identifier);
    }
}
