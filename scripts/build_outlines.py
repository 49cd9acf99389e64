"""Builds knowledge/outlines.json from ANCT's open data: simplified outlines of every region,
department and laureate territory (all 183 of 2023-2027), for the maps the bot draws.

Reads ../shared/data/anct/ (see its README). Run by `make outlines`; the output is committed
and rebuilt identical byte for byte: no timestamp, sorted keys, integer coordinates.
"""

from __future__ import annotations

import argparse
import heapq
import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bot.maps.outlines import OUTLINES_FILE, PRECISION

ROOT = Path(__file__).resolve().parent.parent
ANCT = ROOT.parent / "shared" / "data" / "anct"
TERRITORIES = "ti_geom-2024-07-04.geojson"
DEPARTMENTS = "dep_geom_4326.geojson"
REGIONS = "reg_geom_4326.geojson"
SOURCE = "ANCT – Programme Territoires d'industrie"
DATA_DATE = "2024-07-04"

# Douglas-Peucker tolerance in degrees of latitude: 0.002° is about 220 m, under a pixel on
# the regional map (about 160 px a degree) and two on a department's.
TOLERANCE = 0.002
# Where labels go needs far less detail: their point is found on coarser outlines.
LABEL_TOLERANCE = 0.01
# Rings smaller than this (in square degrees, about 0.4 km²) vanish at every scale drawn.
SMALLEST_RING = 0.00005

Point = tuple[float, float]
Ring = list[Point]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--anct", type=Path, default=ANCT, help="the ANCT data directory")
    parser.add_argument("--out", type=Path, default=ROOT / "knowledge" / OUTLINES_FILE)
    args = parser.parse_args()
    regions = _features(args.anct / REGIONS)
    departments = _features(args.anct / DEPARTMENTS)
    territories = _features(args.anct / TERRITORIES)
    sections = {
        "regions": {
            f["properties"]["insee_reg"]: outline_entry(
                f["geometry"], name=f["properties"]["lib_reg"]
            )
            for f in regions
        },
        "departments": {
            f["properties"]["insee_dep"]: outline_entry(
                f["geometry"], name=f["properties"]["lib_dep"], region=f["properties"]["insee_reg"]
            )
            for f in departments
        },
        "territories": {
            f["properties"]["id_territoire"]: outline_entry(
                f["geometry"], name=f["properties"]["lib_territoire"]
            )
            for f in territories
        },
    }
    lines = [
        "{",
        f'"date":{json.dumps(DATA_DATE)},',
        f'"precision":{PRECISION},',
        f'"source":{json.dumps(SOURCE, ensure_ascii=False)},',
    ]
    for index, (section, entries) in enumerate(sections.items()):
        lines.append(f'"{section}":{{')
        items = sorted(entries.items())
        for position, (ident, entry) in enumerate(items):
            comma = "," if position < len(items) - 1 else ""
            body = json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            lines.append(f"{json.dumps(ident)}:{body}{comma}")
        lines.append("}," if index < len(sections) - 1 else "}")
    lines.append("}")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {args.out.stat().st_size} bytes")


def _features(path: Path) -> list[dict[str, Any]]:
    features: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["features"]
    return features


def outline_entry(
    geometry: dict[str, Any],
    *,
    tolerance: float = TOLERANCE,
    smallest: float = SMALLEST_RING,
    precision: int = PRECISION,
    label_tolerance: float = LABEL_TOLERANCE,
    **properties: str,
) -> dict[str, Any]:
    """An outline as the map files keep it: its polygons simplified to `tolerance`, rings
    under `smallest` left out, coordinates quantised, and a label point well inside."""
    polygons = (
        geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    )
    kept: list[list[list[int]]] = []
    largest: list[Ring] = []
    largest_area = -1.0
    for polygon in polygons:
        rings = [_simplify([(p[0], p[1]) for p in ring], tolerance) for ring in polygon]
        area = abs(_area(rings[0]))
        if area < smallest:
            continue
        rings = [rings[0], *(r for r in rings[1:] if abs(_area(r)) >= smallest)]
        kept.append([_quantise(ring, precision) for ring in rings])
        if area > largest_area:
            largest, largest_area = rings, area
    x, y = _pole_of_inaccessibility([_simplify(ring, label_tolerance) for ring in largest])
    scale = 10**precision
    return {**properties, "label": [round(x * scale), round(y * scale)], "polygons": kept}


def _quantise(ring: Ring, precision: int = PRECISION) -> list[int]:
    """The first point, then each point as its step from the previous one: small numbers,
    a third of the bytes."""
    scale = 10**precision
    flat: list[int] = []
    previous = (0, 0)
    for x, y in ring:
        point = (round(x * scale), round(y * scale))
        if point == previous:
            continue
        flat.extend((point[0] - previous[0], point[1] - previous[1]))
        previous = point
    return flat


