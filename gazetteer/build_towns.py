#!/usr/bin/env python3
"""Builds gazetteer/towns.tsv from the GeoNames extract.

    python3 gazetteer/build_towns.py /work/shared/gazetteer-sources/geonames_cities1000_iq_sy_jo_kw.tsv

Keeps the GeoNames columns (name, lat, lon, admin1, admin2, country) and adds:
- id: geonames:<country>:<folded name with hyphens>, with -2, -3... in file order for repeats;
- aliases: the name, and the name without a leading Arabic article ("Ar Rutbah" -> "Rutbah",
  "Al-Hamdaniya" -> "Hamdaniya"), minus the stoplist below.
Rows are left out, with a line on stderr, when the name is empty or when places.tsv already has
the town (same country, a curated alias folds to the same words, within 30 km).
Output order is the input order, so the file is reproducible byte for byte.
"""
import math
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Folded spellings that are common French/English words, first names or surnames even when
# capitalised ("Salt", "Tall", "Jasim", "Salman", "Zahar"), or other famous things ("Giza",
# "Medina", "Burma", "Douma" the Russian parliament in French, "Dáil"). A stripped form is listed
# when only it is ambiguous: "Zubayr" is stopped, "Az Zubayr" still matches. Entries keep the
# article, because the matcher reads a spelling written with "al" only where the text has it:
# "bab" stops bare "Bab", while "Al Bab" (al-Bab, Aleppo) still matches "al-Bab".
# A town whose every spelling is here stays in towns.tsv but is never matched by name.
STOPLIST = {
    "adir", "ahmadi", "al hamra", "al hamzah", "al hayy", "al jizah", "al karamah", "al madinah",
    "al mansurah", "al mazar", "al qasr", "as salt", "at tall", "ayy", "bab", "bayan", "burma",
    "dail", "dana", "dimas", "douma", "fiq", "hadar", "hamra", "hamzah", "hatim", "hayy", "hish",
    "imam qasim", "jala", "jasim", "jawa", "jizah", "karamah", "kassab", "kitim", "madan",
    "madinah", "malah", "malka", "mansurah", "mari", "mazar", "muh hasan", "qasr", "rifai",
    "sabah as salim", "sabbah", "sabha", "safi", "saham", "sal", "salman", "salt", "salwa",
    "samma", "sasa", "seyid sadiq", "sharan", "shin", "suf", "tall", "waqqas", "zahar", "zubayr",
}

ARTICLES = {"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az"}
ALWAYS_DROPPED = {"al", "el"}
HYPHEN_ARTICLES = {"ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az",
                   "ed", "en", "er", "es", "et", "ez", "ul"}


def fold(text, keep_articles=False):
    """The Swift NameFolding rules, enough for comparing names: lower case, no accents,
    backticks vanish, other punctuation breaks words, articles dropped (unless kept)."""
    text = unicodedata.normalize("NFKD", text)
    words, current, hyphen_after = [], [], []
    for ch in text + " ":
        if unicodedata.combining(ch) or ch in "`\u02bb\u02bc\u02bd\u02be\u02bf":
            continue
        if ch.isalnum():
            current.append(ch.lower())
            continue
        if current:
            words.append("".join(current))
            hyphen_after.append(ch in "-\u2010\u2011\u2012\u2013\u2014\u2015")
            current = []
    kept = [w for w, h in zip(words, hyphen_after)
            if keep_articles or not (w in ALWAYS_DROPPED or (h and w in HYPHEN_ARTICLES))]
    return " ".join(kept)


def distance_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def curated_towns():
    lines = (HERE / "places.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    for line in lines[1:]:
        if not line.strip() or line.startswith("#"):
            continue
        row = dict(zip(header, line.split("\t")))
        if row["kind"] not in ("city", "town"):
            continue
        names = [row["name"]] + [a.lstrip("~") for a in row["aliases"].split(";") if a]
        yield row["id"], row["country"], float(row["lat"]), float(row["lon"]), {fold(n) for n in names}


def aliases_for(name):
    spellings = [name]
    words = name.split(" ")
    article, hyphen, rest = name.partition("-")
    if len(words) > 1 and words[0].lower() in ARTICLES:
        spellings.append(" ".join(words[1:]))
    elif hyphen and rest and article.lower() in ARTICLES:
        spellings.append(rest)
    return [s for s in spellings if fold(s) and fold(s, keep_articles=True) not in STOPLIST]


def main(source):
    curated = list(curated_towns())
    lines = Path(source).read_text(encoding="utf-8").splitlines()
    expected = ["name", "lat", "lon", "admin1", "admin2", "country"]
    if lines[0].split("\t") != expected:
        sys.exit(f"{source}:1: header must be {expected}")
    out = ["\t".join(["id", "name", "lat", "lon", "admin1", "admin2", "country", "aliases"])]
    used_ids = set()
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 6:
            sys.exit(f"{source}:{number}: expected 6 columns, found {len(fields)}")
        name, lat, lon, admin1, admin2, country = fields
        if not name.strip():
            print(f"{source}:{number}: empty name, left out", file=sys.stderr)
            continue
        folded = fold(name)
        twin = next((cid for cid, ccountry, clat, clon, cnames in curated
                     if ccountry == country and folded in cnames
                     and distance_km(float(lat), float(lon), clat, clon) <= 30), None)
        if twin:
            print(f"{source}:{number}: '{name}' is places.tsv row {twin}, left out", file=sys.stderr)
            continue
        base = f"geonames:{country}:{folded.replace(' ', '-')}"
        place_id, n = base, 1
        while place_id in used_ids:
            n += 1
            place_id = f"{base}-{n}"
        used_ids.add(place_id)
        out.append("\t".join([place_id, name, lat, lon, admin1, admin2, country, ";".join(aliases_for(name))]))
    (HERE / "towns.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out) - 1} towns", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/gazetteer-sources/geonames_cities1000_iq_sy_jo_kw.tsv")
