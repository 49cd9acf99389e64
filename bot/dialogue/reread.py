"""How a follow-up's own reading is taken before it is filled from the last frame: « combien
pour chacun ? » asks each, an unknown read surely stands, a short question never leaves the
domain; and what a follow-up of a card asks that the conversation layer does not answer."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.frame import Frame
from bot.understanding.read import SURE

# A follow-up this short says too little to be read as leaving the domain.
_SHORT = 6
# « et combien pour chacun ? », « how many each? »: nothing asked but « each ».
_EACH_ONLY = re.compile(
    r"(?:et |and )?(?:combien|cb|how many|how much)(?: (?:pour|par|de|for))?"
    r" (?:chacun|chacune|chaque|each)(?: d entre eux| d entre elles| of them| one)? ?"
)


def reread(frames: tuple[Frame, ...], *, folded: str, last: Frame | None) -> tuple[Frame, ...]:
    """Whether a follow-up's reading of what the sources do not hold, or of what is out of
    the domain, says what it asks."""
    first = frames[0]
    if _EACH_ONLY.fullmatch(folded):
        # « combien pour chacun ? »: the last question asked of each of the last ones (of a
        # list of laureates, how many communes each has).
        if last is not None and last.ask == "laureate":
            return (replace(first, ask="communes", op="each", stated=frozenset({"ask", "op"})),)
        return (replace(first, op="each", stated=frozenset({"op"})),)
    if first.ask == "unknown" and first.confidence >= SURE:
        # « what's Aurillac Figeac Rodez's budget? » asks what the sources do not hold,
        # not the last question's attribute of it.
        return (replace(first, stated=first.stated | {"ask"}),)
    if first.ask == "out_of_scope" and len(folded.split()) <= _SHORT:
        # « et la plus grosse côté 65 ? » is too short to leave the domain: it goes on
        # with what the conversation asked.
        return (replace(first, stated=first.stated - {"ask"}),)
    return frames


def beyond_cards(frame: Frame) -> bool:
    """What a follow-up of a laureate's card or list asks that the conversation layer does
    not answer: its intercommunalities, communes or population (counted, listed, ranked,
    shared out), its map, and narrowing a list to the interregional ones."""
    if frame.filters == ("interregional",) and len(frame.about) > 1:
        return True
    # (« et dans quelle région ? » would read to it as the Région's press office; « montre-moi
    # la carte » as the fifteen's.)
    return frame.ask in {"population", "communes", "members", "region", "departments", "map"}
