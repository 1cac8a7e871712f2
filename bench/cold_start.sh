#!/usr/bin/env bash
# Times `make run` on a fresh clone until the home page answers, then a second start.
#   bash bench/cold_start.sh [PORT]
set -euo pipefail
port=${1:-8765}
src=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'kill -- -"$(cat "$work/pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$work"' EXIT
git clone -q "$src" "$work/clone"

measure() {
  local label=$1 start end
  start=$(date +%s.%N)
  (cd "$work/clone" && setsid make run PORT="$port" >"$work/run.log" 2>&1 & echo $! >"$work/pid")
  until curl -fs -o /dev/null "http://127.0.0.1:$port/en/"; do
    sleep 0.5
    if ! kill -0 "$(cat "$work/pid")" 2>/dev/null; then cat "$work/run.log"; exit 1; fi
  done
  end=$(date +%s.%N)
  python3 -c "print('$label: home page answered after %.1f s' % ($end - $start))"
  kill -- -"$(cat "$work/pid")" 2>/dev/null || true
  sleep 2
}

measure "cold make run (fresh clone)"
measure "second make run"
