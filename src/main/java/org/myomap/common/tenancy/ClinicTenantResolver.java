package org.myomap.common.tenancy;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.myomap.common.security.Caller;

/**
 * The one place tenancy is enforced: Hibernate adds the caller's clinic to every query of an entity with a
 * {@code @TenantId} column and stamps it on every insert, so no query can forget it. Outside a request (the
 * catalogue loader at start-up) and without a clinic claim, the tenant is one that owns no rows.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class ClinicTenantResolver implements TenantResolver {

    public static final String NO_CLINIC = "-";

    @Override
    public String getDefaultTenantId() {
        return NO_CLINIC;
    }

    @Override
    public String resolveTenantId() {
        if (!Arc.container().requestContext().isActive()) {
            return NO_CLINIC;
        }
        try {
            JsonWebToken token = Arc.container().instance(JsonWebToken.class).get();
            Object clinic = token == null ? null : token.getClaim(Caller.CLINIC_CLAIM);
            return clinic == null || clinic.toString().isBlank() ? NO_CLINIC : clinic.toString();
        } catch (AuthenticationFailedException refused) {
            // a token that was not accepted names no clinic; its refusal is audited with the operators' rows
            return NO_CLINIC;
        }
    }
}
