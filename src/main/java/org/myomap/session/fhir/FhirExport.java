package org.myomap.session.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;
import org.myomap.catalogue.Catalogue;
import org.myomap.session.SessionInput;
import org.myomap.session.TherapySession;

/**
 * Sessions as an HL7 FHIR R4 Bundle, one session or a page of a patient's sessions. Per session: the Encounter,
 * an Observation per pain score, a Procedure per treated trigger point with its BodyStructure, and a CarePlan
 * for home care; the Patient and Practitioner once per Bundle, known by the clinic's identifiers only. Every
 * entry's fullUrl derives from its business identifier, so the same session always exports the same URLs. A
 * transaction also deletes what a correction removed, so the server ends up holding what the session now says.
 */
public final class FhirExport {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    private FhirExport() {
    }

    /**
     * One session; the Bundle's id is the session's.
     *
     * @param earlier the documents of the session's earlier versions: in a transaction, what a correction removed
     *                is deleted from the server (conditional DELETE by its identifier)
     */
    public static Bundle session(TherapySession session, List<SessionInput> earlier, Catalogue catalogue, BundleKind kind) {
        Bundle bundle = of(List.of(session), Map.of(session.id, earlier), catalogue, kind);
        bundle.setId(session.id.toString());
        return bundle;
    }

    /**
     * A page of one patient's sessions, with a {@code next} link to the following page when there is one.
     *
     * @param earlier the documents of each session's earlier versions, as for {@link #session}
     * @param next the URL of the next page, or null on the last
     */
    public static Bundle sessions(List<TherapySession> sessions, Map<UUID, List<SessionInput>> earlier, Catalogue catalogue,
            BundleKind kind, String self, String next) {
        Bundle bundle = of(sessions, earlier, catalogue, kind);
        bundle.addLink().setRelation("self").setUrl(self);
        if (next != null) {
            bundle.addLink().setRelation("next").setUrl(next);
        }
        return bundle;
    }

    /** The relative URL of a page of a patient's export; patient references and cursors need no escaping. */
    public static String patientPageUrl(String patientRef, BundleKind kind, int limit, String cursor) {
        return "/api/v1/patients/" + patientRef + "/fhir?" + BundleKind.PARAMETER + "=" + kind.parameterValue()
                + "&limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor);
    }

    private static Bundle of(List<TherapySession> sessions, Map<UUID, List<SessionInput>> earlier, Catalogue catalogue,
            BundleKind kind) {
        Bundle bundle = new Bundle().setType(kind.type());
        sessions.stream().map(s -> s.updatedAt).max(Comparator.naturalOrder())
                .ifPresent(latest -> bundle.setTimestamp(Date.from(latest.toInstant())));
        BundleEntries entries = new BundleEntries(bundle);
        for (TherapySession session : sessions) {
            add(entries, session, session.document, catalogue);
        }
        if (kind == BundleKind.TRANSACTION) {
            for (TherapySession session : sessions) {
                for (Bundle.BundleEntryComponent withdrawn : withdrawn(session, earlier.getOrDefault(session.id, List.of()), catalogue)) {
                    entries.delete(withdrawn.getFullUrl(), withdrawn.getRequest().getUrl());
                }
            }
        }
        return bundle;
    }

    /**
     * What earlier versions exported and the current one no longer does (a treatment or pain area corrected away):
     * the earlier documents are built as a transaction would load them and their conditional updates kept.
     */
    private static List<Bundle.BundleEntryComponent> withdrawn(TherapySession session, List<SessionInput> earlier, Catalogue catalogue) {
        Bundle past = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        BundleEntries pastEntries = new BundleEntries(past);
        earlier.forEach(document -> add(pastEntries, session, document, catalogue));
        return past.getEntry().stream().filter(e -> e.getRequest().getMethod() == Bundle.HTTPVerb.PUT).toList();
    }

    private static void add(BundleEntries entries, TherapySession session, SessionInput document, Catalogue catalogue) {
        Reference patient = PatientBuilder.add(entries, session.clinic, session.patientRef);
        Reference practitioner = PractitionerBuilder.add(entries, session.clinic, document.therapist());
        ExportedSession s = new ExportedSession(session, document, catalogue, new BusinessIdentifiers(session.id), patient,
                practitioner, null);
        s = s.withEncounter(EncounterBuilder.add(entries, s));
        PainObservationBuilder.addAll(entries, s);
        ProcedureBuilder.addAll(entries, s);
        CarePlanBuilder.add(entries, s);
    }
}
