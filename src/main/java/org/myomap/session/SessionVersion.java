package org.myomap.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.myomap.common.tenancy.ClinicOwned;

/** One version of a session as it was recorded; never changed afterwards. */
@Entity
@Immutable
@Table(name = "therapy_session_version")
public class SessionVersion extends ClinicOwned {

    @Embeddable
    public record Key(@Column(name = "session_id") UUID sessionId, int version) implements Serializable {
    }

    @EmbeddedId
    public Key key;
    public String status;
    public String enteredInErrorReason;
    @JdbcTypeCode(SqlTypes.JSON)
    public SessionInput document;
    public OffsetDateTime recordedAt;
    public String recordedBy;

    static SessionVersion of(TherapySession session) {
        SessionVersion v = new SessionVersion();
        v.key = new Key(session.id, session.version);
        v.status = session.status;
        v.enteredInErrorReason = session.enteredInErrorReason;
        v.document = session.document;
        v.recordedAt = session.updatedAt;
        v.recordedBy = session.updatedBy;
        return v;
    }
}
