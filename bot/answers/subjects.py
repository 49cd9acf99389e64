"""The answer about one subject a question names: a place (settled against the other
places named), a topic, a map; or the choices offered when its words fit several."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Answer
from bot.answers import Composer, key
from bot.answers.choice import SURE
from bot.answers.combine import about
from bot.knowledge.load import Knowledge
from bot.knowledge.schema import Territory
from bot.understanding.cues import PLACE_WORDS
from bot.understanding.intents import Details, Intent, ListFilter
from bot.understanding.language import Language
from bot.understanding.map_questions import MapNames
from bot.understanding.mentions import Candidate, Extraction, Mention

# Words that make a question about a place even without « lauréat ».


class Subjects:
    """Answers about what a question names, one subject at a time."""

    def __init__(self, *, knowledge: Knowledge, composer: Composer) -> None:
        self._knowledge = knowledge
        self._composer = composer
        self._map_names = MapNames(knowledge.perimeters)

    def place(
        self,
        *,
        question: str,
        mention: Mention,
        lang: Language,
        perimeter: bool = False,
        asked: Territory | None = None,
    ) -> Answer:
        answer = self._place_answer(
            question=question, mention=mention, lang=lang, perimeter=perimeter, asked=asked
        )
        return about(answer, mention)

    def _place_answer(
        self,
        *,
        question: str,
        mention: Mention,
        lang: Language,
        perimeter: bool,
        asked: Territory | None = None,
    ) -> Answer:
        c = self._composer
        confidence = 1.0 if mention.exact else 0.8
        if mention.kind == "territory":
            return c.territory(
                question=question,
                territory=self._knowledge.territory(mention.id),
                lang=lang,
                confidence=confidence,
                perimeter=perimeter,
            )
        named_after = [
            t
            for t in self._knowledge.territories_in(mention.id)
            if t.named_after_department and mention.kind == "department"
        ]
        if perimeter and named_after:
            # « Quelles intercommunalités composent Ariège ? »: the laureate, not the department.
            return c.territory(
                question=question, territory=named_after[0], lang=lang, perimeter=True
            )
        if mention.kind == "department":
            return c.department(
                question=question, code=mention.id, lang=lang, confidence=confidence
            )
        if mention.kind == "region":
            return c.region(question=question, code=mention.id, lang=lang)
        if mention.kind == "epci":
            return c.epci(
                question=question, siren=mention.id, lang=lang, confidence=confidence, asked=asked
            )
        places = self._knowledge.places
        assert places is not None
        commune = places.find(mention.id)
        assert commune is not None
        alternatives = tuple(places.find(code) for code in mention.alternatives)
        return c.commune(
            question=question,
            commune=commune,
            alternatives=tuple(a for a in alternatives if a is not None),
            lang=lang,
            confidence=confidence,
            via_postal_code=mention.words if mention.via_postal_code else None,
            asked=asked,
        )

    def in_region(
        self, *, question: str, words: list[str], places: tuple[Mention, ...], lang: Language
    ) -> Answer | None:
        """« Pau est en Occitanie ? », « Aurillac, c'est en Occitanie ? »: the region the
        place lies in, before the laureate it belongs to (Pau's is an Occitanie laureate)."""
        index = self._knowledge.places
        regions = [m for m in places if m.kind == "region"]
        others = [m for m in places if m.kind != "region"]
        if index is None or len(regions) != 1 or len(others) != 1:
            return None
        region, place = regions[0], others[0]
        # « … alors qu'il n'est pas en Occitanie ? » says where it is, and asks something else.
        # (« fait partie de l'Occitanie ? », « belongs to Occitanie? » ask the same.)
        asked = (
            r"(?<!pas )(?<!not )\b(?:en|dans|in|partie de|partie d|appartien\w* a|part of"
            rf"|belongs? to)(?: la| l| the)?(?: region)?\s+{re.escape(region.words)}\b"
        )
        if not re.search(asked, " ".join(words)):
            return None
        if place.kind == "department":
            department, name = place.id, index.departments[place.id].name
        else:
            codes = (place.id, *place.alternatives) if place.kind == "commune" else ()
            found = [index.find(code) for code in codes]
            if place.kind == "territory":
                # A laureate named after a town (« Pau » for Lacq Pau Tarbes): that town.
                found = [
                    c for c in index.communes_by_name.get(place.words, ()) if c.part_of is None
                ]
            communes = [index.current(c) for c in found if c is not None]
            if len(communes) != 1:
                return None
            department, name = communes[0].department, communes[0].name
        answer = self.place(question=question, mention=place, lang=lang)
        return self._composer.in_region(
            answer=answer,
            name=name,
            department=department,
            region=index.departments[department].region,
            asked=region.id,
        )

    def settle_places(self, places: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """A department named beside a town qualifies it rather than asking about itself:
        « Castres (81) », « Tarbes, dans les Hautes-Pyrénées ». If the town is named in a
        laureate that does not touch that department, it is that department's homonym:
        « Revel en Isère », « Castres dans l'Aisne »."""
        index = self._knowledge.places
        departments = {m.id for m in places if m.kind == "department"}
        if index is None or not departments:
            return places
        settled: list[Mention] = []
        qualifiers: set[str] = set()
        for found in places:
            mention = found
            if mention.kind == "territory":
                territory = self._knowledge.territory(mention.id)
                touched = departments & set(territory.departments)
                elsewhere = [
                    c
                    for c in index.communes_by_name.get(mention.words, ())
                    if c.department in departments - touched
                ]
                if elsewhere and not touched:
                    mention = Mention(
                        kind="commune", id=elsewhere[0].code, words=mention.words, exact=True
                    )
                    qualifiers.add(elsewhere[0].department)
                else:
                    qualifiers |= touched
            elif mention.kind == "commune":
                # « Lavaur (24) »: the homonym in the department named beside it.
                codes = (mention.id, *mention.alternatives)
                homonyms = [index.find(code) for code in codes]
                chosen = next(
                    (
                        c
                        for c in homonyms
                        if c is not None and index.current(c).department in departments
                    ),
                    index.find(mention.id),
                )
                if chosen is not None:
                    if chosen.code != mention.id:
                        mention = replace(
                            mention,
                            id=chosen.code,
                            alternatives=tuple(c for c in codes if c != chosen.code),
                        )
                    qualifiers.add(index.current(chosen).department)
            settled.append(mention)
        return tuple(m for m in settled if not (m.kind == "department" and m.id in qualifiers))

    def only_names(self, words: list[str], extraction: Extraction) -> bool:
        """Nothing but names and function words: « Nouvelle-Aquitaine », « le Gers »."""
        named = {w for m in extraction.mentions for w in m.words.split()}
        lexicon = self._knowledge.lexicon
        return all(
            w in named or (w in lexicon.function_words and w not in lexicon.question_words)
            for w in words
        )

    def no_place_found(
        self, *, question: str, lang: Language, text: str, words: list[str], asked: bool = False
    ) -> Answer:
        """« Ma commune est-elle lauréate ? » asks for the name; « Trucville est lauréat ? »
        admits not knowing the place; « les PME sont concernées ? » is not about a place."""
        named = [w for w in words if w not in self._knowledge.lexicon.stopwords]
        if not named:
            return self._composer.ask_place(question=question, lang=lang)
        # (A capital opening a word of small letters names something: « Trucville », not
        # « 100 M€ ».)
        if PLACE_WORDS.search(" ".join(words)) or re.search(
            r"(?<!^)\b[A-ZÀ-Ý][a-zà-ÿ]", text.strip()
        ):
            return self._composer.unknown_place(question=question, lang=lang)
        if asked:
            # Read as « is my town covered? » without a town: ask which.
            return self._composer.ask_place(question=question, lang=lang)
        return self._composer.out_of_scope(question=question, lang=lang)

    def map_named(
        self, *, question: str, words: list[str], places: tuple[Mention, ...], lang: Language
    ) -> Answer | None:
        """« carte du territoire Finistère », « carte de France »: a map of what is no place
        the matcher knows; None when the question names neither."""
        folded = " ".join(words)
        perimeters = self._knowledge.perimeters
        ident = self._map_names.territory(folded, place_words=(m.words for m in places))
        if ident is not None and perimeters is not None:
            return self._composer.national_map(
                question=question, national=perimeters.territories[ident], lang=lang
            )
        if not places and self._map_names.france(folded):
            return self._composer.france_map(question=question, lang=lang)
        return None

    def on_map(self, *, question: str, mention: Mention, lang: Language) -> Answer:
        """« Alès sur la carte », « carte du Tarn »: the map of a laureate or a department;
        any other place gets its usual answer."""
        if mention.kind == "territory":
            territory = self._knowledge.territory(mention.id)
            return self._composer.territory_map(question=question, territory=territory, lang=lang)
        if mention.kind == "department":
            return self._composer.department_map(question=question, code=mention.id, lang=lang)
        if mention.kind == "region":
            return self._composer.region_map(question=question, code=mention.id, lang=lang)
        answer = self.place(question=question, mention=mention, lang=lang)
        if mention.kind == "commune" and not mention.via_postal_code:
            return self._composer.commune_map(answer, code=mention.id)
        return answer

    def clarify(
        self, *, question: str, candidates: tuple[Candidate, ...], lang: Language
    ) -> Answer:
        options = []
        for candidate in candidates[:4]:
            label, option_key = self._label(candidate.kind, candidate.id, lang)
            options.append((label, option_key))
        return self._composer.clarify(
            question=question, options=list(dict.fromkeys(options)), lang=lang
        )

    def _label(self, kind: str, ident: str, lang: Language) -> tuple[str, str]:
        k = self._knowledge
        if kind == "territory":
            return k.territory(ident).name, key("t", ident, lang)
        if kind == "department":
            return f"{k.department_name(ident)} ({ident})", key("d", ident, lang)
        if kind == "region":
            assert k.places is not None
            return k.places.regions[ident].name, key("r", ident, lang)
        if kind == "commune":
            assert k.places is not None
            commune = k.places.find(ident)
            assert commune is not None
            return f"{commune.name} ({commune.department})", key("c", ident, lang)
        if kind == "epci":
            assert k.places is not None
            return k.places.epci_names[ident], key("e", ident, lang)
        if kind == "person":
            return k.person(ident).name, key("p", ident, lang)
        if kind == "organisation":
            return k.organisation(ident).name, key("o", ident, lang)
        return k.quote(ident).speaker, key("q", ident, lang)

    def topic(
        self,
        *,
        question: str,
        topic: str,
        lang: Language,
        details: Details,
        words: list[str],
        text: str,
        score: float = 1.0,
    ) -> Answer:
        """The answer of one topic entry: written in code (`compose`) or in the YAML (`answer`)."""
        c = self._composer
        entry = self._knowledge.topic(topic)
        if entry.answer is not None:
            return c.written(question=question, topic=entry, lang=lang)
        compose = entry.compose
        if compose == "list" or (compose == "counts" and details.list_filter is not ListFilter.ALL):
            # « combien de nouveaux ? » is answered by the list of the new ones, which counts
            # them (in a conversation, bot.dialogue.followup words it as a count).
            return c.listing(question=question, list_filter=details.list_filter, lang=lang)
        if compose == "contacts":
            return c.contacts(question=question, lang=lang, detail=details.contact_detail)
        if compose == "laureate":
            return self.no_place_found(
                question=question, lang=lang, text=text, words=words, asked=score >= SURE
            )
        if compose == "map":
            return c.regional_map(question=question, lang=lang)
        if compose == "greeting":
            return c.help(question=question, lang=lang, intent=Intent.GREETING)
        if compose == "clarify":
            return c.rephrase(question=question, lang=lang)
        if compose == "axis":
            return c.axis(question=question, topic=entry, lang=lang)
        composers = {
            "programme": c.programme,
            "axes": c.axes,
            "benefits": c.benefits,
            "funding": c.funding,
            "partners": c.partners,
            "engineering": c.engineering,
            "selection": c.selection,
            "governance": c.governance,
            "quotes": c.quotes,
            "announcement": c.announcement,
            "dates": c.dates,
            "counts": c.counts,
            "press_kit": c.press_kit,
            "application": c.application,
            "not_in_release": c.not_in_release,
            "help": c.help,
            "thanks": c.thanks,
            "out_of_scope": c.out_of_scope,
        }
        assert compose is not None
        answer = composers[compose](question=question, lang=lang)
        return answer if answer.intent == entry.id else replace(answer, intent=entry.id)

    def clarify_topics(self, *, question: str, topics: tuple[str, ...], lang: Language) -> Answer:
        """Two topics the words fit equally: offer both rather than guess."""
        options = [
            (self._composer.topic_title(topic, lang), topic_key(topic, lang)) for topic in topics
        ]
        return self._composer.clarify(question=question, options=options, lang=lang)


def topic_key(topic: str, lang: Language) -> str:
    """Button keys allow no « _ » inside an id: axis_land → topic_axis-land."""
    return key("topic", topic.replace("_", "-"), lang)
