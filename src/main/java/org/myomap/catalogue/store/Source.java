package org.myomap.catalogue.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Source extends PanacheEntityBase {

    @Id
    public String id;
    public String citation;
}
