#!/usr/bin/env bash
# The signing rush: >= 100 signatures per second for 60 s, on PostgreSQL behind gunicorn, with the
# confirmation emails queued. Then checks that every acknowledged signature is stored exactly once.
# Run: bash bench/declaration/rush.sh   (needs wrk: apt-get install -y wrk; PostgreSQL on 127.0.0.1)
# Knobs: SECONDS_LOAD=60 CONNECTIONS=64 WORKERS=5 THREADS=8 REUSE_DB=1 BENCH_DB=alliance_declaration_bench
source "$(dirname "$0")/common.sh"
SECONDS_LOAD=${SECONDS_LOAD:-60}
fresh_database
start_gunicorn
run_wrk "$SECONDS_LOAD"
stop_gunicorn
acked=$(wc -l < "$OUT/acked.txt")
rate=$(python3 -c "print(f'{$acked / $SECONDS_LOAD:.1f}')")
echo "acknowledged signatures per second over ${SECONDS_LOAD}s: $rate (target: 100)"
if check_acknowledged && python3 -c "import sys; sys.exit(0 if $acked / $SECONDS_LOAD >= 100 else 1)"; then
  echo "RUSH: PASS"
else
  echo "RUSH: FAIL"; exit 1
fi
