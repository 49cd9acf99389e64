"""Groups the logged questions by similarity: what to add to the knowledge, most asked first."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.normalize import fold_many
from bot.questions.log import LoggedQuestion

# Two folded questions at least this similar (word order ignored) are one group.
SIMILAR = 80.0
# A question is compared only with groups that share one of its words (of 3 letters or more),
# and for each word with the latest CANDIDATES_PER_WORD groups holding it: a word found in
# more groups than that (« est », « quel ») says little, and comparing with every group
# made the grouping quadratic.
CANDIDATES_PER_WORD = 24
_SHORT = 3


@dataclass(frozen=True)
class Group:
    example: str
    count: int
    first: dt.datetime
    last: dt.datetime
    questions: tuple[str, ...]


def group_questions(*, questions: list[LoggedQuestion]) -> list[Group]:
    """Near-linear: identical folded texts are merged first, then compared by shared words."""
    if not questions:
        return []
    same_text: dict[str, list[LoggedQuestion]] = {}
    for question, folded in zip(questions, fold_many([q.question for q in questions]), strict=True):
        same_text.setdefault(folded, []).append(question)
    keys: list[str] = []
    clusters: list[list[LoggedQuestion]] = []
    holding: dict[str, list[int]] = {}  # word → the groups whose key has it, oldest first
    for folded, members in same_text.items():
        words = {w for w in folded.split() if len(w) >= _SHORT} or set(folded.split())
        rare = [w for w in words if len(holding.get(w, ())) <= CANDIDATES_PER_WORD]
        candidates = sorted(
            {c for w in rare or words for c in holding.get(w, ())[-CANDIDATES_PER_WORD:]}
        )
        best = process.extractOne(
            folded,
            [keys[c] for c in candidates],
            scorer=fuzz.token_sort_ratio,
            processor=None,
            score_cutoff=SIMILAR,
        )
        if best is not None:
            clusters[candidates[best[2]]].extend(members)
            continue
        for word in words:
            holding.setdefault(word, []).append(len(keys))
        keys.append(folded)
        clusters.append(members)
    groups = [
        Group(
            example=members[0].question,
            count=len(members),
            first=min(m.asked_at for m in members),
            last=max(m.asked_at for m in members),
            questions=tuple(dict.fromkeys(m.question for m in members)),
        )
        for members in clusters
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
