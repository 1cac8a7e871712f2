#!/usr/bin/env bash
# Anonymous reads through the shared HTTP cache, side by side with nginx serving the very same bytes
# as static files, in one run on this machine; then the home page rendered by the app alone.
#
#   bash bench/proxy/throughput.sh            (about 3 minutes; installs nginx and wrk when absent)
#
# It builds the demo site in a database of its own (SQLite, in a temporary folder), starts gunicorn
# as `make run` does (2 workers, 4 threads) and nginx with deploy/nginx/alliance-cache.conf in front
# of it, all on free ports of 127.0.0.1; saves each address's answer through the proxy as a static
# file served by the same nginx; then runs wrk (2 threads, 16 connections, BENCH_SECONDS each, 3 by
# default) on each address through the proxy and on its static copy, one after the other, in
# BENCH_ROUNDS rounds (3) so that both see the same moments of a busy machine; keeps each median.
# Writes the table to bench/proxy/RESULTS.md (BENCH_RESULTS to write elsewhere). Goal: every ratio
# at least 0.5, and the home page's median render in process at most 10 ms.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SECONDS_EACH=${BENCH_SECONDS:-3}
ROUNDS=${BENCH_ROUNDS:-3}
RESULTS=${BENCH_RESULTS:-$ROOT/bench/proxy/RESULTS.md}
PATHS=(
  /en/
  /en/participants/
  /en/declaration/signatories/
  /api/v1/counters
  /en/embed/counter/
  /en/embed/counter.svg
  /en/news/feed/rss/
)

bash scripts/proxy.sh ensure
work=$(mktemp -d)
app_pid=""
cleanup() {
  PROXY_DIR=$work/proxy PROXY_PORT=${proxy_port:-0} bash scripts/proxy.sh stop >/dev/null 2>&1 || true
  if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { .venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
app_port=$(free_port)
proxy_port=$(free_port)
static_port=$(free_port)

echo "Building the demo site in $work ..."
source scripts/local-env.sh
export DATABASE_URL="sqlite:///$work/bench.sqlite3" SITE_URL="http://127.0.0.1:$proxy_port"
export ALLOWED_HOSTS=127.0.0.1,localhost TRUSTED_PROXY_COUNT=1
.venv/bin/python manage.py migrate --no-input -v 0
.venv/bin/python manage.py load_demo -v 0 >/dev/null
.venv/bin/python manage.py compile_translations -v 0
.venv/bin/python manage.py collectstatic --no-input -v 0

.venv/bin/gunicorn alliance.wsgi --bind "127.0.0.1:$app_port" --workers 2 --threads 4 \
  --log-level warning >"$work/gunicorn.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 100); do curl -fsS -o /dev/null "http://127.0.0.1:$app_port/en/" 2>/dev/null && break; sleep 0.2; done

cat >"$work/static.conf" <<CONF
server {
    listen 127.0.0.1:$static_port;
    root $work/static;
    index index.html;
    etag on;
}
CONF
PROXY_DIR=$work/proxy PROXY_PORT=$proxy_port PROXY_UPSTREAMS=127.0.0.1:$app_port \
  PROXY_EXTRA_CONF=$work/static.conf bash scripts/proxy.sh start

# The same bytes as static files: each address's answer through the proxy.
for path in "${PATHS[@]}"; do
  file=$work/static$path
  case "$path" in */) file=${file}index.html ;; esac
  mkdir -p "$(dirname "$file")"
  curl -fsS "http://127.0.0.1:$proxy_port$path" -o "$file"
done

requests_per_second() {  # url -> requests per second
  wrk -t 2 -c 16 -d "${SECONDS_EACH}s" --timeout 5s "$1" | awk '/^Requests\/sec:/ {print $2}'
}

median() { tr ' ' '\n' | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

rows=()
printf '\n%-32s %12s %12s %7s\n' "address" "proxy req/s" "static req/s" "ratio"
for path in "${PATHS[@]}"; do
  proxied_runs="" static_runs=""
  for _ in $(seq 1 "$ROUNDS"); do
    proxied_runs+=" $(requests_per_second "http://127.0.0.1:$proxy_port$path")"
    static_runs+=" $(requests_per_second "http://127.0.0.1:$static_port$path")"
  done
  proxied=$(echo $proxied_runs | median)
  static=$(echo $static_runs | median)
  ratio=$(awk -v a="$proxied" -v b="$static" 'BEGIN { printf "%.2f", a / b }')
  printf '%-32s %12.0f %12.0f %7s\n' "$path" "$proxied" "$static" "$ratio"
  rows+=("| \`$path\` | $(printf '%.0f' "$proxied") | $(printf '%.0f' "$static") | $ratio |")
done

echo
echo "The app alone (no proxy), the home page rendered in process:"
home_en=$(.venv/bin/python bench/home_render.py --requests 200)
home_fr=$(.venv/bin/python bench/home_render.py --requests 200 --path /fr/)
echo "$home_en"
echo "$home_fr"

{
  echo "# Anonymous reads through the shared HTTP cache"
  echo
  echo "Measured by \`bash bench/proxy/throughput.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores,"
  echo "load average at the end of the run: $(cut -d' ' -f1-3 /proc/loadavg). nginx $(/usr/sbin/nginx -v 2>&1 | cut -d/ -f2),"
  echo "wrk 2 threads, 16 connections, ${SECONDS_EACH} s per run, median of ${ROUNDS} alternated runs per address;"
  echo "gunicorn 2 workers x 4 threads on SQLite, on the same machine as nginx and wrk."
  echo
  echo "| address | through the proxy, req/s | nginx static file, req/s | ratio |"
  echo "| --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "The app alone, no proxy (\`bench/home_render.py\`, in process, DEBUG off):"
  echo
  echo "    $home_en"
  echo "    $home_fr"
} >"$RESULTS"
echo
echo "Written to $RESULTS"
