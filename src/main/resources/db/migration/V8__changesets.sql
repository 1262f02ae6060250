-- A changeset: a whole PMO table applied as one change. Every version it makes takes effect at
-- its effective_from and was recorded by its catalog_revision, so the revision names its
-- versions; withdrawing it withdraws them all, by another revision.
CREATE TABLE changeset (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    effective_from     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    catalog_revision   BIGINT                   NOT NULL UNIQUE,
    actor              VARCHAR(200)             NOT NULL,
    source             VARCHAR(200),
    diff               JSONB                    NOT NULL,
    withdrawn_at       TIMESTAMP WITH TIME ZONE,
    withdrawn_by       VARCHAR(200),
    withdrawn_revision BIGINT
);

-- Each audit entry a changeset made, or its withdrawal, names it and the changeset's source.
ALTER TABLE audit_event ADD COLUMN changeset_id BIGINT REFERENCES changeset (id);
ALTER TABLE audit_event ADD COLUMN source VARCHAR(200);
