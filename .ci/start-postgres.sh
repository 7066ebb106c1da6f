#!/usr/bin/env bash
# Starts a local PostgreSQL for Settle's tests and prints the URL to export.
# Idempotent: safe to run again (installs only when missing, reuses the role and database).
# Run as root on Debian 12. Usage:
#   eval "$(.ci/start-postgres.sh | grep '^export ')"
# Settings (environment): SETTLE_PG_USER (settle), SETTLE_PG_PASSWORD (settle),
# SETTLE_PG_DB (settle_test), SETTLE_PG_PORT (5432).
set -euo pipefail

user="${SETTLE_PG_USER:-settle}"
password="${SETTLE_PG_PASSWORD:-settle}"
db="${SETTLE_PG_DB:-settle_test}"
port="${SETTLE_PG_PORT:-5432}"

log() { echo "start-postgres: $*" >&2; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing postgresql (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if [ ! -d "/etc/postgresql/$version/main" ]; then
    log "creating cluster $version/main"
    pg_createcluster "$version" main --port "$port" >&2
fi

if ! pg_ctlcluster "$version" main status >/dev/null 2>&1; then
    log "starting cluster $version/main"
    pg_ctlcluster "$version" main start >&2 || service postgresql start >&2
fi

actual_port="$(pg_conftool "$version" main show port 2>/dev/null | sed -E "s/.*= *'?([0-9]+)'?.*/\1/" || true)"
port="${actual_port:-$port}"

for attempt in $(seq 1 30); do
    if su postgres -c "psql -p $port -tAc 'SELECT 1'" >/dev/null 2>&1; then break; fi
    if [ "$attempt" = 30 ]; then log "PostgreSQL did not accept connections on port $port"; exit 1; fi
    sleep 1
done

psql_admin() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -tAc \"$1\""; }

if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" != "1" ]; then
    log "creating role $user"
    psql_admin "CREATE ROLE $user LOGIN PASSWORD '$password'" >/dev/null
else
    psql_admin "ALTER ROLE $user LOGIN PASSWORD '$password'" >/dev/null
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]; then
    log "creating database $db"
    psql_admin "CREATE DATABASE $db OWNER $user" >/dev/null
fi

for attempt in $(seq 1 30); do
    if PGPASSWORD="$password" psql -h 127.0.0.1 -p "$port" -U "$user" -d "$db" -tAc 'SELECT 1' >/dev/null 2>&1; then break; fi
    if [ "$attempt" = 30 ]; then log "cannot log in as $user on 127.0.0.1:$port"; exit 1; fi
    sleep 1
done

log "ready: database $db on 127.0.0.1:$port"
echo "export SETTLE_TEST_DATABASE_URL=postgres://$user:$password@127.0.0.1:$port/$db"
