#!/usr/bin/env bash
# Instructions one extraction takes (valgrind's callgrind), for comparing two builds on this noisy machine:
# unlike times, counts are the same from run to run. Runs `kharita-bench stage extract` once and twice on the
# corpus and prints the difference, which leaves out loading the files and building the gazetteer.
# usage: scripts/extract-instructions.sh CORPUS_DIR [KHARITA_BENCH]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: scripts/extract-instructions.sh CORPUS_DIR [KHARITA_BENCH]}
bench=${2:-}
command -v valgrind >/dev/null || { echo "extract-instructions: needs valgrind (apt-get install valgrind)" >&2; exit 1; }
if [ -z "$bench" ]; then
    swift build -c release --product kharita-bench >&2
    bench="$(swift build -c release --show-bin-path)/kharita-bench"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
count() {
    valgrind --tool=callgrind --callgrind-out-file="$out/runs$1" "$bench" stage extract --input "$corpus" --size 1 \
        --runs "$1" --gazetteer gazetteer >/dev/null 2>"$out/log$1" || { cat "$out/log$1" >&2; exit 1; }
    grep -m1 -E '^(summary|totals):' "$out/runs$1" | awk '{print $2}'
}
once=$(count 1)
twice=$(count 2)
echo "instructions: one extraction $((twice - once)), whole process with one extraction $once"
