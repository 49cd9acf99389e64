"""The towns of a place above or below a number of inhabitants: « combien de communes de
Nord Lozère ont plus de 1 000 habitants ? », « lesquelles ? »."""

from __future__ import annotations

from bot.answer import Answer
from bot.answers import french
from bot.answers.common import colon, t
from bot.answers.computed import THRESHOLDS, Computed, towns_said
from bot.answers.quantities import number, threshold_text
from bot.knowledge.places import Commune
from bot.knowledge.schema import Territory
from bot.understanding.frame import Frame, subject_id, subject_kind


class TownsOver(Computed):
    """Towns of a laureate, a department or an intercommunality, picked by inhabitants."""

    def towns_over(self, *, question: str, frame: Frame) -> Answer | None:
        """Those of the one place asked of whose inhabitants pass every threshold: counted
        and named, the most populous first."""
        limits = [f.split(":") for f in frame.filters if ":population:" in f]
        if frame.ask != "communes" or not limits or len(frame.about) != 1:
            return None
        if any(kind not in THRESHOLDS for kind, _, _ in limits):
            return None
        found = self._towns_of(frame.about[0])
        if found is None:
            return None
        name, towns, laureates = found
        codes = [f.partition(":")[2] for f in frame.filters if f.startswith("department:")]
        if codes and subject_kind(frame.about[0]) != "department":
            # (« et dans les Hautes-Pyrénées ? »: those of its towns there.)
            towns = tuple(c for c in towns if c.department in codes)
            name = (
                f"{name[0]} {' et '.join(self._in_department(c) for c in codes)}",
                f"{name[1]} in {' and '.join(self.department_label(c) for c in codes)}",
            )
        kept = [
            c
            for c in towns
            if all(THRESHOLDS[kind](c.population, int(value)) for kind, _, value in limits)
        ]
        lang = frame.lang
        said = " ".join(
            threshold_text(kind, f"population:{value}", lang) for kind, _, value in limits
        )
        count = number(len(kept), lang)
        text = t(
            lang,
            f"{french.capitalise(name[0])} compte {count} commune{'s' if len(kept) > 1 else ''} "
            f"{said}, sur {number(len(towns), lang)}",
            f"{name[1][:1].upper()}{name[1][1:]} has {count} "
            f"commune{'s' if len(kept) != 1 else ''} {said}, out of {number(len(towns), lang)}",
        )
        text += f"{colon(lang)}{towns_said(kept, lang)}" if kept else "."
        return self._answer(question=question, frame=frame, text=text, territories=laureates)

    def _towns_of(
        self, subject: str
    ) -> tuple[tuple[str, str], tuple[Commune, ...], list[Territory]] | None:
        """The place's name (French, English), its current communes and its laureate."""
        kind, ident, places = subject_kind(subject), subject_id(subject), self.k.places
        if places is None:
            return None
        if kind == "laureate" and (territory := self._by_name.get(ident)) is not None:
            named = (f"« {territory.name} »", f"“{territory.name}”")
            return named, self._communes_of(territory), [territory]
        if kind == "department":
            the = french.the(self.k.department_name(ident), self._liaison(ident))
            towns = places.by_department.get(ident, ())
            return (f"{the} ({ident})", self.department_label(ident)), towns, []
        if kind == "epci":
            label = places.epci_names.get(ident, ident)
            return (f"« {label} »", f"“{label}”"), places.by_epci.get(ident, ()), []
        return None
