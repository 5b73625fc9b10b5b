-- Refusals are audited by route template ("GET /api/v1/sessions/{id}/history", up to ~45 characters today):
-- the action column grows to 100 and the outcome to 60. AuditEntry cuts every value to these sizes where the
-- row is made, so an audit write can never fail on length.
alter table audit_record alter column action type varchar(100);
alter table audit_record alter column outcome type varchar(60);
