--liquibase formatted sql

--changeset familycentre:005-case-view
-- The case view: every plan event projected in the transaction of the command that produced it, so
-- that what a professional sees (and whether they see the case at all) is never behind the plan.
-- Item ids are chosen by clients and unique only within a case, so every item table is keyed by
-- (case_id, id), and every read of a case is a scan of one primary key's prefix. "ordinal" is the
-- order in which the view lists items: the sequence number of the event that recorded the item, or a
-- family member's place in the family as the case was opened.
CREATE TABLE case_view_case (
    case_id           UUID                     NOT NULL,
    status            VARCHAR(10)              NOT NULL,
    unit_id           UUID                     NOT NULL,
    key_worker_id     UUID                     NOT NULL,
    version           BIGINT                   NOT NULL,
    approved_version  BIGINT,
    approved_by       UUID,
    approved_at       TIMESTAMP WITH TIME ZONE,
    approval_sequence BIGINT,
    CONSTRAINT case_view_case_pk PRIMARY KEY (case_id)
);

CREATE TABLE case_view_family_member (
    case_id      UUID         NOT NULL,
    id           UUID         NOT NULL,
    ordinal      BIGINT       NOT NULL,
    role         VARCHAR(20)  NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    birth_date   DATE,
    CONSTRAINT case_view_family_member_pk PRIMARY KEY (case_id, id)
);

-- wording_sequence: the event that gave the need its current wording; answers recorded before it were
-- to an earlier wording and no longer count.
CREATE TABLE case_view_need (
    case_id             UUID        NOT NULL,
    id                  UUID        NOT NULL,
    ordinal             BIGINT      NOT NULL,
    description         TEXT        NOT NULL,
    professional_note   TEXT,
    concerns_member_ids UUID[]      NOT NULL,
    raised_by_kind      VARCHAR(20) NOT NULL,
    raised_by_member_id UUID,
    status              VARCHAR(10) NOT NULL,
    outcome             VARCHAR(20),
    wording_sequence    BIGINT      NOT NULL,
    CONSTRAINT case_view_need_pk PRIMARY KEY (case_id, id)
);

-- Every answer ever recorded, keyed by the sequence number of its event; a revision supersedes the
-- earlier ones without deleting them.
CREATE TABLE case_view_agreement (
    case_id        UUID                     NOT NULL,
    event_sequence BIGINT                   NOT NULL,
    need_id        UUID                     NOT NULL,
    member_id      UUID                     NOT NULL,
    decision       VARCHAR(10)              NOT NULL,
    channel        VARCHAR(10)              NOT NULL,
    given_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_view_agreement_pk PRIMARY KEY (case_id, event_sequence)
);
-- A need's status is recomputed from its answers whenever one is recorded.
CREATE INDEX case_view_agreement_need_idx ON case_view_agreement (case_id, need_id, event_sequence);

CREATE TABLE case_view_child_view (
    case_id     UUID                     NOT NULL,
    id          UUID                     NOT NULL,
    ordinal     BIGINT                   NOT NULL,
    child_id    UUID                     NOT NULL,
    need_id     UUID,
    view_text   TEXT,
    how_heard   VARCHAR(20)              NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_view_child_view_pk PRIMARY KEY (case_id, id)
);

CREATE TABLE case_view_support_action (
    case_id          UUID        NOT NULL,
    id               UUID        NOT NULL,
    ordinal          BIGINT      NOT NULL,
    need_id          UUID        NOT NULL,
    description      TEXT        NOT NULL,
    responsible_kind VARCHAR(20) NOT NULL,
    responsible_id   UUID        NOT NULL,
    due_date         DATE        NOT NULL,
    status           VARCHAR(10) NOT NULL,
    CONSTRAINT case_view_support_action_pk PRIMARY KEY (case_id, id)
);

-- ends_at: the instant a grant stops counting, whether or not its expiry has been recorded yet; none
-- for a refusal, which stands until withdrawn.
CREATE TABLE case_view_consent (
    case_id        UUID                     NOT NULL,
    id             UUID                     NOT NULL,
    ordinal        BIGINT                   NOT NULL,
    given_by       UUID                     NOT NULL,
    decision       VARCHAR(10)              NOT NULL,
    recipient_kind VARCHAR(20)              NOT NULL,
    recipient_id   UUID                     NOT NULL,
    need_ids       UUID[]                   NOT NULL,
    purpose        TEXT,
    valid_until    DATE,
    ends_at        TIMESTAMP WITH TIME ZONE,
    status         VARCHAR(10)              NOT NULL,
    CONSTRAINT case_view_consent_pk PRIMARY KEY (case_id, id)
);

-- Current members only: a membership that ends is deleted. unit_id is the unit given when they first
-- joined, which is the one consents addressed to a unit are matched against, as the plan does.
CREATE TABLE case_view_network_member (
    case_id         UUID                     NOT NULL,
    professional_id UUID                     NOT NULL,
    ordinal         BIGINT                   NOT NULL,
    unit_id         UUID                     NOT NULL,
    need_ids        UUID[]                   NOT NULL,
    since           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT case_view_network_member_pk PRIMARY KEY (case_id, professional_id)
);

CREATE TABLE case_view_invitation (
    case_id            UUID                     NOT NULL,
    id                 UUID                     NOT NULL,
    ordinal            BIGINT                   NOT NULL,
    specialist_id      UUID                     NOT NULL,
    specialist_unit_id UUID                     NOT NULL,
    need_ids           UUID[]                   NOT NULL,
    message            TEXT,
    respond_by         DATE                     NOT NULL,
    expires_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status             VARCHAR(10)              NOT NULL,
    decline_reason     TEXT,
    CONSTRAINT case_view_invitation_pk PRIMARY KEY (case_id, id)
);

CREATE TABLE case_view_review (
    case_id        UUID   NOT NULL,
    id             UUID   NOT NULL,
    ordinal        BIGINT NOT NULL,
    held_on        DATE   NOT NULL,
    participants   TEXT[] NOT NULL,
    summary        TEXT   NOT NULL,
    next_review_on DATE   NOT NULL,
    CONSTRAINT case_view_review_pk PRIMARY KEY (case_id, id)
);

GRANT SELECT, INSERT, UPDATE, DELETE ON case_view_case, case_view_family_member, case_view_need,
    case_view_agreement, case_view_child_view, case_view_support_action, case_view_consent,
    case_view_network_member, case_view_invitation, case_view_review TO ${appRole};
--rollback DROP TABLE case_view_review; DROP TABLE case_view_invitation; DROP TABLE case_view_network_member; DROP TABLE case_view_consent; DROP TABLE case_view_support_action; DROP TABLE case_view_child_view; DROP TABLE case_view_agreement; DROP TABLE case_view_need; DROP TABLE case_view_family_member; DROP TABLE case_view_case;
