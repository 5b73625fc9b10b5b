package org.myomap.common.audit;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.myomap.common.security.Caller;

/**
 * A signed-in caller refused by role never reaches a service, so the refusal is audited here. The refusal is
 * decided on an I/O thread; the audit write goes to a worker thread and the response waits for it.
 */
public class DeniedAccessAudit {

    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;

    @ServerResponseFilter
    public Uni<Void> recordRefusal(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 403 || !caller.isAuthenticated()) {
            return Uni.createFrom().voidItem();
        }
        String endpoint = request.getMethod() + " " + request.getUriInfo().getPath();
        return Uni.createFrom().<Void>item(() -> {
            audit.recordFailure(endpoint, "endpoint", null, "forbidden");
            return null;
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
