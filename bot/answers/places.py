"""Answers about places: laureates, departments, regions, communes, and lists of laureates."""

from __future__ import annotations

from dataclasses import replace

from bot import french
from bot.answer import Answer, Button
from bot.answers.common import OCCITANIE, Base, join, key, t
from bot.intents import Intent, ListFilter
from bot.language import Language
from bot.normalize import fold
from bot.places import Commune
from bot.schema import Territory


class PlaceAnswers(Base):
    """Is this place covered, and by which laureate? Never more than the release says."""

    def territory(
        self,
        *,
        question: str,
        territory: Territory,
        lang: Language,
        confidence: float = 1.0,
        via: str | None = None,
        perimeter: bool = False,
    ) -> Answer:
        named = ""
        if via is not None and via != territory.name:
            named = t(
                lang, f"{via} est nommée dans le lauréat ", f"{via} is named in the laureate "
            )
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
        if named:
            text = t(
                lang,
                f"Oui : {named}« {territory.name} » ({where}), l'un des 15 lauréats « Territoires d'industrie » "
                f"2023-2027 en Occitanie : {self._status(territory, lang)}.{interregional}",
                f"Yes: {named}« {territory.name} » ({where}), one of the 15 « Territoires d'industrie » "
                f"laureates for 2023-2027 in Occitanie: {self._status(territory, lang)}.{interregional}",
            )
        else:
            text = t(
                lang,
                f"Oui : « {territory.name} » ({where}) fait partie des 15 lauréats « Territoires d'industrie » "
                f"2023-2027 en Occitanie : {self._status(territory, lang)}.{interregional}",
                f"Yes: « {territory.name} » ({where}) is one of the 15 « Territoires d'industrie » "
                f"laureates for 2023-2027 in Occitanie: {self._status(territory, lang)}.{interregional}",
            )
        if perimeter:
            text += "\n\n" + self._perimeter(territory, lang)
        return Answer(
            question=question,
            text=text,
            intent=Intent.LAUREATE,
            language=lang,
            title=territory.name,
            territories=(territory.name,),
            confidence=confidence,
            sources=self._territory_sources(territory),
            buttons=self._territory_buttons(territory, lang),
            emphasis=(territory.name,),
        )

    def _perimeter(self, territory: Territory, lang: Language) -> str:
        """What the release says of a laureate's extent: its name, nothing more."""
        places = self.k.places
        towns = [
            commune.name
            for code in territory.named_communes
            if places is not None and (commune := places.find(code)) is not None
        ]
        named = (
            t(lang, f" ; son nom cite {join(towns, lang)}", f"; its name cites {join(towns, lang)}")
            if towns
            else ""
        )
        return t(
            lang,
            f"Le communiqué ne donne pas la liste des communes de ce territoire{named}. "
            "Son périmètre figure dans le dossier de presse national.",
            f"The press release does not list this territory's communes{named}. "
            "Its boundary is in the national press kit.",
        )

    def department(
        self, *, question: str, code: str, lang: Language, confidence: float = 1.0
    ) -> Answer:
        found = self.k.territories_in(code)
        if not found:
            return self._outside(
                question=question,
                place=t(lang, self._in_department(code), f"in {self.department_label(code)}"),
                lang=lang,
                confidence=confidence,
                title=self.department_label(code),
                area=True,
            )
        lines = "\n".join(self._territory_line(territory, lang) for territory in found)
        count = len(found)
        plural_fr = "lauréats" if count > 1 else "lauréat"
        plural_en = "laureates" if count > 1 else "laureate"
        text = t(
            lang,
            f"Oui : {count} {plural_fr} « Territoires d'industrie » 2023-2027 {self._in_department(code)} :\n{lines}",
            f"Yes: {self.department_label(code)} has {count} « Territoires d'industrie » {plural_en} for 2023-2027:\n{lines}",
        )
        if (
            any(territory.interregional for territory in found)
            and self.k.departments[code].region != "Occitanie"
        ):
            text += t(
                lang,
                "\n\nCe département est hors d'Occitanie : il est concerné par un territoire interrégional.",
                "\n\nThis department lies outside Occitanie: an interregional territory reaches it.",
            )
        return Answer(
            question=question,
            text=french.capitalise(text),
            intent=Intent.LIST,
            language=lang,
            title=self.department_label(code),
            territories=tuple(territory.name for territory in found),
            confidence=confidence,
            sources=self._cite(found[0].source, found[0].section),
            buttons=tuple(
                Button(territory.name, key("t", territory.id, lang)) for territory in found
            ),
            emphasis=tuple(territory.name for territory in found),
        )

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
        if reached:
            names = join([f"« {territory.name} »" for territory in dict.fromkeys(reached)], lang)
            extra += t(
                lang,
                f"\n\nÀ noter : le territoire interrégional {names} touche aussi cette région.",
                f"\n\nNote: the interregional territory {names} also reaches this region.",
            )
        return self._outside(
            question=question,
            place=t(lang, f"dans la région {region.name}", f"in {region.name}"),
            area=True,
            lang=lang,
            confidence=1.0,
            title=region.name,
            extra=extra,
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
    ) -> Answer:
        places = self.k.places
        assert places is not None
        current = places.current(commune)
        name = commune.name
        if commune.part_of is not None:
            name = t(
                lang,
                f"{commune.name}, commune déléguée de {current.name}",
                f"{commune.name}, now part of {current.name}",
            )
        where = f"{name} ({self.k.department_name(current.department)}, {current.department})"
        answer = self._commune_answer(
            question=question,
            current=current,
            where=where,
            alternatives=alternatives,
            lang=lang,
            confidence=confidence,
            postal=via_postal_code is not None,
        )
        if via_postal_code is None:
            return answer
        postal = t(
            lang,
            f"Code postal {via_postal_code} : {where}.\n",
            f"Postal code {via_postal_code}: {where}.\n",
        )
        return replace(answer, text=postal + answer.text)

    def _commune_answer(
        self,
        *,
        question: str,
        current: Commune,
        where: str,
        alternatives: tuple[Commune, ...],
        lang: Language,
        confidence: float,
        postal: bool,
    ) -> Answer:
        named = [
            territory
            for territory in self.k.territories
            if current.code in territory.named_communes
        ]
        others = self._alternatives_note(alternatives, lang, postal=postal)
        buttons = tuple(
            Button(f"{c.name} ({c.department})", key("c", c.code, lang)) for c in alternatives[:4]
        )
        if named:
            territory = named[0]
            answer = self.territory(
                question=question,
                territory=territory,
                lang=lang,
                confidence=confidence,
                via=current.name,
            )
            return replace(
                answer,
                text=answer.text + others,
                buttons=answer.buttons + buttons,
                title=current.name,
            )
        in_department = self.k.territories_in(current.department)
        wide = [territory for territory in in_department if territory.named_after_department]
        department = self._the_department(current.department)
        hint = self._epci_hint(current, lang)
        if wide:
            territory = wide[0]
            text = t(
                lang,
                f"{where} : cette commune est située dans {department}, dont le territoire « {territory.name} » "
                f"est lauréat « Territoires d'industrie » 2023-2027 ; c'est un {self._status(territory, lang)}. "
                "Le communiqué ne détaille pas le périmètre exact de ce territoire : il figure dans le dossier de presse national.",
                f"{where}: this commune lies in {self.department_label(current.department)}, whose territory « {territory.name} » "
                f"is a « Territoires d'industrie » laureate for 2023-2027; it is {self._status(territory, lang)}. "
                "The press release does not detail this territory's exact boundary: it is in the national press kit.",
            )
            return Answer(
                question=question,
                text=text + hint + others,
                intent=Intent.LAUREATE,
                language=lang,
                title=current.name,
                territories=(territory.name,),
                confidence=confidence * 0.9,
                sources=self._territory_sources(territory),
                buttons=(Button(territory.name, key("t", territory.id, lang)), *buttons),
                emphasis=(territory.name,),
            )
        if in_department:
            lines = "\n".join(self._territory_line(territory, lang) for territory in in_department)
            text = t(
                lang,
                f"{where} n'est pas nommée parmi les 15 lauréats « Territoires d'industrie » d'Occitanie. "
                f"Lauréats {self._in_department(current.department)} :\n{lines}\n\n{self._not_detailed(lang)}",
                f"{where} is not named among the 15 « Territoires d'industrie » laureates in Occitanie. "
                f"Laureates in {self.department_label(current.department)}:\n{lines}\n\n{self._not_detailed(lang)}",
            )
            return Answer(
                question=question,
                text=text + hint + others,
                intent=Intent.LAUREATE,
                language=lang,
                title=current.name,
                confidence=confidence,
                sources=(self._release,),
                buttons=(
                    *(
                        Button(territory.name, key("t", territory.id, lang))
                        for territory in in_department
                    ),
                    *buttons,
                ),
                emphasis=tuple(territory.name for territory in in_department),
            )
        return self._outside(
            question=question,
            place=where,
            lang=lang,
            confidence=confidence,
            title=current.name,
            extra=others,
        )

    def _alternatives_note(
        self, alternatives: tuple[Commune, ...], lang: Language, *, postal: bool
    ) -> str:
        if not alternatives:
            return ""
        shown = ", ".join(f"{c.name} ({c.department})" for c in alternatives[:4])
        more = "…" if len(alternatives) > 4 else ""
        if postal:
            return t(
                lang,
                f"\n\nCe code postal dessert aussi : {shown}{more}.",
                f"\n\nThis postal code also serves: {shown}{more}.",
            )
        return t(
            lang,
            f"\n\nAutres communes de ce nom : {shown}{more}.",
            f"\n\nOther communes with this name: {shown}{more}.",
        )

    def _epci_hint(self, commune: Commune, lang: Language) -> str:
        places = self.k.places
        if places is None or commune.epci is None:
            return ""
        epci = places.epci_names.get(commune.epci, "")
        folded = f" {fold(epci)} "
        for territory in self.k.territories:
            if territory.named_after_department or commune.department not in territory.departments:
                continue
            if f" {self._folded_names[territory.id]} " in folded:
                return t(
                    lang,
                    f"\n\nÀ noter : {commune.name} est membre de l'intercommunalité « {epci} », qui porte le nom "
                    f"du lauréat « {territory.name} ». C'est une indication, pas une confirmation.",
                    f"\n\nNote: {commune.name} belongs to the intercommunal body « {epci} », which bears the name "
                    f"of the laureate « {territory.name} ». This is a hint, not a confirmation.",
                )
        return ""

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
