package org.myomap.audit;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.myomap.common.audit.AuditedAccess;
import org.myomap.common.db.NeedsDatabase;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.myomap.common.paging.Page;
import org.myomap.common.security.Caller;

/** The audit trail of the caller's clinic, newest first, for its administrators. */
@AuditedAccess
@NeedsDatabase
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class AuditResource {

    @Inject
    AuditQueries queries;

    @GET
    @RolesAllowed(Caller.CLINIC_ADMIN)
    public Page<AuditQueries.Entry> list(@QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("50") int limit) {
        return queries.page(cursor, limit);
    }
}
