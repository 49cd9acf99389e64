"""Which map a key stands for, built from the knowledge: the map follows the YAML."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from bot.answers.common import OCCITANIE, date_text
from bot.knowledge.load import Knowledge
from bot.knowledge.perimeters import NationalTerritory
from bot.knowledge.places import Commune, Places
from bot.knowledge.schema import Territory
from bot.maps.groupings import Groupings
from bot.maps.keys import (
    COMMUNE_KIND,
    DEPARTMENT_KIND,
    FRANCE_KEY,
    NATIONAL_KIND,
    REGION_KEY,
    REGIONS_KIND,
    TERRITORY_KIND,
)
from bot.maps.outlines import Outlines, Point
from bot.maps.render import Laureate, MapSpec
from bot.maps.style import COLOURS, NATIONAL, NATIONAL_FILL
from bot.maps.zoom import Group, Member, Town, ZoomSpec, nearest
from bot.normalize import fold

# Towns named on a zoomed map, the most populous first.
TOWNS = 3
# A second territory is shown beside the nearest when it is at most this much farther (km).
NEAR_ENOUGH = 15.0
# How much of its colour fills a second territory drawn in the same colour as the first.
DEEPER = 0.8


def map_spec(
    *, knowledge: Knowledge, outlines: Outlines, key: str, groupings: Groupings | None = None
) -> MapSpec | ZoomSpec | None:
    """The map a key names; None for a key that names nothing (any more). With the
    intercommunalities' outlines, a territory's or a commune's map is zoomed on it."""
    kind, _, ident = key.partition("_")
    if groupings is not None:
        zoomed = _zoomed(
            knowledge=knowledge, outlines=outlines, groupings=groupings, kind=kind, ident=ident
        )
        if zoomed is not None:
            return zoomed
    laureates = {t.id: _laureate(t) for t in knowledge.territories}
    corner = f"Communiqué du {date_text(knowledge.announcement.press_release.date, 'fr')}"
    source = _source(outlines)
    period = "Territoires d'industrie 2023-2027"
    if key == REGION_KEY:
        return MapSpec(
            title=f"Les {len(laureates)} lauréats d'Occitanie",
            subtitle=period,
            corner=corner,
            source=source,
            region=OCCITANIE,
            laureates=tuple(laureates.values()),
            towns=_prefectures(knowledge, outlines, groupings, OCCITANIE),
            credits=_credits(groupings),
        )
    if key == FRANCE_KEY or (kind == REGIONS_KIND and ident in outlines.regions):
        return _national(knowledge=knowledge, outlines=outlines, groupings=groupings, key=key)
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


def _national(
    *, knowledge: Knowledge, outlines: Outlines, groupings: Groupings | None, key: str
) -> MapSpec | ZoomSpec | None:
    """France, or a region other than Occitanie: ANCT's territories and their perimeters, the
    release's laureates in their colours; of the others nothing but what ANCT publishes."""
    perimeters = knowledge.perimeters
    if perimeters is None:
        return None
    code = key.partition("_")[2]
    laureates = {t.anct_id: _laureate(t) for t in knowledge.territories}
    anct = "Territoires d'industrie 2023-2027 : périmètres publiés par l'ANCT"
    source = _source(outlines)
    corner = f"Données de l'ANCT du {date_text(dt.date.fromisoformat(outlines.date), 'fr')}"
    if key == FRANCE_KEY:
        metropolitan = [o.bounds for c, o in outlines.regions.items() if c >= "11"]
        overseas = perimeters.overseas()
        places = knowledge.places
        regions = ", ".join(
            dict.fromkeys(
                places.regions[n.region].name if places and n.region in places.regions else n.region
                for n in overseas
            )
        )
        return MapSpec(
            title=f"Les {len(perimeters.territories)} territoires d'industrie",
            subtitle=anct,
            corner=corner,
            source=source,
            region="",
            laureates=tuple(laureates.values()),
            others=tuple(
                Laureate(name=n.name, status="anct", outline=n.id)
                for i, n in sorted(perimeters.territories.items())
                if i not in laureates
            ),
            others_label="Autres territoires (périmètre ANCT)",
            others_colour=NATIONAL_FILL,
            notes=(
                f"En bleu et orange, les {len(laureates)} lauréats d'Occitanie du communiqué "
                "du 14 novembre 2023.",
                *(
                    [f"Hors de la carte, {len(overseas)} territoires outre-mer : {regions}."]
                    if overseas
                    else []
                ),
            ),
            listed=False,
            area=(
                min(b[0] for b in metropolitan),
                min(b[1] for b in metropolitan),
                max(b[2] for b in metropolitan),
                max(b[3] for b in metropolitan),
            ),
            codes=False,
        )
    if code == OCCITANIE:
        # Its map is the release's: the laureates numbered, as /carte sends it.
        return map_spec(knowledge=knowledge, outlines=outlines, key=REGION_KEY, groupings=groupings)
    places = knowledge.places
    name = places.regions[code].name if places and code in places.regions else code
    # ANCT files a territory under one region; one reaching into this region is drawn too.
    reaching = knowledge.region_territories(code)
    return MapSpec(
        title=name,
        subtitle=anct,
        corner=corner,
        source=source,
        region=code,
        laureates=tuple(
            _spanning(
                laureates.get(n.id) or Laureate(name=n.name, status="anct", outline=n.id),
                n,
                code,
                places,
            )
            if n.id in reaching.spanning
            else laureates.get(n.id) or Laureate(name=n.name, status="anct", outline=n.id)
            for n in reaching.territories
        ),
        notes=(
            "Périmètres des intercommunalités membres selon l'ANCT ; hors des 15 lauréats "
            "d'Occitanie, le communiqué n'en dit pas plus.",
            *(
                [
                    "Interrégional : territoire qui s'étend sur plusieurs régions ; l'ANCT le "
                    "rattache à une seule, nommée quand c'est une autre."
                ]
                if reaching.spanning
                else []
            ),
        ),
        towns=_prefectures(knowledge, outlines, groupings, code),
        credits=_credits(groupings),
    )


