"""A town asked within the territory just spoken of (« il y a Castres dedans ? »), or
beyond it (« il est dans un autre territoire alors ? »)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.frame import FILLED, Frame, subject_kind

_ANOTHER = re.compile(r"\b(?:un autre|une autre|d autres|another|any other|ailleurs|elsewhere)\b")
# « en fait partie », « dedans », « too »: of the territory just spoken of.
OF_IT = re.compile(
    r"\b(?:en fait|en font|en est|en sont|y est|y sont|dedans|aussi|egalement|too|also"
    r"|as well|in it|in there)\b"
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
    if (
        len(frame.about) != 1
        or frame.about[0] not in towns
        or len(spoken) != 1
        or frame.op not in {"yesno", "lookup"}
        or not OF_IT.search(said)
    ):
        return None
    return replace(
        frame,
        ask="membership",
        op="yesno",
        about=(towns[frame.about[0]], spoken[0]),
        stated=frame.stated | FILLED,
    )
