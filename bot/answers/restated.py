"""A frame restated before it is executed: a claim of the data is checked on the data,
whoever the question says made it; Occitanie named to say which list a membership is asked in
is no subject of its own."""

from __future__ import annotations

from dataclasses import replace

from bot.answers.claims import ONLY
from bot.normalize import fold
from bot.understanding import numbers
from bot.understanding.frame import Frame, subject_id, subject_kind

# What the data answers, whoever a question says claimed it.
_DATA_ASKS = frozenset(
    ["departments", "laureate", "membership", "status", "communes", "population", "members"]
)


def restated(frame: Frame) -> Frame:
    """The frame as the executor reads it."""
    return _without_occitanie(_said_by_someone(frame))


def _said_by_someone(frame: Frame) -> Frame:
    """« Le préfet dit qu'il y a des lauréats dans tous les départements. C'est vrai ? »: a
    claim of the data, whoever made it, is checked on the data."""
    people = [s for s in frame.about if subject_kind(s) == "person"]
    if not people or len(people) == len(frame.about) or frame.ask not in _DATA_ASKS:
        return frame
    return replace(frame, about=tuple(s for s in frame.about if s not in people))


def _without_occitanie(frame: Frame) -> Frame:
    """« Montpellier fait partie des lauréats en Occitanie ? »: Occitanie says which list a
    membership is asked in, « Lacq Pau Tarbes est en Occitanie ? » what region is claimed; it
    is no subject of its own."""
    if "region:Occitanie" not in frame.about[1:]:
        return frame
    # (A laureate named by its own name, not by a town of it: « Pau c'est en Occitanie ? »
    # asks of the town.)
    # (And « entirely »: « Alès est en Occitanie ? » is the town's, which bears its name.)
    said = fold(frame.text)
    named = (ONLY.search(said) or numbers.WHOLE.search(said)) and any(
        subject_kind(s) == "laureate" and fold(subject_id(s)) in said for s in frame.about
    )
    if named and frame.ask == "departments" and frame.op == "yesno":
        # (« … sits entirely inside Occitanie? » claims a region, whatever its words lean to.)
        frame = replace(frame, ask="region")
    if frame.ask != "membership" and not (named and frame.ask == "region"):
        return frame
    return replace(frame, about=tuple(s for s in frame.about if s != "region:Occitanie"))
