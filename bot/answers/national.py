"""Computed answers about ANCT's 183 territories beyond the release: one territory's card,
members, departments, region and largest town; the territories of a region or of a
department outside Occitanie; rankings of territories and of regions."""

from __future__ import annotations

from dataclasses import replace

from bot.answer import Answer
from bot.answers import french
from bot.answers.common import OCCITANIE, asks_territories, colon, join, of_the_fifteen, t
from bot.answers.computed import Computed
from bot.answers.measures import METRICS, Measure
from bot.answers.quantities import leads, number, percent, units
from bot.understanding import numbers
from bot.understanding.frame import Frame, subject_id, subject_kind
from bot.understanding.language import Language

# At most this many communes are named in a list.
_LISTED = 20

# Measures counted over a territory's communes.
_IN_COMMUNES = frozenset(["communes", "population"])


class National(Computed):
    """ANCT's territories, each and by region or department."""

    def _national(self, *, question: str, frame: Frame) -> Answer | None:
        lang, ask = frame.lang, frame.ask
        opening = ""
        if ask == "membership" and frame.op == "yesno" and len(frame.about) == 1:
            # « le Pays Basque est un territoire d'industrie ? »: yes, one of the 183; asked
            # whether one of Occitanie's fifteen, no.
            fifteen = of_the_fifteen(question)
            opening = t(lang, "Non : " if fifteen else "Oui : ", "No: " if fifteen else "Yes: ")
            ask = "laureate"
        measures = [
            self._measures[subject_id(s)] for s in frame.about if subject_id(s) in self._measures
        ]
        named = [s for s in frame.about if subject_kind(s) in {"department", "region"}]
        if (
            named
            and measures
            and frame.op == "yesno"
            and ask in {"departments", "region", "communes"}
        ):
            # « Le territoire Finistère touche les Côtes-d'Armor ? », « … déborde en
            # Occitanie ? »: whether each territory reaches every place named.
            held = all(self._reaches(m, place) for m in measures for place in named)
            opening = t(lang, "Oui : " if held else "Non : ", "Yes: " if held else "No: ")
            ask = "departments" if any(s.startswith("department:") for s in named) else "region"
            frame = replace(frame, ask=ask)
        if measures and ask == "status":
            return self._status_untold(question=question, frame=frame, names=measures)
        if measures and ask == "interregional":
            # (Whether a territory reaches over regions is in ANCT's data; its status is not.)
            frame, ask = replace(frame, ask="region"), "region"
        if not measures or ask not in METRICS | {"region", "departments", "laureate"}:
            return None
        if opening and ask == "laureate":
            frame = replace(frame, ask=ask)
        coverage, places = self.k.coverage, self.k.places
        if ask == "population" and frame.op in {"most", "least"} and len(measures) == 1:
            if coverage is None or places is None:
                return None
            # One territory's largest (or smallest) town.
            ident, name = subject_id(frame.about[0]), measures[0].name
            communes = [places.communes_by_code[c] for c in coverage.communes.get(ident, ())]
            return self.largest(
                question=question,
                frame=frame,
                communes=communes,
                of=self.of_named(name),
                territories=[],
            )
        placed = [f.partition(":")[2] for f in frame.filters if f.startswith("department:")]
        if ask in {"communes", "population"} and len(measures) == len(placed) == 1:
            return self._in_a_department(
                question=question, frame=frame, ident=subject_id(frame.about[0]), code=placed[0]
            )
        lines = []
        for measure in measures:
            name = f"« {measure.name} »" if lang == "fr" else f"“{measure.name}”"
            if ask == "laureate" and not measure.communes:
                lines.append(self._metric_line(name, measure, "communes", lang))
            elif ask == "laureate":
                # A territory's card: where it is and what it is made of.
                regions = join([self._region_name(code) for code in measure.region_codes], lang)
                labels = join([self.department_label(c) for c in measure.department_codes], lang)
                lines.append(
                    t(
                        lang,
                        f"{name} ({regions} ; {labels}) réunit {len(measure.members)} "
                        f"groupement(s), {number(measure.communes, lang)} communes et "
                        f"{number(measure.population, lang)} habitants.",
                        f"{name} ({regions}; {labels}) brings together {len(measure.members)} "
                        f"grouping(s), {number(measure.communes, lang)} communes and "
                        f"{number(measure.population, lang)} inhabitants.",
                    )
                )
            elif ask == "region":
                # (With its departments: which of them lies in the region asked of.)
                regions = join([self._region_name(code) for code in measure.region_codes], lang)
                labels = join([self.department_label(c) for c in measure.department_codes], lang)
                lines.append(
                    t(
                        lang,
                        f"{name} est en {regions} : {labels}.",
                        f"{name} is in {regions}: {labels}.",
                    )
                )
            elif ask == "departments":
                labels = join(
                    [self.department_label(code) for code in measure.department_codes], lang
                )
                lines.append(t(lang, f"{name} s'étend sur : {labels}.", f"{name} spans: {labels}."))
            else:
                lines.append(self._metric_line(name, measure, ask, lang))
        return Answer(
            question=question,
            text=opening + "\n".join(lines) + _national_note(lang),
            intent="laureate",
            language=lang,
            emphasis=tuple(m.name for m in measures),
            national_territories=tuple(m.name for m in measures),
            sources=(self._anct,),
        )

    def _in_a_department(
        self, *, question: str, frame: Frame, ident: str, code: str
    ) -> Answer | None:
        """« dont combien dans le Gard ? », « lesquelles ? » of one of ANCT's territories: its
        communes in that department, the most populous first."""
        coverage, places, lang = self.k.coverage, self.k.places, frame.lang
        if coverage is None or places is None or ident not in self._measures:
            return None
        there = sorted(
            (
                commune
                for c in coverage.communes.get(ident, ())
                if (commune := places.communes_by_code[c]).department == code
            ),
            key=lambda commune: -commune.population,
        )
        name, where = self._measures[ident].name, self._in_department(code)
        people = number(sum(c.population for c in there), lang)
        listed = ", ".join(f"{c.name} ({number(c.population, lang)})" for c in there[:_LISTED])
        more = t(lang, ", …", ", …") if len(there) > _LISTED else ""
        text = t(
            lang,
            f"« {name} » compte {french.counted(len(there), 'commune')} {where}, "
            f"{people} habitants",
            f"“{name}” has {len(there)} commune{'s' if len(there) != 1 else ''} in "
            f"{self.department_label(code)}, {people} inhabitants",
        ) + (f"{t(lang, ' : ', ': ')}{listed}{more}." if there else ".")
        return Answer(
            question=question,
            text=text + _national_note(lang),
            intent="laureate",
            language=lang,
            emphasis=(name,),
            national_territories=(name,),
            sources=(self._anct,),
        )

    def _reaches(self, measure: Measure, place: str) -> bool:
        """Whether a territory has communes in a department, or in a region (by name)."""
        if subject_kind(place) == "department":
            return subject_id(place) in measure.department_codes
        return subject_id(place) in {self._region_name(code) for code in measure.region_codes}

    def _status_untold(self, *, question: str, frame: Frame, names: list[Measure]) -> Answer:
        """« le TI Pays Basque est nouveau ? »: the release gives the status of Occitanie's
        fifteen only; ANCT's data has none."""
        lang = frame.lang
        named = join([f"« {m.name} »" if lang == "fr" else f"“{m.name}”" for m in names], lang)
        text = t(
            lang,
            f"Le communiqué ne le dit pas : {named}, l'un des 183 territoires d'industrie "
            "nationaux (données de l'ANCT), n'est pas un des 15 lauréats d'Occitanie, les seuls "
            "dont il précise s'ils sont nouveaux ou renouvelés.",
            f"The press release does not say: {named}, one of the 183 industrial territories "
            "nationwide (ANCT's data), is not one of the 15 Occitanie laureates, the only ones "
            "it says are new or renewed.",
        )
        return Answer(
            question=question,
            text=text,
            intent="laureate",
            language=lang,
            emphasis=tuple(m.name for m in names),
            national_territories=tuple(m.name for m in names),
            sources=(self._release, self._anct),
        )

    def _region_share(self, *, question: str, frame: Frame, code: str) -> Answer:
        """« quelle part des 183 territoires est en Auvergne-Rhône-Alpes ? »: by the region
        ANCT files each under."""
        lang, whole = frame.lang, len(self._measures)
        filed = [n for n in self.k.region_territories(code).territories if n.region == code]
        name = self._region_name(code)
        text = t(
            lang,
            f"{percent(len(filed), whole, lang)} : {len(filed)} des {whole} territoires "
            f"d'industrie sont rattachés à la région {name} par l'ANCT.",
            f"{percent(len(filed), whole, lang)}: ANCT files {len(filed)} of the {whole} "
            f"industrial territories under {name}.",
        )
        if code == OCCITANIE:
            # The release's laureates include one ANCT files under a neighbouring region.
            count = self.k.announcement.regional_laureates
            one = count - len(filed) == 1
            other_fr, other_en = ("l'autre", "the other") if one else ("les autres", "the others")
            text = t(
                lang,
                f"{percent(count, whole, lang)} : les {count} lauréats d'Occitanie du communiqué "
                f"sur les {whole} territoires d'industrie ; l'ANCT en rattache {len(filed)} à "
                f"la région, {other_fr} à une région voisine.",
                f"{percent(count, whole, lang)}: the release's {count} Occitanie laureates of the "
                f"{whole} industrial territories; ANCT files {len(filed)} of them under the "
                f"region, {other_en} under a neighbouring one.",
            )
        return Answer(
            question=question,
            text=text,
            intent="counts",
            language=lang,
            national_territories=tuple(n.name for n in filed),
            sources=(self._anct,),
        )

    def of_their_territories(self, *, question: str, frame: Frame) -> Answer | None:
        """« Nantes, c'est nouveau ? »: a town outside the fifteen has no status nor members;
        ANCT's territory it is in has, as far as ANCT's data says."""
        places, coverage = self.k.places, self.k.coverage
        if places is None or coverage is None:
            return None
        towns = [places.communes_by_code.get(subject_id(s)) for s in frame.about]
        held = [(town, i) for town in towns if town for i in coverage.territories_of(town)]
        if not held or len(held) < len(towns):
            return None
        about = tuple(dict.fromkeys(f"territory:{i}" for _, i in held))
        found = self._national(question=question, frame=replace(frame, about=about))
        if found is None:
            return None
        lang, territories = frame.lang, self.k.perimeters
        lines = [
            t(
                lang,
                f"{town.name} ({town.department}) est dans le territoire « {name} ».",
                f"{town.name} ({town.department}) is in the territory “{name}”.",
            )
            for town, i in held
            if territories is not None and (name := territories.territories[i].name)
        ]
        return replace(found, text="\n\n".join([" ".join(lines), found.text]))

    def _national_ranked(
        self, *, question: str, frame: Frame, region: str = "", without: str = ""
    ) -> Answer:
        """ANCT's 183 territories, those reaching into a region, or those outside one (its
        laureates too, for Occitanie), ranked by a measure: the first five."""
        lang, ask = frame.lang, frame.ask
        sign = -1 if frame.op == "most" else 1
        within = (
            {n.id for n in self.k.region_territories(region).territories}
            if region
            else set(self._measures)
        )
        if without:
            within -= {n.id for n in self.k.region_territories(without).territories}
            within -= {t.anct_id for t in self.k.territories} if without == OCCITANIE else set()
        measured = [m for ident, m in self._measures.items() if ident in within]
        # (A territory made of Grand Paris's public territorial bodies has no communes in
        # Etalab's intercommunalities: it is left out of what is counted in communes.)
        uncounted = [m for m in measured if not m.communes] if ask in _IN_COMMUNES else []
        measured = [m for m in measured if m not in uncounted]
        ranked = sorted(measured, key=lambda m: (sign * m.metric(ask), m.name))
        first = ranked[0]
        unit_fr, unit_en = units(ask, first.metric(ask))
        top = "\n".join(
            f"• {self._released.get(m.anct_id, m.name)}{colon(lang)}{number(m.metric(ask), lang)}"
            for m in ranked[:5]
        )
        most = frame.op == "most"
        name = self._region_name(region or without) if region or without else ""
        where_fr = f" hors {name}" if without else f" de la région {name}" if name else ""
        if uncounted:
            names = join([f"« {m.name} »" for m in uncounted], lang)
            top += t(
                lang,
                f"\n(Non comptés : {names}, formés d'établissements publics territoriaux du "
                "Grand Paris, dont les intercommunalités d'Etalab ne donnent pas les communes.)",
                f"\n(Not counted: {names}, made of Grand Paris's public territorial bodies, "
                "whose communes Etalab's intercommunalities do not give.)",
            )
        return Answer(
            question=question,
            text=t(
                lang,
                f"Des {len(ranked) + len(uncounted)} territoires d'industrie{where_fr}, "
                f"« {self._released.get(first.anct_id, first.name)} » {leads(ask, most=most, lang=lang)} : "
                f"{number(first.metric(ask), lang)} {unit_fr} (données de l'ANCT) :\n{top}",
                f"Of the {len(ranked) + len(uncounted)} industrial territories"
                f"{(' outside ' if without else ' in ') + name if name else ''}, "
                f"“{self._released.get(first.anct_id, first.name)}” {leads(ask, most=most, lang=lang)}: "
                f"{number(first.metric(ask), lang)} {unit_en} (ANCT's data):\n{top}",
            ),
            intent="list",
            language=lang,
            # (The first, when it is one of the fifteen, is said to be so.)
            territories=(self._released[first.anct_id],) if first.anct_id in self._released else (),
            national_territories=tuple(m.name for m in ranked[:5]),
            sources=(self._anct,),
        )

    def _department_territories(self, *, question: str, frame: Frame, code: str) -> Answer | None:
        """ANCT's territories reaching into a department outside Occitanie (in Occitanie,
        they are its laureates, and the list answers give them)."""
        places, lang = self.k.places, frame.lang
        department = places.departments.get(code) if places is not None else None
        # (In Occitanie, its laureates are the list answers' unless all of ANCT's are asked
        # for: « quels territoires d'industrie touchent le Gard ? » finds « Vaucluse » too.)
        inside = department is not None and department.region == OCCITANIE
        listed = frame.about == ("territories",) and frame.op in {"list", "count"}
        if department is None or (inside and not listed):
            return None
        if self.k.perimeters is None:
            return None
        found = [
            self.k.perimeters.territories[ident]
            for ident, measure in self._measures.items()
            if code in measure.department_codes
        ]
        label = self.department_label(code)
        name = french.within(department.name, department.liaison)
        listing = "".join(
            f"\n• {territory.name}"
            + self._as_laureate(self._released.get(territory.id), territory.name, lang)
            for territory in found
        )
        opening = (
            t(lang, "Oui : " if found else "Non : ", "Yes: " if found else "No: ")
            if frame.op == "yesno"
            else ""
        )
        return Answer(
            question=question,
            text=opening
            + t(
                lang,
                f"{len(found)} territoire{'s' if len(found) > 1 else ''} d'industrie "
                f"{name} ({code}) selon l'ANCT"
                + (f" :{listing}" if found else ".")
                + "\nLe communiqué ne détaille que les 15 lauréats d'Occitanie.",
                f"{len(found)} industrial territor{'ies' if len(found) > 1 else 'y'} in {label} "
                "according to ANCT"
                + (f":{listing}" if found else ".")
                + "\nThe press release details only Occitanie's 15 laureates.",
            ),
            intent="list",
            language=lang,
            territories=tuple(self._released[x.id] for x in found if x.id in self._released),
            national_territories=tuple(territory.name for territory in found),
            sources=(self._anct,),
        )

    @staticmethod
    def _as_laureate(laureate: str | None, name: str, lang: Language) -> str:
        """« (lauréat d'Occitanie) », with the release's name when ANCT's differs."""
        if laureate is None:
            return ""
        if laureate == name:
            return t(lang, " (lauréat d'Occitanie)", " (Occitanie laureate)")
        return t(
            lang, f" (lauréat d'Occitanie « {laureate} »)", f" (Occitanie laureate “{laureate}”)"
        )

    def _territories_whole(self, *, question: str, frame: Frame) -> Answer | None:
        """ANCT's 183 territories: how many in a region, which, and which region has most."""
        perimeters = self.k.perimeters
        if perimeters is None:
            return None
        lang, op = frame.lang, frame.op
        regions = [f.partition(":")[2] for f in frame.filters if f.startswith("region:")]
        left = [f.rpartition(":")[2] for f in frame.filters if f.startswith("not:region:")]
        if frame.ask in METRICS and op in {"most", "least"} and not regions:
            # (« et si on laisse de côté l'Occitanie ? »: the others.)
            without = next(
                (
                    r.code
                    for r in (self.k.places.regions.values() if self.k.places else ())
                    if [r.name] == left
                ),
                "",
            )
            return self._national_ranked(question=question, frame=frame, without=without)
        code = next(
            (
                r.code
                for r in (self.k.places.regions.values() if self.k.places else ())
                if len(regions) == 1 and r.name == regions[0]
            ),
            None,
        )
        if frame.ask in METRICS and op in {"most", "least"} and code and code != OCCITANIE:
            # « lequel a le plus de communes ? » after a region's territories.
            return self._national_ranked(question=question, frame=frame, region=code)
        if frame.ask == "region" and op in {"most", "least"} and not regions:
            counts: dict[str, int] = {}
            for territory in perimeters.territories.values():
                name = self._region_name(territory.region)
                counts[name] = counts.get(name, 0) + 1
            ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
            name, count = ranked[0] if op == "most" else ranked[-1]
            listing = "\n".join(f"• {region}{colon(lang)}{n}" for region, n in ranked)
            return Answer(
                question=question,
                text=t(
                    lang,
                    f"{name}, avec {count} territoires d'industrie (selon la région où l'ANCT les range) :\n{listing}",
                    f"{name}, with {count} industrial territories (by the region ANCT files them under):\n{listing}",
                ),
                intent="list",
                language=lang,
                sources=(self._anct,),
            )
        departments = [f.partition(":")[2] for f in frame.filters if f.startswith("department:")]
        if (
            not frame.filters
            and op in {"count", "lookup"}
            and frame.ask in {"laureate", "membership"}
            and "about" in frame.stated
        ):
            # « How many Territoires d'industrie nationally? »: ANCT's count.
            count = len(perimeters.territories)
            return Answer(
                question=question,
                text=t(
                    lang,
                    f"{count} territoires d'industrie sont lauréats pour 2023-2027 en France "
                    "(données de l'ANCT), dont les 15 lauréats d'Occitanie du communiqué.",
                    f"{count} industrial territories are laureates for 2023-2027 in France "
                    "(ANCT's data), including the release's 15 Occitanie laureates.",
                ),
                intent="counts",
                language=lang,
                sources=(self._anct,),
            )
        if op == "share" and code is not None:
            return self._region_share(question=question, frame=frame, code=code)
        if len(departments) == 1 and not regions and op in {"count", "list", "lookup", "yesno"}:
            return self._department_territories(question=question, frame=frame, code=departments[0])
        if code is None or op not in {"count", "list", "lookup", "yesno"} or code == OCCITANIE:
            # Occitanie's territories are its 15 laureates: the list answers give them.
            return None
        found = self.k.region_territories(code)
        names = [n.name for n in found.territories]
        filed = [n for n in found.territories if n.region == code]
        listing = "\n".join(
            f"• {n.name}"
            + (t(lang, " (interrégional)", " (interregional)") if n.id in found.spanning else "")
            for n in found.territories
        )
        # ANCT files each territory under one region; some reach into a neighbour too.
        beyond = len(names) - len(filed)
        counted = t(
            lang,
            f"{len(filed)} territoires d'industrie sont rattachés à la région {regions[0]} par "
            f"l'ANCT"
            + (
                f", et {beyond} autre{'s y débordent' if beyond > 1 else ' y déborde'}"
                if beyond
                else ""
            ),
            f"ANCT files {len(filed)} industrial territories under {regions[0]}"
            + (f", and {beyond} more reach into it" if beyond else ""),
        )
        # The region's own answer holds its map's button.
        buttons = self.region(question=question, code=code, lang=lang).buttons
        opening = ""
        if op == "yesno":
            # « y a-t-il des TI en Corse ? », « l'ANCT en recense 24 en Auvergne-Rhône-Alpes ? »
            folded = self.said(question)
            stated = [n for n in numbers.counts(folded) if n not in numbers.years(folded)]
            truth = stated[0] in {len(filed), len(names)} if stated else bool(names)
            opening = t(lang, "Oui : " if truth else "Non : ", "Yes: " if truth else "No: ")
        return Answer(
            question=question,
            text=opening
            + t(
                lang,
                f"{counted} :\n{listing}",
                f"{counted}:\n{listing}",
            ),
            intent="list",
            language=lang,
            national_territories=tuple(names),
            sources=(self._anct,),
            buttons=buttons,
        )

    def _in_ancts(self, *, question: str, frame: Frame, kinds: set[str]) -> Answer | None:
        """« le Finistère est dans un territoire d'industrie ? »: yes, in ANCT's; outside
        Occitanie, none of the release's fifteen is the answer to another question."""
        if not (
            frame.ask in {"laureate", "membership"}
            and frame.op == "yesno"
            and kinds in ({"department"}, {"region"})
            and len(frame.about) == 1
        ):
            return None
        code = subject_id(frame.about[0])
        if kinds == {"department"} and not self.department_reach(code):
            # « le Var, il est dans la liste des 15 ? »: no, and which of ANCT's are there;
            # « le Var a un TI ? »: yes, ANCT's, none of the 15.
            return self.department(question=question, code=code, lang=frame.lang)
        if not asks_territories(question):
            return None
        national = self._territories_whole(
            question=question,
            frame=replace(frame, ask="laureate", about=("territories",), filters=frame.about),
        )
        return national if national is not None and national.national_territories else None


def _national_note(lang: Language) -> str:
    """What one of ANCT's other territories is, beside what the release details."""
    return t(
        lang,
        "\n\nC'est l'un des 183 territoires d'industrie nationaux (données de l'ANCT) ; le "
        "communiqué, lui, ne détaille que les lauréats d'Occitanie.",
        "\n\nIt is one of the 183 industrial territories nationwide (ANCT's data); the press "
        "release details only Occitanie's laureates.",
    )
