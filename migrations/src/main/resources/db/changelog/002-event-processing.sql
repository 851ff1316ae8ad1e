--liquibase formatted sql

--changeset familycentre:002-event-processing
-- Axon's own JPA entities. Tokens are rewritten with every batch of every processor, so they, and every
-- other serialized column, are bytea: PostgreSQL large objects (oid) would pile up unreferenced.
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255) NOT NULL,
    owner          VARCHAR(255),
    CONSTRAINT token_entry_pk PRIMARY KEY (processor_name, segment)
);

CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)                NOT NULL,
    processing_group     VARCHAR(255)                NOT NULL,
    sequence_identifier  VARCHAR(255)                NOT NULL,
    sequence_index       BIGINT                      NOT NULL,
    message_type         VARCHAR(255)                NOT NULL,
    event_identifier     VARCHAR(255)                NOT NULL,
    time_stamp           VARCHAR(255)                NOT NULL,
    payload_type         VARCHAR(255)                NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA                       NOT NULL,
    meta_data            BYTEA,
    type                 VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_touched         TIMESTAMP(6) WITH TIME ZONE,
    processing_started   TIMESTAMP(6) WITH TIME ZONE,
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_entry_pk PRIMARY KEY (dead_letter_id),
    CONSTRAINT dead_letter_entry_sequence_uk UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX dead_letter_entry_group_idx ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_entry_group_sequence_idx ON dead_letter_entry (processing_group, sequence_identifier);

-- No sagas coordinate plans today; Axon registers their entities whenever JPA is present, and Hibernate
-- validates every registered entity, so their tables exist (empty).
CREATE TABLE saga_entry (
    saga_id         VARCHAR(255) NOT NULL,
    saga_type       VARCHAR(255),
    revision        VARCHAR(255),
    serialized_saga BYTEA,
    CONSTRAINT saga_entry_pk PRIMARY KEY (saga_id)
);

CREATE SEQUENCE association_value_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE association_value_entry (
    id                BIGINT       NOT NULL,
    association_key   VARCHAR(255) NOT NULL,
    association_value VARCHAR(255),
    saga_id           VARCHAR(255) NOT NULL,
    saga_type         VARCHAR(255),
    CONSTRAINT association_value_entry_pk PRIMARY KEY (id)
);
CREATE INDEX association_value_entry_lookup_idx ON association_value_entry (saga_type, association_key, association_value);
CREATE INDEX association_value_entry_saga_idx ON association_value_entry (saga_id, saga_type);

GRANT SELECT, INSERT, UPDATE, DELETE ON token_entry, dead_letter_entry, saga_entry, association_value_entry TO ${appRole};
GRANT USAGE ON SEQUENCE association_value_entry_seq TO ${appRole};
--rollback DROP TABLE association_value_entry; DROP SEQUENCE association_value_entry_seq; DROP TABLE saga_entry; DROP TABLE dead_letter_entry; DROP TABLE token_entry;
