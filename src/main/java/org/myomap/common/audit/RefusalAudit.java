package org.myomap.common.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.AnnotatedElement;
import java.util.Base64;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.myomap.common.security.Caller;

/**
 * Audits every refusal on a session-data resource that no service recorded: 401 for a token that parsed but
 * was not accepted, 403, a 404 decided before the service (an id that is no UUID), 400 from validation. The
 * action is the route template ({@code GET /api/v1/sessions/{id}/history}), never the raw path, which can hold
 * a patient reference and has no bound. The write runs on a worker thread and the response waits for it.
 */
public class RefusalAudit {

    private static final Logger LOG = Logger.getLogger(RefusalAudit.class);

    @Inject
    AuditTrail audit;
    @Inject
    AuditedRequest request;
    @Inject
    Caller caller;
    @Inject
    ObjectMapper json;

    /**
     * Null when there is nothing to record, which is nearly every answer: RESTEasy Reactive then goes on at once,
     * where even a completed Uni suspends the request and resumes it.
     */
    @ServerResponseFilter
    public Uni<Void> recordRefusal(ContainerRequestContext requestContext, ContainerResponseContext response, ResourceInfo resource) {
        int status = response.getStatus();
        if (status < 400 || status >= 500 || resource.getResourceClass() == null
                || !resource.getResourceClass().isAnnotationPresent(AuditedAccess.class) || request.audited()) {
            return null;
        }
        String route = requestContext.getMethod() + " " + template(resource);
        String authorization = requestContext.getHeaderString(HttpHeaders.AUTHORIZATION);
        // on a worker thread: resolving the caller's identity may block
        return Uni.createFrom().<Void>item(() -> {
            try {
                entry(route, status, authorization).ifPresent(audit::recordRefusal);
            } catch (RuntimeException e) {
                LOG.warnf("Refusal %s (%d) could not be audited: %s", route, status, e.getClass().getSimpleName());
            }
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Optional<AuditEntry> entry(String route, int status, String authorization) {
        if (status != 401 && caller.isAuthenticated()) {
            return Optional.of(new AuditEntry(caller.clinicOrNone(), caller.subject(), caller.rolesText(),
                    route, "endpoint", null, outcome(status)));
        }
        // Not signed in: worth a record only when a token was presented; its claims are unverified, so the row
        // goes to no clinic (the operators' trail) and says so.
        return unverifiedSubject(authorization).map(subject -> new AuditEntry(AuditEntry.NO_CLINIC, "unverified:" + subject,
                "", route, "endpoint", null, outcome(status)));
    }

    private Optional<String> unverifiedSubject(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return claims != null && claims.isObject() ? Optional.of(claims.path("sub").asText("")) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String outcome(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            default -> "refused-" + status;
        };
    }

    static String template(ResourceInfo resource) {
        return path(resource.getResourceClass()) + (resource.getResourceMethod() == null ? "" : path(resource.getResourceMethod()));
    }

    private static String path(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        if (path == null) {
            return "";
        }
        String value = path.value();
        return value.isEmpty() || value.startsWith("/") ? value : "/" + value;
    }
}
