package org.myomap.lookup;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.smallrye.common.annotation.NonBlocking;
import org.myomap.common.observability.ServiceMetrics;

/** Symptom-to-muscle lookup with red-flag screening. Public: it holds nothing about the person. */
@Path("/api/v1/lookup")
public class LookupResource {

    @Inject
    LookupService service;
    @Inject
    ServiceMetrics metrics;

    /** Pure CPU over an in-memory snapshot, well under a millisecond: no reason to hop to a worker thread. */
    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public LookupResponse lookup(@NotNull(message = "a JSON body is required") @Valid LookupRequest request) {
        LookupResponse response = service.lookup(request);
        metrics.lookupAnswered(response.safety().urgency());
        return response;
    }
}
