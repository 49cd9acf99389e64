"""French or English: French unless the question is plainly English."""

from __future__ import annotations

from typing import Literal

Language = Literal["fr", "en"]


def detect(*, words: list[str], english: frozenset[str], french: frozenset[str]) -> Language:
    """`english` and `french`: words typical of each (knowledge/language.yaml)."""
    in_english = sum(word in english for word in words)
    in_french = sum(word in french for word in words)
    return "en" if in_english > in_french else "fr"
