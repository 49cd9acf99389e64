"""What `check` reports, without failing, about the perimeters: communes per laureate."""

from __future__ import annotations

from collections import Counter

from bot.knowledge.load import Knowledge


def perimeter_summary(*, knowledge: Knowledge) -> list[str]:
    """One line per laureate: its ANCT territory, members and communes by department."""
    perimeters, coverage, places = knowledge.perimeters, knowledge.coverage, knowledge.places
    if perimeters is None or coverage is None or places is None:
        return []
    lines = [f"perimeters: {len(perimeters.territories)} territories ({perimeters.attribution})"]
    for territory in knowledge.territories:
        national = perimeters.territories[territory.anct_id]
        codes = coverage.communes.get(national.id, ())
        by_department = Counter(places.communes_by_code[code].department for code in codes)
        spread = ", ".join(f"{n} in {d}" for d, n in sorted(by_department.items()))
        lines.append(
            f"  {territory.name} = {national.id} « {national.name} »: "
            f"{len(national.members)} groupement(s), {len(codes)} communes ({spread})"
        )
    unresolved = [
        member
        for national in perimeters.territories.values()
        for member in national.members
        if member.kind == "ept"
    ]
    if unresolved:
        lines.append(
            f"  {len(unresolved)} members are EPT of the Grand Paris, which Etalab does not "
            "describe: their communes are not answered yes or no"
        )
    return lines
