"""What is asked that is answered alike, so that the model's doubt between them is no doubt:
a place covered whole, a count of laureates stated."""

from __future__ import annotations

from bot.understanding import numbers
from bot.understanding.frame import subject_kind
from bot.understanding.settled import FILTERING


def alike_asks(ask: str, about: tuple[str, ...], folded: str, *, op: str) -> frozenset[str]:
    """What is asked answered alike: whether a place is covered whole (« toute l'Ariège
    est couverte ? ») is its coverage, asked as membership or as its communes; a count of
    laureates stated to be checked (« le Gard compte trois lauréats ? »), however asked."""
    covering = frozenset(["membership", "communes", "departments", "laureate", "region"])
    place = len(about) == 1 and subject_kind(about[0]) in FILTERING
    if place and ask in covering and numbers.WHOLE.search(folded):
        return covering
    counting = frozenset(["laureate", "membership", "departments"])
    stated = numbers.counts(folded) or numbers.several(folded)
    if about == ("laureates",) and op == "yesno" and ask in counting and stated:
        return counting
    return frozenset([ask])
