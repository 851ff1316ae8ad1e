--liquibase formatted sql

--changeset familycentre:018-case-view-family-changes
-- A family that changes: a member who left keeps their row, with when and why; a member who joins
-- takes the next place in the family, counted in family_members (those who left included).
ALTER TABLE case_view_family_member ADD COLUMN left_at TIMESTAMP WITH TIME ZONE,
    ADD COLUMN left_because VARCHAR(20), ADD COLUMN leaving_note TEXT;
ALTER TABLE case_view_case ADD COLUMN family_members INTEGER NOT NULL DEFAULT 0;
UPDATE case_view_case c SET family_members =
    (SELECT count(*) FROM case_view_family_member m WHERE m.case_id = c.case_id);
-- The case list names a case's children as the case view has them now, joined, corrected or left;
-- the names the list kept from the opening are no longer read.
ALTER TABLE case_list_case DROP COLUMN children;
--rollback ALTER TABLE case_list_case ADD COLUMN children VARCHAR(200)[] NOT NULL DEFAULT '{}'; ALTER TABLE case_view_case DROP COLUMN family_members; ALTER TABLE case_view_family_member DROP COLUMN leaving_note, DROP COLUMN left_because, DROP COLUMN left_at;
