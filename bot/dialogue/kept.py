"""Which frames a conversation keeps after an answer: those whose laureates the answer
affirmed, so that a follow-up never states a fact of a laureate the answer did not."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Answer
from bot.dialogue.context import Context, Turn
from bot.normalize import fold
from bot.understanding.frame import Frame, subject_id, subject_kind
from bot.understanding.intents import Intent
from bot.understanding.read import SURE

# A ranking names one of those it ranked.
RANKINGS = frozenset(["most", "least", "compare"])
# « le TI Albigeois », « le territoire d'Alès »: a laureate named as a territory.
_A_TERRITORY = re.compile(r"\b(?:ti|territoire|territory|laureat|laureate)\b")


# What asks where a town is, which its laureate's card answers.
_WHERE = frozenset(["membership", "departments", "region", "laureate"])
# How many frames of the answers before the last a context keeps.
_BEFORE = 4


def of_towns(frame: Frame) -> bool:
    return bool(frame.about) and all(subject_kind(s) == "commune" for s in frame.about)


def as_placed(frame: Frame) -> Frame:
    """A frame about towns, and the departments saying which namesakes they are, as the
    towns' membership (« Mauvezin en Haute-Garonne ? »); any other as it is."""
    towns = tuple(s for s in frame.about if subject_kind(s) == "commune")
    if (
        frame.ask not in _WHERE
        or not towns
        or any(subject_kind(s) not in {"commune", "department"} for s in frame.about)
    ):
        return frame
    return replace(frame, ask="membership", about=towns)


def stood_for(
    frames: tuple[Frame, ...], answer: Answer, *, before: tuple[Frame, ...]
) -> tuple[Frame, ...]:
    """The frames the topic answers' `answer` stands for (`_stands_for`); when it names
    nothing, to words naming nothing, those before: the conversation is still about what
    it was (« le total c'est pas ça » then « et sa plus grande ville ? »)."""
    kept = _stands_for(frames, answer, before=before)
    if kept or answer.territories or any("about" in f.stated or f.named for f in frames):
        return kept
    return before


def _stands_for(
    frames: tuple[Frame, ...], answer: Answer, *, before: tuple[Frame, ...]
) -> tuple[Frame, ...]:
    """The frames the topic answers' `answer` stands for in the conversation: a sure
    reading they answered with a list (« combien de lauréats dans le Tarn ? »), or towns
    answered with their laureate (« Lourdes est dans quel TI ? », whose territory « ce
    territoire » then is), asked so or not after another attribute was (`before`, the frames
    of the answer before: « et Mende ? » after « Alès est-il nouveau ? » asks its status);
    none otherwise."""
    sure = all(
        frame.confidence >= SURE and ("about" in frame.stated or bool(frame.filters))
        for frame in frames
    )
    if sure and answer.intent in {Intent.LIST, Intent.COUNTS}:
        return affirmed(frames, answer)
    # (Not after another attribute, which « et Mende ? » asks of the town in turn.)
    placing = not before or before[-1].ask in _WHERE | {"unknown", "out_of_scope"}
    if (
        answer.intent != Intent.LAUREATE
        or not all("about" in f.stated for f in frames)
        or not (placing or all("ask" in f.stated for f in frames))
    ):
        return ()
    # (« et Mauvezin en Haute-Garonne ? », read as whether it is there, yet answered with
    # its laureate, however unsure the reading of what was asked: its membership.)
    answered = tuple(as_placed(frame) for frame in frames)
    if all(frame.ask == "membership" and of_towns(frame) for frame in answered):
        return affirmed(answered, answer)
    return ()


def of_groupings_only(frame: Frame) -> bool:
    return bool(frame.about) and all(subject_kind(s) == "epci" for s in frame.about)


def affirmed(frames: tuple[Frame, ...], answer: Answer) -> tuple[Frame, ...]:
    """The frames a conversation may go on from: those whose laureates the answer affirmed,
    so that a follow-up never states a fact of a laureate the answer did not (« quel
    montant pour Alès ? » answered « le communiqué ne le dit pas », then « est-il
    nouveau ? »)."""
    affirmed = {f"laureate:{name}" for name in answer.territories}
    kept = []
    for frame in frames:
        named = {s for s in frame.about if subject_kind(s) == "laureate"}
        if (
            named <= affirmed
            # A ranking names one of those it ranked: « et le moins ? » ranks them again.
            or (frame.op in RANKINGS and bool(named & affirmed))
            # What the sources do not say of a laureate the question calls by its own name
            # (« combien d'emplois dans le TI Albigeois ? ») leaves it the subject: « et
            # combien d'habitants alors ? » is of it. (Named by a town, « quel montant pour
            # Alès ? », it is not.)
            or (frame.ask == "unknown" and bool(named) and all(_by_name(s, frame) for s in named))
        ):
            kept.append(frame)
        elif towns := tuple(s for s in frame.about if subject_kind(s) in {"commune", "epci"}):
            # « Bassoues fait partie de Grand Auch/Astarac ? » answered « Non »: the town
            # stays, the laureate goes (« elle est dans quelle interco alors ? »), named only
            # (« et sa plus grande commune ? » measures it: bot.dialogue.sides).
            also = tuple(dict.fromkeys((*frame.named, *sorted(named))))
            kept.append(replace(frame, about=towns, named=also))
    return tuple(kept)


def carried(turn: Turn, *, read: tuple[Frame, ...], before: tuple[Frame, ...]) -> Turn:
    """« y a des usines qui ferment là-bas ? » answered « not in my sources »: a question
    naming no one leaves the conversation on the subject before (not on what it asked)."""
    if turn.answer.intent != Intent.NOT_IN_RELEASE or any(f.about for f in read) or not before:
        return turn
    frames = tuple(replace(f, about=before[-1].about, filters=before[-1].filters) for f in read)
    return replace(turn, context=replace(turn.context, frames=frames))


def _by_name(subject: str, frame: Frame) -> bool:
    """Whether the question calls a laureate by its own name, and as a territory."""
    said = fold(frame.text)
    return fold(subject_id(subject)) in said and bool(_A_TERRITORY.search(said))


def with_what_came_before(turn: Turn, *, context: Context) -> Turn:
    """The turn's context, with what the answers before it were about: the laureates
    affirmed before (those of the last answer but one, or, after an answer that affirmed
    none, « Non : Montauban … », the last ones), and the frames before the last."""
    affirmed = turn.context.affirmed
    earlier = (
        context.affirmed or context.earlier
        if not affirmed
        else context.affirmed
        if context.affirmed and affirmed != context.affirmed
        else context.earlier
    )
    before = (
        (*context.before, *context.frames)[-_BEFORE:]
        if turn.context.frames != context.frames
        else context.before
    )
    return replace(turn, context=replace(turn.context, earlier=earlier, before=before))
