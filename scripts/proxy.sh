#!/usr/bin/env bash
# nginx as the shared HTTP cache in front of the app node(s), with deploy/nginx/alliance-cache.conf:
#   bash scripts/proxy.sh ensure    install Debian's nginx (and wrk, for bench/) when absent
#   bash scripts/proxy.sh start     serve on http://127.0.0.1:8080 in front of the app node(s)
#   bash scripts/proxy.sh stop      stop the nginx that `start` started (by its process id)
#   bash scripts/proxy.sh status    whether it runs, and its upstream nodes
#   bash scripts/proxy.sh run       `make run-proxied`: the app nodes (the two of scripts/cluster.sh,
#                                   or `make run`'s server where there is no cluster script) and the
#                                   proxy in front, until Ctrl-C
# Knobs: PROXY_PORT (8080), PROXY_DIR (var/proxy: configuration, cache, logs, pid),
# PROXY_UPSTREAMS (addresses host:port separated by spaces or commas; by default the nodes of
# `scripts/cluster.sh` from var/cluster/nodes when it runs, else `make run`'s 127.0.0.1:8000),
# PROXY_WORKERS (nginx worker processes, auto), PROXY_EXTRA_CONF (a file included in `http`).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PORT=${PROXY_PORT:-8080}
DIR=${PROXY_DIR:-$ROOT/var/proxy}
NGINX=${NGINX:-/usr/sbin/nginx}

ensure() {
  local missing=()
  [ -x "$NGINX" ] || missing+=(nginx)
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}..."
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    # Two test processes may ask at once: the second waits for the first (then has nothing to do).
    $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
    # The proxy runs its own nginx with its own configuration; on a machine with systemd the package
    # also starts Debian's default site on port 80, which this project does not use.
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
      --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
}

upstreams() {
  local list=${PROXY_UPSTREAMS:-}
  if [ -z "$list" ] && [ -s var/cluster/nodes ]; then list=$(cat var/cluster/nodes); fi
  # Unquoted on purpose: one line, whatever separated the addresses.
  echo ${list:-127.0.0.1:8000} | tr "," " "
}

running() { [ -s "$DIR/nginx.pid" ] && kill -0 "$(cat "$DIR/nginx.pid")" 2>/dev/null; }

configure() {
  mkdir -p "$DIR/cache" "$DIR/temp" "$DIR/pages" "$DIR/logs"
  # The "try again" page that the app shows while its database is down, for when no node answers.
  DJANGO_SETTINGS_MODULE=alliance.settings .venv/bin/python -c '
import sys, django
django.setup()
from alliance.core.middleware import unavailable_response
sys.stdout.buffer.write(unavailable_response().content)' >"$DIR/pages/__alliance_unavailable.html"
  # The app's "too large" page in each language, for a body the proxy refuses before any node sees it.
  DJANGO_SETTINGS_MODULE=alliance.settings PAGES="$DIR/pages" .venv/bin/python -c '
import os, django
django.setup()
from django.conf import settings
from django.test import RequestFactory
from alliance.core.request_limits import too_large
for code, _name in settings.LANGUAGES:
    page = too_large(RequestFactory().post(f"/{code}/"), settings.REQUEST_BODY_MAX_BYTES)
    with open(os.path.join(os.environ["PAGES"], f"__alliance_too_large_{code}.html"), "wb") as out:
        out.write(page.content)'
  local servers=""
  for address in $(upstreams); do
    servers+="    server $address max_fails=1 fail_timeout=5s;"$'\n'
  done
  sed -e "s|@CACHE_DIR@|$DIR/cache|" -e "s|@LISTEN@|127.0.0.1:$PORT|" \
    -e "s|@STATIC_PAGES_DIR@|$DIR/pages|" -e "/@UPSTREAM_SERVERS@/{r /dev/stdin" -e "d}" \
    deploy/nginx/alliance-cache.conf <<<"${servers%$'\n'}" >"$DIR/alliance-cache.conf"
  local user_line=""
  # Run as root (as in a container), nginx would hand its workers to "nobody", who cannot write
  # the cache under this folder: keep them as the user who starts it.
  [ "$(id -u)" = 0 ] && user_line="user root;"
  cat >"$DIR/nginx.conf" <<CONF
$user_line
worker_processes ${PROXY_WORKERS:-auto};
pid $DIR/nginx.pid;
error_log $DIR/logs/error.log warn;
events { worker_connections 4096; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${PROXY_ACCESS_LOG:-off};
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    keepalive_requests 100000;
    server_tokens off;
    client_body_temp_path $DIR/temp/body;
    proxy_temp_path $DIR/temp/proxy;
    fastcgi_temp_path $DIR/temp/fastcgi;
    uwsgi_temp_path $DIR/temp/uwsgi;
    scgi_temp_path $DIR/temp/scgi;
    include $DIR/alliance-cache.conf;
    ${PROXY_EXTRA_CONF:+include $PROXY_EXTRA_CONF;}
}
CONF
  "$NGINX" -t -q -e "$DIR/logs/error.log" -p "$DIR" -c "$DIR/nginx.conf"
}

start() {
  ensure
  if running; then
    echo "The proxy already runs (pid $(cat "$DIR/nginx.pid")) on http://127.0.0.1:$PORT/"
    return
  fi
  configure
  "$NGINX" -e "$DIR/logs/error.log" -p "$DIR" -c "$DIR/nginx.conf"
  for _ in $(seq 1 50); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break
    sleep 0.1
  done
  echo "  The shared cache (nginx) serves http://127.0.0.1:$PORT/ in front of: $(upstreams)"
}

stop() {
  if running; then
    local pid
    pid=$(cat "$DIR/nginx.pid")
    kill -QUIT "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    echo "  The shared cache on port $PORT stopped."
  fi
}

status() {
  if running; then
    echo "  nginx runs (pid $(cat "$DIR/nginx.pid")) on http://127.0.0.1:$PORT/ in front of: $(upstreams)"
  else
    echo "  nginx does not run (bash scripts/proxy.sh start)"
  fi
}

run() {
  ensure
  # The app learns its public address and the visitor's address from the proxy.
  export SITE_URL="http://127.0.0.1:$PORT" SITE_URL_OVERRIDE="http://127.0.0.1:$PORT" TRUSTED_PROXY_COUNT=1
  if [ -f scripts/cluster.sh ]; then
    trap 'stop; bash scripts/cluster.sh stop' EXIT
    trap 'exit 0' INT TERM
    bash scripts/cluster.sh start
    start
    echo "  Visitors' address: http://127.0.0.1:$PORT/  Stop with Ctrl-C."
    # Waiting on a background sleep lets Ctrl-C (or a TERM) run the traps at once.
    while true; do
      sleep 3600 &
      wait $!
    done
  else
    PROXY_UPSTREAMS=${PROXY_UPSTREAMS:-127.0.0.1:${APP_PORT:-8000}}
    export PROXY_UPSTREAMS
    start
    trap stop EXIT
    bash scripts/serve.sh 127.0.0.1 "${APP_PORT:-8000}"
  fi
}

case "${1:-}" in
  ensure) ensure ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  run) run ;;
  *) echo "usage: $0 ensure|start|stop|status|run" >&2; exit 2 ;;
esac
