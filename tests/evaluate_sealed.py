"""Scores the sealed test corpus (tests/sealed/): questions and conversations written from the
release and the open data alone, by people who never saw the code, the knowledge's examples or
the other question sets. It measures; nothing is tuned on it.

An answer is right when it does what the turn's `expect` says (tests/sealed/FRAMES.md): opens
with the expected « Oui »/« Non » (Yes/No in English), says each of `says` and none of
`never` (compared without case or accents), affirms exactly the `laureates` given, and says
that its sources do not tell when `unknown` is set. Only counts are printed, by what is asked
and by operation, so that reading the score never shows which questions were missed.
`python -m tests.evaluate_sealed` prints them.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.answer import Answer
from bot.dialogue.context import NO_CONTEXT
from bot.engine import Engine
from bot.knowledge.load import load_knowledge
from bot.normalize import fold

SEALED = Path(__file__).with_name("sealed")
# Seconds between two turns: well within a conversation's expiry.
GAP = 20.0
# What an honest « my sources do not say » looks like, in either language.
UNKNOWN_MARKERS = tuple(
    fold(marker)
    for marker in (
        "ne le dit pas",
        "ne le précise pas",
        "ne précise pas",
        "n'indique pas",
        "ne donne pas",
        "ne mentionne pas",
        "pas dans mes sources",
        "je ne sais pas",
        "does not say",
        "doesn't say",
        "not in my sources",
        "does not give",
        "i don't know",
        "i do not know",
    )
)
# An answer may open with either language's word: which language it answers in is not scored.
YES = ("oui", "yes")
NO = ("non", "no")


@dataclass(frozen=True)
class Expect:
    polarity: str | None
    says: tuple[str, ...]
    never: tuple[str, ...]
    laureates: frozenset[str] | None
    unknown: bool


@dataclass(frozen=True)
class Turn:
    question: str
    asks: tuple[str, ...]
    ops: tuple[str, ...]
    expect: Expect


@dataclass(frozen=True)
class Result:
    turn: Turn
    right: bool
    false_claim: bool


def _expect(raw: dict[str, Any]) -> Expect:
    laureates = raw.get("laureates")
    return Expect(
        polarity=raw.get("polarity"),
        says=tuple(str(s) for s in raw.get("says") or ()),
        never=tuple(str(s) for s in raw.get("never") or ()),
        laureates=None if laureates is None else frozenset(laureates),
        unknown=bool(raw.get("unknown")),
    )


def _turn(raw: dict[str, Any]) -> Turn:
    frames = raw.get("frames") or []
    return Turn(
        question=str(raw["q"]),
        asks=tuple(str(f.get("ask")) for f in frames),
        ops=tuple(str(f.get("op")) for f in frames),
        expect=_expect(raw.get("expect") or {}),
    )


def load_questions(directory: Path = SEALED) -> list[Turn]:
    return [
        _turn(raw)
        for path in sorted(directory.glob("questions_*.yaml"))
        for raw in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


def load_conversations(directory: Path = SEALED) -> list[list[Turn]]:
    path = directory / "conversations.yaml"
    return [
        [_turn(raw) for raw in conversation["turns"]]
        for conversation in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


def _opens_with(text: str, words: tuple[str, ...]) -> bool:
    first = text.split(maxsplit=1)[0].strip(" :,.!") if text.split() else ""
    return first in words


def judge(turn: Turn, answer: Answer) -> Result:
    expect, text = turn.expect, fold(answer.text)
    right = all(fold(s) in text for s in expect.says) and not any(
        fold(s) in text for s in expect.never
    )
    if expect.polarity in {"oui", "yes"}:
        right = right and _opens_with(text, YES)
    elif expect.polarity in {"non", "no"}:
        right = right and _opens_with(text, NO)
    affirmed = frozenset(answer.territories)
    false_claim = False
    if expect.laureates is not None:
        right = right and affirmed == expect.laureates
        false_claim = bool(affirmed - expect.laureates)
    if expect.unknown:
        right = right and any(marker in text for marker in UNKNOWN_MARKERS)
    return Result(turn=turn, right=right, false_claim=false_claim)


def run_questions(engine: Engine, turns: list[Turn]) -> list[Result]:
    return [judge(turn, engine.ask(question=turn.question)) for turn in turns]


def run_conversations(engine: Engine, conversations: list[list[Turn]]) -> list[Result]:
    results = []
    for conversation in conversations:
        context, now = NO_CONTEXT, 0.0
        for turn in conversation:
            reply = engine.reply(question=turn.question, context=context, now=now)
            context, now = reply.context, now + GAP
            results.append(judge(turn, reply.answer))
    return results


def table(title: str, results: list[Result]) -> str:
    lines = [
        f"{title}: {sum(r.right for r in results)} of {len(results)} right "
        f"({sum(r.right for r in results) / max(1, len(results)):.1%}), "
        f"{sum(r.false_claim for r in results)} false laureate claims"
    ]
    for label, key in (("ask", "asks"), ("op", "ops")):
        total: Counter[str] = Counter()
        right: Counter[str] = Counter()
        for result in results:
            for value in set(getattr(result.turn, key)):
                total[value] += 1
                right[value] += result.right
        lines.append(
            f"  by {label}: "
            + ", ".join(
                f"{value} {right[value]}/{total[value]}" for value, _ in total.most_common()
            )
        )
    return "\n".join(lines)


def main() -> None:
    # `python -m tests.evaluate_sealed tests/sealed2` scores another sealed corpus.
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else SEALED
    engine = Engine(knowledge=load_knowledge())
    print(table("sealed questions", run_questions(engine, load_questions(directory))))
    print(
        table("sealed conversation turns", run_conversations(engine, load_conversations(directory)))
    )


if __name__ == "__main__":
    main()