def _simplify(ring: Ring, tolerance: float = TOLERANCE) -> Ring:
    """Douglas-Peucker on a closed ring, in locally isotropic coordinates (longitudes
    shrunk by the cosine of the latitude); at least a triangle is kept."""
    if ring[0] == ring[-1]:
        ring = ring[:-1]
    if len(ring) <= 4:
        return ring
    shrink = math.cos(math.radians(sum(p[1] for p in ring) / len(ring)))
    points = [(x * shrink, y) for x, y in ring]
    # Split at the point farthest from the first, so both halves are open polylines.
    far = max(range(len(points)), key=lambda i: _squared(points[0], points[i]))
    keep = {0, far}
    for start, end in ((0, far), (far, len(points))):
        keep |= _douglas_peucker(points, start, end, tolerance)
    if len(keep) < 3:
        keep |= {far // 2, (far + len(points)) // 2}
    return [ring[i] for i in sorted(keep)]


def _douglas_peucker(points: list[Point], start: int, end: int, tolerance: float) -> set[int]:
    """Indices kept between start and end (end may be len(points): the ring's first point)."""
    kept: set[int] = set()
    stack = [(start, end)]
    while stack:
        first, last = stack.pop()
        a, b = points[first], points[last % len(points)]
        worst, index = 0.0, -1
        for i in range(first + 1, last):
            distance = _segment_distance(points[i], a, b)
            if distance > worst:
                worst, index = distance, i
        if index >= 0 and worst > tolerance:
            kept.add(index)
            stack.extend(((first, index), (index, last)))
    return kept


def _squared(a: Point, b: Point) -> float:
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def _segment_distance(p: Point, a: Point, b: Point) -> float:
    length = _squared(a, b)
    if length == 0:
        return math.sqrt(_squared(p, a))
    along = max(
        0.0, min(1.0, ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / length)
    )
    return math.sqrt(_squared(p, (a[0] + along * (b[0] - a[0]), a[1] + along * (b[1] - a[1]))))


def _area(ring: Ring) -> float:
    return (
        sum(ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1] for i in range(len(ring))) / 2
    )


def _pole_of_inaccessibility(rings: list[Ring]) -> Point:
    """The interior point farthest from the outline (Mapbox's polylabel): where a label
    sits best, unlike a centroid, which a crescent-shaped territory leaves outside itself."""
    shrink = math.cos(math.radians(sum(p[1] for p in rings[0]) / len(rings[0])))
    scaled = [[(x * shrink, y) for x, y in ring] for ring in rings]
    xs = [p[0] for p in scaled[0]]
    ys = [p[1] for p in scaled[0]]
    size = min(max(xs) - min(xs), max(ys) - min(ys))
    if size == 0:
        return rings[0][0]
    # Good to a fortieth of the outline's size: far below what a label's placement needs.
    precision = size / 40
    half = size / 2
    cells: list[tuple[float, float, float, float]] = []

    def push(x: float, y: float, h: float) -> None:
        d = _signed_distance((x, y), scaled)
        heapq.heappush(cells, (-(d + h * math.sqrt(2)), d, x, y))
        sizes[(x, y)] = h

    sizes: dict[Point, float] = {}
    x = min(xs)
    while x < max(xs):
        y = min(ys)
        while y < max(ys):
            push(x + half, y + half, half)
            y += size
        x += size
    best_d, best = -math.inf, (0.0, 0.0)
    for _, d, cx, cy in cells:
        if d > best_d:
            best_d, best = d, (cx, cy)
    while cells:
        bound, d, cx, cy = heapq.heappop(cells)
        if d > best_d:
            best_d, best = d, (cx, cy)
        if -bound - best_d <= precision:
            continue
        h = sizes[(cx, cy)] / 2
        for dx, dy in ((-h, -h), (h, -h), (-h, h), (h, h)):
            push(cx + dx, cy + dy, h)
    return best[0] / shrink, best[1]


def _signed_distance(point: Point, rings: list[list[Point]]) -> float:
    inside = False
    nearest = math.inf
    for ring in rings:
        for a, b in _edges(ring):
            if (a[1] > point[1]) != (b[1] > point[1]) and point[0] < (b[0] - a[0]) * (
                point[1] - a[1]
            ) / (b[1] - a[1]) + a[0]:
                inside = not inside
            nearest = min(nearest, _segment_distance(point, a, b))
    return nearest if inside else -nearest


def _edges(ring: list[Point]) -> Iterator[tuple[Point, Point]]:
    for i in range(len(ring)):
        yield ring[i - 1], ring[i]


if __name__ == "__main__":
    main()
