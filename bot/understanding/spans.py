"""Where words stand in a question's text, and what masking a name there leaves: the
small text helpers of the linker."""

from __future__ import annotations

import re

from bot.normalize import fold

# What names an intercommunality before its name (folded, with its article).
GROUPING_KINDS = tuple(
    f"{kind} {article} "
    for kind in ("ca", "cc", "cu", "agglo", "agglomeration", "communes", "metropole")
    for article in ("du", "de", "des", "de la", "d")
)


def of_a_grouping(match: re.Match[str]) -> bool:
    """Whether a territory's name follows a word naming an intercommunality."""
    return match.string[: match.start()].endswith(GROUPING_KINDS)


def masked_territory(match: re.Match[str]) -> str:
    return match.group(0) if of_a_grouping(match) else " _territory_ "


def word_at(folded: str, words: str) -> int:
    """Where words stand as whole words in a folded text (-1 when they do not)."""
    at = folded.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not folded[at - 1].isalnum()) and (
            end == len(folded) or not folded[end].isalnum()
        ):
            return at
        at = folded.find(words, at + 1)
    return -1


def masked_name(match: re.Match[str]) -> str:
    """The cue kept, the name masked: « ti vaucluse » → « ti _territory_ »."""
    whole, start, end = (
        match.group(0),
        match.start(1) - match.start(0),
        match.end(1) - match.start(0),
    )
    return f"{whole[:start]} _territory_ {whole[end:]}"


def spaced(number: str) -> str:
    """« 0534453831 » → « 05 34 45 38 31 », as the knowledge writes numbers."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return " ".join(digits[i : i + 2] for i in range(0, 10, 2))


def capitalised(text: str, words: str) -> bool:
    """Whether a word is written with a capital inside the text, not as its first word."""
    if " " in words:
        return False
    return any(
        token[:1].isupper() and fold(token) == words for token in re.findall(r"[\w'-]+", text)[1:]
    )
