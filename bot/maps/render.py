"""Draws one map as a PNG with Pillow. Pure: the same spec and outlines give the same bytes."""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from PIL import Image, ImageDraw, ImageFont

from bot.maps.frame import Frame, fit, intersects, within
from bot.maps.layout import Layout, place, place_code
from bot.maps.outlines import Outline, Outlines, Point, Polygon
from bot.maps.panel import INDENT, Line, draw_footer, draw_lines, flow, footer, footer_height, wrap
from bot.maps.style import (
    AROUND_FILL,
    BACKGROUND,
    BORDER,
    COLOURS,
    FOCUS_FILL,
    INK,
    LEGEND,
    MARGIN,
    MUTED,
    OTHER,
    PNG_LEVEL,
    RADIUS,
    REGION_BORDER,
    REGION_FILL,
    RGB,
    SUPERSAMPLE,
    TEXT_SIZE,
    TITLE_SIZE,
    WHITE,
    WIDTH,
    Box,
    darker,
    disc,
    typeface,
)

HEIGHT = 860
HEADER = 100
FOOTER = 52
PANEL_LEFT = 860
MAP_BOX = (MARGIN, HEADER, PANEL_LEFT - 20, HEIGHT - FOOTER)
# A town named for bearings: its dot and its name, smaller than the codes.
TOWN_DOT = 5
TOWN_SIZE = 24
# How much farther out a name goes, with a leader line, when no place beside its dot is free.
LEADER = 22


@dataclass(frozen=True)
class Laureate:
    """A laureate as a map shows it; `outline` is ANCT's id, empty when it has none."""

    name: str
    status: Literal["renewed", "new", "anct"]
    outline: str


@dataclass(frozen=True)
class MapSpec:
    """What one map shows. `laureates` are drawn in their status colour and listed (numbered
    when there are several); `others` are drawn in grey for context."""

    title: str
    subtitle: str
    corner: str
    source: str
    region: str
    laureates: tuple[Laureate, ...]
    others: tuple[Laureate, ...] = ()
    department: str = ""
    others_label: str = "Autres lauréats"
    others_colour: RGB = OTHER
    # Lines under the list: where a single laureate lies.
    notes: tuple[str, ...] = ()
    # Whether the laureates are listed (and numbered on the map when several).
    listed: bool = True
    # Towns shown as dots with their names, for bearings: the prefectures.
    towns: tuple[tuple[str, Point], ...] = ()
    # What the frame shows (west, south, east, north), when not the region or department.
    area: Box | None = None
    # Department codes, left out where they would crowd the map (France as a whole).
    codes: bool = True
    # Footer lines after the source: whose data the towns come from.
    credits: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rendered:
    png: bytes
    size: tuple[int, int]
    frame: Frame
    # The fill of each drawn laureate (by ANCT id), and the boxes where labels cover the map.
    fills: dict[str, RGB] = field(default_factory=dict)
    labels: tuple[Box, ...] = ()
    # Each legend swatch: where it is, its colour, its text.
    legend: tuple[tuple[Box, RGB, str], ...] = ()
    # Where the map itself lies in the image.
    box: tuple[int, int, int, int] = MAP_BOX
    # Each town named: its name, its dot and the box of its name (final-image pixels).
    towns: tuple[tuple[str, tuple[float, float], Box], ...] = ()
    # Each line of the list beside or under the map: its text, its top left corner, the
    # number of its disc (0 for none), in reading order.
    panel: tuple[tuple[str, tuple[int, int], int], ...] = ()
    # The numbered discs, and the town names and department codes as drawn: what `labels`
    # holds, by kind.
    discs: tuple[Box, ...] = ()
    words: tuple[Box, ...] = ()


