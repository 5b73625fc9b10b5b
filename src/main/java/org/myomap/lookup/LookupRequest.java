package org.myomap.lookup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** "It hurts here (and gets worse when...)": what a front-end sends while the person points at the body map. */
public record LookupRequest(
        @Size(max = 20, message = "at most 20 pain areas") List<@NotNull(message = "must not be null") @Valid PainArea> painAreas,
        @Size(max = 2000, message = "at most 2000 characters") String text,
        @Size(max = 20, message = "at most 20 activities") List<String> aggravatedBy,
        String onset,
        @Size(max = 30, message = "at most 30 symptoms") List<String> symptoms,
        @Min(value = 0, message = "must be between 0 and 120") @Max(value = 120, message = "must be between 0 and 120") Integer age,
        @Size(max = 20, message = "at most 20 history items") List<String> history,
        String audience,
        @Min(value = 1, message = "must be between 1 and 50") @Max(value = 50, message = "must be between 1 and 50") Integer limit) {

    public LookupRequest {
        painAreas = painAreas == null ? List.of() : painAreas;
        aggravatedBy = aggravatedBy == null ? List.of() : aggravatedBy;
        symptoms = symptoms == null ? List.of() : symptoms;
        history = history == null ? List.of() : history;
    }

    /** Where it hurts: a region of the catalogue's hierarchy at any level, and the side. */
    public record PainArea(@NotBlank(message = "is required") String region, String side) {
    }
}
