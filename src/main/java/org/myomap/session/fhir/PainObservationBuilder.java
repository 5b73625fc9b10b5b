package org.myomap.session.fhir;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.myomap.catalogue.content.ContentFile;
import org.myomap.session.SessionInput;

/**
 * A pain score as LOINC 72514-3 (pain severity, 0-10 verbal numeric rating): before treatment, per pain area
 * with its body site (SNOMED CT where the catalogue region carries a code), and after treatment.
 */
final class PainObservationBuilder {

    static final String LOINC = "http://loinc.org";
    static final String PAIN_CODE = "72514-3";
    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    private PainObservationBuilder() {
    }

    static void addAll(BundleEntries entries, ExportedSession s) {
        SessionInput d = s.document();
        add(entries, s, s.identifiers().item("pain-before"), d.assessment().painBefore(), "before treatment", null);
        for (SessionInput.PainArea area : d.assessment().painAreas()) {
            add(entries, s, s.identifiers().numbered("pain/" + area.region() + "/" + area.side()), area.pain(),
                    "at " + ExportedSession.side(area.side()) + s.regionName(area.region()), bodySite(s, area));
        }
        if (d.painAfter() != null) {
            add(entries, s, s.identifiers().item("pain-after"), d.painAfter(), "after treatment", null);
        }
    }

    private static void add(BundleEntries entries, ExportedSession s, Identifier identifier, int score, String when,
            CodeableConcept bodySite) {
        Observation o = new Observation()
                .setStatus(s.enteredInError() ? Observation.ObservationStatus.ENTEREDINERROR : Observation.ObservationStatus.FINAL)
                .setCode(new CodeableConcept(new Coding(LOINC, PAIN_CODE, "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
                        .setText("Pain 0-10 " + when))
                .setSubject(s.patient())
                .setEncounter(s.encounter())
                .setEffective(s.date())
                .setValue(new IntegerType(score));
        o.addIdentifier(identifier);
        o.addPerformer(s.practitioner());
        o.addCategory(new CodeableConcept(new Coding(CATEGORY, "survey", "Survey")));
        if (bodySite != null) {
            o.setBodySite(bodySite);
        }
        Narratives.describe(o, "Pain " + score + "/10 " + when + ", reported on " + s.document().date() + ".");
        entries.createOrUpdate(o, identifier);
    }

    private static CodeableConcept bodySite(ExportedSession s, SessionInput.PainArea area) {
        String name = s.regionName(area.region());
        CodeableConcept site = new CodeableConcept().setText(ExportedSession.side(area.side()) + name);
        s.catalogue().region(area.region()).map(ContentFile.Region::snomed)
                .ifPresent(code -> site.addCoding(new Coding(ExportedSession.SNOMED, code, name)));
        return site;
    }
}
