"""Towns' inhabitants (Etalab): side by side, weighed against each other or against an
amount the question states, and a town's share of its laureate's."""

from __future__ import annotations

from bot.answer import Answer
from bot.answers.common import colon, t
from bot.answers.compared import claim_holds, claim_of
from bot.answers.national import National
from bot.answers.quantities import number, percent
from bot.knowledge.places import Commune
from bot.knowledge.schema import Territory
from bot.understanding import numbers
from bot.understanding.frame import Frame, subject_id, subject_kind


class Inhabitants(National):
    """How many live in a town, and how that compares."""

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
        lead, found = (
            ("", found)
            if named
            else self._towns_weighed(question=question, frame=frame, found=found)
        )
        lines = [
            t(
                lang,
                f"{self._town_label(town, found)} : {number(town.population, lang)} habitants",
                f"{self._town_label(town, found)}: {number(town.population, lang)} inhabitants",
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
                    f"habitants {self.of_named(territory.name)[0]}",
                    f"that is {percent(town.population, whole, lang)} of the "
                    f"{number(whole, lang)} inhabitants of “{territory.name}”",
                )
            )
            laureates = [territory] if town.code in self._codes_of(territory) else []
        elif named:
            return None
        if lead in {"Oui", "Non", "Yes", "No"} and len(found) == 1:
            # (« Non : Perpignan (66) compte 121 616 habitants. »)
            town = found[0]
            lines = [
                t(
                    lang,
                    f"{lead} : {town.name} ({town.department}) compte "
                    f"{number(town.population, lang)} habitants",
                    f"{lead}: {town.name} ({town.department}) has "
                    f"{number(town.population, lang)} inhabitants",
                )
            ]
            lead = ""
        return Answer(
            question=question,
            text=(f"{lead}{colon(lang).rstrip()}\n" if lead else "")
            + ("\n" if frame.op != "share" else ", ").join(lines)
            + ".",
            intent="laureate",
            language=lang,
            territories=tuple(x.name for x in laureates),
            emphasis=tuple(town.name for town in found),
            sources=(self._anct,),
            about=tuple(f"c_{town.code}" for town in found),
        )

    def _towns_weighed(
        self, *, question: str, frame: Frame, found: list[Commune]
    ) -> tuple[str, list[Commune]]:
        """What a comparison of towns' inhabitants answers first, and the towns in the order
        to give them: « Oui » to « Castres compte plus d'habitants qu'Albi ? », « Aurillac est
        la plus peuplée » to « Rodez ou Aurillac, laquelle est la plus peuplée ? »."""
        lang = frame.lang
        claim = claim_of(self.said(question)) if frame.op in {"compare", "yesno"} else None
        stated = numbers.amounts(self.said(question)) if frame.op == "yesno" else ()
        if stated and len(found) == 1:
            # (« perpignan a 150000 hab ? »: the amount said, the last one, against its own.)
            held = numbers.amount_holds(stated[-1], found[0].population)
            return (t(lang, "Oui", "Yes") if held else t(lang, "Non", "No")), found
        if claim is not None and len(found) == 2:
            a, b = (town.population for town in found)
            truth = claim_holds(claim, a, b)
            return (t(lang, "Oui", "Yes") if truth else t(lang, "Non", "No")), found
        most = frame.op != "least"
        ranked = sorted(found, key=lambda town: -town.population if most else town.population)
        if (
            frame.op not in {"most", "least", "compare"}
            or len(found) < 2
            or ranked[0].population == ranked[1].population
        ):
            return "", found
        first = ranked[0]
        # (Namesakes, « Mauvezin » of the Gers and of the Haute-Garonne, by their department.)
        name = self._town_label(first, found) if _namesakes(first, found) else first.name
        lead = t(
            lang,
            f"{name} est la {'plus' if most else 'moins'} peuplée",
            f"{name} is the {'most' if most else 'least'} populous",
        )
        return lead, ranked

    def _town_label(self, town: Commune, found: list[Commune]) -> str:
        """A town by its department's code, or, among namesakes, its name and code too."""
        if _namesakes(town, found):
            return f"{town.name} ({self.k.department_name(town.department)}, {town.department})"
        return f"{town.name} ({town.department})"


def _namesakes(town: Commune, found: list[Commune]) -> bool:
    return sum(other.name == town.name for other in found) > 1
