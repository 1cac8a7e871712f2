# Sourced by prepare.sh and serve.sh: `make run` serves the site as production would (DEBUG off,
# gunicorn, whitenoise, the translated error pages), but over plain HTTP on this machine.
mkdir -p var
if [ ! -s var/secret_key ]; then
  .venv/bin/python -c 'import secrets; print(secrets.token_urlsafe(50))' > var/secret_key
fi
export DEBUG=0
export SECRET_KEY_FILE="$PWD/var/secret_key"
export ALLOWED_HOSTS="${ALLOWED_HOSTS:-127.0.0.1,localhost}"
# Where the site is served (serve.sh passes its host and port): the address in emails follows it,
# unless SITE_URL names another.
export HOST="${1:-${HOST:-127.0.0.1}}"
export PORT="${2:-${PORT:-8000}}"
export SECURE_SSL_REDIRECT=0
export SECURE_COOKIES=0
export SECURE_HSTS_SECONDS=0
# The demo administrator's login, printed by `make run`; a production site never sets it.
export DEMO_ADMIN_PASSWORD="${DEMO_ADMIN_PASSWORD:-alliance-demo-2026}"
# The demo signs in with a password alone; production asks staff for a second factor too.
export STAFF_2FA_REQUIRED="${STAFF_2FA_REQUIRED:-0}"
