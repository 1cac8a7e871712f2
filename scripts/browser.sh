#!/usr/bin/env bash
# Installs what the browser suite needs when it is missing: Debian's Chromium (Playwright drives
# it; Playwright's own browser download does not work without internet) and axe-core from npm.
set -euo pipefail
cd "$(dirname "$0")/.."

ensure() {
  if ! command -v chromium >/dev/null 2>&1; then
    echo "Installing Debian's chromium package..."
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
  fi
  if [ ! -f node_modules/axe-core/axe.min.js ]; then
    echo "Installing axe-core from npm..."
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

case "${1:-ensure}" in
  ensure) ensure ;;
  *) echo "usage: $0 ensure" >&2; exit 2 ;;
esac
