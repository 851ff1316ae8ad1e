--liquibase formatted sql

--changeset familycentre:004-directory
-- The professional directory. Access to families' data depends on a professional's role, unit and
-- whether they are active, so every change is kept (Envers revision tables below).
CREATE TABLE unit (
    id      UUID         NOT NULL,
    code    VARCHAR(50)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    version BIGINT       NOT NULL,
    CONSTRAINT unit_pk PRIMARY KEY (id),
    CONSTRAINT unit_code_uk UNIQUE (code)
);

CREATE TABLE professional (
    id           UUID         NOT NULL,
    username     VARCHAR(100) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    role         VARCHAR(20)  NOT NULL,
    unit_id      UUID         NOT NULL,
    profession   VARCHAR(200),
    active       BOOLEAN      NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT professional_pk PRIMARY KEY (id),
    CONSTRAINT professional_username_uk UNIQUE (username),
    CONSTRAINT professional_unit_fk FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT professional_role_ck CHECK (role IN ('KEY_WORKER', 'SPECIALIST', 'SUPERVISOR'))
);
CREATE INDEX professional_unit_role_idx ON professional (unit_id, role);
CREATE INDEX professional_display_name_idx ON professional (lower(display_name));

-- Passwords exist only for the embedded default's demo directory; deployments sign in with OIDC.
CREATE TABLE local_credential (
    professional_id UUID         NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    CONSTRAINT local_credential_pk PRIMARY KEY (professional_id),
    CONSTRAINT local_credential_professional_fk FOREIGN KEY (professional_id) REFERENCES professional (id)
);

CREATE SEQUENCE directory_revision_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE directory_revision (
    id         BIGINT                   NOT NULL,
    changed_at TIMESTAMP(6) WITH TIME ZONE,
    changed_by VARCHAR(100),
    CONSTRAINT directory_revision_pk PRIMARY KEY (id)
);

CREATE TABLE unit_aud (
    id      UUID     NOT NULL,
    rev     BIGINT   NOT NULL,
    revtype SMALLINT,
    code    VARCHAR(50),
    name    VARCHAR(200),
    CONSTRAINT unit_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT unit_aud_revision_fk FOREIGN KEY (rev) REFERENCES directory_revision (id)
);

CREATE TABLE professional_aud (
    id           UUID     NOT NULL,
    rev          BIGINT   NOT NULL,
    revtype      SMALLINT,
    username     VARCHAR(100),
    display_name VARCHAR(200),
    role         VARCHAR(20),
    unit_id      UUID,
    profession   VARCHAR(200),
    active       BOOLEAN,
    CONSTRAINT professional_aud_pk PRIMARY KEY (rev, id),
    CONSTRAINT professional_aud_revision_fk FOREIGN KEY (rev) REFERENCES directory_revision (id)
);
CREATE INDEX professional_aud_id_idx ON professional_aud (id, rev);

GRANT SELECT, INSERT, UPDATE ON unit, professional TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON local_credential TO ${appRole};
GRANT SELECT, INSERT ON directory_revision, unit_aud, professional_aud TO ${appRole};
GRANT USAGE ON SEQUENCE directory_revision_seq TO ${appRole};
--rollback DROP TABLE professional_aud; DROP TABLE unit_aud; DROP TABLE directory_revision; DROP SEQUENCE directory_revision_seq; DROP TABLE local_credential; DROP TABLE professional; DROP TABLE unit;
