package org.myomap.session.fhir;

import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.myomap.session.SessionInput;

/**
 * The treated trigger point as a body structure, carrying the laterality a Procedure's bodySite text cannot code.
 * Treatments of the same point and side in one session share it.
 */
final class BodyStructureBuilder {

    private BodyStructureBuilder() {
    }

    static Reference add(BundleEntries entries, ExportedSession s, SessionInput.Treatment t) {
        Identifier identifier = s.identifiers().item("trigger-point/" + key(t));
        String place = ExportedSession.side(t.side()) + place(s, t);
        BodyStructure structure = new BodyStructure().setPatient(s.patient())
                .setLocation(new CodeableConcept().setText(place(s, t)));
        structure.addIdentifier(identifier);
        CodeableConcept laterality = ExportedSession.laterality(t.side());
        if (laterality != null) {
            structure.addLocationQualifier(laterality);
        }
        Narratives.describe(structure, "Trigger point treated: " + place + ".");
        return entries.createOrUpdate(structure, identifier);
    }

    /** The muscle, trigger point (or the muscle as a whole) and side: what makes two treatments the same place. */
    static String key(SessionInput.Treatment t) {
        return t.muscle() + "/" + (t.triggerPoint() == null ? "muscle" : t.triggerPoint()) + "/" + t.side();
    }

    static String place(ExportedSession s, SessionInput.Treatment t) {
        return s.muscleName(t.muscle()) + (t.triggerPoint() == null ? "" : " (" + s.triggerPointName(t.triggerPoint()) + ")");
    }
}
