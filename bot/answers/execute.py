"""Frames answered by computing on the knowledge: any laureate or territory × attribute ×
filters × operation the data can answer, with the question's polarity. A frame it cannot
answer gets None, and the topic answers take it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.answer import Answer
from bot.answers.common import Base, join, t
from bot.answers.measures import METRICS, Measure, measure_all
from bot.knowledge.load import Knowledge
from bot.knowledge.schema import Territory
from bot.normalize import fold
from bot.understanding.frame import Frame, subject_id, subject_kind
from bot.understanding.language import Language

# What is asked of a territory that the data holds.
ATTRIBUTES = frozenset(["status", "interregional", "departments", "region", *METRICS])
_NEW = re.compile(r"\b(?:nouveaux?|nouvelles?|nouveaute|nouvellement|new|newly)\b")
_RENEWED = re.compile(r"\b(?:renouvel\w*|renewed|reconduits?|deja|already)\b")
_STATUS_FR = {
    ("new", True): "nouveaux",
    ("new", False): "nouveau",
    ("renewed", True): "renouvelés",
    ("renewed", False): "renouvelé",
}
_UNITS = {
    "members": ("intercommunalité(s) ou groupement(s)", "member grouping(s)"),
    "communes": ("communes", "communes"),
    "population": ("habitants", "inhabitants"),
    "departments": ("département(s)", "department(s)"),
}


def number(value: int, lang: Language) -> str:
    return f"{value:,}".replace(",", "," if lang == "en" else " ")


def percent(part: int, whole: int, lang: Language) -> str:
    share = round(100 * part / whole) if whole else 0
    return f"{share}%" if lang == "en" else f"{share} %"


class Executor(Base):
    def __init__(self, *, knowledge: Knowledge) -> None:
        super().__init__(knowledge=knowledge)
        self._measures = measure_all(knowledge)
        self._by_name = {territory.name: territory for territory in knowledge.territories}
        self._anct = self.k.perimeters.attribution if self.k.perimeters else ""

    def answer(self, *, question: str, frame: Frame) -> Answer | None:
        kinds = {subject_kind(s) for s in frame.about}
        if frame.ask == "speaker" or (frame.ask == "quote" and frame.op == "lookup"):
            return None
        if frame.ask not in ATTRIBUTES | {"laureate"}:
            return None
        if kinds == {"laureate"}:
            return self._laureates_named(question=question, frame=frame)
        if kinds == {"laureates"}:
            return self._laureates_whole(question=question, frame=frame)
        if kinds == {"territory"}:
            return self._national(question=question, frame=frame)
        return None

    # One or several laureates the question names.
    def _laureates_named(self, *, question: str, frame: Frame) -> Answer | None:
        chosen = [
            self._by_name[subject_id(s)] for s in frame.about if subject_id(s) in self._by_name
        ]
        if not chosen or frame.ask not in ATTRIBUTES:
            return None
        lang, ask = frame.lang, frame.ask
        if (
            len(chosen) == 1
            and ask in {"members", "communes"}
            and frame.op in {"lookup", "count", "list"}
        ):
            # One laureate's perimeter: its card lists every grouping with its communes.
            return None
        if frame.op in {"most", "least"} and ask in METRICS and len(chosen) > 1:
            return self._ranked(question=question, frame=frame, territories=chosen)
        if frame.op == "yesno":
            return self._yesno(question=question, frame=frame, territories=chosen)
        lines = [self._value_line(territory, ask, lang) for territory in chosen]
        return self._answer(
            question=question,
            frame=frame,
            text="\n".join(lines),
            territories=chosen,
            intent="laureate",
        )

    def _yesno(self, *, question: str, frame: Frame, territories: list[Territory]) -> Answer | None:
        folded, lang, ask = fold(question), frame.lang, frame.ask
        if ask == "status":
            wanted = "new" if _NEW.search(folded) else "renewed" if _RENEWED.search(folded) else ""
            if not wanted:
                return None
            truth = all(territory.status == wanted for territory in territories)
        elif ask == "interregional":
            truth = all(territory.interregional for territory in territories)
        elif ask == "region":
            truth = "occitanie" in folded or "76" in folded.split()
            if not truth and not any(r in folded for r in self._region_words()):
                return None
        else:
            return None
        opening = t(lang, "Oui", "Yes") if truth else t(lang, "Non", "No")
        lines = [self._value_line(territory, ask, lang) for territory in territories]
        return self._answer(
            question=question,
            frame=frame,
            text=f"{opening} : " + "\n".join(lines)
            if lang == "fr"
            else f"{opening}: " + "\n".join(lines),
            territories=territories,
        )

    def _region_words(self) -> list[str]:
        places = self.k.places
        return [fold(r.name) for r in places.regions.values()] if places is not None else []

    def _value_line(self, territory: Territory, ask: str, lang: Language) -> str:
        name = f"« {territory.name} »" if lang == "fr" else f"“{territory.name}”"
        measure = self._measures.get(territory.anct_id)
        match ask:
            case "status":
                return (
                    f"{name} : {self._status(territory, lang)}."
                    if lang == "fr"
                    else f"{name} is {self._status(territory, lang)}."
                )
            case "interregional":
                if territory.interregional:
                    return t(
                        lang,
                        f"{name} est un territoire interrégional : il s'étend au-delà de l'Occitanie.",
                        f"{name} is an interregional territory: it reaches beyond Occitanie.",
                    )
                return t(
                    lang,
                    f"{name} n'est pas interrégional : il est tout entier en Occitanie.",
                    f"{name} is not interregional: it lies wholly in Occitanie.",
                )
            case "departments":
                codes = list(territory.departments)
                labels = join([self.department_label(code) for code in codes], lang)
                return t(
                    lang,
                    f"{name} s'étend sur {len(codes)} département{'s' if len(codes) > 1 else ''} : {labels}.",
                    f"{name} spans {len(codes)} department{'s' if len(codes) > 1 else ''}: {labels}.",
                )
            case "region":
                extra = (
                    t(
                        lang,
                        " (territoire interrégional : il déborde sur une région voisine)",
                        " (an interregional territory, reaching into a neighbouring region)",
                    )
                    if territory.interregional
                    else ""
                )
                return t(
                    lang, f"{name} est en Occitanie{extra}.", f"{name} is in Occitanie{extra}."
                )
        if measure is None:
            return t(
                lang, f"{name} : mes données ne le disent pas.", f"{name}: my data does not say."
            )
        return self._metric_line(name, measure, ask, lang)

    def _metric_line(self, name: str, measure: Measure, ask: str, lang: Language) -> str:
        value = number(measure.metric(ask), lang)
        unit_fr, unit_en = _UNITS[ask]
        if ask == "members":
            listed = "\n".join(f"• {member}" for member in measure.members)
            return t(
                lang,
                f"{name} réunit {value} {unit_fr} selon l'ANCT :\n{listed}",
                f"{name} brings together {value} {unit_en} according to ANCT:\n{listed}",
            )
        if ask == "population":
            return t(
                lang,
                f"{name} compte {value} habitants, dans ses {number(measure.communes, lang)} communes.",
                f"{name} has {value} inhabitants, in its {number(measure.communes, lang)} communes.",
            )
        return t(lang, f"{name} couvre {value} {unit_fr}.", f"{name} covers {value} {unit_en}.")

    # The 15 as a whole, narrowed by filters.
    def _laureates_whole(self, *, question: str, frame: Frame) -> Answer | None:
        lang, ask, op = frame.lang, frame.ask, frame.op
        plain = all(
            f.partition(":")[0] in {"department", "region", "status"} for f in frame.filters
        )
        if plain and (
            (op in {"list", "lookup", "count", "yesno"} and ask in {"laureate", "status", "region"})
            or (op == "yesno" and ask == "members")
        ):
            # The laureates of a place or of a status, or all 15: the list answers say it
            # with each one's share of the place and ANCT's reach beyond the release's
            # departments, and a conversation narrows them further.
            return None
        chosen = [
            territory for territory in self.k.territories if self._keeps(territory, frame.filters)
        ]
        described = self._described(frame.filters, lang)
        if op in {"most", "least"} and ask in METRICS:
            return self._ranked(question=question, frame=frame, territories=chosen)
        if op == "each" and ask in ATTRIBUTES:
            lines = [self._value_line(territory, ask, lang) for territory in chosen]
            return self._answer(
                question=question, frame=frame, text="\n".join(lines), territories=chosen
            )
        if ask == "departments" and any(f.startswith("department:") for f in frame.filters):
            # The departments of the laureates of a department: a reading gone astray.
            return None
        if ask == "departments" and op in {"list", "count", "lookup"}:
            codes = sorted({code for territory in chosen for code in territory.departments})
            labels = join([self.department_label(code) for code in codes], lang)
            return self._answer(
                question=question,
                frame=frame,
                text=t(
                    lang,
                    f"{len(codes)} départements accueillent {described} : {labels}.",
                    f"{len(codes)} departments host {described}: {labels}.",
                ),
                territories=[],
            )
        if op == "share":
            whole = len(self.k.territories)
            return self._answer(
                question=question,
                frame=frame,
                text=t(
                    lang,
                    f"{percent(len(chosen), whole, lang)} : {len(chosen)} des {whole} lauréats sont {described}.",
                    f"{percent(len(chosen), whole, lang)}: {len(chosen)} of the {whole} laureates are {described}.",
                ),
                territories=[],
            )
        if op == "count":
            names = join([territory.name for territory in chosen], lang)
            return self._answer(
                question=question,
                frame=frame,
                text=t(lang, f"{len(chosen)} : {described}", f"{len(chosen)}: {described}")
                + (f" ({names})." if chosen else "."),
                territories=chosen,
            )
        if op == "yesno":
            if not chosen:
                single = self._described(frame.filters, lang, plural=False)
                return self._answer(
                    question=question,
                    frame=frame,
                    text=t(
                        lang,
                        f"Non : aucun des 15 lauréats d'Occitanie n'est {single}.",
                        f"No: none of Occitanie's 15 laureates is {single}.",
                    ),
                    territories=[],
                )
            names = "\n".join(self._territory_line(territory, lang) for territory in chosen)
            return self._answer(
                question=question,
                frame=frame,
                text=t(
                    lang,
                    f"Oui : {len(chosen)} lauréat{'s' if len(chosen) > 1 else ''} {described} :\n",
                    f"Yes: {len(chosen)} laureate{'s' if len(chosen) > 1 else ''} {described}:\n",
                )
                + names,
                territories=chosen,
            )
        if op in {"list", "lookup"}:
            if not chosen:
                return self._answer(
                    question=question,
                    frame=frame,
                    text=t(
                        lang,
                        f"Aucun des 15 lauréats n'est {described}.",
                        f"None of the 15 laureates is {described}.",
                    ),
                    territories=[],
                )
            lines = (
                [self._territory_line(territory, lang) for territory in chosen]
                if ask not in METRICS
                else [self._value_line(territory, ask, lang) for territory in chosen]
            )
            return self._answer(
                question=question,
                frame=frame,
                text=t(
                    lang,
                    f"{len(chosen)} lauréats {described} :\n",
                    f"{len(chosen)} laureates {described}:\n",
                )
                + "\n".join(lines),
                territories=chosen,
            )
        return None

    def _keeps(self, territory: Territory, filters: Sequence[str]) -> bool:
        for raw in filters:
            negated = raw.startswith("not:")
            name = raw.removeprefix("not:")
            kind, _, value = name.partition(":")
            match kind:
                case "status":
                    kept = territory.status == value
                case "interregional":
                    kept = territory.interregional
                case "department":
                    kept = value in territory.departments
                case "region":
                    # Beyond Occitanie, the release's « interrégional » mark decides; ANCT's
                    # perimeter says which neighbour (some also brush one the release omits).
                    regions = self._regions_of(territory) if territory.interregional else set()
                    reaching = {"Occitanie"} | regions
                    kept = value in reaching if not negated else bool(regions - {value})
                    if negated:
                        kept = not kept
                case _:
                    kept = True
            if kept == negated:
                return False
        return True

    def _regions_of(self, territory: Territory) -> set[str]:
        measure = self._measures.get(territory.anct_id)
        codes = measure.region_codes if measure is not None else ()
        return {"Occitanie", *(self._region_name(code) for code in codes)}

    def _described(self, filters: Sequence[str], lang: Language, *, plural: bool = True) -> str:
        parts = []
        for raw in filters:
            negated = raw.startswith("not:")
            kind, _, value = raw.removeprefix("not:").partition(":")
            match kind:
                case "status":
                    text = t(lang, _STATUS_FR[value, plural], value)
                case "interregional":
                    text = t(lang, "interrégionaux" if plural else "interrégional", "interregional")
                case "department":
                    text = t(lang, self._in_department(value), f"in {self.department_label(value)}")
                case _:
                    text = t(lang, f"en {value}", f"in {value}")
            if negated and kind == "department":
                text = t(lang, "hors de ", "outside ") + self._the_department(value)
            elif negated and kind == "region":
                text = t(lang, f"hors {value}", f"outside {value}")
            elif negated:
                text = t(lang, "non ", "not ") + text
            parts.append(text)
        return (
            " ".join(parts) if parts else t(lang, "parmi les 15 lauréats", "among the 15 laureates")
        )

    def _ranked(
        self, *, question: str, frame: Frame, territories: Sequence[Territory]
    ) -> Answer | None:
        lang, ask = frame.lang, frame.ask
        measured = [(territory, self._measures.get(territory.anct_id)) for territory in territories]
        known = [(territory, m) for territory, m in measured if m is not None]
        if not known:
            return None
        pick: Callable[..., tuple[Territory, Measure]] = max if frame.op == "most" else min
        territory, measure = pick(known, key=lambda pair: pair[1].metric(ask))
        others = sorted(known, key=lambda pair: pair[1].metric(ask), reverse=frame.op == "most")
        unit_fr, unit_en = _UNITS[ask]
        ranking = "\n".join(
            f"• {other.name} : {number(m.metric(ask), lang)}" for other, m in others
        )
        head = t(
            lang,
            f"« {territory.name} » en a le {'plus' if frame.op == 'most' else 'moins'} : {number(measure.metric(ask), lang)} {unit_fr}.",
            f"“{territory.name}” has the {'most' if frame.op == 'most' else 'fewest'}: {number(measure.metric(ask), lang)} {unit_en}.",
        )
        return self._answer(
            question=question, frame=frame, text=f"{head}\n{ranking}", territories=[territory]
        )

    # Any of ANCT's 183 territories, outside the 15.
    def _national(self, *, question: str, frame: Frame) -> Answer | None:
        lang, ask = frame.lang, frame.ask
        measures = [
            self._measures[subject_id(s)] for s in frame.about if subject_id(s) in self._measures
        ]
        if not measures or ask not in METRICS | {"region", "departments"}:
            return None
        lines = []
        for measure in measures:
            name = f"« {measure.name} »" if lang == "fr" else f"“{measure.name}”"
            if ask == "region":
                regions = join([self._region_name(code) for code in measure.region_codes], lang)
                lines.append(t(lang, f"{name} est en {regions}.", f"{name} is in {regions}."))
            elif ask == "departments":
                labels = join(
                    [self.department_label(code) for code in measure.department_codes], lang
                )
                lines.append(t(lang, f"{name} s'étend sur : {labels}.", f"{name} spans: {labels}."))
            else:
                lines.append(self._metric_line(name, measure, ask, lang))
        note = t(
            lang,
            "\n\nC'est l'un des 183 territoires d'industrie nationaux (données de l'ANCT) ; le communiqué, lui, ne détaille que les lauréats d'Occitanie.",
            "\n\nIt is one of the 183 industrial territories nationwide (ANCT's data); the press release details only Occitanie's laureates.",
        )
        return Answer(
            question=question,
            text="\n".join(lines) + note,
            intent="laureate",
            language=lang,
            emphasis=tuple(m.name for m in measures),
            national_territories=tuple(m.name for m in measures),
            sources=(self._anct,),
        )

    def _region_name(self, code: str) -> str:
        places = self.k.places
        region = places.regions.get(code) if places is not None else None
        return region.name if region is not None else code

    def _answer(
        self,
        *,
        question: str,
        frame: Frame,
        text: str,
        territories: Sequence[Territory],
        intent: str = "",
    ) -> Answer:
        sources = self._cite(self.k.announcement.source, "liste des lauréats")
        if frame.ask in METRICS:
            sources += (self._anct,)
        return Answer(
            question=question,
            text=text,
            intent=intent or ("laureate" if len(territories) == 1 else "list"),
            language=frame.lang,
            territories=tuple(territory.name for territory in territories),
            emphasis=tuple(territory.name for territory in territories),
            sources=sources,
            about=tuple(
                f"d_{f.partition(':')[2]}" for f in frame.filters if f.startswith("department:")
            )
            + tuple(f"t_{territory.id}" for territory in territories),
        )
