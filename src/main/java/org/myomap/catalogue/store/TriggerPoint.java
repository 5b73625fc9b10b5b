package org.myomap.catalogue.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "trigger_point")
public class TriggerPoint extends PanacheEntityBase {

    @Id
    public String id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "muscle_id")
    public Muscle muscle;
    public String name;
    public String location;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> symptoms;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> aggravatedBy;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> perpetuatingFactors;
    @ManyToOne(optional = false)
    @JoinColumn(name = "source_id")
    public Source source;
    public String sourceLocator;
    public String confidence;
    public String evidenceNote;
    public int position;
}
