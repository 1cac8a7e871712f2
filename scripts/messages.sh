#!/usr/bin/env bash
# Translations live beside the code: alliance/<app>/locale/fr/LC_MESSAGES/django.po.
#   make   extract the English strings of every app into its French catalogue
#   check  fail if any French message is missing or fuzzy (after extracting, so that a string
#          added in the code but never translated counts as missing)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY="$ROOT/.venv/bin/python"

extract() {
  for app in alliance/*/; do
    app=${app%/}
    [ -f "$app/apps.py" ] || continue
    if grep -rqE "gettext|translate|_\(" "$app" --include=*.py --include=*.html --include=*.txt 2>/dev/null; then
      mkdir -p "$app/locale"
      (cd "$app" && "$PY" "$ROOT/manage.py" makemessages -l fr --no-location --no-obsolete -v 0 -e html,txt,py,svg \
        --ignore 'tests/*' --ignore 'migrations/*')
    fi
  done
}

case "${1:-check}" in
  make) extract ;;
  check)
    extract
    "$PY" scripts/check_translations.py
    ;;
  *) echo "usage: $0 make|check" >&2; exit 2 ;;
esac
