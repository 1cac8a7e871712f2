#!/usr/bin/env bash
# The local Redis server for the PostgreSQL + Redis suite and `scripts/cluster.sh`: `ensure` starts
# one (data in var/redis) if none answers; `url` prints the CACHE_URL to use.
set -euo pipefail
cd "$(dirname "$0")/.."
HOST=${REDIS_HOST:-127.0.0.1}
PORT=${REDIS_PORT:-6379}
DB=${REDIS_DB:-0}

ready() { redis-cli -h "$HOST" -p "$PORT" ping 2>/dev/null | grep -q PONG; }

ensure() {
  ready && return 0
  if ! command -v redis-server >/dev/null 2>&1; then
    echo "Redis is not running and redis-server is not installed (apt-get install redis-server)." >&2
    exit 1
  fi
  echo "Starting Redis on $HOST:$PORT..."
  mkdir -p var/redis
  redis-server --bind "$HOST" --port "$PORT" --dir "$PWD/var/redis" --daemonize yes \
    --pidfile "$PWD/var/redis/redis.pid" --logfile "$PWD/var/redis/redis.log" --save "" --appendonly yes
  for _ in $(seq 1 30); do ready && break; sleep 0.2; done
  ready || { echo "Redis did not start (see var/redis/redis.log)." >&2; exit 1; }
}

case "${1:-ensure}" in
  ensure) ensure ;;
  url) echo "redis://$HOST:$PORT/$DB" ;;
  *) echo "usage: $0 ensure|url" >&2; exit 2 ;;
esac
