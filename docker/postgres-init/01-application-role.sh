#!/usr/bin/env bash
# Runs once, when the data volume is first created. The owner role (POSTGRES_USER) owns the
# database and every table Liquibase creates; the application logs in as a role that owns nothing
# and gets only the privileges the changelog grants it.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v app_password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE familycentre_app LOGIN PASSWORD :'app_password';
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
