# Shared by rush.sh and fault.sh: a dedicated PostgreSQL database, gunicorn in front of it, and
# the check that every acknowledged signature is stored exactly once.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
DB=${BENCH_DB:-alliance_declaration_bench}
PORT=${BENCH_PORT:-8765}
BASE_URL="http://127.0.0.1:$PORT"
OUT=${BENCH_OUT:-$ROOT/var/bench/declaration}
mkdir -p "$OUT"
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$DB"
export DATABASE_CONN_MAX_AGE=60
export DJANGO_SETTINGS_MODULE=bench_settings
export PYTHONPATH="$ROOT/bench/declaration:$ROOT"
export DEBUG=0 SECRET_KEY=bench-only-secret ALLOWED_HOSTS=127.0.0.1 SITE_URL="$BASE_URL"
export SECURE_SSL_REDIRECT=0 SECURE_COOKIES=0 SECURE_HSTS_SECONDS=0 TASKS_BACKEND=django_tasks_db.DatabaseBackend
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -tA"
GUNICORN_PID=""

fresh_database() {
  if [ "${REUSE_DB:-0}" = 1 ] && $PSQL -d postgres -c "select 1 from pg_database where datname='$DB'" | grep -q 1; then
    # A quicker rerun: the schema stays, the signatures, emails and tasks of the last run go.
    .venv/bin/python manage.py migrate --no-input -v 0
    $PSQL -d "$DB" -c "truncate declaration_signature, core_outboundemail, django_tasks_database_dbtaskresult"
    return 0
  fi
  dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
  createdb -h 127.0.0.1 -U postgres "$DB"
  .venv/bin/python manage.py migrate --no-input -v 0
  .venv/bin/python manage.py shell -c "from alliance.authorities.countries import ensure_countries; ensure_countries()"
}

start_gunicorn() {
  .venv/bin/gunicorn alliance.wsgi --bind "127.0.0.1:$PORT" --workers "${WORKERS:-5}" \
    --worker-class gthread --threads "${THREADS:-8}" --backlog 2048 --log-level warning --pid "$OUT/gunicorn.pid" \
    >"$OUT/gunicorn.log" 2>&1 &
  GUNICORN_PID=$!
  trap stop_gunicorn EXIT
  for _ in $(seq 1 60); do
    curl -fsS "$BASE_URL/healthz" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "gunicorn did not start; see $OUT/gunicorn.log" >&2
  exit 1
}

stop_gunicorn() {
  if [ -n "$GUNICORN_PID" ]; then kill "$GUNICORN_PID" 2>/dev/null || true; wait "$GUNICORN_PID" 2>/dev/null || true; fi
  GUNICORN_PID=""
}

csrf_token() {
  # One CSRF cookie and token serve every request of the load (the token is tied to the cookie).
  curl -fsS -c "$OUT/cookies.txt" "$BASE_URL/en/declaration/sign/" | grep -o 'name="csrfmiddlewaretoken" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'
}

run_wrk() {
  local seconds=$1
  local token country
  token=$(csrf_token)
  country=$($PSQL -d "$DB" -c "select id from authorities_country where code='FR'")
  CSRF_TOKEN="$token" COUNTRY_ID="$country" BASE_URL="$BASE_URL" ACKED="$OUT/acked.txt" \
    wrk -t "${CONNECTIONS:-64}" -c "${CONNECTIONS:-64}" -d "${seconds}s" --timeout 10s --latency \
    -s bench/declaration/sign.lua "$BASE_URL" | tee "$OUT/wrk.txt"
}

check_acknowledged() {
  # Every acknowledged signer is stored exactly once, with the email that confirms it.
  sort "$OUT/acked.txt" > "$OUT/acked.sorted"
  $PSQL -d "$DB" -c "select email from declaration_signature where email_domain='bench.example.org' order by 1" | sort > "$OUT/stored.sorted"
  local acked stored missing twice emails
  acked=$(wc -l < "$OUT/acked.sorted")
  stored=$(wc -l < "$OUT/stored.sorted")
  missing=$(comm -23 "$OUT/acked.sorted" <(sort -u "$OUT/stored.sorted") | wc -l)
  twice=$(uniq -d "$OUT/stored.sorted" | wc -l)
  emails=$($PSQL -d "$DB" -c "select count(*) from core_outboundemail where \"to\" like '%@bench.example.org' and template='declaration/emails/sign-confirm'")
  echo "acknowledged: $acked; stored: $stored; acknowledged but missing: $missing; stored twice: $twice; confirmation emails queued: $emails"
  [ "$missing" -eq 0 ] && [ "$twice" -eq 0 ] && [ "$emails" -eq "$stored" ]
}
