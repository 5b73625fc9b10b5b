package org.myomap.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.annotation.PostConstruct;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.myomap.common.audit.AuditEntry;

/**
 * The two accesses of the session log that are made most often, a read by id and a new session, each sent as
 * one round trip that carries its own audit row. They run outside JTA on a connection in autocommit, so what
 * one round trip sends is one transaction: the access and its audit row commit together or not at all, and
 * the commit is the database's ordinary durable one.
 *
 * <p>Hibernate's tenant discriminator does not see these statements: each names the caller's clinic itself,
 * from the same verified token claim the discriminator reads ({@code Caller.clinic()}), and
 * {@code ClinicIsolationTest} proves that nothing of another clinic is reached.
 */
@ApplicationScoped
class SessionStore {

    // One audit row per answered access; not written when the access finds nothing (the refusal is recorded apart).
    private static final String READ = """
            with s as (
                select id, version, status, entered_in_error_reason, updated_at, updated_by, document
                from therapy_session
                where id = ? and clinic_id = ? and patient_ref = coalesce(cast(? as varchar), patient_ref)
            ), audit as (
                insert into audit_record (id, clinic_id, actor, roles, action, resource_type, resource_id, outcome, at)
                select nextval('audit_record_seq'), ?, ?, ?, ?, ?, ?, ?, ? from s
            )
            select id, version, status, entered_in_error_reason, updated_at, updated_by, cast(document as text) from s""";

    // Two statements in one round trip and one transaction (autocommit ends it at the round trip's end). The
    // second takes its snapshot after the first was granted the clinic's lock, so a retry that waited for an
    // earlier request with the same key finds that key and inserts nothing. Writes from another replica queue
    // on the same lock.
    private static final String CREATE = """
            select pg_advisory_xact_lock(hashtext(?));
            with p as (
                select cast(? as uuid) as id, cast(? as varchar) as clinic, cast(? as varchar) as idem_key,
                       cast(? as varchar) as request_hash, cast(? as varchar) as patient_ref, cast(? as varchar) as therapist,
                       cast(? as date) as session_date, cast(? as integer) as pain_before, cast(? as integer) as pain_after,
                       cast(? as jsonb) as document, cast(? as timestamptz) as recorded_at, cast(? as varchar) as recorded_by
            ), earlier as (
                select r.session_id, r.request_hash from idempotency_record r, p
                where r.clinic_id = p.clinic and r.idem_key = p.idem_key
            ), s as (
                insert into therapy_session (id, clinic_id, patient_ref, therapist, session_date, status, version,
                                             pain_before, pain_after, document, created_at, created_by, updated_at, updated_by)
                select id, clinic, patient_ref, therapist, session_date, 'recorded', 1,
                       pain_before, pain_after, document, recorded_at, recorded_by, recorded_at, recorded_by from p
                where not exists (select 1 from earlier)
                returning id, clinic_id, document, created_at, created_by
            ), v as (
                insert into therapy_session_version (session_id, version, clinic_id, status, document, recorded_at, recorded_by)
                select id, 1, clinic_id, 'recorded', document, created_at, created_by from s
            ), c as (
                insert into session_change (seq, clinic_id, session_id, version, kind, changed_at)
                select nextval('session_change_seq'), clinic_id, id, 1, 'created', created_at from s
            ), k as (
                insert into idempotency_record (id, clinic_id, idem_key, request_hash, session_id, created_at)
                select nextval('idempotency_record_seq'), s.clinic_id, p.idem_key, p.request_hash, s.id, s.created_at from s, p
                where p.idem_key is not null
            ), audit as (
                -- the new session, or a retry answered with the original; a key reused for another request is
                -- refused, and that refusal is recorded apart
                insert into audit_record (id, clinic_id, actor, roles, action, resource_type, resource_id, outcome, at)
                select nextval('audit_record_seq'), ?, ?, ?, ?, ?, coalesce((select cast(session_id as varchar) from earlier), ?), ?, ?
                where not exists (select 1 from earlier, p where earlier.request_hash <> p.request_hash)
            )
            select e.session_id, e.request_hash, v1.status, v1.entered_in_error_reason, v1.recorded_at, v1.recorded_by,
                   cast(v1.document as text)
            from earlier e join therapy_session_version v1 on v1.session_id = e.session_id and v1.version = 1""";

