"""French or English: French unless the question is plainly English."""

from __future__ import annotations

from typing import Literal

Language = Literal["fr", "en"]


def detect(*, words: list[str], english: frozenset[str], french: frozenset[str]) -> Language:
    """`english` and `french`: words typical of each (knowledge/language.yaml)."""
    return leaning(words=words, english=english, french=french) or "fr"


def leaning(
    *, words: list[str], english: frozenset[str], french: frozenset[str]
) -> Language | None:
    """The language the words lean to; None when they do not (« Source? », « Alès ? »)."""
    in_english = sum(word in english for word in words)
    in_french = sum(word in french for word in words)
    return None if in_english == in_french else "en" if in_english > in_french else "fr"
