"""Answers that come with a map: the caption, which is also the answer when no image can be sent."""

from __future__ import annotations

from dataclasses import replace

from bot.answer import Answer
from bot.answers.common import Base, t
from bot.answers.places import PlaceAnswers
from bot.intents import Intent, ListFilter
from bot.language import Language
from bot.maps.keys import REGION_KEY, department_key, territory_key
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
        card = self.territory(question=question, territory=territory, lang=lang)
        return self._with_map(card, territory_key(territory.id))

    def department_map(self, *, question: str, code: str, lang: Language) -> Answer:
        answer = self.department(question=question, code=code, lang=lang)
        has_laureates = bool(self.department_reach(code))
        return self._with_map(answer, department_key(code) if has_laureates else "")

    def _with_map(self, answer: Answer, image: str) -> Answer:
        if not image or not self.maps:
            return answer
        buttons = tuple(b for b in answer.buttons if b.key.removesuffix("_en") != image)
        return replace(answer, image=image, buttons=buttons)
