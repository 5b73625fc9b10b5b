package org.myomap.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.myomap.common.audit.AuditRecord;
import org.myomap.common.audit.AuditTrail;
import org.myomap.common.paging.Cursor;
import org.myomap.common.paging.Page;
import org.myomap.common.problem.ApiException;

/** Pages through the audit trail (scoped to the caller's clinic by the tenant discriminator); reading it is audited too. */
@ApplicationScoped
public class AuditQueries {

    private static final String CURSOR_KIND = "a1";

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Entry(long id, OffsetDateTime at, String actor, String roles, String action, String resourceType,
            String resourceId, String outcome) {
    }

    @Inject
    AuditTrail audit;

    @Transactional
    public Page<Entry> page(String cursor, int limit) {
        if (limit < 1 || limit > 500) {
            throw ApiException.invalidParameter("limit", "must be between 1 and 500");
        }
        long before = cursor == null ? Long.MAX_VALUE : Cursor.decode(CURSOR_KIND, cursor, "cursor", Long::parseLong);
        List<AuditRecord> rows = AuditRecord.<AuditRecord>find("id < ?1 order by id desc", before).range(0, limit).list();
        List<AuditRecord> page = rows.subList(0, Math.min(limit, rows.size()));
        audit.record("read-audit", "audit", null);
        return new Page<>(page.stream().map(r -> new Entry(r.id, r.at, r.actor, r.roles, r.action, r.resourceType,
                r.resourceId, r.outcome)).toList(),
                rows.size() > limit ? Cursor.encode(CURSOR_KIND, page.get(page.size() - 1).id) : null);
    }
}
