"""A list's filters narrowed by those a follow-up says: a new one replacing those of its
kind, places set aside adding up."""

from __future__ import annotations

from bot.understanding.frame import MEASURES


def narrowed(last: tuple[str, ...], new: tuple[str, ...], *, asked: str = "") -> tuple[str, ...]:
    """The last filters with the new ones, a new one replacing any of its own kind
    (« et les renouvelés ? » after the new ones; « and under 50,000? » after « more than
    300,000 inhabitants », on the same measure; « combien en ont au moins 5 ? » after the
    laureates ranked by their intercommunalities, on the measure `asked`)."""
    measures = [
        filter_kind(f).partition(":")[2] for f in last if filter_kind(f).startswith("bound:")
    ]
    measures = measures or ([asked] if asked in MEASURES else [])
    new = tuple(
        f.replace("::", f":{measures[-1]}:", 1) if "::" in f and measures else f
        for f in new
        if "::" not in f or measures
    )
    # (A place set aside adds to those set aside before and keeps the place chosen: « et sans
    # ceux de l'Aude non plus ? », « et sans ceux qui débordent sur le Tarn ? » after the
    # Haute-Garonne's; a place chosen replaces those of its kind, set aside or not.)
    kinds = {filter_kind(f) for f in new if not f.startswith("not:")}
    dropped = {f.removeprefix("not:") for f in new if f.startswith("not:")}
    kept = (f for f in last if f not in dropped and filter_kind(f) not in kinds)
    return tuple(dict.fromkeys([*kept, *new]))


# A threshold on a measure, whichever way: « over:population:300000 », « under::50000 ».
_BOUNDS = frozenset(["over", "under", "atleast", "atmost"])


def filter_kind(name: str) -> str:
    """A filter's kind, negated or not: « department », « status », « bound:population »."""
    head, _, rest = name.removeprefix("not:").partition(":")
    return f"bound:{rest.partition(':')[0]}" if head in _BOUNDS else head
