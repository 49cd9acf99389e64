"""The committed outlines (regions, departments, laureate territories) the maps are drawn from.

`knowledge/outlines.json` is built by `scripts/build_outlines.py` from ANCT's open data:
coordinates are integers in units of 10^-PRECISION degrees, each ring's first point absolute
and the next ones as steps from the previous point.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OUTLINES_FILE = "outlines.json"
PRECISION = 3

Point = tuple[float, float]
Ring = tuple[Point, ...]
# An outer ring followed by its holes.
Polygon = tuple[Ring, ...]


@dataclass(frozen=True)
class Outline:
    id: str
    name: str
    polygons: tuple[Polygon, ...]
    # Where a label sits best: the point of the largest part farthest from its edge.
    label: Point
    region: str = ""

    @functools.cached_property
    def bounds(self) -> tuple[float, float, float, float]:
        """West, south, east, north, in degrees."""
        xs = [x for polygon in self.polygons for x, _ in polygon[0]]
        ys = [y for polygon in self.polygons for _, y in polygon[0]]
        return min(xs), min(ys), max(xs), max(ys)

    def contains(self, point: Point) -> bool:
        """Even-odd rule over every ring: inside an outer ring and not in one of its holes."""
        x, y = point
        inside = False
        for polygon in self.polygons:
            for ring in polygon:
                for i in range(len(ring)):
                    (ax, ay), (bx, by) = ring[i - 1], ring[i]
                    if (ay > y) != (by > y) and x < (bx - ax) * (y - ay) / (by - ay) + ax:
                        inside = not inside
        return inside


@dataclass(frozen=True)
class Outlines:
    source: str
    date: str
    regions: dict[str, Outline]
    departments: dict[str, Outline]
    # Keyed by ANCT's identifier, « ti-7601 ».
    territories: dict[str, Outline]


def load_outlines(*, path: Path) -> Outlines:
    """Read once per version of the file: a reload of the same knowledge reuses them."""
    return _load(path, path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=4)
def _load(path: Path, version: int) -> Outlines:
    data = json.loads(path.read_text(encoding="utf-8"))
    scale = 10.0 ** data["precision"]

    def outlines(section: str) -> dict[str, Outline]:
        return {ident: decode(ident, entry, scale) for ident, entry in data[section].items()}

    return Outlines(
        source=data["source"],
        date=data["date"],
        regions=outlines("regions"),
        departments=outlines("departments"),
        territories=outlines("territories"),
    )


def decode(ident: str, entry: dict[str, Any], scale: float) -> Outline:
    """An outline as scripts/build_outlines.py's `outline_entry` wrote it (the groupings' too)."""
    return Outline(
        id=ident,
        name=entry["name"],
        polygons=tuple(
            tuple(_ring(flat, scale) for flat in polygon) for polygon in entry["polygons"]
        ),
        label=(entry["label"][0] / scale, entry["label"][1] / scale),
        region=entry.get("region", ""),
    )


def _ring(flat: list[Any], scale: float) -> Ring:
    points = []
    x = y = 0
    for i in range(0, len(flat), 2):
        x += flat[i]
        y += flat[i + 1]
        points.append((x / scale, y / scale))
    return tuple(points)
