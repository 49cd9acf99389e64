"""Where a map's words go: each town name or department code is kept clear, by a margin,
of every numbered disc, dot and word already placed, so that none reads as part of another."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.maps.style import Box

# Pixels kept between a word and anything else: a name or a code never touches a disc.
GAP = 4
# A code keeps more: beside a disc or a name, « 22 » would read as part of it.
CODE_GAP = 16


@dataclass
class Layout:
    """What a map has placed so far, by kind (final-image pixels)."""

    discs: list[Box] = field(default_factory=list)
    dots: list[Box] = field(default_factory=list)
    # Town names and department codes as drawn.
    words: list[Box] = field(default_factory=list)

    def free(self, box: Box, *, gap: float = GAP, own: Box | None = None) -> bool:
        """Whether the box, grown by `gap`, meets nothing placed (but `own`, a name's dot)."""
        grown = (box[0] - gap, box[1] - gap, box[2] + gap, box[3] + gap)
        return not any(
            overlaps(grown, other)
            for other in (*self.discs, *self.dots, *self.words)
            if other != own
        )

    def boxes(self) -> tuple[Box, ...]:
        return (*self.discs, *self.dots, *self.words)


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def rings(
    centre: tuple[float, float], *, reach: int, step: int, around: int
) -> list[tuple[float, float]]:
    """The centre, then points on circles of growing radius around it, nearest first."""
    x0, y0 = centre
    points = [centre]
    for distance in range(step, reach, step):
        for index in range(around):
            angle = 2 * math.pi * index / around + math.pi / 2
            points.append((x0 + distance * math.cos(angle), y0 + distance * math.sin(angle)))
    return points


def place(
    centre: tuple[float, float], half_width: float, half_height: float, taken: Sequence[Box]
) -> tuple[float, float]:
    """The nearest free spot to `centre`, trying rings of growing distance."""
    for x, y in rings(centre, reach=200, step=8, around=12):
        box = (x - half_width, y - half_height, x + half_width, y + half_height)
        if not any(overlaps(box, other) for other in taken):
            return x, y
    return centre


def place_code(
    centre: tuple[float, float],
    half_width: float,
    half_height: float,
    *,
    layout: Layout,
    within: Callable[[tuple[float, float]], bool],
    box: tuple[int, int, int, int],
) -> Box | None:
    """A department's code: the free spot nearest `centre` whose middle lies in the
    department (`within`) and whose box lies in the map, with the room a code keeps, else
    less in a crowded department; None when there is none."""
    spots = [
        (x - half_width, y - half_height, x + half_width, y + half_height)
        for x, y in rings(centre, reach=160, step=6, around=16)
        if box[0] <= x - half_width
        and x + half_width <= box[2]
        and box[1] <= y - half_height
        and y + half_height <= box[3]
    ]
    for gap in (CODE_GAP, CODE_GAP / 2, GAP):
        for spot in spots:
            middle = ((spot[0] + spot[2]) / 2, (spot[1] + spot[3]) / 2)
            if layout.free(spot, gap=gap) and within(middle):
                return spot
    return None
