"""What the computed answers share: each laureate's and territory's measures, how a value
is written, and which laureates filters keep."""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from bot.answer import Answer
from bot.answers import french
from bot.answers.common import colon, join, ordinal, t
from bot.answers.filter_words import negated_words, other_than, status_words
from bot.answers.measures import METRICS, Measure, measure_all
from bot.answers.perimeters import communes as communes_said
from bot.answers.places import PlaceAnswers
from bot.answers.quantities import amount_of, number, range_text, threshold_text, units
from bot.knowledge.load import Knowledge
from bot.knowledge.places import Commune
from bot.knowledge.schema import Territory
from bot.normalize import fold
from bot.understanding import numbers
from bot.understanding.cues import NOT_OF_A_PHASE
from bot.understanding.filters import EVERY_DEPARTMENT
from bot.understanding.frame import Frame
from bot.understanding.language import Language

# What is asked of a territory that the data holds.
ATTRIBUTES = frozenset(["status", "interregional", "departments", "region", *METRICS])
NEW = re.compile(
    r"\b(?:nouveaux?|nouvel|nouvelles?|nouveaute|entrants?|nouvellement|une premiere|premiere fois|jamais"
    r"|premiere participation|first participation"
    r"|nouveaux? venus?|debutants?|inedite?s?|new|newly|newcomers?|first time|first timers?"
    r"|never"
    # (« fait son entrée dans le programme ? », « absent de la première phase ? »)
    r"|fait son entree|fait ses debuts|fait son apparition|rejoint|absente?s?|n etait pas"
    r"|ne faisait pas|joins?|joined|wasn t|was not|absent from)\b" + NOT_OF_A_PHASE
)
RENEWED = re.compile(
    r"\b(?:renouvel\w*|renewed|renewals?|reconduit\w*|reconduction|deja|already|encore|again"
    r"|returning|avant|before|premiere phase|first phase|anciens?|existants?|2018)\b"
)
# At most this many towns are listed by name.
_TOWNS = 12
# More departments than any territory spans: a larger number counts something else.
_MOST_DEPARTMENTS = 9


def asked_filters(folded: str) -> tuple[str, ...]:
    """The status a question asks about: « nouveau » or « renouvelé »."""
    if NEW.search(folded):
        return ("status:new",)
    return ("status:renewed",) if RENEWED.search(folded) else ()


# « c'est que la Haute-Garonne ? », « only in the Aude? »: those departments and no other.
ONLY = re.compile(
    r"\b(?:seulement|uniquement|exclusivement|only|solely|just|juste|toutes|entierement|entirely"
    r"|100|cent pour cent|totalement|integralement|wholly|completely|purely|tout entier"
    r"|seule?s?|alone|by themselves"
    r"|(?:c est|c|couvre\w*|est|sont|concerne\w*|touche\w*|etend\w* sur|situe\w*|trouve) que?)\b"
)


def departments_hold(
    departments: Sequence[str], *, codes: Sequence[str], folded: str
) -> bool | None:
    """Whether a laureate's departments are as a question states them: those named (all of
    them, and no other when it says « only »), or as many as it says; None when it states
    neither. (A number that is one of its departments' codes names it: « 32/82 ».)"""
    if codes:
        within = all(code in departments for code in codes)
        return within and (not ONLY.search(folded) or set(codes) == set(departments))
    codes_held = {int(code) for code in departments if code.isdigit()}
    stated = [n for n in numbers.counts(folded) if n <= _MOST_DEPARTMENTS and n not in codes_held]
    if len(stated) == 1:
        # (« plus de 2 » compares; « trois », in words, is said equal.)
        how = {value: relation for relation, value in numbers.amounts(folded)}
        return numbers.amount_holds((how.get(stated[0], "="), stated[0]), len(departments))
    return len(departments) > 1 if numbers.several(folded) else None


