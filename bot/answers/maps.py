"""Answers that come with a map: the caption, which is also the answer when no image can be sent."""

from __future__ import annotations

from dataclasses import replace

from bot.answer import Answer
from bot.answers.common import Base, t
from bot.answers.perimeters import communes
from bot.answers.places import PlaceAnswers
from bot.intents import Intent, ListFilter
from bot.language import Language
from bot.maps.keys import REGION_KEY, commune_key, department_key, national_key, territory_key
from bot.perimeters import NationalTerritory
from bot.schema import Territory


class MapAnswers(PlaceAnswers, Base):
    """The map of the laureates, of one laureate, or of a department's laureates."""

    def regional_map(self, *, question: str, lang: Language) -> Answer:
        listing = self.listing(question=question, list_filter=ListFilter.ALL, lang=lang)
        if not self.maps:
            return listing
        territories = self.k.territories
        renewed = sum(1 for x in territories if x.status == "renewed")
        lines = "\n".join(
            f"{number}. {x.name} ({'-'.join(x.departments)})"
            for number, x in enumerate(territories, start=1)
        )
        text = t(
            lang,
            f"Les {len(territories)} lauréats « Territoires d'industrie » 2023-2027 en Occitanie "
            f"sur la carte : en bleu les {renewed} territoires renouvelés, en orange les "
            f"{len(territories) - renewed} nouveaux.\n{lines}",
            f"The {len(territories)} « Territoires d'industrie » laureates for 2023-2027 in "
            f"Occitanie on the map: in blue the {renewed} renewed territories, in orange the "
            f"{len(territories) - renewed} new ones.\n{lines}",
        )
        return replace(
            listing,
            text=text,
            intent=Intent.MAP,
            title=t(lang, "Carte des lauréats", "Map of the laureates"),
            image=REGION_KEY,
        )

    def territory_map(self, *, question: str, territory: Territory, lang: Language) -> Answer:
        """The card, and the members numbered as the zoomed map numbers them."""
        card = self.territory(question=question, territory=territory, lang=lang)
        if self.zoomed and self.k.perimeters is not None:
            national = self.k.perimeters.territories.get(territory.anct_id)
            if national is not None:
                card = replace(card, text=f"{card.text}\n\n{self._members_on_map(national, lang)}")
        return self._with_map(card, territory_key(territory.id))

    def national_map(self, *, question: str, national: NationalTerritory, lang: Language) -> Answer:
        """Any of ANCT's 183 territories: what ANCT gives, its perimeter, and nothing more."""
        laureate = self.k.laureate(national.id)
        if laureate is not None:
            return self.territory_map(question=question, territory=laureate, lang=lang)
        region = self._region_name(national.region)
        text = t(
            lang,
            f"« {national.name} » est l'un des 183 territoires d'industrie 2023-2027 en France, "
            f"que l'ANCT rattache à la région {region}. Il ne fait pas partie des 15 lauréats "
            "d'Occitanie du communiqué : je n'en connais que le périmètre publié par l'ANCT "
            "(données du 4 juillet 2024).",
            f"« {national.name} » is one of the 183 industrial territories for 2023-2027 in "
            f"France, filed by ANCT under {region}. It is not one of the release's 15 Occitanie "
            "laureates: I know only the perimeter ANCT publishes (data of 4 July 2024).",
        )
        answer = Answer(
            question=question,
            text=f"{text}\n\n{self._members_on_map(national, lang)}",
            intent=Intent.MAP,
            language=lang,
            title=national.name,
            national_territories=(national.name,),
            sources=self._perimeter_sources(),
            buttons=(self._laureates_button(lang),),
        )
        return self._with_map(answer, national_key(national.id))

    def commune_map(self, answer: Answer, *, code: str) -> Answer:
        """A commune's answer, with its map: its territory (or the nearest) zoomed."""
        return self._with_map(answer, commune_key(code) if self.zoomed else "")

    def _members_on_map(self, national: NationalTerritory, lang: Language) -> str:
        _, _, coverage = self._data
        lines = []
        for number, member in enumerate(national.members, start=1):
            count = coverage.epci_communes.get(member.siren, 0) if member.kind == "epci" else 0
            lines.append(
                f"{number}. {member.name}" + (f", {communes(count, lang)}" if count else "")
            )
        heading = t(
            lang,
            "Sur la carte, ses intercommunalités (ANCT ; communes selon Etalab) :",
            "On the map, its intercommunalities (ANCT; communes according to Etalab):",
        )
        return heading + "\n" + "\n".join(lines)

    def department_map(self, *, question: str, code: str, lang: Language) -> Answer:
        answer = self.department(question=question, code=code, lang=lang)
        has_laureates = bool(self.department_reach(code))
        return self._with_map(answer, department_key(code) if has_laureates else "")

    def _with_map(self, answer: Answer, image: str) -> Answer:
        if not image or not self.maps:
            return answer
        buttons = tuple(b for b in answer.buttons if b.key.removesuffix("_en") != image)
        return replace(answer, image=image, buttons=buttons)
