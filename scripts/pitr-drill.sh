#!/usr/bin/env bash
# Point-in-time recovery drill, on a scratch PostgreSQL instance of its own (never the site's):
# a full pgBackRest backup, a change we keep, the moment T, a change we regret, then recovery to T.
# It passes when the kept change is there and the regretted one is not, and prints how long the
# recovery took. Run: bash scripts/pitr-drill.sh   (PITR_DRILL_PORT, 5434 by default; KEEP=1 keeps
# the scratch instance in var/pitr-drill for a look).
set -euo pipefail
cd "$(dirname "$0")/.."
export PG_INSTANCE_DIR=${PITR_DRILL_DIR:-$PWD/var/pitr-drill/pg}
export PG_INSTANCE_PORT=${PITR_DRILL_PORT:-5434}
export PG_BACKUP_REPO=${PITR_DRILL_REPO:-$PWD/var/pitr-drill/repo}
INSTANCE="bash scripts/pg-instance.sh"
DB=alliance_pitr_drill
SQL="psql -h 127.0.0.1 -p $PG_INSTANCE_PORT -U postgres -d $DB -v ON_ERROR_STOP=1 -tAq"
cleanup() {
  $INSTANCE stop || true
  [ "${KEEP:-0}" = 1 ] || rm -rf "$PG_INSTANCE_DIR" "$PG_BACKUP_REPO"
}
trap cleanup EXIT
rm -rf "$PG_INSTANCE_DIR" "$PG_BACKUP_REPO"
$INSTANCE database "$DB"
echo "archive_timeout (the most a crash can lose): $($SQL -c 'SHOW archive_timeout')"
$SQL -c "CREATE TABLE drill (marker text PRIMARY KEY, at timestamptz DEFAULT now())"
$SQL -c "INSERT INTO drill (marker) SELECT 'kept-' || n FROM generate_series(1, 1000) n"
$INSTANCE backup full >/dev/null
$SQL -c "INSERT INTO drill (marker) VALUES ('kept-after-backup')"
sleep 1
target=$($SQL -c "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")
sleep 1
$SQL -c "INSERT INTO drill (marker) VALUES ('regretted')"
$SQL -c "DELETE FROM drill WHERE marker LIKE 'kept-1%'"
echo "Recovering to $target (after: one row added, 112 deleted)..."
started=$(date +%s%N)
$INSTANCE recover "$target"
elapsed_ms=$((($(date +%s%N) - started) / 1000000))
rows=$($SQL -c "SELECT count(*) FROM drill")
kept=$($SQL -c "SELECT count(*) FROM drill WHERE marker = 'kept-after-backup'")
regretted=$($SQL -c "SELECT count(*) FROM drill WHERE marker = 'regretted'")
printf 'rows: %s (1001 expected); kept change present: %s; regretted change present: %s; recovery took %d.%01d s\n' \
  "$rows" "$kept" "$regretted" $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 100))
if [ "$rows" = 1001 ] && [ "$kept" = 1 ] && [ "$regretted" = 0 ]; then
  echo "PITR DRILL: PASS"
else
  echo "PITR DRILL: FAIL"
  exit 1
fi