def _spanning(
    laureate: Laureate, national: NationalTerritory, region: str, places: Places | None
) -> Laureate:
    """A territory over several regions as a region's map lists it: with the region ANCT
    files it under when that is another."""
    if national.region == region:
        return dataclasses.replace(laureate, name=f"{laureate.name} (interrégional)")
    filed = national.region
    if places is not None and filed in places.regions:
        filed = places.regions[filed].name
    return dataclasses.replace(
        laureate, name=f"{laureate.name} (interrégional ; région ANCT : {filed})"
    )


def _source(outlines: Outlines) -> str:
    date = date_text(dt.date.fromisoformat(outlines.date), "fr")
    return f"Périmètres : {outlines.source}, données du {date} ; fond : ANCT"


def _credits(groupings: Groupings | None) -> tuple[str, ...]:
    """Whose the towns' points and names are, on a map that draws them."""
    if groupings is None:
        return ()
    # The points come from the file of the contours: the same producers, not generalised.
    contours = groupings.attribution.split(" ; ")[0].removeprefix("Contours : ")
    points = contours.replace(", généralisés par ", " via ")
    return (f"Chefs-lieux : noms Etalab, points {points}",)


def _prefectures(
    knowledge: Knowledge, outlines: Outlines, groupings: Groupings | None, region: str
) -> tuple[tuple[str, Point], ...]:
    """The chefs-lieux of the region's departments, for bearings (with the intercommunalities'
    data only: answering never reads it)."""
    if groupings is None or knowledge.places is None:
        return ()
    towns = []
    for code, department in sorted(outlines.departments.items()):
        insee = groupings.prefectures.get(code, "")
        commune = knowledge.places.communes_by_code.get(insee)
        if department.region == region and commune is not None and insee in groupings.points:
            towns.append((commune.name, groupings.points[insee]))
    return tuple(towns)


def _laureates_in(knowledge: Knowledge, code: str) -> tuple[Territory, ...]:
    """The laureates with communes in the department, as its answer lists them."""
    if knowledge.coverage is None:
        return knowledge.territories_in(code)
    counts = knowledge.coverage.by_department.get(code, {})
    return tuple(t for t in knowledge.territories if t.anct_id in counts)


def _laureate(territory: Territory) -> Laureate:
    return Laureate(name=territory.name, status=territory.status, outline=territory.anct_id)


def _zoomed(
    *, knowledge: Knowledge, outlines: Outlines, groupings: Groupings, kind: str, ident: str
) -> ZoomSpec | None:
    perimeters, places = knowledge.perimeters, knowledge.places
    if perimeters is None or places is None:
        return None
    zoom = _Zoom(knowledge=knowledge, outlines=outlines, groupings=groupings)
    if kind == TERRITORY_KIND and ident in {t.id for t in knowledge.territories}:
        territory = knowledge.territory(ident)
        national = perimeters.territories.get(territory.anct_id)
        return None if national is None else zoom.territory(national)
    if kind == NATIONAL_KIND and ident in perimeters.territories:
        return zoom.territory(perimeters.territories[ident])
    if kind == COMMUNE_KIND:
        commune = places.find(ident)
        return None if commune is None else zoom.commune(places.current(commune))
    return None


