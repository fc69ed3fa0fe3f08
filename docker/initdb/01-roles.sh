#!/usr/bin/env bash
# Runs once, on an empty data directory: the owner and application roles and the database (docs/operations.md).
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" \
  -v owner_password="$BITGRAPHS_DB_OWNER_PASSWORD" -v app_password="$BITGRAPHS_DB_PASSWORD" <<'SQL'
CREATE ROLE bitgraphs_owner LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS PASSWORD :'owner_password';
CREATE ROLE bitgraphs_app   LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS PASSWORD :'app_password';
CREATE DATABASE bitgraphs OWNER bitgraphs_owner ENCODING 'UTF8';
REVOKE ALL ON DATABASE bitgraphs FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE bitgraphs TO bitgraphs_app, bitgraphs_owner;
SQL
