-- The audit trail cannot be emptied either: TRUNCATE fires no row triggers, so a statement
-- trigger refuses it with the same function that refuses UPDATE and DELETE.
CREATE TRIGGER "audit_event_not_truncated" BEFORE TRUNCATE ON "AuditEvent" FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();

-- Triggers normally do not fire while session_replication_role is "replica" (as replication
-- and some restore tools set it): these two fire whatever it is.
ALTER TABLE "AuditEvent" ENABLE ALWAYS TRIGGER "audit_event_append_only";

ALTER TABLE "AuditEvent" ENABLE ALWAYS TRIGGER "audit_event_not_truncated";
