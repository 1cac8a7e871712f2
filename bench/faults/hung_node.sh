#!/usr/bin/env bash
# A hung app node behind the proxy: what does it cost visitors?
#
# Two gunicorn nodes on a SQLite database of this bench's own (the demo site), nginx in front as
# scripts/proxy.sh configures it (deploy/nginx/alliance-cache.conf). Two wrk runs go through the
# proxy for DURATION seconds: a form page (never kept by the proxy: every request reaches a node)
# and the directory (a public page the proxy keeps a second). After 5 s the first node is stopped
# with SIGSTOP (all its processes: it still takes connections, answers nothing) for STOP_SECONDS,
# then continued. Prints wrk's latency distribution (p50 ... p99) and errors for each.
#
#   bash bench/faults/hung_node.sh          # ports 8101 8102, the proxy on 8180
#   HUNG_PORTS="8111 8112" PROXY_PORT=8181 STOP_SECONDS=15 DURATION=25 bash bench/faults/hung_node.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PORTS=(${HUNG_PORTS:-8101 8102})
PROXY_PORT=${PROXY_PORT:-8180}
STOP_SECONDS=${STOP_SECONDS:-15}
DURATION=${DURATION:-25}
DIR=$(mktemp -d "${TMPDIR:-/tmp}/alliance-hung-node.XXXXXX")
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

export DATABASE_URL="sqlite:///$DIR/bench.sqlite3" DEBUG=0 ALLOWED_HOSTS=127.0.0.1 \
  SECRET_KEY=bench-only-secret-key-0123456789-0123456789-0123456789 \
  SITE_URL="http://127.0.0.1:$PROXY_PORT" SECURE_SSL_REDIRECT=0 SECURE_HSTS_SECONDS=0 \
  STAFF_2FA_REQUIRED=0 LOG_LEVEL=WARNING
PROXY_ENV=(PROXY_PORT="$PROXY_PORT" PROXY_DIR="$DIR/proxy" PROXY_UPSTREAMS="127.0.0.1:${PORTS[0]} 127.0.0.1:${PORTS[1]}")
NODES=()

cleanup() {
  env "${PROXY_ENV[@]}" bash scripts/proxy.sh stop >/dev/null 2>&1 || true
  for pid in "${NODES[@]}"; do
    kill -CONT -- "-$pid" 2>/dev/null || true
    kill -- "-$pid" 2>/dev/null || true
  done
}
trap cleanup EXIT

echo "Preparing the demo site in $DIR ..."
.venv/bin/python manage.py migrate --noinput -v 0
.venv/bin/python manage.py createcachetable
.venv/bin/python manage.py load_demo -v 0
# Collected once (make run, scripts/prepare-tests.sh): collecting again would rewrite the manifest
# under any server of this checkout that runs meanwhile.
[ -s var/static/staticfiles.json ] || .venv/bin/python manage.py collectstatic --noinput -v 0
for port in "${PORTS[@]}"; do
  setsid .venv/bin/gunicorn --config gunicorn.conf.py --bind "127.0.0.1:$port" >"$DIR/node-$port.log" 2>&1 &
  NODES+=($!)
done
for port in "${PORTS[@]}"; do
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/en/" && break
    sleep 0.5
  done
done
env "${PROXY_ENV[@]}" bash scripts/proxy.sh start >/dev/null
PROXY="http://127.0.0.1:$PROXY_PORT"
curl -fsS -o /dev/null "$PROXY/en/participants/"

echo "wrk for ${DURATION}s through the proxy; node ${PORTS[0]} stopped (SIGSTOP) from 5 s for ${STOP_SECONDS}s"
wrk -t1 -c6 -d"${DURATION}s" --timeout 30s --latency "$PROXY/en/contact/" >"$DIR/form.txt" &
FORM=$!
wrk -t1 -c6 -d"${DURATION}s" --timeout 30s --latency "$PROXY/en/participants/" >"$DIR/page.txt" &
PAGE=$!
sleep 5
kill -STOP -- "-${NODES[0]}"
sleep "$STOP_SECONDS"
kill -CONT -- "-${NODES[0]}"
wait "$FORM" "$PAGE"

for run in form page; do
  case $run in form) echo "== /en/contact/ (never kept by the proxy)" ;; page) echo "== /en/participants/ (kept a second)" ;; esac
  sed -n '/Latency Distribution/,/requests in/p;/Non-2xx/p;/Socket errors/p' "$DIR/$run.txt"
done
