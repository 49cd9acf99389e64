"""The outlines of the intercommunalities (and of the EPT and single communes ANCT lists as
members), a point inside every commune and the departments' chefs-lieux, for zoomed maps.

`knowledge/groupings.json.gz` is built by `scripts/build_groupings.py` from IGN's ADMIN
EXPRESS as generalised by COGiter (`../shared/data/epci/`). It is read only when a map is
drawn, never to answer a question: answering needs none of it.
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.errors import KnowledgeIssue
from bot.knowledge.load import Knowledge
from bot.knowledge.perimeters import PERIMETERS_FILE
from bot.maps.outlines import Outline, Point, decode

GROUPINGS_FILE = "groupings.json.gz"
PRECISION = 4
# To be shown wherever these outlines are drawn (../shared/data/epci/README.md).
ATTRIBUTION = (
    "Contours : IGN – ADMIN EXPRESS COG CARTO 2024, généralisés par COGiter "
    "(DREAL Pays de la Loire / MTES-MCT) ; EPT : INSEE/DGCL via Etalab "
    "decoupage-administratif, 2024"
)


@dataclass(frozen=True)
class Groupings:
    attribution: str
    # Keyed by SIREN.
    outlines: dict[str, Outline]
    # INSEE code of a commune (1 January 2024) → a point inside it.
    points: dict[str, Point]
    # Department code → INSEE code of its chef-lieu.
    prefectures: dict[str, str]

    @functools.cached_property
    def points_by_department(self) -> dict[str, tuple[Point, ...]]:
        """The communes' points of each department: where its code goes when the frame cuts
        it (sorted out once, not for every map)."""
        found: dict[str, list[Point]] = {}
        for insee, point in self.points.items():
            found.setdefault(department_of(insee), []).append(point)
        return {code: tuple(points) for code, points in found.items()}


def department_of(insee: str) -> str:
    return insee[:3] if insee.startswith("97") else insee[:2]


def load_groupings(*, path: Path) -> Groupings:
    """Read once per version of the file."""
    return _load(path, path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=2)
def _load(path: Path, version: int) -> Groupings:
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        data = json.load(stream)
    scale = 10.0 ** data["precision"]
    return Groupings(
        attribution=data["attribution"],
        outlines={siren: decode(siren, entry, scale) for siren, entry in data["groupings"].items()},
        points={code: (x / scale, y / scale) for code, (x, y) in data["points"].items()},
        prefectures=data["prefectures"],
    )


def groupings_of(knowledge: Knowledge) -> Groupings | None:
    path = knowledge.directory / GROUPINGS_FILE
    return load_groupings(path=path) if path.is_file() else None


def outline_issues(*, knowledge: Knowledge) -> Iterator[KnowledgeIssue]:
    """Every member of ANCT's 183 territories has an outline to draw (for `check`: loading
    the knowledge never reads the outlines)."""
    perimeters = knowledge.perimeters
    path = knowledge.directory / GROUPINGS_FILE
    if perimeters is None or not path.is_file():
        return
    try:
        outlines = load_groupings(path=path).outlines
    except (OSError, ValueError, KeyError, TypeError) as error:
        yield KnowledgeIssue(GROUPINGS_FILE, None, "(file)", f"cannot be read: {error}")
        return
    for national in perimeters.territories.values():
        for member in national.members:
            if member.siren not in outlines:
                yield KnowledgeIssue(
                    PERIMETERS_FILE,
                    national.line,
                    f"territories.{national.id}.members.{member.siren}",
                    f"{GROUPINGS_FILE} has no outline of « {member.siren} » ({member.name}); "
                    "run `make groupings`",
                )
