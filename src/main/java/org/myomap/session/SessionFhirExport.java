package org.myomap.session;

import ca.uhn.fhir.context.FhirContext;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.BodyStructure;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.myomap.catalogue.Catalogue;
import org.myomap.catalogue.content.ContentFile;

/**
 * A session as an HL7 FHIR R4 collection Bundle: the Encounter (class AMB in office, VR for a video visit), an
 * Observation (LOINC 72514-3) for each pain score with its body site, a Procedure per treated trigger point
 * with its body site and laterality, and a CarePlan for home care. The patient and therapist are referenced by
 * identifier only: the service holds no names.
 */
final class SessionFhirExport {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String TECHNIQUE_SYSTEM = "https://myomap.org/fhir/CodeSystem/technique";
    static final String TARGET_BODY_STRUCTURE = "http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure";
    private static final String PAIN_CODE = "72514-3";
    private static final String ENTRY_PREFIX = "myomap.entryPrefix";

    private SessionFhirExport() {
    }

    static String toJson(TherapySession session, Catalogue catalogue) {
        return FHIR.newJsonParser().encodeResourceToString(bundle(session, catalogue));
    }

    static Bundle bundle(TherapySession s, Catalogue catalogue) {
        SessionInput d = s.document;
        boolean inError = TherapySession.ENTERED_IN_ERROR.equals(s.status);
        Reference patient = new Reference().setIdentifier(new Identifier()
                .setSystem("urn:myomap:clinic:" + s.clinic + ":patient").setValue(d.patientRef()));
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.setUserData(ENTRY_PREFIX, s.id + "/v" + s.version);
        bundle.setId(s.id.toString());
        bundle.setTimestamp(Date.from(s.updatedAt.toInstant()));
        Date date = Date.from(d.date().atStartOfDay(ZoneOffset.UTC).toInstant());

        Encounter encounter = new Encounter()
                .setStatus(inError ? Encounter.EncounterStatus.ENTEREDINERROR : Encounter.EncounterStatus.FINISHED)
                .setClass_(new Coding(ACT_CODE, "telehealth".equals(d.mode()) ? "VR" : "AMB",
                        "telehealth".equals(d.mode()) ? "virtual" : "ambulatory"))
                .setSubject(patient)
                .setPeriod(new Period().setStartElement(new DateTimeType(d.date().toString())))
                .setLength((Duration) new Duration().setValue(d.durationMinutes()).setUnit("min")
                        .setSystem("http://unitsofmeasure.org").setCode("min"));
        encounter.addIdentifier().setSystem("urn:myomap:session").setValue(s.id + "/v" + s.version);
        encounter.addParticipant().setIndividual(new Reference().setIdentifier(
                new Identifier().setSystem("urn:myomap:clinic:" + s.clinic + ":practitioner").setValue(d.therapist())));
        String encounterUrl = add(bundle, encounter);
        Reference encounterRef = new Reference(encounterUrl);

        add(bundle, pain(patient, encounterRef, date, d.assessment().painBefore(), "before treatment", null, inError));
        for (SessionInput.PainArea area : d.assessment().painAreas()) {
            add(bundle, pain(patient, encounterRef, date, area.pain(), "at " + side(area.side()) + regionName(catalogue, area.region()),
                    bodySite(catalogue, area.region(), area.side()), inError));
        }
        if (d.painAfter() != null) {
            add(bundle, pain(patient, encounterRef, date, d.painAfter(), "after treatment", null, inError));
        }
        for (SessionInput.Treatment t : d.treatments()) {
            String muscle = catalogue.muscle(t.muscle()).map(ContentFile.Muscle::name).orElse(t.muscle());
            String point = t.triggerPoint() == null ? "" : " (" + catalogue.triggerPoint(t.triggerPoint())
                    .map(ContentFile.TriggerPoint::name).orElse(t.triggerPoint()) + ")";
            BodyStructure structure = new BodyStructure().setPatient(patient)
                    .setLocation(new CodeableConcept().setText(muscle + point));
            CodeableConcept laterality = laterality(t.side());
            if (laterality != null) {
                structure.addLocationQualifier(laterality);
            }
            String structureUrl = add(bundle, structure);
            Procedure procedure = new Procedure()
                    .setStatus(inError ? Procedure.ProcedureStatus.ENTEREDINERROR : Procedure.ProcedureStatus.COMPLETED)
                    .setCode(new CodeableConcept(new Coding(TECHNIQUE_SYSTEM, t.technique(), t.technique().replace('-', ' ')))
                            .setText("Trigger point treatment: " + t.technique().replace('-', ' ')))
                    .setSubject(patient)
                    .setEncounter(encounterRef)
                    .setPerformed(new DateTimeType(d.date().toString()));
            procedure.addBodySite(new CodeableConcept().setText(side(t.side()) + muscle + point));
            procedure.addExtension(new Extension(TARGET_BODY_STRUCTURE, new Reference(structureUrl)));
            if (t.patientFeedback() != null) {
                procedure.addNote().setText(t.patientFeedback());
            }
            add(bundle, procedure);
        }
        if (d.homeCare() != null) {
            CarePlan plan = new CarePlan()
                    .setStatus(inError ? CarePlan.CarePlanStatus.ENTEREDINERROR : CarePlan.CarePlanStatus.ACTIVE)
                    .setIntent(CarePlan.CarePlanIntent.PLAN)
                    .setSubject(patient)
                    .setEncounter(encounterRef)
                    .setTitle("Home care after trigger point therapy")
                    .setDescription(d.homeCare().instructions());
            for (String id : d.homeCare().protocols()) {
                String title = catalogue.protocol(id).map(ContentFile.Protocol::title).orElse(id);
                plan.addActivity().getDetail().setStatus(CarePlan.CarePlanActivityStatus.NOTSTARTED)
                        .setDescription(title).addInstantiatesUri("https://myomap.org/api/v1/protocols/" + id);
            }
            add(bundle, plan);
        }
        return bundle;
    }

