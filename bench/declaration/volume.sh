#!/usr/bin/env bash
# One million signatures in a dedicated PostgreSQL database, then the list and counter timings.
# Run: bash bench/declaration/volume.sh   (COUNT=1000000 by default; the set is kept and topped up)
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${VOLUME_DB:-alliance_declaration_volume}
COUNT=${COUNT:-1000000}
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB"
export DJANGO_SETTINGS_MODULE=bench_settings
export PYTHONPATH="$PWD/bench/declaration:$PWD"
export DEBUG=0 SECRET_KEY=bench-only-secret ALLOWED_HOSTS=testserver,127.0.0.1
export SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0
if ! psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname='$DB'" | grep -q 1; then
  createdb -h 127.0.0.1 -U postgres "$DB"
fi
.venv/bin/python manage.py migrate --no-input -v 0
start=$(date +%s)
.venv/bin/python manage.py shell -c "
import sys
from alliance.authorities.countries import ensure_countries
from alliance.declaration.volume import create_signatures
ensure_countries()
print('created', create_signatures($COUNT, seed=1, stdout=sys.stdout))
" | tail -n 2
echo "volume set-up: $(( $(date +%s) - start )) s"
.venv/bin/python manage.py shell < bench/declaration/measure.py
