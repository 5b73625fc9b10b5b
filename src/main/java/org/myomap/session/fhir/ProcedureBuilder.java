package org.myomap.session.fhir;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.myomap.session.SessionInput;

/** A treated trigger point: the technique, where (body site text, BodyStructure with laterality), who, and how it went. */
final class ProcedureBuilder {

    static final String TECHNIQUE_SYSTEM = "https://myomap.org/fhir/CodeSystem/technique";
    static final String TARGET_BODY_STRUCTURE = "http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure";

    private ProcedureBuilder() {
    }

    static void addAll(BundleEntries entries, ExportedSession s) {
        for (SessionInput.Treatment t : s.document().treatments()) {
            add(entries, s, t, BodyStructureBuilder.add(entries, s, t));
        }
    }

    private static void add(BundleEntries entries, ExportedSession s, SessionInput.Treatment t, Reference structure) {
        Identifier identifier = s.identifiers().numbered("treatment/" + BodyStructureBuilder.key(t));
        String technique = t.technique().replace('-', ' ');
        String place = ExportedSession.side(t.side()) + BodyStructureBuilder.place(s, t);
        Procedure procedure = new Procedure()
                .setStatus(s.enteredInError() ? Procedure.ProcedureStatus.ENTEREDINERROR : Procedure.ProcedureStatus.COMPLETED)
                .setCode(new CodeableConcept(new Coding(TECHNIQUE_SYSTEM, t.technique(), technique))
                        .setText("Trigger point treatment: " + technique))
                .setSubject(s.patient())
                .setEncounter(s.encounter())
                .setPerformed(s.date());
        procedure.addIdentifier(identifier);
        procedure.addPerformer().setActor(s.practitioner());
        procedure.addBodySite(new CodeableConcept().setText(place));
        procedure.addExtension(new Extension(TARGET_BODY_STRUCTURE, structure));
        if (t.patientFeedback() != null) {
            procedure.addNote().setText(t.patientFeedback());
        }
        List<String> details = new ArrayList<>();
        if (t.durationSeconds() != null) {
            details.add(t.durationSeconds() + " s");
        }
        if (t.pressure() != null) {
            details.add(t.pressure() + " pressure");
        }
        if (t.patientFeedback() != null) {
            details.add("Patient feedback: " + t.patientFeedback());
        }
        Narratives.describe(procedure, capitalised(technique) + " of the " + place + " on " + s.document().date() + ".", details);
        entries.createOrUpdate(procedure, identifier);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
