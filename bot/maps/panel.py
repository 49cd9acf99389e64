"""The list beside a map: lines with a swatch or a numbered disc, laid out in the column
beside the map and, when they do not fit there, in two columns under it, so that a long list
makes the image somewhat taller rather than a narrow strip with a blank beside it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PIL import ImageDraw

from bot.maps.style import (
    INK,
    MARGIN,
    MUTED,
    RGB,
    SOURCE_LINE,
    SOURCE_SIZE,
    SUPERSAMPLE,
    TEXT_SIZE,
    WIDTH,
    Box,
    darker,
    disc,
    typeface,
)

# The kinds of intercommunality, never left at the end of a line.
ABBREVIATIONS = frozenset({"CC", "CA", "CU", "EPT"})
# Where a line's text starts, after the room of a swatch or a disc.
INDENT = 46


@dataclass(frozen=True)
class Line:
    """One line of the panel: a swatch or a numbered disc (or neither) and its text."""

    text: str
    colour: RGB | None = None
    number: int = 0
    ring: RGB = INK
    bold: bool = False
    muted: bool = False
    # Text after the room of a swatch or a disc, in line with the others.
    indent: bool = True
    # The heading of a group of entries: a column never ends on it, and a list of several
    # groups is split between columns only before one, so each heading stays with its members.
    heading: bool = False


def wrap(text: str, size: int, width: float, *, bold: bool = False) -> list[str]:
    """The words of the text in lines no wider than `width` pixels. « CC », « CA »… stay
    with the next word (alone at the end of a line they would read as a word of their own);
    a word too wide for a line breaks after one of its hyphens."""
    font = typeface(size, bold=bold)

    def fits(line: str) -> bool:
        return bool(font.getlength(line) / SUPERSAMPLE <= width)

    # Each piece with the text that joins it to the one before: a space, or nothing after a
    # hyphen where a word was broken.
    pieces: list[tuple[str, str]] = []
    glue = ""
    for raw in text.split():
        word, joint = raw, glue
        if pieces and pieces[-1][0] in ABBREVIATIONS:
            previous, joint = pieces.pop()
            word = f"{previous} {raw}"
        parts = [word] if fits(word) else word.split("-")
        for index, part in enumerate(parts):
            last = index == len(parts) - 1
            pieces.append((part if last else f"{part}-", joint if index == 0 else ""))
        glue = " "
    lines: list[str] = []
    current = ""
    for piece, joint in pieces:
        candidate = f"{current}{joint}{piece}" if current else piece
        if current and not fits(candidate):
            lines.append(current)
            current = piece
        else:
            current = candidate
    lines.append(current)
    return lines


Entries = Callable[[float], list[list[Line]]]


@dataclass(frozen=True)
class Flow:
    lines: tuple[Line, ...]
    # The top left corner of each line, in final-image pixels.
    spots: tuple[tuple[int, int], ...]
    # Below the last line of the columns under the map; 0 when every line fit beside it.
    bottom: int

    @property
    def listing(self) -> tuple[tuple[str, tuple[int, int], int], ...]:
        """Each line's text, spot and disc number, in reading order."""
        return tuple(
            (line.text, spot, line.number)
            for line, spot in zip(self.lines, self.spots, strict=True)
        )


def flow(
    entries: Entries,
    *,
    beside: tuple[int, int, int],
    under: tuple[int, int, int],
    line: int,
) -> Flow:
    """Lays out entries (a list item and its wrapped lines, made for a width of text):
    `beside` is the column next to the map (left, top, bottom), `under` the band below the
    map (left, top, right), split into two columns for the entries that do not fit beside,
    wrapped anew to their width. An entry is never cut between columns."""
    left, top, bottom = beside
    rows = max(0, (bottom - top) // line)
    narrow = entries(WIDTH - MARGIN - left - INDENT)
    lines: list[Line] = []
    spots: list[tuple[int, int]] = []
    taken = 0
    fits = 0
    while fits < len(narrow) and sum(len(e) for e in narrow[: fits + 1]) <= rows:
        fits += 1
    while 0 < fits < len(narrow) and narrow[fits - 1][0].heading:
        fits -= 1
    for entry in narrow[:fits]:
        for part in entry:
            spots.append((left, top + len(lines) * line))
            lines.append(part)
    taken = fits
    if taken == len(narrow):
        return Flow(lines=tuple(lines), spots=tuple(spots), bottom=0)
    under_left, under_top, under_right = under
    half = (under_right - under_left) // 2
    rest = entries(half - INDENT - 20)[taken:]
    total = sum(len(entry) for entry in rest)
    # The column break at the entry boundary that evens the two columns best.
    counts = [sum(len(entry) for entry in rest[:i]) for i in range(len(rest) + 1)]
    breaks = [i for i in range(1, len(rest)) if rest[i][0].heading]
    if not breaks:
        breaks = [i for i in range(len(rest) + 1) if i == 0 or not rest[i - 1][0].heading]
    # On a tie the left column takes more: a short rest is not pushed to the right alone.
    split = min(breaks, key=lambda i: (max(counts[i], total - counts[i]), -i))
    for column, group in enumerate((rest[:split], rest[split:])):
        row = 0
        for entry in group:
            for part in entry:
                spots.append((under_left + column * half, under_top + row * line))
                lines.append(part)
                row += 1
    down = max(counts[split], total - counts[split])
    return Flow(lines=tuple(lines), spots=tuple(spots), bottom=under_top + down * line)


def draw_lines(draw: ImageDraw.ImageDraw, laid: Flow) -> tuple[tuple[Box, RGB, str], ...]:
    """Each line at its spot; returns the swatches drawn: where, their colour, their text."""
    s = SUPERSAMPLE
    legend: list[tuple[Box, RGB, str]] = []
    for line, (x, y) in zip(laid.lines, laid.spots, strict=True):
        if line.colour is not None:
            box = (x, y + 4, x + 34, y + TEXT_SIZE)
            draw.rectangle(
                tuple(edge * s for edge in box), fill=line.colour, outline=darker(line.colour)
            )
            legend.append((box, line.colour, line.text))
        if line.number:
            disc(draw, ((x + 17) * s, (y + TEXT_SIZE / 2 + 2) * s), str(line.number), line.ring)
        draw.text(
            ((x + (INDENT if line.indent else 0)) * s, y * s),
            line.text,
            font=typeface(TEXT_SIZE, bold=line.bold),
            fill=MUTED if line.muted else INK,
        )
    return tuple(legend)


def footer(texts: Sequence[str]) -> tuple[str, ...]:
    """The sources under a map, wrapped to its width."""
    return tuple(part for text in texts for part in wrap(text, SOURCE_SIZE, WIDTH - 2 * MARGIN))


def footer_height(lines: Sequence[str]) -> int:
    return SOURCE_LINE * len(lines) + 14


def draw_footer(draw: ImageDraw.ImageDraw, lines: Sequence[str], *, height: int) -> None:
    """The lines at the bottom of an image `height` pixels high."""
    s = SUPERSAMPLE
    for index, line in enumerate(lines):
        draw.text(
            (MARGIN * s, (height - footer_height(lines) + 8 + index * SOURCE_LINE) * s),
            line,
            font=typeface(SOURCE_SIZE),
            fill=MUTED,
        )
