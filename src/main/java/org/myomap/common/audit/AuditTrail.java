package org.myomap.common.audit;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import org.myomap.common.security.Caller;

/**
 * Appends audit records. A successful access is recorded in the transaction of the access itself, so the
 * two commit together or not at all. A refused or failed access is recorded after its own transaction has
 * rolled back and released its connection: a request never holds two connections, so a burst of refusals
 * cannot drain the pool.
 *
 * <p>Rows are written with one SQL insert naming the clinic explicitly: a refusal may come from a caller
 * whose token names no clinic (or an unverified one), which the tenant discriminator cannot express. Every
 * value is bounded to its column here, where the row is made, so an audit write never fails on length.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SUCCESS = "success";

    @Inject
    Caller caller;
    @Inject
    AuditedRequest request;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, String resourceId) {
        append(success(action, resourceType, resourceId));
    }

    /**
     * The record of a successful access for a caller that writes it in the very statement of the access (one
     * statement, one transaction: both commit or neither does). Say {@link #recorded()} once that statement
     * has committed.
     */
    public AuditEntry success(String action, String resourceType, String resourceId) {
        return new AuditEntry(caller.clinic(), caller.subject(), caller.rolesText(), action, resourceType, resourceId, SUCCESS);
    }

    /** This request's access is recorded: a refusal that follows is not recorded again. */
    public void recorded() {
        request.markAudited();
    }

    /** Records a failed access of the signed-in caller, in a transaction of its own. */
    public void recordFailure(String action, String resourceType, String resourceId, String outcome) {
        recordRefusal(new AuditEntry(caller.clinicOrNone(), caller.subject(), caller.rolesText(), action, resourceType, resourceId, outcome));
    }

    /** Records a refusal decided before any service ran (authentication, role, validation), in its own transaction. */
    public void recordRefusal(AuditEntry entry) {
        QuarkusTransaction.requiringNew().run(() -> append(entry));
    }

    private void append(AuditEntry entry) {
        Panache.getEntityManager().createNativeQuery("""
                        insert into audit_record (id, clinic_id, actor, roles, action, resource_type, resource_id, outcome, at)
                        values (nextval('audit_record_seq'), :clinic, :actor, :roles, :action, :type, :resourceId, :outcome, :at)""")
                .setParameter("clinic", entry.clinic())
                .setParameter("actor", entry.actor())
                .setParameter("roles", entry.roles())
                .setParameter("action", entry.action())
                .setParameter("type", entry.resourceType())
                .setParameter("resourceId", entry.resourceId())
                .setParameter("outcome", entry.outcome())
                .setParameter("at", OffsetDateTime.now())
                .executeUpdate();
        request.markAudited();
    }
}
