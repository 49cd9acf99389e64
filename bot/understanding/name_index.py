"""Indexes the matcher builds over names: how many edits a typo may have, every name's
beginnings, and names by length."""

from __future__ import annotations

import bisect

# Edits a typo may have, by the length of what was typed: 1 below 8 letters, 2 below 12, then 3.
ALLOWED_EDITS = (1, 2, 3)


def allowed_edits(phrase: str) -> int:
    return 1 if len(phrase) < 8 else 2 if len(phrase) < 12 else 3


def beginnings(names: list[str]) -> frozenset[str]:
    """Every name's first word, first two words… up to the whole name."""
    found = set(names)  # folded: words apart by one space, so each space ends a beginning
    for name in names:
        space = name.find(" ")
        while space > 0:
            found.add(name[:space])
            space = name.find(" ", space + 1)
    return frozenset(found)


class ByLength:
    """Names sorted by length, so that those of a range of lengths are one slice."""

    def __init__(self, names: list[str]) -> None:
        self._names = names
        self._lengths = [len(name) for name in names]

    def between(self, shortest: int, longest: int) -> list[str]:
        start = bisect.bisect_left(self._lengths, shortest)
        return self._names[start : bisect.bisect_right(self._lengths, longest, lo=start)]
