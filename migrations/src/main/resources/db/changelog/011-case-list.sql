--liquibase formatted sql

--changeset familycentre:011-case-list
-- Item ids are unique within a case only, as in the case view, so items are keyed by case and id.
-- The key worker's caseload figures, kept by the tracking processor case-list: it may lag the plan
-- by moments, which a list can afford. Which rows a professional is shown is not decided here but
-- from case_access and case_member, which the commands keep current.
CREATE TABLE case_list_case (
    case_id        UUID                     NOT NULL,
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The children's display names, so that a key worker recognises the family in their own list.
    children       VARCHAR(200)[]           NOT NULL,
    next_review_on DATE,
    CONSTRAINT case_list_case_pk PRIMARY KEY (case_id)
);

-- The needs that are not closed; awaiting: no family member has answered its current wording yet.
CREATE TABLE case_list_need (
    case_id  UUID    NOT NULL,
    id       UUID    NOT NULL,
    awaiting BOOLEAN NOT NULL,
    CONSTRAINT case_list_need_pk PRIMARY KEY (case_id, id)
);

-- Open support actions with their due dates: overdue is decided on reading, against today.
CREATE TABLE case_list_action (
    case_id  UUID NOT NULL,
    id       UUID NOT NULL,
    due_date DATE NOT NULL,
    CONSTRAINT case_list_action_pk PRIMARY KEY (case_id, id)
);

-- Invitations waiting for an answer.
CREATE TABLE case_list_invitation (
    case_id UUID NOT NULL,
    id      UUID NOT NULL,
    CONSTRAINT case_list_invitation_pk PRIMARY KEY (case_id, id)
);

-- A list orders by opening, newest first.
CREATE INDEX case_list_case_opened_idx ON case_list_case (opened_at DESC, case_id);

-- A specialist's invitations waiting for an answer (GET /api/v1/invitations).
CREATE INDEX case_view_invitation_pending_idx ON case_view_invitation (specialist_id, respond_by)
    WHERE status = 'PENDING';

GRANT SELECT, INSERT, UPDATE, DELETE ON case_list_case, case_list_need, case_list_action, case_list_invitation
    TO ${appRole};
--rollback DROP INDEX case_view_invitation_pending_idx; DROP TABLE case_list_invitation; DROP TABLE case_list_action; DROP TABLE case_list_need; DROP TABLE case_list_case;
