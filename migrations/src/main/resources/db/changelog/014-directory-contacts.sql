--liquibase formatted sql

--changeset familycentre:014-directory-contacts
-- How a family reaches a professional: a work phone and e-mail, from the organisation's directory,
-- for what is handed to the family (the printed plan, the disclosure report).
ALTER TABLE professional ADD COLUMN phone VARCHAR(50), ADD COLUMN email VARCHAR(200);
ALTER TABLE professional_aud ADD COLUMN phone VARCHAR(50), ADD COLUMN email VARCHAR(200);
--rollback ALTER TABLE professional_aud DROP COLUMN email, DROP COLUMN phone; ALTER TABLE professional DROP COLUMN email, DROP COLUMN phone;
