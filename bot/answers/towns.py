"""Towns and the territories that hold them, inside a frame's answer: whether each town
named is in a laureate, the laureate a town stands for when what is asked only a territory
has, and the map of the one place asked about."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Answer
from bot.answers import Composer, french
from bot.answers.combine import combine_parts
from bot.answers.common import asks_a_value, colon, join, t, whether
from bot.answers.computed import AFTER, ONLY, Computed
from bot.answers.quantities import percent
from bot.knowledge.places import Commune
from bot.knowledge.schema import Territory
from bot.normalize import fold
from bot.understanding.frame import Frame, subject_id, subject_kind
from bot.understanding.language import Language

# A postcode a question names.
_POSTCODE = re.compile(r"\b\d{5}\b")
_VERDICT = re.compile(r"^(?:Oui|Non|Yes|No) ?: ")
# « toutes les deux », « both »: whether all the places named are in.
_ALL_OF_THEM = re.compile(
    r"\b(?:les deux|toutes les deux|tous les deux|toutes|tous|both|all of them|all three)\b"
)

# « le territoire de Perpignan »: the laureate a town is in.
_TERRITORY_OF = re.compile(
    r"\b(?:territoire|ti|laureat) (?:de|d|du)\b|\b(?:territory|laureate) of\b"
    r"|\b\w+ (?:territory|laureate)\b"
)
# « … des 15 lauréats ? », « across all the laureates? »: a ranking of them all.
_ALL_FIFTEEN = re.compile(
    r"\b(?:15|quinze|fifteen|all|tous|toutes|across|overall)\b"
    r"|\b(?:des|the|parmi les|among the|of the) (?:laureats|laureates)\b"
)
# « le même territoire ? », « the same laureate? »: whether the places named share one.
_SAME = re.compile(
    r"\b(?:(?:le |la )?meme (?:territoire|laureat|ti|tis)|same (?:territory|laureate|one|ti))\b"
)


def _verdict(inside: list[str], count: int, lang: Language) -> str:
    """« Oui : toutes. », « Non : seule Narbonne. », « Non : aucune. »"""
    two = count == 2
    if len(inside) == count:
        return t(
            lang,
            "Oui : les deux." if two else "Oui : toutes.",
            "Yes: both." if two else "Yes: all of them.",
        )
    if not inside:
        return t(
            lang,
            "Non : aucune des deux." if two else "Non : aucune.",
            "No: neither." if two else "No: none of them.",
        )
    names = join(inside, lang)
    return t(lang, f"Non : seule{'s' if len(inside) > 1 else ''} {names}.", f"No: only {names}.")


class Towns(Computed):
    _composer: Composer

    def in_regions(self, *, question: str, frame: Frame) -> Answer | None:
        """« Lacq Pau Tarbes, c'est en Nouvelle-Aquitaine ? »: whether a laureate's
        departments, as the release gives them, lie in the regions named."""
        laureates = [
            self._by_name.get(subject_id(s)) for s in frame.about if subject_kind(s) == "laureate"
        ]
        asked = {subject_id(s) for s in frame.about if subject_kind(s) == "region"}
        places = self.k.places
        if frame.op != "yesno" or len(laureates) != 1 or laureates[0] is None or places is None:
            return None
        territory, lang = laureates[0], frame.lang
        unsaid = fold(territory.name) not in self.said(question)
        if (unsaid and f"laureate:{territory.name}" in frame.named) or (
            not unsaid and places.communes_by_name.get(fold(territory.name))
        ):
            # Named by a town of its name (« Pau c'est en Occitanie ? », « Is Alès in
            # Occitanie? »): the town's region. (Not named at all, it is the conversation's:
            # « il est en Occitanie ? » after its status.)
            return None
        region = self._department_region
        inside = [c for c in territory.departments if region(c) in asked]
        others = [c for c in territory.departments if c not in inside]
        count = len(territory.departments)
        where = join(
            [f"{self.k.department_name(c)} ({c}, {region(c)})" for c in territory.departments],
            lang,
        )
        opening = (
            t(lang, "Oui", "Yes")
            if not others
            else t(lang, "Oui, en partie", "Partly")
            if inside
            else t(lang, "Non", "No")
        )
        text = t(
            lang,
            f"{opening} : « {territory.name} » s'étend sur {count} département"
            f"{'s' if count > 1 else ''} : {where}.",
            f"{opening}: « {territory.name} » spans {count} department"
            f"{'s' if count > 1 else ''}: {where}.",
        )
        if territory.interregional:
            text += t(
                lang,
                " C'est un territoire interrégional.",
                " It is an interregional territory.",
            )
        return self._answer(
            question=question, frame=frame, text=text, territories=[territory], intent="laureate"
        )

    def communes_within(self, *, question: str, frame: Frame) -> Answer | None:
        """« toutes dans le Gard ? », « y a des communes de l'Hérault dedans ? » of one
        laureate: how many of its communes lie in the departments named, and where the others
        are."""
        named = [self._by_name.get(subject_id(s)) for s in frame.about]
        codes = [subject_id(s) for s in frame.about if subject_kind(s) == "department"]
        territory = next((x for x in named if x is not None), None)
        if territory is None or not codes:
            return None
        communes = self._communes_of(territory)
        by_department = Counter(c.department for c in communes)
        inside = sum(by_department[code] for code in codes)
        lang = frame.lang
        holds = inside == len(communes) if ONLY.search(self.said(question)) else inside > 0
        where = t(
            lang,
            " et ".join(self._in_department(code) for code in codes),
            " and ".join(f"in {self.department_label(code)}" for code in codes),
        )
        others = [
            t(
                lang,
                f"{count} {self._in_department(code)}",
                f"{count} in {self.department_label(code)}",
            )
            for code, count in sorted(by_department.items())
            if code not in codes
        ]
        rest = (
            t(lang, f" ; les autres : {', '.join(others)}", f"; the others: {', '.join(others)}")
            if others
            else ""
        )
        text = t(
            lang,
            f"{inside} des {len(communes)} communes {self.of_named(territory.name)[0]} sont "
            f"{where}{rest}.",
            f"{inside} of the {len(communes)} communes of “{territory.name}” are {where}{rest}.",
        )
        answer = self._answer(question=question, frame=frame, text=text, territories=[territory])
        if frame.op == "share":
            share = percent(inside, len(communes), lang)
            return replace(answer, text=f"{share}{colon(lang)}{text}")
        return whether(answer, holds=holds)

    def town_ranked(self, *, question: str, frame: Frame) -> Answer | None:
        """« Pau est la ville la plus peuplée de Lacq Pau Tarbes ? »: a town said to rank first
        of its laureate's (or of the one named), asking nothing; the laureate's first town,
        opening with whether it is that one."""
        places = self.k.places
        towns = [s for s in frame.about if subject_kind(s) == "commune"]
        # (« dans le territoire de Perpignan, les trois plus peuplées ? » ranks the towns of
        # the laureate Perpignan is in, and claims nothing.)
        asking = asks_a_value(question)
        # (« la plus grosse commune après Perpignan » goes on from the town, claims nothing.)
        going_on = bool(AFTER.search(self.said(question)))
        if (
            places is None
            or frame.op not in {"most", "least"}
            or len(towns) != 1
            or (asking and not going_on and not _TERRITORY_OF.search(self.said(question)))
        ):
            return None
        town = places.find(subject_id(towns[0]))
        named = [
            self._by_name[subject_id(s)]
            for s in (*frame.about, *frame.named)
            if subject_kind(s) == "laureate" and subject_id(s) in self._by_name
        ]
        within = named or [x for _, x in self._laureates_holding(tuple(towns))]
        if town is None or not within:
            return None
        communes: Sequence[Commune] = self._communes_of(within[0])
        of = self.of_named(within[0].name)
        said = self.said(question)
        if not any(fold(x.name) in said for x in named) and _ALL_FIFTEEN.search(said):
            # « Is Béziers the biggest town across all 15 laureates? »: of them all.
            every = {c.code: c for x in self.k.territories for c in self._communes_of(x)}
            communes, of = list(every.values()), ("des 15 lauréats", "of the 15 laureates")
        first = self.largest(
            question=question, frame=frame, communes=communes, of=of, territories=within[:1]
        )
        if first is None or asking or going_on:
            return first
        # (« Port-la-Nouvelle, c'est la deuxième plus peuplée ? »: of that rank.)
        ranked = self.ranked_town(communes, frame.op, frame.rank)
        return whether(first, holds=ranked is not None and ranked.code == town.code)

    def grouping_of(self, subject: str) -> str | None:
        """The intercommunality a town is in, as a subject (« epci:200044469 »)."""
        places = self.k.places
        town = places.communes_by_code.get(subject_id(subject)) if places is not None else None
        return f"epci:{town.epci}" if town is not None and town.epci else None

    def laureate_named_as(self, code: str) -> str | None:
        """The laureate that bears a department's name (« Ariège »), if one does."""
        department = self.k.departments.get(code)
        if department is None:
            return None
        return next((n for n in self._by_name if fold(n) == fold(department.name)), None)

    def holding(self, about: tuple[str, ...]) -> tuple[str, ...]:
        """The laureates the towns (or intercommunalities) named are in, when each is in
        one; else none."""
        towns = tuple(s for s in about if subject_kind(s) == "commune")
        held = [laureate for _, laureate in self._laureates_holding(towns)] if towns else []
        for subject in (s for s in about if subject_kind(s) == "epci"):
            laureates = self.laureates_of_grouping(subject_id(subject))
            if len(laureates) != 1:
                return ()
            held.append(laureates[0])
        return tuple(dict.fromkeys(f"laureate:{laureate.name}" for laureate in held))

    def _laureates_holding(self, communes: tuple[str, ...]) -> list[tuple[Commune, Territory]]:
        """Each town with the laureate it is in, when each is in one; else none."""
        places, coverage = self.k.places, self.k.coverage
        if places is None or coverage is None:
            return []
        held = []
        for subject in communes:
            commune = places.find(subject_id(subject))
            found = [] if commune is None else coverage.territories_of(commune)
            laureates = [x for i in found if (x := self.k.laureate(i)) is not None]
            if commune is None or len(laureates) != 1:
                return []
            held.append((commune, laureates[0]))
        return held

    @staticmethod
    def _via_towns(answer: Answer, held: list[tuple[Commune, Territory]], lang: Language) -> Answer:
        """The answer about the laureates, saying which town is in which."""
        lines = [
            t(
                lang,
                f"{town.name} ({town.department}) fait partie du territoire « {laureate.name} ».",
                f"{town.name} ({town.department}) is in the territory « {laureate.name} ».",
            )
            for town, laureate in held
        ]
        return replace(answer, text="\n\n".join([answer.text, " ".join(lines)]))

    def _map(self, *, question: str, frame: Frame) -> Answer | None:
        """The map of the one place asked about, whichever words name it: « et c'est où sur
        la carte ? » after « Figeac est dedans ? » is the laureate's; a whole narrowed to a
        place (« la carte des TI de Bretagne ») is that place's."""
        c, lang, places = self._composer, frame.lang, self.k.places
        about = frame.about
        if about in {("laureates",), ("territories",)}:
            # (« la carte des territoires d'industrie » is Occitanie's, as the topic says.)
            narrowing = [
                f for f in frame.filters if f.partition(":")[0] in {"department", "region"}
            ]
            about = tuple(narrowing[:1]) if len(narrowing) == 1 else about
        if len(about) != 1:
            return None
        kind, ident = subject_kind(about[0]), subject_id(about[0])
        if kind == "laureate" and ident in self._by_name:
            return c.territory_map(question=question, territory=self._by_name[ident], lang=lang)
        if kind == "department" and ident in self.k.departments:
            return c.department_map(question=question, code=ident, lang=lang)
        if kind == "territory" and self.k.perimeters is not None:
            national = self.k.perimeters.territories.get(ident)
            return (
                None
                if national is None
                else c.national_map(question=question, national=national, lang=lang)
            )
        if kind == "commune" and places is not None and (town := places.find(ident)):
            found = self.commune(
                question=question, commune=town, alternatives=(), lang=lang, confidence=1.0
            )
            return c.commune_map(found, code=ident)
        if kind == "region" and places is not None:
            code = next((r.code for r in places.regions.values() if r.name == ident), None)
            return None if code is None else c.region_map(question=question, code=code, lang=lang)
        return None

    def town_placed(self, *, question: str, frame: Frame) -> Answer | None:
        """« Arreau, c'est dans quel département ? », « Revel, c'est bien en Haute-Garonne ? »:
        a town's department and region (whether it is the one named), then whether it is
        in a laureate."""
        places, lang = self.k.places, frame.lang
        towns = [s for s in frame.about if subject_kind(s) == "commune"]
        codes = [subject_id(s) for s in frame.about if subject_kind(s) == "department"]
        if not towns and len(codes) == 1:
            return self._department_placed(question=question, frame=frame, code=codes[0])
        if places is None or len(towns) != 1 or frame.ambiguous:
            return None
        town = places.find(subject_id(towns[0]))
        if town is None or town.part_of is not None:
            return None
        region = self._region_name(town.region)
        where = t(
            lang,
            f"{town.name} est une commune {self._of_the_department(town.department)}, "
            f"en région {region}.",
            f"{town.name} is a commune in {self.department_label(town.department)}, "
            f"in the {region} region.",
        )
        found = self.commune(
            question=question, commune=town, alternatives=(), lang=lang, confidence=1.0
        )
        # (Whether it is in a laureate follows, asked or not: no « Oui » opens it.)
        said = _VERDICT.sub("", found.text, count=1)
        text = f"{where}\n\n{said[:1].upper()}{said[1:]}"
        regions = [subject_id(s) for s in frame.about if subject_kind(s) == "region"]
        # (« c'est pas en Occitanie, Orthez ? » is answered as « … en Occitanie ? » is.)
        regions += [f.removeprefix("not:region:") for f in frame.filters if "region:" in f]
        if frame.op == "yesno" and (codes or regions):
            # (« et c'est en Occitanie ? » after the town: its region, likewise.)
            opening = (
                t(lang, "Oui : ", "Yes: ")
                if town.department in codes or region in regions
                else t(lang, "Non : ", "No: ")
            )
            text = opening + text
        return replace(found, text=text, about=(f"c_{town.code}",))

    def _department_placed(self, *, question: str, frame: Frame, code: str) -> Answer | None:
        """« le Cantal c'est pas en Occitanie ? »: the department's region, and whether it is
        the one the question names."""
        lang, region = frame.lang, self._department_region(code)
        if not region:
            return None
        text = t(
            lang,
            f"{french.capitalise(self._the_department(code))} est en région {region}.",
            f"{self.department_label(code)} is in the {region} region.",
        )
        said = self.said(question)
        named = [r for r in self._region_words() if r in said]
        if frame.op == "yesno" and named:
            # (« whether » would lower an English department's name: only French's article.)
            text = t(
                lang,
                "Oui : " if fold(region) in named else "Non : ",
                "Yes: " if fold(region) in named else "No: ",
            ) + (text[:1].lower() + text[1:] if lang == "fr" else text)
        return self._answer(question=question, frame=frame, text=text, territories=[])

    @staticmethod
    def _in_none_offered(found: Answer, *, named: list[Territory], lang: Language) -> Answer:
        """A town in none of the laureates a question offers says so first."""
        if any(x.name in found.territories for x in named):
            return found
        offered = " ni ".join(f"« {x.name} »" for x in named)
        either = " nor ".join(f"“{x.name}”" for x in named)
        said = _VERDICT.sub("", found.text, count=1)
        opening = t(lang, f"Non, ni {offered} : ", f"No, neither {either}: ")
        return replace(found, text=opening + said)

    def by_postcode(self, *, question: str, frame: Frame) -> Answer | None:
        """The one town asked of, when the question names it by a postcode it shares: each
        town the postcode serves, or the one answer they all get; None otherwise."""
        places = self.k.places
        towns = [s for s in frame.about if subject_kind(s) == "commune"]
        codes = _POSTCODE.findall(question)
        if places is None or len(towns) != 1 or len(codes) != 1:
            return None
        served = places.communes_by_postal_code.get(codes[0], ())
        town = places.find(subject_id(towns[0]))
        if town is None or town not in served:
            return None
        return self.commune(
            question=question,
            commune=town,
            alternatives=tuple(c for c in served if c != town),
            lang=frame.lang,
            confidence=1.0,
            via_postal_code=codes[0],
        )

    def _membership(self, *, question: str, frame: Frame) -> Answer | None:
        """Whether each town (or intercommunality) named is in a laureate, or in the one the
        question names; a town whose name several communes bear is left to the place answers,
        which ask which one is meant."""
        places = self.k.places
        if places is None:
            return None
        named = [self._by_name[subject_id(s)] for s in frame.about if subject_kind(s) == "laureate"]
        towns = [s for s in frame.about if subject_kind(s) == "commune"]
        # (« Brassac : Albigeois ou Castres Revel Castelnaudary ? », « … Alès ou Pont du Gard,
        # c'est bien ça ? »: one town, which of the laureates named, if any.)
        choice = len(named) > 1 and len(towns) == 1
        if not choice and (len(named) > 1 or (named and frame.op != "yesno")):
            # « Perpignan ou Narbonne ? »: a laureate's name may be its town's.
            return None
        # (« Carmaux, c'est l'Albigeois ou Castres ? »: the one the town is in.)
        asked = named[0] if named and not choice else None
        answers = []
        for subject in frame.about:
            kind, ident = subject_kind(subject), subject_id(subject)
            if kind == "epci":
                epci = self.epci(question=question, siren=ident, lang=frame.lang, asked=asked)
                answers.append(replace(epci, about=(f"e_{ident}",)))
            elif kind == "commune":
                commune = places.find(ident)
                if (
                    commune is not None
                    and asked is not None
                    # (Of the territory spoken of, not one named beside the town: « aucamville
                    # a cote de toulouse c dans l'interdepartemental ? » is the Toulouse one.)
                    and f"laureate:{asked.name}" not in frame.named
                    # (Not one a department or a postcode places: « Caubous (65230) ».)
                    and not any(subject_kind(s) == "department" for s in frame.named)
                    and not _POSTCODE.search(question)
                ):
                    # (« Is Saint-Juéry part of it? » after Nord Lozère: its own Saint-Juéry.)
                    commune = self._namesake_in(commune, asked) or commune
                # (The department named beside it says which of its namesakes it is, and so
                # does a laureate named by it: « Castres » of Castres Revel Castelnaudary.)
                placed = commune is not None and (
                    f"department:{commune.department}" in frame.named
                    # (Carried by its code from the answer before: « elle est dans quel TI ? »
                    # after the least populous town.)
                    or subject not in frame.named
                    or (asked is not None and commune in self._communes_of(asked))
                    # (« Saint-Juéry, code postal 81160 »: its postcode says which it is.)
                    or any(code in question for code in commune.postal_codes)
                    or any(
                        commune.department in self._by_name[subject_id(s)].departments
                        for s in frame.named
                        if subject_kind(s) == "laureate" and subject_id(s) in self._by_name
                    )
                )
                if (
                    commune is None
                    or commune.part_of is not None
                    or (len(places.communes_by_name.get(fold(commune.name), ())) > 1 and not placed)
                ):
                    # A former commune, or a name several bear: the place answers say which.
                    return None
                found = self.commune(
                    question=question,
                    commune=commune,
                    alternatives=(),
                    lang=frame.lang,
                    confidence=1.0,
                    asked=asked,
                )
                if choice:
                    found = self._in_none_offered(found, named=named, lang=frame.lang)
                # Its subject, as the conversation remembers it: « et Figeac ? » next.
                answers.append(replace(found, about=(f"c_{commune.code}",)))
        if not answers:
            return None
        if len(answers) == 1:
            return answers[0]
        combined = combine_parts(answers)
        said = self.said(question)
        if _SAME.search(said):
            # « Carmaux et Castres, c'est le même territoire ? »: one verdict first.
            within = {a.territories[:1] or a.national_territories[:1] for a in answers}
            shared = next(iter(within))[0] if len(within) == 1 and () not in within else ""
            verdict = (
                t(frame.lang, f"Oui : le même, « {shared} ».", f"Yes: the same, « {shared} ».")
                if shared
                else t(frame.lang, "Non : pas le même territoire.", "No: not the same territory.")
            )
            return replace(combined, text=f"{verdict}\n\n{combined.text}")
        if not _ALL_OF_THEM.search(said):
            return combined
        # « Narbonne et Carcassonne, toutes les deux dans un TI ? »: one verdict on all.
        inside = [
            a.about[0].removeprefix("c_").removeprefix("e_")
            for a in answers
            if a.text.startswith(("Oui :", "Yes:"))
        ]
        names = [town.name if (town := places.find(code)) is not None else code for code in inside]
        return replace(
            combined, text=f"{_verdict(names, len(answers), frame.lang)}\n\n{combined.text}"
        )

    def _namesake_in(self, commune: Commune, territory: Territory) -> Commune | None:
        """The one town of the commune's name in the territory, if only one is."""
        places = self.k.places
        namesakes = () if places is None else places.communes_by_name.get(fold(commune.name), ())
        inside = [c for c in namesakes if c in self._communes_of(territory)]
        return inside[0] if len(inside) == 1 else None
