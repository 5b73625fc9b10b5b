package org.myomap.common.problem;

import java.net.URI;
import org.myomap.common.i18n.Language;

/** Every kind of problem the API answers with, each with a stable type URI that the contract lists. */
public enum ProblemType {
    NOT_FOUND("not-found", "Resource not found", "Recurso no encontrado", 404),
    INVALID_PARAMETER("invalid-parameter", "Invalid query or path parameter", "Parámetro de consulta o de ruta no válido", 400),
    MALFORMED_BODY("malformed-body", "Request body is not valid JSON", "El cuerpo de la solicitud no es JSON válido", 400),
    INVALID_BODY("invalid-body", "Request body does not match the expected shape", "El cuerpo de la solicitud no tiene la forma esperada", 400),
    VALIDATION_FAILED("validation-failed", "Request failed validation", "La solicitud no pasó la validación", 400),
    UNAUTHORIZED("unauthorized", "Authentication required", "Se requiere autenticación", 401),
    FORBIDDEN("forbidden", "Not allowed for this caller", "No permitido para este usuario", 403),
    UNKNOWN_REFERENCE("unknown-reference", "Reference to something not in the catalogue", "Referencia a algo que no está en el catálogo", 422),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key already used for another request", "La clave de idempotencia ya se usó para otra solicitud", 422),
    CONFLICT("conflict", "Conflicts with the resource's state", "Entra en conflicto con el estado del recurso", 409),
    PRECONDITION_FAILED("precondition-failed", "The resource changed since the version you hold", "El recurso cambió desde la versión que usted tiene", 412),
    PRECONDITION_REQUIRED("precondition-required", "If-Match is required", "Se requiere If-Match", 428),
    CATALOGUE_VERSION_GONE("catalogue-version-gone", "That catalogue version is no longer available", "Esa versión del catálogo ya no está disponible", 410),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", "Método no permitido", 405),
    NOT_ACCEPTABLE("not-acceptable", "Requested media type not available", "El tipo de contenido pedido no está disponible", 406),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", "Tipo de contenido no admitido", 415),
    BAD_REQUEST("bad-request", "Bad request", "Solicitud incorrecta", 400),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", "El cuerpo de la solicitud es demasiado grande", 413),
    URI_TOO_LONG("uri-too-long", "Request target too long", "La dirección de la solicitud es demasiado larga", 414),
    HEADERS_TOO_LARGE("headers-too-large", "Request headers too large", "Los encabezados de la solicitud son demasiado grandes", 431),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", "Servicio no disponible", 503),
    INTERNAL_ERROR("internal-error", "Internal server error", "Error interno del servidor", 500);

    public static final String BASE = "https://myomap.org/problems/";

    private final URI uri;
    private final String title;
    private final String spanishTitle;
    private final int status;

    ProblemType(String slug, String title, String spanishTitle, int status) {
        this.uri = URI.create(BASE + slug);
        this.title = title;
        this.spanishTitle = spanishTitle;
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

    /**
     * The title a person reads, in their language. The {@code detail} stays English: it names fields and values
     * for the developer who fixes the request.
     */
    public String title(Language language) {
        return language == Language.SPANISH ? spanishTitle : title;
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
