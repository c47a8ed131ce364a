#!/usr/bin/env python3
"""Check Kharita's vector tiles with independent decoders.

Reads a PMTiles archive with the `pmtiles` package, an MBTiles file with Python's sqlite3, and a
{z}/{x}/{y}.mvt folder from the file system; decodes every tile with `mapbox_vector_tile`; opens
the MBTiles file and the folder with GDAL's `ogrinfo` (MBTiles and MVT drivers). Checks that the
three containers hold the same tiles, that every zoom accounts for every event (clusters count
their `point_count`), that the maximum zoom holds exactly the expected number of event features,
that the metadata names the layers, and that GDAL/GEOS find every polygon valid at every zoom
(`ST_IsValid` through `ogrinfo -dialect SQLite`, tiles read unclipped, buffers included).
Prints a summary; exits 1 on any mismatch.

    python3 scripts/check_tiles.py --pmtiles t.pmtiles --mbtiles t.mbtiles --dir tiles/ --events 42

--mbtiles and --dir may be left out (e.g. for a large benchmark archive).
"""
import argparse
import collections
import gzip
import json
import os
import re
import sqlite3
import subprocess
import sys

import mapbox_vector_tile
from pmtiles.reader import MmapSource, Reader, all_tiles
from pmtiles.tile import Compression, TileType

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


def unzip(data):
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def read_pmtiles(path):
    with open(path, "rb") as f:
        get_bytes = MmapSource(f)
        reader = Reader(get_bytes)
        header = reader.header()
        metadata = reader.metadata()
        tiles = {zxy: unzip(bytes(data)) for zxy, data in all_tiles(get_bytes)}
    check(header["tile_type"] == TileType.MVT, f"{path}: tile type {header['tile_type']}, not MVT")
    check(header["tile_compression"] == Compression.GZIP, f"{path}: tiles not gzip-compressed")
    check(header["addressed_tiles_count"] == len(tiles),
          f"{path}: header says {header['addressed_tiles_count']} tiles, directories hold {len(tiles)}")
    check(header["clustered"], f"{path}: not clustered")
    layers = [layer["id"] for layer in metadata.get("vector_layers", [])]
    check(layers, f"{path}: metadata has no vector_layers")
    zooms = {z for z, _, _ in tiles}
    check(zooms and min(zooms) == header["min_zoom"] and max(zooms) == header["max_zoom"],
          f"{path}: zooms {sorted(zooms)} differ from header {header['min_zoom']}…{header['max_zoom']}")
    return header, layers, tiles


def read_mbtiles(path):
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    metadata = dict(db.execute("SELECT name, value FROM metadata"))
    application_id = db.execute("PRAGMA application_id").fetchone()[0]
    rows = db.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles").fetchall()
    db.close()
    check(application_id == 0x4D504258, f"{path}: application_id {application_id:#x}, not MPBX")
    for key in ("name", "format", "bounds", "center", "minzoom", "maxzoom", "json"):
        check(key in metadata, f"{path}: metadata row {key} missing")
    check(metadata.get("format") == "pbf", f"{path}: format {metadata.get('format')}, not pbf")
    layers = [layer["id"] for layer in json.loads(metadata.get("json", "{}")).get("vector_layers", [])]
    # MBTiles rows count from the south (TMS); flip back to XYZ.
    tiles = {(z, x, (1 << z) - 1 - row): unzip(bytes(data)) for z, x, row, data in rows}
    return metadata, layers, tiles


def read_folder(path):
    tiles = {}
    for root, _, files in os.walk(path):
        for name in files:
            if not name.endswith(".mvt"):
                continue
            z, x = (int(part) for part in os.path.relpath(root, path).split(os.sep))
            with open(os.path.join(root, name), "rb") as f:
                tiles[(z, x, int(name[:-4]))] = unzip(f.read())
    with open(os.path.join(path, "tilejson.json")) as f:
        tilejson = json.load(f)
    check(tilejson.get("tilejson") == "3.0.0", f"{path}: tilejson version {tilejson.get('tilejson')}")
    check(tilejson.get("tiles") == ["{z}/{x}/{y}.mvt"], f"{path}: tilejson tiles {tilejson.get('tiles')}")
    layers = [layer["id"] for layer in tilejson.get("vector_layers", [])]
    return tilejson, layers, tiles


def count_events(tiles, layer, expected, maxzoom):
    """Decodes every tile; returns {zoom: events accounted for} and the plain features at maxzoom."""
    per_zoom = collections.Counter()
    plain_at_max = 0
    for (z, x, y), data in sorted(tiles.items()):
        decoded = mapbox_vector_tile.decode(data)
        check(decoded, f"tile {z}/{x}/{y} decodes to no layers")
        for feature in decoded.get(layer, {}).get("features", []):
            count = feature["properties"].get("point_count")
            per_zoom[z] += count if count is not None else 1
            if z == maxzoom and count is None:
                plain_at_max += 1
                props = feature["properties"]
                check(all(k in props for k in ("date", "date_end", "window")),
                      f"tile {z}/{x}/{y}: event {props.get('id')} lacks date, date_end or window")
    for z, total in sorted(per_zoom.items()):
        check(total == expected, f"zoom {z}: {total} events accounted for, expected {expected}")
    check(plain_at_max == expected, f"maximum zoom {maxzoom}: {plain_at_max} event features, expected {expected}")
    return per_zoom, plain_at_max


