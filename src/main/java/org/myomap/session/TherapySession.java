package org.myomap.session;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.myomap.common.tenancy.ClinicOwned;

/** The current version of a therapy session; earlier versions live in {@link SessionVersion}. */
@Entity
@Table(name = "therapy_session")
public class TherapySession extends ClinicOwned {

    public static final String RECORDED = "recorded";
    public static final String ENTERED_IN_ERROR = "entered-in-error";

    @Id
    public UUID id;
    public String patientRef;
    public String therapist;
    public LocalDate sessionDate;
    public String status;
    public String enteredInErrorReason;
    public int version;
    public int painBefore;
    public Integer painAfter;
    @JdbcTypeCode(SqlTypes.JSON)
    public SessionInput document;
    public OffsetDateTime createdAt;
    public String createdBy;
    public OffsetDateTime updatedAt;
    public String updatedBy;

    /** Sets the fields that mirror the document, for filtering and progress without reading the JSON. */
    void describe(SessionInput input) {
        document = input;
        patientRef = input.patientRef();
        therapist = input.therapist();
        sessionDate = input.date();
        painBefore = input.assessment().painBefore();
        painAfter = input.painAfter();
    }
}
