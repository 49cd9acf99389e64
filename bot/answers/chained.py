"""Several requests answered in turn, a later one asking of what an earlier one found: « Aubiet
(32), territoire d'industrie ? Et quelle est la plus grosse commune de ce territoire ? »."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.answer import Answer
from bot.normalize import fold
from bot.understanding.frame import Frame, subject_kind

# « ce territoire », « son territoire », « dans le territoire », « this territory »: the one
# the request before found.
_FOUND_BEFORE = re.compile(
    r"\b(?:ce|cet|cette|son|sa|le|du|this|that|its|the) (?:territoire|ti|laureat|territory"
    r"|laureate)\b"
)
# « leurs statuts », « chacun », « their status »: those the request before listed.
_THOSE_FOUND = re.compile(r"\b(?:leurs?|ils|elles|chacun|chacune|their|they|each)\b")
# What only a territory has, asked of towns: « il regroupe combien d'intercos ? ».
_TERRITORIAL = frozenset(["members", "communes", "status", "interregional"])


def answered_in_turn(
    frames: tuple[Frame, ...], *, answer: Callable[[Frame], Answer | None]
) -> list[Answer | None]:
    """Each frame's answer, in order; a request of « ce territoire » that names only the
    towns of the request before asks of the one laureate that request's answer found, and
    one of « leurs … » of the laureates it listed."""
    answers: list[Answer | None] = []
    for index, frame in enumerate(frames):
        before = answers[-1] if answers else None
        found = _of_the_one_found(frame, before)
        if index and found is frame:
            found = _of_those_listed(frame, frames[index - 1])
        answers.append(answer(found))
    return answers


def _of_those_listed(frame: Frame, before: Frame) -> Frame:
    """« Les lauréats du Tarn, et leurs statuts respectifs ? »: the laureates the request
    before narrowed, which « leurs » speaks of."""
    if (
        frame.about == before.about == ("laureates",)
        and not frame.filters
        and before.filters
        and _THOSE_FOUND.search(fold(frame.text))
    ):
        # (Of several, « what is their status? » gives each one's.)
        op = "each" if frame.op == "lookup" else frame.op
        return replace(frame, filters=before.filters, op=op)
    return frame


def _of_the_one_found(frame: Frame, before: Answer | None) -> Frame:
    if (
        before is None
        or len(before.territories) != 1
        or not frame.about
        or not all(subject_kind(s) in {"commune", "epci"} for s in frame.about)
        or not (_FOUND_BEFORE.search(fold(frame.text)) or frame.ask in _TERRITORIAL)
    ):
        return frame
    return replace(frame, about=(f"laureate:{before.territories[0]}",))
