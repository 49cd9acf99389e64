"""One folding of text, applied alike to questions and to everything they are matched against."""

from __future__ import annotations

import functools
import re
import unicodedata

# Longer questions are cut: nobody asks about a territory in a novel, and the
# cut keeps every answer's cost bounded.
MAX_QUESTION_CHARS = 400

_LIGATURES = (("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE"), ("ß", "ss"))
_COMBINING = re.compile(r"[\u0300-\u036f]+")
_NON_WORD = re.compile(r"[^0-9a-z\n]+")

# Abbreviations people type, expanded word by word on both sides of a match.
_ABBREVIATIONS = {
    "st": "saint",
    "ste": "sainte",
    "sts": "saints",
    "stes": "saintes",
    "dept": "departement",
    "dpt": "departement",
    "dep": "departement",
    "depart": "departement",
    "depts": "departements",
    "dpts": "departements",
    "deps": "departements",
    "ti": "territoire d industrie",
}
_ABBREVIATION = re.compile(r"(?<= )(?:" + "|".join(_ABBREVIATIONS) + r")(?= )")


# « le + de lauréats »: « + » after an article is « plus » (between two requests, it adds one).
# « > 10000 hab », « <5000 »: an amount compared, in signs.
_MORE_THAN = re.compile(r"(?<![<>=\w])>=?\s*(?=\d)")
_LESS_THAN = re.compile(r"(?<![<>=\w])<=?\s*(?=\d)")
# « lAG », « lANCT »: an article typed without its apostrophe before an acronym.
_ELIDED = re.compile(r"\b([ld])(?=[A-Z]{2,}\b)")
_PLUS = re.compile(r"\b(le|la|les|au|the) \+(?= )", re.IGNORECASE)
# A question is cleaned and folded by several stages: each text is worked out once.
_KEPT = 4096


@functools.lru_cache(maxsize=_KEPT)
def clean(text: str) -> str:
    """Drops control and invisible characters and cuts the text to a sane length."""
    kept = "".join(
        " " if unicodedata.category(ch)[0] == "C" else ch for ch in text[: MAX_QUESTION_CHARS * 4]
    )
    spaced = " ".join(kept.split())[:MAX_QUESTION_CHARS]
    compared = _MORE_THAN.sub("plus de ", _LESS_THAN.sub("moins de ", spaced))
    return _ELIDED.sub("\\1'", _PLUS.sub(r"\1 plus", compared))


@functools.lru_cache(maxsize=_KEPT)
def fold(text: str) -> str:
    """Lower-case, accent-free words separated by single spaces: « L'Isle-sur-Tarn » → « l isle sur tarn »."""
    return fold_many([text])[0]


def fold_many(texts: list[str]) -> list[str]:
    """`fold` for many texts in one pass over their concatenation: tens of thousands of
    place names are folded at start-up, and per-name Python work would dominate it."""
    if not texts:
        return []
    joined = "\n".join(text.replace("\n", " ") for text in texts)
    for ligature, letters in _LIGATURES:
        joined = joined.replace(ligature, letters)
    bare = _COMBINING.sub("", unicodedata.normalize("NFKD", joined)).lower()
    spaced = _NON_WORD.sub(" ", bare).replace("\n", " \n ")
    expanded = _ABBREVIATION.sub(lambda match: _ABBREVIATIONS[match.group(0)], f" {spaced} ")
    return [" ".join(line.split()) for line in expanded.split("\n")]
