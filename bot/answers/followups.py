"""Answers that only a conversation asks: one detail of the laureate just named, the list
just shown narrowed, and what is missing when a follow-up refers to nothing."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Answer, Button
from bot.answers import french
from bot.answers.common import ORDINALS_EN, ORDINALS_FR, Base, colon, date_text, key, t
from bot.knowledge.schema import Territory
from bot.normalize import fold
from bot.understanding.cues import (
    DEPARTMENTS,
    INTERREGIONAL,
    MULTI,
    NEW,
    OTHER_STATUS,
    RENEWED,
    SINCE,
)
from bot.understanding.intents import Intent
from bot.understanding.language import Language
from bot.understanding.outright import SPANS
from bot.understanding.whether import ASKING_WHAT, asked_whether


class FollowUpAnswers(Base):
    """Every sentence states a fact of the release about a laureate it names: a follow-up
    never affirms more than the answer it follows."""

    def detail(self, *, question: str, territory: Territory, aspect: str, lang: Language) -> Answer:
        name = f"« {territory.name} »"
        where = self._departments_of(territory)
        if aspect in (NEW, RENEWED):
            is_new = territory.status == "new"
            if aspect == NEW:
                text = (
                    t(lang, f"Oui : {name} est un ", f"Yes: {name} is ")
                    if is_new
                    else t(
                        lang,
                        f"Non : {name} n'est pas un nouveau lauréat, c'est un ",
                        f"No: {name} is not a new laureate, it is ",
                    )
                )
            else:
                text = (
                    t(lang, f"Oui : {name} est un ", f"Yes: {name} is ")
                    if not is_new
                    else t(
                        lang,
                        f"Non : {name} n'a pas été renouvelé, c'est un ",
                        f"No: {name} was not renewed, it is ",
                    )
                )
            text += self._status(territory, lang) + "."
        elif aspect == INTERREGIONAL:
            # (« pourquoi interrégional ? »: the region it reaches beyond Occitanie.)
            beyond = self._beyond(territory, lang)
            text = (
                t(
                    lang,
                    f"Oui : {name} est un territoire d'industrie interrégional ({where}) : "
                    f"il déborde de l'Occitanie sur {beyond}.",
                    f"Yes: {name} is an interregional industrial territory ({where}): "
                    f"it reaches beyond Occitanie into {beyond}.",
                )
                if territory.interregional and beyond
                else t(
                    lang,
                    f"Oui : {name} est un territoire d'industrie interrégional ({where}).",
                    f"Yes: {name} is an interregional industrial territory ({where}).",
                )
                if territory.interregional
                else t(
                    lang,
                    f"Non : {name} n'est pas interrégional ({where}).",
                    f"No: {name} is not interregional ({where}).",
                )
            )
        elif aspect == SINCE:
            text = self._since(territory, lang)
        else:
            count = len(territory.departments)
            text = t(
                lang,
                f"{name} s'étend sur {f'{count} départements' if count > 1 else 'le département'}"
                f" : {where}.",
                f"{name} covers {f'{count} departments' if count > 1 else 'the department'}: {where}.",
            )
            if SPANS.search(fold(question)):
                # « il est à cheval sur plusieurs départements ? »: yes or no first.
                several = count > 1
                opening = t(lang, "Oui" if several else "Non", "Yes" if several else "No")
                text = f"{opening}{colon(lang)}{text}"
        text += t(
            lang,
            " C'est l'un des 15 lauréats « Territoires d'industrie » 2023-2027 en Occitanie.",
            " It is one of the 15 « Territoires d'industrie » laureates for 2023-2027 in Occitanie.",
        )
        return Answer(
            question=question,
            text=text,
            intent=Intent.LAUREATE,
            language=lang,
            title=territory.name,
            territories=(territory.name,),
            sources=self._territory_sources(territory),
            buttons=self._territory_buttons(territory, lang),
            emphasis=(territory.name,),
            about=(key("t", territory.id, "fr"),),
        )

    def _since(self, territory: Territory, lang: Language) -> str:
        p, a = self.k.programme, self.k.announcement
        name = f"« {territory.name} »"
        unveiled = date_text(a.assembly.date, lang)
        if territory.status == "renewed":
            return t(
                lang,
                f"{name} était déjà territoire d'industrie lors de la première phase du programme, "
                f"lancé en {p.launched} ; il a été renouvelé pour la deuxième phase ({p.phase.period}), "
                f"dont les lauréats ont été dévoilés le {unveiled}.",
                f"{name} was already an industrial territory in the programme's first phase (the "
                f"programme was launched in {p.launched}); it was renewed for the second phase "
                f"({p.phase.period}), whose laureates were unveiled on {unveiled}.",
            )
        return t(
            lang,
            f"{name} est lauréat depuis la deuxième phase du programme ({p.phase.period}) : c'est un "
            f"nouveau territoire, dévoilé le {unveiled}.",
            f"{name} has been a laureate since the programme's second phase ({p.phase.period}): it is "
            f"a new territory, unveiled on {unveiled}.",
        )

    def narrowed(
        self, *, question: str, among: tuple[Territory, ...], aspect: str, lang: Language
    ) -> Answer:
        """The list just shown, narrowed to what the follow-up asks (or counted)."""
        total = len(among)
        chosen = [x for x in among if matches(x, aspect)]
        lines = "\n".join(self._territory_line(x, lang) for x in chosen)
        these = t(lang, f"ces {total} lauréats", f"these {total} laureates")
        if aspect == DEPARTMENTS:
            head = t(lang, "Leurs départements :", "Their departments:")
            lines = "\n".join(f"• {x.name}{colon(lang)}{self._departments_of(x)}" for x in chosen)
        elif aspect == SINCE:
            # Not a filter: each laureate's own « depuis quand », in the order shown.
            head = t(lang, "Depuis quand :", "Since when:")
            lines = "\n".join(f"• {self._since(x, lang)}" for x in chosen)
        elif not chosen:
            head = t(
                lang,
                f"Aucun de {these} n'est {_ADJECTIVES_FR[aspect]}",
                f"None of {these} is {_ADJECTIVES_EN[aspect]}",
            )
            # A status has one other value: what they all are is the answer too.
            other = OTHER_STATUS.get(aspect)
            if other:
                head += t(
                    lang,
                    f" ; {'les deux' if total == 2 else 'tous'} sont {_PLURALS_FR[other]}",
                    f"; {'both' if total == 2 else 'all'} are {_ADJECTIVES_EN[other]}",
                )
            head += "."
        else:
            head = t(
                lang,
                f"Parmi {these}, {len(chosen)} {'sont' if len(chosen) > 1 else 'est'} "
                f"{_ADJECTIVES_FR[aspect] if len(chosen) == 1 else _PLURALS_FR[aspect]} :",
                f"Of {these}, {len(chosen)} {'are' if len(chosen) > 1 else 'is'} "
                f"{_ADJECTIVES_EN[aspect]}:",
            )
        text = french.capitalise(f"{head}\n{lines}" if lines else head)
        folded = fold(question)
        # (« ils sont nouveaux, tous les deux ? » asks it of them all, by its form alone.)
        of_all = question.rstrip().endswith("?") and bool(_ALL.search(folded))
        if aspect not in {DEPARTMENTS, SINCE} and (
            asked_whether(folded) or (of_all and not ASKING_WHAT.search(folded))
        ):
            # « Are they both new? » holds of all of them; « un nouveau parmi eux ? », of one.
            held = len(chosen) == total if _ALL.search(folded) else bool(chosen)
            opening = t(lang, "Oui : " if held else "Non : ", "Yes: " if held else "No: ")
            text = opening + text[:1].lower() + text[1:]
        return Answer(
            question=question,
            text=text,
            intent=Intent.LIST,
            language=lang,
            title=t(lang, "Les lauréats", "The laureates"),
            territories=tuple(x.name for x in chosen),
            sources=self._territory_sources(among[0]),
            buttons=tuple(Button(x.name, key("t", x.id, lang)) for x in chosen),
            emphasis=tuple(x.name for x in chosen),
        )

    def count(
        self, *, question: str, among: tuple[Territory, ...], aspect: str, lang: Language
    ) -> Answer:
        """« combien ? »: the laureates just shown (or those of them the filter keeps), counted."""
        chosen = [x for x in among if matches(x, aspect)]
        count = len(chosen)
        plural = count > 1
        kind_fr = {
            NEW: "nouveaux lauréats" if plural else "nouveau lauréat",
            RENEWED: "lauréats renouvelés" if plural else "lauréat renouvelé",
            INTERREGIONAL: "lauréats interrégionaux" if plural else "lauréat interrégional",
            MULTI: f"lauréat{'s' if plural else ''} à cheval sur plusieurs départements",
        }.get(aspect, "lauréats" if plural else "lauréat")
        kind_en = {NEW: "new ", RENEWED: "renewed ", INTERREGIONAL: "interregional "}.get(
            aspect, ""
        )
        lines = "\n".join(self._territory_line(x, lang) for x in chosen)
        if count:
            head = t(
                lang,
                f"Cela fait {count} {kind_fr} :",
                f"That makes {count} {kind_en}laureate{'s' if plural else ''}:",
            )
        else:
            head = t(lang, f"Aucun : 0 {kind_fr}.", f"None: 0 {kind_en}laureates.")
        return Answer(
            question=question,
            text=f"{head}\n{lines}" if lines else head,
            intent=Intent.COUNTS,
            language=lang,
            title=t(lang, "Combien ?", "How many?"),
            sources=self._territory_sources(among[0]) if among else (self._release,),
            buttons=tuple(Button(x.name, key("t", x.id, lang)) for x in chosen),
            emphasis=tuple(x.name for x in chosen),
        )

    def located(
        self, *, question: str, among: tuple[Territory, ...], codes: tuple[str, ...], lang: Language
    ) -> Answer:
        """« lesquels sont dans le Tarn ? »: the list just shown, kept to some departments."""
        chosen = [x for x in among if set(x.departments) & set(codes)]
        where = t(
            lang,
            " ou ".join(self._in_department(code) for code in codes),
            " or ".join(f"in {self.department_label(code)}" for code in codes),
        )
        these = t(lang, f"ces {len(among)} lauréats", f"these {len(among)} laureates")
        if chosen:
            head = t(
                lang,
                f"Parmi {these}, {len(chosen)} {'sont' if len(chosen) > 1 else 'est'} {where} :",
                f"Of {these}, {len(chosen)} {'are' if len(chosen) > 1 else 'is'} {where}:",
            )
        else:
            head = t(lang, f"Aucun de {these} n'est {where}.", f"None of {these} is {where}.")
        lines = "\n".join(self._territory_line(x, lang) for x in chosen)
        return Answer(
            question=question,
            text=french.capitalise(f"{head}\n{lines}" if lines else head),
            intent=Intent.LIST,
            language=lang,
            title=t(lang, "Les lauréats", "The laureates"),
            territories=tuple(x.name for x in chosen),
            sources=self._territory_sources(among[0]),
            buttons=tuple(Button(x.name, key("t", x.id, lang)) for x in chosen),
            emphasis=tuple(x.name for x in chosen),
        )

    def partner(self, *, partners: Answer, rank: int, lang: Language) -> Answer:
        """« le deuxième ? » after the partners: that one, then the whole sentence."""
        names = self.k.offer.partners.names
        name = names[rank]
        ordinal = t(lang, ORDINALS_FR[rank], ORDINALS_EN[rank])
        lead = t(
            lang,
            f"Le {ordinal} partenaire cité est {name}.",
            f"The {ordinal} partner named is {name}.",
        )
        return replace(partners, text=f"{lead}\n\n{partners.text}", emphasis=(name,))

    def missing(self, *, question: str, what: str, lang: Language, expired: bool) -> Answer:
        """A follow-up with nothing to refer to: ask for what it lacks."""
        asks = {
            "territory": t(
                lang,
                "De quel territoire parlez-vous ? Donnez le nom d'un lauréat, d'une commune ou d'un "
                "département, par exemple « Alès est-il nouveau ? ».",
                "Which territory do you mean? Name a laureate, a town or a department, for "
                "example « Is Alès new? ».",
            ),
            "list": t(
                lang,
                "De quelle liste parlez-vous ? Demandez par exemple « les lauréats du Tarn » ou "
                "« les 4 axes », puis « le deuxième ».",
                "Which list do you mean? Ask for example « laureates in the Tarn » or « the 4 "
                "axes », then « the second one ».",
            ),
            "person": t(
                lang,
                "De qui parlez-vous ? Demandez par exemple « ce qu'a dit le préfet » ou « la "
                "citation de Carole Delga ».",
                "Whom do you mean? Ask for example « what did the prefect say » or « Carole "
                "Delga's quote ».",
            ),
            "contact": t(
                lang,
                "De quel contact parlez-vous ? Demandez par exemple « les contacts presse » ou "
                "« le numéro de Margot Scherer ».",
                "Which contact do you mean? Ask for example « press contacts » or « Margot "
                "Scherer's number ».",
            ),
        }
        lead = (
            t(
                lang,
                "Notre échange date de plus de 30 minutes et je ne le garde pas. ",
                "Our conversation is more than 30 minutes old and I do not keep it. ",
            )
            if expired
            else ""
        )
        return Answer(
            question=question,
            text=lead + asks[what],
            intent=Intent.CLARIFY,
            language=lang,
            title=t(lang, "Précisez", "Which one?"),
            confidence=0.5,
            buttons=(self._laureates_button(lang), self._contacts_button(lang)),
        )

    def axis(self, *, question: str, rank: int, lang: Language) -> Answer:
        items = self.k.axes.items
        axis = items[rank]
        label = axis.label_en if lang == "en" else axis.label
        others = [
            f"{i}. {x.label_en if lang == 'en' else x.label}"
            for i, x in enumerate(items, 1)
            if x is not axis
        ]
        text = t(
            lang,
            f"Axe {rank + 1} du programme pour {self.k.programme.phase.period} : {label}. "
            f"Le communiqué n'en dit pas plus sur cet axe.\n\nLes autres axes :\n"
            + "\n".join(others),
            f"Axis {rank + 1} of the programme for {self.k.programme.phase.period}: {label}. "
            "The press release says nothing more about it.\n\nThe other axes:\n"
            + "\n".join(others),
        )
        return Answer(
            question=question,
            text=text,
            intent=Intent.AXES,
            language=lang,
            title=t(lang, f"Axe {rank + 1}", f"Axis {rank + 1}"),
            sources=self._cite(self.k.axes.source, self.k.axes.section),
            about=(f"axis_{axis.id}",),
        )


# « tous nouveaux ? », « both new? »: said of each of them.
_ALL = re.compile(r"\b(?:tous|toutes|both|all|les deux|tous les deux|chacun|each)\b")
_ADJECTIVES_FR = {
    NEW: "nouveau",
    RENEWED: "renouvelé",
    INTERREGIONAL: "interrégional",
    MULTI: "à cheval sur plusieurs départements",
}
_ADJECTIVES_EN = {
    NEW: "new",
    RENEWED: "renewed",
    INTERREGIONAL: "interregional",
    MULTI: "spread over several departments",
}
_PLURALS_FR = {
    NEW: "nouveaux",
    RENEWED: "renouvelés",
    INTERREGIONAL: "interrégionaux",
    MULTI: "à cheval sur plusieurs départements",
}


def matches(territory: Territory, aspect: str) -> bool:
    if aspect == NEW:
        return territory.status == "new"
    if aspect == RENEWED:
        return territory.status == "renewed"
    if aspect == INTERREGIONAL:
        return territory.interregional
    if aspect == MULTI:
        return len(territory.departments) > 1
    return True
