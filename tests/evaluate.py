"""Runs a labelled question set; `make eval` prints accuracy by intent, the confusion
between intents and every miss (`python -m tests.evaluate FILE` for another set)."""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.answer import Answer
from bot.engine import Engine
from bot.knowledge.load import load_knowledge

QUESTIONS = Path(__file__).with_name("questions.yaml")
# Written by someone who never saw the code, the knowledge or the first set.
HELDOUT = Path(__file__).with_name("heldout_topics.yaml")


@dataclass(frozen=True)
class Case:
    question: str
    intent: str
    territories: frozenset[str]
    # Every part's intent, in order, for a question asking several things.
    intents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Miss:
    case: Case
    answer: Answer

    def __str__(self) -> str:
        got = sorted(self.answer.territories)
        expected = "+".join(self.case.intents) or self.case.intent
        answered = "+".join(self.answer.intents) or str(self.answer.intent)
        return (
            f"{self.case.question!r}: expected {expected} {sorted(self.case.territories)}, "
            f"got {answered} {got}"
        )


def load_cases(path: Path = QUESTIONS) -> list[Case]:
    """Groups of questions sharing one `expect`, or questions each with its own labels."""
    cases = []
    for group in yaml.safe_load(path.read_text(encoding="utf-8")):
        expect = group.get("expect", group)
        intents = tuple(expect.get("intents", ()))
        intent = expect.get("intent") or intents[0]
        questions = group["questions"] if "questions" in group else [group["q"]]
        cases += [
            Case(
                question=question,
                intent=intent,
                territories=frozenset(expect.get("territories", ())),
                intents=intents if len(intents) > 1 else (),
            )
            for question in questions
        ]
    return cases


def answered_right(case: Case, answer: Answer) -> bool:
    if str(answer.intent) != case.intent or frozenset(answer.territories) != case.territories:
        return False
    return not case.intents or tuple(answer.intents) == case.intents


def run(engine: Engine, cases: list[Case]) -> list[Miss]:
    misses = []
    for case in cases:
        answer = engine.ask(question=case.question)
        if not answered_right(case, answer):
            misses.append(Miss(case=case, answer=answer))
    return misses


def report(cases: list[Case], misses: list[Miss]) -> str:
    total, missed = Counter(c.intent for c in cases), Counter(m.case.intent for m in misses)
    lines = [f"{'intent':<22}{'right':>7}{'total':>7}{'accuracy':>10}"]
    for intent in sorted(total):
        right = total[intent] - missed[intent]
        lines.append(f"{intent:<22}{right:>7}{total[intent]:>7}{right / total[intent]:>10.1%}")
    right = len(cases) - len(misses)
    lines.append(f"{'all':<22}{right:>7}{len(cases):>7}{right / len(cases):>10.1%}")
    false_claims = [m for m in misses if m.answer.territories and not m.case.territories]
    lines.append(f"false laureate claims: {len(false_claims)}")
    confusion = Counter((m.case.intent, str(m.answer.intent)) for m in misses)
    lines.append("confusion (expected → answered: count):")
    lines += [f"  {e} → {g}: {n}" for (e, g), n in confusion.most_common()]
    lines += [f"  miss: {miss}" for miss in misses]
    return "\n".join(lines)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else QUESTIONS
    engine = Engine(knowledge=load_knowledge())
    cases = load_cases(path)
    print(report(cases, run(engine, cases)))


if __name__ == "__main__":
    main()
