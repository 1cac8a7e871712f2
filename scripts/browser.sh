#!/usr/bin/env bash
# Installs what the browser suite needs when it is missing: Debian's Chromium (Playwright drives
# it; Playwright's own browser download does not work without internet), a Java runtime for the
# Nu HTML Checker, and from npm axe-core and the checker (vnu-jar).
set -euo pipefail
cd "$(dirname "$0")/.."

ensure() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}..."
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if [ ! -f node_modules/axe-core/axe.min.js ] || [ ! -f node_modules/vnu-jar/build/dist/vnu.jar ]; then
    echo "Installing axe-core and vnu-jar from npm..."
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

case "${1:-ensure}" in
  ensure) ensure ;;
  *) echo "usage: $0 ensure" >&2; exit 2 ;;
esac
