package org.myomap.session;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A session ready to be written, everything about it worked out before the clinic's write lock is taken
 * (the document with its therapist, its JSON, the request's hash). {@link #insertUnlessKeyUsed()} then writes
 * the session, its first version, its change-feed entry and its Idempotency-Key in one statement, one round
 * trip while the lock is held.
 *
 * <p>Hibernate's tenant discriminator cannot stamp a native insert, so the clinic is named here, from the same
 * verified token claim the discriminator reads ({@code Caller.clinic()}).
 */
record NewSession(UUID id, String clinic, SessionInput document, String documentJson, String idempotencyKey,
        String requestHash, OffsetDateTime at, String by) {

    /** What an earlier request with the same Idempotency-Key created. */
    record Earlier(UUID sessionId, String requestHash) {
    }

    // Data-modifying CTEs see one snapshot, taken after the lock (an earlier statement) was granted: a retry
    // that waited for the first request finds its key here and inserts nothing.
    private static final String INSERT = """
            with earlier as (
                select session_id, request_hash from idempotency_record
                where clinic_id = :clinic and idem_key = cast(:key as varchar)
            ), s as (
                insert into therapy_session (id, clinic_id, patient_ref, therapist, session_date, status, version,
                                             pain_before, pain_after, document, created_at, created_by, updated_at, updated_by)
                select :id, :clinic, :patientRef, :therapist, :date, 'recorded', 1,
                       :painBefore, :painAfter, cast(:document as jsonb), :at, :by, :at, :by
                where not exists (select 1 from earlier)
                returning id, document
            ), v as (
                insert into therapy_session_version (session_id, version, clinic_id, status, document, recorded_at, recorded_by)
                select id, 1, :clinic, 'recorded', document, :at, :by from s
            ), c as (
                insert into session_change (seq, clinic_id, session_id, version, kind, changed_at)
                select nextval('session_change_seq'), :clinic, id, 1, 'created', :at from s
            ), k as (
                insert into idempotency_record (id, clinic_id, idem_key, request_hash, session_id, created_at)
                select nextval('idempotency_record_seq'), :clinic, cast(:key as varchar), :hash, id, :at from s
                where cast(:key as varchar) is not null
            )
            select session_id, request_hash from earlier""";

    /** Writes the session unless its Idempotency-Key was used before; then answers what that earlier use made. */
    Optional<Earlier> insertUnlessKeyUsed() {
        @SuppressWarnings("unchecked")
        List<Object[]> earlier = Panache.getEntityManager().createNativeQuery(INSERT)
                .setParameter("clinic", clinic)
                .setParameter("key", idempotencyKey)
                .setParameter("id", id)
                .setParameter("patientRef", document.patientRef())
                .setParameter("therapist", document.therapist())
                .setParameter("date", document.date())
                .setParameter("painBefore", document.assessment().painBefore())
                .setParameter("painAfter", document.painAfter())
                .setParameter("document", documentJson)
                .setParameter("at", at)
                .setParameter("by", by)
                .setParameter("hash", requestHash)
                .getResultList();
        return earlier.stream().findFirst().map(row -> new Earlier((UUID) row[0], (String) row[1]));
    }

    SessionView view() {
        return SessionView.of(id, 1, TherapySession.RECORDED, null, document, at, by);
    }
}
