"""« et les autres ? » after a list narrowed by filters: the laureates those filters left
out."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.frame import FILLED, Frame

# « et les autres ? », « les autres c qui », « and the rest? »: those the last list left out.
_THE_REST = re.compile(
    r"\b(?:les autres|the others|the other ones|the rest|le reste|les restants|ceux qui restent)\b"
)
# All the laureates are in Occitanie: saying so narrows nothing.
_ALL_OF_THEM = "region:Occitanie"
# A status's opposite: the laureates not new are the renewed ones, and the other way round.
_OPPOSITE = {"status:new": "status:renewed", "status:renewed": "status:new"}


def the_rest(frame: Frame, *, last: Frame | None, folded: str) -> Frame | None:
    """The last list of laureates with its last filter turned round (« status:new » for
    « status:renewed », « not:department:81 » for « department:81 »), asked as the question
    asks (a count or a list); None when the words name no rest, or the last list was not
    narrowed."""
    if (
        last is None
        or not _THE_REST.search(folded)
        # (Nothing named: « et les autres villes du Tarn ? » asks of what it names.)
        or frame.named
        or last.about != ("laureates",)
        or not (narrowing := [f for f in last.filters if f != _ALL_OF_THEM])
    ):
        return None
    # (After the new ones, then those of the Gers: the new ones elsewhere.)
    kept = narrowing[-1]
    turned = _OPPOSITE.get(kept) or (
        kept.removeprefix("not:") if kept.startswith("not:") else f"not:{kept}"
    )
    op = "count" if frame.op == "count" and "op" in frame.stated else "list"
    filters = tuple(turned if f == kept else f for f in last.filters)
    return replace(last, op=op, filters=filters, text=frame.text, lang=frame.lang, stated=FILLED)
