"""Places listed together in a question: « Sète et Agde sont-elles dans un TI ? » asks of
two towns, though Sète's name is a laureate's too."""

from __future__ import annotations

import re

from bot.understanding.frame import subject_kind

# « Sète et Agde », « Figeac, Mende et Rodez »: a town listed beside another is a town, even
# when its name is a laureate's too; « Alès et Castres », when every laureate is so named.
_LISTED = re.compile(
    r"_commune_ (?:(?:et|ou|and|or) )?_laureate_|_laureate_ (?:(?:et|ou|and|or) )?_commune_"
)
_LISTED_LAUREATES = re.compile(r"_laureate_ (?:(?:et|ou|and|or) )?_laureate_")


def listed_towns(
    *, masked: str, subjects: tuple[str, ...], towns: list[tuple[str, str]]
) -> frozenset[str]:
    """The laureates named by a town's name and listed beside a town (« Sète et Agde »), or
    beside other laureates so named (« Alès et Castres »)."""
    named = {s for s, _ in towns}
    if not named:
        return frozenset()
    laureates = {s for s in subjects if subject_kind(s) == "laureate"}
    if _LISTED.search(masked) or (_LISTED_LAUREATES.search(masked) and laureates <= named):
        return frozenset(laureates & named)
    return frozenset()
