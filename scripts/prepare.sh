#!/usr/bin/env bash
# Brings the local site up to date: migrations, demo data, translations, static files.
# Each step is quick when there is nothing to do, so `make run` starts in seconds the second time.
set -euo pipefail
cd "$(dirname "$0")/.."
MANAGE=".venv/bin/python manage.py"
source scripts/local-env.sh
$MANAGE migrate --no-input -v 0
$MANAGE load_demo
$MANAGE compile_translations -v 0
$MANAGE collectstatic --no-input -v 0
