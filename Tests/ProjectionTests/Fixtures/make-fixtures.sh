#!/bin/sh
# Regenerates the reference values of ProjectionTests with PROJ's own tools (cs2cs and geod from
# proj-bin, PROJ 9.1.1). Run from this directory: sh make-fixtures.sh
#
# transforms.tsv: source, target, lon/x, lat/y, expected x, expected y. Coordinates are always in
#   visualisation order (longitude/easting first); cs2cs uses the authorities' axis order, so a case
#   may pass -r (swap the input pair, for a latitude-first source such as EPSG:4326) and -s (swap the
#   output pair, for a latitude- or northing-first target such as EPSG:3035).
# geodesic-inverse.tsv: lon1, lat1, lon2, lat2, distance (m), azimuth at 1, BACK azimuth at 2, as
#   `geod -I` prints them (the forward azimuth at 2 is the back azimuth ± 180°).
# geodesic-direct.tsv: lon, lat, azimuth, distance (m), expected lon, expected lat.
set -eu

longlat='+proj=longlat +datum=WGS84 +no_defs +type=crs'
utm37='+proj=utm +zone=37 +datum=WGS84 +units=m +no_defs +type=crs'
lcc_iraq_syria='+proj=lcc +lat_0=33.25 +lon_0=42.15 +lat_1=30.42 +lat_2=36.08 +datum=WGS84 +units=m +no_defs +type=crs'
lcc_wkt=$(projinfo -q -o WKT2_2019 --single-line "$lcc_iraq_syria")
tab=$(printf '\t')

# case: source | target | cs2cs swap flags | lon/x lat/y
cases() {
cat <<CASES
EPSG:4326|EPSG:3857|-r|44.3953 33.2986
EPSG:4326|EPSG:3857|-r|-0.1276 51.5072
EPSG:4326|EPSG:3857|-r|-179.5 -60.25
EPSG:4326|EPSG:32638|-r|44.3661 33.3152
EPSG:4326|EPSG:32638|-r|44.0092 36.1911
EPSG:4326|EPSG:32638|-r|47.7804 30.5081
EPSG:4326|EPSG:32638|-r|36.2765 33.5138
EPSG:4326|EPSG:3035|-r -s|2.3522 48.8566
EPSG:4326|EPSG:3035|-r -s|13.405 52.52
EPSG:4326|EPSG:3035|-r -s|-9.1393 38.7223
$longlat|$utm37||36.2765 33.5138
$longlat|$utm37||37.1343 36.2021
EPSG:4326|$lcc_wkt|-r|44.3661 33.3152
EPSG:4326|$lcc_wkt|-r|36.2765 33.5138
EPSG:4326|$lcc_wkt|-r|35.9106 31.9539
EPSG:3857|EPSG:32638||4938765.75 3937228.5
CASES
}

cases | while IFS='|' read -r source target flags point; do
    # cs2cs reads arguments starting with "+" as pieces of one PROJ string, hence the +to form.
    # shellcheck disable=SC2086 # flags and PROJ strings are deliberately split
    case $source in
        +*) result=$(echo "$point" | cs2cs $flags -f %.9f $source +to $target) ;;
        *) result=$(echo "$point" | cs2cs $flags -f %.9f "$source" "$target") ;;
    esac
    result=$(echo "$result" | awk '{print $1 "\t" $2}')
    printf '%s\t%s\t%s\t%s\n' "$source" "$target" "$(echo "$point" | tr ' ' "$tab")" "$result"
done > transforms.tsv

# pairs: lon1 lat1 lon2 lat2
cat <<PAIRS > /tmp/kharita-geodesic-pairs
44.3661 33.3152 44.0092 36.1911
44.3661 33.3152 36.2765 33.5138
35.9106 31.9539 44.3661 33.3152
44.3661 33.3152 44.3672 33.3158
0 0 90 0
-179.5 10 179.5 -10
2.3522 48.8566 -74.006 40.7128
10 -45 -170 44.5
PAIRS
awk '{print $2, $1, $4, $3}' /tmp/kharita-geodesic-pairs \
    | geod +ellps=WGS84 -I +units=m -f %.12f -F %.6f \
    | paste /tmp/kharita-geodesic-pairs - | awk -v OFS='\t' '{print $1, $2, $3, $4, $7, $5, $6}' \
    > geodesic-inverse.tsv

# starts: lon lat azimuth distance
cat <<STARTS > /tmp/kharita-geodesic-starts
44.3661 33.3152 0 1000
44.3661 33.3152 45 25000
44.3661 33.3152 -135.5 500000
179.9 0 90 50000
0 89.9 180 100000
STARTS
awk '{print $2, $1, $3, $4}' /tmp/kharita-geodesic-starts \
    | geod +ellps=WGS84 +units=m -f %.12f \
    | paste /tmp/kharita-geodesic-starts - | awk -v OFS='\t' '{print $1, $2, $3, $4, $6, $5}' \
    > geodesic-direct.tsv
rm /tmp/kharita-geodesic-pairs /tmp/kharita-geodesic-starts
