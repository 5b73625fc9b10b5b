package org.myomap.session.fhir;

import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.session.SessionInput;
import org.myomap.session.TherapySession;

/**
 * What every resource builder of one session needs: the session, the document being exported (the current one,
 * or an earlier version's when working out what a correction withdrew), the catalogue that names its ids, the
 * identifiers of its items and the references to the patient, the practitioner and the encounter.
 */
record ExportedSession(TherapySession session, SessionInput document, Catalogue catalogue, BusinessIdentifiers identifiers,
        Reference patient, Reference practitioner, Reference encounter) {

    static final String SNOMED = "http://snomed.info/sct";

    boolean enteredInError() {
        return TherapySession.ENTERED_IN_ERROR.equals(session.status);
    }

    /** The session's day, at day precision: the service records no time of day, so none is invented. */
    DateTimeType date() {
        return new DateTimeType(document.date().toString());
    }

    ExportedSession withEncounter(Reference encounter) {
        return new ExportedSession(session, document, catalogue, identifiers, patient, practitioner, encounter);
    }

    String regionName(String regionId) {
        return catalogue.region(regionId).map(ContentFile.Region::name).orElse(regionId).toLowerCase(Locale.ROOT);
    }

    String muscleName(String muscleId) {
        return catalogue.muscle(muscleId).map(ContentFile.Muscle::name).orElse(muscleId);
    }

    String triggerPointName(String triggerPointId) {
        return catalogue.triggerPoint(triggerPointId).map(ContentFile.TriggerPoint::name).orElse(triggerPointId);
    }

    /** "left ", "right ", "both sides, " or nothing for the midline: the prefix of a place in prose. */
    static String side(String side) {
        return switch (side) {
            case "left" -> "left ";
            case "right" -> "right ";
            case "both" -> "both sides, ";
            default -> "";
        };
    }

    /** SNOMED CT qualifier values: 7771000 |Left|, 24028007 |Right|, 51440002 |Right and left|. */
    static CodeableConcept laterality(String side) {
        return switch (side) {
            case "left" -> new CodeableConcept(new Coding(SNOMED, "7771000", "Left"));
            case "right" -> new CodeableConcept(new Coding(SNOMED, "24028007", "Right"));
            case "both" -> new CodeableConcept(new Coding(SNOMED, "51440002", "Right and left"));
            default -> null;
        };
    }
}
