package org.myomap.catalogue.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A catalogue version that was loaded into the database; exactly one is current. */
@Entity
@Table(name = "catalogue_release")
public class CatalogueRelease extends PanacheEntityBase {

    @Id
    public String version;
    public OffsetDateTime loadedAt;
    public int muscleCount;
    public int triggerPointCount;
    public boolean current;

    public static Optional<CatalogueRelease> findCurrent() {
        return find("current", true).firstResultOptional();
    }
}
