--liquibase formatted sql

--changeset familycentre:028-case-view-external-network
-- The network beyond the directory: participants who are no users of the system (one who left keeps
-- the row, as what they were told stays on record), and the disclosures the plan records, to them on
-- consent or to an authority on a legal basis.
CREATE TABLE case_view_external_participant (
    case_id        UUID                     NOT NULL,
    id             UUID                     NOT NULL,
    ordinal        BIGINT                   NOT NULL,
    name           VARCHAR(200)             NOT NULL,
    organisation   VARCHAR(200),
    kind           VARCHAR(30)              NOT NULL,
    since          TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at     TIMESTAMP WITH TIME ZONE,
    removal_reason TEXT,
    CONSTRAINT case_view_external_participant_pk PRIMARY KEY (case_id, id)
);

CREATE TABLE case_view_disclosure (
    case_id             UUID                     NOT NULL,
    id                  UUID                     NOT NULL,
    ordinal             BIGINT                   NOT NULL,
    kind                VARCHAR(20)              NOT NULL,
    participant_id      UUID,
    legal_basis         VARCHAR(40),
    provision           VARCHAR(200),
    recipient           VARCHAR(200)             NOT NULL,
    concerns_member_ids UUID[]                   NOT NULL,
    need_ids            UUID[]                   NOT NULL,
    consent_ids         UUID[]                   NOT NULL,
    told                TEXT                     NOT NULL,
    disclosed_on        DATE                     NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_view_disclosure_pk PRIMARY KEY (case_id, id)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON case_view_external_participant, case_view_disclosure TO ${appRole};
--rollback DROP TABLE case_view_disclosure; DROP TABLE case_view_external_participant;
