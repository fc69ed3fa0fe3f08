#!/usr/bin/env bash
# Runs once, on an empty data directory: the owner, application and maintenance roles and the database
# (docs/operations.md). Only the maintenance role, which the retention sweep uses, bypasses row-level security.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" \
  -v owner_password="$BITGRAPHS_DB_OWNER_PASSWORD" -v app_password="$BITGRAPHS_DB_PASSWORD" \
  -v maintenance_password="$BITGRAPHS_DB_MAINTENANCE_PASSWORD" <<'SQL'
CREATE ROLE bitgraphs_owner       LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS PASSWORD :'owner_password';
CREATE ROLE bitgraphs_app         LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS PASSWORD :'app_password';
CREATE ROLE bitgraphs_maintenance LOGIN NOSUPERUSER NOCREATEROLE BYPASSRLS   PASSWORD :'maintenance_password';
CREATE DATABASE bitgraphs OWNER bitgraphs_owner ENCODING 'UTF8';
REVOKE ALL ON DATABASE bitgraphs FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE bitgraphs TO bitgraphs_app, bitgraphs_owner;
GRANT CONNECT ON DATABASE bitgraphs TO bitgraphs_maintenance;
SQL
