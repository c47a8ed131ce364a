#!/usr/bin/env bash
# Opens what `kharita build` wrote with independent tools: GDAL (ogrinfo, ogr2ogr), the Python
# geojson-validator, xmllint, rsvg-convert, and the tile decoders of scripts/check_tiles.py.
# Usage: scripts/interop.sh BIN OUT
set -uo pipefail
bin=${1:-.build/release/kharita}
out=${2:-output}
passed=0
failed=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

check() {
    local name=$1; shift
    if "$@" >"$work/log" 2>&1; then
        passed=$((passed + 1)); echo "ok   $name"
    else
        failed=$((failed + 1)); echo "FAIL $name"; sed 's/^/     /' "$work/log" | head -30
    fi
}

manifest_count() { python3 -c "import json,sys; m=json.load(open('$out/manifest.json')); print($1)"; }

# ogrinfo must open the file with the expected count and print no warning or error.
ogr_count() {
    local file=$1 expected=$2
    local info
    info=$(ogrinfo -ro -al -so "$file" 2>&1) || { echo "$info"; return 1; }
    if grep -qiE 'warning|error' <<<"$info"; then echo "$info" | grep -iE 'warning|error'; return 1; fi
    local count
    count=$(grep -m1 '^Feature Count:' <<<"$info" | awk '{print $3}')
    [ "$count" = "$expected" ] || { echo "$file: $count features, expected $expected"; return 1; }
}

# Field names and types that QGIS users filter on must come through as GDAL types.
ogr_fields() {
    local file=$1
    local info
    info=$(ogrinfo -ro -al -so "$file" 2>&1)
    for field in "date: Date" "date_end: Date" "event_type: String" "weapon_count: Integer" "source_count: Integer" "confidence: Real"; do
        grep -q "^$field" <<<"$info" || { echo "$file: no field '$field'"; echo "$info" | sed -n '/^Geometry/,$p'; return 1; }
    done
}

events=$(manifest_count "m['counts']['events']")
check "ogrinfo events.geojson ($events features)" ogr_count "$out/events.geojson" "$events"
check "ogrinfo events.geojsonl ($events features)" ogr_count "GeoJSONSeq:$out/events.geojsonl" "$events"
check "ogrinfo field types of events.geojson" ogr_fields "$out/events.geojson"
places=$(manifest_count "m['counts']['places']")
check "ogrinfo places.geojson ($places features)" ogr_count "$out/places.geojson" "$places"
check "ogrinfo events.csv ($events rows)" ogr_count "$out/events.csv" "$events"
while IFS=$'\t' read -r label count; do
    check "ogrinfo windows/$label/events.geojson ($count features)" ogr_count "$out/windows/$label/events.geojson" "$count"
