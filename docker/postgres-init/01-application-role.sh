#!/usr/bin/env bash
# Runs once, when the data volume is first initialised (docker-entrypoint-initdb.d), as the owner
# role (POSTGRES_USER), which owns the database and every table Liquibase creates. It only creates
# the application's login role: that role owns nothing, and the Liquibase changelog grants it what
# it needs. (No `set -u`: the image's entrypoint sources this file if it is not executable.)
set -eo pipefail

if [ -z "${APP_DB_PASSWORD:-}" ]; then
    echo "APP_DB_PASSWORD is not set: cannot create the familycentre_app role" >&2
    exit 1
fi

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v app_password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE familycentre_app LOGIN PASSWORD :'app_password';
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
