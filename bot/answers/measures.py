"""What can be computed of any territory from the open data: its members, communes,
population, departments and regions (ANCT's perimeters resolved to Etalab's communes)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bot.knowledge.load import Knowledge

# Attributes with a number per territory, so that territories can be ranked by them.
METRICS = frozenset(["members", "communes", "population", "departments"])


@dataclass(frozen=True)
class Measure:
    anct_id: str
    name: str
    members: tuple[str, ...]
    # Each member's communes, in the same order (none for a body Etalab gives none of).
    member_communes: tuple[int, ...]
    communes: int
    population: int
    # Departments its communes lie in, by commune count (largest first).
    department_codes: tuple[str, ...]
    region_codes: tuple[str, ...]

    def metric(self, attribute: str) -> int:
        match attribute:
            case "members":
                return len(self.members)
            case "communes":
                return self.communes
            case "population":
                return self.population
        return len(self.department_codes)


def measure_all(knowledge: Knowledge) -> dict[str, Measure]:
    """Every one of ANCT's territories, by its id; empty without the open data."""
    perimeters, coverage, places = knowledge.perimeters, knowledge.coverage, knowledge.places
    if perimeters is None or coverage is None or places is None:
        return {}
    found = {}
    for territory in perimeters.territories.values():
        codes = coverage.communes.get(territory.id, ())
        communes = [places.communes_by_code[c] for c in codes if c in places.communes_by_code]
        departments = Counter(c.department for c in communes)
        # (A member is an intercommunality by its SIREN, or a single commune by its code.)
        held = Counter(c.epci for c in communes) + Counter(c.code for c in communes)
        regions = Counter(c.region for c in communes)
        found[territory.id] = Measure(
            anct_id=territory.id,
            name=territory.name,
            members=tuple(m.name for m in territory.members),
            member_communes=tuple(
                held[m.siren] if m.kind == "epci" else held[m.insee] if m.kind == "commune" else 0
                for m in territory.members
            ),
            communes=len(communes),
            population=sum(c.population for c in communes),
            department_codes=tuple(code for code, _ in departments.most_common()),
            region_codes=tuple(code for code, _ in regions.most_common()) or (territory.region,),
        )
    return found
