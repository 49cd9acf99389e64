"""A laureate taken apart, from ANCT's members and Etalab's communes: its groupings (its
intercommunalities) one by one — those in a department, the largest or smallest of them, by
inhabitants or by communes —, a town's own grouping, and its communes or inhabitants
department by department."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.answer import Answer
from bot.answers import french
from bot.answers.common import colon, join, ordinal, t
from bot.answers.computed import Computed, departments_hold, towns_said
from bot.answers.perimeters import communes as communes_said
from bot.answers.quantities import number
from bot.knowledge.places import Commune
from bot.knowledge.schema import Territory
from bot.normalize import fold
from bot.understanding.frame import Frame, subject_id, subject_kind
from bot.understanding.language import Language
from bot.understanding.outright import GROUPING_WORD, ONE_GROUPING, SAME

# « celle qui a le plus de communes »: ranked by communes, not by inhabitants.
_BY_COMMUNES = re.compile(r"\b(?:communes?|municipalities|villages?)\b")


# « déborde du Gard », « un autre département que le Tarn », « beyond the Gard »: whether a
# territory reaches past the departments named.
_BEYOND = re.compile(
    r"\b(?:autres? (?:departements? )?que|other than|besides|beyond|outside|deborde(?:nt)? (?:du|de"
    r" la|de l|des|hors)|hors (?:du|de la|de l|des))\b"
)
# At most this many communes of a laureate in a department it reaches are named.
_FEW = 5
_YES_NO = {True: ("Oui, la même : ", "Yes, the same one: "), False: ("Non : ", "No: ")}


@dataclass(frozen=True)
class Grouping:
    """One member of a territory, with the communes Etalab puts in it there."""

    siren: str
    name: str
    communes: tuple[Commune, ...]

    @property
    def population(self) -> int:
        return sum(c.population for c in self.communes)


def asks_its_grouping(frame: Frame, *, question: str) -> bool:
    """« Lombez est dans quelle interco ? »: a town's own intercommunality, not the list of
    its territory's."""
    return (
        frame.ask == "members"
        and frame.op in {"lookup", "list"}
        and bool(ONE_GROUPING.search(fold(frame.text or question)))
    )


