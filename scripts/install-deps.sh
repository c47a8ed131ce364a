#!/usr/bin/env bash
# Installs what Kharita needs and is missing. `--build` installs the libraries a build needs;
# `--test` adds the independent checkers the interop tests run (GDAL, xmllint, rsvg, Python decoders).
set -euo pipefail
mode=${1:---build}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

missing=()
pkg-config --exists proj 2>/dev/null || missing+=(libproj-dev proj-data)
pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)
pkg-config --exists sqlite3 2>/dev/null || missing+=(libsqlite3-dev)
pkg-config --exists jemalloc 2>/dev/null || missing+=(libjemalloc-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
if [ "$mode" = "--test" ]; then
    command -v ogrinfo >/dev/null || missing+=(gdal-bin)
    command -v cs2cs >/dev/null || missing+=(proj-bin)
    command -v xmllint >/dev/null || missing+=(libxml2-utils)
    command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
    command -v sqlite3 >/dev/null || missing+=(sqlite3)
    [ -x /usr/bin/time ] || missing+=(time)
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}" >&2
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "$mode" = "--test" ]; then
    need_pip=()
    python3 -c 'import geojson_validator' 2>/dev/null || need_pip+=(geojson-validator)
    python3 -c 'import mapbox_vector_tile' 2>/dev/null || need_pip+=(mapbox-vector-tile)
    python3 -c 'import pmtiles' 2>/dev/null || need_pip+=(pmtiles)
    if [ ${#need_pip[@]} -gt 0 ]; then
        echo "install-deps: pip installing ${need_pip[*]}" >&2
        python3 -m pip install -q "${need_pip[@]}"
    fi
fi
