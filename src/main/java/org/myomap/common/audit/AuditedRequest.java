package org.myomap.common.audit;

import jakarta.enterprise.context.RequestScoped;

/** Whether this request's access already left an audit record, so a refusal is recorded exactly once. */
@RequestScoped
public class AuditedRequest {

    private boolean audited;

    void markAudited() {
        audited = true;
    }

    public boolean audited() {
        return audited;
    }
}
