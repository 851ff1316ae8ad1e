--liquibase formatted sql

--changeset familycentre:009-access-log
-- The access log (käyttöloki): who touched which case, how, when and on what basis, refusals too.
-- No client data: ids and codes only. Append-only, like the event store.
CREATE TABLE access_log (
    id              BIGINT GENERATED ALWAYS AS IDENTITY,
    at              TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    professional_id UUID                     NOT NULL,
    username        VARCHAR(100)             NOT NULL,
    role            VARCHAR(20)              NOT NULL,
    case_id         UUID,
    view_or_command VARCHAR(200)             NOT NULL,
    basis           VARCHAR(20)              NOT NULL,
    consent_ids     UUID[]                   NOT NULL,
    outcome         VARCHAR(10)              NOT NULL,
    correlation_id  VARCHAR(100)             NOT NULL,
    CONSTRAINT access_log_pk PRIMARY KEY (id),
    CONSTRAINT access_log_outcome_ck CHECK (outcome IN ('ALLOWED', 'REFUSED'))
);
CREATE INDEX access_log_case_idx ON access_log (case_id, at DESC);
CREATE INDEX access_log_professional_idx ON access_log (professional_id, at DESC);

CREATE TRIGGER access_log_append_only
    BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
CREATE TRIGGER access_log_no_truncate
    BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();

GRANT SELECT, INSERT ON access_log TO ${appRole};
--rollback DROP TABLE access_log;
