package org.myomap.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The door every verified token passes before its roles count. A signature proves who issued a token, not
 * that its claims fit our columns and rules, so:
 * <ul>
 * <li>a claim that is malformed (too long, control characters, not an opaque id) or a token issued or valid
 * only in the future (beyond {@link #LEEWAY_SECONDS}) is not accepted: 401 invalid_token;</li>
 * <li>a well-formed token that names no clinic, no role we know, or (for a patient) no patient reference keeps
 * its identity but loses every role, so each endpoint answers 403 with {@link #REFUSAL} as the reason. There is
 * no shared "no clinic" tenant.</li>
 * </ul>
 */
@ApplicationScoped
public class TokenClaims implements SecurityIdentityAugmentor {

    public static final String REFUSAL = "myomap.refusal";
    private static final String REJECTION = "myomap.rejection";
    static final long LEEWAY_SECONDS = 60;
    static final Set<String> ROLES = Set.of(Caller.CLINICIAN, Caller.CLINIC_ADMIN, Caller.INTEGRATION, Caller.PATIENT);
    private static final Pattern OPAQUE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern SUBJECT = Pattern.compile("[\\x21-\\x7E][\\x20-\\x7E]{0,127}");

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(() -> check(identity, token));
    }

    static SecurityIdentity check(SecurityIdentity identity, JsonWebToken token) {
        String subject = token.getSubject();
        if (subject == null || !SUBJECT.matcher(subject).matches()) {
            throw rejected("the 'sub' claim must be 1 to 128 printable ASCII characters");
        }
        long now = Instant.now().getEpochSecond();
        if (token.getIssuedAtTime() > now + LEEWAY_SECONDS) {
            throw rejected("the token is issued in the future ('iat')");
        }
        Object notBefore = token.getClaim("nbf");
        if (notBefore instanceof Number nbf && nbf.longValue() > now + LEEWAY_SECONDS) {
            throw rejected("the token is not valid yet ('nbf')");
        }
        Object clinic = token.getClaim(Caller.CLINIC_CLAIM);
        if (clinic != null && !validClinic(clinic.toString())) {
            throw rejected("the '" + Caller.CLINIC_CLAIM + "' claim must be an opaque id of 1 to 64 letters, digits, '.', '_', ':' or '-'");
        }
        Object patient = token.getClaim(Caller.PATIENT_CLAIM);
        if (patient != null && !OPAQUE_ID.matcher(patient.toString()).matches()) {
            throw rejected("the '" + Caller.PATIENT_CLAIM + "' claim must be an opaque id of 1 to 64 letters, digits, '.', '_', ':' or '-'");
        }
        Set<String> roles = new TreeSet<>(identity.getRoles());
        roles.retainAll(ROLES);
        String refusal = clinic == null ? "The token names no clinic (claim '" + Caller.CLINIC_CLAIM + "')"
                : roles.isEmpty() ? "The token carries none of the roles " + new TreeSet<>(ROLES) + " (claim 'groups')"
                : roles.equals(Set.of(Caller.PATIENT)) && patient == null ? "A patient token must carry claim '" + Caller.PATIENT_CLAIM + "'"
                : null;
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addPermissionChecker(identity::checkPermission)
                .setAnonymous(false);
        if (refusal == null) {
            builder.addRoles(roles);
        } else {
            builder.addAttribute(REFUSAL, refusal);
        }
        return builder.build();
    }

    static boolean validClinic(String clinic) {
        return OPAQUE_ID.matcher(clinic).matches();
    }

    /** A verified token whose claims we do not accept: 401 with RFC 6750's invalid_token and this reason. */
    static AuthenticationFailedException rejected(String reason) {
        return new AuthenticationFailedException(reason, Map.of(REJECTION, reason));
    }

    /** The reason the door gave for refusing a token, when it was the door. */
    public static java.util.Optional<String> rejection(AuthenticationFailedException e) {
        return java.util.Optional.ofNullable(e.getAttribute(REJECTION));
    }
}
