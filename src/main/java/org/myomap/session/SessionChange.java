package org.myomap.session;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.myomap.common.tenancy.ClinicOwned;

/**
 * One entry of the change feed. The number is drawn one at a time (allocation size 1) while the clinic's
 * write lock is held, so within a clinic numbers follow commit order.
 */
@Entity
@Immutable
@Table(name = "session_change")
public class SessionChange extends ClinicOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_change_seq")
    @SequenceGenerator(name = "session_change_seq", sequenceName = "session_change_seq", allocationSize = 1)
    public Long seq;
    public UUID sessionId;
    public int version;
    public String kind;
    public OffsetDateTime changedAt;
}
