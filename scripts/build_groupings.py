"""Builds knowledge/groupings.json.gz: the outlines of every intercommunality of France (and of
the EPT and single communes ANCT lists as members), a point inside every commune, and the
chef-lieu of every department, for the zoomed maps the bot draws.

Reads ../shared/data/epci/ (outlines of 1 January 2024 and commune points: IGN ADMIN EXPRESS
as generalised by COGiter, see its README) and the chefs-lieux from Etalab's administrative
division (npm package, the version `make places` pins; `--etalab DIR` reads an unpacked copy).
Run by `make groupings`; the output is committed and rebuilt identical byte for byte: sorted
keys, integer coordinates, a gzip stream without a timestamp.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import tempfile
from pathlib import Path
from typing import Any

from bot.maps.groupings import ATTRIBUTION, GROUPINGS_FILE, PRECISION
from scripts.build_outlines import SMALLEST_RING, outline_entry
from scripts.build_places import fetch

ROOT = Path(__file__).resolve().parent.parent
EPCI = ROOT.parent / "shared" / "data" / "epci"
OUTLINES = "epci_2024_4326.geojson"
COMPLEMENTS = "ti_complements_2024_4326.geojson"
POINTS = "communes_2024_points.csv"
ETALAB_VERSION = "6.0.0"

# Douglas-Peucker tolerance in degrees of latitude: 0.0005° is about 55 m, a pixel on the
# most zoomed map (a small laureate, about 50 m a pixel), so neighbours' shared borders,
# simplified apart, never part visibly. COGiter's outlines are already generalised (median
# segment 1.3 km): this mostly drops the vertices of their smallest wiggles.
TOLERANCE = 0.0005
LABEL_TOLERANCE = 0.002


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--epci", type=Path, default=EPCI, help="the EPCI data directory")
    parser.add_argument("--etalab", type=Path, help="an unpacked copy of Etalab's data folder")
    parser.add_argument("--out", type=Path, default=ROOT / "knowledge" / GROUPINGS_FILE)
    args = parser.parse_args()
    if args.etalab is not None:
        prefectures = _prefectures(args.etalab)
    else:
        with tempfile.TemporaryDirectory() as workdir:
            prefectures = _prefectures(fetch(version=ETALAB_VERSION, into=Path(workdir)))
    groupings = {}
    for name in (OUTLINES, COMPLEMENTS):
        for feature in json.loads((args.epci / name).read_text(encoding="utf-8"))["features"]:
            properties = feature["properties"]
            groupings[properties["siren"]] = outline_entry(
                feature["geometry"],
                tolerance=TOLERANCE,
                # Small islands stay: a commune of its own (Île-de-Bréhat) is nothing else.
                smallest=SMALLEST_RING / 100,
                precision=PRECISION,
                label_tolerance=LABEL_TOLERANCE,
                name=properties["nom"],
                nature=properties["nature"],
            )
    scale = 10**PRECISION
    with (args.epci / POINTS).open(encoding="utf-8", newline="") as stream:
        points = {
            row["insee"]: [round(float(row["lon"]) * scale), round(float(row["lat"]) * scale)]
            for row in csv.DictReader(stream)
        }
    data = {
        "attribution": ATTRIBUTION,
        "precision": PRECISION,
        "tolerance": TOLERANCE,
        "groupings": dict(sorted(groupings.items())),
        "points": dict(sorted(points.items())),
        "prefectures": dict(sorted(prefectures.items())),
    }
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # mtime=0 and no file name: the same inputs give the same bytes.
    with args.out.open("wb") as raw, gzip.GzipFile("", "wb", 9, raw, mtime=0) as stream:
        stream.write(text.encode("utf-8"))
    print(
        f"{args.out}: {len(groupings)} groupings, {len(points)} commune points, "
        f"{args.out.stat().st_size} bytes ({len(text)} uncompressed)"
    )


def _prefectures(etalab: Path) -> dict[str, str]:
    """Department code → INSEE code of its chef-lieu."""
    departments: list[dict[str, Any]] = json.loads(
        (etalab / "departements.json").read_text(encoding="utf-8")
    )
    return {d["code"]: d["chefLieu"] for d in departments}


if __name__ == "__main__":
    main()