class _Zoom:
    """Zoomed maps of territories and communes, from the knowledge and the outlines."""

    def __init__(self, *, knowledge: Knowledge, outlines: Outlines, groupings: Groupings) -> None:
        self.k = knowledge
        self.outlines = outlines
        self.groupings = groupings
        assert knowledge.perimeters is not None and knowledge.places is not None
        self.perimeters = knowledge.perimeters
        self.places = knowledge.places

    def territory(self, national: NationalTerritory) -> ZoomSpec:
        laureate = self.k.laureate(national.id)
        if laureate is not None:
            status = (
                "territoire renouvelé" if laureate.status == "renewed" else "nouveau territoire"
            )
            if laureate.interregional:
                status += " et interrégional"
            subtitle = f"Territoires d'industrie 2023-2027 · {status}"
            title = laureate.name
        else:
            subtitle = (
                "Territoire d'industrie 2023-2027 · périmètre publié par l'ANCT · "
                f"{self._region_name(national.region)}"
            )
            title = national.name
        return ZoomSpec(
            title=title,
            subtitle=subtitle,
            corner=self._corner(laureate),
            sources=self._sources(),
            region=OCCITANIE if laureate is not None else national.region,
            groups=(self._group(national),),
            towns=self._towns(national, leave_out=""),
            notes=self._notes(national),
        )

    def commune(self, commune: Commune) -> ZoomSpec | None:
        coverage = self.k.coverage
        assert coverage is not None
        found = [self.perimeters.territories[i] for i in coverage.territories_of(commune)]
        point = self.groupings.points.get(commune.code)
        where = f"{commune.name} ({commune.department})"
        epci = self.places.epci_names.get(commune.epci or "")
        if found:
            groups = self._groups([(n, None) for n in found])
            names = " et ".join(f"« {self._name(n)} »" for n in found)
            subtitle = f"dans le territoire d'industrie {names} (2023-2027)"
            highlight_label = (
                f"En couleur pleine, {epci} : l'intercommunalité de {commune.name}" if epci else ""
            )
        else:
            if point is None:
                return None
            near = self._nearest(point)
            groups = self._groups(near)
            subtitle = "hors des territoires d'industrie 2023-2027 : " + (
                "les plus proches sur la carte" if len(near) > 1 else "le plus proche sur la carte"
            )
            highlight_label = (
                f"{epci} : l'intercommunalité de {commune.name}, "
                "qui n'est membre d'aucun territoire"
                if epci
                else ""
            )
            found = [n for n, _ in near]
        laureate = next((x for n in found if (x := self.k.laureate(n.id)) is not None), None)
        return ZoomSpec(
            title=where,
            subtitle=subtitle,
            corner=self._corner(laureate),
            sources=self._sources(),
            region=OCCITANIE if laureate is not None else commune.region,
            groups=groups,
            highlight=commune.epci or "",
            highlight_label=highlight_label,
            marker=None if point is None else Town(commune.name, point),
            towns=self._towns(found[0], leave_out=commune.code),
            notes=() if laureate is not None else self._notes(found[0]),
        )

    def _name(self, national: NationalTerritory) -> str:
        laureate = self.k.laureate(national.id)
        return national.name if laureate is None else laureate.name

    def _groups(
        self, territories: Sequence[tuple[NationalTerritory, float | None]]
    ) -> tuple[Group, ...]:
        """Each territory's group; one in the colour of one before it is filled deeper."""
        groups: list[Group] = []
        for national, distance in territories:
            group = self._group(national, distance=distance)
            if any(g.colour == group.colour for g in groups):
                group = dataclasses.replace(group, share=DEEPER)
            groups.append(group)
        return tuple(groups)

    def _group(self, national: NationalTerritory, *, distance: float | None = None) -> Group:
        coverage = self.k.coverage
        assert coverage is not None
        laureate = self.k.laureate(national.id)
        far = "" if distance is None else f" (à {distance:.0f} km)"
        if laureate is None:
            colour = NATIONAL
            label = f"{national.name}{far} : périmètre ANCT"
        else:
            colour = COLOURS[laureate.status]
            status = (
                "territoire renouvelé" if laureate.status == "renewed" else "nouveau territoire"
            )
            label = f"{laureate.name}{far} : {status}"
        members = tuple(
            Member(
                siren=m.siren,
                name=m.name,
                communes=coverage.epci_communes.get(m.siren, 0)
                if m.kind == "epci"
                else 1
                if m.kind == "commune"
                else 0,
            )
            for m in national.members
        )
        return Group(label=label, colour=colour, members=members)

    def _towns(self, national: NationalTerritory, *, leave_out: str) -> tuple[Town, ...]:
        """The communes a laureate's name names, then the largest towns, one an
        intercommunality so that they spread over the territory."""
        coverage = self.k.coverage
        assert coverage is not None
        laureate = self.k.laureate(national.id)
        named = [] if laureate is None else list(laureate.named_communes)
        communes = [
            self.places.communes_by_code[code]
            for code in coverage.communes.get(national.id, ())
            if code != leave_out and code in self.groupings.points
        ]
        chosen = [c for code in named for c in communes if c.code == code]
        largest = sorted(communes, key=lambda c: (-c.population, c.code))
        # The largest of each intercommunality not named yet first, then the largest left.
        firsts = {c.epci: c for c in reversed(largest)}
        spread = [
            c for c in largest if firsts[c.epci] == c and c.epci not in {x.epci for x in chosen}
        ]
        for commune in dict.fromkeys([*spread, *largest]):
            if len(chosen) >= max(TOWNS, len(named) + 2):
                break
            if commune not in chosen:
                chosen.append(commune)
        return tuple(
            Town(c.name, self.groupings.points[c.code], kept=c.code in named) for c in chosen
        )

    def _nearest(self, point: tuple[float, float]) -> list[tuple[NationalTerritory, float]]:
        """The territory nearest the point, and the next one too when hardly farther."""
        distances = []
        for ident, outline in self.outlines.territories.items():
            if ident not in self.perimeters.territories:
                continue
            west, south, east, north = outline.bounds
            # A bounding box more than ~300 km away cannot hold the nearest.
            if not (west - 4 < point[0] < east + 4 and south - 3 < point[1] < north + 3):
                continue
            rings = [ring for polygon in outline.polygons for ring in polygon]
            distances.append((nearest(point, rings), ident))
        distances.sort()
        return [
            (self.perimeters.territories[ident], distance)
            for distance, ident in distances[:2]
            if distance <= distances[0][0] + NEAR_ENOUGH
        ]

    def _notes(self, national: NationalTerritory) -> tuple[str, ...]:
        laureate = self.k.laureate(national.id)
        if laureate is not None:
            return self._where(laureate, national)
        return (
            "Périmètre des intercommunalités membres selon l'ANCT ; hors des 15 lauréats "
            "d'Occitanie, le communiqué n'en dit pas plus.",
        )

    def _where(self, laureate: Territory, national: NationalTerritory) -> tuple[str, ...]:
        """The release's departments, those ANCT's perimeter reaches beyond them, and ANCT's
        name when it is not the release's."""
        coverage = self.k.coverage
        assert coverage is not None
        departments = ", ".join(f"{self.k.department_name(c)} ({c})" for c in laureate.departments)
        notes = [f"Départements selon le communiqué : {departments}."]
        beyond = [
            (code, counts[national.id])
            for code, counts in sorted(coverage.by_department.items())
            if national.id in counts and code not in laureate.departments
        ]
        if beyond:
            reach = ", ".join(
                f"{self.k.department_name(code)} ({code}), {count} commune{'s' if count > 1 else ''}"
                for code, count in beyond
            )
            notes.append(f"Selon l'ANCT, le périmètre s'étend aussi sur : {reach}.")
        if fold(national.name) != fold(laureate.name):
            notes.append(f"Nom dans les données de l'ANCT : « {national.name} ».")
        return tuple(notes)

    def _region_name(self, code: str) -> str:
        region = self.places.regions.get(code)
        return "" if region is None else region.name

    def _corner(self, laureate: Territory | None) -> str:
        if laureate is not None:
            return f"Communiqué du {date_text(self.k.announcement.press_release.date, 'fr')}"
        return f"Données de l'ANCT du {date_text(dt.date.fromisoformat(self.outlines.date), 'fr')}"

    def _sources(self) -> tuple[str, ...]:
        return (
            f"Périmètres : {self.outlines.source}, données du "
            f"{date_text(dt.date.fromisoformat(self.outlines.date), 'fr')} ; départements : "
            "ANCT ; villes : Etalab",
            self.groupings.attribution,
        )
