"""Runs the labelled question set; `make eval` prints accuracy by intent and every miss."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.answer import Answer
from bot.engine import Engine
from bot.knowledge import load_knowledge

QUESTIONS = Path(__file__).with_name("questions.yaml")


@dataclass(frozen=True)
class Case:
    question: str
    intent: str
    territories: frozenset[str]


@dataclass(frozen=True)
class Miss:
    case: Case
    answer: Answer

    def __str__(self) -> str:
        got = sorted(self.answer.territories)
        return (
            f"{self.case.question!r}: expected {self.case.intent} {sorted(self.case.territories)}, "
            f"got {self.answer.intent} {got}"
        )


def load_cases(path: Path = QUESTIONS) -> list[Case]:
    groups = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Case(
            question=question,
            intent=group["expect"]["intent"],
            territories=frozenset(group["expect"].get("territories", ())),
        )
        for group in groups
        for question in group["questions"]
    ]


def run(engine: Engine, cases: list[Case]) -> list[Miss]:
    misses = []
    for case in cases:
        answer = engine.ask(question=case.question)
        if str(answer.intent) != case.intent or frozenset(answer.territories) != case.territories:
            misses.append(Miss(case=case, answer=answer))
    return misses


def main() -> None:
    engine = Engine(knowledge=load_knowledge())
    cases = load_cases()
    misses = run(engine, cases)
    total, missed = Counter(c.intent for c in cases), Counter(m.case.intent for m in misses)
    print(f"{'intent':<14}{'right':>7}{'total':>7}{'accuracy':>10}")
    for intent in sorted(total):
        right = total[intent] - missed[intent]
        print(f"{intent:<14}{right:>7}{total[intent]:>7}{right / total[intent]:>10.1%}")
    right = len(cases) - len(misses)
    print(f"{'all':<14}{right:>7}{len(cases):>7}{right / len(cases):>10.1%}")
    false_claims = [m for m in misses if m.answer.territories and not m.case.territories]
    print(f"false laureate claims: {len(false_claims)}")
    for miss in misses:
        print(f"  miss: {miss}")


if __name__ == "__main__":
    main()
