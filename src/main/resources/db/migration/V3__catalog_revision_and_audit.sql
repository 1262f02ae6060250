-- The catalog revision: one number, bumped in the same transaction as every change to the
-- catalog, so every instance can tell cheaply whether its in-memory copy is current.
CREATE TABLE catalog_revision (
    id       SMALLINT PRIMARY KEY DEFAULT 1,
    revision BIGINT   NOT NULL,
    CONSTRAINT catalog_revision_single_row CHECK (id = 1)
);
INSERT INTO catalog_revision (id, revision) VALUES (1, 1);

-- Who changed what in the catalog, and when; written in the same transaction as the change.
CREATE TABLE audit_event (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor                 VARCHAR(200)             NOT NULL,
    action                VARCHAR(20)              NOT NULL,
    appointment_type_code VARCHAR(200)             NOT NULL REFERENCES appointment_type (code),
    catalog_revision      BIGINT                   NOT NULL,
    before_change         JSONB,
    after_change          JSONB                    NOT NULL
);
CREATE INDEX audit_event_code_idx ON audit_event (appointment_type_code, id DESC);
