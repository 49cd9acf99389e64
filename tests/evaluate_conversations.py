"""Runs the conversation set (tests/conversations.yaml); `make eval` prints the accuracy
by kind of follow-up, the false claims and every miss.

Each turn names the intent its answer must have, and may name the laureates it must
affirm (`territories`), words it must say (`says`) or must not (`not_says`). A turn about a
town the release does not name carries no `territories`: its expectation is derived
here from ANCT's perimeters (knowledge/perimeters.json), the data the answers rely on."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.answer import Answer
from bot.dialogue.context import NO_CONTEXT
from bot.engine import Engine
from bot.knowledge.load import Knowledge, load_knowledge
from bot.normalize import fold
from bot.understanding.intents import Intent

CONVERSATIONS = Path(__file__).with_name("conversations.yaml")
# Seconds between two turns: well within a conversation's expiry.
GAP = 20.0


@dataclass(frozen=True)
class Turn:
    question: str
    intent: str
    territories: frozenset[str]
    says: tuple[str, ...]
    not_says: tuple[str, ...]
    derived: bool  # territories derived from the perimeters, not written by hand


@dataclass(frozen=True)
class Conversation:
    id: str
    kind: str
    turns: tuple[Turn, ...]


@dataclass(frozen=True)
class Miss:
    conversation: Conversation
    index: int
    answer: Answer
    why: str

    def __str__(self) -> str:
        turn = self.conversation.turns[self.index]
        return (
            f"{self.conversation.id} ({self.conversation.kind}) turn {self.index + 1} "
            f"{turn.question!r}: {self.why}; got {self.answer.intent} "
            f"{sorted(self.answer.territories)}: {self.answer.text[:90]!r}"
        )


def load_conversations(
    path: Path = CONVERSATIONS, *, knowledge: Knowledge | None = None
) -> list[Conversation]:
    knowledge = knowledge or load_knowledge()
    raw: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Conversation(
            id=item["id"],
            kind=item["kind"],
            turns=tuple(_turn(t, knowledge=knowledge) for t in item["turns"]),
        )
        for item in raw
    ]


def _turn(raw: dict[str, Any], *, knowledge: Knowledge) -> Turn:
    derived = "territories" not in raw and raw["intent"] == str(Intent.LAUREATE)
    territories = (
        town_laureates(raw["q"], knowledge=knowledge) if derived else raw.get("territories", ())
    )
    return Turn(
        question=raw["q"],
        intent=raw["intent"],
        territories=frozenset(territories),
        says=tuple(raw.get("says", ())),
        not_says=tuple(raw.get("not_says", ())),
        derived=derived,
    )


def town_laureates(question: str, *, knowledge: Knowledge) -> tuple[str, ...]:
    """The laureates whose ANCT perimeter holds the Occitanie town the question names."""
    places, coverage = knowledge.places, knowledge.coverage
    if places is None or coverage is None:
        raise RuntimeError("deriving a town's laureates needs places and perimeters")
    words = fold(question).split()
    spans = [
        " ".join(words[start:end])
        for size in range(len(words), 0, -1)
        for start in range(len(words) - size + 1)
        for end in [start + size]
    ]
    for span in spans:
        towns = [c for c in places.communes_by_name.get(span, ()) if c.region == "76"]
        if towns:
            found = [knowledge.laureate(i) for i in coverage.territories_of(towns[0])]
            return tuple(t.name for t in found if t is not None)
    raise ValueError(f"no Occitanie town named in {question!r}")


def run(engine: Engine, conversations: list[Conversation]) -> list[Miss]:
    misses = []
    for conversation in conversations:
        context, now = NO_CONTEXT, 0.0
        for index, turn in enumerate(conversation.turns):
            reply = engine.reply(question=turn.question, context=context, now=now)
            context, now = reply.context, now + GAP
            why = _wrong(turn, reply.answer)
            if why:
                misses.append(Miss(conversation, index, reply.answer, why))
    return misses


def _wrong(turn: Turn, answer: Answer) -> str:
    problems = []
    if str(answer.intent) != turn.intent:
        problems.append(f"expected {turn.intent}")
    if frozenset(answer.territories) != turn.territories:
        problems.append(f"expected territories {sorted(turn.territories)}")
    text = fold(answer.text)
    problems += [f"does not say {s!r}" for s in turn.says if fold(s) not in text]
    problems += [f"says {s!r}" for s in turn.not_says if fold(s) in text]
    return "; ".join(problems)


# Turns about places: there, a laureate the turn does not expect is a false claim.
PLACE_INTENTS = frozenset({str(Intent.LAUREATE), str(Intent.LIST), str(Intent.CLARIFY)})


def false_claims(misses: list[Miss]) -> list[Miss]:
    """Place turns whose answer affirms a laureate the turn does not expect."""
    return [m for m in _unexpected(misses) if m.conversation.turns[m.index].intent in PLACE_INTENTS]


def listed_for_topics(misses: list[Miss]) -> list[Miss]:
    """Topic turns answered with laureates: the wrong topic, not a claim about a place."""
    return [
        m for m in _unexpected(misses) if m.conversation.turns[m.index].intent not in PLACE_INTENTS
    ]


def _unexpected(misses: list[Miss]) -> list[Miss]:
    return [
        m for m in misses if set(m.answer.territories) - m.conversation.turns[m.index].territories
    ]


def main() -> None:
    knowledge = load_knowledge()
    engine = Engine(knowledge=knowledge)
    conversations = load_conversations(knowledge=knowledge)
    misses = run(engine, conversations)
    turns = Counter(c.kind for c in conversations for _ in c.turns)
    missed = Counter(m.conversation.kind for m in misses)
    print(f"{'kind':<14}{'right':>7}{'turns':>7}{'accuracy':>10}")
    for kind in sorted(turns):
        right = turns[kind] - missed[kind]
        print(f"{kind:<14}{right:>7}{turns[kind]:>7}{right / turns[kind]:>10.1%}")
    total = sum(turns.values())
    print(f"{'all turns':<14}{total - len(misses):>7}{total:>7}{1 - len(misses) / total:>10.1%}")
    whole = len(conversations) - len({m.conversation.id for m in misses})
    print(f"whole conversations right: {whole}/{len(conversations)}")
    derived = [
        (t.question, sorted(t.territories)) for c in conversations for t in c.turns if t.derived
    ]
    print(f"town expectations derived from the perimeters: {derived}")
    claims = false_claims(misses)
    print(f"false laureate claims: {len(claims)}")
    for miss in claims:
        print(f"  false claim: {miss}")
    topics = listed_for_topics(misses)
    print(f"topic turns answered with the list of laureates (wrong topic): {len(topics)}")
    for miss in misses:
        print(f"  miss: {miss}")


if __name__ == "__main__":
    main()
