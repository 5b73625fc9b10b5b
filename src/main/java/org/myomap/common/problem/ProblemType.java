package org.myomap.common.problem;

import java.net.URI;

/** Every kind of problem the API answers with, each with a stable type URI that the contract lists. */
public enum ProblemType {
    NOT_FOUND("not-found", "Resource not found", 404),
    INVALID_PARAMETER("invalid-parameter", "Invalid query or path parameter", 400),
    MALFORMED_BODY("malformed-body", "Request body is not valid JSON", 400),
    INVALID_BODY("invalid-body", "Request body does not match the expected shape", 400),
    VALIDATION_FAILED("validation-failed", "Request failed validation", 400),
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    FORBIDDEN("forbidden", "Not allowed for this caller", 403),
    UNKNOWN_REFERENCE("unknown-reference", "Reference to something not in the catalogue", 422),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key already used for another request", 422),
    CONFLICT("conflict", "Conflicts with the resource's state", 409),
    PRECONDITION_FAILED("precondition-failed", "The resource changed since the version you hold", 412),
    PRECONDITION_REQUIRED("precondition-required", "If-Match is required", 428),
    CATALOGUE_VERSION_GONE("catalogue-version-gone", "That catalogue version is no longer available", 410),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Requested media type not available", 406),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    BAD_REQUEST("bad-request", "Bad request", 400),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", 413),
    URI_TOO_LONG("uri-too-long", "Request target too long", 414),
    HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", 431),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503),
    INTERNAL_ERROR("internal-error", "Internal server error", 500);

    public static final String BASE = "https://myomap.org/problems/";

    private final URI uri;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.uri = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    public String slug() {
        return uri.toString().substring(BASE.length());
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** Whether this is the kind to answer for a bare HTTP status, rather than one a specific failure raises. */
    private boolean generic() {
        return switch (this) {
            case INVALID_PARAMETER, MALFORMED_BODY, INVALID_BODY, VALIDATION_FAILED, UNKNOWN_REFERENCE, IDEMPOTENCY_KEY_REUSED -> false;
            default -> true;
        };
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type.generic()) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}
