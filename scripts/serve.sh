#!/usr/bin/env bash
# Serves the site with gunicorn, the task worker and the periodic loop, all three under supervisord,
# which starts any of them again if it dies; Ctrl-C stops them all.
# Knobs: SUPERVISOR_DIR (var/run/PORT: supervisord's configuration, socket and log; drive it with
# `.venv/bin/supervisorctl -c var/run/PORT/supervisord.conf status`), METRICS_PORT (the operator's
# Prometheus metrics on 127.0.0.1; none when unset).
set -euo pipefail
cd "$(dirname "$0")/.."
host=${1:-127.0.0.1}
port=${2:-8000}
source scripts/local-env.sh "$host" "$port"
source scripts/supervisor.sh
supervisor_begin "${SUPERVISOR_DIR:-var/run/$port}"
# Request limits, timeouts, workers and threads: gunicorn.conf.py. In production, serve behind the
# buffering proxy (README, "Serving").
supervisor_program web - 25 .venv/bin/gunicorn --config gunicorn.conf.py --bind "$host:$port"
supervisor_program tasks - 30 .venv/bin/python manage.py run_tasks --queue-name '*' -v 0
supervisor_program periodic - 10 .venv/bin/python manage.py run_periodic
cat <<MSG

  The Alliance platform is running on http://$host:$port/
  Back office: http://$host:$port/admin/
  Demo administrator: user "${DEMO_ADMIN_USERNAME:-admin}", password "$DEMO_ADMIN_PASSWORD"
  Focal points' area: http://$host:$port/en/focal-point/login/
  Demo focal point (Heraklion): email "focal-point@heraklion.example.org", password "$DEMO_ADMIN_PASSWORD"
  Health: http://$host:$port/healthz${METRICS_PORT:+  Metrics (this machine only): http://127.0.0.1:$METRICS_PORT/metrics}
  Stop with Ctrl-C.

MSG
exec "$SUPERVISOR_BIN/supervisord" -n -c "$SUPERVISOR_CONF"
