--liquibase formatted sql

--changeset familycentre:016-case-access-opened
-- The access data lists a professional's cases, newest first, so it keeps when each was opened:
-- the case list asks it which cases to show and reads only its own figures for them.
ALTER TABLE case_access ADD COLUMN opened_at TIMESTAMPTZ;
UPDATE case_access a SET opened_at = CAST(e.time_stamp AS TIMESTAMPTZ)
FROM domain_event_entry e
WHERE e.aggregate_identifier = CAST(a.case_id AS VARCHAR) AND e.sequence_number = 0;
UPDATE case_access SET opened_at = now() WHERE opened_at IS NULL;
ALTER TABLE case_access ALTER COLUMN opened_at SET NOT NULL;
DROP INDEX case_access_key_worker_idx;
DROP INDEX case_access_unit_idx;
CREATE INDEX case_access_key_worker_idx ON case_access (key_worker_id, opened_at DESC, case_id);
CREATE INDEX case_access_unit_idx ON case_access (unit_id, opened_at DESC, case_id);
--rollback DROP INDEX case_access_unit_idx; DROP INDEX case_access_key_worker_idx; CREATE INDEX case_access_key_worker_idx ON case_access (key_worker_id); CREATE INDEX case_access_unit_idx ON case_access (unit_id); ALTER TABLE case_access DROP COLUMN opened_at;
