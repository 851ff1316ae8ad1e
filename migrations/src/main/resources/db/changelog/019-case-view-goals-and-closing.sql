--liquibase formatted sql

--changeset familycentre:019-case-view-goals-and-closing
-- Goals and follow-up, closing and reopening (issue 15, items 1 and 6). A need's goal as last set;
-- an action handed on to a named service; the case's last closing with its summary for the family,
-- the referral, and why it was reopened since.
ALTER TABLE case_view_need ADD COLUMN goal_what_will_be_different TEXT,
    ADD COLUMN goal_how_we_will_notice TEXT;
ALTER TABLE case_view_support_action ADD COLUMN handed_on_to TEXT;
ALTER TABLE case_view_case ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE, ADD COLUMN closing_reason TEXT,
    ADD COLUMN closing_summary TEXT, ADD COLUMN referred_to TEXT, ADD COLUMN reopened_because TEXT;
-- A review's participants and follow-ups as JSON lists. Participants written as text before are
-- kept as NAMED participants, as ReviewRecordedUpcaster reads their events, so no rebuild is needed;
-- the reason a case was closed before is not in this view's tables and comes with a rebuild.
ALTER TABLE case_view_review ADD COLUMN participant_list TEXT NOT NULL DEFAULT '[]',
    ADD COLUMN follow_ups TEXT NOT NULL DEFAULT '[]',
    ALTER COLUMN next_review_on DROP NOT NULL;
UPDATE case_view_review SET participant_list = COALESCE((SELECT json_agg(json_build_object('kind', 'NAMED',
    'memberId', NULL, 'professionalId', NULL, 'name', p, 'organisation', NULL))::text FROM unnest(participants) p), '[]');
ALTER TABLE case_view_review DROP COLUMN participants;
ALTER TABLE case_view_review RENAME COLUMN participant_list TO participants;
ALTER TABLE case_view_review ALTER COLUMN participants DROP DEFAULT, ALTER COLUMN follow_ups DROP DEFAULT;
--rollback ALTER TABLE case_view_review ADD COLUMN participant_names TEXT[] NOT NULL DEFAULT '{}'; ALTER TABLE case_view_review DROP COLUMN follow_ups, DROP COLUMN participants; ALTER TABLE case_view_review RENAME COLUMN participant_names TO participants; ALTER TABLE case_view_case DROP COLUMN reopened_because, DROP COLUMN referred_to, DROP COLUMN closing_summary, DROP COLUMN closing_reason, DROP COLUMN closed_at; ALTER TABLE case_view_support_action DROP COLUMN handed_on_to; ALTER TABLE case_view_need DROP COLUMN goal_how_we_will_notice, DROP COLUMN goal_what_will_be_different;