def render(*, spec: MapSpec, outlines: Outlines) -> Rendered:
    s = SUPERSAMPLE
    laid = flow(
        functools.partial(_panel_entries, spec),
        beside=(PANEL_LEFT, HEADER + 10, HEIGHT - FOOTER),
        under=(MARGIN, MAP_BOX[3] + 16, WIDTH - MARGIN),
        line=TEXT_SIZE + 12,
    )
    sources = footer((spec.source, *spec.credits))
    height = max(HEIGHT, (laid.bottom or MAP_BOX[3]) + footer_height(sources))
    image = Image.new("RGB", (WIDTH * s, height * s), BACKGROUND)
    draw = ImageDraw.Draw(image)
    canvas = MapCanvas(_frame(spec=spec, outlines=outlines))
    shown = visible(canvas.frame)
    for code, department in sorted(outlines.departments.items()):
        if not intersects(department.bounds, shown):
            continue
        fill = (
            FOCUS_FILL
            if code == spec.department
            else REGION_FILL
            if department.region == spec.region or not spec.region
            else AROUND_FILL
        )
        canvas.fill(department.polygons, fill, outline=BORDER, width=1)
    fills: dict[str, RGB] = {}
    # Only what the frame shows is drawn and recorded: the overseas territories are not.
    drawn = {
        ident
        for ident, outline in outlines.territories.items()
        if intersects(outline.bounds, shown)
    }
    for laureate in spec.others:
        if laureate.outline in drawn:
            polygons = outlines.territories[laureate.outline].polygons
            colour = spec.others_colour
            canvas.fill(polygons, colour, outline=darker(colour), width=1)
            fills[laureate.outline] = colour
    for laureate in spec.laureates:
        if laureate.outline in drawn:
            colour = COLOURS[laureate.status]
            polygons = outlines.territories[laureate.outline].polygons
            width = 2 if len(spec.laureates) == 1 else 1
            canvas.fill(polygons, colour, outline=darker(colour), width=width)
            fills[laureate.outline] = colour
    if spec.region in outlines.regions:
        canvas.stroke(outlines.regions[spec.region].polygons, REGION_BORDER, width=2)
    elif not spec.region:
        for region in outlines.regions.values():
            if intersects(region.bounds, shown):
                canvas.stroke(region.polygons, REGION_BORDER, width=1)
    if spec.department in outlines.departments:
        canvas.stroke(outlines.departments[spec.department].polygons, INK, width=3)
    layout, towns = _labels(canvas, spec=spec, outlines=outlines)
    image.paste(canvas.image, (MAP_BOX[0] * s, MAP_BOX[1] * s))
    _header(draw, spec)
    legend = draw_lines(draw, laid)
    draw_footer(draw, sources, height=height)
    return finished(
        image,
        frame=canvas.frame,
        fills=fills,
        layout=layout,
        legend=legend,
        towns=towns,
        panel=laid.listing,
    )


def finished(
    image: Image.Image,
    *,
    frame: Frame,
    fills: dict[str, RGB],
    layout: Layout,
    legend: tuple[tuple[Box, RGB, str], ...],
    towns: tuple[tuple[str, tuple[float, float], Box], ...],
    panel: tuple[tuple[str, tuple[int, int], int], ...],
    box: tuple[int, int, int, int] = MAP_BOX,
) -> Rendered:
    """The drawing brought down to its final size and saved as a PNG, with what was placed."""
    final = image.reduce(SUPERSAMPLE)
    buffer = io.BytesIO()
    final.save(buffer, format="PNG", compress_level=PNG_LEVEL)
    return Rendered(
        png=buffer.getvalue(),
        size=final.size,
        frame=frame,
        fills=fills,
        labels=layout.boxes(),
        legend=legend,
        box=box,
        towns=towns,
        panel=panel,
        discs=tuple(layout.discs),
        words=tuple(layout.words),
    )


