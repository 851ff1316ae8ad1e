--liquibase formatted sql

--changeset familycentre:012-sign-in-failures
-- Failed password sign-ins, so that repeated guesses are slowed and then paused for a while
-- (SignInThrottle). Kept here rather than in each instance's memory, so that every instance of the
-- application sees the same count. A key is a kind and a hash of the username and address it
-- counts; rows are forgotten a while after their last failure.
CREATE TABLE sign_in_failure (
    throttle_key    VARCHAR(100)             NOT NULL,
    failures        INTEGER                  NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    paused_until    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sign_in_failure_pk PRIMARY KEY (throttle_key)
);
CREATE INDEX sign_in_failure_last_failure_idx ON sign_in_failure (last_failure_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON sign_in_failure TO ${appRole};
--rollback DROP TABLE sign_in_failure;
