--liquibase formatted sql

--changeset familycentre:007-idempotency
-- A client may repeat a command with the same Idempotency-Key (after a timeout, say) and get the
-- first answer back instead of a second change. Keys are per professional; the fingerprint tells a
-- true repeat from a different request reusing a key.
CREATE TABLE idempotent_request (
    professional_id UUID                     NOT NULL,
    idempotency_key VARCHAR(200)             NOT NULL,
    fingerprint     VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status          INTEGER,
    location        VARCHAR(500),
    version         BIGINT,
    body            TEXT,
    CONSTRAINT idempotent_request_pk PRIMARY KEY (professional_id, idempotency_key)
);
CREATE INDEX idempotent_request_created_idx ON idempotent_request (created_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotent_request TO ${appRole};
--rollback DROP TABLE idempotent_request;
