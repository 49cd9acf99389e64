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
# What only a territory has, asked of towns: « il regroupe combien d'intercos ? ».
_TERRITORIAL = frozenset(["members", "communes", "status", "interregional"])


def answered_in_turn(
    frames: tuple[Frame, ...], *, answer: Callable[[Frame], Answer | None]
) -> list[Answer | None]:
    """Each frame's answer, in order; a request of « ce territoire » that names only the
    towns of the request before asks of the one laureate that request's answer found."""
    answers: list[Answer | None] = []
    for frame in frames:
        before = answers[-1] if answers else None
        answers.append(answer(_of_the_one_found(frame, before)))
    return answers


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
