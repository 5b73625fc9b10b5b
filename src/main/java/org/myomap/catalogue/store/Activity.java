package org.myomap.catalogue.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Activity extends PanacheEntityBase {

    @Id
    public String id;
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> synonyms;
}
