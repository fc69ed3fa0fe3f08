#!/usr/bin/env bash
# Configures a WildFly 39 installation for Bitgraphs by applying every *.cli script of this folder, in
# name order, each in its own embedded (offline) server session, to a configuration named bitgraphs.xml
# copied from standalone-full.xml. The build runs it on the server it provisions; the Dockerfile runs it
# on the official image; docs/operations.md shows how to apply the same scripts to a running server.
#
# usage: provision.sh WILDFLY_HOME POSTGRESQL_JDBC_JAR
set -euo pipefail

home=${1:?usage: provision.sh WILDFLY_HOME POSTGRESQL_JDBC_JAR}
driver=${2:?usage: provision.sh WILDFLY_HOME POSTGRESQL_JDBC_JAR}
here=$(cd "$(dirname "$0")" && pwd)
config_dir="$home/standalone/configuration"

cp "$config_dir/standalone-full.xml" "$config_dir/bitgraphs.xml"

session=$(mktemp --suffix=.cli)
trap 'rm -f "$session"' EXIT
for script in "$here"/*.cli; do
  # A session per script: some changes (the Prometheus registry) only apply after a reload
  echo "embed-server --std-out=discard --server-config=bitgraphs.xml" >> "$session"
  cat "$script" >> "$session"
  printf '\nstop-embedded-server\n' >> "$session"
done

output=$("$home/bin/jboss-cli.sh" -Dpostgresql.jar="$driver" --file="$session" 2>&1) || {
  echo "$output" >&2
  echo "provisioning failed" >&2
  exit 1
}
if grep -q '"outcome" => "failed"' <<<"$output"; then
  echo "$output" >&2
  echo "a CLI operation failed" >&2
  exit 1
fi
echo "WildFly at $home configured for Bitgraphs (configuration bitgraphs.xml)"