    @Inject
    AgroalDataSource database;
    @Inject
    ObjectMapper json;
    /** Made once: {@code readValue(text, SessionInput.class)} resolved the type again for every read. */
    private ObjectReader documents;

    @PostConstruct
    void prepareReader() {
        documents = json.readerFor(SessionInput.class);
    }

    /** The session of the clinic (for a patient: only their own), read with its audit row, or empty. */
    Optional<SessionView> readAudited(UUID id, String clinic, String onlyPatientOrNull, AuditEntry audit) {
        try (Connection connection = database.getConnection(); PreparedStatement read = connection.prepareStatement(READ)) {
            read.setObject(1, id);
            read.setString(2, clinic);
            read.setString(3, onlyPatientOrNull);
            bindAudit(read, 4, audit);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? Optional.of(stored(row, (UUID) row.getObject(1), row.getInt(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading a session failed", e);
        }
    }

    /** What an earlier request with the same Idempotency-Key created, as it was first recorded. */
    record Earlier(String requestHash, SessionView original) {
    }

    /**
     * Writes the session with its first version, change-feed entry, key and audit row, unless its Idempotency-Key
     * was used before: then answers what that earlier use created (audited when the request is the same; when it
     * is another, nothing is written and the refusal is the caller's to record).
     */
    Optional<Earlier> createAudited(NewSession session, AuditEntry audit) {
        try (Connection connection = database.getConnection(); PreparedStatement create = connection.prepareStatement(CREATE)) {
            int i = 1;
            create.setString(i++, ClinicWriteLocks.lockName(session.clinic()));
            create.setObject(i++, session.id());
            create.setString(i++, session.clinic());
            create.setString(i++, session.idempotencyKey());
            create.setString(i++, session.requestHash());
            create.setString(i++, session.document().patientRef());
            create.setString(i++, session.document().therapist());
            create.setObject(i++, session.document().date());
            create.setInt(i++, session.document().assessment().painBefore());
            create.setObject(i++, session.document().painAfter(), Types.INTEGER);
            create.setString(i++, session.documentJson());
            create.setObject(i++, session.at());
            create.setString(i++, session.by());
            bindAudit(create, i, audit);
            create.execute(); // the lock
            if (!create.getMoreResults()) {
                throw new IllegalStateException("The insert answered no rows");
            }
            try (ResultSet row = create.getResultSet()) {
                return row.next() ? Optional.of(new Earlier(row.getString(2), stored(row, (UUID) row.getObject(1), 1)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Recording a session failed", e);
        }
    }

    /** The audit row's columns after its id (clinic, actor, roles, action, type, resource id, outcome, time): 8 values. */
    private static void bindAudit(PreparedStatement statement, int first, AuditEntry audit) throws SQLException {
        statement.setString(first, audit.clinic());
        statement.setString(first + 1, audit.actor());
        statement.setString(first + 2, audit.roles());
        statement.setString(first + 3, audit.action());
        statement.setString(first + 4, audit.resourceType());
        statement.setString(first + 5, audit.resourceId());
        statement.setString(first + 6, audit.outcome());
        statement.setObject(first + 7, OffsetDateTime.now());
    }

    /**
     * Columns 3 to 7: status, reason, recorded at and by, the document. The document is read with the API's own
     * JSON rules: rows written through Hibernate hold the date as [year, month, day], which the API writes as text.
     */
    private SessionView stored(ResultSet row, UUID id, int version) throws SQLException {
        try {
            return SessionView.of(id, version, row.getString(3), row.getString(4), documents.readValue(row.getString(7)),
                    row.getObject(5, OffsetDateTime.class), row.getString(6));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored session document could not be read", e);
        }
    }
}
