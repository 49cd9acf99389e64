"""Groups the logged questions by similarity: what to add to the knowledge, most asked first."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from rapidfuzz import fuzz

from bot.normalize import fold
from bot.questionlog import LoggedQuestion

# Two folded questions at least this similar (word order ignored) are one group.
SIMILAR = 80.0


@dataclass(frozen=True)
class Group:
    example: str
    count: int
    first: dt.datetime
    last: dt.datetime
    questions: tuple[str, ...]


def group_questions(*, questions: list[LoggedQuestion]) -> list[Group]:
    clusters: list[tuple[str, list[LoggedQuestion]]] = []
    for question in questions:
        folded = fold(question.question)
        for key, members in clusters:
            if fuzz.token_sort_ratio(folded, key, processor=None) >= SIMILAR:
                members.append(question)
                break
        else:
            clusters.append((folded, [question]))
    groups = [
        Group(
            example=members[0].question,
            count=len(members),
            first=min(m.asked_at for m in members),
            last=max(m.asked_at for m in members),
            questions=tuple(dict.fromkeys(m.question for m in members)),
        )
        for _, members in clusters
    ]
    return sorted(groups, key=lambda g: (-g.count, -g.last.timestamp()))


def as_text(groups: list[Group]) -> str:
    if not groups:
        return "No unanswered question in this period."
    lines = []
    for group in groups:
        span = (
            f"{group.first:%Y-%m-%d}"
            if group.first.date() == group.last.date()
            else f"{group.first:%Y-%m-%d} → {group.last:%Y-%m-%d}"
        )
        lines.append(f"{group.count:>4} × {group.example}   ({span})")
        lines.extend(f"         also: {other}" for other in group.questions[1:4])
    return "\n".join(lines)


def as_csv(groups: list[Group]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["count", "example", "first", "last", "variants"])
    for group in groups:
        writer.writerow(
            [
                group.count,
                group.example,
                group.first.isoformat(),
                group.last.isoformat(),
                " | ".join(group.questions),
            ]
        )
    return out.getvalue()
