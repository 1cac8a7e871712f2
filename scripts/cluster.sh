#!/usr/bin/env bash
# Two app nodes as production runs them past one machine, here on one machine:
#   bash scripts/cluster.sh start    PostgreSQL and Redis (started if stopped), migrations and the demo
#                                    site, then two gunicorn nodes, the task worker and the periodic
#                                    loop, all four under supervisord (which restarts any that dies)
#   bash scripts/cluster.sh status   what runs, and what each node answers
#   bash scripts/cluster.sh stop     stops what `start` started (supervisord and its processes)
# The nodes share nothing but the database and Redis, as they would behind a load balancer. Their
# addresses are printed and written one per line to var/cluster/nodes (for a proxy in front).
# PostgreSQL is the cluster's own server (scripts/pg-instance.sh: data under var/pg, its WAL archived
# by pgBackRest every minute at most, for point-in-time recovery); CLUSTER_PG=shared uses the
# machine's server on 5432 instead (scripts/postgres.sh), without point-in-time recovery.
# Knobs: CLUSTER_PORTS ("8001 8002"), CLUSTER_DB (alliance_cluster), CLUSTER_REDIS_DB (1),
# CLUSTER_WORKERS (gunicorn workers per node, 2), CLUSTER_DIR (var/cluster: configuration, logs), CLUSTER_PG (own), PG_INSTANCE_PORT (5433),
# METRICS_PORT (first node's Prometheus metrics on 127.0.0.1, the next nodes' on the next ports).
set -euo pipefail
cd "$(dirname "$0")/.."
NODE_HOST=127.0.0.1
PORTS=(${CLUSTER_PORTS:-8001 8002})
RUN=${CLUSTER_DIR:-var/cluster}
NODES_FILE=$RUN/nodes

setup_environment() {
  source scripts/local-env.sh "$NODE_HOST" "${PORTS[0]}"
  export ALLIANCE_PG_DB=${CLUSTER_DB:-alliance_cluster}
  export DATABASE_URL
  if [ "${CLUSTER_PG:-own}" = own ]; then
    DATABASE_URL=$(bash scripts/pg-instance.sh url "$ALLIANCE_PG_DB")
  else
    DATABASE_URL=$(bash scripts/postgres.sh url)
  fi
  export CACHE_URL
  CACHE_URL="$(REDIS_DB=${CLUSTER_REDIS_DB:-1} bash scripts/redis.sh url)"
  export CACHE_KEY_PREFIX=alliance-cluster
  export SITE_URL="${SITE_URL:-http://$NODE_HOST:${PORTS[0]}}"  # a proxy in front sets its own
  export DATABASE_CONN_MAX_AGE=60
}

source scripts/supervisor.sh
SUPERVISOR_CONF=$RUN/supervisord.conf

supervised() { [ -s "$RUN/supervisord.pid" ] && kill -0 "$(cat "$RUN/supervisord.pid")" 2>/dev/null; }

start() {
  mkdir -p "$RUN"
  setup_environment
  if [ "${CLUSTER_PG:-own}" = own ]; then
    bash scripts/pg-instance.sh database "$ALLIANCE_PG_DB"
  else
    bash scripts/postgres.sh ensure
  fi
  bash scripts/redis.sh ensure
  if supervised; then
    echo "  The cluster already runs (supervisord pid $(cat "$RUN/supervisord.pid"))."
    status
    return
  fi
  bash scripts/prepare.sh
  : >"$NODES_FILE"
  supervisor_begin "$RUN"
  local number=0
  for port in "${PORTS[@]}"; do
    number=$((number + 1))
    supervisor_program "node$number" "$RUN/node$number.log" 25 .venv/bin/gunicorn --config gunicorn.conf.py \
      --bind "$NODE_HOST:$port" --workers "${CLUSTER_WORKERS:-2}"
    if [ -n "${METRICS_PORT:-}" ]; then
      echo "environment=METRICS_PORT=\"$((METRICS_PORT + number - 1))\"" >>"$SUPERVISOR_CONF"
    fi
    echo "$NODE_HOST:$port" >>"$NODES_FILE"
  done
  supervisor_program worker "$RUN/worker.log" 30 .venv/bin/python manage.py run_tasks --queue-name '*' -v 0
  supervisor_program periodic "$RUN/periodic.log" 10 .venv/bin/python manage.py run_periodic
  "$SUPERVISOR_BIN/supervisord" -c "$SUPERVISOR_CONF"
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
  if supervised; then
    local pid
    pid=$(cat "$RUN/supervisord.pid")
    kill -TERM "$pid"
    for _ in $(seq 1 160); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    echo "  stopped the cluster's nodes, task worker and periodic loop"
  fi
  rm -f "$NODES_FILE"
}

status() {
  if supervised; then
    supervisorctl_ status | sed 's/^/  /' || true
  else
    echo "  supervisord does not run"
  fi
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
