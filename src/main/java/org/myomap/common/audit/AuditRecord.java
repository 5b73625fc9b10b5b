package org.myomap.common.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import org.myomap.common.tenancy.ClinicOwned;

/**
 * Who did what to which session data, when, and how it ended. Appended, never updated or deleted; rows are
 * written by {@link AuditTrail} with one SQL insert (the sequence is drawn there), and read through this entity.
 */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord extends ClinicOwned {

    @Id
    public Long id;
    public String actor;
    public String roles;
    public String action;
    public String resourceType;
    public String resourceId;
    public String outcome;
    public OffsetDateTime at;
}
