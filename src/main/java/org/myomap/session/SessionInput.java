package org.myomap.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import org.myomap.common.input.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.myomap.common.problem.ApiException;

/**
 * A therapy session as a clinician or partner system records it. The patient is an opaque reference from the
 * clinic's own system: no names, no contact details. Muscles, trigger points, regions and protocols are ids
 * from the catalogue.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionInput(
        @NotBlank(message = "is required")
        @Pattern(regexp = PATIENT_REF, message = PATIENT_REF_MESSAGE)
        String patientRef,
        @Size(max = 128, message = "at most 128 characters")
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String therapist,
        @NotNull(message = "is required") @PlausibleDate LocalDate date,
        @Pattern(regexp = START_TIME, message = START_TIME_MESSAGE) String startedAt,
        @NotNull(message = "is required") @Min(value = 1, message = "must be between 1 and 480") @Max(value = 480, message = "must be between 1 and 480") Integer durationMinutes,
        @NotNull(message = "is required") @Pattern(regexp = "in-office|telehealth", message = "must be 'in-office' or 'telehealth'") String mode,
        @NotNull(message = "is required") @Valid Assessment assessment,
        @Size(max = 50, message = "at most 50 treatments") List<@NotNull(message = "must not be null") @Valid Treatment> treatments,
        @Min(value = 0, message = "must be between 0 and 10") @Max(value = 10, message = "must be between 0 and 10") Integer painAfter,
        @Valid HomeCare homeCare,
        @Size(max = 4000, message = "at most 4000 characters") String notes) {

    public SessionInput {
        treatments = treatments == null ? List.of() : treatments;
    }

    /**
     * When the session began, as the clinic's wall clock read it: kept as written (offset included), because a
     * date-time turned into UTC would lose the local time an EHR shows. Optional; it must fall on {@code date}.
     */
    static final String START_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})";
    static final String START_TIME_MESSAGE = "must be a date-time with its offset, e.g. 2026-11-02T14:30:00+01:00";

    SessionInput withTherapist(String who) {
        return new SessionInput(patientRef, who, date, startedAt, durationMinutes, mode, assessment, treatments, painAfter,
                homeCare, notes);
    }

    /** The start time, if recorded; a start that is no real instant or falls on another day than {@code date} is refused. */
    public Optional<OffsetDateTime> start() {
        if (startedAt == null) {
            return Optional.empty();
        }
        OffsetDateTime start;
        try {
            start = OffsetDateTime.parse(startedAt);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField("startedAt", START_TIME_MESSAGE);
        }
        if (!start.toLocalDate().equals(date)) {
            throw ApiException.invalidField("startedAt", "must fall on the session's date, " + date
                    + ", in its own offset");
        }
        return Optional.of(start);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Assessment(
            @NotNull(message = "is required") @Min(value = 0, message = "must be between 0 and 10") @Max(value = 10, message = "must be between 0 and 10") Integer painBefore,
            @Size(max = 30, message = "at most 30 pain areas") List<@NotNull(message = "must not be null") @Valid PainArea> painAreas,
            @Size(max = 50, message = "at most 50 trigger points") List<@NotNull(message = "must not be null") @Valid FoundTriggerPoint> triggerPointsFound) {

        public Assessment {
            painAreas = painAreas == null ? List.of() : painAreas;
            triggerPointsFound = triggerPointsFound == null ? List.of() : triggerPointsFound;
        }
    }

    public record PainArea(
            @NotBlank(message = "is required") @Size(max = 100, message = "at most 100 characters") String region,
            @NotNull(message = "is required") @Pattern(regexp = SIDES, message = SIDES_MESSAGE) String side,
            @NotNull(message = "is required") @Min(value = 0, message = "must be between 0 and 10") @Max(value = 10, message = "must be between 0 and 10") Integer pain) {
    }

    public record FoundTriggerPoint(
            @NotBlank(message = "is required") @Size(max = 100, message = "at most 100 characters") String triggerPoint,
            @NotNull(message = "is required") @Pattern(regexp = SIDES, message = SIDES_MESSAGE) String side,
            @NotNull(message = "is required") @Pattern(regexp = "active|latent", message = "must be 'active' or 'latent'") String status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Treatment(
            @NotBlank(message = "is required") @Size(max = 100, message = "at most 100 characters") String muscle,
            @Size(max = 100, message = "at most 100 characters") String triggerPoint,
            @NotNull(message = "is required") @Pattern(regexp = SIDES, message = SIDES_MESSAGE) String side,
            @NotNull(message = "is required") @Pattern(regexp = TECHNIQUES, message = "must be one of " + TECHNIQUES) String technique,
            @Min(value = 1, message = "must be between 1 and 3600") @Max(value = 3600, message = "must be between 1 and 3600") Integer durationSeconds,
            @Pattern(regexp = "light|moderate|firm", message = "must be 'light', 'moderate' or 'firm'") String pressure,
            @Size(max = 500, message = "at most 500 characters") String patientFeedback) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HomeCare(
            @Size(max = 20, message = "at most 20 protocols") List<@NotNull(message = "must not be null") @Size(max = 100, message = "at most 100 characters") String> protocols,
            @Size(max = 2000, message = "at most 2000 characters") String instructions) {

        public HomeCare {
            protocols = protocols == null ? List.of() : protocols;
        }
    }

    static final String PATIENT_REF = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";
    static final String PATIENT_REF_MESSAGE = "must be an opaque id: 1-64 letters, digits, '.', '_', ':' or '-' (no names)";
    static final String SIDES = "left|right|both|midline";
    static final String SIDES_MESSAGE = "must be 'left', 'right', 'both' or 'midline'";
    static final String TECHNIQUES = "pressure-release|massage-stroke|stretch|contract-relax|range-of-motion|strengthening"
            + "|heat|cold|spray-and-stretch|dry-needling|injection";
}
