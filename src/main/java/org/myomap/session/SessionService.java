package org.myomap.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.myomap.catalogue.CatalogueService;
import org.myomap.common.audit.AuditTrail;
import org.myomap.common.http.EntityTagCondition;
import org.myomap.common.paging.Page;
import org.myomap.common.problem.ApiException;
import org.myomap.common.problem.ProblemType;
import org.myomap.common.security.Caller;
import org.myomap.session.fhir.BundleKind;
import org.myomap.session.fhir.FhirExport;
import org.myomap.session.fhir.FhirFormat;

/**
 * Records, corrects and reads therapy sessions. Tenancy is not handled here: Hibernate's tenant
 * discriminator scopes every query to the caller's clinic, and {@link SessionStore}'s statements name it. What is handled here: patients see only their own
 * sessions, writes of a clinic are serialised (idempotency and change-feed order depend on it), every access
 * is audited, and no version is ever overwritten.
 */
@ApplicationScoped
public class SessionService {

    static final String SESSION = "session";

    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;
    @Inject
    CatalogueService catalogue;
    @Inject
    ObjectMapper json;
    @Inject
    ClinicWriteLocks writeLocks;
    @Inject
    SessionStore store;

    /** The created (or, for a retry, the originally created) session and whether this call was a retry. */
    public record Created(SessionView session, boolean replayed) {
    }

    public Created create(SessionInput input, String idempotencyKey) {
        // Everything that needs no lock is done before the clinic's writers queue: the therapist, every catalogue
        // reference, the hash and the JSON. Under the lock: one round trip that takes the clinic's lock in the
        // database and writes the session and its audit row (or finds the key's earlier use), and commits.
        NewSession session = refusalAudited("create", SESSION, null, () -> {
            SessionInput document = withTherapist(input);
            document.start();
            SessionReferences.check(document, catalogue.catalogue());
            OffsetDateTime now = storedNow();
            return new NewSession(UUID.randomUUID(), caller.clinic(), document, json(document), idempotencyKey,
                    idempotencyKey == null ? null : hash(input), now, caller.subject());
        });
        return writeLocks.holding(session.clinic(), () -> refusalAudited("create", SESSION, null, () -> {
            Created created = store.createAudited(session, audit.success("create", SESSION, session.id().toString()))
                    .map(earlier -> replay(earlier, session.requestHash()))
                    .orElseGet(() -> new Created(session.view(), false));
            audit.recorded();
            return created;
        }));
    }

