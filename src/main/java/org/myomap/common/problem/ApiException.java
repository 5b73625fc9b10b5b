package org.myomap.common.problem;

import java.util.List;

/** A failure the caller can act on; the one mapper turns it into problem+json. */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.InvalidParam> invalidParams;

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ApiException(ProblemType type, String detail, List<Problem.InvalidParam> invalidParams) {
        super(detail);
        this.type = type;
        this.invalidParams = List.copyOf(invalidParams);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.InvalidParam> invalidParams() {
        return invalidParams;
    }

    /** A failure with one or more offending fields; the detail lists them all. */
    public static ApiException withParams(ProblemType type, List<Problem.InvalidParam> invalidParams) {
        return new ApiException(type, detailOf(invalidParams), invalidParams);
    }

    static String detailOf(List<Problem.InvalidParam> invalidParams) {
        return String.join("; ", invalidParams.stream().map(p -> p.name() + ": " + p.reason()).toList());
    }

    /** The caller named something that does not exist, e.g. {@code notFound("muscle", "soleus-x")}. */
    public static ApiException notFound(String kind, String id) {
        return new ApiException(ProblemType.NOT_FOUND, "No " + kind + " with id '" + id + "'");
    }

    /** A query or path parameter has a value the API does not accept. */
    public static ApiException invalidParameter(String name, String reason) {
        return new ApiException(ProblemType.INVALID_PARAMETER, "Parameter '" + name + "': " + reason,
                List.of(new Problem.InvalidParam(name, reason)));
    }

    /** A field of the request body has a value the API does not accept. */
    public static ApiException invalidField(String field, String reason) {
        return new ApiException(ProblemType.VALIDATION_FAILED, "Field '" + field + "': " + reason,
                List.of(new Problem.InvalidParam(field, reason)));
    }
}
