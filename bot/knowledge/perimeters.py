"""The 183 laureate territories of 2023-2027 and their members, from ANCT's open data
(see scripts/build_perimeters.py), joined to Etalab's communes: who is in which territory."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from bot.knowledge.places import Commune, Places
from bot.normalize import fold

PERIMETERS_FILE = "perimeters.json"
FORMAT = 1
DATE = "2024-07-04"
ATTRIBUTION = "ANCT – Programme Territoires d'industrie"
LICENCE = "Licence Ouverte 2.0"
# The first line of the file holds its header; territory i is on line i + 2.
_FIRST_TERRITORY_LINE = 2

MemberKind = Literal["epci", "commune", "ept"]

# « combien de communes dans Nord Lozère ? », « quelles intercommunalités… »: the members.
_MEMBERS = re.compile(
    r"\b(?:combien de communes|nombre de communes|intercommunalites|epci|groupements"
    r"|membres|how many (?:towns|communes)|which intercommunalit\w*)\b"
)


def asks_members(*, folded: str) -> bool:
    """Whether a question about a territory asks what it is made of."""
    return bool(_MEMBERS.search(folded))


@dataclass(frozen=True)
class Member:
    """A groupement ANCT lists in a territory: an intercommunality, a commune, or an EPT."""

    siren: str
    name: str
    kind: MemberKind

    @property
    def insee(self) -> str:
        """A commune's SIREN is 21, its INSEE code, then two digits."""
        return self.siren[2:7]


@dataclass(frozen=True)
class NationalTerritory:
    id: str
    name: str
    region: str  # the region code ANCT files the territory under
    members: tuple[Member, ...]
    line: int  # where it stands in perimeters.json, for `check`


@dataclass(frozen=True)
class Perimeters:
    date: str
    territories: dict[str, NationalTerritory]

    @property
    def attribution(self) -> str:
        return f"{ATTRIBUTION}, données du 4 juillet 2024 ({LICENCE})"

    def overseas(self) -> tuple[NationalTerritory, ...]:
        """The territories of the overseas regions (codes 01 to 06), which France's map leaves out."""
        return tuple(
            sorted(
                (n for n in self.territories.values() if n.region < "11"),
                key=lambda n: (n.region, n.id),
            )
        )


def load_perimeters(*, path: Path) -> Perimeters:
    """Reads the file scripts/build_perimeters.py writes; ValueError if it is not one."""
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT:
            raise ValueError(f"is not a perimeters file of format {FORMAT}; run `make perimeters`")
        territories = {
            ident: NationalTerritory(
                id=ident,
                name=name,
                region=region,
                members=tuple(Member(siren, member, kind) for siren, member, kind in members),
                line=index + _FIRST_TERRITORY_LINE,
            )
            for index, (ident, name, region, members) in enumerate(raw["territories"])
        }
        return Perimeters(date=raw["date"], territories=territories)
    except (OSError, json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError) as error:
        raise ValueError(f"cannot be read: {error}") from error


@dataclass(frozen=True)
class Coverage:
    """ANCT's members resolved to Etalab's communes, indexed both ways."""

    by_epci: dict[str, tuple[str, ...]]  # SIREN of an intercommunality → territory ids
    by_commune: dict[str, tuple[str, ...]]  # INSEE code of a member commune → territory ids
    communes: dict[str, tuple[str, ...]]  # territory id → INSEE codes of its communes
    epci_communes: dict[str, int]  # SIREN → number of communes (Etalab)
    by_department: dict[str, dict[str, int]]  # department → territory id → communes in it
    department_sizes: dict[str, int]  # department → number of communes
    # Regions where a territory has members Etalab does not describe (the Grand Paris's
    # EPT): there a commune outside every listed intercommunality cannot be ruled out.
    unresolved_regions: frozenset[str]

    def territories_of(self, commune: Commune) -> tuple[str, ...]:
        found = self.by_epci.get(commune.epci or "", ()) + self.by_commune.get(commune.code, ())
        return tuple(dict.fromkeys(found))


def cover(*, perimeters: Perimeters, places: Places) -> Coverage:
    by_epci: defaultdict[str, list[str]] = defaultdict(list)
    by_commune: defaultdict[str, list[str]] = defaultdict(list)
    unresolved: set[str] = set()
    for territory in perimeters.territories.values():
        for member in territory.members:
            if member.kind == "epci":
                by_epci[member.siren].append(territory.id)
            elif member.kind == "commune":
                by_commune[member.insee].append(territory.id)
            else:
                unresolved.add(territory.region)
    communes: defaultdict[str, list[str]] = defaultdict(list)
    epci_communes: defaultdict[str, int] = defaultdict(int)
    by_department: defaultdict[str, defaultdict[str, int]] = defaultdict(lambda: defaultdict(int))
    sizes: defaultdict[str, int] = defaultdict(int)
    for commune in places.communes_by_code.values():
        sizes[commune.department] += 1
        if commune.epci is not None:
            epci_communes[commune.epci] += 1
        for ident in dict.fromkeys(
            by_epci.get(commune.epci or "", []) + by_commune.get(commune.code, [])
        ):
            communes[ident].append(commune.code)
            by_department[commune.department][ident] += 1
    return Coverage(
        by_epci={siren: tuple(ids) for siren, ids in by_epci.items()},
        by_commune={code: tuple(ids) for code, ids in by_commune.items()},
        communes={ident: tuple(codes) for ident, codes in communes.items()},
        epci_communes=dict(epci_communes),
        by_department={code: dict(counts) for code, counts in by_department.items()},
        department_sizes=dict(sizes),
        unresolved_regions=frozenset(unresolved),
    )


@dataclass(frozen=True)
class RegionTerritories:
    """ANCT's territories that reach into a region, in the order its map numbers them, and
    which of them span several regions (ANCT files each under one only)."""

    territories: tuple[NationalTerritory, ...]
    spanning: frozenset[str]


def in_region(
    *,
    perimeters: Perimeters,
    coverage: Coverage | None,
    department_regions: Mapping[str, str],
    region: str,
) -> RegionTerritories:
    reach: defaultdict[str, set[str]] = defaultdict(set)
    for department, counts in coverage.by_department.items() if coverage else ():
        if department in department_regions:
            for ident in counts:
                reach[ident].add(department_regions[department])
    found = sorted(
        (
            n
            for n in perimeters.territories.values()
            if n.region == region or region in reach.get(n.id, ())
        ),
        key=lambda n: (fold(n.name), n.id),
    )
    spanning = frozenset(n.id for n in found if len(reach.get(n.id, set()) | {n.region}) > 1)
    return RegionTerritories(territories=tuple(found), spanning=spanning)
