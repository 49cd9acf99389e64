"""What every map shares: sizes, colours, the typeface and the numbered disc."""

from __future__ import annotations

import functools
from pathlib import Path

from PIL import ImageDraw, ImageFont

WIDTH = 1280
# Drawn at twice the size, then halved: smooth edges, while flat areas keep their exact colour.
SUPERSAMPLE = 2
# Text sizes in pixels of the final image. On a phone held sideways a 1280 px photo spans
# about 850 points, so 26 px stand for 17 points: Telegram's own message text.
TITLE_SIZE = 38
TEXT_SIZE = 26
NUMBER_SIZE = 24
MARGIN = 18
# The sources under a map and the date in its corner: 12 px still when a phone shows the
# image at half its size.
SOURCE_SIZE = 24
SOURCE_LINE = 30
RADIUS = 17  # of a territory's numbered disc
# zlib's level 3: a third faster than the default 6, and no larger on these flat colours.
PNG_LEVEL = 3

RGB = tuple[int, int, int]
RENEWED: RGB = (31, 102, 170)
NEW: RGB = (232, 125, 22)
OTHER: RGB = (200, 208, 218)
BACKGROUND: RGB = (255, 255, 255)
REGION_FILL: RGB = (238, 234, 226)
FOCUS_FILL: RGB = (226, 218, 200)
AROUND_FILL: RGB = (247, 247, 247)
BORDER: RGB = (150, 150, 150)
REGION_BORDER: RGB = (70, 70, 70)
INK: RGB = (33, 33, 33)
MUTED: RGB = (90, 90, 90)
WHITE: RGB = (255, 255, 255)
# A territory outside the release's 15: ANCT's perimeter, and nothing more.
NATIONAL: RGB = (112, 72, 160)
# The same, lighter: the many territories around the ones a map is about.
NATIONAL_FILL: RGB = (190, 170, 215)
COLOURS: dict[str, RGB] = {"renewed": RENEWED, "new": NEW, "anct": NATIONAL}
LEGEND = {
    "renewed": "Territoire renouvelé",
    "new": "Nouveau territoire",
    "anct": "Territoire d'industrie (périmètre ANCT)",
}

_FONTS = Path(__file__).resolve().parent / "fonts"
Box = tuple[float, float, float, float]


def disc(draw: ImageDraw.ImageDraw, centre: tuple[float, float], number: str, ring: RGB) -> None:
    s = SUPERSAMPLE
    x, y = centre
    r = RADIUS * s
    draw.ellipse((x - r, y - r, x + r, y + r), fill=WHITE, outline=darker(ring), width=3 * s)
    draw.text((x, y), number, font=typeface(NUMBER_SIZE, bold=True), fill=INK, anchor="mm")


def darker(colour: RGB) -> RGB:
    r, g, b = colour
    return (r * 7 // 10, g * 7 // 10, b * 7 // 10)


@functools.lru_cache(maxsize=16)
def typeface(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSansCondensed-Bold.ttf" if bold else "DejaVuSansCondensed.ttf"
    return ImageFont.truetype(str(_FONTS / name), size * SUPERSAMPLE)
