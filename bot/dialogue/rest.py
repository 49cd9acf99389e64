"""« et les autres ? » after a list narrowed by filters: the laureates those filters left
out; « il y en a ailleurs ? » after a laureate's communes in some departments: those in
the others; « quels autres lauréats ? » after one laureate: the laureates but that one."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from bot.understanding.frame import FILLED, Frame, subject_id, subject_kind
from bot.understanding.settled import only_which

# « et les autres ? », « les autres c qui », « and the rest? »: those the last list left out.
_THE_REST = re.compile(
    r"\b(?:les autres|the others|the other ones|the rest|le reste|les restants|ceux qui restent)\b"
)
# « il y en a ailleurs ? », « and elsewhere? »: outside the places spoken of.
_ELSEWHERE = re.compile(
    r"\b(?:ailleurs|autre part|elsewhere|d autres departements|other departments)\b"
)
# « quels autres lauréats », « any other laureate »: laureates besides the one spoken of.
_OTHER = re.compile(r"\b(?:autres?|other|others)\b")
# All the laureates are in Occitanie: saying so narrows nothing.
_ALL_OF_THEM = "region:Occitanie"
# A status's opposite: the laureates not new are the renewed ones, and the other way round.
_OPPOSITE = {"status:new": "status:renewed", "status:renewed": "status:new"}


def the_rest(
    frame: Frame, *, before: tuple[Frame, ...], folded: str, first: tuple[str, ...] = ()
) -> Frame | None:
    """What the last frames left out, as the question asks it; None when it names nothing
    left out, or nothing was. (`first`: the departments the last answer put first.)"""
    last = before[-1] if before else None
    return (
        _other_laureates(frame, last=last, folded=folded)
        or _elsewhere(frame, before=before, folded=folded)
        or _besides_it(frame, last=last, folded=folded)
        or _of_the_first(last, first=first, folded=folded)
    )


def _of_the_first(last: Frame | None, *, first: tuple[str, ...], folded: str) -> Frame | None:
    """« lesquels ? » after « quel département en a le plus ? »: the laureates of the
    department the ranking put first."""
    if (
        last is None
        or len(first) != 1
        or not only_which(folded)
        or last.ask not in {"departments", "laureate"}
        or last.op not in {"most", "least"}
        or last.about not in {("region:Occitanie",), ("laureates",)}
    ):
        return None
    return replace(
        last,
        ask="laureate",
        op="list",
        about=("laureates",),
        filters=(f"department:{first[0]}",),
        stated=FILLED,
    )


def _besides_it(frame: Frame, *, last: Frame | None, folded: str) -> Frame | None:
    """« et dans le Gers, quels autres lauréats ? » after Grand Auch/Astarac: the laureates
    the question asks of, that one set aside."""
    spoken = [] if last is None else [s for s in last.about if subject_kind(s) == "laureate"]
    if (
        frame.ask != "laureate"
        or frame.op not in {"list", "count", "yesno"}
        or frame.about not in {(), ("laureates",)}
        or len(spoken) != 1
        or not _OTHER.search(folded)
    ):
        return None
    aside = f"not:laureate:{subject_id(spoken[0])}"
    return replace(
        frame, about=("laureates",), filters=(*frame.filters, aside), stated=frame.stated | FILLED
    )


def _elsewhere(frame: Frame, *, before: tuple[Frame, ...], folded: str) -> Frame | None:
    """A laureate's communes (or inhabitants) outside the departments the last frames
    asked of it in: whether there are any, or which."""
    if not before or frame.named or not _ELSEWHERE.search(folded):
        return None
    last = before[-1]
    laureates = [s for s in last.about if subject_kind(s) == "laureate"]
    if len(laureates) != 1 or last.ask not in {"communes", "population"}:
        return None
    # (The departments asked of it in the turns just before, back to another subject.)
    ours = list(itertools.takewhile(lambda f: laureates[0] in f.about, reversed(before)))
    codes = [
        subject_id(s) for f in ours for s in (*f.about, *f.filters) if s.startswith("department:")
    ]
    if not codes:
        return None
    op = "list" if frame.op in {"list", "lookup"} and "op" in frame.stated else "yesno"
    return replace(
        last,
        op=op,
        about=tuple(laureates),
        filters=tuple(dict.fromkeys(f"not:department:{c}" for c in codes)),
        text=frame.text,
        lang=frame.lang,
        stated=FILLED,
    )


def _other_laureates(frame: Frame, *, last: Frame | None, folded: str) -> Frame | None:
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
