"""Places named only to say where another is (« Murviel, à côté de Béziers »): not asked
of."""

from __future__ import annotations

import re

# « Murviel, à côté de Béziers », « near Toulouse »: a place named to say where another is.
_LANDMARK = re.compile(
    r"\b(?:a cotes? (?:de|d)|pres (?:de|d)|proche (?:de|d)|(?:pas|non) (?:tres |trop |si )?loin"
    r" (?:de|d)|voisine? (?:de|d)|aux portes (?:de|d)|autour (?:de|d)|a deux pas (?:de|d)"
    r"|collee?s? (?:a|au)|limitrophe (?:de|d)|aux abords (?:de|d)|a \d+ ?km (?:de|d)|near"
    # (« Saint-Brès, la commune de la métropole de Montpellier, … »)
    r"|(?:metropole|agglo|agglomeration|banlieue|peripherie|couronne) (?:de|d)"
    # (« … comme Mazamet ? », « même code postal que Rieumes », « à 10 minutes de Lourdes »:
    # a town the asker compares theirs with.)
    r"|comme|(?:le |la )?meme(?: code postal(?: \d{5})?)? que"
    r"|a \d+ (?:minutes?|min|mn|kilometres?) (?:de|d)"
    r"|next to|close to|not (?:very |too |so )?far from|a few (?:km|miles) from)"
    r"\s+(?P<article>(?:le|la|les|l|the)\s+)?"
)
# « Lodève, pas Agde », « Roquemaure (pas celle du Tarn) »: a place named to set it aside.
_SET_ASIDE = re.compile(
    r"\b(?:pas|not|ni|nor|rather than|plutot que|instead of|au lieu de)\s+"
    r"(?:(?:celle|celui|the one)\s+(?:de la|de l|du|des|de|d|in|from|near)\s+)?"
    r"(?:(?:a|de|d|le|la|les|l|the)\s+)?"
)


def landmark_starts(folded: str) -> set[int]:
    """Where, in the folded question, a place named as a landmark may begin (with its
    article or without)."""
    return {
        at for m in _LANDMARK.finditer(folded) for at in (m.end(), m.start("article")) if at >= 0
    }


def aside_starts(folded: str) -> set[int]:
    """Where a place named as a landmark, or set aside, may begin."""
    return {m.end() for m in _SET_ASIDE.finditer(folded)} | landmark_starts(folded)
