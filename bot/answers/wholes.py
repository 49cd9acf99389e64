"""Computed answers about wholes: the 15 laureates narrowed by filters, counted, ranked or
shared out; how much of a department or region the laureates cover."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Answer
from bot.answers import french
from bot.answers.common import OCCITANIE, asks_a_value, join, t, whether
from bot.answers.computed import ATTRIBUTES, asked_filters
from bot.answers.measures import METRICS
from bot.answers.quantities import percent
from bot.answers.ranked import Rankings
from bot.knowledge.schema import Territory
from bot.normalize import clean, fold
from bot.understanding import numbers
from bot.understanding.cues import LEFT_WITHOUT
from bot.understanding.frame import Frame, subject_id, subject_kind
from bot.understanding.laureate_asked import ALL_OF
from bot.understanding.outright import superlative

# More than the 183 territories: a number that counts none of them.
_MOST_TERRITORIES = 200
# « le plus de départements »: the departments are what is counted, per laureate.
_COUNTS_DEPARTMENTS = re.compile(
    r"\b(?:plus|moins) de (?:departements|depts?)\b|\b(?:most|fewest|least) (?:departements|departments)\b"
)
# « tous », « all », « que des »: a yes/no question of every one of them.
_EVERY = re.compile(
    r"\b(?:tous|toutes|all|every|both|que des|uniquement des|only|(?:ces|les) (?:deux|trois))\b"
)
# A town named as what is ranked: « la plus grande ville », « the smallest commune ».
_COUNTED_TOWNS = re.compile(r"\b\d+ (?:communes|towns|municipalities)\b")
_TOWN = re.compile(r"\b(?:villes?|communes?|towns?|city|cities|villages?|municipalit(?:y|ies))\b")


class Wholes(Rankings):
    """The laureates as a whole, ANCT's territories by region, a department's coverage."""

    def _laureates_whole(self, *, question: str, frame: Frame) -> Answer | None:
        lang, ask, op = frame.lang, frame.ask, frame.op
        if ask == "laureate" and op in {"count", "list", "lookup"} and self._elsewhere(frame):
            # « les TI de La Réunion » : no laureate of the release there, ANCT's territories.
            return self._territories_whole(
                question=question, frame=replace(frame, about=("territories",))
            )
        claim = numbers.proportion(self.said(question))
        if op in {"yesno", "share"} and claim is not None and frame.filters and ask not in METRICS:
            # « un tiers des lauréats sont nouveaux ? »: the share stated, compared.
            kept = [each for each in self.k.territories if self._keeps(each, frame.filters)]
            kept_described = self._described(frame.filters, lang)
            truth = numbers.holds(claim, len(kept) / len(self.k.territories))
            return self._answer(
                question=question,
                frame=frame,
                text=t(
                    lang,
                    f"{'Oui' if truth else 'Non'} : {len(kept)} des 15 lauréats sont "
                    f"{kept_described}, soit {percent(len(kept), 15, lang)}.",
                    f"{'Yes' if truth else 'No'}: {len(kept)} of the 15 laureates are "
                    f"{kept_described}: {percent(len(kept), 15, lang)}.",
                ),
                territories=[],
            )
        if op == "yesno" and _EVERY.search(self.said(question)):
            everyone = self._every(question=question, frame=frame)
            if everyone is not None:
                return everyone
        if ask == "region" and op in {"count", "list"} and not self._elsewhere(frame):
            return self.regions_spanned(question=question, frame=frame)
        # The list answers narrow by a place or by a status, not by both at once.
        # (All fifteen are in Occitanie: naming it narrows nothing.)
        kinds = {f.partition(":")[0] for f in frame.filters if f != "region:Occitanie"}
        plain = kinds <= {"department", "region"} or kinds <= {"status"}
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
        # (« combien de communes du Tarn … ? »: its coverage; of the new ones there, a total.)
        departments = [
            subject_id(f) for f in frame.filters if f.startswith("department:") and plain
        ]
        if ask in {"communes", "population"} and op in {"count", "share", "yesno"} and departments:
            return self._department_covered(question=question, frame=frame, code=departments[0])
        if (
            ask in {"communes", "population"}
            and op in {"count", "lookup"}
            and _regional(frame, said=self.said(question))
        ):
            # « dont combien en Occitanie ? », « et hors d'Occitanie ? »: where they lie.
            return self.totals_in_region(question=question, frame=frame)
        if (ask in {"communes", "population"} and op in {"count", "lookup"}) or (
            ask == "members" and op == "count"
        ):
            # « combien d'intercos au total dans les 15 lauréats ? »
            return self._totals(question=question, frame=frame, territories=chosen)
        if ask == "laureate" and op in {"most", "least"}:
            # « quel département en a le plus ? »: what is ranked by its laureates is a place.
            return self._departments_ranked(question=question, frame=frame, territories=chosen)
        if ask == "departments" and op in {"most", "least"}:
            if _COUNTS_DEPARTMENTS.search(self.said(question)):
                # « quel lauréat s'étend sur le plus de départements ? »
                return self._spread(question=question, frame=frame, territories=chosen)
            return self._departments_ranked(question=question, frame=frame, territories=chosen)
        if ask == "departments" and op == "yesno" and not frame.filters:
            return self._every_department(question=question, frame=frame)
        # (« de plus de 300 communes » counts communes, ranks none of them.)
        towns = _TOWN.search(_COUNTED_TOWNS.sub("", self.said(question)))
        if op in {"most", "least"} and ask == "population" and towns:
            # « la plus grande ville des lauréats »: a town, not a laureate, is ranked.
            return self._largest_town(question=question, frame=frame, territories=chosen)
        if op in {"most", "least"} and ask in METRICS:
            return self._ranked(question=question, frame=frame, territories=chosen)
        if op == "each" and ask == "population" and _TOWN.search(self.said(question)):
            # « la plus grande ville de chacun »: each one's largest town.
            most = replace(frame, op="most")
            found = [
                self.largest(
                    question=question,
                    frame=most,
                    communes=self._communes_of(territory),
                    of=self.of_named(territory.name),
                    territories=[territory],
                )
                for territory in chosen
            ]
            lines = [answer.text for answer in found if answer is not None]
            return self._answer(
                question=question, frame=frame, text="\n".join(lines), territories=chosen
            )
        if op == "each" and ask in ATTRIBUTES:
            return self._each(question=question, frame=frame, chosen=chosen)
        placed = any(f.startswith("department:") for f in frame.filters)
        if ask == "departments" and placed and op != "share":
            # The departments of the laureates of a department: a reading gone astray (their
            # share, « quelle part des lauréats est dans le Tarn ? », is not).
            return None
        if ask == "departments" and op in {"list", "count", "lookup"}:
            return self._departments_listed(question=question, frame=frame, chosen=chosen)
        if op == "share":
            # « quelle part des nouveaux lauréats est dans le Tarn ? »: the whole is the
            # laureates of that status, when a place narrows them too.
            statuses = [f for f in frame.filters if f.startswith("status:")]
            among = [
                territory
                for territory in self.k.territories
                if placed and self._keeps(territory, statuses)
            ] or list(self.k.territories)
            whole = len(among)
            return self._answer(
                question=question,
                frame=frame,
                text=t(
                    lang,
                    f"{percent(len(chosen), whole, lang)} : {len(chosen)} des {whole} lauréats"
                    f"{' ' + self._described(statuses, lang) if whole < 15 else ''} sont {described}.",
                    f"{percent(len(chosen), whole, lang)}: {len(chosen)} of the {whole}"
                    f"{' ' + self._described(statuses, lang) if whole < 15 else ''} laureates are "
                    f"{described}.",
                ),
                territories=[],
            )
        if op == "count":
            names = join([territory.name for territory in chosen], lang)
            return self._answer(
                question=question,
                frame=frame,
                text=self._counted(len(chosen), frame.filters, lang)
                + (f" : {names}." if chosen and lang == "fr" else f": {names}." if chosen else "."),
                territories=chosen,
            )
        if op == "yesno":
            if not chosen:
                return self._answer(
                    question=question, frame=frame, text=self._none_of(frame), territories=[]
                )
            names = "\n".join(self._territory_line(territory, lang) for territory in chosen)
            counted = self._counted(len(chosen), frame.filters, lang)
            return self._answer(
                question=question,
                frame=frame,
                text=t(lang, f"Oui : {counted} :\n", f"Yes: {counted}:\n") + names,
                territories=chosen,
            )
        if op in {"list", "lookup"}:
            if not chosen:
                text = self._none_of(frame)
                return self._answer(
                    question=question,
                    frame=frame,
                    # Asked which, not whether: no « Non ».
                    text=french.capitalise(text.partition(" ")[2].lstrip(": ")),
                    territories=[],
                )
            lines = (
                [self._territory_line(territory, lang) for territory in chosen]
                if ask not in METRICS
                else [self._value_line(territory, ask, lang) for territory in chosen]
            )
            counted = self._counted(len(chosen), frame.filters, lang)
            return self._answer(
                question=question,
                frame=frame,
                text=t(lang, f"{counted} :\n", f"{counted}:\n") + "\n".join(lines),
                territories=chosen,
                intent="list",
            )
        return None

    def _each(self, *, question: str, frame: Frame, chosen: Sequence[Territory]) -> Answer | None:
        """What is asked of each laureate chosen; of a department's, each one's part there
        (« combien pour chacun ? »)."""
        codes = [f.partition(":")[2] for f in frame.filters if f.startswith("department:")]
        if frame.ask in {"communes", "population"} and len(codes) == 1:
            return self._within_department(
                question=question, frame=frame, territories=chosen, code=codes[0]
            )
        lines = [self._value_line(territory, frame.ask, frame.lang) for territory in chosen]
        return self._answer(
            question=question, frame=frame, text="\n".join(lines), territories=chosen
        )

    def _every(self, *, question: str, frame: Frame) -> Answer | None:
        """« Tous les lauréats du Tarn sont nouveaux ? »: whether all those of a place have
        the status or mark asked, and which do not."""
        lang = frame.lang
        marks = [f for f in frame.filters if f.startswith(("status:", "interregional"))]
        places = [f for f in frame.filters if f not in marks]
        if not marks and frame.ask == "status":
            # (« ils sont tous nouveaux, ces petits ? »: the status the words say.)
            marks = list(asked_filters(self.said(question)))
        if not marks or not places:
            return None
        base = [territory for territory in self.k.territories if self._keeps(territory, places)]
        others = [territory for territory in base if not self._keeps(territory, marks)]
        if not base:
            return None
        described = self._described(marks, lang, plural=len(base) > 1)
        codes = [f.partition(":")[2] for f in places if f.startswith("department:")]
        where = (
            t(lang, self._of_the_department(codes[0]), f"in {self.department_label(codes[0])}")
            if len(places) == 1 and codes
            else self._described(places, lang)
        )
        if not others:
            text = t(
                lang,
                f"Oui : les {len(base)} lauréats {where} sont {described}.",
                f"Yes: the {len(base)} laureates {where} are all {described}.",
            )
        else:
            lines = "\n".join(self._value_line(territory, "status", lang) for territory in base)
            text = t(
                lang,
                f"Non : {len(base) - len(others)} des {len(base)} lauréats {where} "
                f"{'le sont' if len(base) - len(others) > 1 else 'l’est'}.\n{lines}",
                f"No: {len(base) - len(others)} of the {len(base)} laureates {where} are.\n{lines}",
            )
        return self._answer(question=question, frame=frame, text=text, territories=base)

    def _largest_town(
        self, *, question: str, frame: Frame, territories: Sequence[Territory]
    ) -> Answer | None:
        communes = {c.code: c for territory in territories for c in self._communes_of(territory)}
        if not communes:
            return None
        town = self.extreme(communes.values(), frame.op)
        within = [territory for territory in territories if town.code in self._codes_of(territory)]
        found = self.largest(
            question=question,
            frame=frame,
            communes=list(communes.values()),
            of=(
                f"des {len(territories)} lauréats {self._described(frame.filters, 'fr')}",
                f"of the {len(territories)} laureates {self._described(frame.filters, 'en')}",
            )
            if frame.filters
            else (f"des {len(territories)} lauréats", f"of the {len(territories)} laureates"),
            territories=within,
        )
        if found is None or not within:
            return found
        # Which laureate holds it: « quel lauréat contient la plus grande ville ? »
        names = join([f"« {territory.name} »" for territory in within], frame.lang)
        held = t(frame.lang, f" Elle est dans {names}.", f" It is in {names}.")
        return replace(found, text=found.text + held)

    def _elsewhere(self, frame: Frame) -> bool:
        """A frame narrowed to one place outside Occitanie, where no laureate reaches."""
        places = self.k.places
        if places is None:
            return False
        narrowing = [f.partition(":") for f in frame.filters if not f.startswith("not:")]
        outside = [
            value
            for kind, _, value in narrowing
            if (kind == "region" and value != "Occitanie")
            or (
                kind == "department"
                and value in places.departments
                and places.departments[value].region != OCCITANIE
            )
        ]
        # A region an interregional laureate reaches keeps it (« un seul des 15… »).
        reached = any(self._keeps(territory, frame.filters) for territory in self.k.territories)
        return len(outside) == 1 and len(narrowing) == 1 and not reached

    def _ranked_first(self, *, question: str, frame: Frame) -> Answer | None:
        """« Lacq Pau Tarbes est le lauréat qui a le plus de communes ? »: a ranking said of
        one laureate, asking nothing: the fifteen ranked, opening with whether it is first.
        (« la ville la plus peuplée de X » asks of X's towns.)"""
        folded = self.said(question)
        # (« Comminges-Nestes est le lauréat qui compte le plus de communes ? »)
        frame = replace(frame, op=(frame.op == "yesno" and superlative(folded)) or frame.op)
        # (A laureate bearing a department's name is named by it: « Pyrénées-Orientales ».)
        bearing = {
            f"laureate:{t.name}"
            for t in self.k.territories
            if t.named_after_department and f"department:{t.departments[0]}" in frame.named
        }
        if not (
            frame.op in {"most", "least"}
            and len(frame.about) == 1
            # (Named by the question itself: « la plus grosse côté 65 ? » after a laureate
            # asks of its towns.)
            and frame.about[0] in {*frame.named, *bearing}
            # (« et dans le TI Alès ? » after the largest town of another claims nothing.)
            and superlative(fold(clean(question)))
            and frame.ask in METRICS
            and not asks_a_value(question)
            and not (frame.ask == "population" and _TOWN.search(folded))
        ):
            return None
        ranked = self._laureates_whole(
            question=question, frame=replace(frame, about=("laureates",))
        )
        if ranked is None or not ranked.territories:
            return None
        subject = subject_id(frame.about[0])
        # (The one said to come first is ranked too: « et le deuxième ? » goes on from it.)
        ranked = replace(ranked, territories=tuple(dict.fromkeys((*ranked.territories, subject))))
        return whether(ranked, holds=ranked.territories[0] == subject)

    def _count_said(self, *, question: str, frame: Frame) -> Answer | None:
        """« Le Tarn a trois lauréats ? », « la Lozère en a plusieurs ? », « les nouveaux sont
        5 ? », « 183 au niveau national ? »: the count the question states, compared."""
        folded, lang = self.said(question), frame.lang
        codes = {int(c) for c in self.k.departments if c.isdigit()}
        named = [subject_id(s) for s in frame.about if subject_id(s) != s]
        stated = [
            n
            for n in numbers.counts(folded)
            if n not in numbers.years(folded)
            and not (n in codes and str(n) in named + [f.partition(":")[2] for f in frame.filters])
        ]
        several, wholes = numbers.several(folded), numbers.wholes(folded)
        # (« Les 15 lauréats sont tous des nouveaux venus ? »: all of them, claimed.)
        # (Those of a department are weighed one by one elsewhere: « 2 des 3 … le sont ».)
        every = (
            not stated
            and frame.about == ("laureates",)
            and bool(frame.filters)
            and not any(f.startswith("department:") for f in frame.filters)
            # (« ces 10 étaient déjà là ? » names them all too.)
            and bool(ALL_OF.search(folded) or wholes)
        )
        places = {subject_kind(s) for s in frame.about} - {"laureates", "territories"}
        if (
            len(stated) > 1
            or not (stated or several or every)
            # A count of territories is small: « 09310 » is a postal code.
            or any(n > _MOST_TERRITORIES for n in stated)
            # Only a count of laureates: « Fleury (11) est dans un lauréat ? » is no count.
            or not places <= {"department", "region"}
        ):
            return None
        if frame.about == ("territories",) and not frame.filters and self.k.perimeters:
            total = len(self.k.perimeters.territories)
            truth = (
                numbers.count_holds(folded, stated=stated[0], value=total) if stated else total > 1
            )
            return self._answer(
                question=question,
                frame=frame,
                text=t(
                    lang,
                    f"{'Oui' if truth else 'Non'} : {total} territoires d'industrie au niveau "
                    "national pour 2023-2027, dont 15 en Occitanie.",
                    f"{'Yes' if truth else 'No'}: {total} industrial territories nationwide for "
                    "2023-2027, 15 of them in Occitanie.",
                ),
                territories=[],
            )
        departments = [subject_id(s) for s in frame.about if s.startswith("department:")]
        if frame.about not in {("laureates",), ("region:Occitanie",)} and len(departments) != 1:
            return None
        filters = (*frame.filters, *(f"department:{code}" for code in departments))
        chosen = [territory for territory in self.k.territories if self._keeps(territory, filters)]
        # (All of them: as many as without the status or reach that picks them.)
        among = [f for f in filters if f.partition(":")[0] not in {"status", "interregional"}]
        truth = (
            numbers.count_holds(folded, stated=stated[0], value=len(chosen))
            if stated
            # (« les 10 renouvelés étaient tous déjà des TI ? » names those it claims it of.)
            else len(chosen) in {sum(self._keeps(x, among) for x in self.k.territories), *wholes}
            if every
            else len(chosen) > 1
        )
        names = join([territory.name for territory in chosen], lang)
        counted = self._counted(len(chosen), filters, lang)
        opening = t(lang, "Oui" if truth else "Non", "Yes" if truth else "No")
        return self._answer(
            question=question,
            frame=frame,
            text=t(
                lang,
                f"{opening} : {counted}" + (f" : {names}." if chosen else "."),
                f"{opening}: {counted}" + (f": {names}." if chosen else "."),
            ),
            territories=chosen,
        )

    def _none_of(self, frame: Frame) -> str:
        """« Non : aucun des lauréats du Gard (30) n'est nouveau. »"""
        lang = frame.lang
        places = [f.partition(":")[2] for f in frame.filters if f.startswith("department:")]
        if len(places) != 1 or len(frame.filters) == 1:
            single = self._described(frame.filters, lang, plural=False)
            return t(
                lang,
                f"Non : aucun des 15 lauréats d'Occitanie n'est {single}.",
                f"No: none of Occitanie's 15 laureates is {single}.",
            )
        code = places[0]
        rest = [f for f in frame.filters if f != f"department:{code}"]
        single = self._described(rest, lang, plural=False)
        name = self.k.department_name(code)
        return t(
            lang,
            f"Non : aucun des lauréats {french.of_the(name, self._liaison(code))} ({code}) "
            f"n'est {single}.",
            f"No: none of the laureates in {self.department_label(code)} is {single}.",
        )

    def _departments_listed(
        self, *, question: str, frame: Frame, chosen: Sequence[Territory]
    ) -> Answer:
        """The departments the laureates (filtered) lie in; of Occitanie's own when asked."""
        lang = frame.lang
        codes = sorted({code for territory in chosen for code in territory.departments})
        if "region:Occitanie" in frame.filters and self.k.places is not None:
            # « combien de départements occitans ont un lauréat ? »: Occitanie's only.
            regions = self.k.places.departments
            codes = [c for c in codes if c in regions and regions[c].region == OCCITANIE]
        labels = join([self.department_label(code) for code in codes], lang)
        hosted = self._counted(len(chosen), frame.filters, lang)
        text = t(
            lang,
            f"{len(codes)} départements accueillent les {hosted} : {labels}.",
            f"{len(codes)} departments host the {hosted}: {labels}.",
        )
        if "region:Occitanie" in frame.filters:
            text = t(
                lang,
                f"{len(codes)} départements d'Occitanie accueillent au moins un lauréat : "
                f"{labels}.",
                f"{len(codes)} departments of Occitanie host at least one laureate: {labels}.",
            )
        return self._answer(question=question, frame=frame, text=text, territories=[])

    def _every_department(self, *, question: str, frame: Frame) -> Answer | None:
        """« un lauréat dans chaque département d'Occitanie ? »"""
        places = self.k.places
        if places is None:
            return None
        lang = frame.lang
        region = [c for c, d in places.departments.items() if d.region == OCCITANIE]
        reached = {code for territory in self.k.territories for code in territory.departments}
        missing = sorted(set(region) - reached)
        # (« un département sans lauréat ? » asks the other way round: « Non » when none is.)
        without = bool(LEFT_WITHOUT.search(self.said(question)))
        yes, no = t(lang, "Oui", "Yes"), t(lang, "Non", "No")
        if missing:
            text = t(
                lang,
                f"{yes if without else no} : "
                f"{join([self.department_label(c) for c in missing], lang)} n'en ont pas.",
                f"{yes if without else no}: "
                f"{join([self.department_label(c) for c in missing], lang)} have none.",
            )
        else:
            text = t(
                lang,
                f"{no if without else yes} : chacun des {len(region)} départements d'Occitanie "
                "compte au moins un lauréat.",
                f"{no if without else yes}: each of Occitanie's {len(region)} departments has at "
                "least one laureate.",
            )
        return self._answer(question=question, frame=frame, text=text, territories=[])


def _regional(frame: Frame, *, said: str) -> bool:
    """Whether a filter places communes in a region, or outside one (« les lauréats
    d'Occitanie » name the list; « dont combien en Occitanie ? » where they lie)."""
    regions = [f for f in frame.filters if f.removeprefix("not:").startswith("region:")]
    return any(f != "region:Occitanie" for f in regions) or bool(regions and _OF_THEM.search(said))


# « dont … », « d'entre elles », « of which »: part of what was counted.
_OF_THEM = re.compile(r"\b(?:dont|d entre elles|d entre eux|parmi elles|of which|of them)\b")
