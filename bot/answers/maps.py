"""Answers that come with a map: the caption, which is also the answer when no image can be sent."""

from __future__ import annotations

from dataclasses import replace

from bot.answer import Answer, Button
from bot.answers.common import OCCITANIE, Base, t
from bot.answers.perimeters import communes
from bot.answers.places import PlaceAnswers
from bot.knowledge.perimeters import NationalTerritory
from bot.knowledge.schema import Territory
from bot.maps.keys import (
    FRANCE_KEY,
    REGION_KEY,
    commune_key,
    department_key,
    national_key,
    region_key,
    territory_key,
)
from bot.understanding.intents import Intent, ListFilter
from bot.understanding.language import Language


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
        # (A map asked for is no question whether it is a laureate: no « Oui » opens it.)
        said = card.text.removeprefix(t(lang, "Oui : ", "Yes: "))
        card = replace(card, text=said[:1].upper() + said[1:])
        if self.zoomed and self.k.perimeters is not None:
            national = self.k.perimeters.territories.get(territory.anct_id)
            if national is not None:
                # (Its groupings and their communes are ANCT's and Etalab's.)
                card = replace(
                    card,
                    text=f"{card.text}\n\n{self._members_on_map(national, lang)}",
                    sources=tuple(dict.fromkeys((*card.sources, *self._perimeter_sources()))),
                )
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
        """A department with laureates: the regional map, the department outlined. Elsewhere:
        the map of its region with ANCT's territories numbered, and a button to the map of
        each territory with communes in it (« carte du Finistère » reaches the territory
        « Finistère » in one tap, and sees its neighbours)."""
        answer = self.department(question=question, code=code, lang=lang)
        if self.department_reach(code):
            return self._with_map(answer, department_key(code))
        places = self.k.places
        department = None if places is None else places.departments.get(code)
        reach = self.national_reach(code) if self.k.perimeters is not None else []
        if department is None or department.region == OCCITANIE or not reach:
            return answer
        shown = self._region_on_map(department.region, lang)
        buttons = tuple(
            Button(
                t(lang, f"Carte : {n.name}", f"Map: {n.name}"),
                national_key(n.id) + ("_en" if lang == "en" else ""),
            )
            for n, _ in reach
        )
        answer = replace(answer, text=f"{answer.text}\n\n{shown}", intent=Intent.MAP)
        return self._with_map(
            replace(answer, buttons=(*buttons, *answer.buttons)), region_key(department.region)
        )

    def region_map(self, *, question: str, code: str, lang: Language) -> Answer:
        """A region other than Occitanie: ANCT's territories filed under it, numbered as its
        map numbers them, and nothing the release does not give."""
        if code == OCCITANIE:
            return self.regional_map(question=question, lang=lang)
        answer = self.region(question=question, code=code, lang=lang)
        if not self.k.region_territories(code).territories:
            return answer
        answer = replace(
            answer,
            text=self._region_on_map(code, lang),
            sources=self._perimeter_sources(),
            intent=Intent.MAP,
            title=t(
                lang,
                f"Carte : {self._region_name(code)}",
                f"Map: {self._region_name(code)}",
            ),
        )
        return self._with_map(answer, region_key(code))

    def _region_on_map(self, code: str, lang: Language) -> str:
        reaching = self.k.region_territories(code).territories
        lines = "\n".join(
            f"{number}. {self._laureate_or_anct(n, lang)}" for number, n in enumerate(reaching, 1)
        )
        region = self._region_name(code)
        count = len(reaching)
        return t(
            lang,
            f"Sur la carte de la région {region}, "
            + (
                f"les {count} territoires d'industrie 2023-2027 qui s'y étendent"
                if count > 1
                else "le territoire d'industrie 2023-2027 qui s'y étend"
            )
            + ", numérotés, avec les périmètres que publie l'ANCT (données du 4 juillet 2024) ; "
            f"hors des 15 lauréats d'Occitanie, le communiqué n'en dit pas plus.\n{lines}",
            f"On the map of {region}, the {count} industrial territor"
            + ("ies" if count > 1 else "y")
            + " for 2023-2027 that reach into it, numbered, with the perimeters ANCT "
            "publishes (data of 4 July 2024); besides Occitanie's 15 laureates, the release "
            f"says nothing more.\n{lines}",
        )

    def _laureate_or_anct(self, national: NationalTerritory, lang: Language) -> str:
        laureate = self.k.laureate(national.id)
        if laureate is None:
            return national.name
        return t(
            lang,
            f"{laureate.name} (lauréat d'Occitanie du communiqué)",
            f"{laureate.name} (an Occitanie laureate of the release)",
        )

    def france_map(self, *, question: str, lang: Language) -> Answer:
        """France: ANCT's territories, the release's laureates in their colours."""
        perimeters = self.k.perimeters
        if perimeters is None or not self.maps:
            return self.regional_map(question=question, lang=lang)
        territories = self.k.territories
        renewed = sum(1 for x in territories if x.status == "renewed")
        others = len(perimeters.territories) - len(territories)
        overseas = perimeters.overseas()
        regions = ", ".join(dict.fromkeys(self._region_name(n.region) for n in overseas))
        away = (
            t(
                lang,
                f" Hors de la carte, {len(overseas)} territoires outre-mer : {regions}.",
                f" Off the map, {len(overseas)} overseas territories: {regions}.",
            )
            if overseas
            else ""
        )
        text = t(
            lang,
            f"Les {len(perimeters.territories)} territoires d'industrie 2023-2027 en France, "
            "avec les périmètres publiés par l'ANCT (données du 4 juillet 2024). En bleu les "
            f"{renewed} lauréats d'Occitanie renouvelés et en orange les "
            f"{len(territories) - renewed} nouveaux, selon le communiqué du 14 novembre 2023 ; "
            f"en violet clair les {others} autres, dont le communiqué ne dit rien de plus.{away}",
            f"The {len(perimeters.territories)} industrial territories for 2023-2027 in France, "
            "with the perimeters ANCT publishes (data of 4 July 2024). In blue the "
            f"{renewed} renewed Occitanie laureates and in orange the "
            f"{len(territories) - renewed} new ones, according to the release of 14 November "
            f"2023; in light purple the {others} others, of which the release says nothing more.{away}",
        )
        answer = Answer(
            question=question,
            text=text,
            intent=Intent.MAP,
            language=lang,
            title=t(lang, "Carte de France", "Map of France"),
            sources=self._perimeter_sources(),
            buttons=(
                Button(
                    t(lang, "Carte de l'Occitanie", "Map of Occitanie"),
                    REGION_KEY + ("_en" if lang == "en" else ""),
                ),
                self._laureates_button(lang),
            ),
        )
        return self._with_map(answer, FRANCE_KEY)

    def _with_map(self, answer: Answer, image: str) -> Answer:
        if not image or not self.maps:
            return answer
        buttons = tuple(b for b in answer.buttons if b.key.removesuffix("_en") != image)
        return replace(answer, image=image, buttons=buttons)
