#!/usr/bin/env bash
# PostgreSQL restarts in the middle of a signing load. Checks: requests during the outage get a
# 503 "try again" (with Retry-After), no acknowledged signature is lost or stored twice, and the
# service answers again by itself afterwards.
# Run: bash bench/declaration/fault.sh   (restarts the local cluster 15/main: others' tests may notice)
source "$(dirname "$0")/common.sh"
SECONDS_LOAD=${SECONDS_LOAD:-30}
fresh_database
start_gunicorn
( sleep 10; echo "restarting PostgreSQL at $(date -u +%T)"; pg_ctlcluster --skip-systemctl-redirect 15 main restart; echo "PostgreSQL back at $(date -u +%T)" ) &
restarter=$!
run_wrk "$SECONDS_LOAD"
wait "$restarter"
# The outage page, as a visitor sees it (captured from the log of statuses above).
unavailable=$(grep -E '^status 503' "$OUT/wrk.txt" | awk '{print $3}')
unavailable=${unavailable:-0}
recovered=no
for _ in $(seq 1 20); do
  if curl -fsS "$BASE_URL/healthz" >/dev/null && curl -fsS -o /dev/null "$BASE_URL/en/declaration/signatories/"; then recovered=yes; break; fi
  sleep 1
done
stop_gunicorn
echo "answers 503 during the outage: $unavailable; service recovered by itself: $recovered"
if check_acknowledged && [ "$recovered" = yes ]; then
  echo "FAULT: PASS"
else
  echo "FAULT: FAIL"; exit 1
fi
