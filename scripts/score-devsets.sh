#!/usr/bin/env bash
# Scores the release build's extraction on the seeds and on every development set in
# Tests/ExtractionTests/Fixtures (scripts/score-extraction.py: the rule of GoldScoring.swift), in
# seconds where `swift test --filter "GoldTests|DevSetTests"` needs a test build. Arguments pass on to
# the scorer (--misses, --by-confidence).
# usage: scripts/score-devsets.sh [--misses] [--by-confidence]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product kharita >&2
kharita="$(swift build -c release --show-bin-path)/kharita"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
score() {
    local name=$1 articles=$2 gold=$3
    "$kharita" extract "$articles" --gazetteer gazetteer -o "$out/$name.geojson" 2>/dev/null
    printf '%s: ' "$name"
    python3 scripts/score-extraction.py "$out/$name.geojson" "$gold" "${@:4}"
}
score seeds seeds Tests/ExtractionTests/Fixtures/seeds-events.json "$@"
for set in $(ls -d Tests/ExtractionTests/Fixtures/devset* | sort -V); do
    score "$(basename "$set")" "$set/articles" "$set/gold.json" "$@"
done
