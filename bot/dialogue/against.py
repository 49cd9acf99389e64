"""A follow-up that sets what it names against what was just spoken of: « c'est plus que
Narbonne ? », « et par rapport à Figeac ? »."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.frame import FILLED, Frame, subject_kind

# What a place has a number of: set against another's.
MEASURED = frozenset(["communes", "population", "members"])
# « c'est plus que Narbonne ? », « et par rapport à Figeac ? », « which is bigger, that or
# Grand Narbonne? »: what was just spoken of, set against what is now named.
_AGAINST = re.compile(
    r"\b(?:(?:plus|moins|autant)(?: \w+){0,3} (?:que|qu)|par rapport (?:a|au|aux)|compare\w*"
    r" (?:a|au|aux|avec|with|to)|versus|vs|than|that or|this or|ca ou|or that|or this)\b"
)
_COMPARABLE = frozenset(["commune", "laureate", "territory", "department", "region", "epci"])


def compared_with(frame: Frame, *, last: Frame, said: str) -> Frame | None:
    """« C'est plus que Narbonne ? » after Béziers's inhabitants: the two set against each
    other on the measure asked (the last one, unless the question says another)."""
    measure = last.ask
    if frame.ask in MEASURED and ("ask" in frame.stated or last.ask not in MEASURED):
        measure = frame.ask
    # (« c plus peuplé que le Gers ? » may read the department as a filter.)
    against = frame.about if "about" in frame.stated else frame.filters
    if (
        not _AGAINST.search(said)
        or measure not in MEASURED
        or len(against) != 1
        or len(last.about) != 1
        or against == last.about
        or not {subject_kind(against[0]), subject_kind(last.about[0])} <= _COMPARABLE
    ):
        return None
    (named,) = against
    if subject_kind(last.about[0]) == "commune":
        # (« et par rapport à Figeac ? » after a town: the town of Figeac.)
        named = dict(frame.towns).get(named, named)
    return replace(
        frame,
        ask=measure,
        op="compare",
        about=(last.about[0], named),
        filters=(),
        stated=frame.stated | FILLED,
    )
