--liquibase formatted sql

--changeset familycentre:010-access-log-unit
-- The access log (käyttöloki) as supervisors review it. 009 created the table; a changeset that
-- has run is never edited, so the table is completed here. No database held
-- access-log rows when this was written, so the new column is NOT NULL without a default.
-- A supervisor reviews the cases of their unit and what the professionals of their unit did, so
-- the professional's unit at the time of the access is kept with the row: the directory changes.
ALTER TABLE access_log ADD COLUMN unit_id UUID NOT NULL;
-- The consents that let a network member see what they saw: the basis, not the data.
ALTER TABLE access_log RENAME COLUMN consent_ids TO basis_consent_ids;
-- The writer states when the access happened, from the same clock as the plan's events.
ALTER TABLE access_log ALTER COLUMN at DROP DEFAULT;
-- Codes only, so that no free text (and so no client data) can be stored in them.
ALTER TABLE access_log ADD CONSTRAINT access_log_role_ck CHECK (role IN ('KEY_WORKER', 'SPECIALIST', 'SUPERVISOR'));
ALTER TABLE access_log ADD CONSTRAINT access_log_basis_ck
    CHECK (basis IN ('KEY_WORKER', 'MEMBERSHIP', 'SUPERVISION', 'INVITATION', 'NONE'));
-- A refusal may still name the basis the professional had (a supervisor refused a change); an
-- allowed access always has one.
ALTER TABLE access_log ADD CONSTRAINT access_log_allowed_has_basis_ck CHECK (outcome = 'REFUSED' OR basis <> 'NONE');
CREATE INDEX access_log_unit_idx ON access_log (unit_id, at DESC);
--rollback DROP INDEX access_log_unit_idx; ALTER TABLE access_log DROP CONSTRAINT access_log_allowed_has_basis_ck; ALTER TABLE access_log DROP CONSTRAINT access_log_basis_ck; ALTER TABLE access_log DROP CONSTRAINT access_log_role_ck; ALTER TABLE access_log ALTER COLUMN at SET DEFAULT now(); ALTER TABLE access_log RENAME COLUMN basis_consent_ids TO consent_ids; ALTER TABLE access_log DROP COLUMN unit_id;

--changeset familycentre:010-disclosure-log
-- The disclosure log (luovutusloki): each time a family's data crosses to a professional on the
-- strength of consents (an invitation shows the covered needs, joining the network, an export),
-- who received it, under which consents, and whose data and which needs it was. Ids and codes
-- only: the family's report names the people and needs from the plan, never from here.
-- Append-only like the event store.
CREATE TABLE disclosure_log (
    id                        BIGINT GENERATED ALWAYS AS IDENTITY,
    at                        TIMESTAMP WITH TIME ZONE NOT NULL,
    case_id                   UUID                     NOT NULL,
    recipient_professional_id UUID                     NOT NULL,
    recipient_unit_id         UUID                     NOT NULL,
    consent_ids               UUID[]                   NOT NULL,
    member_ids                UUID[]                   NOT NULL,
    need_ids                  UUID[]                   NOT NULL,
    what                      VARCHAR(20)              NOT NULL,
    correlation_id            VARCHAR(100)             NOT NULL,
    -- The plan event that let the data cross, none for an export: a projection that is rebuilt by
    -- applying the events again must not log the same disclosure twice.
    source_event_id           UUID,
    CONSTRAINT disclosure_log_pk PRIMARY KEY (id),
    CONSTRAINT disclosure_log_source_event_uq UNIQUE (source_event_id),
    CONSTRAINT disclosure_log_what_ck CHECK (what IN ('INVITED', 'JOINED_NETWORK', 'EXPORTED')),
    -- Nothing crosses without a consent, and a disclosure of nobody's data would be in no report.
    CONSTRAINT disclosure_log_shared_ck
        CHECK (cardinality(consent_ids) > 0 AND cardinality(member_ids) > 0 AND cardinality(need_ids) > 0)
);
CREATE INDEX disclosure_log_case_idx ON disclosure_log (case_id, at);
-- The family's report is per member: "member_ids @> ARRAY[member]" over a period.
CREATE INDEX disclosure_log_member_idx ON disclosure_log USING GIN (member_ids);

CREATE TRIGGER disclosure_log_append_only
    BEFORE UPDATE OR DELETE ON disclosure_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
CREATE TRIGGER disclosure_log_no_truncate
    BEFORE TRUNCATE ON disclosure_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();

-- The identity's sequence needs no grant: PostgreSQL draws identity values without checking it.
GRANT SELECT, INSERT ON disclosure_log TO ${appRole};
--rollback DROP TABLE disclosure_log;
