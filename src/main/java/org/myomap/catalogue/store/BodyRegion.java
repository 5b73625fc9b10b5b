package org.myomap.catalogue.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "body_region")
public class BodyRegion extends PanacheEntityBase {

    @Id
    public String id;
    @ManyToOne
    @JoinColumn(name = "parent_id")
    public BodyRegion parent;
    public String name;
    public String view;
    @Column(name = "is_lateral")
    public boolean lateral;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> synonyms;
    public String snomed;
    public String note;
    public int position;
}
