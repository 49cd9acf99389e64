"""Towns named for their intercommunality: « l'agglo de Sète », « la CC de Figeac », « Rodez's
intercommunality » ask of the grouping the town is in, not of the town."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.knowledge.places import Places
from bot.understanding.frame import subject_id, subject_kind

# « l'agglo de », « la communauté de communes du », « the metropolitan area of ».
_BEFORE = re.compile(
    r"\b(?:intercos?|intercommunalites?|agglos?|agglomerations?|communautes? de communes"
    r"|communautes? d agglomeration|communautes? urbaines?|cc|ca|cu|epci|metropoles?"
    r"|intercommunalit(?:y|ies)|community of communes|urban community|metropolitan area)"
    r" (?:de|d|du|des|of)(?: la| le| les| l| the)? $"
)
# « Sète's agglomeration », folded « sete s agglomeration ».
_AFTER = re.compile(r"^ s (?:intercommunalit\w+|agglo\w*|metropol\w*|urban area|community)\b")


def grouped(
    folded: str,
    named: Iterable[tuple[str, str]],
    *,
    towns: Iterable[tuple[str, str]],
    places: Places | None,
) -> dict[str, str]:
    """The subjects named for their intercommunality, by the words naming them (and the
    laureates named by a town's name, by `towns`), and that intercommunality's subject
    (« epci:200066355 »)."""
    found: dict[str, str] = {}
    if places is None:
        return found
    town_of = dict(towns)
    for words, subject in named:
        at = folded.find(words)
        town = subject if subject_kind(subject) == "commune" else town_of.get(subject)
        commune = None if town is None else places.communes_by_code.get(subject_id(town))
        if at < 0 or commune is None or not commune.epci:
            continue
        if _BEFORE.search(folded[:at]) or _AFTER.match(folded[at + len(words) :]):
            found[subject] = f"epci:{commune.epci}"
    return found
