--liquibase formatted sql

--changeset familycentre:023-case-view-safety
-- Separated parents and safety: an adult's own need kept from the rest of the family, a child's view
-- withheld from named guardians, a member's non-disclosure marking (turvakielto) and contact details.
ALTER TABLE case_view_need ADD COLUMN confidential BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE case_view_child_view ADD COLUMN withheld_from UUID[] NOT NULL DEFAULT '{}';
ALTER TABLE case_view_family_member ADD COLUMN non_disclosure BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN phone VARCHAR(200), ADD COLUMN email VARCHAR(200), ADD COLUMN address TEXT;
--rollback ALTER TABLE case_view_family_member DROP COLUMN address, DROP COLUMN email, DROP COLUMN phone, DROP COLUMN non_disclosure; ALTER TABLE case_view_child_view DROP COLUMN withheld_from; ALTER TABLE case_view_need DROP COLUMN confidential;
