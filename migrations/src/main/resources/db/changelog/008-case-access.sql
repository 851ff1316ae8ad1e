--liquibase formatted sql

--changeset familycentre:008-case-access
-- Who may act on a case, kept from the plan's events in the same transaction as the command.
CREATE TABLE case_access (
    case_id       UUID    NOT NULL,
    unit_id       UUID    NOT NULL,
    key_worker_id UUID    NOT NULL,
    closed        BOOLEAN NOT NULL,
    CONSTRAINT case_access_pk PRIMARY KEY (case_id)
);
CREATE INDEX case_access_key_worker_idx ON case_access (key_worker_id);
CREATE INDEX case_access_unit_idx ON case_access (unit_id);

CREATE TABLE case_member (
    case_id         UUID NOT NULL,
    professional_id UUID NOT NULL,
    CONSTRAINT case_member_pk PRIMARY KEY (case_id, professional_id)
);
CREATE INDEX case_member_professional_idx ON case_member (professional_id);

CREATE TABLE pending_invitation (
    invitation_id UUID NOT NULL,
    case_id       UUID NOT NULL,
    specialist_id UUID NOT NULL,
    CONSTRAINT pending_invitation_pk PRIMARY KEY (invitation_id)
);
CREATE INDEX pending_invitation_specialist_idx ON pending_invitation (specialist_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON case_access, case_member, pending_invitation TO ${appRole};
--rollback DROP TABLE pending_invitation; DROP TABLE case_member; DROP TABLE case_access;
