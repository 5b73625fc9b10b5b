package org.myomap.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.Optional;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.myomap.common.i18n.Language;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.myomap.common.input.UnacceptableText;
import org.myomap.common.observability.RequestId;
import org.myomap.common.security.TokenClaims;

/** The one place where every failure becomes an RFC 9457 problem+json response. */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    static final int RETRY_AFTER_SECONDS = 2;

    @Inject
    CurrentIdentityAssociation identity;
    private static final java.util.regex.Pattern PATIENT_REF_IN_PATH = java.util.regex.Pattern.compile("^/api/v1/patients/[^/]+");

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        return respond(e.type(), e.getMessage(), uri, e.invalidParams());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return invalidJson(mapping, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "Nothing is served at " + uri.getPath();
            case METHOD_NOT_ALLOWED -> "This method is not allowed on " + uri.getPath();
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json";
            case NOT_ACCEPTABLE -> "This resource is available as application/json";
            default -> e.getMessage();
        };
        return respond(type, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return respond(ProblemType.MALFORMED_BODY, "The body is not valid JSON: " + e.getOriginalMessage(), uri, List.of());
    }

    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class,
            UnrecognizedPropertyException.class, JsonMappingException.class})
    public Response invalidJson(JsonMappingException e, UriInfo uri) {
        if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input")) {
            return respond(ProblemType.MALFORMED_BODY, "The body is not valid JSON: it ends too early", uri, List.of());
        }
        String field = jsonPath(e);
        String reason = e instanceof UnrecognizedPropertyException ? "is not a known field"
                : e instanceof UnacceptableText text ? text.reason()
                : "has the wrong type or shape";
        return respond(ProblemType.INVALID_BODY, "Field '" + field + "' " + reason, uri,
                List.of(new Problem.InvalidParam(field, reason)));
    }

    @ServerExceptionMapper({ResteasyReactiveViolationException.class, ConstraintViolationException.class})
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidParam> params = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidParam(fieldName(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidParam::name))
                .toList();
        return respond(ProblemType.VALIDATION_FAILED, ApiException.detailOf(params), uri, params);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            // RFC 6750 3.1: a request without credentials gets the challenge and no error code
            return with(respond(ProblemType.UNAUTHORIZED, "Send a bearer token (Authorization: Bearer <JWT>)", uri, List.of()),
                    HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"myomap\"");
        }
        String reason = (e instanceof AuthenticationFailedException failed ? TokenClaims.rejection(failed) : java.util.Optional.<String>empty())
                .map(why -> "The bearer token is not accepted: " + why)
                .orElse("The bearer token is not valid (malformed, wrong signature or issuer, or expired)");
        return with(respond(ProblemType.UNAUTHORIZED, reason, uri, List.of()),
                HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"myomap\", error=\"invalid_token\", error_description=\""
                        + reason.replace("\"", "'") + "\"");
    }

    /** The door's reason when it refused every role of the token (no clinic, no known role), else the role's. */
    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, UriInfo uri) {
        return identity.getDeferredIdentity().map(who -> {
            String reason = Optional.ofNullable(who.<String>getAttribute(TokenClaims.REFUSAL)).orElse("Your role does not allow this");
            return with(respond(ProblemType.FORBIDDEN, reason, uri, List.of()),
                    HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"myomap\", error=\"insufficient_scope\"");
        });
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e, uri);
        }
        if (connectionClosed(e)) {
            // the client or the stopping server closed the connection: no one is left to answer
            LOG.debugf("Connection closed before the answer: %s", SafeErrors.describe(e));
            return respond(ProblemType.SERVICE_UNAVAILABLE, "The connection closed before the answer; retry", uri, List.of());
        }
        return internalError(e, uri);
    }

    /** The session log needs the database; while it is away the caller is told to retry, never a 500. */
    private static Response databaseUnavailable(Throwable e, UriInfo uri) {
        LOG.warnf("Database unavailable: %s", SafeErrors.describe(e));
        return respond(ProblemType.SERVICE_UNAVAILABLE, "The session store is unavailable for a moment; retry after "
                + RETRY_AFTER_SECONDS + " seconds. The catalogue and the lookup keep working.", uri, List.of());
    }

    /**
     * Vert.x says so with its own exception while a body is read; a write or read on a socket the client already
     * closed (a load generator stopping, a phone losing signal) surfaces as the JDK's ClosedChannelException.
     */
    static boolean connectionClosed(Throwable failure) {
        return SafeErrors.causes(failure).stream().anyMatch(cause -> cause instanceof io.vertx.core.http.HttpClosedException
                || cause instanceof java.nio.channels.ClosedChannelException);
    }

    /** Only the kinds of the failure are logged: an exception message can quote SQL values, i.e. patient data. */
    private static Response internalError(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf("Unexpected failure, incident %s: %s", incident, SafeErrors.describe(e));
        return respond(ProblemType.INTERNAL_ERROR, "Unexpected failure; quote incident " + incident, uri, List.of());
    }

    static Response with(Response response, String header, String value) {
        return Response.fromResponse(response).header(header, value).build();
    }

    static Response respond(ProblemType type, String detail, UriInfo uri, List<Problem.InvalidParam> params) {
        Language language = requestLanguage();
        Problem body = new Problem(type.uri(), type.title(language), type.status(), detail, instance(uri.getPath()), params,
                RequestId.current());
        Response.ResponseBuilder response = Response.status(type.status()).type(MediaType.valueOf(PROBLEM_JSON)).entity(body)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag());
        if (type.status() == 503) {
            response.header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        }
        return response.build();
    }

    /** The language the request being answered prefers ({@code Accept-Language}); English outside a request. */
    private static Language requestLanguage() {
        var request = CurrentRequestManager.get();
        return request == null ? Language.DEFAULT
                : Language.negotiate(request.serverRequest().getRequestHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** The request path, except that a patient reference in it is not repeated back. */
    public static String instance(String path) {
        return PATIENT_REF_IN_PATH.matcher(path).replaceFirst("/api/v1/patients/{patientRef}");
    }

    private static String jsonPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    /** Drops the method and argument segments Hibernate Validator puts in front of a body field's path. */
    private static String fieldName(String propertyPath) {
        String[] parts = propertyPath.replace(".<list element>", "").split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }
}
