package org.myomap.session.fhir;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.myomap.session.SessionInput;

/** The visit: class AMB in the office, VR for a video visit, with the therapist as primary performer. */
final class EncounterBuilder {

    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    /** FHIR dateTime wants seconds when it has a time ("14:30+01:00" is refused); OffsetDateTime.toString drops zero ones. */
    private static final DateTimeFormatter FHIR_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    private EncounterBuilder() {
    }

    static Reference add(BundleEntries entries, ExportedSession s) {
        SessionInput d = s.document();
        Optional<OffsetDateTime> start = d.start();
        boolean video = "telehealth".equals(d.mode());
        Encounter encounter = new Encounter()
                .setStatus(s.enteredInError() ? Encounter.EncounterStatus.ENTEREDINERROR : Encounter.EncounterStatus.FINISHED)
                .setClass_(new Coding(ACT_CODE, video ? "VR" : "AMB", video ? "virtual" : "ambulatory"))
                .setSubject(s.patient())
                .setPeriod(period(s, start))
                .setLength((Duration) new Duration().setValue(d.durationMinutes()).setUnit("min")
                        .setSystem("http://unitsofmeasure.org").setCode("min"));
        encounter.addIdentifier(s.identifiers().session());
        encounter.addParticipant().setIndividual(s.practitioner())
                .addType(new CodeableConcept(new Coding(PARTICIPATION_TYPE, "PPRF", "primary performer")));
        String status = s.enteredInError()
                ? " Entered in error: " + s.session().enteredInErrorReason + "." : "";
        Narratives.describe(encounter, "Trigger point therapy on " + d.date()
                + start.map(at -> " from " + at.toLocalTime() + " (UTC" + at.getOffset() + ")").orElse("")
                + ", " + (video ? "video visit" : "in the office")
                + ", " + d.durationMinutes() + " min, with practitioner " + d.therapist() + " (session " + s.session().id
                + ", version " + s.session().version + ")." + status);
        return entries.createOrUpdate(encounter, s.identifiers().session());
    }

    /** The day only, unless the start time was recorded: then start and end in the clinic's own offset. */
    private static Period period(ExportedSession s, Optional<OffsetDateTime> start) {
        int minutes = s.document().durationMinutes();
        return start
                .map(at -> new Period()
                        .setStartElement(new DateTimeType(FHIR_DATE_TIME.format(at)))
                        .setEndElement(new DateTimeType(FHIR_DATE_TIME.format(at.plusMinutes(minutes)))))
                .orElseGet(() -> new Period().setStartElement(s.date()));
    }
}
