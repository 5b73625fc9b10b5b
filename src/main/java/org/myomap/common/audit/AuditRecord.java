package org.myomap.common.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import org.myomap.common.tenancy.ClinicOwned;

/** Who did what to which session data, when, and how it ended. Appended, never updated or deleted. */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord extends ClinicOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    public Long id;
    public String actor;
    public String roles;
    public String action;
    public String resourceType;
    public String resourceId;
    public String outcome;
    public OffsetDateTime at;
}
