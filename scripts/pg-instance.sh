#!/usr/bin/env bash
# A PostgreSQL server owned by the project (data under var/), with its write-ahead log archived by
# pgBackRest, so that the database can be brought back to any moment (point-in-time recovery):
#   bash scripts/pg-instance.sh ensure        install PostgreSQL/pgBackRest if missing, create the
#                                             instance and its backup repository, start it, first full backup
#   bash scripts/pg-instance.sh start|stop|status
#   bash scripts/pg-instance.sh url DBNAME    the DATABASE_URL of a database on this instance
#   bash scripts/pg-instance.sh backup [full|diff|incr]   a pgBackRest backup (while it serves)
#   bash scripts/pg-instance.sh info          the backups and the archived WAL range
#   bash scripts/pg-instance.sh recover "YYYY-MM-DD HH:MM:SS+00"
#                                             stops the server and restores it as it was at that
#                                             moment (the latest full backup before it, then the WAL)
# The WAL is archived at least every archive_timeout (60 s): at most one minute of changes is lost.
# Knobs: PG_INSTANCE_DIR (var/pg), PG_INSTANCE_PORT (5433), PG_BACKUP_REPO (var/backups/pgbackrest).
# Run as root, the server runs as the system's "postgres" user, as PostgreSQL requires.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DIR=${PG_INSTANCE_DIR:-$ROOT/var/pg}
PORT=${PG_INSTANCE_PORT:-5433}
REPO=${PG_BACKUP_REPO:-$ROOT/var/backups/pgbackrest}
DATA=$DIR/data
CONF=$DIR/pgbackrest.conf
STANZA=alliance
BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}

as_owner() {  # runs a command as the server's owner
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ready() { "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" 2>/dev/null; }

install_missing() {
  local missing=()
  [ -x "$BIN/initdb" ] || missing+=(postgresql)
  command -v pgbackrest >/dev/null 2>&1 || missing+=(pgbackrest)
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}..."
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get -o DPkg::Lock::Timeout=300 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
  BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
}

pgbackrest_() { as_owner pgbackrest --config="$CONF" --stanza="$STANZA" "$@"; }

configure() {
  mkdir -p "$DIR" "$REPO" "$DIR/log" "$DIR/lock" "$DIR/spool"
  cat >"$CONF" <<CONF
[global]
repo1-path=$REPO
repo1-retention-full=2
log-path=$DIR/log
lock-path=$DIR/lock
spool-path=$DIR/spool
log-level-console=warn
log-level-file=info
start-fast=y
compress-type=gz

[$STANZA]
pg1-path=$DATA
pg1-port=$PORT
pg1-socket-path=$DIR
pg1-user=postgres
CONF
  if [ "$(id -u)" = 0 ]; then chown -R postgres: "$DIR" "$REPO"; fi
}

init() {
  install_missing
  configure
  [ -s "$DATA/PG_VERSION" ] && return 0
  echo "Creating the PostgreSQL instance in $DATA (port $PORT)..."
  as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  cat >>"$DATA/postgresql.conf" <<CONF
# The Alliance cluster's own server (scripts/pg-instance.sh)
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DIR'
max_connections = 200
wal_level = replica
archive_mode = on
archive_command = 'pgbackrest --config=$CONF --stanza=$STANZA archive-push %p'
archive_timeout = 60
max_wal_senders = 3
CONF
}

start() {
  init
  if ! ready; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/log/postgresql.log" -w -t 60 start >/dev/null
  fi
  if ! pgbackrest_ info --output=json 2>/dev/null | grep -q '"status":{"code":0'; then
    pgbackrest_ stanza-create >/dev/null
    pgbackrest_ check >/dev/null
    echo "First full backup of the new instance..."
    pgbackrest_ backup --type=full
  fi
}

stop() {
  if [ -s "$DATA/postmaster.pid" ]; then as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null || true; fi
}

status() {
  if ready; then echo "  PostgreSQL (own instance) answers on 127.0.0.1:$PORT, data in $DATA"; else echo "  PostgreSQL (own instance) does not answer on port $PORT"; fi
}

ensure_database() {  # name
  start
  if ! psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$1'" | grep -q 1; then
    createdb -h 127.0.0.1 -p "$PORT" -U postgres "$1"
  fi
}

recover() {  # target time
  local target=$1
  [ -n "$target" ] || { echo "usage: $0 recover 'YYYY-MM-DD HH:MM:SS+00'" >&2; exit 2; }
  configure
  # The WAL written up to now goes to the archive first, so that the target may be as late as now.
  if ready; then
    psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc "SELECT pg_switch_wal()" >/dev/null || true
    pgbackrest_ check >/dev/null || true
  fi
  stop
  pgbackrest_ restore --delta --type=time --target="$target" --target-action=promote
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/log/postgresql.log" -w -t 300 start >/dev/null
  for _ in $(seq 1 300); do
    [ "$(psql -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc 'SELECT pg_is_in_recovery()' 2>/dev/null)" = f ] && break
    sleep 1
  done
  echo "  Recovered to $target; the server serves again on port $PORT."
}

case "${1:-}" in
  ensure) start ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  database) ensure_database "${2:?database name}" ;;
  url) echo "postgres://postgres@127.0.0.1:$PORT/${2:?database name}" ;;
  backup) configure; pgbackrest_ backup --type="${2:-full}" ;;
  info) configure; pgbackrest_ info ;;
  recover) recover "${2:-}" ;;
  *) echo "usage: $0 ensure|start|stop|status|database NAME|url NAME|backup [full|diff|incr]|info|recover TIME" >&2; exit 2 ;;
esac