# « à eux deux », « en tout », « combined »: several measures summed.
_SUMMED = re.compile(
    r"\b(?:a eux deux|a elles deux|a eux trois|en tout|au total|ensemble|cumules?|additionne\w*"
    r"|combined|together|altogether|in total|in all|between them)\b"
)


def towns_said(communes: Iterable[Commune], lang: Language) -> str:
    """Communes, the most populous first: the first dozen, with their inhabitants, and how
    many more."""
    towns = sorted(communes, key=lambda c: (-c.population, c.name))
    shown = ", ".join(f"{c.name} ({number(c.population, lang)})" for c in towns[:_TOWNS])
    more = len(towns) - _TOWNS
    return shown + (t(lang, f" et {more} autres", f" and {more} more") if more > 0 else "") + "."


class Computed(PlaceAnswers):
    """The knowledge's measures and the helpers every computed answer uses."""

    def __init__(self, *, knowledge: Knowledge) -> None:
        super().__init__(knowledge=knowledge)
        self._measures = measure_all(knowledge)
        self._by_name = {territory.name: territory for territory in knowledge.territories}
        # The release's names of its laureates, by ANCT's ids.
        self._released = {territory.anct_id: territory.name for territory in knowledge.territories}
        self._anct = self.k.perimeters.attribution if self.k.perimeters else ""
        self._communes: dict[tuple[str, str], tuple[Commune, ...]] = {}

    def _value_line(self, territory: Territory, ask: str, lang: Language) -> str:
        name = f"« {territory.name} »" if lang == "fr" else f"“{territory.name}”"
        measure = self._measures.get(territory.anct_id)
        # Where it lies, as its card says it: « (Pyrénées-Atlantiques 64, Hautes-Pyrénées 65) ».
        placed = f"{name} ({self._departments_of(territory)})"
        match ask:
            case "status":
                return (
                    f"{placed} : {self._status(territory, lang)}."
                    if lang == "fr"
                    else f"{placed} is {self._status(territory, lang)}."
                )
            case "interregional":
                if territory.interregional:
                    # Which neighbour: « pourquoi interrégional ? »
                    beyond = join(self._regions_reached(territory), lang)
                    return t(
                        lang,
                        f"{placed} est un territoire interrégional : il s'étend au-delà de "
                        f"l'Occitanie{', en ' + beyond if beyond else ''}.",
                        f"{placed} is an interregional territory: it reaches beyond Occitanie"
                        f"{', into ' + beyond if beyond else ''}.",
                    )
                return t(
                    lang,
                    f"{placed} n'est pas interrégional : il est tout entier en Occitanie.",
                    f"{placed} is not interregional: it lies wholly in Occitanie.",
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
                # The neighbour an interregional laureate reaches.
                neighbours = self._regions_reached(territory)
                reached = join(
                    [self._the_region(name) if lang == "fr" else name for name in neighbours], lang
                ) or t(lang, "une région voisine", "a neighbouring region")
                extra = (
                    t(
                        lang,
                        f", et déborde sur {reached} (territoire interrégional)",
                        f" and reaches into {reached} (an interregional territory)",
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
        unit_fr, unit_en = units(ask, measure.metric(ask))
        if ask == "members":
            listed = "\n".join(
                f"• {member}" + (f"{colon(lang)}{communes_said(count, lang)}" if count else "")
                for member, count in zip(measure.members, measure.member_communes, strict=True)
            )
            return t(
                lang,
                f"{name} réunit {value} {unit_fr} selon l'ANCT :\n{listed}",
                f"{name} brings together {value} {unit_en} according to ANCT:\n{listed}",
            )
        if ask in {"population", "communes"} and not measure.communes:
            # (Grand Paris's public territorial bodies: Etalab gives no communes of theirs.)
            members = join(list(measure.members), lang)
            return t(
                lang,
                f"{name} réunit selon l'ANCT {members} ; les intercommunalités d'Etalab n'en "
                "donnent pas les communes : je ne peux ni les compter ni en dire la population.",
                f"{name} is made, according to ANCT, of {members}; Etalab's intercommunalities "
                "do not give its communes: I can neither count them nor give their population.",
            )
        if ask == "population":
            return t(
                lang,
                f"{name} compte {value} habitants, dans ses {number(measure.communes, lang)} communes.",
                f"{name} has {value} inhabitants, in its {number(measure.communes, lang)} communes.",
            )
        return t(lang, f"{name} couvre {value} {unit_fr}.", f"{name} covers {value} {unit_en}.")

    def side_by_side(
        self, *, question: str, frame: Frame, territories: Sequence[Territory]
    ) -> Answer:
        """What is asked of each laureate, one line each; and, asked « à eux deux », « en
        tout », their sum."""
        lang, ask = frame.lang, frame.ask
        lines = [self._value_line(territory, ask, lang) for territory in territories]
        measures = [self._measures.get(territory.anct_id) for territory in territories]
        if (
            len(territories) > 1
            and ask in {"communes", "population", "members"}
            and _SUMMED.search(self.said(question))
            and all(m is not None for m in measures)
        ):
            total = sum(m.metric(ask) for m in measures if m is not None)
            unit_fr, unit_en = units(ask, total)
            lines.append(
                t(
                    lang,
                    f"Au total : {number(total, lang)} {unit_fr}.",
                    f"In all: {number(total, lang)} {unit_en}.",
                )
            )
        return self._answer(
            question=question,
            frame=frame,
            text="\n".join(lines),
            territories=list(territories),
            intent="laureate",
        )

    def _keeps(self, territory: Territory, filters: Sequence[str]) -> bool:
        places = [f for f in filters if f.startswith("department:")]
        if len(places) > 1:
            # « dans le Gers ou en Lozère » : a laureate in either place (in each, « à la
            # fois »).
            others = [f for f in filters if f not in places and f != EVERY_DEPARTMENT]
            held = all if EVERY_DEPARTMENT in filters else any
            return held(self._keeps(territory, [*others, place]) for place in places)
        for raw in filters:
            negated = raw.startswith("not:")
            name = raw.removeprefix("not:")
            kind, _, value = name.partition(":")
            match kind:
                case "status":
                    kept = territory.status == value
                case "interregional":
                    kept = territory.interregional
                case "spanning":
                    kept = len(territory.departments) > 1
                case "department":
                    # (The release's departments, or one ANCT's perimeter reaches: « une
                    # commune ardéchoise dans un lauréat ? » is Alès's.)
                    coverage = self.k.coverage
                    reached = coverage is not None and territory.anct_id in (
                        coverage.by_department.get(value, {})
                    )
                    kept = value in territory.departments or reached
                case "over" | "under" | "atleast" | "atmost":
                    kept = self._beyond_threshold(territory, kind, value)
                case "laureate":
                    kept = territory.name == value
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

    def _beyond_threshold(self, territory: Territory, kind: str, value: str) -> bool:
        """« over:communes:400 »: whether the laureate's measure passes the threshold."""
        measure = self._measures.get(territory.anct_id)
        metric, _, amount = value.partition(":")
        if measure is None:
            return False
        return THRESHOLDS[kind](measure.metric(metric), int(amount))

    def _regions_of(self, territory: Territory) -> set[str]:
        measure = self._measures.get(territory.anct_id)
        codes = measure.region_codes if measure is not None else ()
        return {"Occitanie", *(self._region_name(code) for code in codes)}

    def _described(self, filters: Sequence[str], lang: Language, *, plural: bool = True) -> str:
        adjectives, places = self._described_parts(filters, lang, plural=plural)
        if not adjectives and not places:
            return t(lang, "parmi les 15 lauréats", "among the 15 laureates")
        # « nouveaux et interrégionaux dans le Tarn »
        return " ".join([t(lang, " et ", " and ").join(adjectives), *places]).strip()

    def _counted(self, count: int, filters: Sequence[str], lang: Language) -> str:
        """« 2 lauréats nouveaux dans le Tarn (81) », « 2 new laureates in Tarn (81) »."""
        several = count > 1
        adjectives, places = self._described_parts(filters, lang, plural=several)
        if lang == "fr":
            # (Unfiltered, the laureates are just so many: « 15 lauréats ».)
            described = (
                self._described(filters, lang, plural=several) if adjectives or places else ""
            )
            return f"{count} lauréat{'s' if several else ''} {described}".strip()
        return " ".join(
            [str(count), " and ".join(adjectives), f"laureate{'s' if several else ''}", *places]
        ).replace("  ", " ")

    def _described_parts(
        self, filters: Sequence[str], lang: Language, *, plural: bool
    ) -> tuple[list[str], list[str]]:
        """What the filters say of laureates: adjectives (« nouveaux ») and places (« dans le
        Tarn (81) »)."""
        adjectives: list[str] = []
        places: list[str] = []
        # (« hors du Gard (30) et de l'Aude (11) »: the departments left out, said once.)
        outside: list[str] = []
        # (« dans le Tarn (81) ou dans l'Aude (11) »: a laureate in any of them is kept.)
        inside: list[str] = []
        # (« de 50 à 150 communes »: a range, said once: where its low end was said.)
        lows: dict[str, tuple[int, str]] = {}
        for raw in filters:
            negated = raw.startswith("not:")
            kind, _, value = raw.removeprefix("not:").partition(":")
            metric, _, amount = value.partition(":")
            if kind == "atmost" and metric in lows:
                at, low = lows.pop(metric)
                places[at] = range_text(metric, low, amount, lang)
                continue
            if raw == EVERY_DEPARTMENT:
                continue
            if kind == "atleast" and not negated:
                lows[metric] = (len(places), amount)
            match kind:
                case "status":
                    text = status_words(value, lang=lang, plural=plural)
                case "interregional":
                    text = t(lang, "interrégionaux" if plural else "interrégional", "interregional")
                case "spanning":
                    text = t(lang, "sur plusieurs départements", "spanning several departments")
                case "department":
                    text = t(lang, self._in_department(value), f"in {self.department_label(value)}")
                case "over" | "under" | "atleast" | "atmost":
                    text = threshold_text(kind, value, lang)
                case "laureate":
                    text = other_than(value, lang=lang, plural=plural)
                case _:
                    text = t(lang, f"en {value}", f"in {value}")
            if negated and kind == "department":
                name = self.k.department_name(value)
                outside.append(
                    t(
                        lang,
                        f"{french.of_the(name, self._liaison(value))} ({value})",
                        self.department_label(value),
                    )
                )
                continue
            text = negated_words(text, kind=kind, value=value, lang=lang) if negated else text
            if kind == "department" and not negated:
                inside.append(text)
                continue
            (adjectives if kind in {"status", "interregional"} else places).append(text)
        if inside:
            each = EVERY_DEPARTMENT in filters
            places.insert(
                0, (t(lang, " et ", " and ") if each else t(lang, " ou ", " or ")).join(inside)
            )
        if outside:
            places.append(t(lang, "hors ", "outside ") + join(outside, lang))
        return adjectives, places

    def largest(
        self,
        *,
        question: str,
        frame: Frame,
        communes: Sequence[Commune],
        of: tuple[str, str],
        territories: Sequence[Territory],
    ) -> Answer | None:
        """The largest (or smallest) of some communes by population: of a laureate, of one
        of ANCT's territories, of all fifteen laureates."""
        if not communes:
            return None
        lang = frame.lang
        rank = _after_named(self.said(question), communes, frame.op) or frame.rank
        town = self.ranked_town(communes, frame.op, rank)
        if town is None:
            return None
        shown = numbers.top(self.said(question)) if rank == 1 else None
        place = f"{ordinal(rank, lang)} " if rank > 1 else ""
        which = t(
            lang,
            f"la {place}plus peuplée" if frame.op == "most" else f"la {place}moins peuplée",
            f"the {place}most populous" if frame.op == "most" else f"the {place}least populous",
        )

        text = t(
            lang,
            f"Des {number(len(communes), lang)} communes {of[0]}, {which} est "
            f"{town.name} ({town.department}), {number(town.population, lang)} habitants.",
            f"Of the {number(len(communes), lang)} communes {of[1]}, {which} is "
            f"{town.name} ({town.department}), {number(town.population, lang)} inhabitants.",
        )
        if len(communes) == 1:
            # (One commune is no ranking.)
            text = t(
                lang,
                f"Une seule commune {of[0]} : {town.name} ({town.department}), "
                f"{number(town.population, lang)} habitants.",
                f"Only one commune {of[1]}: {town.name} ({town.department}), "
                f"{number(town.population, lang)} inhabitants.",
            )
        answer = self._answer(
            question=question,
            frame=frame,
            text=text + (self._top(communes, shown, frame) if shown else ""),
            territories=territories,
            intent="laureate" if len(territories) == 1 else "list",
        )
        # (The town named is what « elle a combien d'habitants ? » asks of next.)
        return replace(answer, about=(*answer.about, f"c_{town.code}"))

    def towns_listed(self, *, territory: Territory, lang: Language, code: str = "") -> str:
        """A laureate's communes (in one department, with `code`), the most populous first:
        the first dozen, with their inhabitants, and how many more."""
        return towns_said(self._communes_of(territory, code), lang)

    def towns_within(
        self, *, question: str, frame: Frame, territory: Territory, code: str
    ) -> Answer:
        """« lesquelles sont dans l'Hérault ? »: a laureate's communes in a department."""
        lang, count = frame.lang, len(self._communes_of(territory, code))
        of = self.of_named(territory.name)
        plural, first = ("s", t(lang, ", les plus peuplées d'abord", ", largest first"))
        if count == 1:
            plural, first = "", ""
        opening = t(
            lang,
            f"{number(count, lang)} commune{plural} {of[0]} {self._in_department(code)}{first}",
            f"{number(count, lang)} commune{plural} {of[1]} in {self.department_label(code)}"
            f"{first}",
        )
        listed = self.towns_listed(territory=territory, lang=lang, code=code)
        return self._answer(
            question=question,
            frame=frame,
            text=f"{opening}{colon(lang)}{listed}",
            territories=[territory],
        )

    @staticmethod
    def _top(communes: Sequence[Commune], count: int, frame: Frame) -> str:
        """« les trois plus peuplées »: the first `count` of the ranking, listed."""
        ranked = sorted(communes, key=lambda c: (-c.population, c.name))
        firsts = ranked[:count] if frame.op == "most" else ranked[::-1][:count]
        return "\n" + "\n".join(
            f"{rank}. {c.name} ({c.department}){colon(frame.lang)}"
            f"{number(c.population, frame.lang)}"
            for rank, c in enumerate(firsts, start=1)
        )

    def ranked_town(self, communes: Sequence[Commune], op: str, rank: int) -> Commune | None:
        """The commune at a rank by population (then name), from the top or, with « least »,
        from the bottom; None past the last."""
        if rank == 1:
            return self.extreme(communes, op)
        ranked = sorted(communes, key=lambda c: (-c.population, c.name))
        if rank > len(ranked):
            return None
        return ranked[rank - 1] if op == "most" else ranked[-rank]

    @staticmethod
    def extreme(communes: Iterable[Commune], op: str) -> Commune:
        """The most populous commune, or with « least » the least populous: the ends of a
        ranking by population then name, without sorting thousands of communes."""
        if op == "most":
            return min(communes, key=lambda c: (-c.population, c.name))
        return max(communes, key=lambda c: (-c.population, c.name))

    @staticmethod
    def of_named(name: str) -> tuple[str, str]:
        """« de « Nord Lozère » », « d'« Alès » », « of “Nord Lozère” »."""
        return f"{french.elided_of(name)}« {name} »", f"of “{name}”"

    def _communes_of(self, territory: Territory, code: str = "") -> tuple[Commune, ...]:
        """A laureate's communes (in one department, with `code`), found once: a ranking of
        its towns, asked again, reads the same thousands of communes."""
        key = (territory.anct_id, code)
        found = self._communes.get(key)
        if found is None:
            coverage, places = self.k.coverage, self.k.places
            codes = () if coverage is None else coverage.communes.get(territory.anct_id, ())
            every = [] if places is None else [places.communes_by_code[c] for c in codes]
            found = self._communes[key] = tuple(
                c for c in every if not code or c.department == code
            )
        return found

    @staticmethod
    def _amounts(
        ask: str, part: Sequence[Commune], whole: Sequence[Commune], lang: Language
    ) -> tuple[int, int, str]:
        """Some communes out of others, counted or by their inhabitants, and the unit."""
        unit = t(lang, *(("communes",) * 2 if ask == "communes" else ("habitants", "inhabitants")))
        return amount_of(ask, part), amount_of(ask, whole), unit

    def laureates_of_grouping(self, siren: str) -> list[Territory]:
        """The laureates an intercommunality is a member of (ANCT's)."""
        coverage = self.k.coverage
        ids = () if coverage is None else coverage.by_epci.get(siren, ())
        return [x for i in ids if (x := self.k.laureate(i)) is not None]

    def _codes_of(self, territory: Territory) -> frozenset[str]:
        """The INSEE codes of a laureate's communes (ANCT's perimeter on Etalab's communes)."""
        coverage = self.k.coverage
        return frozenset(coverage.communes.get(territory.anct_id, ())) if coverage else frozenset()

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
        if frame.ask in {"communes", "population"}:
            # (Communes and their inhabitants are counted from Etalab's division.)
            sources += (self.k.sources["etalab-decoupage"].title,)
        return Answer(
            question=question,
            text=text,
            intent=intent or ("laureate" if len(territories) == 1 else "list"),
            language=frame.lang,
            territories=tuple(territory.name for territory in territories),
            emphasis=tuple(territory.name for territory in territories),
            sources=sources,
            # One laureate's answer offers what its card does: its map, its department's list.
            buttons=self._territory_buttons(territories[0], frame.lang)
            if len(territories) == 1
            else (),
            about=tuple(
                f"d_{f.partition(':')[2]}" for f in frame.filters if f.startswith("department:")
            )
            + tuple(f"t_{territory.id}" for territory in territories),
        )

    def _region_words(self) -> list[str]:
        places = self.k.places
        return [fold(r.name) for r in places.regions.values()] if places is not None else []


# A threshold filter's kinds: how a measure compares with it, and how it is said.
THRESHOLDS: dict[str, Callable[[int, int], bool]] = {
    "over": operator.gt,
    "under": operator.lt,
    "atleast": operator.ge,
    "atmost": operator.le,
}
# « la plus grosse commune après Alès » ranks the towns and gives the one that follows.
# (« la plus grande à part Auch »: Auch set aside, the first of the others.)
AFTER = re.compile(
    r"\b(?:apres|after|derriere|behind|just after|juste apres"
    r"|(?P<besides>a part|hormis|en dehors d|except|besides|other than|apart from|autre que)) "
)


def _after_named(said: str, communes: Sequence[Commune], op: str) -> int | None:
    """The rank of the commune just after the one a question names after « après »."""
    found = AFTER.search(said)
    if found is None:
        return None
    rest = said[found.end() :].removeprefix("la ville de ").removeprefix("la commune de ")
    ranked = sorted(communes, key=lambda c: (-c.population, c.name))
    if op != "most":
        ranked.reverse()
    for index, commune in enumerate(ranked):
        name = fold(commune.name)
        if rest.startswith(name) and rest[len(name) : len(name) + 1] in {"", " "}:
            return (2 if index == 0 else 1) if found["besides"] else index + 2
    return None
