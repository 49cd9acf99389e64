"""The question engine: question → folded text → mentions and topics → answer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from bot.answer import Answer
from bot.answers import OCCITANIE, Composer, key
from bot.dialogue.context import Context, Turn
from bot.dialogue.followup import FollowUps
from bot.knowledge.load import Knowledge
from bot.knowledge.perimeters import asks_members
from bot.knowledge.schema import Territory
from bot.maps.keys import (
    COMMUNE_KIND,
    DEPARTMENT_KIND,
    FRANCE_KEY,
    NATIONAL_KIND,
    REGION_KEY,
    REGIONS_KIND,
    TERRITORY_KIND,
)
from bot.normalize import clean, fold
from bot.understanding.intents import ContactDetail, Details, Intent, ListFilter, read_details
from bot.understanding.language import Language, detect
from bot.understanding.map_questions import MapNames
from bot.understanding.matching import Matcher
from bot.understanding.mentions import Candidate, Extraction, Kind, Mention
from bot.understanding.topics import Ranked, Reading, TopicIndex

# Questions naming more places than this get the first ones: an answer stays readable.
MAX_PLACES = 5
# A topic this close to the question is answered; below it, the question is not understood.
ACCEPT = 0.5
# A named place is the question unless a topic is read at least this clearly.
ACCEPT_OVER_PLACE = 0.6
# A part of a many-part question must be this clearly about its topic to be answered apart.
ACCEPT_PART = 0.6
# Below ACCEPT but above this, the closest topics are offered as « Vouliez-vous dire ».
NEAR = 0.4
# Above this, the first topic is answered however close the second.
SURE = 0.7
# Two topics closer than this, neither asked in its own part, are offered as « Vouliez-vous dire ».
AMBIGUOUS = 0.02
_T = TypeVar("_T")
_KEY = re.compile(r"(?P<kind>[a-z]+)_(?P<id>[0-9A-Za-z-]+)(?P<en>_en)?")
_HELP_WORDS = frozenset({"aide", "help", "menu", "commandes", "commands", "aide moi", "help me"})
_CONVERSATION = frozenset({Intent.GREETING, Intent.THANKS})
_PLACE_KINDS: tuple[Kind, ...] = ("territory", "department", "region", "commune", "epci")
# Parts of a question not answered on their own: they need the rest to mean anything.
_NOT_A_PART = frozenset({Intent.CLARIFY, Intent.EMPTY, Intent.GREETING, Intent.THANKS, Intent.HELP})
# Topics never offered as « Vouliez-vous dire »: they answer nothing on their own.
_NOT_OFFERED = _NOT_A_PART | {Intent.LAUREATE, Intent.OUT_OF_SCOPE, Intent.NOT_IN_RELEASE}
_AXIS_TOPICS = frozenset(
    {Intent.AXIS_SKILLS, Intent.AXIS_INNOVATION, Intent.AXIS_LAND, Intent.AXIS_DECARBONISATION}
)
_JOINED = re.compile(r"\b(?:et|and|ainsi que|as well as)\b")
_ASKS_WHICH = re.compile(
    r"\b(?:quels|quelles|quel|quelle|lesquels|lesquelles|liste\w*|noms|which|list|names)\b"
)
_PUNCTUATION = re.compile(r"[\s?!.…¿]+")
# SQL pasted as a question asks nothing of the release.
_CODE = re.compile(r"\b(?:SELECT|INSERT|UPDATE|DELETE|DROP)\b[^?]*\b(?:FROM|INTO|TABLE|SET)\b")
# Words that make a question about a place even without « lauréat ».
_PLACE_WORDS = re.compile(
    r"\b(?:commune|ville|village|town|city|habite|j habite|chez moi|ma commune|mon village"
    r"|(?:est|sont)(?: elle| il| elles| ils)? dans|is it in|is in)\b"
)

# « X fait partie de Y ? », « X est dans Y ? »: a question about one relation.
_RELATION = re.compile(
    r"\b(?:dans|partie d[eu]?|membre|appartien\w*|appartenir|inclus\w*|compris\w*|couvert\w* par"
    r"|in|inside|part of|within|belong\w*|member of|covered by)\b"
)


def place_words(knowledge: Knowledge) -> frozenset[str]:
    """Words that name a place and nothing else, so never a topic's: the laureates' names,
    departments, one-word regions, and one-word communes that are not ordinary words
    (« Figeac » in an example about funded projects says nothing about the topic)."""
    words = {
        word
        for alias, owner in knowledge.aliases.items()
        if owner.kind in ("territory", "department")
        for word in alias.split()
    }
    places = knowledge.places
    if places is not None:
        words.update(word for d in places.departments.values() for word in fold(d.name).split())
        words.update(n for r in places.regions.values() if " " not in (n := fold(r.name)))
        words.update(
            name
            for name in places.communes_by_name
            if " " not in name and name not in places.common_words
        )
    return frozenset(words - knowledge.lexicon.stopwords)


def name_words(knowledge: Knowledge) -> frozenset[str]:
    """Every word of a commune's or an intercommunality's name."""
    places = knowledge.places
    if places is None:
        return frozenset()
    names = [*places.communes_by_name, *(fold(n) for n in places.epci_names.values())]
    return frozenset(word for name in names for word in name.split())


class _Readings:
    """The readings of one question's texts: its parts are read more than once (alone, then
    within the whole), and a reading depends on the text alone."""

    def __init__(self, index: TopicIndex) -> None:
        self._index = index
        self._read: dict[str, Reading] = {}

    def of(self, folded: str) -> Reading:
        reading = self._read.get(folded)
        if reading is None:
            reading = self._read[folded] = self._index.read(folded=folded)
        return reading


def _other_subjects(knowledge: Knowledge) -> re.Pattern[str]:
    """The names of other programmes and subjects (the out-of-scope topic's terms of two
    words or more: « action coeur de ville », « carte grise »); a single word is too loose."""
    phrases = sorted(
        {
            fold(term)
            for topic in knowledge.topics
            if topic.id == Intent.OUT_OF_SCOPE
            for term in topic.terms
            if len(fold(term).split()) > 1
        },
        key=len,
        reverse=True,
    )
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b" if phrases else r"$^")


@dataclass(frozen=True)
class _Choice:
    """The topics to answer, in the order asked, or two to choose between."""

    topics: tuple[str, ...]
    between: tuple[str, ...] = ()
    # How close the question is to the first topic.
    score: float = 0.0
    # Greeting or thanks, answered when nothing else is asked.
    conversation: str | None = None


class Engine:
    """Answers questions from one loaded knowledge base; build a new one to change knowledge."""

    def __init__(self, *, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._matcher = Matcher(knowledge=knowledge)
        self._answers = Composer(knowledge=knowledge)
        self._followups = FollowUps(knowledge=knowledge, engine=self)
        self._index = TopicIndex(
            topics=knowledge.topics,
            lexicon=knowledge.lexicon,
            protected=place_words(knowledge),
            named=name_words(knowledge),
        )
        self._other_subjects = _other_subjects(knowledge)
        self._map_names = MapNames(knowledge.perimeters)

    def read(self, *, question: str) -> Reading:
        """How the question's words rank the topics (for `check` and the question log)."""
        return self._index.read(folded=fold(clean(question)))

    def ask(self, *, question: str) -> Answer:
        """A question on its own (no conversation)."""
        return self._followups.alone(question=question)

    def literal(self, *, question: str) -> Answer:
        """What the question's words say, before the conversation layer reads it: the answer
        `ask` refines, and `reply` reads in its context."""
        text = clean(question)
        readings = _Readings(self._index)
        parts = self._index.parts(text=text)
        if len(parts) > 1:
            answered = self._parts(question=question, parts=parts, readings=readings)
            if answered is not None:
                return answered
        return self._ask_text(question=question, text=text, readings=readings)

    def _parts(self, *, question: str, parts: list[str], readings: _Readings) -> Answer | None:
        """« Figeac est dedans ? Et ça rapporte quoi ? »: each part that is clearly a
        question of its own answered alone, in the order asked; None if fewer than two."""
        found: list[Answer] = []
        for part in parts:
            folded = fold(part)
            best = readings.of(folded).best
            strong = best is not None and best.score >= ACCEPT_PART
            answer = self._ask_text(question=question, text=part, readings=readings)
            elsewhere = (strong and best is not None and best.topic == Intent.OUT_OF_SCOPE) or bool(
                self._other_subjects.search(folded)
            )
            if answer.intent in _NOT_A_PART or (
                answer.intent == Intent.OUT_OF_SCOPE and not elsewhere
            ):
                continue
            if answer.about or elsewhere or (strong and answer.intent != Intent.LAUREATE):
                found.append(answer)
        if any(a.intent == Intent.OUT_OF_SCOPE for a in found):
            # « Et Petites villes de demain, qui est lauréat ? »: the laureates of another
            # programme are out of scope too.
            found = [a for a in found if a.intent not in _ABOUT_LAUREATES]
        if len(found) < 2 or len({a.intent for a in found}) < len(found):
            # One part, or two of the same kind (« dans le Gard, quels lauréats ? »): the
            # question read whole says it better.
            return None
        return _combine_parts(found)

    def _ask_text(self, *, question: str, text: str, readings: _Readings) -> Answer:
        folded = fold(text)
        words = folded.split()
        lexicon = self.knowledge.lexicon
        lang = detect(words=words, english=lexicon.english_words, french=lexicon.french_words)
        if not words:
            if _PUNCTUATION.fullmatch(text):
                # « ? » alone: something was meant, but what?
                return self._answers.rephrase(question=question, lang=lang)
            if text:
                return self._answers.out_of_scope(question=question, lang=lang)
            return self._answers.empty(question=question, lang=lang)
        if folded in _HELP_WORDS:
            return self._answers.help(question=question, lang=lang)
        if _CODE.search(text):
            return self._answers.out_of_scope(question=question, lang=lang)
        other = self._other_subjects.search(folded)
        if other is not None:
            # « Action cœur de ville, Alès en fait partie ? »: whatever the bot could say of
            # Alès, it would not answer; and « ville » in that name is no town. The name
            # itself says nothing of the question's language.
            rest = (folded[: other.start()] + folded[other.end() :]).split()
            if rest:
                lang = detect(
                    words=rest, english=lexicon.english_words, french=lexicon.french_words
                )
            return self._answers.out_of_scope(question=question, lang=lang)
        reading = readings.of(folded)
        choice = self._choose(text=text, reading=reading, readings=readings)
        topics = choice.topics
        details = read_details(folded=folded)
        place_question = (
            Intent.LAUREATE in topics
            or bool(lexicon.laureate_cues.search(folded))
            or bool(_PLACE_WORDS.search(folded))
        )
        extraction = self._matcher.extract(
            text=text,
            folded=reading.corrected,
            ordinary=reading.topic_words,
            communes=place_question
            or reading.names_place
            or all(topic in _REFINED_BY_PLACES for topic in topics),
            place_question=place_question,
        )
        answer = self._decide(
            question=question,
            text=text,
            words=words,
            lang=lang,
            details=details,
            choice=choice,
            reading=reading,
            extraction=extraction,
            place_question=place_question,
        )
        if answer.intent == Intent.OUT_OF_SCOPE and Intent.OUT_OF_SCOPE not in choice.topics:
            near = [
                r.topic for r in reading.ranking if r.score >= NEAR and r.topic not in _NOT_OFFERED
            ][:2]
            if near:
                # Words of the programme, read not quite clearly enough: ask, rather than
                # call a question on the programme out of scope.
                return self._clarify_topics(question=question, topics=tuple(near), lang=lang)
        return answer

    def _choose(self, *, text: str, reading: Reading, readings: _Readings) -> _Choice:
        parts = self._index.parts(text=text)
        while len(parts) > 1 and _conversational(readings.of(fold(parts[0]))):
            # « Bonjour, … »: the greeting is not what is asked.
            parts = parts[1:]
            reading = readings.of(fold(" ".join(parts)))
        ranking = [r for r in reading.ranking if r.score >= ACCEPT]
        conversation = next((r.topic for r in ranking if r.topic in _CONVERSATION), None)
        asked = [r for r in ranking if r.topic not in _CONVERSATION]
        if not asked:
            return _Choice(topics=(), conversation=conversation)
        first = asked[0]
        rival = asked[1] if len(asked) > 1 else None
        if (
            rival is not None
            and first.score < SURE
            and first.score - rival.score < AMBIGUOUS
            and _comparable(first, rival)
        ):
            pair = (first.topic, rival.topic)
            folded = fold(text)
            if _JOINED.search(folded):
                # « innovation et décarbonation ? »: both asked, answered in the order asked.
                ordered = sorted(pair, key=lambda t: self._index.position(folded=folded, topic=t))
                return _Choice(topics=tuple(ordered), score=first.score)
            if all(t in _AXIS_TOPICS for t in pair):
                # Two axes equally close and neither asked alone: the four axes answer both.
                return _Choice(topics=(Intent.AXES,), score=first.score)
            return _Choice(
                topics=(first.topic,), between=(first.topic, rival.topic), score=first.score
            )
        return _Choice(topics=(first.topic,), score=first.score)

    def _decide(
        self,
        *,
        question: str,
        text: str,
        words: list[str],
        lang: Language,
        details: Details,
        choice: _Choice,
        reading: Reading,
        extraction: Extraction,
        place_question: bool,
    ) -> Answer:
        c = self._answers
        wants_contacts = (
            Intent.CONTACTS in choice.topics or reading.score(Intent.CONTACTS) >= ACCEPT
        )
        if place_question and not wants_contacts:
            # « les lauréats de la région Occitanie »: the region, not its press office.
            extraction = self._matcher.as_places(extraction=extraction)
        places = extraction.of_kind(*_PLACE_KINDS)
        located = self._in_region(question=question, words=words, places=places, lang=lang)
        if located is not None:
            return located
        only_names = bool(places) and self._only_names(words, extraction)
        if (choice.topics and not only_names) or any(m.kind != "region" for m in places):
            # Everything the bot knows is in Occitanie: naming it filters nothing, and beside
            # a department or a town it only says where that is.
            places = tuple(m for m in places if not (m.kind == "region" and m.id == OCCITANIE))
        places = self._settle_places(places)
        topics = choice.topics
        if topics and topics[0] == Intent.MAP:
            named = self._map_named(question=question, words=words, places=places, lang=lang)
            if named is not None:
                return named
        if places and topics and topics[0] == Intent.MAP:
            return _combine(
                [self._on_map(question=question, mention=m, lang=lang) for m in places[:MAX_PLACES]]
            )
        members = details.asks_perimeter or asks_members(folded=" ".join(words))
        if places and (
            only_names
            or members
            or choice.score < ACCEPT_OVER_PLACE
            or (place_question and not (topics and topics[0] in _OVER_A_NAMED_PLACE))
        ):
            # « Figeac ? », « Alès c'est retenu ? »: the place is the question.
            topics = ()
            choice = _Choice(topics=(), conversation=choice.conversation)
        if topics and topics[0] == Intent.FUNDING and _names_a_laureate_place(places):
            # The release gives one national envelope, no amount per territory.
            topics = (Intent.NOT_IN_RELEASE, *topics[1:])
        people = extraction.of_kind("person")
        speakers = extraction.of_kind("quote")
        organisations = extraction.of_kind("organisation")
        wants_contacts = wants_contacts or Intent.CONTACTS in topics
        if people or (organisations and (wants_contacts or not topics)):
            answer = c.contacts(
                question=question,
                lang=lang,
                detail=details.contact_detail,
                people=tuple(m.id for m in people),
                organisations=tuple(m.id for m in organisations),
            )
            return _about(answer, *people, *organisations)
        if speakers and not (topics and topics[0] in _NOT_ABOUT_SPEAKERS):
            if wants_contacts:
                owners = tuple(
                    dict.fromkeys(self.knowledge.quote(m.id).organisation for m in speakers)
                )
                answer = c.contacts(
                    question=question,
                    lang=lang,
                    detail=details.contact_detail,
                    organisations=owners,
                )
                return replace(answer, about=tuple(f"o_{o}" for o in owners))
            answer = c.quotes(question=question, lang=lang, quote_ids=tuple(m.id for m in speakers))
            return _about(answer, *speakers)
        if places and not (topics and topics[0] in _NOT_ABOUT_PLACES):
            communes = [m for m in places if m.kind == "commune"]
            laureates = [m for m in places if m.kind == "territory"]
            if len(communes) == 1 and len(laureates) == 1 and _RELATION.search(" ".join(words)):
                # « Mende fait-elle partie de Nord Lozère ? »: one answer, about that relation.
                asked = self.knowledge.territory(laureates[0].id)
                return self._place(question=question, mention=communes[0], lang=lang, asked=asked)
            answers = [
                self._place(question=question, mention=m, lang=lang, perimeter=members)
                for m in places[:MAX_PLACES]
            ]
            if self.knowledge.lexicon.yes_no_cues.search(
                " ".join(words)
            ) and not _ASKS_WHICH.search(" ".join(words)):
                # « le Gers a-t-il des lauréats ? » asks yes or no, about the department.
                answers = [
                    c.affirmed(a)
                    if a.intent == Intent.LIST and a.about and all(k[0] in "dr" for k in a.about)
                    else a
                    for a in answers
                ]
            return _combine(answers)
        if extraction.candidates and (not topics or topics[0] == Intent.LAUREATE):
            return self._clarify(question=question, candidates=extraction.candidates, lang=lang)
        if choice.between:
            return self._clarify_topics(question=question, topics=choice.between, lang=lang)
        if topics:
            return _combine_topics(
                [
                    self._topic(
                        question=question,
                        topic=topic,
                        lang=lang,
                        details=details,
                        words=words,
                        text=text,
                        score=reading.score(topic),
                    )
                    for topic in topics
                ]
            )
        if place_question:
            return self._no_place_found(question=question, lang=lang, text=text, words=words)
        if choice.conversation == Intent.THANKS:
            return c.thanks(question=question, lang=lang)
        if choice.conversation == Intent.GREETING:
            return c.help(question=question, lang=lang, intent=Intent.GREETING)
        lexicon = self.knowledge.lexicon
        vague = lexicon.function_words | lexicon.question_words | lexicon.follow_up_words
        if all(w in vague for w in words):
            # « Et lui ? », « le deuxième », « oui »: a follow-up with nothing to refer to.
            return c.rephrase(question=question, lang=lang)
        return c.out_of_scope(question=question, lang=lang)

    def _in_region(
        self, *, question: str, words: list[str], places: tuple[Mention, ...], lang: Language
    ) -> Answer | None:
        """« Pau est en Occitanie ? », « Aurillac, c'est en Occitanie ? »: the region the
        place lies in, before the laureate it belongs to (Pau's is an Occitanie laureate)."""
        index = self.knowledge.places
        regions = [m for m in places if m.kind == "region"]
        others = [m for m in places if m.kind != "region"]
        if index is None or len(regions) != 1 or len(others) != 1:
            return None
        region, place = regions[0], others[0]
        # « … alors qu'il n'est pas en Occitanie ? » says where it is, and asks something else.
        asked = (
            rf"(?<!pas )(?<!not )\b(?:en|dans(?: la)?(?: region)?|in)\s+{re.escape(region.words)}\b"
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
        answer = self._place(question=question, mention=place, lang=lang)
        return self._answers.in_region(
            answer=answer,
            name=name,
            department=department,
            region=index.departments[department].region,
            asked=region.id,
        )

    def _only_names(self, words: list[str], extraction: Extraction) -> bool:
        """Nothing but names and function words: « Nouvelle-Aquitaine », « le Gers »."""
        named = {w for m in extraction.mentions for w in m.words.split()}
        lexicon = self.knowledge.lexicon
        return all(
            w in named or (w in lexicon.function_words and w not in lexicon.question_words)
            for w in words
        )

    def _no_place_found(
        self, *, question: str, lang: Language, text: str, words: list[str], asked: bool = False
    ) -> Answer:
        """« Ma commune est-elle lauréate ? » asks for the name; « Trucville est lauréat ? »
        admits not knowing the place; « les PME sont concernées ? » is not about a place."""
        named = [w for w in words if w not in self.knowledge.lexicon.stopwords]
        if not named:
            return self._answers.ask_place(question=question, lang=lang)
        if _PLACE_WORDS.search(" ".join(words)) or re.search(r"(?<!^)\b[A-ZÀ-Ý]", text.strip()):
            return self._answers.unknown_place(question=question, lang=lang)
        if asked:
            # Read as « is my town covered? » without a town: ask which.
            return self._answers.ask_place(question=question, lang=lang)
        return self._answers.out_of_scope(question=question, lang=lang)

    def _settle_places(self, places: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """A department named beside a town qualifies it rather than asking about itself:
        « Castres (81) », « Tarbes, dans les Hautes-Pyrénées ». If the town is named in a
        laureate that does not touch that department, it is that department's homonym:
        « Revel en Isère », « Castres dans l'Aisne »."""
        index = self.knowledge.places
        departments = {m.id for m in places if m.kind == "department"}
        if index is None or not departments:
            return places
        settled: list[Mention] = []
        qualifiers: set[str] = set()
        for found in places:
            mention = found
            if mention.kind == "territory":
                territory = self.knowledge.territory(mention.id)
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

    def _topic(
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
        c = self._answers
        entry = self.knowledge.topic(topic)
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
            return self._no_place_found(
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

    def _clarify_topics(self, *, question: str, topics: tuple[str, ...], lang: Language) -> Answer:
        """Two topics the words fit equally: offer both rather than guess."""
        options = [
            (self._answers.topic_title(topic, lang), _topic_key(topic, lang)) for topic in topics
        ]
        return self._answers.clarify(question=question, options=options, lang=lang)

    def _place(
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
        return _about(answer, mention)

    def _place_answer(
        self,
        *,
        question: str,
        mention: Mention,
        lang: Language,
        perimeter: bool,
        asked: Territory | None = None,
    ) -> Answer:
        c = self._answers
        confidence = 1.0 if mention.exact else 0.8
        if mention.kind == "territory":
            return c.territory(
                question=question,
                territory=self.knowledge.territory(mention.id),
                lang=lang,
                confidence=confidence,
                perimeter=perimeter,
            )
        named_after = [
            t
            for t in self.knowledge.territories_in(mention.id)
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
            return c.epci(question=question, siren=mention.id, lang=lang, confidence=confidence)
        places = self.knowledge.places
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

    def _map_named(
        self, *, question: str, words: list[str], places: tuple[Mention, ...], lang: Language
    ) -> Answer | None:
        """« carte du territoire Finistère », « carte de France »: a map of what is no place
        the matcher knows; None when the question names neither."""
        folded = " ".join(words)
        perimeters = self.knowledge.perimeters
        ident = self._map_names.territory(folded, place_words=(m.words for m in places))
        if ident is not None and perimeters is not None:
            return self._answers.national_map(
                question=question, national=perimeters.territories[ident], lang=lang
            )
        if not places and self._map_names.france(folded):
            return self._answers.france_map(question=question, lang=lang)
        return None

    def _on_map(self, *, question: str, mention: Mention, lang: Language) -> Answer:
        """« Alès sur la carte », « carte du Tarn »: the map of a laureate or a department;
        any other place gets its usual answer."""
        if mention.kind == "territory":
            territory = self.knowledge.territory(mention.id)
            return self._answers.territory_map(question=question, territory=territory, lang=lang)
        if mention.kind == "department":
            return self._answers.department_map(question=question, code=mention.id, lang=lang)
        if mention.kind == "region":
            return self._answers.region_map(question=question, code=mention.id, lang=lang)
        answer = self._place(question=question, mention=mention, lang=lang)
        if mention.kind == "commune" and not mention.via_postal_code:
            return self._answers.commune_map(answer, code=mention.id)
        return answer

    def _clarify(
        self, *, question: str, candidates: tuple[Candidate, ...], lang: Language
    ) -> Answer:
        options = []
        for candidate in candidates[:4]:
            label, option_key = self._label(candidate.kind, candidate.id, lang)
            options.append((label, option_key))
        return self._answers.clarify(
            question=question, options=list(dict.fromkeys(options)), lang=lang
        )

    def _label(self, kind: str, ident: str, lang: Language) -> tuple[str, str]:
        k = self.knowledge
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

    def answer_key(self, *, key: str) -> Answer | None:
        """The answer a button or deep link stands for; None for an unknown or stale key."""
        answer = self._key_answer(key=key)
        if answer is None or answer.about or key.startswith("topic_"):
            return answer
        return replace(answer, about=(key.removesuffix("_en"),))

    def reply(self, *, question: str, context: Context, now: float) -> Turn:
        """A turn of a conversation: the answer, read in the light of `context`, and the
        context to pass with the next question. `ask` stays stateless."""
        return self._followups.reply(question=question, context=context, now=now)

    def reply_key(self, *, key: str, context: Context, now: float) -> Turn | None:
        """A button pressed in a conversation: its answer, and the context it leaves."""
        return self._followups.reply_key(key=key, context=context, now=now)

    def _key_answer(self, *, key: str) -> Answer | None:
        match = _KEY.fullmatch(key)
        if match is None:
            return None
        kind, ident = match["kind"], match["id"]
        lang: Language = "en" if match["en"] else "fr"
        c, k = self._answers, self.knowledge
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
                return self._place(question=question, mention=mention, lang=lang)
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
                answer = self._place(question=question, mention=mention, lang=lang)
                return c.commune_map(answer, code=ident)
            if kind == NATIONAL_KIND and k.perimeters is not None:
                national = k.perimeters.territories.get(ident)
                if national is not None:
                    return c.national_map(question=question, national=national, lang=lang)
        except StopIteration:
            return None
        return None

    def _topic_key(self, *, question: str, topic: str, lang: Language) -> Answer | None:
        c = self._answers
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
        ident = topic.replace("-", "_")
        if ident not in self._index.topic_ids:
            ident = topic
            if ident not in self._index.topic_ids:
                return None
        details = Details(list_filter=ListFilter.ALL, contact_detail=ContactDetail.ALL)
        return self._topic(
            question=question, topic=ident, lang=lang, details=details, words=[], text=""
        )


def _conversational(reading: Reading) -> bool:
    best = reading.best
    return best is not None and best.topic in _CONVERSATION


def _names_a_laureate_place(places: Sequence[Mention]) -> bool:
    return any(m.kind in ("territory", "commune", "department") for m in places)


def _topic_key(topic: str, lang: Language) -> str:
    """Button keys allow no « _ » inside an id: axis_land → topic_axis-land."""
    return key("topic", topic.replace("_", "-"), lang)


def _comparable(first: Ranked, second: Ranked) -> bool:
    """Two readings worth offering side by side: neither a fallback of the other."""
    fallbacks = {Intent.OUT_OF_SCOPE, Intent.CLARIFY, Intent.LAUREATE, Intent.HELP}
    return first.topic not in fallbacks and second.topic not in fallbacks


# Topics a place narrows down (« combien de lauréats à Albi ? »): communes are looked for.
_REFINED_BY_PLACES = frozenset(
    {Intent.PROGRAMME, Intent.LIST, Intent.COUNTS, Intent.LAUREATE, Intent.MAP}
)

# Topics a place name does not change: « contacts presse à Alès » still wants the contacts.
_NOT_ABOUT_PLACES = frozenset(
    {
        Intent.CONTACTS,
        Intent.AXES,
        Intent.FUNDING,
        Intent.PARTNERS,
        Intent.ENGINEERING,
        Intent.SELECTION,
        Intent.GOVERNANCE,
        Intent.QUOTES,
        Intent.ANNOUNCEMENT,
        Intent.PRESS_KIT,
        Intent.APPLICATION,
        Intent.AXIS_SKILLS,
        Intent.AXIS_INNOVATION,
        Intent.AXIS_LAND,
        Intent.AXIS_DECARBONISATION,
        Intent.DATES,
        Intent.NOT_IN_RELEASE,
        Intent.OUT_OF_SCOPE,
    }
)

# Topics about the laureates themselves, which another programme's name makes its own.
_ABOUT_LAUREATES = frozenset({Intent.LIST, Intent.LAUREATE, Intent.COUNTS, Intent.SELECTION})

# Topics still answered when a question names a place and asks whether it is covered.
_OVER_A_NAMED_PLACE = frozenset(
    {Intent.CONTACTS, Intent.PRESS_KIT, Intent.QUOTES, Intent.NOT_IN_RELEASE, Intent.FUNDING}
)

# Topics whose answer is not what a named speaker said: « le préfet et la Région pilotent ? ».
_NOT_ABOUT_SPEAKERS = frozenset({Intent.GOVERNANCE, Intent.SELECTION, Intent.NOT_IN_RELEASE})


def _combine_parts(answers: list[Answer]) -> Answer:
    """The parts of a question, each answered: every answer, in the order asked."""
    return replace(
        _combine_topics(answers),
        **_places_of(answers),
        suggestions=_once(s for a in answers for s in a.suggestions),
    )


def _combine_topics(answers: list[Answer]) -> Answer:
    """Several topics in one question: each answered, in the order asked."""
    if len(answers) == 1:
        return answers[0]
    return replace(answers[0], **_joined(answers), intents=tuple(a.intent for a in answers))


def _combine(answers: list[Answer]) -> Answer:
    """Several places in one question: every one answered, in the order asked."""
    if len(answers) == 1:
        return answers[0]
    laureate = any(a.intent is Intent.LAUREATE for a in answers)
    return replace(
        answers[0],
        **_joined(answers),
        **_places_of(answers),
        intent=Intent.LAUREATE if laureate else answers[0].intent,
    )


def _joined(answers: list[Answer]) -> dict[str, Any]:
    """What every combination shares: the texts and titles in order, the weakest
    confidence, and the sources, buttons (eight at most) and emphasis of all, once each."""
    return {
        "text": "\n\n".join(a.text for a in answers),
        "title": " · ".join(a.title for a in answers),
        "confidence": min(a.confidence for a in answers),
        "sources": _once(s for a in answers for s in a.sources),
        "buttons": _once(b for a in answers for b in a.buttons)[:8],
        "emphasis": _once(e for a in answers for e in a.emphasis),
    }


def _places_of(answers: list[Answer]) -> dict[str, Any]:
    """The laureates and subjects of all the answers, once each, in order."""
    return {
        "territories": _once(t for a in answers for t in a.territories),
        "national_territories": _once(t for a in answers for t in a.national_territories),
        "about": _once(k for a in answers for k in a.about),
    }


def _once(items: Iterable[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys(items))


_KEY_KINDS = {
    "territory": "t",
    "department": "d",
    "region": "r",
    "commune": "c",
    "epci": "e",
    "person": "p",
    "organisation": "o",
    "quote": "q",
}


def _about(answer: Answer, *mentions: Mention) -> Answer:
    """The answer, with the entities it was composed for as its subjects."""
    return replace(answer, about=tuple(f"{_KEY_KINDS[m.kind]}_{m.id}" for m in mentions))
