package org.myomap.catalogue.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.myomap.catalogue.content.ContentFile;

/** A protocol's steps are only ever read whole, so they are kept as the JSON document apps receive. */
@Entity
public class Protocol extends PanacheEntityBase {

    @Id
    public String id;
    public String title;
    public String audience;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> muscleIds;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> complaintIds;
    @JdbcTypeCode(SqlTypes.JSON)
    public ContentFile.Protocol document;
}