class Groupings(Computed):
    """Answers about a laureate's groupings taken one by one."""

    def groupings_of(
        self, *, question: str, frame: Frame, territory: Territory, places: list[str]
    ) -> Answer | None:
        """Its groupings in a department (listed or counted), or ranked."""
        if frame.op in {"most", "least"}:
            return self.groupings_ranked(question=question, frame=frame, territory=territory)
        if frame.op in {"list", "lookup", "count"}:
            return self.groupings_within(
                question=question, frame=frame, territory=territory, code=places[0]
            )
        return None

    def groupings(self, territory: Territory) -> tuple[Grouping, ...]:
        """ANCT's members of a laureate, in ANCT's order, each with its communes."""
        perimeters = self.k.perimeters
        national = None if perimeters is None else perimeters.territories.get(territory.anct_id)
        if national is None:
            return ()
        towns = self._communes_of(territory)
        return tuple(
            Grouping(
                siren=member.siren,
                name=member.name,
                communes=tuple(
                    c
                    for c in towns
                    if (c.epci == member.siren if member.kind == "epci" else c.code == member.insee)
                ),
            )
            for member in national.members
        )

    def groupings_within(
        self, *, question: str, frame: Frame, territory: Territory, code: str
    ) -> Answer | None:
        """« et lesquelles sont dans les Hautes-Pyrénées ? »: the groupings with communes in
        a department, and how many there."""
        every = self.groupings(territory)
        if not every:
            return None
        counted = [(g, sum(c.department == code for c in g.communes)) for g in every]
        there = [(g, count) for g, count in counted if count]
        lang, of = frame.lang, self.of_named(territory.name)
        opening = t(
            lang,
            f"{french.counted(len(there), 'groupement')} {of[0]} sur {len(every)} "
            f"{'ont' if len(there) > 1 else 'a'} des communes {self._in_department(code)}",
            f"{len(there)} of the {len(every)} groupings {of[1]} have communes in "
            f"{self.department_label(code)}",
        )
        lines = [
            f"• {g.name} (SIREN {g.siren}){colon(lang)}"
            + t(
                lang,
                f"{communes_said(count, lang)} du département",
                f"{communes_said(count, lang)} there",
            )
            for g, count in there
        ]
        text = opening + ("." if not lines else colon(lang) + "\n" + "\n".join(lines))
        return self._answer(question=question, frame=frame, text=text, territories=[territory])

    def groupings_ranked(
        self, *, question: str, frame: Frame, territory: Territory
    ) -> Answer | None:
        """« l'interco la plus peuplée de Lacq Pau Tarbes ? », « celle qui a le plus de
        communes ? »: by inhabitants, unless the words count communes."""
        every = self.groupings(territory)
        if not every:
            return None
        lang = frame.lang
        by_communes = bool(_BY_COMMUNES.search(fold(question)))

        def size(g: Grouping) -> int:
            return len(g.communes) if by_communes else g.population

        ranked = sorted(every, key=lambda g: (-size(g), g.name))
        most = frame.op == "most"
        # (« et la deuxième plus peuplée ? »: the one at that place.)
        if frame.rank > len(ranked):
            return None
        chosen = ranked[frame.rank - 1] if most else ranked[-frame.rank]
        place = f"{ordinal(frame.rank, lang)} " if frame.rank > 1 else ""
        which = t(
            lang,
            (
                f"celui qui a le {place}plus de communes"
                if most
                else f"celui qui a le {place}moins de communes"
            )
            if by_communes
            else (f"le {place}plus peuplé" if most else f"le {place}moins peuplé"),
            (
                f"the one with the {place}most communes"
                if most
                else f"the one with the {place}fewest communes"
            )
            if by_communes
            else (f"the {place}most populous" if most else f"the {place}least populous"),
        )
        of = self.of_named(territory.name)
        text = t(
            lang,
            f"Des {len(every)} groupements {of[0]}, {which} est « {chosen.name} » "
            f"(SIREN {chosen.siren}) : {number(chosen.population, lang)} habitants, "
            f"{communes_said(len(chosen.communes), lang)}.",
            f"Of the {len(every)} groupings {of[1]}, {which} is “{chosen.name}” "
            f"(SIREN {chosen.siren}): {number(chosen.population, lang)} inhabitants, "
            f"{communes_said(len(chosen.communes), lang)}.",
        )

        def measured(g: Grouping) -> str:
            # (Both measures: « et combien de communes chacune ? » is answered already.)
            people = t(
                lang,
                f"{number(g.population, lang)} habitants",
                f"{number(g.population, lang)} inhabitants",
            )
            communes = communes_said(len(g.communes), lang)
            return f"{communes}, {people}" if by_communes else f"{people}, {communes}"

        listed = "\n".join(
            f"{rank}. {g.name}{colon(lang)}{measured(g)}" for rank, g in enumerate(ranked, start=1)
        )
        text += "\n\n" + t(lang, "Le classement", "The ranking") + colon(lang) + "\n" + listed
        answer = self._answer(question=question, frame=frame, text=text, territories=[territory])
        # (« Elle compte combien de communes ? » next asks of the one ranked first.)
        return replace(answer, about=(f"e_{chosen.siren}",))

    def grouping_asked(self, *, question: str, frame: Frame, kinds: set[str]) -> Answer | None:
        """A town's own intercommunality, or an intercommunality's communes or inhabitants;
        None when neither is asked."""
        if kinds == {"commune"} and asks_its_grouping(frame, question=question):
            return self.town_grouping(question=question, frame=frame)
        if kinds == {"epci"} and frame.ask == "departments" and frame.op != "yesno":
            return self.grouping_placed(question=question, frame=frame)
        if kinds == {"epci"} and frame.ask in {"communes", "population"}:
            if frame.op in {"most", "least"} and len(frame.about) == 1:
                return self.grouping_towns_ranked(question=question, frame=frame)
            return self.grouping_measured(question=question, frame=frame)
        said = fold(question)
        if (
            kinds == {"commune"}
            and len(frame.about) > 1
            and SAME.search(said)
            and GROUPING_WORD.search(said)
        ):
            return self.towns_alike(question=question, frame=frame)
        return None

    def towns_alike(self, *, question: str, frame: Frame) -> Answer | None:
        """« Foix et Pamiers, même interco ? »: whether the towns share their
        intercommunality, then each one's."""
        places = self.k.places
        towns = [None if places is None else places.find(subject_id(s)) for s in frame.about]
        found = [town for town in towns if town is not None]
        each = self.town_grouping(question=question, frame=frame)
        if len(found) != len(towns) or each is None:
            return None
        alike = len({town.epci for town in found}) == 1 and found[0].epci is not None
        return replace(each, text=t(frame.lang, *_YES_NO[alike]) + each.text)

    def town_grouping(self, *, question: str, frame: Frame) -> Answer | None:
        """« elle est rattachée à quelle intercommunalité ? » of a town: its intercommunality
        (Etalab's), and the territory that has it as a member, if any (ANCT's)."""
        places = self.k.places
        if places is None:
            return None
        lang, lines, held = frame.lang, [], []
        for subject in frame.about:
            commune = places.communes_by_code.get(subject_id(subject))
            if commune is None:
                return None
            name = f"{commune.name} ({commune.department})"
            epci = None if commune.epci is None else places.epci_names.get(commune.epci)
            if commune.epci is None or epci is None:
                lines.append(
                    t(
                        lang,
                        f"{name} n'appartient à aucune intercommunalité selon Etalab.",
                        f"{name} belongs to no intercommunality according to Etalab.",
                    )
                )
                continue
            member, laureates = self._member_of(commune.epci, lang)
            held += laureates
            lines.append(
                t(
                    lang,
                    f"{name} appartient à l'intercommunalité « {epci} » (SIREN {commune.epci})"
                    + (
                        f", membre du territoire d'industrie {member}."
                        if member
                        else ", membre d'aucun territoire d'industrie dans les données de l'ANCT."
                    ),
                    f"{name} belongs to the intercommunality “{epci}” (SIREN {commune.epci})"
                    + (
                        f", a member of the industrial territory {member}."
                        if member
                        else ", a member of no industrial territory in ANCT's data."
                    ),
                )
            )
        return self._answer(question=question, frame=frame, text="\n".join(lines), territories=held)

    def grouping_placed(self, *, question: str, frame: Frame) -> Answer | None:
        """« la CC Aure Louron est dans quel département ? »: where its communes lie
        (Etalab's), department by department when they lie in several."""
        places = self.k.places
        if places is None:
            return None
        lang, lines = frame.lang, []
        for subject in frame.about:
            siren = subject_id(subject)
            name, towns = places.epci_names.get(siren), places.by_epci.get(siren, ())
            if name is None or not towns:
                return None
            codes = sorted({town.department for town in towns})
            where = join(
                [
                    t(lang, self._the_department(code), self.department_label(code))
                    + (
                        f"{colon(lang)}{communes_said(sum(x.department == code for x in towns), lang)}"
                        if len(codes) > 1
                        else ""
                    )
                    for code in codes
                ],
                lang,
            )
            lines.append(
                t(
                    lang,
                    f"Les {communes_said(len(towns), lang)} de « {name} » (SIREN {siren}) sont "
                    f"dans {where}."
                    if len(towns) > 1
                    else f"« {name} » est dans {where}.",
                    f"The {communes_said(len(towns), lang)} of “{name}” (SIREN {siren}) lie in "
                    f"{where}."
                    if len(towns) > 1
                    else f"“{name}” lies in {where}.",
                )
            )
        return self._answer(question=question, frame=frame, text="\n".join(lines), territories=[])

    def grouping_towns_ranked(self, *, question: str, frame: Frame) -> Answer | None:
        """« et sa commune la plus peuplée ? » of an intercommunality: its towns ranked by
        their inhabitants (Etalab's)."""
        places = self.k.places
        siren = subject_id(frame.about[0])
        name = None if places is None else places.epci_names.get(siren)
        if places is None or name is None:
            return None
        return self.largest(
            question=question,
            frame=replace(frame, ask="population"),
            communes=places.by_epci.get(siren, ()),
            of=(f"{french.elided_of(name)}« {name} »", f"of “{name}”"),
            # (Its towns were asked of, not its territory's.)
            territories=[],
        )

    def grouping_measured(self, *, question: str, frame: Frame) -> Answer | None:
        """« la CC du Vallespir compte combien de communes ? »: an intercommunality's
        communes and inhabitants (Etalab's), and the territory it is a member of (ANCT's)."""
        places = self.k.places
        if places is None:
            return None
        lang, lines, held = frame.lang, [], []
        for subject in frame.about:
            siren = subject_id(subject)
            name, towns = places.epci_names.get(siren), places.by_epci.get(siren, ())
            if name is None or not towns:
                return None
            member, laureates = self._member_of(siren, lang)
            held += laureates
            people = number(sum(c.population for c in towns), lang)
            lines.append(
                t(
                    lang,
                    f"« {name} » (SIREN {siren}) compte {communes_said(len(towns), lang)} et "
                    f"{people} habitants selon Etalab"
                    + (
                        f" ; elle est membre du territoire d'industrie {member}." if member else "."
                    ),
                    f"“{name}” (SIREN {siren}) has {communes_said(len(towns), lang)} and "
                    f"{people} inhabitants according to Etalab"
                    + (
                        f"; it is a member of the industrial territory {member}." if member else "."
                    ),
                )
            )
            if frame.ask == "communes" and frame.op in {"list", "lookup"}:
                # (« et c'est quoi ses communes ? »: named, the largest first.)
                first = t(
                    lang, "Ses communes, les plus peuplées d'abord", "Its communes, largest first"
                )
                lines.append(f"{first}{colon(lang)}{towns_said(towns, lang)}")
        return self._answer(question=question, frame=frame, text="\n".join(lines), territories=held)

    def _member_of(self, siren: str, lang: Language) -> tuple[str, list[Territory]]:
        """The territories an intercommunality is a member of, named (the laureates among
        them by the release's names), and those laureates."""
        coverage, perimeters = self.k.coverage, self.k.perimeters
        if coverage is None or perimeters is None:
            return "", []
        ids = coverage.by_epci.get(siren, ())
        laureates = self.laureates_of_grouping(siren)
        named = [f"« {x.name} »" for x in laureates] or [
            f"« {perimeters.territories[i].name} »" for i in ids if i in perimeters.territories
        ]
        return join(named, lang), laureates

    def lies_in(self, *, question: str, frame: Frame, codes: list[str]) -> Answer | None:
        """« Béziers-Sète couvre-t-il aussi le Gard ? », « Albigeois, le 81 ou le 12 ? »:
        the laureate's departments, as the release gives them; and, asked of one the release
        does not give, whether ANCT's perimeter reaches it all the same."""
        name = next(subject_id(s) for s in frame.about if subject_kind(s) == "laureate")
        territory = self._by_name.get(name)
        # Named by a town of its name (« Revel en Isère »): the place answers say. (Not
        # named at all, but the conversation's, « il déborde sur la Haute-Garonne ? »: it.)
        folded = self.said(question)
        by_town = (
            f"laureate:{name}" in frame.named
            and fold(name) not in folded
            and any(s == f"laureate:{name}" for s, _ in frame.towns)
        )
        if territory is None or by_town:
            return None
        lang = frame.lang
        line = self._value_line(territory, "departments", lang)
        if frame.op == "yesno":
            inside = departments_hold(territory.departments, codes=codes, folded=folded)
            asked = codes
            if _BEYOND.search(folded):
                # « il déborde du Gard ? », « … sur un autre département que le Tarn ? »:
                # whether it reaches any other, in the release or in ANCT's perimeter.
                held = {c.department for c in self._communes_of(territory)}
                asked = sorted((held | set(territory.departments)) - set(codes))
                inside = any(c in territory.departments for c in asked)
            reached = [
                (c, len(self._communes_of(territory, c)))
                for c in asked
                if c not in territory.departments
            ]
            if not inside and reached and all(count for _, count in reached):
                # (« Hautes Terres d'Oc déborde sur l'Hérault ? »: a few of its communes are.)
                inside, listed = (
                    True,
                    join([self.department_label(c) for c in territory.departments], lang),
                )
                line = join(
                    [self._reached_line(territory, code, count, lang) for code, count in reached],
                    lang,
                ) + t(
                    lang,
                    f" ; le communiqué le range dans : {listed}.",
                    f"; the press release lists it under: {listed}.",
                )
            opening = t(lang, "Oui", "Yes") if inside else t(lang, "Non", "No")
            line = f"{opening}{' :' if lang == 'fr' else ':'} {line}"
        return self._answer(
            question=question, frame=frame, text=line, territories=[territory], intent="laureate"
        )

    def _reached_line(self, territory: Territory, code: str, count: int, lang: Language) -> str:
        """« selon l'ANCT, 6 communes de « X » sont dans l'Hérault (34) »."""
        several, of = count > 1, self.of_named(territory.name)
        towns = self._communes_of(territory, code)
        # (A few: named, « 1 commune … dans l'Ardèche (07) : Saint-Sauveur-de-Cruzières ».)
        named = f"{colon(lang)}{', '.join(c.name for c in towns)}" if count <= _FEW else ""
        return t(
            lang,
            f"selon l'ANCT, {communes_said(count, lang)} {of[0]} "
            f"{'sont' if several else 'est'} {self._in_department(code)}{named}",
            f"according to ANCT, {communes_said(count, lang)} {of[1]} "
            f"{'are' if several else 'is'} in {self.department_label(code)}{named}",
        )

    def by_department(self, *, question: str, frame: Frame, territory: Territory) -> Answer:
        """« combien de communes dans chacun ? » after its departments: its communes, or its
        inhabitants, department by department."""
        lang, towns = frame.lang, self._communes_of(territory)
        codes = sorted({c.department for c in towns})

        def amount(communes: Sequence[Commune]) -> int:
            return len(communes) if frame.ask == "communes" else sum(c.population for c in communes)

        def said(value: int) -> str:
            if frame.ask == "communes":
                return communes_said(value, lang)
            return t(lang, f"{number(value, lang)} habitants", f"{number(value, lang)} inhabitants")

        parts = [
            t(
                lang,
                f"{said(amount(self._communes_of(territory, code)))} {self._in_department(code)}",
                f"{said(amount(self._communes_of(territory, code)))} in "
                f"{self.department_label(code)}",
            )
            for code in codes
        ]
        text = t(
            lang,
            f"« {territory.name} » compte {said(amount(towns))} : {join(parts, lang)}.",
            f"“{territory.name}” has {said(amount(towns))}: {join(parts, lang)}.",
        )
        return self._answer(question=question, frame=frame, text=text, territories=[territory])