    private static Created replay(SessionStore.Earlier earlier, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new session");
        }
        return new Created(earlier.original(), true);
    }

    /** One round trip: the session (another clinic's, or another patient's for a patient, is not found) and its audit row. */
    public SessionView get(UUID id) {
        return refusalAudited("read", SESSION, id.toString(), () -> {
            SessionView session = store.readAudited(id, caller.clinic(), onlyPatient(), audit.success("read", SESSION, id.toString()))
                    .orElseThrow(() -> ApiException.notFound(SESSION, id.toString()));
            audit.recorded();
            return session;
        });
    }

    public SessionView correct(UUID id, String ifMatch, SessionInput input) {
        SessionInput document = refusalAudited("correct", SESSION, id.toString(), () -> {
            SessionInput checked = withTherapist(input);
            checked.start();
            SessionReferences.check(checked, catalogue.catalogue());
            return checked;
        });
        return written("correct", SESSION, id.toString(), () -> {
            TherapySession session = load(id);
            requireVersion(session, ifMatch);
            requireRecorded(session);
            session.describe(document);
            return bump(session, "corrected");
        });
    }

    public SessionView markEnteredInError(UUID id, String reason) {
        return written("enter-in-error", SESSION, id.toString(), () -> {
            TherapySession session = load(id);
            requireRecorded(session);
            session.status = TherapySession.ENTERED_IN_ERROR;
            session.enteredInErrorReason = reason;
            return bump(session, "entered-in-error");
        });
    }

    public List<SessionView> history(UUID id) {
        return audited("read-history", SESSION, id.toString(), () -> {
            load(id);
            return SessionVersion.<SessionVersion>list("key.sessionId = ?1 order by key.version", id).stream()
                    .map(SessionView::of).toList();
        });
    }

    public String fhir(UUID id, BundleKind kind, FhirFormat format) {
        return audited("export-fhir", SESSION, id.toString(), () -> {
            TherapySession session = load(id);
            List<SessionInput> earlier = earlierDocuments(List.of(session), kind).getOrDefault(id, List.of());
            return format.write(FhirExport.session(session, earlier, catalogue.catalogue(), kind));
        });
    }

    /** A page of the patient's sessions in this clinic, oldest first, as one Bundle linking to the next page. */
    public String patientFhir(String patientRef, BundleKind kind, FhirFormat format, String cursor, int limit) {
        return audited("export-fhir", "patient", patientRef, () -> {
            requireOwnRecords(patientRef);
            if (limit < 1 || limit > 100) {
                throw ApiException.invalidParameter("limit", "must be between 1 and 100");
            }
            SessionRows rows = sessionPage(new StringBuilder("patientRef = :patient"), Parameters.with("patient", patientRef),
                    cursor, limit);
            if (rows.page().isEmpty() && cursor == null) {
                throw new ApiException(ProblemType.NOT_FOUND, "No sessions recorded for this patient");
            }
            return format.write(FhirExport.sessions(rows.page(), earlierDocuments(rows.page(), kind), catalogue.catalogue(), kind,
                    FhirExport.patientPageUrl(patientRef, kind, limit, cursor),
                    rows.next() == null ? null : FhirExport.patientPageUrl(patientRef, kind, limit, rows.next())));
        });
    }

    public Page<SessionView> list(String patient, String therapist, LocalDate from, LocalDate to,
            String cursor, int limit) {
        return audited("list", SESSION, null, () -> {
            if (limit < 1 || limit > 100) {
                throw ApiException.invalidParameter("limit", "must be between 1 and 100");
            }
            StringBuilder where = new StringBuilder("1 = 1");
            Parameters params = new Parameters();
            String onlyPatient = onlyPatient();
            String patientFilter = onlyPatient != null ? onlyPatient : patient;
            if (patientFilter != null) {
                where.append(" and patientRef = :patient");
                params.and("patient", patientFilter);
            }
            if (therapist != null) {
                where.append(" and therapist = :therapist");
                params.and("therapist", therapist);
            }
            if (from != null) {
                where.append(" and sessionDate >= :from");
                params.and("from", from);
            }
            if (to != null) {
                where.append(" and sessionDate <= :to");
                params.and("to", to);
            }
            SessionRows rows = sessionPage(where, params, cursor, limit);
            return new Page<>(rows.page().stream().map(SessionView::of).toList(), rows.next());
        });
    }

    /** A page of sessions by (date, id) and the cursor of the next page (null on the last). */
    private record SessionRows(List<TherapySession> page, String next) {
    }

    private static SessionRows sessionPage(StringBuilder where, Parameters params, String cursor, int limit) {
        if (cursor != null) {
            // A row comparison, not "date > d or (date = d and id > i)": PostgreSQL starts an index scan of
            // (clinic_id, [patient_ref | therapist,] session_date, id) right at the cursor, so page 500 costs
            // what page 1 does.
            Cursors.SessionPosition after = Cursors.decodeSession(cursor);
            where.append(" and (sessionDate, id) > (:afterDate, :afterId)");
            params.and("afterDate", after.date()).and("afterId", after.id());
        }
        // one row more than asked tells whether another page follows
        // a limit and no offset: the cursor alone says where the page starts
        var query = Panache.getEntityManager().createQuery(
                "from TherapySession where " + where + " order by sessionDate, id", TherapySession.class);
        params.map().forEach(query::setParameter);
        List<TherapySession> rows = query.setMaxResults(limit + 1).getResultList();
        List<TherapySession> page = rows.subList(0, Math.min(limit, rows.size()));
        TherapySession last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new SessionRows(page, rows.size() > limit ? Cursors.encodeSession(last.sessionDate, last.id) : null);
    }

    public Page<SessionView.Change> changes(String after, int limit) {
        return audited("read-changes", SESSION, null, () -> {
            if (limit < 1 || limit > 500) {
                throw ApiException.invalidParameter("limit", "must be between 1 and 500");
            }
            long from = after == null ? 0 : Cursors.decodeChange(after);
            // each change with the version it made, in one query (not one more per change)
            List<Object[]> rows = Panache.getEntityManager().createQuery("""
                            select c, v from SessionChange c
                            join SessionVersion v on v.key.sessionId = c.sessionId and v.key.version = c.version
                            where c.seq > :from order by c.seq""", Object[].class)
                    .setParameter("from", from).setMaxResults(limit).getResultList();
            List<SessionView.Change> items = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                SessionChange c = (SessionChange) row[0];
                items.add(new SessionView.Change(c.seq, c.sessionId, c.version, c.kind, c.changedAt, SessionView.of((SessionVersion) row[1])));
            }
            long last = items.isEmpty() ? from : items.get(items.size() - 1).sequence();
            return new Page<>(items, Cursors.encodeChange(last));
        });
    }

    public Progress progress(String patientRef) {
        return audited("read-progress", "patient", patientRef, () -> {
            requireOwnRecords(patientRef);
            List<TherapySession> sessions = TherapySession.list("patientRef = ?1 and status = ?2 order by sessionDate, id",
                    patientRef, TherapySession.RECORDED);
            if (sessions.isEmpty()) {
                throw new ApiException(ProblemType.NOT_FOUND, "No sessions recorded for this patient");
            }
            return Progress.of(patientRef, sessions.stream().map(s -> new Progress.Point(s.id, s.sessionDate, s.painBefore,
                    s.painAfter, s.painAfter == null ? null : s.painBefore - s.painAfter)).toList());
        });
    }

    /** The documents of every version of the corrected sessions: a transaction deletes what the current one lost. */
    private static Map<UUID, List<SessionInput>> earlierDocuments(List<TherapySession> sessions, BundleKind kind) {
        List<TherapySession> corrected = sessions.stream().filter(s -> s.version > 1).toList();
        if (kind != BundleKind.TRANSACTION || corrected.isEmpty()) {
            return Map.of();
        }
        return SessionVersion.<SessionVersion>list("key.sessionId in ?1 order by key.version",
                        corrected.stream().map(s -> s.id).toList()).stream()
                .collect(Collectors.groupingBy(v -> v.key.sessionId(), Collectors.mapping(v -> v.document, Collectors.toList())));
    }

    /** A patient reaches only their own records; another patient's are answered as if there were none. */
    private void requireOwnRecords(String patientRef) {
        String patient = onlyPatient();
        if (patient != null && !patient.equals(patientRef)) {
            throw new ApiException(ProblemType.NOT_FOUND, "No sessions recorded for this patient");
        }
    }

    /** Another clinic's session, or another patient's for a patient, is answered exactly as a missing one. */
    private TherapySession load(UUID id) {
        TherapySession session = TherapySession.<TherapySession>find("id", id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound(SESSION, id.toString()));
        String patient = onlyPatient();
        if (patient != null && !session.patientRef.equals(patient)) {
            throw ApiException.notFound(SESSION, id.toString());
        }
        return session;
    }

    /** For a patient (who is not also a clinician), the only patient whose records they reach; null for staff. */
    private String onlyPatient() {
        return caller.is(Caller.PATIENT) && !caller.is(Caller.CLINICIAN) ? caller.patientRef() : null;
    }

    private SessionView bump(TherapySession session, String kind) {
        session.version++;
        session.updatedAt = storedNow();
        session.updatedBy = caller.subject();
        SessionVersion.of(session).persist();
        change(session, kind);
        return SessionView.of(session);
    }

    /**
     * PostgreSQL keeps timestamps to the microsecond: a write answers with the time a later read of the same
     * version will show, not a finer one that only this answer would carry.
     */
    private static OffsetDateTime storedNow() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    private static void change(TherapySession session, String kind) {
        SessionChange change = new SessionChange();
        change.sessionId = session.id;
        change.version = session.version;
        change.kind = kind;
        change.changedAt = session.updatedAt;
        change.persist();
    }

    private static void requireVersion(TherapySession session, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you are correcting (current: " + etag(session.version) + ")");
        }
        if (!EntityTagCondition.ifMatch(ifMatch).matches(etag(session.version))) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "The session is at version " + session.version
                    + " (ETag " + etag(session.version) + "); read it again and re-apply your correction");
        }
    }

    private static void requireRecorded(TherapySession session) {
        if (TherapySession.ENTERED_IN_ERROR.equals(session.status)) {
            throw new ApiException(ProblemType.CONFLICT, "The session was marked entered-in-error and can no longer change");
        }
    }

    /** A clinician records as themself unless naming another therapist; a partner system must name one. */
    private SessionInput withTherapist(SessionInput input) {
        if (input.therapist() != null) {
            return input;
        }
        if (caller.is(Caller.INTEGRATION) && !caller.is(Caller.CLINICIAN)) {
            throw ApiException.invalidField("therapist", "is required when a partner system records a session");
        }
        return input.withTherapist(caller.subject());
    }

    /**
     * Serialises the writes of one clinic (released at commit). Retries with one Idempotency-Key then see each
     * other's work, and change numbers are drawn in commit order.
     */
    private void lockClinic() {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext(:lock))")
                .setParameter("lock", ClinicWriteLocks.lockName(caller.clinic())).getSingleResult();
    }

    /** A write: queued per clinic in this process, then serialised per clinic in the database (see lockClinic). */
    private <T> T written(String action, String type, String id, Supplier<T> work) {
        return writeLocks.holding(caller.clinic(), () -> audited(action, type, id, () -> {
            lockClinic();
            return work.get();
        }));
    }

    /**
     * Runs one access in a transaction of its own with its audit record. When the access is refused, that
     * transaction has rolled back and returned its connection before the refusal is recorded in another: a
     * request holds at most one connection at any moment.
     */
    private <T> T audited(String action, String type, String id, Supplier<T> work) {
        return refusalAudited(action, type, id, () -> QuarkusTransaction.requiringNew().call(() -> {
            T result = work.get();
            audit.record(action, type, id);
            return result;
        }));
    }

    /** Runs work that may refuse the access; a refusal is recorded (in a transaction of its own) and rethrown. */
    private <T> T refusalAudited(String action, String type, String id, Supplier<T> work) {
        try {
            return work.get();
        } catch (ApiException e) {
            audit.recordFailure(action, type, id, e.type().slug());
            throw e;
        }
    }

    static String etag(int version) {
        return "\"v" + version + "\"";
    }

    private String hash(SessionInput input) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(input)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String json(SessionInput document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
