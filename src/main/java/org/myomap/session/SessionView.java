package org.myomap.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A session as the API answers with it: the recorded document plus its identity, version and status. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionView(UUID id, int version, String status, String enteredInErrorReason, String patientRef,
        String therapist, LocalDate date, String startedAt, Integer durationMinutes, String mode, SessionInput.Assessment assessment,
        List<SessionInput.Treatment> treatments, Integer painAfter, SessionInput.HomeCare homeCare, String notes,
        OffsetDateTime recordedAt, String recordedBy) {

    static SessionView of(UUID id, int version, String status, String reason, SessionInput d, OffsetDateTime at, String by) {
        return new SessionView(id, version, status, reason, d.patientRef(), d.therapist(), d.date(), d.startedAt(), d.durationMinutes(),
                d.mode(), d.assessment(), d.treatments(), d.painAfter(), d.homeCare(), d.notes(), at, by);
    }

    static SessionView of(TherapySession s) {
        return of(s.id, s.version, s.status, s.enteredInErrorReason, s.document, s.updatedAt, s.updatedBy);
    }

    static SessionView of(SessionVersion v) {
        return of(v.key.sessionId(), v.key.version(), v.status, v.enteredInErrorReason, v.document, v.recordedAt, v.recordedBy);
    }

    public record Change(long sequence, UUID sessionId, int version, String kind, OffsetDateTime changedAt, SessionView session) {
    }

    public record EnteredInError(
            @jakarta.validation.constraints.NotBlank(message = "is required")
            @jakarta.validation.constraints.Size(max = 500, message = "at most 500 characters") String reason) {
    }
}