done < <(python3 -c "
import json
for w in json.load(open('$out/manifest.json'))['windows']:
    print(w['label'] + '\t' + str(w['event_count']))")

gpkg_roundtrip() {
    ogr2ogr -f GPKG "$work/events.gpkg" "$out/events.geojson" -nln events 2>&1 | grep -iE 'warning|error' && return 1
    ogr_count "$work/events.gpkg" "$events" || return 1
    local before after
    # GeoPackage has no Time type: GDAL stores time_local ("14:45") as String there, by design.
    before=$(ogrinfo -ro -al -so "$out/events.geojson" | sed -n '/^[a-z_0-9]*: /p' | sed 's/^time_local: Time/time_local: String/' | sort)
    after=$(ogrinfo -ro -al -so "$work/events.gpkg" | sed -n '/^[a-z_0-9]*: /p' | sort)
    [ "$before" = "$after" ] || { diff <(echo "$before") <(echo "$after"); return 1; }
}
check "ogr2ogr events.geojson → GeoPackage keeps features and fields" gpkg_roundtrip

validate_geojson() {
    python3 - "$@" <<'PY'
import json, logging, sys
logging.disable(logging.CRITICAL)
import geojson_validator
bad = 0
for path in sys.argv[1:]:
    with open(path) as f:
        data = json.load(f)
    geometries = geojson_validator.validate_geometries(data)
    structure = geojson_validator.validate_structure(data, check_crs=True)
    if geometries["invalid"] or geometries["problematic"] or structure:
        bad += 1
        print(path, geometries, structure)
sys.exit(1 if bad else 0)
PY
}
mapfile -t geojson_files < <(find "$out" -name '*.geojson' | sort)
check "geojson-validator on ${#geojson_files[@]} files" validate_geojson "${geojson_files[@]}"

svg_checks() {
    local svg
    for svg in "$@"; do
        xmllint --noout "$svg" || return 1
        local log
        log=$(rsvg-convert -o "$work/render.png" "$svg" 2>&1) || { echo "$svg: $log"; return 1; }
        [ -z "$log" ] || { echo "$svg: rsvg-convert said: $log"; return 1; }
        [ -s "$work/render.png" ] || { echo "$svg: empty PNG"; return 1; }
    done
}
mapfile -t svg_files < <(find "$out" -name '*.svg' | sort)
if [ ${#svg_files[@]} -gt 0 ]; then
    check "xmllint and rsvg-convert on ${#svg_files[@]} SVG maps" svg_checks "${svg_files[@]}"
fi
if [ -f "$out/index.html" ]; then
    check "index.html loads nothing from the network" bash -c "! grep -qiE '(src|href)=\"(https?:)?//' '$out/index.html'"
fi

if [ -f "$out/tiles/events.pmtiles" ]; then
    # All three containers from one build, so they must hold the same tiles.
    "$bin" build --seeds seeds --gazetteer gazetteer --out "$work/all-tiles" --tiles pmtiles,mbtiles,dir --quiet
    check "the build's PMTiles equal the committed ones" cmp "$out/tiles/events.pmtiles" "$work/all-tiles/tiles/events.pmtiles"
    check "tiles decoded by mapbox-vector-tile, pmtiles and GDAL (PMTiles, MBTiles, z/x/y)" \
        python3 scripts/check_tiles.py --pmtiles "$work/all-tiles/tiles/events.pmtiles" --mbtiles "$work/all-tiles/tiles/events.mbtiles" \
        --dir "$work/all-tiles/tiles/xyz" --events "$events"
fi

# The command line's errors: exit codes from `kharita build --help`, messages naming what is wrong.
expect_failure() {
    local code=$1 pattern=$2; shift 2
    local output status
    output=$("$@" 2>&1); status=$?
    [ "$status" -eq "$code" ] || { echo "exit $status, expected $code: $output"; return 1; }
    grep -q -- "$pattern" <<<"$output" || { echo "no '$pattern' in: $output"; return 1; }
}
check "build --window fortnight exits 64 naming the value" \
    expect_failure 64 "'fortnight' is not one of" "$bin" build --window fortnight --out "$work/never"
mkdir -p "$work/bad-gazetteer" && cp -r gazetteer/. "$work/bad-gazetteer/"
printf 'broken\tBroken\tcity\tIQ\t\t95.5\t44.0\t5\t\t\t\tnowhere\n' >> "$work/bad-gazetteer/places.tsv"
bad_line=$(wc -l < "$work/bad-gazetteer/places.tsv")
check "build with a bad gazetteer row exits 2 naming places.tsv:$bad_line" \
    expect_failure 2 "places.tsv:$bad_line:" "$bin" build --gazetteer "$work/bad-gazetteer" --out "$work/never"
check "a failed build wrote nothing" test ! -e "$work/never"
check "gazetteer check --skip-bad-rows reports the row and keeps the rest" \
    bash -c "'$bin' gazetteer check --gazetteer '$work/bad-gazetteer' --skip-bad-rows | grep -q 'places.tsv:$bad_line:'"
check "project with an unknown CRS carries PROJ's words" \
    expect_failure 1 "crs not found" "$bin" project --from EPSG:4326 --to EPSG:999999 1 2
check "project names the bad line of its input" \
    bash -c "printf '44 33\\n44 north\\n' | '$bin' project --from EPSG:4326 --to EPSG:3857 2>&1 | grep -q '<stdin>:2:'"
check "map of a missing file exits 2 naming it" \
    expect_failure 2 "$work/none.geojson: cannot read" "$bin" map --events "$work/none.geojson" -o "$work/x.svg"

echo "interop: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
