"""What every kind of answer shares: wording helpers, labels, and the shape of a plain answer."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Answer, Button
from bot.answers import french
from bot.knowledge.load import Knowledge
from bot.knowledge.places import Commune
from bot.knowledge.schema import Territory
from bot.maps.groupings import GROUPINGS_FILE
from bot.maps.keys import MAP_KINDS, commune_key, department_key, territory_key
from bot.maps.outlines import OUTLINES_FILE
from bot.normalize import fold
from bot.understanding.intents import Intent
from bot.understanding.language import Language
from bot.understanding.settled import ASKS_WHY

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


ORDINALS_FR = ("premier", "deuxième", "troisième", "quatrième", "cinquième", "sixième")
ORDINALS_EN = ("first", "second", "third", "fourth", "fifth", "sixth")


def ordinal(rank: int, lang: Language) -> str:
    """« deuxième », « third »: a rank from 1, in words up to the sixth."""
    if rank <= len(ORDINALS_FR):
        return t(lang, ORDINALS_FR[rank - 1], ORDINALS_EN[rank - 1])
    return t(lang, f"{rank}e", f"{rank}th")


def t(lang: Language, fr: str, en: str) -> str:
    return en if lang == "en" else fr


def colon(lang: Language) -> str:
    """« Alès : 94 » in French, « Alès: 94 » in English."""
    return t(lang, " : ", ": ")


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


class Base:
    """The knowledge and the helpers every kind of answer uses; every fact comes from it."""

    def __init__(self, *, knowledge: Knowledge) -> None:
        self.k = knowledge
        self._last_said = ("", "")
        self._release = knowledge.sources[knowledge.announcement.source].title
        self.maps = (knowledge.directory / OUTLINES_FILE).is_file()
        # Zoomed maps (a territory's intercommunalities, a commune) need their outlines too.
        self.zoomed = self.maps and (knowledge.directory / GROUPINGS_FILE).is_file()

    def with_department(self, town: str) -> str:
        """« Chalon-sur-Saône (Saône-et-Loire, 71) »: a town the release names, with its
        department (Etalab's), when one town bears the name."""
        places = self.k.places
        found = [] if places is None else places.communes_by_name.get(fold(town), ())
        current = [c for c in found if c.part_of is None]
        if len(current) != 1:
            return town
        code = current[0].department
        return f"{town} ({self.k.department_name(code)}, {code})"

    def said(self, question: str) -> str:
        """A question's words as the model read them: folded, with the words people type
        (« nouvo », « pk », « hab ») replaced by those they stand for; kept for the last
        question, which an answer reads several times."""
        last, words = self._last_said
        if last != question:
            words = self.k.lexicon.apply_synonyms(fold(question))
            self._last_said = (question, words)
        return words

    def _cite(self, entry_source: str, section: str) -> tuple[str, ...]:
        return (self.k.cite(entry_source, section),)

    def _region_name(self, code: str) -> str:
        places = self.k.places
        region = places.regions.get(code) if places is not None else None
        return region.name if region is not None else code

    def _the_region(self, name: str) -> str:
        """« la Nouvelle-Aquitaine », « l'Auvergne-Rhône-Alpes »."""
        places = self.k.places
        regions = places.regions.values() if places is not None else ()
        region = next((r for r in regions if r.name == name), None)
        return french.the(name, region.liaison) if region is not None else name

    def _department_region(self, code: str) -> str:
        """The name of the region a department lies in; « » for a code of none."""
        places = self.k.places
        department = places.departments.get(code) if places is not None else None
        return self._region_name(department.region) if department is not None else ""

    def _regions_reached(self, territory: Territory) -> list[str]:
        """The regions other than Occitanie a laureate's departments (the release's) lie in,
        by name: the one an interregional laureate reaches."""
        places = self.k.places
        if places is None:
            return []
        codes = {
            places.departments[c].region for c in territory.departments if c in places.departments
        }
        return sorted(self._region_name(code) for code in codes - {OCCITANIE})

    def _beyond(self, territory: Territory, lang: Language) -> str:
        """« la région Nouvelle-Aquitaine »: where a laureate reaches beyond Occitanie; « » for
        one wholly in it."""
        names = self._regions_reached(territory)
        regions = join(names, lang)
        if not names or lang == "en":
            return regions
        return f"la région {regions}" if len(names) == 1 else f"les régions {regions}"

    def department_label(self, code: str) -> str:
        return f"{self.k.department_name(code)} ({code})"

    def towns_placed(self, towns: Sequence[Commune]) -> str:
        """« Clermont-Soubiran, Grayssas (Lot-et-Garonne, 47) »: a few towns, by department,
        each department named once."""
        codes = list(dict.fromkeys(c.department for c in towns))
        return ", ".join(
            ", ".join(c.name for c in towns if c.department == code)
            + f" ({self.k.department_name(code)}, {code})"
            for code in codes
        )

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

    def _of_the_department(self, code: str) -> str:
        """« du Tarn (81) », « de l'Ariège (09) »."""
        return f"{french.of_the(self.k.department_name(code), self._liaison(code))} ({code})"

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

    def map_button(
        self, *, lang: Language, territory: Territory | None = None, code: str = ""
    ) -> list[Button]:
        """« Voir sur la carte », where there is a map to see."""
        if not self.maps:
            return []
        target = territory_key(territory.id) if territory is not None else department_key(code)
        return [
            Button(
                t(lang, "Voir sur la carte", "See on the map"),
                target + ("_en" if lang == "en" else ""),
            )
        ]

    def commune_map_buttons(
        self, buttons: tuple[Button, ...], *, code: str, lang: Language
    ) -> tuple[Button, ...]:
        """A commune's « Voir sur la carte » opens its own map, in place of its territory's."""
        if not self.zoomed:
            return buttons
        see = Button(
            t(lang, "Voir sur la carte", "See on the map"),
            commune_key(code) + ("_en" if lang == "en" else ""),
        )
        maps = [i for i, b in enumerate(buttons) if b.key.partition("_")[0] in MAP_KINDS]
        if not maps:
            return (see, *buttons)
        kept = [b for i, b in enumerate(buttons) if i not in maps[1:]]
        kept[maps[0]] = see
        return tuple(kept)

    def _territory_buttons(self, territory: Territory, lang: Language) -> tuple[Button, ...]:
        buttons = self.map_button(lang=lang, territory=territory)
        buttons += [
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

    def _laureates_button(self, lang: Language) -> Button:
        return Button(t(lang, "Les 15 lauréats", "The 15 laureates"), key("topic", "list", lang))

    def _contacts_button(self, lang: Language) -> Button:
        return Button(t(lang, "Contacts presse", "Press contacts"), key("topic", "contacts", lang))

    def _topic(
        self,
        *,
        question: str,
        intent: str,
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
        lead: str = "",
    ) -> Answer:
        """A « non » for a place outside the laureates; `area` for a department or region,
        where « in » reads better than « is »; `lead` says instead how little reaches it."""
        national = self.k.announcement.assembly.national_laureates
        if lead:
            sentence = lead
        elif area:
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
            buttons=(self._laureates_button(lang),),
        )


_FIFTEEN = re.compile(r"\b(?:occitan\w*|15|quinze|fifteen)\b")
_OUTSIDE = re.compile(r"\b(?:pas|hors|not|outside|en dehors)\b(?: \w+){0,2} occitan")


# Words that ask for a value rather than whether: without one, a question stating a count
# (« le Tarn en a trois ? ») asks yes or no.
ASKING = re.compile(
    r"\b(?:combien|cb|cmb|quel(?!qu)\w*|lequel|laquelle|lesquel\w*|qui|quoi|how|which|what|who)\b"
)


def asks_a_value(question: str) -> bool:
    """Whether a question's words ask for a value (« combien », « lequel »…) rather than
    whether something holds; « qui » after what it speaks of relates (« X est le lauréat qui
    a le plus de communes ? ») and asks nothing."""
    return bool(ASKING.search(fold(question).removeprefix("qui ").replace(" qui ", " ")))


def whether(answer: Answer, *, holds: bool) -> Answer:
    """An answer opening with « Oui » or « Non » (« Yes », « No »), its own first letter
    made small: « Non : des 325 communes… »."""
    opening = t(answer.language, *(("Oui : ", "Yes: ") if holds else ("Non : ", "No: ")))
    return replace(answer, text=opening + answer.text[:1].lower() + answer.text[1:])


_TERRITORIES = re.compile(r"\b(?:territoires? d industrie|tis?|industrial territor(?:y|ies))\b")
_LAUREATES = re.compile(r"\b(?:laureat\w*|laureates?)\b")


def asks_territories(question: str) -> bool:
    """Whether a question asks about territories of industry, any of the 183 (« y a-t-il un
    TI en Vendée ? »), rather than about the release's laureates."""
    folded = fold(question)
    return (
        bool(_TERRITORIES.search(folded))
        and not _LAUREATES.search(folded)
        and not of_the_fifteen(question)
    )


def of_the_fifteen(question: str) -> bool:
    """Whether a question asks about Occitanie's fifteen laureates (« un des lauréats
    occitans ? », « one of the fifteen? »), not about the 183 territories of France (« même
    si c'est pas en Occitanie »)."""
    folded = fold(question)
    return bool(_FIFTEEN.search(folded)) and not _OUTSIDE.search(folded)


# « n'est pas », « ne fait pas partie », « isn't », « not »: a question saying a town is out.
_NEGATED = re.compile(r"\b(?:pas|plus|jamais|not|isn t|wasn t|aren t|never)\b")


def why_not_said(text: str, *, question: str, lang: Language) -> str:
    """« Pourquoi Millau n'en fait pas partie ? », « pourquoi Figeac est dans un TI ? »: a
    town's answer with the release's silence on why a town is in or out. Out though the
    question says it is in, the answer keeps its « Non » first: the premise is false
    (« pourquoi Montpellier a été retenu ? »)."""
    folded = fold(question)
    if not ASKS_WHY.search(folded) or not text.startswith(("Non :", "No:", "Oui :", "Yes:")):
        return text
    if text.startswith(("Non :", "No:")) and not _NEGATED.search(folded):
        return text + t(
            lang,
            "\n\nLe communiqué ne précise pas pourquoi une commune est retenue ou non : ce qui "
            "précède est ce que disent les données.",
            "\n\nThe press release does not say why a town is in or out: the above is what "
            "the data say.",
        )
    return (
        t(
            lang,
            "Le communiqué ne précise pas pourquoi une commune est retenue ou non. Ce que "
            "disent les données : ",
            "The press release does not say why a town is in or out. What the data say: ",
        )
        + text
    )
