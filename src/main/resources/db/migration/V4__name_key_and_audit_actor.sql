-- Names are unique by their normalized key (se.pmo.tidbok.catalog.NameRule.key): case-folded,
-- without diacritics, confusable characters mapped. The key is computed in Java, so the next
-- migration (NameKeyMigration, a Java migration) fills it for every row and only then makes it
-- NOT NULL and unique; both run before the service answers anything. The case-sensitive
-- uniqueness of the name itself is replaced by it.
ALTER TABLE appointment_type ADD COLUMN name_key VARCHAR(600);
ALTER TABLE appointment_type DROP CONSTRAINT appointment_type_name_key;

-- The actor says who and by which means: "jwt:<issuer>#<subject>" or "basic:<user name>". Both
-- parts are bounded before a write (issuer and user names by configuration, the subject by the
-- token check), so no valid token can fail a write here.
ALTER TABLE audit_event ALTER COLUMN actor TYPE VARCHAR(1000);
