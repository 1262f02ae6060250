-- The catalog over time. Every change to a type is a version with the instant it takes effect;
-- a type's versions follow each other, each in force from its effective_from until the next
-- one's. A change may be scheduled ahead (effective_from later than recorded_at) and withdrawn
-- while it is pending (withdrawn_at). The appointment_type row stays the type's identity (its
-- code, never reused) and holds the latest version, the one the next change builds on.
CREATE TABLE appointment_type_version (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                   VARCHAR(200)             NOT NULL REFERENCES appointment_type (code),
    version                BIGINT                   NOT NULL,
    -- NULL: in force from the beginning (the PMO table the catalog was seeded from).
    effective_from         TIMESTAMP WITH TIME ZONE,
    recorded_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    catalog_revision       BIGINT                   NOT NULL,
    name                   VARCHAR(200)             NOT NULL,
    description            VARCHAR(1000),
    visible_to_patient     BOOLEAN                  NOT NULL,
    cancellable_by_patient BOOLEAN                  NOT NULL,
    rebookable_by_patient  BOOLEAN                  NOT NULL,
    sms_reminder           BOOLEAN                  NOT NULL,
    is_retired             BOOLEAN                  NOT NULL,
    -- Where the version comes from when it was not an administrator's change.
    source                 VARCHAR(200),
    withdrawn_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT appointment_type_version_key UNIQUE (code, version),
    CONSTRAINT appointment_type_version_withdrawn_pending
        CHECK (withdrawn_at IS NULL OR effective_from > withdrawn_at)
);

-- The first version of each type that was not created by an administrator: the state before its
-- first audited change, or its state now when it was never changed. The source date of the PMO
-- table is recorded with it.
INSERT INTO appointment_type_version (code, version, effective_from, recorded_at, catalog_revision, name,
                                      description, visible_to_patient, cancellable_by_patient,
                                      rebookable_by_patient, sms_reminder, is_retired, source)
SELECT t.code,
       CASE WHEN first.id IS NULL THEN t.version ELSE (first.before_change ->> 'version')::BIGINT END,
       NULL,
       TIMESTAMP WITH TIME ZONE '2026-04-23 00:00:00+02',
       1,
       CASE WHEN first.id IS NULL THEN t.name ELSE first.before_change ->> 'name' END,
       CASE WHEN first.id IS NULL THEN t.description ELSE first.before_change ->> 'description' END,
       CASE WHEN first.id IS NULL THEN t.visible_to_patient ELSE (first.before_change ->> 'visibleToPatient')::BOOLEAN END,
       CASE WHEN first.id IS NULL THEN t.cancellable_by_patient ELSE (first.before_change ->> 'cancellableByPatient')::BOOLEAN END,
       CASE WHEN first.id IS NULL THEN t.rebookable_by_patient ELSE (first.before_change ->> 'rebookableByPatient')::BOOLEAN END,
       CASE WHEN first.id IS NULL THEN t.sms_reminder ELSE (first.before_change ->> 'smsReminder')::BOOLEAN END,
       CASE WHEN first.id IS NULL THEN t.is_retired ELSE (first.before_change ->> 'retired')::BOOLEAN END,
       'PMO Tidbokstyp på 1177, uppdaterad 2026-04-23'
FROM appointment_type t
LEFT JOIN LATERAL (SELECT e.id, e.action, e.before_change
                   FROM audit_event e
                   WHERE e.appointment_type_code = t.code
                   ORDER BY e.id
                   LIMIT 1) first ON TRUE
WHERE first.id IS NULL OR first.action <> 'CREATE';

-- Every audited change so far took effect when it was made.
INSERT INTO appointment_type_version (code, version, effective_from, recorded_at, catalog_revision, name,
                                      description, visible_to_patient, cancellable_by_patient,
                                      rebookable_by_patient, sms_reminder, is_retired)
SELECT e.appointment_type_code,
       (e.after_change ->> 'version')::BIGINT,
       e.occurred_at,
       e.occurred_at,
       e.catalog_revision,
       e.after_change ->> 'name',
       e.after_change ->> 'description',
       (e.after_change ->> 'visibleToPatient')::BOOLEAN,
       (e.after_change ->> 'cancellableByPatient')::BOOLEAN,
       (e.after_change ->> 'rebookableByPatient')::BOOLEAN,
       (e.after_change ->> 'smsReminder')::BOOLEAN,
       (e.after_change ->> 'retired')::BOOLEAN
FROM audit_event e
ORDER BY e.id;

-- A withdrawn scheduled creation leaves the type without a version: its row keeps the code, and
-- its name no longer counts as taken (no key).
ALTER TABLE appointment_type ALTER COLUMN name_key DROP NOT NULL;

-- The audit trail says when each change takes effect and which version it made; withdrawing a
-- scheduled change is audited too, and withdrawing a scheduled creation leaves no state after.
ALTER TABLE audit_event ALTER COLUMN action TYPE VARCHAR(40);
ALTER TABLE audit_event ALTER COLUMN after_change DROP NOT NULL;
ALTER TABLE audit_event ADD COLUMN effective_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE audit_event ADD COLUMN type_version BIGINT;
UPDATE audit_event SET effective_from = occurred_at, type_version = (after_change ->> 'version')::BIGINT;
