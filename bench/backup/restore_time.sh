#!/usr/bin/env bash
# How long `make backup` and `make restore` take: the demo site, and a database of 10^6 signatures
# (manage.py create_volume), on SQLite and on PostgreSQL (a scratch instance of its own, never the
# site's). Each restore goes into an empty copy (a new database, new folders), as on a fresh clone,
# and is checked there (every checksum, every table's row count).
# Run: bash bench/backup/restore_time.sh   Knobs: SIGNATURES (1000000), ENGINES ("sqlite postgresql"),
# CASES ("demo volume"), RESTORE_BENCH_PG_PORT (5435), OUT (var/bench/restore), STEP_TIMEOUT (3600 s).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIGNATURES=${SIGNATURES:-1000000}
PG_PORT=${RESTORE_BENCH_PG_PORT:-5435}
OUT=$(realpath -m "${OUT:-var/bench/restore}")
STEP_TIMEOUT=${STEP_TIMEOUT:-3600}
export PG_INSTANCE_DIR=$OUT/pg PG_INSTANCE_PORT=$PG_PORT PG_BACKUP_REPO=$OUT/pgbackrest
export SECRET_KEY=restore-bench DEBUG=0 ALLOWED_HOSTS=127.0.0.1 LOG_LEVEL=WARNING
MANAGE=".venv/bin/python manage.py"
RESULTS=$OUT/results.md
mkdir -p "$OUT"
trap 'bash scripts/pg-instance.sh stop >/dev/null 2>&1 || true' EXIT

elapsed() { python3 -c "import sys; print(f'{(int(sys.argv[2]) - int(sys.argv[1])) / 1e9:.1f}')" "$1" "$(date +%s%N)"; }

site_env() {  # engine, folder, database name
  local engine=$1 folder=$2 name=$3
  export MEDIA_ROOT=$folder/media PRIVATE_STORAGE_ROOT=$folder/private BACKUP_DIR=$OUT/archives/$engine-$name
  if [ "$engine" = sqlite ]; then
    export DATABASE_URL="sqlite:///$folder/db.sqlite3"
  else
    bash scripts/pg-instance.sh database "$name" >/dev/null
    export DATABASE_URL=$(bash scripts/pg-instance.sh url "$name")
  fi
}

fresh_pg_database() {
  dropdb -h 127.0.0.1 -p "$PG_PORT" -U postgres --if-exists "$1"
}

echo "| engine | data | rows | archive | backup | restore (check, load, verify) |" >"$RESULTS"
echo "| --- | --- | --- | --- | --- | --- |" >>"$RESULTS"
for engine in ${ENGINES:-sqlite postgresql}; do
  for case in ${CASES:-demo volume}; do
    name="alliance_restore_${case}"
    original=$OUT/$engine-$case/original
    copy=$OUT/$engine-$case/copy
    rm -rf "$original" "$copy" "$OUT/archives/$engine-$name"
    mkdir -p "$original"
    if [ "$engine" = postgresql ]; then bash scripts/pg-instance.sh start >/dev/null; fresh_pg_database "$name"; fresh_pg_database "${name}_copy"; fi
    site_env "$engine" "$original" "$name"
    echo "== $engine, $case: preparing ($DATABASE_URL)"
    timeout "$STEP_TIMEOUT" $MANAGE migrate --no-input -v 0
    if [ "$case" = demo ]; then
      timeout "$STEP_TIMEOUT" $MANAGE load_demo >/dev/null
      label="demo site"
    else
      timeout "$STEP_TIMEOUT" $MANAGE create_volume --authorities 20000 --participants 2000 --signatures "$SIGNATURES" >/dev/null
      label="$SIGNATURES signatures"
    fi
    started=$(date +%s%N)
    timeout "$STEP_TIMEOUT" $MANAGE backup >/dev/null
    backup_s=$(elapsed "$started")
    archive=$(ls "$BACKUP_DIR"/alliance-backup-*.tar.gz)
    size=$(du -h "$archive" | cut -f1)
    site_env "$engine" "$copy" "${name}_copy"
    export BACKUP_DIR=$OUT/archives/$engine-$name
    started=$(date +%s%N)
    report=$(timeout "$STEP_TIMEOUT" $MANAGE restore "$archive")
    restore_s=$(elapsed "$started")
    rows=$(echo "$report" | sed -n 's/^Restored \([0-9]*\) rows.*/\1/p')
    echo "$report"
    echo "| $engine | $label | $rows | $size | $backup_s s | $restore_s s |" | tee -a "$RESULTS"
  done
done
echo
cat "$RESULTS"
