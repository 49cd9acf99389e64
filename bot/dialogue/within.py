"""A town asked within the territory just spoken of (« il y a Castres dedans ? »), or
beyond it (« il est dans un autre territoire alors ? »); its towns above a number of
inhabitants (« combien dépassent 2 000 habitants ? »)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.frame import FILLED, Frame, subject_kind
from bot.understanding.settled import LAUREATES

_ANOTHER = re.compile(r"\b(?:un autre|une autre|d autres|another|any other|ailleurs|elsewhere)\b")
# « non pardon, je voulais dire … »: another subject meant, not one asked of it.
_CORRECTED = re.compile(r"(?:non|no|pardon|sorry|oups|je voulais dire|i meant|i mean)\b")
# « en fait partie », « dedans », « too »: of the territory just spoken of.
OF_IT = re.compile(
    r"\b(?:en fait|en font|en est|en sont|y est|y sont|dedans|aussi|egalement|too|also"
    r"|as well|in it|in there|part of it|part of that)\b"
)


def beyond_it(frame: Frame, *, last: Frame, said: str) -> Frame:
    """« il est dans un autre territoire alors ? »: in any, not the one just asked of."""
    if not _ANOTHER.search(said) or frame.ask != "membership":
        return last
    return replace(last, about=tuple(s for s in last.about if subject_kind(s) != "laureate"))


def town_in_it(frame: Frame, *, last: Frame, said: str) -> Frame | None:
    """« il y a Castres dedans ? » after Hautes Terres d'Oc: the town of Castres asked to be in
    the territory spoken of, not the laureate its name also names (« Mende est dedans ? »
    after Nord Lozère's card: in it, not in any)."""
    towns = dict(frame.towns)
    towns.update((s, s) for s in frame.about if subject_kind(s) in {"commune", "epci"})
    spoken = [s for s in last.about if subject_kind(s) in {"laureate", "territory"}]
    # (« et Saint-Flour ? » after the laureate's communes in the Cantal: a town has none of
    # its own; whether it is one of them.)
    counted = (
        last.ask == "communes"
        and "ask" not in frame.stated
        and subject_kind(frame.about[0] if frame.about else "") == "commune"
        and not _CORRECTED.match(said)
    )
    if (
        len(frame.about) != 1
        or frame.about[0] not in towns
        or len(spoken) != 1
        or frame.op not in {"yesno", "lookup"}
        or not (OF_IT.search(said) or counted)
    ):
        return None
    return replace(
        frame,
        ask="membership",
        op="yesno",
        about=(towns[frame.about[0]], spoken[0]),
        stated=frame.stated | FILLED,
    )


# Places whose towns may be counted.
_HAVING_TOWNS = frozenset(["epci", "laureate", "territory", "department"])


def towns_over_it(frame: Frame, *, last: Frame, said: str) -> Frame | None:
    """« Combien dépassent 2 000 habitants ? » after a place's communes: its towns that do,
    not laureates (which the words name nowhere); a question naming its own place and
    threshold, whole in itself."""
    if not any(":population:" in f for f in frame.filters):
        return None
    one = len(last.about) == 1 and subject_kind(last.about[0]) in _HAVING_TOWNS
    if (
        one
        and last.ask in {"communes", "population"}
        and frame.about in {(), ("laureates",)}
        and not LAUREATES.search(said)
    ):
        op = "count" if frame.op == "count" else "list"
        return replace(frame, ask="communes", op=op, about=last.about, stated=frame.stated | FILLED)
    return frame if "about" in frame.stated else None
