"""Which map a key stands for, built from the knowledge: the map follows the YAML."""

from __future__ import annotations

import datetime as dt

from bot.answers.common import OCCITANIE, date_text
from bot.knowledge import Knowledge
from bot.maps.keys import DEPARTMENT_KIND, REGION_KEY, TERRITORY_KIND
from bot.maps.outlines import Outlines
from bot.maps.render import Laureate, MapSpec
from bot.schema import Territory


def map_spec(*, knowledge: Knowledge, outlines: Outlines, key: str) -> MapSpec | None:
    """The map a key names; None for a key that names nothing (any more)."""
    kind, _, ident = key.partition("_")
    laureates = {t.id: _laureate(t) for t in knowledge.territories}
    corner = f"Communiqué du {date_text(knowledge.announcement.press_release.date, 'fr')}"
    source = (
        f"{outlines.source}, données du {date_text(dt.date.fromisoformat(outlines.date), 'fr')}"
        " ; fond : ANCT"
    )
    period = "Territoires d'industrie 2023-2027"
    if key == REGION_KEY:
        return MapSpec(
            title=f"Les {len(laureates)} lauréats d'Occitanie",
            subtitle=period,
            corner=corner,
            source=source,
            region=OCCITANIE,
            laureates=tuple(laureates.values()),
        )
    if kind == TERRITORY_KIND and ident in laureates:
        territory = knowledge.territory(ident)
        status = "territoire renouvelé" if territory.status == "renewed" else "nouveau territoire"
        return MapSpec(
            title=territory.name,
            subtitle=f"{period} · {status}",
            corner=corner,
            source=source,
            region=OCCITANIE,
            laureates=(laureates[ident],),
            others=tuple(x for i, x in laureates.items() if i != ident),
            notes=(
                *(f"{knowledge.department_name(c)} ({c})" for c in territory.departments),
                *(["Territoire interrégional"] if territory.interregional else []),
            ),
        )
    if kind == DEPARTMENT_KIND and ident in outlines.departments:
        found = _laureates_in(knowledge, ident)
        if not found:
            return None
        count = len(found)
        return MapSpec(
            title=f"{knowledge.department_name(ident)} ({ident})",
            subtitle=f"{period} · {count} lauréat{'s' if count > 1 else ''}",
            corner=corner,
            source=source,
            region=OCCITANIE,
            laureates=tuple(laureates[t.id] for t in found),
            others=tuple(x for i, x in laureates.items() if i not in {t.id for t in found}),
            department=ident,
        )
    return None


def _laureates_in(knowledge: Knowledge, code: str) -> tuple[Territory, ...]:
    """The laureates with communes in the department, as its answer lists them."""
    if knowledge.coverage is None:
        return knowledge.territories_in(code)
    counts = knowledge.coverage.by_department.get(code, {})
    return tuple(t for t in knowledge.territories if t.anct_id in counts)


def _laureate(territory: Territory) -> Laureate:
    return Laureate(name=territory.name, status=territory.status, outline=territory.anct_id)
