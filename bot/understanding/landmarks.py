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
    r"|comme|(?:le )?meme code postal(?: \d{5})? que|a \d+ (?:minutes?|min|mn|kilometres?) (?:de|d)"
    r"|next to|close to|not (?:very |too |so )?far from|a few (?:km|miles) from)"
    r"\s+(?P<article>(?:le|la|les|l|the)\s+)?"
)


def landmark_starts(folded: str) -> set[int]:
    """Where, in the folded question, a place named as a landmark may begin (with its
    article or without)."""
    return {
        at for m in _LANDMARK.finditer(folded) for at in (m.end(), m.start("article")) if at >= 0
    }
