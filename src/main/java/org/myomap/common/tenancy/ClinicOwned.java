package org.myomap.common.tenancy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.TenantId;

/**
 * An entity that belongs to one clinic. Hibernate fills {@code clinic} from {@link ClinicTenantResolver} on
 * insert and restricts every query to it, so clinic data is only ever reached through the caller's clinic.
 */
@MappedSuperclass
public abstract class ClinicOwned extends PanacheEntityBase {

    @TenantId
    @Column(name = "clinic_id")
    public String clinic;
}
