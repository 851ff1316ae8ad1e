--liquibase formatted sql

--changeset familycentre:013-case-view-notes
-- The reasons and notes the plan's events carry, shown where they belong: a member's note with
-- their answer, the note with which a need was closed or an action done or cancelled, and who
-- withdrew a consent and why. Cases stored before this change get them when the case view is
-- rebuilt (familycentre.rebuild=case-view); until then they are empty.
ALTER TABLE case_view_agreement ADD COLUMN note TEXT;
ALTER TABLE case_view_need ADD COLUMN outcome_note TEXT;
ALTER TABLE case_view_support_action ADD COLUMN outcome_note TEXT;
ALTER TABLE case_view_consent ADD COLUMN withdrawn_by UUID, ADD COLUMN withdrawal_note TEXT;
-- Whether a child's words may be printed for the guardians, as agreed with the child.
ALTER TABLE case_view_child_view ADD COLUMN words_shown_to_guardians BOOLEAN NOT NULL DEFAULT FALSE;
--rollback ALTER TABLE case_view_child_view DROP COLUMN words_shown_to_guardians; ALTER TABLE case_view_consent DROP COLUMN withdrawal_note, DROP COLUMN withdrawn_by; ALTER TABLE case_view_support_action DROP COLUMN outcome_note; ALTER TABLE case_view_need DROP COLUMN outcome_note; ALTER TABLE case_view_agreement DROP COLUMN note;