class MapCanvas:
    """The map box, drawn at SUPERSAMPLE times its size; what falls outside it is cut off."""

    def __init__(self, frame: Frame, box: tuple[int, int, int, int] = MAP_BOX) -> None:
        s = SUPERSAMPLE
        size = ((box[2] - box[0]) * s, (box[3] - box[1]) * s)
        self.box = box
        self.frame = frame
        self.image = Image.new("RGB", size, BACKGROUND)
        self.draw = ImageDraw.Draw(self.image)

    def pixel(self, point: tuple[float, float]) -> tuple[float, float]:
        """Final-image pixels to this canvas's."""
        return (point[0] - self.box[0]) * SUPERSAMPLE, (point[1] - self.box[1]) * SUPERSAMPLE

    def pixels(self, ring: Iterable[Point]) -> list[tuple[float, float]]:
        return [self.pixel(self.frame.project(point)) for point in ring]

    def fill(self, polygons: Sequence[Polygon], colour: RGB, *, outline: RGB, width: int) -> None:
        """Each polygon through a mask, so that holes (an enclave left out) stay uncovered."""
        rings = [[self.pixels(ring) for ring in polygon] for polygon in polygons]
        xs = [x for polygon in rings for x, _ in polygon[0]]
        ys = [y for polygon in rings for _, y in polygon[0]]
        left, top = max(0, math.floor(min(xs))), max(0, math.floor(min(ys)))
        right = min(self.image.width, math.ceil(max(xs)) + 1)
        bottom = min(self.image.height, math.ceil(max(ys)) + 1)
        if right <= left or bottom <= top:
            return
        # A mask only as large as the polygon: drawing is then proportional to what is drawn.
        mask = Image.new("L", (right - left, bottom - top), 0)
        mask_draw = ImageDraw.Draw(mask)
        for outer, *holes in rings:
            mask_draw.polygon([(x - left, y - top) for x, y in outer], fill=255)
            for hole in holes:
                mask_draw.polygon([(x - left, y - top) for x, y in hole], fill=0)
        self.image.paste(colour, (left, top, right, bottom), mask)
        self.stroke(polygons, outline, width=width)

    def stroke(self, polygons: Sequence[Polygon], colour: RGB, *, width: int) -> None:
        for polygon in polygons:
            for ring in polygon:
                points = self.pixels(ring)
                self.draw.line(
                    [*points, points[0]], fill=colour, width=width * SUPERSAMPLE, joint="curve"
                )


def _frame(*, spec: MapSpec, outlines: Outlines) -> Frame:
    """Fits the area of interest in the map box: the department, or the region, grown to
    take in every laureate drawn (an interregional one reaches beyond the region)."""
    if spec.area is not None:
        return fit([spec.area], MAP_BOX, pad=0.02)
    if spec.department in outlines.departments:
        bounds = [outlines.departments[spec.department].bounds]
        drawn = spec.laureates
    else:
        bounds = [outlines.regions[spec.region].bounds] if spec.region in outlines.regions else []
        drawn = spec.laureates + spec.others
    bounds += [
        outlines.territories[x.outline].bounds for x in drawn if x.outline in outlines.territories
    ]
    if not bounds:
        bounds = [d.bounds for d in outlines.departments.values() if d.region == spec.region]
    return fit(bounds, MAP_BOX, pad=0.04)


def visible(frame: Frame, box: tuple[int, int, int, int] = MAP_BOX) -> Box:
    """What the box shows: west, south, east, north."""
    width, height = box[2] - box[0], box[3] - box[1]
    west = frame.west - (frame.left - box[0]) / (frame.shrink * frame.scale)
    east = west + width / (frame.shrink * frame.scale)
    north = frame.north + (frame.top - box[1]) / frame.scale
    south = north - height / frame.scale
    return west, south, east, north


