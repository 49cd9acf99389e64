"""The answer a button or a deep link stands for, by its key (« t_ti-7601 », « topic_axes_en »)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Answer
from bot.answers import Composer
from bot.answers.subjects import Subjects
from bot.knowledge.load import Knowledge
from bot.maps.keys import (
    COMMUNE_KIND,
    DEPARTMENT_KIND,
    FRANCE_KEY,
    NATIONAL_KIND,
    REGION_KEY,
    REGIONS_KIND,
    TERRITORY_KIND,
)
from bot.understanding.intents import ContactDetail, Details, ListFilter
from bot.understanding.language import Language
from bot.understanding.mentions import Mention

_KEY = re.compile(r"(?P<kind>[a-z]+)_(?P<id>[0-9A-Za-z-]+)(?P<en>_en)?")


class KeyAnswers:
    """Answers by key, for the buttons the answers offer and for deep links."""

    def __init__(
        self,
        *,
        knowledge: Knowledge,
        composer: Composer,
        subjects: Subjects,
        topic_ids: tuple[str, ...],
    ) -> None:
        self._knowledge = knowledge
        self._composer = composer
        self._subjects = subjects
        self._topic_ids = topic_ids

    def answer_key(self, *, key: str) -> Answer | None:
        """The answer a button or deep link stands for; None for an unknown or stale key."""
        answer = self._key_answer(key=key)
        if answer is None or answer.about or key.startswith("topic_"):
            return answer
        return replace(answer, about=(key.removesuffix("_en"),))

    def _key_answer(self, *, key: str) -> Answer | None:
        match = _KEY.fullmatch(key)
        if match is None:
            return None
        kind, ident = match["kind"], match["id"]
        lang: Language = "en" if match["en"] else "fr"
        c, k = self._composer, self._knowledge
        question = f"/{key}"
        places = k.places
        try:
            if kind == "t":
                return c.territory(question=question, territory=k.territory(ident), lang=lang)
            if kind == "d" and (
                ident in k.departments or (places is not None and ident in places.departments)
            ):
                return c.department(question=question, code=ident, lang=lang)
            if kind == "r" and places is not None and ident in places.regions:
                return c.region(question=question, code=ident, lang=lang)
            if kind == "c" and places is not None:
                if places.find(ident) is None:
                    return None
                mention = Mention(kind="commune", id=ident, words=ident, exact=True)
                return self._subjects.place(question=question, mention=mention, lang=lang)
            if kind == "e" and places is not None and ident in places.epci_names:
                return c.epci(question=question, siren=ident, lang=lang)
            if kind == "p":
                return c.contacts(
                    question=question,
                    lang=lang,
                    detail=ContactDetail.ALL,
                    people=(k.person(ident).id,),
                )
            if kind == "o":
                return c.contacts(
                    question=question,
                    lang=lang,
                    detail=ContactDetail.ALL,
                    organisations=(k.organisation(ident).id,),
                )
            if kind == "q":
                return c.quotes(question=question, lang=lang, quote_ids=(k.quote(ident).id,))
            if kind == "topic":
                return self._topic_key(question=question, topic=ident, lang=lang)
            if key.removesuffix("_en") == REGION_KEY:
                return c.regional_map(question=question, lang=lang)
            if key.removesuffix("_en") == FRANCE_KEY:
                return c.france_map(question=question, lang=lang)
            if kind == REGIONS_KIND and places is not None and ident in places.regions:
                return c.region_map(question=question, code=ident, lang=lang)
            if kind == TERRITORY_KIND:
                return c.territory_map(question=question, territory=k.territory(ident), lang=lang)
            if kind == DEPARTMENT_KIND and ident in k.departments:
                return c.department_map(question=question, code=ident, lang=lang)
            if kind == COMMUNE_KIND and places is not None and places.find(ident) is not None:
                mention = Mention(kind="commune", id=ident, words=ident, exact=True)
                answer = self._subjects.place(question=question, mention=mention, lang=lang)
                return c.commune_map(answer, code=ident)
            if kind == NATIONAL_KIND and k.perimeters is not None:
                national = k.perimeters.territories.get(ident)
                if national is not None:
                    return c.national_map(question=question, national=national, lang=lang)
        except StopIteration:
            return None
        return None

    def _topic_key(self, *, question: str, topic: str, lang: Language) -> Answer | None:
        c = self._composer
        filters = {
            "list": ListFilter.ALL,
            "list-new": ListFilter.NEW,
            "list-renewed": ListFilter.RENEWED,
            "list-interregional": ListFilter.INTERREGIONAL,
        }
        if topic in filters:
            return c.listing(question=question, list_filter=filters[topic], lang=lang)
        if topic == "welcome":
            return c.welcome(question=question, lang=lang)
        if topic == "sources":
            return c.sources(question=question, lang=lang)
        ident = topic.replace("-", "_")
        if ident not in self._topic_ids:
            ident = topic
            if ident not in self._topic_ids:
                return None
        details = Details(list_filter=ListFilter.ALL, contact_detail=ContactDetail.ALL)
        return self._subjects.topic(
            question=question, topic=ident, lang=lang, details=details, words=[], text=""
        )
