"""Computed answers about parts of a whole: a town's inhabitants and its share of its
laureate's, a laureate's communes or inhabitants within a department, and the share of a
department that laureates cover."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer import Answer
from bot.answers.common import join, t
from bot.answers.computed import Computed, number, percent
from bot.knowledge.schema import Territory
from bot.normalize import fold
from bot.understanding.frame import Frame, subject_id, subject_kind

# « la plus grande part », « le pourcentage »: ranked by the share covered, not the size.
_SHARE = re.compile(r"\b(?:part|parts|proportion|pourcentage|taux|share|percentage)\b|%")


class Parts(Computed):
    """How much of a whole a town, a laureate or the laureates are."""

    def _departments_ranked_in(self, *, question: str, frame: Frame, name: str) -> Answer | None:
        """A region's departments ranked by communes or inhabitants, or by the share of them
        the laureates cover (« la plus grande part de communes dans un lauréat »)."""
        places, coverage, lang = self.k.places, self.k.coverage, frame.lang
        if places is None or coverage is None:
            return None
        region = next((r for r in places.regions.values() if r.name == name), None)
        if region is None:
            return None
        inside = self.k.laureate_communes
        shared = bool(_SHARE.search(fold(question)))
        rows = []
        for code, department in places.departments.items():
            if department.region != region.code:
                continue
            communes = places.by_department.get(code, ())
            covered = [c for c in communes if c.code in inside]
            part, whole, unit = self._amounts(frame.ask, covered, communes, lang)
            value = part / whole if shared and whole else float(whole)
            shown = percent(part, whole, lang) if shared else f"{number(whole, lang)} {unit}"
            rows.append((value, self.department_label(code), shown))
        if not rows:
            return None
        rows.sort(key=lambda row: -row[0])
        best = rows[0] if frame.op == "most" else rows[-1]
        ranking = "\n".join(f"• {label} : {shown}" for _, label, shown in rows)
        return self._answer(
            question=question,
            frame=frame,
            text=f"{best[1]}, {best[2]} :\n{ranking}",
            territories=[],
        )

    def _town_population(self, *, question: str, frame: Frame) -> Answer | None:
        """Towns' inhabitants (Etalab), side by side, and a town's share of its laureate's."""
        places = self.k.places
        if places is None or frame.ambiguous:
            return None
        lang = frame.lang
        towns = [places.find(subject_id(s)) for s in frame.about if subject_kind(s) == "commune"]
        named = [self._by_name[subject_id(s)] for s in frame.about if subject_kind(s) == "laureate"]
        if any(town is None for town in towns):
            return None
        found = [town for town in towns if town is not None]
        lines = [
            t(
                lang,
                f"{town.name} ({town.department}) : {number(town.population, lang)} habitants",
                f"{town.name} ({town.department}): {number(town.population, lang)} inhabitants",
            )
            for town in found
        ]
        laureates: list[Territory] = []
        if frame.op == "share" and len(found) == 1:
            town = found[0]
            within = named or [t_ for t_ in self.k.territories if town.code in self._codes_of(t_)]
            if not within:
                return None
            territory = within[0]
            whole = sum(c.population for c in self._communes_of(territory))
            lines.append(
                t(
                    lang,
                    f"soit {percent(town.population, whole, lang)} des {number(whole, lang)} "
                    f"habitants de « {territory.name} »",
                    f"that is {percent(town.population, whole, lang)} of the "
                    f"{number(whole, lang)} inhabitants of “{territory.name}”",
                )
            )
            laureates = [territory] if town.code in self._codes_of(territory) else []
        elif named:
            return None
        return Answer(
            question=question,
            text=("\n" if frame.op != "share" else ", ").join(lines) + ".",
            intent="laureate",
            language=lang,
            territories=tuple(x.name for x in laureates),
            emphasis=tuple(town.name for town in found),
            sources=(self._anct,),
            about=tuple(f"c_{town.code}" for town in found),
        )

    def _department_share(
        self, *, question: str, frame: Frame, territories: Sequence[str], code: str
    ) -> Answer | None:
        """The share of a department's communes or inhabitants that laureates cover."""
        places, lang = self.k.places, frame.lang
        if places is None:
            return None
        chosen = [self._by_name[subject_id(s)] for s in territories]
        department = places.by_department.get(code, ())
        covered = {c.code: c for each in chosen for c in self._communes_of(each, code)}
        part, whole, unit = self._amounts(frame.ask, list(covered.values()), department, lang)
        names = join([f"« {territory.name} »" for territory in chosen], lang)
        return self._answer(
            question=question,
            frame=frame,
            text=t(
                lang,
                f"{names} couvre{'nt' if len(chosen) > 1 else ''} {number(part, lang)} des "
                f"{number(whole, lang)} {unit} {self._of_the_department(code)}, soit "
                f"{percent(part, whole, lang)}.",
                f"{names} cover{'' if len(chosen) > 1 else 's'} {number(part, lang)} of the "
                f"{number(whole, lang)} {unit} of {self.department_label(code)}: "
                f"{percent(part, whole, lang)}.",
            ),
            territories=chosen,
            intent="laureate",
        )

    def _within_department(
        self, *, question: str, frame: Frame, territories: Sequence[Territory], code: str
    ) -> Answer | None:
        """A laureate's communes or inhabitants in one department, and their share."""
        lang, lines = frame.lang, []
        for territory in territories:
            part, whole, unit = self._amounts(
                frame.ask, self._communes_of(territory, code), self._communes_of(territory), lang
            )
            lines.append(
                t(
                    lang,
                    f"« {territory.name} » compte {number(part, lang)} {unit} dans "
                    f"{self._the_department(code)}, soit {percent(part, whole, lang)} de ses "
                    f"{number(whole, lang)}.",
                    f"“{territory.name}” has {number(part, lang)} {unit} in "
                    f"{self.department_label(code)}: {percent(part, whole, lang)} of its "
                    f"{number(whole, lang)}.",
                )
            )
        return self._answer(
            question=question,
            frame=frame,
            text="\n".join(lines),
            territories=territories,
            intent="laureate",
        )
