#!/usr/bin/env bash
# The local PostgreSQL server for the test suite: `ensure` starts it if it is stopped and creates
# the database; `url` prints the DATABASE_URL to use.
set -euo pipefail
DB_NAME=${ALLIANCE_PG_DB:-alliance}
HOST=${PGHOST:-127.0.0.1}
PORT=${PGPORT:-5432}
USER_NAME=${PGUSER:-postgres}

ready() { pg_isready -q -h "$HOST" -p "$PORT" 2>/dev/null; }

ensure() {
  if ! ready; then
    echo "Starting PostgreSQL..."
    if command -v pg_ctlcluster >/dev/null 2>&1; then
      version=$(ls /etc/postgresql | sort -V | tail -n 1)
      pg_ctlcluster --skip-systemctl-redirect "$version" main start
    else
      echo "PostgreSQL is not running and pg_ctlcluster is not available: start it and retry." >&2
      exit 1
    fi
    for _ in $(seq 1 30); do ready && break; sleep 1; done
    ready || { echo "PostgreSQL did not start." >&2; exit 1; }
  fi
  if ! psql -h "$HOST" -p "$PORT" -U "$USER_NAME" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'" | grep -q 1; then
    createdb -h "$HOST" -p "$PORT" -U "$USER_NAME" "$DB_NAME"
  fi
}

case "${1:-ensure}" in
  ensure) ensure ;;
  url) echo "postgres://$USER_NAME@$HOST:$PORT/$DB_NAME" ;;
  *) echo "usage: $0 ensure|url" >&2; exit 2 ;;
esac
