"""Every commune, department and region of France, from Etalab's open data (see scripts/build_places.py)."""

from __future__ import annotations

import gc
import gzip
import json
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

from bot.normalize import fold_many

PLACES_FILE = "places.json.gz"
FORMAT = 1


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    liaison: int  # INSEE's « type de nom en clair »: which article the name takes


@dataclass(frozen=True)
class PlaceDepartment:
    code: str
    name: str
    region: str
    liaison: int


class Commune(NamedTuple):
    """A NamedTuple rather than a frozen dataclass: 37 000 are built at start-up, several times faster."""

    code: str
    name: str
    department: str
    region: str
    population: int
    postal_codes: tuple[str, ...]
    epci: str | None
    # For a former commune merged into another (commune déléguée or associée):
    # the INSEE code of the commune it now belongs to.
    part_of: str | None = None


@dataclass(frozen=True)
class Places:
    version: str
    regions: dict[str, Region]
    departments: dict[str, PlaceDepartment]
    communes_by_code: dict[str, Commune]
    former_by_code: dict[str, Commune]
    communes_by_name: dict[str, tuple[Commune, ...]]
    communes_by_postal_code: dict[str, tuple[Commune, ...]]
    epci_names: dict[str, str]
    common_words: frozenset[str]

    @cached_property
    def by_department(self) -> dict[str, tuple[Commune, ...]]:
        """The current communes of each department: built once, when first asked for."""
        return self._grouped(lambda commune: commune.department)

    @cached_property
    def by_region(self) -> dict[str, tuple[Commune, ...]]:
        """The current communes of each region."""
        return self._grouped(lambda commune: commune.region)

    @cached_property
    def by_epci(self) -> dict[str, tuple[Commune, ...]]:
        """The current communes of each intercommunality, by SIREN."""
        return self._grouped(lambda commune: commune.epci or "")

    def _grouped(self, key: Callable[[Commune], str]) -> dict[str, tuple[Commune, ...]]:
        found: defaultdict[str, list[Commune]] = defaultdict(list)
        for commune in self.communes_by_code.values():
            found[key(commune)].append(commune)
        return {code: tuple(communes) for code, communes in found.items()}

    @cached_property
    def epci_departments(self) -> dict[str, frozenset[str]]:
        """The departments each intercommunality's communes lie in."""
        found: defaultdict[str, set[str]] = defaultdict(set)
        for commune in self.communes_by_code.values():
            if commune.epci is not None:
                found[commune.epci].add(commune.department)
        return {siren: frozenset(codes) for siren, codes in found.items()}

    def find(self, code: str) -> Commune | None:
        """A commune by INSEE code, current or former."""
        return self.communes_by_code.get(code) or self.former_by_code.get(code)

    def current(self, commune: Commune) -> Commune:
        """The commune as it exists today (itself, or the one it was merged into)."""
        if commune.part_of is None:
            return commune
        return self.communes_by_code.get(commune.part_of, commune)


def load_places(*, path: Path) -> Places:
    """Reads the compact file written by scripts/build_places.py; ValueError if it is not one.

    The last file read is kept while it is unchanged: a knowledge reload (the YAML edited)
    then reuses its tens of thousands of objects instead of building them again, which
    left the process larger after each reload."""
    global _last  # noqa: PLW0603 - one entry, replaced whole
    key = _file_key(path)
    if _last is not None and _last[0] == key:
        return _last[1]
    # Tens of thousands of small objects: the cyclic collector would only slow their creation.
    gc.disable()
    try:
        places = _read(path=path)
    finally:
        gc.enable()
    _last = (key, places)
    return places


def keep_places(*, path: Path, places: Places) -> None:
    """Makes `places` the last file read, as if load_places had just read `path`: what a
    snapshot of that very file holds (bot.snapshot) is not built again."""
    global _last  # noqa: PLW0603 - one entry, replaced whole
    _last = (_file_key(path), places)


def _file_key(path: Path) -> tuple[str, int, int]:
    try:
        stat = path.stat()
    except OSError as error:
        raise ValueError(f"cannot be read: {error}") from error
    return (str(path.resolve()), stat.st_mtime_ns, stat.st_size)


_last: tuple[tuple[str, int, int], Places] | None = None


def _read(*, path: Path) -> Places:
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            raw: dict[str, Any] = json.load(stream)
    except (OSError, json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"cannot be read: {error}") from error
    if raw.get("format") != FORMAT:
        raise ValueError(f"is not a places file of format {FORMAT}; run `make places`")
    regions = {
        code: Region(code=code, name=name, liaison=liaison)
        for code, name, liaison in raw["regions"]
    }
    departments = {
        code: PlaceDepartment(code=code, name=name, region=region, liaison=liaison)
        for code, name, region, liaison in raw["departments"]
    }
    epci_names: dict[str, str] = dict(raw["epci"])
    by_code: dict[str, Commune] = {}
    former: dict[str, Commune] = {}
    by_name: defaultdict[str, list[Commune]] = defaultdict(list)
    by_postal_code: defaultdict[str, list[Commune]] = defaultdict(list)
    rows = raw["communes"]
    region_of = {code: department.region for code, department in departments.items()}
    # A department code, a SIREN or a postal code is one string however many communes
    # share it (JSON gives each its own copy): some 6 MB less, built or loaded from a snapshot.
    intern = sys.intern
    for row, folded in zip(rows, fold_many([row[1] for row in rows]), strict=True):
        code, name, department, population, postal_codes, epci, part_of = row
        commune = Commune(
            code,
            name,
            intern(department),
            region_of[department],
            population,
            tuple(map(intern, postal_codes)),
            None if epci is None else intern(epci),
            part_of,
        )
        if part_of is None:
            by_code[code] = commune
            for postal_code in commune.postal_codes:
                by_postal_code[postal_code].append(commune)
        else:
            former[code] = commune
        by_name[folded].append(commune)
    return Places(
        version=raw["version"],
        regions=regions,
        departments=departments,
        communes_by_code=by_code,
        former_by_code=former,
        communes_by_name={name: tuple(found) for name, found in by_name.items()},
        communes_by_postal_code={code: tuple(found) for code, found in by_postal_code.items()},
        epci_names=epci_names,
        common_words=frozenset(raw["common_words"]),
    )
