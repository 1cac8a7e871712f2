#!/usr/bin/env bash
# What the test suite needs besides the virtual environment: compiled translations and
# collected static files (the browser suite serves them).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python manage.py compile_translations -v 0 >/dev/null
.venv/bin/python manage.py collectstatic --no-input -v 0
