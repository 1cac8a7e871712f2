#!/usr/bin/env bash
# Before and after: the coherence benchmark (measure.py) on an earlier commit and on this checkout,
# one after the other, each on a database of its own.
#   bash bench/coherence/compare.sh [BEFORE_COMMIT] [measure.py options...]
# BEFORE_COMMIT defaults to c523489 (per-process caches, entries invalidated by signals).
set -euo pipefail
cd "$(dirname "$0")/../.."
before=${1:-c523489}
shift || true
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
git archive "$before" | tar -x -C "$folder"
ln -s "$PWD/.venv" "$folder/.venv"
mkdir -p "$folder/bench/coherence"
cp bench/coherence/measure.py "$folder/bench/coherence/"
echo "== before ($before)"
(cd "$folder" && .venv/bin/python bench/coherence/measure.py "$@")
echo "== after ($(git rev-parse --short HEAD))"
.venv/bin/python bench/coherence/measure.py "$@"
