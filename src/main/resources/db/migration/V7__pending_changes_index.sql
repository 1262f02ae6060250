-- The list of scheduled changes asks the audit trail who scheduled each change that takes
-- effect later: an index lookup on the instant, not a scan of the whole trail.
CREATE INDEX audit_event_effective_from_idx ON audit_event (effective_from)
    WHERE action <> 'CANCEL_SCHEDULED_CHANGE';
