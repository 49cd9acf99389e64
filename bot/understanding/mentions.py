"""What the matcher finds in a question: the names it claims, and those it only suspects."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal[
    "territory", "department", "region", "commune", "epci", "person", "organisation", "quote"
]


@dataclass(frozen=True)
class Mention:
    """A name the question contains, and what it stands for."""

    kind: Kind
    id: str  # territory id, department or region code, INSEE code, person id…
    words: str  # the folded words matched
    exact: bool
    # Other communes the same words can mean (homonyms, shared postal codes), best first.
    alternatives: tuple[str, ...] = ()
    via_postal_code: bool = False
    # The first words of a commune's name (« Font-Romeu »), not the name itself.
    short_form: bool = False


@dataclass(frozen=True)
class Candidate:
    """A name the question may mean, not close enough to be claimed."""

    kind: Kind
    id: str
    words: str
    # The question's own words it was found near (« saint chapte »), when they differ.
    typed: str = ""


@dataclass(frozen=True)
class Extraction:
    mentions: tuple[Mention, ...]
    candidates: tuple[Candidate, ...]

    def of_kind(self, *kinds: Kind) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.kind in kinds)
