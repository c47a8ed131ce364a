#!/usr/bin/env python3
"""Score `kharita extract` output against hand-annotated gold events, in seconds and without a test build.

Same matching rule and tallies as Tests/ExtractionTests/GoldScoring.swift (the rule stated in
../shared/gold/seeds-events.json): equal event type, date inside [date_min, date_max] (inside the month
for month precision), point within radius_km. Reported and background recall count the non-optional
gold events found; precision is over the events that match no gold event or some non-optional one (an
event that matches only optional gold events is neither a hit nor a false alarm).

    python3 scripts/score-extraction.py EVENTS.geojson GOLD.json [--misses] [--by-confidence]

--misses lists the gold events not found and the false alarms with their first quote;
--by-confidence prints the precision of the events at or above each confidence.
"""
import argparse
import json
import math
import sys


def matches(gold, feature):
    properties = feature["properties"]
    if properties["event_type"] != gold["event_type"] or not properties.get("date") or not feature.get("geometry"):
        return False
    date = properties["date"]
    if gold["time_precision"] == "month":
        in_window = date[:7] == gold["date_min"][:7]
    else:
        in_window = gold["date_min"] <= date <= gold["date_max"]
    lon, lat = feature["geometry"]["coordinates"]
    r = math.pi / 180
    d_lat, d_lon = (lat - gold["lat"]) * r, (lon - gold["lon"]) * r
    h = math.sin(d_lat / 2) ** 2 + math.cos(gold["lat"] * r) * math.cos(lat * r) * math.sin(d_lon / 2) ** 2
    return in_window and 2 * 6371.0088 * math.asin(min(1, math.sqrt(h))) <= gold["radius_km"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("events", help="a GeoJSON FeatureCollection written by `kharita extract`")
    parser.add_argument("gold", help="gold events in the format of shared/gold/seeds-events.json")
    parser.add_argument("--misses", action="store_true", help="list misses and false alarms")
    parser.add_argument("--by-confidence", action="store_true", help="precision at or above each confidence")
    args = parser.parse_args()
    try:
        with open(args.events, encoding="utf-8") as f:
            features = json.load(f)["features"]
        with open(args.gold, encoding="utf-8") as f:
            gold = json.load(f)["events"]
    except (OSError, ValueError, KeyError) as error:
        sys.exit(f"score-extraction: {error}")

    required = [g for g in gold if g["context"] != "optional"]
    found = {g["id"] for g in required if any(matches(g, f) for f in features)}
    scored = []
    for feature in features:
        hits = [g for g in gold if matches(g, feature)]
        if hits and all(g["context"] == "optional" for g in hits):
            continue
        scored.append((feature, any(g["context"] != "optional" for g in hits)))
    correct = sum(ok for _, ok in scored)

    def tally(context):
        events = [g for g in required if g["context"] == context]
        return f"{sum(g['id'] in found for g in events)}/{len(events)}"

    precision = correct / len(scored) if scored else 0
    print(f"reported {tally('reported')}, background {tally('background')}, "
          f"precision {correct}/{len(scored)} = {precision:.3f}")
    if args.misses:
        for g in required:
            if g["id"] not in found:
                print(f"  miss {g['id']} {g['context']} {g['event_type']} {g['date_min']}…{g['date_max']} {g['documents'][0]}")
        for feature, ok in scored:
            if not ok:
                p = feature["properties"]
                source = p["sources"][0] if p.get("sources") else {"document": "", "quote": ""}
                print(f"  false alarm {p['event_type']} {p.get('date')} {p.get('place_name')} {p['context']} — "
                      f"{source['document'][:3]}: {source['quote'][:160]}")
    if args.by_confidence:
        for threshold in sorted({f["properties"]["confidence"] for f, _ in scored}):
            kept = [ok for f, ok in scored if f["properties"]["confidence"] >= threshold]
            print(f"  confidence >= {threshold:.2f}: {sum(kept)}/{len(kept)} = {sum(kept) / len(kept):.3f}")


if __name__ == "__main__":
    main()
