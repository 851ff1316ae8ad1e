--liquibase formatted sql

--changeset familycentre:020-case-view-earlier-case
-- A new case that follows on from the family's closed one names it; the earlier case finds the
-- cases that follow it by this column, in the order they were opened. Cases opened before followed
-- on from none, and their opening time is left unknown rather than guessed.
ALTER TABLE case_view_case ADD COLUMN earlier_case_id UUID, ADD COLUMN opened_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX case_view_case_earlier_case ON case_view_case (earlier_case_id);
--rollback DROP INDEX case_view_case_earlier_case; ALTER TABLE case_view_case DROP COLUMN opened_at, DROP COLUMN earlier_case_id;
