"""Which topics a question's reading asks for: how clearly it must be read, and what
is done with two topics read about as clearly."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.normalize import fold
from bot.understanding.intents import Intent
from bot.understanding.topics import Ranked, Reading, TopicIndex

# A topic this close to the question is answered; below it, the question is not understood.
ACCEPT = 0.5
# A named place is the question unless a topic is read at least this clearly.
ACCEPT_OVER_PLACE = 0.6
# A part of a many-part question must be this clearly about its topic to be answered apart.
ACCEPT_PART = 0.6
# A question the model reads as « not in the sources » gets a topic's card only when the
# topic is read at least this clearly, or when its card says what the sources leave out.
ACCEPT_OVER_UNKNOWN = 0.75
# … and over a reading of it the model is not sure of.
ACCEPT_OVER_UNSURE_UNKNOWN = 0.55
# Below ACCEPT but above this, the closest topics are offered as « Vouliez-vous dire ».
NEAR = 0.4
# Above this, the first topic is answered however close the second.
SURE = 0.7
# Two topics closer than this, neither asked in its own part, are offered as « Vouliez-vous dire ».
AMBIGUOUS = 0.02

_CONVERSATION = frozenset({Intent.GREETING, Intent.THANKS})
_AXIS_TOPICS = frozenset(
    {Intent.AXIS_SKILLS, Intent.AXIS_INNOVATION, Intent.AXIS_LAND, Intent.AXIS_DECARBONISATION}
)
_JOINED = re.compile(r"\b(?:et|and|ainsi que|as well as)\b")


@dataclass(frozen=True)
class Choice:
    """The topics to answer, in the order asked, or two to choose between."""

    topics: tuple[str, ...]
    between: tuple[str, ...] = ()
    # How close the question is to the first topic.
    score: float = 0.0
    # Greeting or thanks, answered when nothing else is asked.
    conversation: str | None = None


def choose(*, index: TopicIndex, text: str, reading: Reading) -> Choice:
    """The topics a question's reading asks for, or the two it cannot choose between."""
    parts = index.parts(text=text)
    while len(parts) > 1 and conversational(index.read(folded=fold(parts[0]))):
        # « Bonjour, … »: the greeting is not what is asked.
        parts = parts[1:]
        reading = index.read(folded=fold(" ".join(parts)))
    ranking = [r for r in reading.ranking if r.score >= ACCEPT]
    conversation = next((r.topic for r in ranking if r.topic in _CONVERSATION), None)
    asked = [r for r in ranking if r.topic not in _CONVERSATION]
    if not asked:
        return Choice(topics=(), conversation=conversation)
    first = asked[0]
    rival = asked[1] if len(asked) > 1 else None
    if (
        rival is not None
        and first.score < SURE
        and first.score - rival.score < AMBIGUOUS
        and comparable(first, rival)
    ):
        pair = (first.topic, rival.topic)
        folded = fold(text)
        if _JOINED.search(folded):
            # « innovation et décarbonation ? »: both asked, answered in the order asked.
            ordered = sorted(pair, key=lambda t: index.position(folded=folded, topic=t))
            return Choice(topics=tuple(ordered), score=first.score)
        if all(t in _AXIS_TOPICS for t in pair):
            # Two axes equally close and neither asked alone: the four axes answer both.
            return Choice(topics=(Intent.AXES,), score=first.score)
        return Choice(topics=(first.topic,), between=(first.topic, rival.topic), score=first.score)
    return Choice(topics=(first.topic,), score=first.score)


def conversational(reading: Reading) -> bool:
    best = reading.best
    return best is not None and best.topic in _CONVERSATION


def comparable(first: Ranked, second: Ranked) -> bool:
    """Two readings worth offering side by side: neither a fallback of the other."""
    fallbacks = {Intent.OUT_OF_SCOPE, Intent.CLARIFY, Intent.LAUREATE, Intent.HELP}
    return first.topic not in fallbacks and second.topic not in fallbacks
