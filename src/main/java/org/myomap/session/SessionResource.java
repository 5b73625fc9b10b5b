package org.myomap.session;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.myomap.common.audit.AuditedAccess;
import org.myomap.common.db.NeedsDatabase;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.myomap.common.observability.ServiceMetrics;
import org.myomap.common.observability.ServiceMetrics.SessionWrite;
import org.myomap.common.paging.Page;
import org.myomap.common.problem.ApiException;
import org.myomap.common.security.Caller;
import org.myomap.session.fhir.BundleKind;
import org.myomap.session.fhir.FhirFormat;

/** The therapy session log of the caller's clinic. */
@AuditedAccess
@NeedsDatabase
@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class SessionResource {

    @Inject
    SessionService service;
    @Inject
    ServiceMetrics metrics;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.CLINICIAN, Caller.INTEGRATION})
    public Response create(@NotNull(message = "a JSON body is required") @Valid SessionInput input,
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200, message = "must be 1 to 200 characters") String key) {
        SessionService.Created created = service.create(input, key);
        if (created.replayed()) {
            metrics.idempotentReplay();
        } else {
            metrics.sessionWritten(SessionWrite.CREATED);
        }
        SessionView session = created.session();
        return Response.created(URI.create("/api/v1/sessions/" + session.id()))
                .tag(new EntityTag("v" + session.version()))
                .header("Idempotent-Replayed", created.replayed() ? "true" : null)
                .entity(session).build();
    }

    @GET
    @RolesAllowed({Caller.CLINICIAN, Caller.CLINIC_ADMIN, Caller.INTEGRATION, Caller.PATIENT})
    public Page<SessionView> list(@QueryParam("patient") String patient,
            @QueryParam("therapist") String therapist, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("cursor") String cursor, @QueryParam("limit") @DefaultValue("20") int limit) {
        return service.list(patient, therapist, from, to, cursor, limit);
    }

    @GET
    @Path("/changes")
    @RolesAllowed({Caller.INTEGRATION, Caller.CLINIC_ADMIN, Caller.CLINICIAN})
    public Page<SessionView.Change> changes(@QueryParam("after") String after,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return service.changes(after, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.CLINICIAN, Caller.CLINIC_ADMIN, Caller.INTEGRATION, Caller.PATIENT})
    public Response get(@PathParam("id") String id) {
        SessionView session = service.get(uuid(id));
        return Response.ok(session).tag(new EntityTag("v" + session.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.CLINICIAN, Caller.INTEGRATION})
    public Response correct(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid SessionInput input) {
        SessionView session = service.correct(uuid(id), ifMatch, input);
        metrics.sessionWritten(SessionWrite.CORRECTED);
        return Response.ok(session).tag(new EntityTag("v" + session.version())).build();
    }

    @POST
    @Path("/{id}/entered-in-error")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.CLINICIAN, Caller.INTEGRATION, Caller.CLINIC_ADMIN})
    public Response enteredInError(@PathParam("id") String id,
            @NotNull(message = "a JSON body is required") @Valid SessionView.EnteredInError body) {
        SessionView session = service.markEnteredInError(uuid(id), body.reason());
        metrics.sessionWritten(SessionWrite.ENTERED_IN_ERROR);
        return Response.ok(session).tag(new EntityTag("v" + session.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Caller.CLINICIAN, Caller.CLINIC_ADMIN, Caller.INTEGRATION})
    public Page<SessionView> history(@PathParam("id") String id) {
        List<SessionView> versions = service.history(uuid(id));
        return new Page<>(versions, null);
    }

    /** Any Accept reaches the method: {@link FhirFormat} negotiates, so a refusal names the FHIR types offered. */
    @GET
    @Path("/{id}/fhir")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Caller.CLINICIAN, Caller.CLINIC_ADMIN, Caller.INTEGRATION, Caller.PATIENT})
    public Response fhir(@PathParam("id") String id, @QueryParam(BundleKind.PARAMETER) String bundle, @Context Request request) {
        FhirFormat format = FhirFormat.negotiate(request);
        return Response.ok(service.fhir(uuid(id), BundleKind.of(bundle), format), format.mediaType()).build();
    }

    /** An id that is not a UUID names no session: 404, as for any session the caller cannot see. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(SessionService.SESSION, id);
        }
    }
}
