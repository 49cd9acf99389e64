"""How a follow-up's own reading is taken before it is filled from the last frame: « combien
pour chacun ? » asks each, an unknown read surely stands, a short question never leaves the
domain; and what a follow-up of a card asks that the conversation layer does not answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.understanding.frame import FILLED, Frame, subject_kind
from bot.understanding.outright import GROUPING_WORD, SAME
from bot.understanding.read import SURE

# « il y en a ? », « are there any? » closing a follow-up: whether there are any.
_ANY = re.compile(r"\b(?:il y en a|y en a(?: t il)?|are there any|any)$")
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
    if _ANY.search(folded) and "op" not in first.stated:
        # « et parmi les nouveaux, il y en a ? » asks whether there are any, not which.
        return (replace(first, op="yesno", stated=first.stated | {"op"}),)
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
    shared out), its map, whether a town is in it, and narrowing a list to the interregional
    ones."""
    if frame.filters == ("interregional",) and len(frame.about) > 1:
        return True
    kinds = {subject_kind(s) for s in frame.about}
    if frame.ask == "membership" and kinds == {"commune", "laureate"}:
        # (« il y a Castres dedans ? »: whether a town is in the laureate of the card.)
        return True
    # (« et dans quelle région ? » would read to it as the Région's press office; « montre-moi
    # la carte » as the fifteen's.)
    return frame.ask in {"population", "communes", "members", "region", "departments", "map"}


def shared_grouping(frame: Frame, *, folded: str, last: Frame | None) -> Frame | None:
    """« et dans la même interco ? » after two towns in the same territory: whether they
    share their intercommunality."""
    if (
        last is not None
        and sum(subject_kind(s) == "commune" for s in last.about) > 1
        and "about" not in frame.stated
        and SAME.search(folded)
        and GROUPING_WORD.search(folded)
    ):
        return replace(frame, ask="members", op="compare", about=last.about, stated=FILLED)
    return None


# « celle de Carmaux », « the one of Albi »: the intercommunality of the town it names.
_THE_ONE_OF = re.compile(r"(?:et |and )?(?:celle|celui|the one|that) (?:de|d|du|of) ")


def grouping_named(
    frame: Frame, *, folded: str, last: Frame | None, grouping_of: Callable[[str], str | None]
) -> Frame | None:
    """« celle de Carmaux, combien de communes ? » after intercommunalities were spoken of:
    the intercommunality of that town."""
    if (
        last is None
        or last.ask != "members"
        or len(frame.about) != 1
        or subject_kind(frame.about[0]) != "commune"
        or not _THE_ONE_OF.match(folded)
    ):
        return None
    grouping = grouping_of(frame.about[0])
    if grouping is None:
        return None
    ask = frame.ask if frame.ask in {"communes", "population"} else "communes"
    return replace(frame, ask=ask, op="count" if ask == "communes" else "lookup", about=(grouping,))