def _labels(
    canvas: MapCanvas, *, spec: MapSpec, outlines: Outlines
) -> tuple[Layout, tuple[tuple[str, tuple[float, float], Box], ...]]:
    """Numbered discs on the laureates, then the towns' dots and names, then department
    codes, each word clear of everything placed before it; returns what was placed and each
    town named, in final-image pixels."""
    box = canvas.box
    inside = []
    for name, point in spec.towns:
        x, y = canvas.frame.project(point)
        if box[0] < x < box[2] and box[1] < y < box[3]:
            inside.append((name, (x, y), (x - TOWN_DOT, y - TOWN_DOT, x + TOWN_DOT, y + TOWN_DOT)))
    # The discs make way for the towns' dots: a dot under a disc could not be named.
    layout = Layout(dots=[spot for _, _, spot in inside])
    if spec.listed and len(spec.laureates) > 1:
        for number, laureate in enumerate(spec.laureates, start=1):
            outline = outlines.territories.get(laureate.outline)
            if outline is None:
                continue
            half = RADIUS + 2
            x, y = place(
                canvas.frame.project(outline.label), half, half, [*layout.discs, *layout.dots]
            )
            layout.discs.append((x - half, y - half, x + half, y + half))
            disc(canvas.draw, canvas.pixel((x, y)), str(number), COLOURS[laureate.status])
    font = typeface(TOWN_SIZE)

    def freedom(town: tuple[str, tuple[float, float], Box]) -> int:
        name, centre, spot = town
        spots = _spots(
            canvas,
            centre=centre,
            radius=TOWN_DOT,
            length=font.getlength(name),
            size=TOWN_SIZE,
            reach=0,
        )
        return sum(1 for area in spots if layout.free(area, own=spot))

    # The towns with the fewest free places around their dot choose first.
    inside.sort(key=freedom)
    named: dict[str, Box] = {}
    # Every name beside its dot where it can go, then those left a little farther out.
    for reach in (0, LEADER, 2 * LEADER, 3 * LEADER):
        for name, centre, spot in inside:
            if name in named:
                continue
            label = label_beside(
                canvas,
                centre,
                TOWN_DOT,
                name,
                layout,
                bold=False,
                size=TOWN_SIZE,
                reach=reach,
                own=spot,
            )
            if label is not None:
                named[name] = label
    towns = []
    for name, centre, spot in inside:
        if name in named:
            dot(canvas, centre, TOWN_DOT, INK)
            towns.append((name, centre, named[name]))
        else:
            layout.dots.remove(spot)
    font = typeface(TEXT_SIZE, bold=True)
    for code, department in sorted(outlines.departments.items()):
        if not spec.codes:
            break
        # Where its label point is crowded, the code moves to another point of its department.
        department_code(
            canvas,
            layout,
            code,
            canvas.frame.project(department.label),
            department=department,
            box=box,
            font=font,
            fill=MUTED,
        )
    return layout, tuple(towns)


def department_code(
    canvas: MapCanvas,
    layout: Layout,
    code: str,
    start: tuple[float, float],
    *,
    department: Outline,
    box: tuple[int, int, int, int],
    font: ImageFont.FreeTypeFont,
    fill: RGB,
) -> None:
    """A department's code, written at `start` or at the nearest free point of its department
    (bot.maps.layout.place_code); left out when there is none."""
    written = place_code(
        start,
        font.getlength(code) / SUPERSAMPLE / 2 + 3,
        TEXT_SIZE / 2,
        layout=layout,
        within=within(department, canvas.frame),
        box=box,
    )
    if written is None:
        return
    layout.words.append(written)
    canvas.draw.text(
        canvas.pixel(((written[0] + written[2]) / 2, (written[1] + written[3]) / 2)),
        code,
        font=font,
        fill=fill,
        anchor="mm",
        stroke_width=2 * SUPERSAMPLE,
        stroke_fill=WHITE,
    )


def label_beside(
    canvas: MapCanvas,
    centre: tuple[float, float],
    radius: float,
    text: str,
    layout: Layout,
    *,
    bold: bool,
    size: int,
    reach: float = 0,
    own: Box | None = None,
) -> Box | None:
    """The text right, left, above or below a dot, then on a diagonal, the first place that
    is clear of the layout (but the dot's own box, `own`) and in the box; `reach` pixels
    farther out, a leader line joins it to the dot. Returns where it went (now one of the
    layout's words), None when nowhere."""
    font = typeface(size, bold=bold)
    height = size + 4
    for area in _spots(
        canvas, centre=centre, radius=radius, length=font.getlength(text), size=size, reach=reach
    ):
        if not layout.free(area, own=own):
            continue
        line = _leader(centre, radius, area) if reach else None
        if line is not None and _crosses(line, [b for b in layout.boxes() if b != own]):
            continue
        layout.words.append(area)
        if line is not None:
            canvas.draw.line(
                (canvas.pixel(line[0]), canvas.pixel(line[1])), fill=INK, width=SUPERSAMPLE + 1
            )
        canvas.draw.text(
            canvas.pixel((area[0] + 3, area[1] + height / 2)),
            text,
            font=font,
            fill=INK,
            anchor="lm",
            stroke_width=2 * SUPERSAMPLE,
            stroke_fill=WHITE,
        )
        return area
    return None


