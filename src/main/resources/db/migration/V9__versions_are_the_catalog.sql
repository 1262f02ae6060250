-- The versions are the catalog's data: appointment_type keeps only the type's identity (its code,
-- never reused) and the key of its latest version's name, under which the database keeps names
-- unique. Its copy of the latest version (name, description, the four flags, is_retired, version)
-- goes. Nothing is lost: each copy must equal the type's latest version that is not withdrawn, and
-- a type with none (its scheduled creation withdrawn) must have no name key. A row that disagrees
-- stops the migration, naming the codes, so that nothing is dropped unseen.
DO $$
DECLARE
    disagreeing TEXT;
BEGIN
    SELECT string_agg(t.code, ', ' ORDER BY t.code)
    INTO disagreeing
    FROM appointment_type t
    LEFT JOIN LATERAL (SELECT v.*
                       FROM appointment_type_version v
                       WHERE v.code = t.code AND v.withdrawn_at IS NULL
                       ORDER BY v.version DESC
                       LIMIT 1) latest ON TRUE
    WHERE CASE
              WHEN latest.id IS NULL THEN t.name_key IS NOT NULL
              ELSE t.name_key IS NULL
                  OR (t.name, t.description, t.visible_to_patient, t.cancellable_by_patient,
                      t.rebookable_by_patient, t.sms_reminder, t.is_retired, t.version)
                     IS DISTINCT FROM
                     (latest.name, latest.description, latest.visible_to_patient, latest.cancellable_by_patient,
                      latest.rebookable_by_patient, latest.sms_reminder, latest.is_retired, latest.version)
          END;
    IF disagreeing IS NOT NULL THEN
        RAISE EXCEPTION 'appointment_type rows differ from their latest version, so migration 9 would lose data: %',
            disagreeing;
    END IF;
END
$$;

ALTER TABLE appointment_type
    DROP COLUMN name,
    DROP COLUMN description,
    DROP COLUMN visible_to_patient,
    DROP COLUMN cancellable_by_patient,
    DROP COLUMN rebookable_by_patient,
    DROP COLUMN sms_reminder,
    DROP COLUMN is_retired,
    DROP COLUMN version;
