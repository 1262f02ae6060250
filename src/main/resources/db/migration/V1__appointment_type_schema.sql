-- Appointment-book types (tidbokstyper) of PMO and the patient rights they carry on 1177.
-- The code is the stable public key: derived from the name when the type is created, never changed.
CREATE TABLE appointment_type (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                   VARCHAR(200) NOT NULL,
    name                   VARCHAR(200) NOT NULL,
    description            VARCHAR(1000),
    visible_to_patient     BOOLEAN      NOT NULL,
    cancellable_by_patient BOOLEAN      NOT NULL,
    rebookable_by_patient  BOOLEAN      NOT NULL,
    sms_reminder           BOOLEAN      NOT NULL,
    is_retired             BOOLEAN      NOT NULL DEFAULT FALSE,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT appointment_type_code_key UNIQUE (code),
    CONSTRAINT appointment_type_name_key UNIQUE (name),
    CONSTRAINT appointment_type_code_format CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
