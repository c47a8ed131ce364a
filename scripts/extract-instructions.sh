#!/usr/bin/env bash
# Instructions one extraction takes (valgrind's callgrind), for comparing two builds on this noisy machine:
# unlike times, counts are the same from run to run. Runs `kharita-bench stage extract` once and twice on the
# corpus and prints the difference, which leaves out loading the files and building the gazetteer.
# With --cache, cachegrind also simulates this machine's first-level caches and prints the misses: the
# scanners' trie walks and the sentence rules' code stall on them, so fewer instructions need not mean less time.
# usage: scripts/extract-instructions.sh [--cache] CORPUS_DIR [KHARITA_BENCH]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
cache=false
if [ "${1:-}" = "--cache" ]; then cache=true; shift; fi
corpus=${1:?usage: scripts/extract-instructions.sh [--cache] CORPUS_DIR [KHARITA_BENCH]}
bench=${2:-}
command -v valgrind >/dev/null || { echo "extract-instructions: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
if [ -z "$bench" ]; then
    swift build -c release --product kharita-bench >&2
    bench="$(swift build -c release --show-bin-path)/kharita-bench"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Prints the run's event counts: Ir, or with --cache Ir I1mr ILmr Dr D1mr DLmr Dw D1mw DLmw.
count() {
    local tool=(--tool=callgrind --callgrind-out-file="$out/runs$1")
    $cache && tool=(--tool=cachegrind --cache-sim=yes --cachegrind-out-file="$out/runs$1")
    valgrind "${tool[@]}" "$bench" stage extract --input "$corpus" --size 1 \
        --runs "$1" --gazetteer gazetteer >/dev/null 2>"$out/log$1" || { cat "$out/log$1" >&2; exit 1; }
    grep -m1 -E '^(summary|totals):' "$out/runs$1" | cut -d' ' -f2-
}
read -r -a once <<<"$(count 1)"
read -r -a twice <<<"$(count 2)"
echo "instructions: one extraction $((twice[0] - once[0])), whole process with one extraction ${once[0]}"
if $cache; then
    echo "L1 misses of one extraction: instructions $((twice[1] - once[1])), data $((twice[4] + twice[7] - once[4] - once[7]))" \
        "(reads $((twice[4] - once[4])), writes $((twice[7] - once[7])))"
fi
