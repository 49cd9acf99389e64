"""Answers about places: laureates, departments, regions, communes, and lists of laureates."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Answer, Button
from bot.answers import french
from bot.answers.common import OCCITANIE, asks_territories, join, key, t, why_not_said
from bot.answers.perimeters import PerimeterAnswers, communes
from bot.knowledge.places import Commune
from bot.knowledge.schema import Territory
from bot.maps.keys import region_key
from bot.normalize import fold
from bot.understanding.intents import Intent, ListFilter
from bot.understanding.language import Language
from bot.understanding.outright import territory_asked
from bot.understanding.settled import WHY_CHOSEN

# « parle-moi de X », « montre-moi la carte », « c'est quoi X ? »: asked to tell, not whether.
_TELLS = re.compile(
    r"\b(?:parle[sz]?|montre[sz]?|presente[sz]?|decri[sst]|raconte[sz]?|c est quoi|qu est ce"
    r"|tell me|show|describe|what is|what s)\b"
)

# Up to so many communes a department's laureates cover are named.
_FEW = 5


class PlaceAnswers(PerimeterAnswers):
    """Is this place covered, and by which laureate? The release and ANCT's perimeters, nothing more."""

    def territory(
        self,
        *,
        question: str,
        territory: Territory,
        lang: Language,
        confidence: float = 1.0,
        perimeter: bool = False,
    ) -> Answer:
        where = self._departments_of(territory)
        interregional = (
            t(
                lang,
                " C'est un territoire d'industrie interrégional.",
                " It is an interregional industrial territory.",
            )
            if territory.interregional
            else ""
        )
        lead = "" if _TELLS.search(fold(question)) else t(lang, "Oui : ", "Yes: ")
        if WHY_CHOSEN.search(fold(question)):
            # (« Pourquoi l'Albigeois a été retenu ? »: no reason is given; what is, is.)
            lead = t(
                lang,
                f"Le communiqué ne précise pas pourquoi « {territory.name} » a été retenu. Ce "
                "qu'il en dit : ",
                f"The press release does not say why « {territory.name} » was selected. What it "
                "says: ",
            )
        text = t(
            lang,
            f"{lead}« {territory.name} » ({where}) fait partie des 15 lauréats « Territoires "
            f"d'industrie » 2023-2027 en Occitanie : {self._status(territory, lang)}.{interregional}",
            f"{lead}« {territory.name} » ({where}) is one of the 15 « Territoires d'industrie » "
            f"laureates for 2023-2027 in Occitanie: {self._status(territory, lang)}.{interregional}",
        )
        national = self.k.national(territory.anct_id)
        if national is not None and set(fold(national.name).split()) != set(
            fold(territory.name).split()
        ):
            # (« Je ne trouve pas l'Albigeois chez l'ANCT »: ANCT names it otherwise.)
            text += t(
                lang,
                f" Dans les données de l'ANCT, il s'appelle « {national.name} ».",
                f" In ANCT's data, it is called « {national.name} ».",
            )
        if perimeter:
            # « Quelles intercommunalités composent X ? » asks what X is made of, not whether it won.
            text = self.perimeter_text(territory, lang)
        return Answer(
            question=question,
            text=text,
            intent=Intent.LAUREATE,
            language=lang,
            title=territory.name,
            territories=(territory.name,),
            national_territories=() if national is None else (national.name,),
            confidence=confidence,
            # (The groupings and communes are ANCT's and Etalab's, not the release's.)
            sources=self._perimeter_sources() if perimeter else self._territory_sources(territory),
            buttons=self._territory_buttons(territory, lang),
            emphasis=(territory.name,),
        )

    def in_region(
        self, *, answer: Answer, name: str, department: str, region: str, asked: str
    ) -> Answer:
        """« Pau est en Occitanie ? »: where the place lies first, then what it belongs to,
        its « Oui : » dropped, since « oui » would answer the region."""
        places = self.k.places
        assert places is not None
        lang = answer.language
        where, there = places.regions[region].name, places.regions[asked].name
        place = (
            self.department_label(department)
            if name == self.k.department_name(department)
            else f"{name} ({self.k.department_name(department)}, {department})"
        )
        if region == asked:
            lead = t(lang, f"Oui : {place} est en {there}.", f"Yes: {place} is in {there}.")
        else:
            lead = t(
                lang,
                f"Non : {place} est en {where}, pas en {there}.",
                f"No: {place} is in {where}, not in {there}.",
            )
        rest = answer.text.removeprefix(t(lang, "Oui : ", "Yes: "))
        return replace(answer, text=f"{lead}\n\n{french.capitalise(rest)}")

    def affirmed(self, answer: Answer, *, denied: bool = False) -> Answer:
        """A department's or a region's laureates, as the answer to « does it have any? »
        (« Non » to « it has none? »)."""
        text = answer.text
        if text.startswith(("Les ", "The ")):
            text = text[0].lower() + text[1:]
        opening = (
            t(answer.language, "Non : ", "No: ")
            if denied
            else t(answer.language, "Oui : ", "Yes: ")
        )
        return replace(answer, intent=Intent.LAUREATE, text=opening + text)

    def department(
        self, *, question: str, code: str, lang: Language, confidence: float = 1.0
    ) -> Answer:
        """The laureates with communes in the department (from the perimeters), and how many."""
        reach = self.department_reach(code)
        others = self.national_reach(code)
        elsewhere = ""
        if others:
            names = join([f"« {n.name} » ({communes(c, lang)})" for n, c in others], lang)
            elsewhere = t(
                lang,
                f"\n\nHors des 15 lauréats d'Occitanie, l'ANCT y compte aussi : {names}.",
                f"\n\nBesides the 15 Occitanie laureates, ANCT also counts there: {names}.",
            )
        if not reach:
            lead = ""
            if others and asks_territories(question):
                # « y a-t-il un TI en Vendée ? »: yes, ANCT's; « non » is for the release's 15.
                lead = t(
                    lang,
                    f"Oui : l'ANCT compte {len(others)} territoire{'s' if len(others) > 1 else ''} d'industrie "
                    f"{self._in_department(code)}, hors des 15 lauréats d'Occitanie. ",
                    f"Yes: ANCT counts {len(others)} industrial territor"
                    f"{'ies' if len(others) > 1 else 'y'} in {self.department_label(code)}, "
                    "none of them among Occitanie's 15 laureates. ",
                )
            answer = self._outside(
                question=question,
                place=t(lang, self._in_department(code), f"in {self.department_label(code)}"),
                lang=lang,
                confidence=confidence,
                title=self.department_label(code),
                area=True,
                extra=elsewhere,
                lead=lead,
            )
            return replace(answer, national_territories=tuple(n.name for n, _ in others))
        places = self.k.places
        assert places is not None
        total = self.k.coverage.department_sizes[code] if self.k.coverage is not None else 0
        lines = "\n".join(
            self._territory_line(territory, lang)
            + t(
                lang,
                f" : {communes(count, lang)} du département",
                f": {communes(count, lang)} of the department",
            )
            for territory, count in reach
        )
        count = len(reach)
        covered = sum(n for _, n in reach)
        plural_fr = "lauréats" if count > 1 else "lauréat"
        plural_en = "laureates" if count > 1 else "laureate"
        text = t(
            lang,
            f"{count} {plural_fr} « Territoires d'industrie » 2023-2027 {self._in_department(code)} :\n{lines}",
            f"{self.department_label(code)} has {count} « Territoires d'industrie » {plural_en} for 2023-2027:\n{lines}",
        )
        few = self._few_covered([territory for territory, _ in reach], code) if covered else []
        if few and covered < total:
            # (« une commune ardéchoise dans un lauréat ? »: which one, not « ask for yours ».)
            text += t(
                lang,
                f"\n\n{'Ils couvrent' if count > 1 else 'Il couvre'} {covered} de ses {total} "
                f"communes : {join(few, lang)}.",
                f"\n\n{'They cover' if count > 1 else 'It covers'} {covered} of its {total} "
                f"communes: {join(few, lang)}.",
            )
        elif covered < total:
            cover_fr = "Ils couvrent" if count > 1 else "Il couvre"
            text += t(
                lang,
                f"\n\n{cover_fr} {covered} de ses {total} communes : demandez pour la vôtre, par son nom ou son code postal.",
                f"\n\nThey cover {covered} of its {total} communes: ask about yours, by name or postal code.",
            )
        if places.departments[code].region != OCCITANIE:
            text += t(
                lang,
                "\n\nCe département est hors d'Occitanie : un lauréat d'Occitanie y déborde.",
                "\n\nThis department lies outside Occitanie: an Occitanie laureate reaches into it.",
            )
        found = [territory for territory, _ in reach]
        return Answer(
            question=question,
            text=french.capitalise(text) + elsewhere,
            intent=Intent.LIST,
            language=lang,
            title=self.department_label(code),
            territories=tuple(territory.name for territory in found),
            national_territories=tuple(
                n.name for n in (self.k.national(x.anct_id) for x in found) if n is not None
            )
            + tuple(n.name for n, _ in others),
            confidence=confidence,
            sources=(
                *self._cite(found[0].source, found[0].section),
                *self._perimeter_sources()[1:],
            ),
            buttons=(
                *(Button(territory.name, key("t", territory.id, lang)) for territory in found),
                *self.map_button(lang=lang, code=code),
            ),
            emphasis=tuple(territory.name for territory in found),
        )

    def _few_covered(self, territories: list[Territory], code: str) -> list[str]:
        """The names of the department's communes these laureates cover, when they are few
        enough to list; none otherwise."""
        coverage, places = self.k.coverage, self.k.places
        if coverage is None or places is None:
            return []
        found = sorted(
            {
                places.communes_by_code[c].name
                for territory in territories
                for c in coverage.communes.get(territory.anct_id, ())
                if places.communes_by_code[c].department == code
            }
        )
        return found if len(found) <= _FEW else []

    def region(self, *, question: str, code: str, lang: Language) -> Answer:
        places = self.k.places
        assert places is not None
        region = places.regions[code]
        if code == OCCITANIE:
            return self.listing(question=question, list_filter=ListFilter.ALL, lang=lang)
        departments = [d for d in places.departments.values() if d.region == code]
        reached = [territory for d in departments for territory in self.k.territories_in(d.code)]
        listed = ", ".join(f"{d.name} ({d.code})" for d in departments)
        extra = (
            t(
                lang,
                f"\n\nDépartements de cette région : {listed}.",
                f"\n\nDepartments of this region: {listed}.",
            )
            if listed
            else ""
        )
        lead = ""
        if reached:
            # « Non : aucun… » would be untrue: an interregional laureate reaches the region.
            unique = list(dict.fromkeys(reached))
            names = join([f"« {territory.name} »" for territory in unique], lang)
            where_fr, where_en = f"la région {region.name}", region.name
            if len(unique) == 1:
                lead = t(
                    lang,
                    f"Un seul des 15 lauréats « Territoires d'industrie » d'Occitanie touche {where_fr} : "
                    f"le territoire interrégional {names}. ",
                    f"Only one of the 15 « Territoires d'industrie » laureates in Occitanie reaches {where_en}: "
                    f"the interregional territory {names}. ",
                )
            else:
                lead = t(
                    lang,
                    f"{len(unique)} des 15 lauréats « Territoires d'industrie » d'Occitanie touchent {where_fr} : "
                    f"les territoires interrégionaux {names}. ",
                    f"{len(unique)} of the 15 « Territoires d'industrie » laureates in Occitanie reach {where_en}: "
                    f"the interregional territories {names}. ",
                )
        filed = (
            [n for n in self.k.perimeters.territories.values() if n.region == code]
            if self.k.perimeters is not None
            else []
        )
        if filed and not lead and asks_territories(question):
            lead = t(
                lang,
                f"Oui : l'ANCT rattache {len(filed)} territoire{'s' if len(filed) > 1 else ''} "
                f"d'industrie à la région {region.name}, hors des 15 lauréats d'Occitanie. ",
                f"Yes: ANCT files {len(filed)} industrial territor"
                f"{'ies' if len(filed) > 1 else 'y'} under {region.name}, none of them among "
                "Occitanie's 15 laureates. ",
            )
        if filed:
            names = join([f"« {n.name} »" for n in filed], lang)
            extra += t(
                lang,
                f"\n\nL'ANCT y rattache {len(filed)} territoires d'industrie 2023-2027 : {names}.",
                f"\n\nANCT files {len(filed)} industrial territories for 2023-2027 under this region: {names}.",
            )
        answer = self._outside(
            question=question,
            place=t(lang, f"dans la région {region.name}", f"in {region.name}"),
            area=True,
            lang=lang,
            confidence=1.0,
            title=region.name,
            extra=extra,
            lead=lead,
        )
        see = (
            [
                Button(
                    t(lang, "Voir sur la carte", "See on the map"),
                    region_key(code) + ("_en" if lang == "en" else ""),
                )
            ]
            if self.maps and filed
            else []
        )
        return replace(
            answer,
            national_territories=tuple(n.name for n in filed),
            buttons=(*see, *answer.buttons),
        )

    def commune(
        self,
        *,
        question: str,
        commune: Commune,
        alternatives: tuple[Commune, ...],
        lang: Language,
        confidence: float,
        via_postal_code: str | None = None,
        asked: Territory | None = None,
    ) -> Answer:
        places = self.k.places
        assert places is not None
        current = places.current(commune)
        if via_postal_code is not None:
            mixed = self.postal_code(
                question=question,
                code=via_postal_code,
                communes=tuple(dict.fromkeys(places.current(c) for c in (commune, *alternatives))),
                lang=lang,
            )
            if mixed is not None:
                return mixed
        name = commune.name
        if commune.part_of is not None:
            # In brackets, not between commas: `where` is a sentence's subject.
            name = t(
                lang,
                f"{commune.name} (commune déléguée {french.of(current.name)}, ",
                f"{commune.name} (now part of {current.name}, ",
            )
        else:
            name = f"{commune.name} ("
        where = f"{name}{self.k.department_name(current.department)}, {current.department})"
        answer = self.membership(
            question=question,
            commune=current,
            where=where,
            lang=lang,
            confidence=confidence,
            asked=asked,
        )
        others = self._alternatives_note(alternatives, lang, postal=via_postal_code is not None)
        buttons = tuple(
            Button(f"{c.name} ({c.department})", key("c", c.code, lang)) for c in alternatives[:4]
        )
        text = answer.text
        if via_postal_code is not None:
            # (After the answer, which opens with yes or no: the towns the postcode serves
            # all stand alike, or the answer would be the mixed one.)
            text += t(
                lang,
                f"\n\nCode postal {via_postal_code} : {where}.",
                f"\n\nPostal code {via_postal_code}: {where}.",
            )
        text = why_not_said(text + others, question=question, lang=lang)
        namesakes: tuple[str, ...] = ()
        folded = fold(question)
        if (
            answer.territories
            and asked is None
            and via_postal_code is None
            and territory_asked(folded)
            and not any(fold(laureate.name) in folded for laureate in self.k.territories)
        ):
            # (« Mirepoix, c'est dans quel TI ? » is answered for each namesake the note
            # places in a laureate, as well as for the one answered first; « Mirepoix est
            # dans un TI ? », of the likeliest one.)
            namesakes = tuple(
                laureate.name
                for c in alternatives[:4]
                for laureate in self._laureates(self._territories_of(c))
            )
        return replace(
            answer,
            text=text,
            territories=tuple(dict.fromkeys((*answer.territories, *namesakes))),
            buttons=self.commune_map_buttons(answer.buttons, code=current.code, lang=lang)
            + buttons,
        )

    def _alternatives_note(
        self, alternatives: tuple[Commune, ...], lang: Language, *, postal: bool
    ) -> str:
        if not alternatives:
            return ""
        more = "…" if len(alternatives) > 4 else ""
        if postal:
            shown = ", ".join(f"{c.name} ({c.department})" for c in alternatives[:4])
            return t(
                lang,
                f"\n\nCe code postal dessert aussi : {shown}{more}.",
                f"\n\nThis postal code also serves: {shown}{more}.",
            )
        # (Each namesake with its department and where it stands: « Brassac est dans quel
        # lauréat ? » may mean any of them.)
        shown = " ; ".join(self._namesake(c, lang) for c in alternatives[:4])
        return t(
            lang,
            f"\n\nAutres communes de ce nom : {shown}{more}.",
            f"\n\nOther communes with this name: {shown.replace(' ; ', '; ')}{more}.",
        )

    def _namesake(self, commune: Commune, lang: Language) -> str:
        where = (
            f"{commune.name} ({self.k.department_name(commune.department)}, {commune.department})"
        )
        if self.k.perimeters is None or self.k.coverage is None:
            return where
        laureates = self._laureates(self._territories_of(commune))
        if laureates:
            names = ", ".join(f"« {laureate.name} »" for laureate in laureates)
            return t(lang, f"{where}, dans {names}", f"{where}, in {names}")
        national = ", ".join(f"« {n.name} »" for n in self._territories_of(commune))
        if national:
            return t(
                lang,
                f"{where}, dans {national} (hors des 15 lauréats d'Occitanie)",
                f"{where}, in {national} (not one of Occitanie's 15 laureates)",
            )
        return t(lang, f"{where}, dans aucun territoire", f"{where}, in no territory")

    def unknown_place(self, *, question: str, lang: Language) -> Answer:
        names = ", ".join(territory.name for territory in self.k.territories)
        text = t(
            lang,
            "Je ne reconnais pas ce lieu, je ne peux donc pas dire s'il est concerné. "
            f"Les 15 lauréats d'Occitanie sont : {names}. Essayez avec le nom d'une commune, "
            "d'un département ou un code postal.",
            "I do not recognise this place, so I cannot say whether it is covered. "
            f"The 15 laureates in Occitanie are: {names}. Try a commune, a department or a postal code.",
        )
        return Answer(
            question=question,
            text=text,
            intent=Intent.LAUREATE,
            language=lang,
            title=t(lang, "Lieu inconnu", "Unknown place"),
            confidence=0.3,
            sources=(self._release,),
            buttons=(self._laureates_button(lang),),
        )

    def ask_place(self, *, question: str, lang: Language) -> Answer:
        text = t(
            lang,
            "De quelle commune s'agit-il ? Donnez son nom ou son code postal, par exemple "
            "« Figeac » ou « 46100 », ou un département comme « le Tarn ».",
            "Which town do you mean? Give its name or postal code, for example « Figeac » or "
            "« 46100 », or a department such as « Tarn ».",
        )
        return Answer(
            question=question,
            text=text,
            intent=Intent.LAUREATE,
            language=lang,
            title=t(lang, "Quelle commune ?", "Which town?"),
            confidence=0.6,
            buttons=(self._laureates_button(lang),),
        )

    def clarify(self, *, question: str, options: list[tuple[str, str]], lang: Language) -> Answer:
        labels = [label for label, _ in options]
        text = t(
            lang,
            f"Vouliez-vous dire : {' ; '.join(labels)} ?",
            f"Did you mean: {'; '.join(labels)}?",
        )
        return Answer(
            question=question,
            text=text,
            intent=Intent.CLARIFY,
            language=lang,
            title=t(lang, "Vouliez-vous dire… ?", "Did you mean…?"),
            suggestions=tuple(labels),
            confidence=0.5,
            buttons=tuple(Button(label, option_key) for label, option_key in options),
        )

    def listing(self, *, question: str, list_filter: ListFilter, lang: Language) -> Answer:
        territories = self.k.territories
        if list_filter is ListFilter.ALL:
            renewed = [x for x in territories if x.status == "renewed"]
            new = [x for x in territories if x.status == "new"]
            body = t(lang, f"Renouvelés ({len(renewed)}) :\n", f"Renewed ({len(renewed)}):\n")
            body += "\n".join(self._territory_line(x, lang) for x in renewed)
            body += t(lang, f"\n\nNouveaux ({len(new)}) :\n", f"\n\nNew ({len(new)}):\n")
            body += "\n".join(self._territory_line(x, lang) for x in new)
            head = t(
                lang,
                f"Les {len(territories)} lauréats « Territoires d'industrie » 2023-2027 en Occitanie :",
                f"The {len(territories)} « Territoires d'industrie » laureates for 2023-2027 in Occitanie:",
            )
            chosen = list(territories)
        else:
            chosen = [
                x
                for x in territories
                if (list_filter is ListFilter.NEW and x.status == "new")
                or (list_filter is ListFilter.RENEWED and x.status == "renewed")
                or (list_filter is ListFilter.INTERREGIONAL and x.interregional)
                or (list_filter is ListFilter.SEVERAL_DEPARTMENTS and len(x.departments) > 1)
            ]
            heads = {
                ListFilter.NEW: t(
                    lang,
                    f"Les {len(chosen)} nouveaux territoires lauréats :",
                    f"The {len(chosen)} new laureates:",
                ),
                ListFilter.RENEWED: t(
                    lang,
                    f"Les {len(chosen)} territoires renouvelés (déjà lauréats lors de la première phase) :",
                    f"The {len(chosen)} renewed territories (already laureates in the first phase):",
                ),
                ListFilter.INTERREGIONAL: t(
                    lang,
                    f"Les {len(chosen)} territoires d'industrie interrégionaux :",
                    f"The {len(chosen)} interregional territories:",
                ),
                ListFilter.SEVERAL_DEPARTMENTS: t(
                    lang,
                    f"Les {len(chosen)} territoires lauréats qui s'étendent sur plusieurs départements :",
                    f"The {len(chosen)} laureates spanning several departments:",
                ),
            }
            head = heads[list_filter]
            body = "\n".join(self._territory_line(x, lang) for x in chosen)
        return Answer(
            question=question,
            text=f"{head}\n{body}",
            intent=Intent.LIST,
            language=lang,
            title=t(lang, "Les lauréats", "The laureates"),
            territories=tuple(x.name for x in chosen),
            sources=self._cite(territories[0].source, territories[0].section),
            buttons=tuple(Button(x.name, key("t", x.id, lang)) for x in chosen),
            emphasis=tuple(x.name for x in chosen),
        )
