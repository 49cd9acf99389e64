"""Where a map's longitudes and latitudes fall in its pixels, and back."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.maps.outlines import Outline, Point
from bot.maps.style import Box


@dataclass(frozen=True)
class Frame:
    """Equirectangular projection around the map's middle latitude: at this scale the
    difference from Lambert-93 is below what the eye sees."""

    west: float
    north: float
    shrink: float
    scale: float
    left: float
    top: float

    def project(self, point: Point) -> tuple[float, float]:
        lon, lat = point
        return (
            self.left + (lon - self.west) * self.shrink * self.scale,
            self.top + (self.north - lat) * self.scale,
        )

    def unproject(self, pixel: tuple[float, float]) -> Point:
        x, y = pixel
        return (
            self.west + (x - self.left) / (self.shrink * self.scale),
            self.north - (y - self.top) / self.scale,
        )


def fit(bounds: Sequence[Box], box: tuple[int, int, int, int], *, pad: float) -> Frame:
    """The frame that shows every box of `bounds` (west, south, east, north), centred in
    `box` (final-image pixels) with `pad` of the span around."""
    west = min(b[0] for b in bounds)
    south = min(b[1] for b in bounds)
    east = max(b[2] for b in bounds)
    north = max(b[3] for b in bounds)
    shrink = math.cos(math.radians((south + north) / 2))
    box_width, box_height = box[2] - box[0], box[3] - box[1]
    span_x = max((east - west) * shrink, 1e-3) * (1 + 2 * pad)
    span_y = max(north - south, 1e-3) * (1 + 2 * pad)
    scale = min(box_width / span_x, box_height / span_y)
    # Centred in the box.
    left = (box_width - (east - west) * shrink * scale) / 2
    top = (box_height - (north - south) * scale) / 2
    return Frame(
        west=west,
        north=north,
        shrink=shrink,
        scale=scale,
        left=box[0] + left,
        top=box[1] + top,
    )


def intersects(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def within(outline: Outline, frame: Frame) -> Callable[[tuple[float, float]], bool]:
    """Whether a point of the image (final pixels) lies in the outline."""
    return lambda pixel: outline.contains(frame.unproject(pixel))
