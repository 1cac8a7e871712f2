#!/usr/bin/env bash
# What the test suite needs besides the virtual environment: compiled translations,
# collected static files (the browser suite serves them) and pdftotext.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python manage.py compile_translations -v 0 >/dev/null
.venv/bin/python manage.py collectstatic --no-input -v 0

# pdftotext (Debian's poppler-utils) reads back the text of the infographics' PDF in the tests.
if ! command -v pdftotext >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get install -y -qq poppler-utils >/dev/null 2>&1 \
      || { apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null; }
  else
    echo "pdftotext is missing: install Debian's poppler-utils (sudo apt-get install poppler-utils)" >&2
  fi
fi
