"""Several answers made one, in the order asked: the parts of a question, its topics, the
places it names; and an answer marked with the subjects it was composed for."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any, TypeVar

from bot.answer import Answer
from bot.understanding.intents import Intent
from bot.understanding.mentions import Mention

_T = TypeVar("_T")


def combine_parts(answers: list[Answer]) -> Answer:
    """The parts of a question, each answered: every answer, in the order asked."""
    return replace(
        combine_topics(answers),
        **_places_of(answers),
        suggestions=_once(s for a in answers for s in a.suggestions),
    )


def combine_topics(answers: list[Answer]) -> Answer:
    """Several topics in one question: each answered, in the order asked."""
    if len(answers) == 1:
        return answers[0]
    return replace(
        answers[0],
        **_joined(answers),
        intents=tuple(a.intent for a in answers),
        # One map a message: the first asked for.
        image=next((a.image for a in answers if a.image), ""),
    )


def combine(answers: list[Answer]) -> Answer:
    """Several places in one question: every one answered, in the order asked."""
    if len(answers) == 1:
        return answers[0]
    laureate = any(a.intent is Intent.LAUREATE for a in answers)
    return replace(
        answers[0],
        **_joined(answers),
        **_places_of(answers),
        intent=Intent.LAUREATE if laureate else answers[0].intent,
    )


def _joined(answers: list[Answer]) -> dict[str, Any]:
    """What every combination shares: the texts and titles in order, the weakest
    confidence, and the sources, buttons (eight at most) and emphasis of all, once each."""
    return {
        "text": "\n\n".join(a.text for a in answers),
        "title": " · ".join(a.title for a in answers),
        "confidence": min(a.confidence for a in answers),
        "sources": _once(s for a in answers for s in a.sources),
        "buttons": _once(b for a in answers for b in a.buttons)[:8],
        "emphasis": _once(e for a in answers for e in a.emphasis),
    }


def _places_of(answers: list[Answer]) -> dict[str, Any]:
    """The laureates and subjects of all the answers, once each, in order."""
    return {
        "territories": _once(t for a in answers for t in a.territories),
        "national_territories": _once(t for a in answers for t in a.national_territories),
        "about": _once(k for a in answers for k in a.about),
    }


def _once(items: Iterable[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys(items))


_KEY_KINDS = {
    "territory": "t",
    "department": "d",
    "region": "r",
    "commune": "c",
    "epci": "e",
    "person": "p",
    "organisation": "o",
    "quote": "q",
}


def about(answer: Answer, *mentions: Mention) -> Answer:
    """The answer, with the entities it was composed for as its subjects."""
    return replace(answer, about=tuple(f"{_KEY_KINDS[m.kind]}_{m.id}" for m in mentions))


def distinct(answers: list[Answer]) -> list[Answer]:
    """The parts' answers without one another's repeats: « il y en a ? lesquels ? » gets the
    list once, after its « Oui »."""
    kept: list[Answer] = []
    for answer in answers:
        covering = next((other for other in kept if answer.text in other.text), None)
        if covering is not None:
            # (« Mazamet est dedans ? et sur une carte ? »: the same card, with its map.)
            if answer.image and not covering.image:
                kept[kept.index(covering)] = replace(covering, image=answer.image)
            continue
        kept = [other for other in kept if other.text not in answer.text]
        kept.append(answer)
    return kept