def _spots(
    canvas: MapCanvas,
    *,
    centre: tuple[float, float],
    radius: float,
    length: float,
    size: int,
    reach: float,
) -> list[Box]:
    """Where a name of that drawn length may go around a dot and in the box, in order of
    preference."""
    width = length / SUPERSAMPLE + 6
    height = size + 4
    x, y = centre
    gap = radius + 4 + reach
    # Diagonally as far on each axis, so that the room around the name clears the dot.
    slant = gap
    candidates = [
        (x + gap, y - height / 2),
        (x - gap - width, y - height / 2),
        (x - width / 2, y - gap - height),
        (x - width / 2, y + gap),
        (x + slant, y - slant - height),
        (x + slant, y + slant),
        (x - slant - width, y - slant - height),
        (x - slant - width, y + slant),
    ]
    box = canvas.box
    return [
        (left, top, left + width, top + height)
        for left, top in candidates
        if box[0] <= left and left + width <= box[2] and box[1] <= top and top + height <= box[3]
    ]


Segment = tuple[tuple[float, float], tuple[float, float]]


def _leader(centre: tuple[float, float], radius: float, area: Box) -> Segment | None:
    """A line from a dot's edge to the nearest point of its name's box."""
    x, y = centre
    near = (min(max(x, area[0]), area[2]), min(max(y, area[1]), area[3]))
    length = math.dist(centre, near)
    if length <= radius + 2:
        return None
    ux, uy = (near[0] - x) / length, (near[1] - y) / length
    return (x + ux * (radius + 1), y + uy * (radius + 1)), near


def _crosses(line: Segment, boxes: Sequence[Box]) -> bool:
    """Whether the line runs through a box (a disc, another name): checked every 2 px."""
    (x0, y0), (x1, y1) = line
    steps = max(1, math.ceil(math.dist(line[0], line[1]) / 2))
    points = [(x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps) for i in range(steps + 1)]
    return any(b[0] < x < b[2] and b[1] < y < b[3] for x, y in points for b in boxes)


def dot(canvas: MapCanvas, centre: tuple[float, float], radius: float, colour: RGB) -> None:
    x, y = canvas.pixel(centre)
    r = radius * SUPERSAMPLE
    canvas.draw.ellipse(
        (x - r, y - r, x + r, y + r), fill=colour, outline=WHITE, width=2 * SUPERSAMPLE
    )


def _header(draw: ImageDraw.ImageDraw, spec: MapSpec) -> None:
    s = SUPERSAMPLE
    draw.text((MARGIN * s, 14 * s), spec.title, font=typeface(TITLE_SIZE, bold=True), fill=INK)
    draw.text((MARGIN * s, 62 * s), spec.subtitle, font=typeface(TEXT_SIZE), fill=MUTED)
    draw.text(
        ((WIDTH - MARGIN) * s, 20 * s),
        spec.corner,
        font=typeface(TEXT_SIZE),
        fill=MUTED,
        anchor="ra",
    )


def _panel_entries(spec: MapSpec, width: float) -> list[list[Line]]:
    """The legend, then the list of laureates keyed to the discs, then the notes: one entry
    each, wrapped to the width."""
    statuses = [status for status in LEGEND if any(x.status == status for x in spec.laureates)]
    swatches = [(COLOURS[status], LEGEND[status]) for status in statuses]
    if spec.others:
        swatches.append((spec.others_colour, spec.others_label))
    entries = [
        [
            Line(part, colour=colour if index == 0 else None)
            for index, part in enumerate(wrap(label, TEXT_SIZE, width))
        ]
        for colour, label in swatches
    ]
    numbered = spec.listed and len(spec.laureates) > 1
    for number, laureate in enumerate(spec.laureates if spec.listed else (), start=1):
        parts = wrap(
            laureate.name, TEXT_SIZE, width + (0 if numbered else INDENT), bold=not numbered
        )
        entries.append(
            [
                Line(
                    part,
                    number=number if numbered and index == 0 else 0,
                    ring=COLOURS[laureate.status],
                    bold=not numbered,
                    indent=numbered,
                )
                for index, part in enumerate(parts)
            ]
        )
    for note in spec.notes:
        entries.append(
            [Line(part, muted=True, indent=False) for part in wrap(note, TEXT_SIZE, width + INDENT)]
        )
    return entries
