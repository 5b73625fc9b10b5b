package org.myomap.common.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.TreeSet;
import org.myomap.common.security.Caller;

/**
 * Appends audit records. A successful access is recorded in the transaction of the access itself, so the
 * two commit together or not at all; a refused or failed access is recorded in a transaction of its own,
 * because the access's own transaction rolls back.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SUCCESS = "success";

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, String resourceId) {
        append(action, resourceType, resourceId, SUCCESS);
    }

    public void recordFailure(String action, String resourceType, String resourceId, String outcome) {
        QuarkusTransaction.requiringNew().run(() -> append(action, resourceType, resourceId, outcome));
    }

    private void append(String action, String resourceType, String resourceId, String outcome) {
        AuditRecord record = new AuditRecord();
        record.actor = caller.subject();
        record.roles = String.join(",", new TreeSet<>(caller.roles()));
        record.action = action;
        record.resourceType = resourceType;
        record.resourceId = resourceId;
        record.outcome = outcome;
        record.at = OffsetDateTime.now();
        record.persist();
    }
}