def ogr_feature_counts(target, options):
    result = subprocess.run(["ogrinfo", "-ro", "-so", "-al", *options, target], capture_output=True, text=True)
    if not check(result.returncode == 0, f"ogrinfo {target}: {result.stderr.strip()}"):
        return {}
    counts = {}
    layer = None
    for line in result.stdout.splitlines():
        if m := re.match(r"Layer name: (\S+)", line):
            layer = m.group(1)
        elif (m := re.match(r"Feature Count: (\d+)", line)) and layer:
            counts[layer] = int(m.group(1))
    return counts


def invalid_geometry_counts(path, is_folder, layers, zooms):
    """{(zoom, layer): features GEOS finds invalid}, read with GDAL from MBTiles or a folder."""
    counts = {}
    for z in zooms:
        if is_folder:
            target = os.path.join(path, str(z))
            options = ["-oo", "TILE_EXTENSION=mvt", "-oo", "METADATA_FILE=" + os.path.join(path, "metadata.json")]
        else:
            target, options = path, ["-oo", f"ZOOM_LEVEL={z}"]
        for layer in layers:
            sql = f'SELECT COUNT(*) AS invalid FROM "{layer}" WHERE NOT ST_IsValid(geometry)'
            result = subprocess.run(["ogrinfo", "-ro", "-q", "-oo", "CLIP=NO", *options, "-dialect", "SQLite", "-sql", sql, target],
                                    capture_output=True, text=True)
            found = re.search(r"invalid \(Integer\) = (\d+)", result.stdout)
            if check(result.returncode == 0 and found, f"ogrinfo validity {target} {layer}: {result.stderr.strip()}"):
                counts[(z, layer)] = int(found.group(1))
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pmtiles", required=True)
    parser.add_argument("--mbtiles", help="optional: compared tile by tile with the PMTiles archive")
    parser.add_argument("--dir", help="optional: a {z}/{x}/{y}.mvt folder, compared likewise")
    parser.add_argument("--events", type=int, required=True, help="number of events in the input")
    parser.add_argument("--layer", default="events")
    args = parser.parse_args()

    header, pm_layers, pm_tiles = read_pmtiles(args.pmtiles)
    maxzoom = header["max_zoom"]
    check(args.layer in pm_layers, f"PMTiles metadata lacks layer {args.layer}: {pm_layers}")
    print(f"PMTiles  {args.pmtiles}: {len(pm_tiles)} tiles, zooms {header['min_zoom']}–{maxzoom}, layers {pm_layers}")

    others = []
    if args.mbtiles:
        metadata, layers, tiles = read_mbtiles(args.mbtiles)
        check(int(metadata.get("maxzoom", -1)) == maxzoom, f"MBTiles maxzoom {metadata.get('maxzoom')}, PMTiles {maxzoom}")
        counts = ogr_feature_counts(args.mbtiles, ["-oo", f"ZOOM_LEVEL={maxzoom}"])
        others.append(("MBTiles", args.mbtiles, layers, tiles, counts))
    if args.dir:
        tilejson, layers, tiles = read_folder(args.dir)
        check(tilejson.get("maxzoom") == maxzoom, f"TileJSON maxzoom {tilejson.get('maxzoom')}, PMTiles {maxzoom}")
        # GDAL's MVT driver opens one zoom level of a folder: {dir}/{z}.
        counts = ogr_feature_counts(os.path.join(args.dir, str(maxzoom)), [
            "-oo", "TILE_EXTENSION=mvt", "-oo", "METADATA_FILE=" + os.path.join(args.dir, "metadata.json")])
        others.append(("folder", args.dir, layers, tiles, counts))

    for name, path, layers, tiles, counts in others:
        check(layers == pm_layers, f"{name} layers {layers}, PMTiles {pm_layers}")
        check(tiles.keys() == pm_tiles.keys(), f"{name} holds {len(tiles)} tiles, PMTiles {len(pm_tiles)}")
        differing = [t for t in pm_tiles if pm_tiles[t] != tiles.get(t)]
        check(not differing, f"{len(differing)} {name} tiles differ from PMTiles, e.g. {differing[:3]}")
        check(set(counts) == set(pm_layers), f"GDAL {name} layers {sorted(counts)}, expected {sorted(pm_layers)}")
        check(counts.get(args.layer) == args.events,
              f"GDAL {name}: {counts.get(args.layer)} {args.layer} features at zoom {maxzoom}, expected {args.events}")
        print(f"{name:8} {path}: {len(tiles)} tiles; GDAL counts at z{maxzoom}: {counts}")

    per_zoom, at_max = count_events(pm_tiles, args.layer, args.events, maxzoom)
    print(f"events per zoom: {dict(sorted(per_zoom.items()))}; {at_max} event features at z{maxzoom}")
    if others:
        name, path = ("MBTiles", args.mbtiles) if args.mbtiles else ("folder", args.dir)
        zooms = sorted({z for z, _, _ in pm_tiles})
        invalid = invalid_geometry_counts(path, name == "folder", pm_layers, zooms)
        for (z, layer), count in sorted(invalid.items()):
            check(count == 0, f"GDAL {name}: {count} invalid {layer} geometries at zoom {z}")
        print(f"GDAL validity ({name}, every zoom and layer): {sum(invalid.values())} invalid geometries")
    else:
        print("polygon validity not checked: give --mbtiles or --dir (GDAL 3.6 cannot read PMTiles)")
    for failure in failures:
        print("FAIL:", failure, file=sys.stderr)
    print("check_tiles: " + ("FAILED" if failures else "all checks passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
