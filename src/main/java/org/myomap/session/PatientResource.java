package org.myomap.session;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Path;
import org.myomap.common.audit.AuditedAccess;
import org.myomap.common.db.NeedsDatabase;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.myomap.common.security.Caller;
import org.myomap.session.fhir.BundleKind;
import org.myomap.session.fhir.FhirFormat;

/** A patient's progress over the sessions of the caller's clinic. */
@AuditedAccess
@NeedsDatabase
@Path("/api/v1/patients/{patientRef}")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class PatientResource {

    @Inject
    SessionService service;

    @GET
    @Path("/progress")
    @RolesAllowed({Caller.CLINICIAN, Caller.CLINIC_ADMIN, Caller.INTEGRATION, Caller.PATIENT})
    public Progress progress(@PathParam("patientRef") @Pattern(regexp = SessionInput.PATIENT_REF, message = SessionInput.PATIENT_REF_MESSAGE) String patientRef) {
        return service.progress(patientRef);
    }

    /** The patient's sessions in this clinic as one FHIR Bundle per page; {@link FhirFormat} negotiates the format. */
    @GET
    @Path("/fhir")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Caller.CLINICIAN, Caller.CLINIC_ADMIN, Caller.INTEGRATION, Caller.PATIENT})
    public Response fhir(@PathParam("patientRef") @Pattern(regexp = SessionInput.PATIENT_REF, message = SessionInput.PATIENT_REF_MESSAGE) String patientRef,
            @QueryParam(BundleKind.PARAMETER) String bundle, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") int limit, @Context Request request) {
        FhirFormat format = FhirFormat.negotiate(request);
        return Response.ok(service.patientFhir(patientRef, BundleKind.of(bundle), format, cursor, limit), format.mediaType()).build();
    }
}
