#!/usr/bin/env bash
# Two app nodes as production runs them past one machine, here on one machine:
#   bash scripts/cluster.sh start    PostgreSQL and Redis (started if stopped), migrations and the demo
#                                    site, then two gunicorn nodes, the task worker and the periodic loop
#   bash scripts/cluster.sh status   what runs, and what each node answers
#   bash scripts/cluster.sh stop     stops what `start` started (by the process ids it wrote)
# The nodes share nothing but the database and Redis, as they would behind a load balancer. Their
# addresses are printed and written one per line to var/cluster/nodes (for a proxy in front).
# Knobs: CLUSTER_PORTS ("8001 8002"), CLUSTER_DB (alliance_cluster), CLUSTER_REDIS_DB (1),
# CLUSTER_WORKERS (gunicorn workers per node, 2).
set -euo pipefail
cd "$(dirname "$0")/.."
NODE_HOST=127.0.0.1
PORTS=(${CLUSTER_PORTS:-8001 8002})
RUN=var/cluster
NODES_FILE=$RUN/nodes

setup_environment() {
  source scripts/local-env.sh "$NODE_HOST" "${PORTS[0]}"
  export ALLIANCE_PG_DB=${CLUSTER_DB:-alliance_cluster}
  export DATABASE_URL
  DATABASE_URL=$(bash scripts/postgres.sh url)
  export CACHE_URL
  CACHE_URL="$(REDIS_DB=${CLUSTER_REDIS_DB:-1} bash scripts/redis.sh url)"
  export CACHE_KEY_PREFIX=alliance-cluster
  export SITE_URL="${SITE_URL:-http://$NODE_HOST:${PORTS[0]}}"  # a proxy in front sets its own
  export DATABASE_CONN_MAX_AGE=60
}

running() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

start_background() {  # name, command...
  local name=$1
  shift
  if running "$RUN/$name.pid"; then
    echo "  $name already running (pid $(cat "$RUN/$name.pid"))"
    return
  fi
  nohup "$@" >>"$RUN/$name.log" 2>&1 &
  echo $! >"$RUN/$name.pid"
}

start() {
  mkdir -p "$RUN"
  setup_environment
  bash scripts/postgres.sh ensure
  bash scripts/redis.sh ensure
  bash scripts/prepare.sh
  : >"$NODES_FILE"
  local number=0
  for port in "${PORTS[@]}"; do
    number=$((number + 1))
    start_background "node$number" .venv/bin/gunicorn --config gunicorn.conf.py --bind "$NODE_HOST:$port" \
      --workers "${CLUSTER_WORKERS:-2}"
    echo "$NODE_HOST:$port" >>"$NODES_FILE"
  done
  start_background worker .venv/bin/python manage.py db_worker --queue-name '*' -v 0
  start_background periodic .venv/bin/python manage.py run_periodic
  {
    echo "DATABASE_URL=$DATABASE_URL"
    echo "CACHE_URL=$CACHE_URL"
    echo "CACHE_KEY_PREFIX=$CACHE_KEY_PREFIX"
  } >"$RUN/env"
  for port in "${PORTS[@]}"; do
    for _ in $(seq 1 60); do
      curl -fsS -o /dev/null "http://$NODE_HOST:$port/en/" 2>/dev/null && break
      sleep 0.5
    done
  done
  echo
  echo "  Alliance cluster: PostgreSQL ($DATABASE_URL) + Redis ($CACHE_URL)"
  status
  echo "  Node addresses, one per line: $NODES_FILE. Stop with: bash scripts/cluster.sh stop"
}

stop() {
  for pidfile in "$RUN"/*.pid; do
    [ -e "$pidfile" ] || continue
    if running "$pidfile"; then
      kill "$(cat "$pidfile")" 2>/dev/null || true
      for _ in $(seq 1 40); do running "$pidfile" || break; sleep 0.25; done
      echo "  stopped $(basename "$pidfile" .pid)"
    fi
    rm -f "$pidfile"
  done
  rm -f "$NODES_FILE"
}

status() {
  local pidfile name
  for pidfile in "$RUN"/*.pid; do
    [ -e "$pidfile" ] || continue
    name=$(basename "$pidfile" .pid)
    if running "$pidfile"; then
      echo "  $name: running (pid $(cat "$pidfile"))"
    else
      echo "  $name: stopped"
    fi
  done
  [ -s "$NODES_FILE" ] || { echo "  no node started (bash scripts/cluster.sh start)"; return 0; }
  while read -r address; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://$address/api/v1/counters" || true)
    echo "  http://$address/  (GET /api/v1/counters: ${code:-no answer})"
  done <"$NODES_FILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
