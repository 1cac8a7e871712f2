#!/usr/bin/env bash
# Serves the site with gunicorn and runs the task worker beside it; Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
host=${1:-127.0.0.1}
port=${2:-8000}
source scripts/local-env.sh "$host" "$port"
.venv/bin/python manage.py db_worker --queue-name '*' -v 0 &
worker=$!
.venv/bin/python manage.py run_periodic &
periodic=$!
trap 'kill $worker $periodic 2>/dev/null || true' EXIT INT TERM
cat <<MSG

  The Alliance platform is running on http://$host:$port/
  Back office: http://$host:$port/admin/
  Demo administrator: user "${DEMO_ADMIN_USERNAME:-admin}", password "$DEMO_ADMIN_PASSWORD"
  Focal points' area: http://$host:$port/en/focal-point/login/
  Demo focal point (Heraklion): email "focal-point@heraklion.example.org", password "$DEMO_ADMIN_PASSWORD"
  Stop with Ctrl-C.

MSG
# Request limits, timeouts, workers and threads: gunicorn.conf.py. In production, serve behind the
# buffering proxy (README, "Serving").
.venv/bin/gunicorn --config gunicorn.conf.py --bind "$host:$port"
