--liquibase formatted sql

--changeset familycentre:027-disclosure-log-beyond-the-directory
-- Disclosures to those who are no users of the system: an external participant of the network told
-- about needs on the family's consent (TOLD_PARTICIPANT), and a disclosure on a legal basis without
-- consent (LEGAL_BASIS: a child welfare notification, an authority's statutory request), which may
-- name no need of the plan and rests on no consent. Neither has a professional or unit as its
-- recipient; the plan's disclosure item (plan_item_id) names who received it and what was told.
ALTER TABLE disclosure_log ALTER COLUMN recipient_professional_id DROP NOT NULL,
    ALTER COLUMN recipient_unit_id DROP NOT NULL,
    ADD COLUMN recipient_participant_id UUID,
    ADD COLUMN legal_basis VARCHAR(40),
    ADD COLUMN plan_item_id UUID;
ALTER TABLE disclosure_log DROP CONSTRAINT disclosure_log_what_ck;
ALTER TABLE disclosure_log ADD CONSTRAINT disclosure_log_what_ck
    CHECK (what IN ('INVITED', 'JOINED_NETWORK', 'EXPORTED', 'TOLD_PARTICIPANT', 'LEGAL_BASIS'));
ALTER TABLE disclosure_log DROP CONSTRAINT disclosure_log_shared_ck;
-- Nothing crosses on consent without a consent, and a disclosure of nobody's data would be in no report.
ALTER TABLE disclosure_log ADD CONSTRAINT disclosure_log_shared_ck
    CHECK (cardinality(member_ids) > 0 AND (what = 'LEGAL_BASIS'
        OR cardinality(consent_ids) > 0 AND cardinality(need_ids) > 0));
ALTER TABLE disclosure_log ADD CONSTRAINT disclosure_log_recipient_ck CHECK (CASE what
    WHEN 'TOLD_PARTICIPANT' THEN recipient_participant_id IS NOT NULL AND plan_item_id IS NOT NULL
    WHEN 'LEGAL_BASIS' THEN legal_basis IS NOT NULL AND plan_item_id IS NOT NULL
        AND cardinality(consent_ids) = 0
    ELSE recipient_professional_id IS NOT NULL AND recipient_unit_id IS NOT NULL END);
--rollback ALTER TABLE disclosure_log DROP CONSTRAINT disclosure_log_recipient_ck; ALTER TABLE disclosure_log DROP CONSTRAINT disclosure_log_shared_ck; ALTER TABLE disclosure_log ADD CONSTRAINT disclosure_log_shared_ck CHECK (cardinality(consent_ids) > 0 AND cardinality(member_ids) > 0 AND cardinality(need_ids) > 0); ALTER TABLE disclosure_log DROP CONSTRAINT disclosure_log_what_ck; ALTER TABLE disclosure_log ADD CONSTRAINT disclosure_log_what_ck CHECK (what IN ('INVITED', 'JOINED_NETWORK', 'EXPORTED')); ALTER TABLE disclosure_log DROP COLUMN plan_item_id, DROP COLUMN legal_basis, DROP COLUMN recipient_participant_id, ALTER COLUMN recipient_unit_id SET NOT NULL, ALTER COLUMN recipient_professional_id SET NOT NULL;
