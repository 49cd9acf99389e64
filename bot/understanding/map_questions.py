"""What a map question may name besides the places the matcher knows: one of ANCT's 183
territories (« carte du territoire Finistère », « carte de Pays de Vannes »), or France."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.knowledge.perimeters import Perimeters
from bot.normalize import fold

_FRANCE = re.compile(r"\b(?:france|nationale?|national|nationwide|183)\b")
# « territoire (d'industrie) (du|de la…) X »: the territory X, even when X is a department.
_TERRITORY = r"(?P<said>\bterritoire (?:d industrie )?(?:du |de la |de l |des |de |d )?)?"


class MapNames:
    """ANCT's territories by their folded names, the longest first."""

    def __init__(self, perimeters: Perimeters | None) -> None:
        names: dict[str, str] = {}
        for ident, national in sorted((perimeters.territories if perimeters else {}).items()):
            names.setdefault(fold(national.name), ident)
        self._ids = names
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        self._names = re.compile(_TERRITORY + rf"\b(?P<name>{alternatives})\b") if names else None

    def territory(self, folded: str, *, place_words: Iterable[str]) -> str | None:
        """The id of the territory named; a name that is also a place's (« Finistère »,
        « Lisieux ») stands for the place unless « territoire » comes before it."""
        if self._names is None:
            return None
        places = set(place_words)
        for found in self._names.finditer(folded):
            if found["said"] or found["name"] not in places:
                return self._ids[found["name"]]
        return None

    def france(self, folded: str) -> bool:
        return bool(_FRANCE.search(folded))
