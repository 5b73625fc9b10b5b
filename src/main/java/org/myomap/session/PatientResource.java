package org.myomap.session;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Path;
import org.myomap.common.audit.AuditedAccess;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.myomap.common.security.Caller;

/** A patient's progress over the sessions of the caller's clinic. */
@AuditedAccess
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
}
