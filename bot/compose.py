"""Writes each answer, in correct French (or English when asked in English), from the knowledge only."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot import french
from bot.answer import Answer, Button
from bot.intents import ContactDetail, Intent, ListFilter
from bot.knowledge import Knowledge
from bot.language import Language
from bot.normalize import fold
from bot.places import Commune
from bot.schema import Organisation, Person, Territory

OCCITANIE = "76"
_MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
_WEEKDAYS_EN = {"jeudi": "Thursday"}


def t(lang: Language, fr: str, en: str) -> str:
    return en if lang == "en" else fr


def date_text(day: dt.date, lang: Language) -> str:
    if lang == "en":
        return day.strftime("%d %B %Y").lstrip("0")
    return f"{'1er' if day.day == 1 else day.day} {_MONTHS_FR[day.month - 1]} {day.year}"


def key(kind: str, ident: str, lang: Language) -> str:
    return f"{kind}_{ident}" + ("_en" if lang == "en" else "")


def join(items: list[str], lang: Language) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + t(lang, " et ", " and ") + items[-1]


class Composer:
    """One method per kind of answer; every fact comes from `knowledge`."""

    def __init__(self, *, knowledge: Knowledge) -> None:
        self.k = knowledge
        self._release = knowledge.sources[knowledge.announcement.source].title

    # -- shared pieces -------------------------------------------------------

    def _cite(self, entry_source: str, section: str) -> tuple[str, ...]:
        return (self.k.cite(entry_source, section),)

    def department_label(self, code: str) -> str:
        return f"{self.k.department_name(code)} ({code})"

    def _departments_of(self, territory: Territory) -> str:
        return ", ".join(f"{self.k.department_name(code)} {code}" for code in territory.departments)

    def _liaison(self, code: str) -> int:
        places = self.k.places
        return (
            places.departments[code].liaison
            if places is not None and code in places.departments
            else 0
        )

    def _in_department(self, code: str) -> str:
        """« dans le Gard (30) »."""
        return f"{french.within(self.k.department_name(code), self._liaison(code))} ({code})"

    def _the_department(self, code: str) -> str:
        """« le Tarn (81) »: with its article when the open data gives it."""
        return f"{french.the(self.k.department_name(code), self._liaison(code))} ({code})"

    def _territory_line(self, territory: Territory, lang: Language) -> str:
        codes = "-".join(territory.departments)
        extra = t(lang, ", interrégional", ", interregional") if territory.interregional else ""
        return f"• {territory.name} ({codes}{extra})"

    def _status(self, territory: Territory, lang: Language) -> str:
        if territory.status == "renewed":
            return t(
                lang,
                "territoire renouvelé (déjà territoire d'industrie lors de la première phase)",
                "a renewed territory (already an industrial territory in the first phase)",
            )
        return t(
            lang,
            "nouveau territoire lauréat de cette deuxième phase",
            "a new laureate in this second phase",
        )

    def _territory_sources(self, territory: Territory) -> tuple[str, ...]:
        return self._cite(territory.source, territory.section)

    def _territory_buttons(self, territory: Territory, lang: Language) -> tuple[Button, ...]:
        buttons = [
            Button(
                t(
                    lang,
                    f"Lauréats : {self.k.department_name(code)}",
                    f"Laureates: {self.k.department_name(code)}",
                ),
                key("d", code, lang),
            )
            for code in territory.departments
            if len(self.k.territories_in(code)) > 1
        ]
        buttons.append(
            Button(t(lang, "Le programme", "The programme"), key("topic", "programme", lang))
        )
        buttons.append(
            Button(t(lang, "Tous les lauréats", "All laureates"), key("topic", "list", lang))
        )
        return tuple(buttons)

    def _not_detailed(self, lang: Language) -> str:
        return t(
            lang,
            "Le communiqué ne détaille pas les périmètres des territoires : ils figurent dans le "
            "dossier de presse national.",
            "The press release does not detail the territories' boundaries: they are in the "
            "national press kit.",
        )

    # -- territories and places ----------------------------------------------

    def territory(
        self,
        *,
        question: str,
        territory: Territory,
        lang: Language,
        confidence: float = 1.0,
        via: str | None = None,
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

    def _outside(
        self,
        *,
        question: str,
        place: str,
        lang: Language,
        confidence: float,
        title: str,
        extra: str = "",
        area: bool = False,
    ) -> Answer:
        """A « non » for a place outside the laureates; `area` for a department or region,
        where « in » reads better than « is »."""
        national = self.k.announcement.assembly.national_laureates
        if area:
            sentence = t(
                lang,
                f"Non : aucun des 15 lauréats « Territoires d'industrie » d'Occitanie ne se trouve {place}. ",
                f"No: none of the 15 « Territoires d'industrie » laureates in Occitanie lies {place}. ",
            )
        else:
            sentence = t(
                lang,
                f"Non : {place} ne figure pas parmi les 15 lauréats « Territoires d'industrie » d'Occitanie. ",
                f"No: {place} is not among the 15 « Territoires d'industrie » laureates in Occitanie. ",
            )
        text = sentence + t(
            lang,
            f"Le communiqué ne couvre que l'Occitanie ; les {national} lauréats nationaux figurent "
            "dans le dossier de presse national.",
            f"The press release covers Occitanie only; the {national} laureates nationwide are "
            "listed in the national press kit.",
        )
        return Answer(
            question=question,
            text=french.capitalise(text) + extra,
            intent=Intent.LAUREATE,
            language=lang,
            title=title,
            confidence=confidence,
            sources=(self._release,),
            buttons=(
                Button(t(lang, "Les 15 lauréats", "The 15 laureates"), key("topic", "list", lang)),
            ),
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
                f"{commune.name} (commune déléguée de {current.name})",
                f"{commune.name} (now part of {current.name})",
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
        return _replace(answer, text=postal + answer.text)

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
            return _replace(
                answer,
                text=answer.text + others,
                buttons=answer.buttons + buttons,
                title=current.name,
            )
        in_department = self.k.territories_in(current.department)
        wide = [territory for territory in in_department if territory.department_wide]
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
            if territory.department_wide or commune.department not in territory.departments:
                continue
            if f" {fold(territory.name)} " in folded:
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
            buttons=(
                Button(t(lang, "Les 15 lauréats", "The 15 laureates"), key("topic", "list", lang)),
            ),
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

    # -- lists and figures ---------------------------------------------------

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

    def counts(self, *, question: str, lang: Language) -> Answer:
        a = self.k.announcement
        interregional = sum(x.interregional for x in self.k.territories)
        text = t(
            lang,
            f"En Occitanie : {a.regional_laureates} lauréats, dont {a.renewed} territoires renouvelés et {a.new} nouveaux ; "
            f"{interregional} sont interrégionaux. Des lauréats sont présents dans tous les départements de la région. "
            f"Au niveau national : {a.assembly.national_laureates} lauréats pour la deuxième phase (2023-2027).",
            f"In Occitanie: {a.regional_laureates} laureates, {a.renewed} renewed territories and {a.new} new ones; "
            f"{interregional} are interregional. Every department of the region has a laureate. "
            f"Nationwide: {a.assembly.national_laureates} laureates for the second phase (2023-2027).",
        )
        return self._topic(
            question,
            Intent.COUNTS,
            text,
            lang,
            t(lang, "Chiffres clés", "Key figures"),
            (self._release,),
        )

    # -- topics ----------------------------------------------------------------

    def _topic(  # noqa: PLR0917 - one call shape shared by every topic answer
        self,
        question: str,
        intent: Intent,
        text: str,
        lang: Language,
        title: str,
        sources: tuple[str, ...],
        buttons: tuple[Button, ...] = (),
    ) -> Answer:
        return Answer(
            question=question,
            text=text,
            intent=intent,
            language=lang,
            title=title,
            sources=sources,
            buttons=buttons,
        )

    def programme(self, *, question: str, lang: Language) -> Answer:
        p, a = self.k.programme, self.k.announcement
        description = p.description_en if lang == "en" else p.description
        text = t(
            lang,
            f"{description} Sa deuxième phase couvre la période {p.phase.period}. "
            f"En Occitanie, {a.regional_laureates} territoires sont lauréats ({a.renewed} renouvelés, {a.new} nouveaux) ; "
            f"{a.assembly.national_laureates} au niveau national.",
            f"{description} Its second phase covers {p.phase.period}. "
            f"In Occitanie, {a.regional_laureates} territories are laureates ({a.renewed} renewed, {a.new} new); "
            f"{a.assembly.national_laureates} nationwide.",
        )
        buttons = (
            Button(t(lang, "Les 4 axes", "The 4 axes"), key("topic", "axes", lang)),
            Button(t(lang, "Les lauréats", "The laureates"), key("topic", "list", lang)),
            Button(t(lang, "Financement", "Funding"), key("topic", "funding", lang)),
        )
        return self._topic(
            question,
            Intent.PROGRAMME,
            text,
            lang,
            "Territoires d'industrie",
            self._cite(p.source, p.section),
            buttons,
        )

    def axes(self, *, question: str, lang: Language) -> Answer:
        items = self.k.axes.items
        lines = "\n".join(
            f"{i}. {axis.label_en if lang == 'en' else axis.label}"
            for i, axis in enumerate(items, 1)
        )
        text = t(
            lang,
            f"Pour {self.k.programme.phase.period}, le programme vise à apporter des réponses concrètes à {len(items)} axes :\n{lines}",
            f"For {self.k.programme.phase.period}, the programme aims to bring concrete answers on {len(items)} axes:\n{lines}",
        )
        return self._topic(
            question,
            Intent.AXES,
            text,
            lang,
            t(lang, "Les 4 axes", "The 4 axes"),
            self._cite(self.k.axes.source, self.k.axes.section),
        )

    def benefits(self, *, question: str, lang: Language) -> Answer:
        b, o = self.k.benefits, self.k.offer
        items = b.items_en if lang == "en" else b.items
        lines = "\n".join(f"• {item}" for item in items)
        offer = self._offer_sentence(lang)
        text = t(
            lang,
            f"Être lauréat « Territoire d'industrie », c'est notamment bénéficier de :\n{lines}\n\n{offer}",
            f"Being a « Territoire d'industrie » laureate brings in particular:\n{lines}\n\n{offer}",
        )
        return self._topic(
            question,
            Intent.BENEFITS,
            text,
            lang,
            t(lang, "Ce qu'apporte le programme", "What laureates get"),
            (*self._cite(b.source, b.section), *self._cite(o.source, o.section)),
        )

    def _offer_sentence(self, lang: Language) -> str:
        o = self.k.offer
        partners = ", ".join(o.partners.names)
        if lang == "en":
            return (
                f"The new offer of services provides: {o.en.project_manager}; a national envelope of "
                f"{o.envelope.amount} planned for {o.envelope.year} for {o.en.purpose}; {o.en.engineering}; "
                f"{o.en.partners_intro} ({partners}…)."
            )
        return (
            f"La nouvelle offre de services prévoit : {o.project_manager} ; une enveloppe nationale de "
            f"{o.envelope.amount} prévue en {o.envelope.year} pour {o.envelope.purpose} ; {o.engineering} ; "
            f"{o.partners.intro} ({partners}…)."
        )

    def funding(self, *, question: str, lang: Language) -> Answer:
        o = self.k.offer
        text = t(
            lang,
            f"Une enveloppe nationale de {o.envelope.amount} est prévue en {o.envelope.year} pour {o.envelope.purpose}. "
            f"Les lauréats peuvent aussi bénéficier du {o.project_manager.removeprefix('le ')}, {o.engineering} "
            f"et de l'accès aux moyens des partenaires ({', '.join(o.partners.names)}…). "
            "Le communiqué ne précise pas de montant par territoire.",
            f"A national envelope of {o.envelope.amount} is planned for {o.envelope.year} for {o.en.purpose}. "
            f"Laureates can also benefit from {o.en.project_manager}, {o.en.engineering} and access to the "
            f"partners' resources ({', '.join(o.partners.names)}…). The press release gives no amount per territory.",
        )
        return self._topic(
            question,
            Intent.FUNDING,
            text,
            lang,
            t(lang, "Financement", "Funding"),
            self._cite(o.source, o.section),
        )

    def partners(self, *, question: str, lang: Language) -> Answer:
        o = self.k.offer
        names = join(list(o.partners.names), lang)
        partial = (
            ""
            if o.partners.complete
            else t(
                lang,
                " (le communiqué cite ces exemples, la liste n'est pas close)",
                " (the press release gives these as examples, not a full list)",
            )
        )
        text = t(
            lang,
            f"Les lauréats ont accès aux moyens des partenaires du programme sur leurs expertises, notamment {names}{partial}.",
            f"Laureates get {o.en.partners_intro}, notably {names}{partial}.",
        )
        return self._topic(
            question,
            Intent.PARTNERS,
            text,
            lang,
            t(lang, "Partenaires", "Partners"),
            self._cite(o.source, o.section),
        )

    def engineering(self, *, question: str, lang: Language) -> Answer:
        o = self.k.offer
        text = t(
            lang,
            f"Les lauréats bénéficient d'une offre complète d'ingénierie : {o.engineering} et {o.project_manager}.",
            f"Laureates get a complete engineering offer: {o.en.engineering} and {o.en.project_manager}.",
        )
        return self._topic(
            question,
            Intent.ENGINEERING,
            text,
            lang,
            t(lang, "Ingénierie", "Engineering"),
            self._cite(o.source, o.section),
        )

    def selection(self, *, question: str, lang: Language) -> Answer:
        s = self.k.selection
        if lang == "en":
            text = (
                f"Nationwide, the laureates were selected by {join(list(s.selectors_en), lang)}, in the new selection "
                f"phase of the programme, after the opinions of {join(list(s.after_opinion_of_en), lang)}."
            )
        else:
            opinions = join([_des(x) for x in s.after_opinion_of], lang)
            text = (
                f"Au niveau national, les lauréats ont été retenus par {join(list(s.selectors), lang)}, dans le cadre "
                f"de {s.context}, après avis {opinions}."
            )
        return self._topic(
            question,
            Intent.SELECTION,
            text,
            lang,
            t(lang, "La sélection", "Selection"),
            self._cite(s.source, s.section),
        )

    def governance(self, *, question: str, lang: Language) -> Answer:
        g = self.k.governance
        text = t(
            lang,
            f"En Occitanie, le programme est copiloté par {join(list(g.copilots), lang)}, et s'appuie sur {g.local}.",
            f"In Occitanie, the programme is co-steered by {join(list(g.copilots_en), lang)}, and relies on {g.local_en}.",
        )
        return self._topic(
            question,
            Intent.GOVERNANCE,
            text,
            lang,
            t(lang, "Gouvernance", "Governance"),
            self._cite(g.source, g.section),
        )

    def quotes(self, *, question: str, lang: Language, quote_ids: tuple[str, ...] = ()) -> Answer:
        chosen = [self.k.quote(i) for i in quote_ids] or list(self.k.quotes)
        parts = [f"{q.speaker}, {q.role} :\n« {q.text} »" for q in chosen]
        intro = t(lang, "", "Quoted in French, as published:\n\n")
        answer = self._topic(
            question,
            Intent.QUOTES,
            intro + "\n\n".join(parts),
            lang,
            t(lang, "Citations", "Quotes") if len(chosen) > 1 else chosen[0].speaker,
            tuple(self.k.cite(q.source, q.section) for q in chosen),
        )
        return _replace(answer, emphasis=tuple(q.speaker for q in chosen))

    def announcement(self, *, question: str, lang: Language) -> Answer:
        a = self.k.announcement
        asm, pr, obj = a.assembly, a.press_release, a.presidential_objective
        text = t(
            lang,
            f"Les {asm.national_laureates} nouveaux lauréats nationaux ont été dévoilés le {asm.weekday} "
            f"{date_text(asm.date, lang)} à {asm.place}, lors de {asm.event}. Les {a.regional_laureates} lauréats "
            f"d'Occitanie ont été présentés par communiqué de presse à {pr.place} le {date_text(pr.date, lang)}. "
            f"Ces annonces s'inscrivent dans l'objectif annoncé par {obj.speaker} le {date_text(obj.date, lang)} : "
            f"{obj.text}.",
            f"The {asm.national_laureates} new laureates nationwide were unveiled on "
            f"{_WEEKDAYS_EN.get(asm.weekday, asm.weekday)} {date_text(asm.date, lang)} in {asm.place}, at the "
            f"general assembly of the « Territoires d'industrie ». The {a.regional_laureates} Occitanie laureates "
            f"were presented in a press release in {pr.place} on {date_text(pr.date, lang)}. This is part of the "
            f"objective set by the President of the Republic on {date_text(obj.date, lang)}: {obj.text_en}.",
        )
        return self._topic(
            question,
            Intent.ANNOUNCEMENT,
            text,
            lang,
            t(lang, "L'annonce", "The announcement"),
            tuple(self.k.cite(a.source, s) for s in (asm.section, pr.section, obj.section)),
        )

    # -- contacts ------------------------------------------------------------

    def contacts(
        self,
        *,
        question: str,
        lang: Language,
        detail: ContactDetail,
        people: tuple[str, ...] = (),
        organisations: tuple[str, ...] = (),
    ) -> Answer:
        blocks: list[str] = []
        chosen_people = [self.k.person(i) for i in people]
        chosen_orgs = [self.k.organisation(i) for i in organisations]
        if not chosen_people and not chosen_orgs:
            chosen_orgs = list(self.k.organisations)
        for person in chosen_people:
            blocks.append(self._person_block(person, lang, detail))
        for organisation in chosen_orgs:
            lines = [organisation.name]
            if not chosen_people or organisation.id not in {p.organisation for p in chosen_people}:
                for person in self.k.people:
                    if person.organisation == organisation.id and detail is not ContactDetail.EMAIL:
                        lines.append(
                            f"• {person.name} : {', '.join(person.phones)}"
                            if lang == "fr"
                            else f"• {person.name}: {', '.join(person.phones)}"
                        )
            lines.append(self._service_line(organisation, lang, detail))
            blocks.append("\n".join(lines))
        head = t(lang, "Contacts presse", "Press contacts")
        if detail is ContactDetail.EMAIL and chosen_people and not chosen_orgs:
            blocks.append(
                t(
                    lang,
                    "Le communiqué ne donne pas d'adresse électronique individuelle ; écrivez au service presse :",
                    "The press release gives no personal e-mail address; write to the press office:",
                )
            )
            for person in chosen_people:
                organisation = self.k.organisation(person.organisation)
                blocks.append(
                    f"{organisation.name}\n{self._service_line(organisation, lang, detail)}"
                )
        names = [p.name for p in chosen_people] + [o.name for o in chosen_orgs]
        return Answer(
            question=question,
            text=head + t(lang, " :\n\n", ":\n\n") + "\n\n".join(blocks),
            intent=Intent.CONTACTS,
            language=lang,
            title=head if len(names) != 1 else names[0],
            sources=tuple(
                dict.fromkeys(
                    self.k.cite(x.source, x.section) for x in [*chosen_people, *chosen_orgs]
                )
            ),
            emphasis=tuple(names),
        )

    def _person_block(self, person: Person, lang: Language, detail: ContactDetail) -> str:
        organisation = self.k.organisation(person.organisation)
        if detail is ContactDetail.EMAIL:
            return f"{person.name} ({organisation.name})"
        phones = ", ".join(person.phones)
        return (
            f"{person.name} ({organisation.name})\n• {t(lang, 'Téléphone', 'Phone')} : {phones}"
            if lang == "fr"
            else f"{person.name} ({organisation.name})\n• Phone: {phones}"
        )

    def _service_line(
        self, organisation: Organisation, lang: Language, detail: ContactDetail
    ) -> str:
        parts = []
        if detail is not ContactDetail.PHONE:
            parts.append(organisation.email)
        if detail is not ContactDetail.EMAIL:
            parts.extend(organisation.phones)
        service = organisation.service if lang == "fr" else "Press office"
        separator = " : " if lang == "fr" else ": "
        return f"• {service}{separator}{', '.join(parts)}"

    # -- conversation --------------------------------------------------------

    def help(self, *, question: str, lang: Language, intent: Intent = Intent.HELP) -> Answer:
        greeting = t(lang, "Bonjour ! ", "Hello! ") if intent is Intent.GREETING else ""
        text = greeting + t(
            lang,
            "Je réponds aux questions sur le programme « Territoires d'industrie » 2023-2027 et ses 15 lauréats "
            "en Occitanie (communiqué du 14 novembre 2023) : la liste des lauréats, si une commune ou un "
            "département est concerné, les 4 axes, ce qu'apporte le programme, le financement, la sélection "
            "et les contacts presse.\n\nExemples : « Alès est-il lauréat ? », « les lauréats du Tarn », "
            "« quels financements ? », « contact presse ».",
            "I answer questions about the « Territoires d'industrie » programme 2023-2027 and its 15 laureates "
            "in Occitanie (press release of 14 November 2023): the list of laureates, whether a town or a "
            "department is covered, the 4 axes, what laureates get, funding, selection and press contacts.\n\n"
            "Examples: « Is Castres covered? », « laureates in the Tarn », « what funding is available? », "
            "« press contacts ».",
        )
        return Answer(
            question=question,
            text=text,
            intent=intent,
            language=lang,
            title=t(lang, "Aide", "Help"),
            buttons=self.topic_buttons(lang),
        )

    def welcome(self, *, question: str, lang: Language) -> Answer:
        text = t(
            lang,
            "Bonjour ! Je connais les 15 lauréats « Territoires d'industrie » 2023-2027 en Occitanie.\n"
            "Demandez-moi si une commune ou un département est concerné, les axes, le financement ou les contacts presse.",
            "Hello! I know the 15 « Territoires d'industrie » laureates for 2023-2027 in Occitanie.\n"
            "Ask me whether a town or department is covered, the axes, funding or press contacts.",
        )
        return Answer(
            question=question,
            text=text,
            intent=Intent.GREETING,
            language=lang,
            title=t(lang, "Bienvenue", "Welcome"),
            buttons=self.topic_buttons(lang),
        )

    def topic_buttons(self, lang: Language) -> tuple[Button, ...]:
        return (
            Button(t(lang, "Les lauréats", "Laureates"), key("topic", "list", lang)),
            Button(t(lang, "Les 4 axes", "The 4 axes"), key("topic", "axes", lang)),
            Button(t(lang, "Financement", "Funding"), key("topic", "funding", lang)),
            Button(t(lang, "Contacts presse", "Press contacts"), key("topic", "contacts", lang)),
        )

    def thanks(self, *, question: str, lang: Language) -> Answer:
        text = t(
            lang,
            "Avec plaisir ! Une autre question sur Territoires d'industrie en Occitanie ?",
            "You're welcome! Anything else about « Territoires d'industrie » in Occitanie?",
        )
        return Answer(
            question=question,
            text=text,
            intent=Intent.THANKS,
            language=lang,
            title=t(lang, "Merci", "Thanks"),
        )

    def out_of_scope(self, *, question: str, lang: Language) -> Answer:
        text = t(
            lang,
            "Je ne sais pas répondre à cela. Je ne connais que le programme « Territoires d'industrie » 2023-2027 "
            "et ses 15 lauréats en Occitanie : la liste des lauréats, les communes et départements concernés, les "
            "axes, le financement, la sélection et les contacts presse.",
            "I can't answer that. I only know about the « Territoires d'industrie » programme 2023-2027 and its "
            "15 laureates in Occitanie: the list of laureates, the towns and departments covered, the axes, "
            "funding, selection and press contacts.",
        )
        return Answer(
            question=question,
            text=text,
            intent=Intent.OUT_OF_SCOPE,
            language=lang,
            title=t(lang, "Hors sujet", "Out of scope"),
            confidence=0.0,
            buttons=self.topic_buttons(lang),
        )

    def empty(self, *, question: str, lang: Language) -> Answer:
        text = t(
            lang,
            "Posez-moi une question sur les lauréats « Territoires d'industrie » en Occitanie, par exemple : « Figeac est-il lauréat ? »",
            "Ask me about the « Territoires d'industrie » laureates in Occitanie, for example: « Is Figeac covered? »",
        )
        return Answer(
            question=question,
            text=text,
            intent=Intent.EMPTY,
            language=lang,
            title=t(lang, "Aide", "Help"),
            confidence=0.0,
            buttons=self.topic_buttons(lang),
        )


def _des(phrase: str) -> str:
    """« les préfets de région » → « des préfets de région »."""
    return "des " + phrase[4:] if phrase.startswith("les ") else "de " + phrase


def _replace(answer: Answer, **changes: object) -> Answer:
    return replace(answer, **changes)  # type: ignore[arg-type]
