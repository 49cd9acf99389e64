"""Draws a zoomed map: one or a few territories framed with a margin, their member
intercommunalities outlined and numbered, department borders and codes, the largest towns,
maybe a commune's marker, and a locator of the region in a corner. Pure: the same spec and
data give the same bytes."""

from __future__ import annotations

import functools
import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image, ImageDraw

from bot.maps.frame import Frame, fit, intersects
from bot.maps.groupings import Groupings
from bot.maps.layout import Layout, overlaps, place, rings
from bot.maps.outlines import Outline, Outlines, Point
from bot.maps.panel import Line, draw_footer, draw_lines, flow, footer, footer_height, wrap
from bot.maps.render import (
    LEADER,
    MapCanvas,
    Rendered,
    department_code,
    dot,
    finished,
    label_beside,
    visible,
)
from bot.maps.style import (
    AROUND_FILL,
    BACKGROUND,
    INK,
    MARGIN,
    MUTED,
    REGION_BORDER,
    REGION_FILL,
    RGB,
    SOURCE_SIZE,
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

HEADER = 100
PANEL_LEFT = 880
SMALLEST_HEIGHT = 960
LINE = TEXT_SIZE + 10
LOCATOR = (340, 250)
CONTEXT_LINE: RGB = (185, 185, 185)
DEPARTMENT_LINE: RGB = (95, 95, 95)
MARKER: RGB = (200, 30, 45)
# The intercommunality of a commune that no territory drawn contains.
OUTSIDE: RGB = (150, 150, 150)
FRAME_MARK: RGB = (200, 30, 45)
# Half the side of the square around a town's dot that no other label may enter.
TOWN_ROOM = 10


@dataclass(frozen=True)
class Town:
    name: str
    point: Point
    # A commune a laureate's name names: shown, with a leader line, where no place beside
    # its dot is free; another town is then left out.
    kept: bool = False


@dataclass(frozen=True)
class Member:
    siren: str
    name: str
    communes: int


@dataclass(frozen=True)
class Group:
    """One territory: its name as the legend gives it, its colour, its members in order, and
    how much of the colour its members' fill takes (a second territory beside the first in
    the same colour is filled deeper, to tell them apart)."""

    label: str
    colour: RGB
    members: tuple[Member, ...]
    share: float = 0.45

    @property
    def fill(self) -> RGB:
        return tint(self.colour, self.share)


@dataclass(frozen=True)
class ZoomSpec:
    title: str
    subtitle: str
    corner: str
    # Footer lines: whose data the map shows.
    sources: tuple[str, ...]
    # The region the locator shows.
    region: str
    groups: tuple[Group, ...]
    # The intercommunality to stand out (a commune's, in the full colour of its territory or
    # grey outside every territory), and what the panel says of it.
    highlight: str = ""
    highlight_label: str = ""
    marker: Town | None = None
    towns: tuple[Town, ...] = ()
    notes: tuple[str, ...] = ()


def tint(colour: RGB, share: float = 0.45) -> RGB:
    """The colour mixed with white: a member's fill, light enough for labels over it."""
    return (
        round(255 - (255 - colour[0]) * share),
        round(255 - (255 - colour[1]) * share),
        round(255 - (255 - colour[2]) * share),
    )


def render_zoom(*, spec: ZoomSpec, outlines: Outlines, groupings: Groupings) -> Rendered:
    s = SUPERSAMPLE
    sources = footer(spec.sources)
    below = footer_height(sources)
    box = (MARGIN, HEADER, PANEL_LEFT - 20, SMALLEST_HEIGHT - below)
    # The map keeps its size however long the list: what does not fit beside it, above the
    # locator, goes in two columns under it.
    laid = flow(
        functools.partial(_panel_entries, spec),
        beside=(PANEL_LEFT, HEADER + 10, box[3] - LOCATOR[1] - 10),
        under=(MARGIN, box[3] + 16, WIDTH - MARGIN),
        line=LINE,
    )
    height = laid.bottom + 10 + below if laid.bottom else SMALLEST_HEIGHT
    image = Image.new("RGB", (WIDTH * s, height * s), BACKGROUND)
    draw = ImageDraw.Draw(image)
    members = [m for g in spec.groups for m in g.members]
    bounds = [groupings.outlines[m.siren].bounds for m in members if m.siren in groupings.outlines]
    if spec.highlight in groupings.outlines:
        bounds.append(groupings.outlines[spec.highlight].bounds)
    if spec.marker is not None:
        x, y = spec.marker.point
        bounds.append((x, y, x, y))
    canvas = MapCanvas(fit(bounds, box, pad=0.06), box)
    shown = visible(canvas.frame, box)
    for department in outlines.departments.values():
        if intersects(department.bounds, shown):
            fill = REGION_FILL if department.region == spec.region else AROUND_FILL
            canvas.fill(department.polygons, fill, outline=fill, width=1)
    for _, context in sorted(groupings.outlines.items()):
        if intersects(context.bounds, shown):
            canvas.stroke(context.polygons, CONTEXT_LINE, width=1)
    fills: dict[str, RGB] = {}
    for group in spec.groups:
        for member in group.members:
            outline = groupings.outlines.get(member.siren)
            if outline is not None:
                fill = group.colour if member.siren == spec.highlight else group.fill
                canvas.fill(outline.polygons, fill, outline=darker(group.colour), width=1)
                fills[member.siren] = fill
    if spec.highlight in groupings.outlines and spec.highlight not in fills:
        canvas.fill(
            groupings.outlines[spec.highlight].polygons, OUTSIDE, outline=darker(OUTSIDE), width=1
        )
        fills[spec.highlight] = OUTSIDE
    for department in outlines.departments.values():
        if intersects(department.bounds, shown):
            canvas.stroke(department.polygons, DEPARTMENT_LINE, width=2)
    if spec.region in outlines.regions:
        canvas.stroke(outlines.regions[spec.region].polygons, REGION_BORDER, width=3)
    layout, towns = _labels(canvas, spec=spec, outlines=outlines, groupings=groupings, shown=shown)
    image.paste(canvas.image, (box[0] * s, box[1] * s))
    draw.rectangle(tuple(edge * s for edge in box), outline=MUTED, width=s)
    _header(draw, spec)
    legend = draw_lines(draw, laid)
    top = box[3] - LOCATOR[1]
    _locator(
        image,
        (PANEL_LEFT, top, PANEL_LEFT + LOCATOR[0], top + LOCATOR[1]),
        outlines=outlines,
        region=spec.region,
        shown=shown,
    )
    draw_footer(draw, sources, height=height)
    return finished(
        image,
        frame=canvas.frame,
        fills=fills,
        layout=layout,
        legend=legend,
        towns=towns,
        panel=laid.listing,
        box=box,
    )


def _panel_entries(spec: ZoomSpec, text_width: float) -> list[list[Line]]:
    """Each territory's name, each member numbered with its communes, then what the map
    highlights and the notes: one entry each, wrapped to the width."""
    entries: list[list[Line]] = []
    numbered = sum(len(g.members) for g in spec.groups) > 1
    number = 0
    for group in spec.groups:
        entries.append(
            [
                Line(part, colour=group.fill if index == 0 else None, bold=True, heading=True)
                for index, part in enumerate(wrap(group.label, TEXT_SIZE, text_width, bold=True))
            ]
        )
        for member in group.members:
            number += 1
            parts = wrap(member.name, TEXT_SIZE, text_width)
            if member.communes:
                count = f"{member.communes} commune{'s' if member.communes > 1 else ''}"
                joined = f"{parts[-1]}, {count}"
                if typeface(TEXT_SIZE).getlength(joined) / SUPERSAMPLE <= text_width:
                    parts[-1] = joined
                else:
                    parts.append(count)
            entries.append(
                [
                    Line(part, number=number if numbered and index == 0 else 0)
                    for index, part in enumerate(parts)
                ]
            )
    if spec.highlight_label:
        highlight = next(
            (g.colour for g in spec.groups for m in g.members if m.siren == spec.highlight),
            OUTSIDE,
        )
        entries.append(
            [
                Line(part, colour=highlight if index == 0 else None)
                for index, part in enumerate(wrap(spec.highlight_label, TEXT_SIZE, text_width))
            ]
        )
    for note in spec.notes:
        entries.append([Line(part, muted=True) for part in wrap(note, TEXT_SIZE, text_width)])
    return entries


def _header(draw: ImageDraw.ImageDraw, spec: ZoomSpec) -> None:
    s = SUPERSAMPLE
    corner = typeface(SOURCE_SIZE).getlength(spec.corner) / s
    title = spec.title
    while typeface(TITLE_SIZE, bold=True).getlength(title) / s > WIDTH - 3 * MARGIN - corner:
        title = title[:-2] + "…"
    draw.text((MARGIN * s, 14 * s), title, font=typeface(TITLE_SIZE, bold=True), fill=INK)
    draw.text((MARGIN * s, 62 * s), spec.subtitle, font=typeface(TEXT_SIZE), fill=MUTED)
    draw.text(
        ((WIDTH - MARGIN) * s, 20 * s),
        spec.corner,
        font=typeface(SOURCE_SIZE),
        fill=MUTED,
        anchor="ra",
    )


def _labels(
    canvas: MapCanvas, *, spec: ZoomSpec, outlines: Outlines, groupings: Groupings, shown: Box
) -> tuple[Layout, tuple[tuple[str, tuple[float, float], Box], ...]]:
    """The marker first, then the towns' dots, the members' numbered discs clear of them, the
    towns' names and the department codes, each word clear of everything placed before it;
    returns what was placed and each town named (image pixels)."""
    layout = Layout()
    box = canvas.box
    if spec.marker is not None:
        x, y = canvas.frame.project(spec.marker.point)
        radius = 9
        layout.dots.append((x - radius, y - radius, x + radius, y + radius))
        label_beside(canvas, (x, y), radius, spec.marker.name, layout, bold=True, size=TEXT_SIZE)
        dot(canvas, (x, y), radius, MARKER)
    inside: list[tuple[Town, tuple[float, float], Box]] = []
    for town in spec.towns:
        x, y = canvas.frame.project(town.point)
        if not (box[0] < x < box[2] and box[1] < y < box[3]):
            continue
        # Some room around the dot: beside another name it would read as part of it.
        clear = TOWN_ROOM
        if any(overlaps((x - clear, y - clear, x + clear, y + clear), o) for o in layout.boxes()):
            continue
        spot = (x - 5, y - 5, x + 5, y + 5)
        layout.dots.append(spot)
        inside.append((town, (x, y), spot))
    # The discs make way for the towns' dots: a dot under a disc could not be named.
    numbered = sum(len(g.members) for g in spec.groups) > 1
    number = 0
    for group in spec.groups:
        for member in group.members:
            number += 1
            outline = groupings.outlines.get(member.siren)
            if not numbered or outline is None:
                continue
            half = 19
            x, y = _place_inside(canvas.frame, outline, half, layout.boxes())
            layout.discs.append((x - half, y - half, x + half, y + half))
            disc(canvas.draw, canvas.pixel((x, y)), str(number), group.colour)
    towns: list[tuple[str, tuple[float, float], Box]] = []
    for town, centre, spot in inside:
        label = _town_label(canvas, centre, town.name, layout, own=spot)
        for reach in (LEADER, 2 * LEADER, 3 * LEADER) if town.kept else ():
            if label is not None:
                break
            label = label_beside(
                canvas,
                centre,
                5,
                town.name,
                layout,
                bold=False,
                size=TEXT_SIZE - 2,
                reach=reach,
                own=spot,
            )
        if label is None:
            layout.dots.remove(spot)
            continue
        dot(canvas, centre, 5, INK)
        towns.append((town.name, centre, label))
    font = typeface(TEXT_SIZE, bold=True)
    for code, department in sorted(outlines.departments.items()):
        if not intersects(department.bounds, shown):
            continue
        start = _department_spot(code, department.label, groupings, canvas.frame, box)
        if start is None:
            continue
        # Where its spot is crowded, the code moves to another point of its department.
        department_code(
            canvas,
            layout,
            code,
            start,
            department=department,
            box=box,
            font=font,
            fill=DEPARTMENT_LINE,
        )
    return layout, tuple(towns)


def _place_inside(frame: Frame, outline: Outline, half: float, taken: Sequence[Box]) -> Point:
    """A member's disc: the free spot nearest its label point with the disc's centre and its
    sides inside the member, when there is one near; else the nearest free spot."""
    centre = frame.project(outline.label)
    for x, y in rings(centre, reach=120, step=6, around=16):
        spot = (x - half, y - half, x + half, y + half)
        sides = ((x, y), (x - half, y), (x + half, y), (x, y - half), (x, y + half))
        if all(outline.contains(frame.unproject(p)) for p in sides) and not any(
            overlaps(spot, other) for other in taken
        ):
            return x, y
    return place(centre, half, half, taken)


def _town_label(
    canvas: MapCanvas, centre: tuple[float, float], text: str, layout: Layout, *, own: Box
) -> Box | None:
    """A town's name beside its dot: right or left of it, else above or below with the dot
    at a corner of the name, never under its middle (where it would read as a letter); the
    first place clear of the layout and in the box. Returns where it went (now one of the
    layout's words), None when nowhere."""
    size = TEXT_SIZE - 2
    font = typeface(size)
    width = font.getlength(text) / SUPERSAMPLE + 6
    height = size + 4
    x, y = centre
    gap = 9
    candidates = [
        (x + gap, y - height / 2),
        (x - gap - width, y - height / 2),
        (x + 2, y - gap - height),
        (x - 2 - width, y - gap - height),
        (x + 2, y + gap),
        (x - 2 - width, y + gap),
    ]
    box = canvas.box
    for left, top in candidates:
        area = (left, top, left + width, top + height)
        if not (box[0] <= left and area[2] <= box[2] and box[1] <= top and area[3] <= box[3]):
            continue
        if not layout.free(area, own=own):
            continue
        layout.words.append(area)
        canvas.draw.text(
            canvas.pixel((left + 3, top + height / 2)),
            text,
            font=font,
            fill=INK,
            anchor="lm",
            stroke_width=2 * SUPERSAMPLE,
            stroke_fill=WHITE,
        )
        return area
    return None


def _department_spot(
    code: str, label: Point, groupings: Groupings, frame: Frame, box: tuple[int, int, int, int]
) -> tuple[float, float] | None:
    """Where a department's code goes: its label point when the frame shows it, else the
    middle of its communes in view (a department the frame cuts still gets its code)."""
    x, y = frame.project(label)
    margin = 30
    if box[0] + margin < x < box[2] - margin and box[1] + margin < y < box[3] - margin:
        return x, y
    inside = [
        projected
        for point in groupings.points_by_department.get(code, ())
        for projected in (frame.project(point),)
        if box[0] + margin < projected[0] < box[2] - margin
        and box[1] + margin < projected[1] < box[3] - margin
    ]
    if len(inside) < 5:
        return None
    return statistics.median(p[0] for p in inside), statistics.median(p[1] for p in inside)


def _locator(
    image: Image.Image,
    box: tuple[int, int, int, int],
    *,
    outlines: Outlines,
    region: str,
    shown: Box,
) -> None:
    """The region and its neighbours, small, with the frame of the map as a red rectangle."""
    s = SUPERSAMPLE
    bounds = [shown]
    if region in outlines.regions:
        bounds.append(outlines.regions[region].bounds)
    frame = fit(bounds, box, pad=0.03)
    canvas = MapCanvas(frame, box)
    around = visible(frame, box)
    for department in outlines.departments.values():
        if intersects(department.bounds, around):
            fill = REGION_FILL if department.region == region else AROUND_FILL
            canvas.fill(department.polygons, fill, outline=(200, 200, 200), width=1)
    if region in outlines.regions:
        canvas.stroke(outlines.regions[region].polygons, REGION_BORDER, width=1)
    west, south, east, north = shown
    left, top = frame.project((west, north))
    right, bottom = frame.project((east, south))
    # Never smaller than a few pixels: a small frame stays visible.
    middle_x, middle_y = (left + right) / 2, (top + bottom) / 2
    half_w, half_h = max((right - left) / 2, 5), max((bottom - top) / 2, 5)
    canvas.draw.rectangle(
        (
            *canvas.pixel((middle_x - half_w, middle_y - half_h)),
            *canvas.pixel((middle_x + half_w, middle_y + half_h)),
        ),
        outline=FRAME_MARK,
        width=3 * s,
    )
    image.paste(canvas.image, (box[0] * s, box[1] * s))
    ImageDraw.Draw(image).rectangle(tuple(edge * s for edge in box), outline=MUTED, width=s)


def nearest(point: Point, rings: Sequence[Sequence[Point]]) -> float:
    """Distance in km from a point to the nearest edge of the rings (local projection)."""
    shrink = math.cos(math.radians(point[1]))
    best = math.inf
    px, py = point[0] * shrink, point[1]
    for ring in rings:
        for i in range(len(ring)):
            (ax, ay), (bx, by) = ring[i - 1], ring[i]
            ax, bx = ax * shrink, bx * shrink
            dx, dy = bx - ax, by - ay
            length = dx * dx + dy * dy
            along = (
                0.0
                if length == 0
                else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
            )
            best = min(best, math.hypot(px - ax - along * dx, py - ay - along * dy))
    return best * 111.2