    private static Observation pain(Reference patient, Reference encounter, Date date, int score, String when,
            CodeableConcept bodySite, boolean inError) {
        Observation o = new Observation()
                .setStatus(inError ? Observation.ObservationStatus.ENTEREDINERROR : Observation.ObservationStatus.FINAL)
                .setCode(new CodeableConcept(new Coding(LOINC, PAIN_CODE, "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
                        .setText("Pain 0-10 " + when))
                .setSubject(patient)
                .setEncounter(encounter)
                .setEffective(new DateTimeType(date))
                .setValue(new IntegerType(score));
        o.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
                "survey", "Survey")));
        if (bodySite != null) {
            o.setBodySite(bodySite);
        }
        return o;
    }

    private static CodeableConcept bodySite(Catalogue catalogue, String regionId, String side) {
        CodeableConcept site = new CodeableConcept().setText(side(side) + regionName(catalogue, regionId));
        catalogue.region(regionId).map(ContentFile.Region::snomed)
                .ifPresent(code -> site.addCoding(new Coding(SNOMED, code, regionName(catalogue, regionId))));
        return site;
    }

    /** SNOMED CT qualifier values: 7771000 |Left|, 24028007 |Right|, 51440002 |Right and left|. */
    private static CodeableConcept laterality(String side) {
        return switch (side) {
            case "left" -> new CodeableConcept(new Coding(SNOMED, "7771000", "Left"));
            case "right" -> new CodeableConcept(new Coding(SNOMED, "24028007", "Right"));
            case "both" -> new CodeableConcept(new Coding(SNOMED, "51440002", "Right and left"));
            default -> null;
        };
    }

    private static String regionName(Catalogue catalogue, String regionId) {
        return catalogue.region(regionId).map(ContentFile.Region::name).orElse(regionId).toLowerCase(java.util.Locale.ROOT);
    }

    private static String side(String side) {
        return switch (side) {
            case "left" -> "left ";
            case "right" -> "right ";
            case "both" -> "both sides, ";
            default -> "";
        };
    }

    /** Entry URLs derive from the session version and position, so the same version always exports the same. */
    private static String add(Bundle bundle, Resource resource) {
        String seed = bundle.getUserData(ENTRY_PREFIX) + "#" + bundle.getEntry().size();
        String url = "urn:uuid:" + UUID.nameUUIDFromBytes(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bundle.addEntry().setFullUrl(url).setResource(resource);
        return url;
    }
}
