package org.myomap.common.audit;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers about session data, successes and refusals alike, are never stored by a browser or a shared cache
 * and never sniffed as another media type.
 */
public class HealthDataHeaders {

    @ServerResponseFilter
    public void noStore(ContainerResponseContext response, ResourceInfo resource) {
        if (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(AuditedAccess.class)) {
            response.getHeaders().putSingle("Cache-Control", "no-store");
            response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        }
    }
}
