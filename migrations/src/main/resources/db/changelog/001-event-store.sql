--liquibase formatted sql

--changeset familycentre:001-event-store
-- The event store is the truth of every plan. Its global index comes from a sequence of its own that
-- increments by 1, so that no node can hand out a lower index after a higher one has committed.
CREATE SEQUENCE domain_event_entry_global_index_seq AS BIGINT INCREMENT BY 1 START WITH 1 NO CYCLE;

CREATE TABLE domain_event_entry (
    global_index         BIGINT       NOT NULL DEFAULT nextval('domain_event_entry_global_index_seq'),
    event_identifier     VARCHAR(255) NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    CONSTRAINT domain_event_entry_pk PRIMARY KEY (global_index),
    CONSTRAINT domain_event_entry_aggregate_sequence_uk UNIQUE (aggregate_identifier, sequence_number),
    CONSTRAINT domain_event_entry_event_identifier_uk UNIQUE (event_identifier)
);
ALTER SEQUENCE domain_event_entry_global_index_seq OWNED BY domain_event_entry.global_index;

CREATE TABLE snapshot_event_entry (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    CONSTRAINT snapshot_event_entry_pk PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT snapshot_event_entry_event_identifier_uk UNIQUE (event_identifier)
);
--rollback DROP TABLE snapshot_event_entry; DROP TABLE domain_event_entry;

--changeset familycentre:001-event-store-append-only splitStatements:false
-- Corrections are new events: no event is ever changed or deleted, whoever asks.
CREATE FUNCTION refuse_change_of_history() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% on % refused: the table is append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER domain_event_entry_append_only
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();

CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_history();
--rollback DROP TRIGGER domain_event_entry_no_truncate ON domain_event_entry; DROP TRIGGER domain_event_entry_append_only ON domain_event_entry; DROP FUNCTION refuse_change_of_history();

--changeset familycentre:001-event-store-grants
GRANT SELECT, INSERT ON domain_event_entry TO ${appRole};
GRANT USAGE ON SEQUENCE domain_event_entry_global_index_seq TO ${appRole};
-- Axon replaces an aggregate's older snapshots when it stores a new one.
GRANT SELECT, INSERT, DELETE ON snapshot_event_entry TO ${appRole};
