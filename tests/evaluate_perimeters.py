"""Runs the perimeter question set (tests/perimeter_questions.yaml, generated from the data
by scripts/make_perimeter_questions.py); `make eval` prints its accuracy and every miss."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.answer import Answer
from bot.engine import Engine
from bot.knowledge.load import load_knowledge

QUESTIONS = Path(__file__).with_name("perimeter_questions.yaml")


@dataclass(frozen=True)
class Case:
    group: str
    question: str
    intent: str
    territories: frozenset[str]
    national: frozenset[str]


@dataclass(frozen=True)
class Miss:
    case: Case
    answer: Answer

    @property
    def false_claim(self) -> bool:
        """The answer places its subject in a territory the data does not."""
        return bool(
            set(self.answer.territories) - self.case.territories
            or set(self.answer.national_territories) - self.case.national
        )

    def __str__(self) -> str:
        return (
            f"[{self.case.group}] {self.case.question!r}: expected {self.case.intent} "
            f"{sorted(self.case.territories)} {sorted(self.case.national)}, got "
            f"{self.answer.intent} {sorted(self.answer.territories)} "
            f"{sorted(self.answer.national_territories)}"
        )


def load_cases(path: Path = QUESTIONS) -> list[Case]:
    return [
        Case(
            group=item["group"],
            question=item["question"],
            intent=item["intent"],
            territories=frozenset(item["territories"]),
            national=frozenset(item["national"]),
        )
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))
    ]


def run(engine: Engine, cases: list[Case]) -> list[Miss]:
    misses = []
    for case in cases:
        answer = engine.ask(question=case.question)
        if (
            str(answer.intent) != case.intent
            or frozenset(answer.territories) != case.territories
            or frozenset(answer.national_territories) != case.national
        ):
            misses.append(Miss(case=case, answer=answer))
    return misses


def main() -> None:
    cases = load_cases()
    misses = run(Engine(knowledge=load_knowledge()), cases)
    total, missed = Counter(c.group for c in cases), Counter(m.case.group for m in misses)
    print(f"{'perimeter questions':<48}{'right':>7}{'total':>7}{'accuracy':>10}")
    for group in sorted(total):
        right = total[group] - missed[group]
        print(f"{group:<48}{right:>7}{total[group]:>7}{right / total[group]:>10.1%}")
    right = len(cases) - len(misses)
    print(f"{'all':<48}{right:>7}{len(cases):>7}{right / len(cases):>10.1%}")
    print(f"false claims: {sum(m.false_claim for m in misses)}")
    for miss in misses:
        print(f"  miss: {miss}")


if __name__ == "__main__":
    main()
