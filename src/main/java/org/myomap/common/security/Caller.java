package org.myomap.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.myomap.common.audit.AuditEntry;
import org.myomap.common.problem.ApiException;
import org.myomap.common.problem.ProblemType;

/**
 * Who is calling, from the verified bearer token: subject, roles, clinic and (for patients) their reference.
 * The clinic comes from the token only, never from the URL or the body.
 */
@RequestScoped
public class Caller {

    public static final String CLINICIAN = "clinician";
    public static final String CLINIC_ADMIN = "clinic-admin";
    public static final String INTEGRATION = "integration";
    public static final String PATIENT = "patient";
    public static final String CLINIC_CLAIM = "clinic_id";
    public static final String PATIENT_CLAIM = "patient_ref";

    @Inject
    JsonWebToken token;
    @Inject
    SecurityIdentity identity;

    public String subject() {
        return token.getSubject();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** The roles as one sorted, comma-separated value, as the audit trail records them. */
    public String rolesText() {
        return String.join(",", new java.util.TreeSet<>(roles()));
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The caller's clinic; a token without one can reach no clinic data. */
    public String clinic() {
        return Optional.ofNullable(token.<Object>getClaim(CLINIC_CLAIM)).map(Object::toString).filter(s -> !s.isBlank())
                .orElseThrow(() -> new ApiException(ProblemType.FORBIDDEN, "The token names no clinic (claim '" + CLINIC_CLAIM + "')"));
    }

    /** The patient a patient-role token speaks for. */
    public String patientRef() {
        return Optional.ofNullable(token.<Object>getClaim(PATIENT_CLAIM)).map(Object::toString).filter(s -> !s.isBlank())
                .orElseThrow(() -> new ApiException(ProblemType.FORBIDDEN, "A patient token must carry claim '" + PATIENT_CLAIM + "'"));
    }

    /** The caller's clinic for an audit record: the verified claim, or the operators' trail when there is none. */
    public String clinicOrNone() {
        return Optional.ofNullable(token.<Object>getClaim(CLINIC_CLAIM)).map(Object::toString)
                .filter(TokenClaims::validClinic).orElse(AuditEntry.NO_CLINIC);
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }
}
