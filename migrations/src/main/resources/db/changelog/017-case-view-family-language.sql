--liquibase formatted sql

--changeset familycentre:017-case-view-family-language
-- The family's language (an ISO 639-1 code) and whether it needs an interpreter. Cases opened
-- before the language was recorded were all served in Finnish without one, which is also how their
-- opening event is read now (CaseOpenedUpcaster), so their rows need no rebuild.
ALTER TABLE case_view_case ADD COLUMN language_code VARCHAR(3) NOT NULL DEFAULT 'fi',
    ADD COLUMN interpreter_needed BOOLEAN NOT NULL DEFAULT FALSE;
--rollback ALTER TABLE case_view_case DROP COLUMN interpreter_needed, DROP COLUMN language_code;
