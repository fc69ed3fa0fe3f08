#!/usr/bin/env bash
# Proves that a backup of the Bitgraphs database restores: dumps it with pg_dump, restores the dump with
# pg_restore into a fresh database, and compares the row count of every table, and of every tenant in every
# table with a tenant_id column, between the original and the restored database (docs/operations.md).
#
# usage: backup-check.sh [DATABASE]        (default: bitgraphs)
#   Connection from the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD). The role must be able to
#   create databases and read every row despite row-level security: a superuser, or a role with CREATEDB,
#   BYPASSRLS and pg_read_all_data. pg_dump, pg_restore and psql must be of the server's major version or later;
#   PG_BIN names their directory when they are not on the PATH.
#   BACKUP_CHECK_KEEP=1 keeps the dump and the restored database for inspection.
# Exit status: 0 when every count matches; 1 with the differing counts otherwise; 2 when it could not run.
set -euo pipefail

database=${1:-bitgraphs}
restored="${database}_restore_check_$$"
bin=${PG_BIN:+$PG_BIN/}
work=$(mktemp -d)
cleanup() {
  if [[ "${BACKUP_CHECK_KEEP:-0}" != 1 ]]; then
    "${bin}psql" -X -q -d postgres -c "DROP DATABASE IF EXISTS \"$restored\"" >/dev/null 2>&1 || true
    rm -rf "$work"
  else
    echo "kept: dump $work/backup.dump, database $restored" >&2
  fi
}
trap cleanup EXIT

fail() { echo "backup-check: $*" >&2; exit 2; }

for tool in pg_dump pg_restore psql; do
  command -v "${bin}$tool" >/dev/null || fail "$tool not found (set PG_BIN)"
done
server=$("${bin}psql" -X -At -d "$database" -c "show server_version_num") || fail "cannot connect to $database"
client=$("${bin}pg_dump" --version | awk '{print $3}' | cut -d. -f1)
(( client >= server / 10000 )) || fail "pg_dump $client cannot dump a PostgreSQL $((server / 10000)) server: use client tools of version $((server / 10000)) or later"

# Row counts, with row-level security off so that a policy can never hide a row from the count
counts() {
  "${bin}psql" -X -q -At -v ON_ERROR_STOP=1 -d "$1" <<'SQL'
SET row_security = off;
DO $$
DECLARE
    t record;
    r record;
BEGIN
    CREATE TEMP TABLE backup_check_count (line text) ON COMMIT PRESERVE ROWS;
    FOR t IN SELECT c.relname, EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid
                                       AND a.attname = 'tenant_id' AND NOT a.attisdropped) AS tenant
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') LOOP
        EXECUTE format('INSERT INTO backup_check_count SELECT %L || '' * '' || count(*) FROM %I', t.relname, t.relname);
        IF t.tenant THEN
            EXECUTE format('INSERT INTO backup_check_count SELECT %L || '' '' || tenant_id || '' '' || count(*) FROM %I GROUP BY tenant_id',
                           t.relname, t.relname);
        END IF;
    END LOOP;
END
$$;
SELECT line FROM backup_check_count ORDER BY line;
SQL
}

owner=$("${bin}psql" -X -At -d "$database" -c "select pg_get_userbyid(datdba) from pg_database where datname = current_database()")
echo "dumping $database"
"${bin}pg_dump" --format=custom --file="$work/backup.dump" "$database" || fail "pg_dump failed"
echo "restoring into $restored"
"${bin}psql" -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE \"$restored\" OWNER \"$owner\" TEMPLATE template0" >/dev/null \
  || fail "cannot create database $restored"
"${bin}pg_restore" --exit-on-error --dbname="$restored" "$work/backup.dump" || fail "pg_restore failed"

counts "$database" > "$work/original.txt"
counts "$restored" > "$work/restored.txt"
tables=$(grep -c ' \* ' "$work/original.txt" || true)
tenants=$(grep -vc ' \* ' "$work/original.txt" || true)
if diff -u "$work/original.txt" "$work/restored.txt" > "$work/diff.txt"; then
  echo "OK: $tables tables and $tenants table-tenant counts equal after restore"
else
  echo "MISMATCH between $database and its restored copy (table tenant count):" >&2
  grep '^[-+][^-+]' "$work/diff.txt" >&2
  exit 1
fi
