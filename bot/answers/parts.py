"""Computed answers about parts of a whole: a laureate's communes or inhabitants within a
department, the share of a department (or a region) that laureates cover, and whether a
share stated holds."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Answer
from bot.answers import french
from bot.answers.common import colon, join, t
from bot.answers.computed import ONLY
from bot.answers.inhabitants import Inhabitants
from bot.answers.quantities import number, percent
from bot.knowledge.places import Commune
from bot.knowledge.schema import Territory
from bot.normalize import fold
from bot.understanding import numbers
from bot.understanding.frame import Frame, subject_id, subject_kind

# « le département », « the department »: the department itself, not its laureate.
_DEPARTMENT_WORD = re.compile(r"\b(?:departement|department)\b")
# « couvre tout le Gard ? »: the department covered, not the laureate placed.
_COVERS = re.compile(r"\b(?:couvre|couvrent|couvert|couverte|englobe|englobent|covers?|covered)\b")
# « sans aucune commune hors du Tarn », « 100 % tarnais », « none outside »: none is claimed.
_NONE_OUTSIDE = re.compile(
    r"\b(?:sans|aucune?|pas de|none|no|without|100|entierement|totalement|uniquement|only"
    r"|entirely|wholly)\b"
)
# « la plus grande part », « le pourcentage »: ranked by the share covered, not the size.
_SHARE = re.compile(r"\b(?:part|parts|proportion|pourcentage|taux|share|percentage)\b|%")


class Parts(Inhabitants):
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
        shared = bool(_SHARE.search(self.said(question)))
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
        ranking = "\n".join(f"• {label}{colon(frame.lang)}{shown}" for _, label, shown in rows)
        return self._answer(
            question=question,
            frame=frame,
            text=f"{best[1]}, {best[2]} :\n{ranking}",
            territories=[],
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

    def covers_whole(self, *, question: str, frame: Frame) -> Answer | None:
        """« Alès couvre tout le Gard ? », « le TI couvre tout le département ? »: whether one
        laureate covers every commune of the department named, or of its own; None when not
        asked so (« Alès est entièrement dans le Gard ? » asks where it lies)."""
        # (Asked of every frame: what the frame says is looked at before the words.)
        if frame.ask != "communes" or frame.op != "yesno":
            return None
        said = self.said(question)
        named = [s for s in frame.about if subject_kind(s) == "laureate"]
        codes = [subject_id(s) for s in frame.about if subject_kind(s) == "department"]
        if (
            len(named) != 1
            or len(frame.about) != len(named) + len(codes)
            or not (
                (_COVERS.search(said) and numbers.WHOLE.search(said))
                # (« toute la Lozère est dans Nord Lozère ? »)
                or any(self._all_of(code, said) for code in codes)
            )
            or not (codes or _DEPARTMENT_WORD.search(said))
        ):
            return None
        territory, places = self._by_name[subject_id(named[0])], self.k.places
        if places is None:
            return None
        texts, full = [], True
        for code in codes or list(territory.departments):
            share = self._department_share(
                question=question, frame=frame, territories=named, code=code
            )
            if share is None:
                return None
            texts.append(share.text)
            covered = {c.code for c in self._communes_of(territory, code)}
            full = full and covered >= {c.code for c in places.by_department.get(code, ())}
        opening = t(frame.lang, "Oui : " if full else "Non : ", "Yes: " if full else "No: ")
        text = opening + "\n".join(texts)
        return self._answer(question=question, frame=frame, text=text, territories=[territory])

    def _all_of(self, code: str, said: str) -> bool:
        """Whether the words speak of all of a department: « toute la Lozère »."""
        name = fold(self.k.department_name(code))
        return bool(
            re.search(rf"\b(?:toute?s?|the whole of|all of) (?:\w+ )?{name}\b", said)
            # (« l'Aveyron entier est dans Aurillac Figeac Rodez ? »)
            or re.search(rf"\b{name} (?:entier|entiere|en entier|tout entiere?)\b", said)
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
            # (« 1 commune », not « 1 communes ».)
            unit = unit.removesuffix("s") if part == 1 else unit
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
        if len(territories) > 1:
            # (« ça fait combien au total ? » of several: their sum, each commune once.)
            union = {c.code: c for x in territories for c in self._communes_of(x, code)}
            total, _, unit = self._amounts(frame.ask, list(union.values()), [], lang)
            lines.append(
                t(
                    lang,
                    f"Au total : {number(total, lang)} {unit} dans {self._the_department(code)}.",
                    f"In total: {number(total, lang)} {unit} in {self.department_label(code)}.",
                )
            )
        return self._answer(
            question=question,
            frame=frame,
            text="\n".join(lines),
            territories=territories,
            intent="laureate",
        )

    def wholly_within(self, *, question: str, frame: Frame, codes: Sequence[str]) -> Answer | None:
        """« Castres Revel Castelnaudary est 100 % tarnais ? »: not while ANCT places some of
        its communes elsewhere, whatever departments the release gives; None otherwise."""
        name = next(subject_id(s) for s in frame.about if subject_kind(s) == "laureate")
        territory = self._by_name.get(name)
        if territory is None or frame.op != "yesno" or not ONLY.search(self.said(question)):
            return None
        if all(c.department in codes for c in self._communes_of(territory)):
            return None
        part = self.outside_departments(
            question=question,
            frame=replace(frame, ask="communes", op="count"),
            territory=territory,
            codes=codes,
        )
        text = t(frame.lang, "Non : ", "No: ") + part.text
        if set(territory.departments) <= set(codes):
            # (« Alès couvre juste le Gard ? »: as the release has it, yes.)
            listed = ", ".join(self.department_label(c) for c in territory.departments)
            text += t(
                frame.lang,
                f" Le communiqué le range dans : {listed}.",
                f" The press release lists it under: {listed}.",
            )
        return replace(part, text=text)

    def outside_departments(
        self, *, question: str, frame: Frame, territory: Territory, codes: Sequence[str]
    ) -> Answer:
        """A laureate's communes or inhabitants outside some departments, and their share."""
        lang = frame.lang
        every = self._communes_of(territory)
        outside = [c for c in every if c.department not in codes]
        part, whole, unit = self._amounts(frame.ask, outside, every, lang)
        # (« 1 commune », not « 1 communes ».)
        unit = unit.removesuffix("s") if part == 1 else unit
        # (« hors du Gers et du Tarn-et-Garonne »: outside both.)
        where_fr = join([self._of_the_department(c) for c in codes], "fr")
        where_en = join([self.department_label(c) for c in codes], "en")
        text = t(
            lang,
            f"« {territory.name} » compte {number(part, lang)} {unit} hors {where_fr}, soit "
            f"{percent(part, whole, lang)} de ses {number(whole, lang)}.",
            f"“{territory.name}” has {number(part, lang)} {unit} outside {where_en}: "
            f"{percent(part, whole, lang)} of its {number(whole, lang)}.",
        )
        if outside and len(outside) <= _NAMED_TOWNS:
            # (A few: named, with where each lies.)
            text = text.removesuffix(".") + f"{colon(lang)}{self.towns_placed(outside)}."
        elif outside:
            # (Many: where they lie, « 146 dans les Hautes-Pyrénées (65) ».)
            counted = sorted(Counter(c.department for c in outside).items())
            where = join(
                [
                    t(
                        lang,
                        f"{count} {self._in_department(code)}",
                        f"{count} in {self.department_label(code)}",
                    )
                    for code, count in counted
                ],
                lang,
            )
            text = text.removesuffix(".") + f"{colon(lang)}{where}."
        if frame.op == "yesno":
            # (« …, sans aucune commune hors du Tarn ? » claims there is none.)
            held = bool(outside) != bool(_NONE_OUTSIDE.search(self.said(question)))
            text = t(lang, "Oui : " if held else "Non : ", "Yes: " if held else "No: ") + text
        return self._answer(
            question=question, frame=frame, text=text, territories=[territory], intent="laureate"
        )

    def named_after(self, code: str) -> Territory | None:
        """The laureate bearing a department's name (« Ariège »)."""
        return next(
            (t for t in self.k.territories if t.named_after_department and code in t.departments),
            None,
        )

    def _department_covered(self, *, question: str, frame: Frame, code: str) -> Answer | None:
        """How much of a department the laureates cover, in communes or inhabitants."""
        places = self.k.places
        if places is None or code not in places.departments:
            return None
        bearing = self.named_after(code) is not None
        # (« le département en compte combien ? » says it is the department, by that word.)
        whole = (frame.op == "share" and frame.about == (f"department:{code}",)) or bool(
            _DEPARTMENT_WORD.search(fold(frame.text))
        )
        if bearing and frame.op != "yesno" and not whole:
            # « les communes de l'Ariège » may mean the laureate of that name: its card says;
            # « l'Ariège est couverte en entier ? », « quelle part des communes de l'Ariège
            # est dans le TI ? » ask of the department.
            return None
        name = self.k.department_name(code)
        covered = self._covered(
            question=question,
            frame=frame,
            communes=list(places.by_department.get(code, ())),
            of=(
                f"{french.of_the(name, self._liaison(code))} ({code})",
                self.department_label(code),
            ),
            about=f"d_{code}",
        )
        counts = self.k.coverage.by_department.get(code, {}) if self.k.coverage else {}
        reaching = [
            (territory, counts[territory.anct_id])
            for territory in self.k.territories
            if counts.get(territory.anct_id)
        ]
        if covered is None or not reaching:
            return covered
        # Which laureates those communes are in: the conversation may go on with them.
        lines = "\n".join(
            f"• {territory.name}{colon(frame.lang)}{number(count, frame.lang)}"
            for territory, count in reaching
        )
        return replace(
            covered,
            text=covered.text
            + t(
                frame.lang,
                f"\nCommunes par lauréat :\n{lines}",
                f"\nCommunes by laureate:\n{lines}",
            ),
            territories=tuple(territory.name for territory, _ in reaching),
        )

    def _region_covered(self, *, question: str, frame: Frame, name: str) -> Answer | None:
        """How much of a region the laureates cover (« quelle part des communes
        d'Occitanie ? »)."""
        places = self.k.places
        region = (
            next((r for r in places.regions.values() if r.name == name), None) if places else None
        )
        if places is None or region is None:
            return None
        return self._covered(
            question=question,
            frame=frame,
            communes=list(places.by_region.get(region.code, ())),
            of=(french.of_the(region.name, region.liaison), region.name),
            about=f"r_{region.code}",
        )

    def _claimed(self, frame: Frame, *, question: str, share: float) -> str:
        """« Oui : » or « Non : » when the question states a share (« plus de la moitié ? »),
        asks whether all is covered (« en entier ? ») or whether any is; nothing otherwise."""
        folded = self.said(question)
        claim = numbers.proportion(folded)
        whole = frame.op == "yesno" and bool(numbers.WHOLE.search(folded))
        if claim is None and not whole and frame.op != "yesno":
            return ""
        # (« des communes de l'Aveyron dans un lauréat ? » asks whether there are any.)
        truth = (
            numbers.holds(claim, share) if claim is not None else share == 1 if whole else share > 0
        )
        return t(frame.lang, "Oui : l" if truth else "Non : l", "Yes: O" if truth else "No: O")

    def _covered(
        self,
        *,
        question: str,
        frame: Frame,
        communes: list[Commune],
        of: tuple[str, str],
        about: str,
    ) -> Answer | None:
        coverage = self.k.coverage
        if coverage is None or not communes:
            return None
        lang = frame.lang
        inside = self.k.laureate_communes
        covered = [c for c in communes if c.code in inside]
        ask = frame.ask if frame.ask in {"communes", "population"} else "communes"
        part, whole, unit = self._amounts(ask, covered, communes, lang)
        rest = whole - part
        # (« combien de communes du Gers ne sont dans aucun lauréat ? »: the rest, first.)
        left = (
            t(
                lang,
                f"{number(rest, lang)} des {number(whole, lang)} {unit} {of[0]} ne sont dans "
                f"aucun lauréat, soit {percent(rest, whole, lang)}. L",
                f"{number(rest, lang)} of the {number(whole, lang)} {unit} of {of[1]} are in "
                f"no laureate: {percent(rest, whole, lang)}. O",
            )
            if frame.op != "yesno" and _LEFT_OUT.search(self.said(question))
            else ""
        )
        return Answer(
            question=question,
            # « Oui : les lauréats… » when a share is claimed, « Les lauréats… » otherwise.
            text=(
                self._claimed(frame, question=question, share=part / whole if whole else 0.0)
                or left
                or t(lang, "L", "O")
            )
            + t(
                lang,
                f"es lauréats d'Occitanie couvrent {number(part, lang)} des {number(whole, lang)} "
                f"{unit} {of[0]}, soit {percent(part, whole, lang)}.",
                f"ccitanie's laureates cover {number(part, lang)} of the {number(whole, lang)} "
                f"{unit} of {of[1]}: {percent(part, whole, lang)}.",
            ),
            intent="list",
            language=lang,
            sources=(self._anct, *self._cite(self.k.announcement.source, "liste des lauréats")),
            about=(about,),
        )

    def regions_spanned(self, *, question: str, frame: Frame) -> Answer | None:
        """« ça touche combien de régions en tout ? » of the laureates (those a filter keeps):
        the regions their departments lie in, and which laureate reaches each beyond
        Occitanie."""
        chosen = [t for t in self.k.territories if self._keeps(t, frame.filters)]
        if not chosen:
            return None
        lang = frame.lang
        beyond: dict[str, list[str]] = {}
        for territory in chosen:
            for region in self._regions_reached(territory):
                beyond.setdefault(region, []).append(territory.name)
        named = ["Occitanie"] + [
            f"{region} ({join(names, lang)})" for region, names in sorted(beyond.items())
        ]
        count = len(named)
        counted = self._counted(len(chosen), frame.filters, lang)
        whole = t(lang, f"Les {counted}", f"The {counted}")
        text = t(
            lang,
            f"{whole} s'étendent sur {french.counted(count, 'région')} : {join(named, lang)}.",
            f"{whole} span {count} region{'s' if count > 1 else ''}: {join(named, lang)}.",
        )
        return self._answer(question=question, frame=frame, text=text, territories=chosen)

    def _totals(
        self, *, question: str, frame: Frame, territories: Sequence[Territory]
    ) -> Answer | None:
        """« combien de communes dans les 15 lauréats au total ? », « et d'intercos ? »: each
        commune, and each member intercommunality, once."""
        codes = set().union(*(self._codes_of(territory) for territory in territories))
        places = self.k.places
        if places is None or not codes:
            return None
        lang = frame.lang
        population = sum(places.communes_by_code[c].population for c in codes)
        members = {
            member
            for territory in territories
            if (measure := self._measures.get(territory.anct_id)) is not None
            for member in measure.members
        }
        filters = () if frame.filters == ("region:Occitanie",) else frame.filters
        counted = self._counted(len(territories), filters, lang)
        one = len(territories) == 1
        # (« Le lauréat nouveau dans le Gers réunit … », not « Les 1 lauréat … ».)
        whole = t(lang, "Le ", "The ") + counted[2:] if one else t(lang, "Les ", "The ") + counted
        text = t(
            lang,
            f"{whole} {'réunit' if one else 'réunissent ensemble'} {len(members)} "
            f"intercommunalités ou groupements, {number(len(codes), lang)} communes et "
            f"{number(population, lang)} habitants.",
            f"{whole} {'brings' if one else 'together bring'} together {len(members)} "
            f"intercommunalities or groupings, {number(len(codes), lang)} communes and "
            f"{number(population, lang)} inhabitants.",
        )
        return self._answer(question=question, frame=frame, text=text, territories=[])

    def totals_in_region(self, *, question: str, frame: Frame) -> Answer | None:
        """« dont combien en Occitanie ? », « et hors d'Occitanie ? » after the laureates'
        communes: those of them (or their inhabitants) that lie in the region, or outside."""
        places = self.k.places
        region = next(f for f in frame.filters if f.removeprefix("not:").startswith("region:"))
        name = region.removeprefix("not:").partition(":")[2]
        code = next(
            (r.code for r in (places.regions.values() if places else ()) if r.name == name), None
        )
        if places is None or code is None:
            return None
        outside = region.startswith("not:")
        towns = [places.communes_by_code[c] for c in self.k.laureate_communes]
        there = [c for c in towns if (c.region == code) != outside]
        lang, people = frame.lang, frame.ask == "population"
        whole = sum(c.population for c in towns) if people else len(towns)
        part = sum(c.population for c in there) if people else len(there)
        where = t(lang, f"hors de la région {name}" if outside else f"en {name}",
                  f"outside {name}" if outside else f"in {name}")  # fmt: skip
        text = t(
            lang,
            f"Des {number(whole, lang)} {'habitants' if people else 'communes'} des 15 lauréats, "
            f"{number(part, lang)} {'vivent' if people else 'sont'} {where} "
            f"({percent(part, whole, lang)}).",
            f"Of the {number(whole, lang)} {'inhabitants' if people else 'communes'} of the 15 "
            f"laureates, {number(part, lang)} {'live' if people else 'are'} {where} "
            f"({percent(part, whole, lang)}).",
        )
        return self._answer(question=question, frame=frame, text=text, territories=[])


# « ne sont dans aucun lauréat », « not covered »: the part the laureates leave out.
_LEFT_OUT = re.compile(
    r"\b(?:(?:ne|n) (?:sont|est|font|fait) (?:partie )?(?:d |dans |de )?aucun|(?:ne|n) (?:sont|est)"
    r" pas (?:dans|couvert\w*)|non couvert\w*|pas couvert\w*|hors (?:de tout|des|d un|de)"
    r" (?:laureats?|ti|tis|territoires?)|en dehors (?:des|de tout|d un) (?:laureats?|ti"
    r"|territoires?)|(?:in|within) no (?:laureate|territory)|not (?:in any|covered)|uncovered"
    r"|left out)\b"
)
# At most this many communes outside are named one by one.
_NAMED_TOWNS = 10
