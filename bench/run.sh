#!/usr/bin/env bash
# `make bench`: the benchmarks of this folder, each on a database of its own and bounded in time.
#
#   bash bench/run.sh              in-process ones on SQLite (a few minutes): home page, directory
#   BENCH_POSTGRES=1 bash bench/run.sh   also the Declaration's volume and signing rush on PostgreSQL
#                                  (needs wrk for the rush: apt-get install -y wrk)
#   BENCH_PROXY=1 ...              also reads through nginx against static files (bench/proxy/)
#   BENCH_COLD_START=1 ...         also the cold `make run` on a fresh clone (installs a new .venv)
#
# Knobs: BENCH_TIMEOUT (seconds per benchmark, 900), BENCH_AUTHORITIES (20000), BENCH_PARTICIPANTS
# (2000), BENCH_SIGNATURES (100000), BENCH_RUSH_SECONDS (30), BENCH_PORT (8765).
# The PostgreSQL restart under load (declaration/fault.sh) restarts the shared server: run it by hand.
# Prints each benchmark's own figures; exits 1 when one failed, was over its budget or over time.
set -uo pipefail
cd "$(dirname "$0")/.."
TIMEOUT=${BENCH_TIMEOUT:-900}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=()

bench() {
  local label=$1
  shift
  printf '\n==== %s\n' "$label"
  local started=$SECONDS
  timeout --kill-after=10 "$TIMEOUT" "$@"
  local status=$?
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "$label: stopped after ${TIMEOUT} s (BENCH_TIMEOUT)"
    failed+=("$label")
  elif [ "$status" -ne 0 ]; then
    echo "$label: failed (exit status $status)"
    failed+=("$label")
  fi
  echo "($label: $((SECONDS - started)) s)"
}

# Each benchmark is a function run by `timeout` in a child shell (hence `export -f`).
home_render() {
  export DATABASE_URL="sqlite:///$BENCH_WORK/home.sqlite3"
  .venv/bin/python manage.py migrate --no-input -v 0 &&
    .venv/bin/python manage.py load_demo -v 0 >/dev/null &&
    .venv/bin/python bench/home_render.py --requests 100 &&
    .venv/bin/python bench/home_render.py --requests 100 --path /fr/
}

directory() {
  .venv/bin/python bench/participants/bench_directory.py --runs 15 \
    --authorities "${BENCH_AUTHORITIES:-20000}" --participants "${BENCH_PARTICIPANTS:-2000}"
}

directory_postgres() {
  local db=alliance_directory_bench
  psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname='$db'" | grep -q 1 ||
    createdb -h 127.0.0.1 -U postgres "$db"
  DATABASE_URL="postgres://postgres@127.0.0.1:5432/$db" directory
}

export BENCH_WORK=$work
export -f home_render directory directory_postgres

bench "home page render (demo site, SQLite)" bash -c home_render
bench "participants' directory (SQLite)" env DATABASE_URL="sqlite:///$work/directory.sqlite3" bash -c directory

if [ "${BENCH_POSTGRES:-0}" = 1 ]; then
  bash scripts/postgres.sh ensure >/dev/null
  bench "participants' directory (PostgreSQL)" bash -c directory_postgres
  bench "Declaration volume (PostgreSQL)" env COUNT="${BENCH_SIGNATURES:-100000}" bash bench/declaration/volume.sh
  if command -v wrk >/dev/null; then
    bench "signing rush (PostgreSQL, gunicorn, wrk)" env SECONDS_LOAD="${BENCH_RUSH_SECONDS:-30}" \
      BENCH_PORT="${BENCH_PORT:-8765}" bash bench/declaration/rush.sh
  else
    echo "signing rush: skipped, wrk is not installed (apt-get install -y wrk)"
  fi
fi

if [ "${BENCH_PROXY:-0}" = 1 ]; then
  bench "reads through the shared cache against static files (nginx, wrk)" bash bench/proxy/throughput.sh
fi

if [ "${BENCH_COLD_START:-0}" = 1 ]; then
  bench "cold start (fresh clone, make run)" bash bench/cold_start.sh "${BENCH_PORT:-8765}"
fi

printf '\n'
if [ "${#failed[@]}" -gt 0 ]; then
  printf 'Failed or over time: %s\n' "${failed[*]}"
  exit 1
fi
echo "Every benchmark ran to the end (figures above; see bench/README.md for what each measures)."
