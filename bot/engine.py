"""The question engine: question → folded text → mentions and intent → answer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Answer
from bot.answers import OCCITANIE, Composer, key
from bot.context import Context, Turn
from bot.followup import FollowUps
from bot.intents import ContactDetail, Intent, ListFilter, Signals, read_signals
from bot.knowledge import Knowledge
from bot.language import Language, detect
from bot.maps.keys import DEPARTMENT_KIND, REGION_KEY, TERRITORY_KIND
from bot.matching import Candidate, Extraction, Kind, Matcher, Mention
from bot.normalize import clean, fold
from bot.perimeters import asks_members
from bot.schema import Territory
from bot.vocabulary import STOPWORDS

# Questions naming more places than this get the first ones: an answer stays readable.
MAX_PLACES = 5
_KEY = re.compile(r"(?P<kind>[a-z]+)_(?P<id>[0-9A-Za-z-]+)(?P<en>_en)?")
_TOPIC_INTENTS = {
    "programme": Intent.PROGRAMME,
    "axes": Intent.AXES,
    "benefits": Intent.BENEFITS,
    "funding": Intent.FUNDING,
    "partners": Intent.PARTNERS,
    "engineering": Intent.ENGINEERING,
    "selection": Intent.SELECTION,
    "governance": Intent.GOVERNANCE,
    "quotes": Intent.QUOTES,
    "announcement": Intent.ANNOUNCEMENT,
    "counts": Intent.COUNTS,
    "contacts": Intent.CONTACTS,
    "help": Intent.HELP,
}
_HELP_WORDS = frozenset({"aide", "help", "menu", "commandes", "commands", "aide moi", "help me"})
_PLACE_KINDS: tuple[Kind, ...] = ("territory", "department", "region", "commune", "epci")
# Words that make a question about a place even without « lauréat ».
_PLACE_WORDS = re.compile(
    r"\b(?:commune|ville|village|town|city|habite|j habite|chez moi|ma commune|mon village"
    r"|(?:est|sont)(?: elle| il| elles| ils)? dans|is it in|is in)\b"
)

# « X fait partie de Y ? », « X est dans Y ? »: a question about one relation.
_RELATION = re.compile(
    r"\b(?:dans|partie d[eu]?|membre|appartient|appartenir|inclus\w*|in|part of|within)\b"
)


class Engine:
    """Answers questions from one loaded knowledge base; build a new one to change knowledge."""

    def __init__(self, *, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._matcher = Matcher(knowledge=knowledge)
        self._answers = Composer(knowledge=knowledge)
        self._followups = FollowUps(engine=self)

    def ask(self, *, question: str) -> Answer:
        text = clean(question)
        folded = fold(text)
        words = folded.split()
        lang = detect(words=words)
        if not words:
            if text:
                return self._answers.out_of_scope(question=question, lang=lang)
            return self._answers.empty(question=question, lang=lang)
        if folded in _HELP_WORDS:
            return self._answers.help(question=question, lang=lang)
        signals = read_signals(folded=folded)
        topics = [i for i in signals.topics() if i not in (Intent.GREETING, Intent.THANKS)]
        place_question = signals.has(Intent.LAUREATE) or bool(_PLACE_WORDS.search(folded))
        extraction = self._matcher.extract(
            text=text,
            folded=folded,
            communes=place_question or all(topic in _REFINED_BY_PLACES for topic in topics),
            place_question=place_question,
        )
        return self._decide(
            question=question,
            text=text,
            words=words,
            lang=lang,
            signals=signals,
            topics=topics,
            extraction=extraction,
            place_question=place_question,
        )

    def _decide(
        self,
        *,
        question: str,
        text: str,
        words: list[str],
        lang: Language,
        signals: Signals,
        topics: Sequence[Intent],
        extraction: Extraction,
        place_question: bool,
    ) -> Answer:
        c = self._answers
        places = extraction.of_kind(*_PLACE_KINDS)
        people = extraction.of_kind("person")
        speakers = extraction.of_kind("quote")
        organisations = extraction.of_kind("organisation")
        wants_contacts = signals.has(Intent.CONTACTS)
        if people or (organisations and (wants_contacts or not topics)):
            answer = c.contacts(
                question=question,
                lang=lang,
                detail=signals.contact_detail,
                people=tuple(m.id for m in people),
                organisations=tuple(m.id for m in organisations),
            )
            return _about(answer, *people, *organisations)
        if speakers:
            if wants_contacts:
                owners = tuple(
                    dict.fromkeys(self.knowledge.quote(m.id).organisation for m in speakers)
                )
                answer = c.contacts(
                    question=question,
                    lang=lang,
                    detail=signals.contact_detail,
                    organisations=owners,
                )
                return replace(answer, about=tuple(f"o_{o}" for o in owners))
            answer = c.quotes(question=question, lang=lang, quote_ids=tuple(m.id for m in speakers))
            return _about(answer, *speakers)
        if topics or any(m.kind != "region" for m in places):
            # Everything the bot knows is in Occitanie: naming it filters nothing, and beside
            # a department or a town it only says where that is.
            places = tuple(m for m in places if not (m.kind == "region" and m.id == OCCITANIE))
        places = self._settle_places(places)
        if places and topics and topics[0] is Intent.MAP:
            return _combine(
                [self._on_map(question=question, mention=m, lang=lang) for m in places[:MAX_PLACES]]
            )
        # « Chalon-sur-Saône fait partie d'un territoire ? » asks about the place, not the event.
        if places and not (topics and topics[0] in _NOT_ABOUT_PLACES and not place_question):
            communes = [m for m in places if m.kind == "commune"]
            laureates = [m for m in places if m.kind == "territory"]
            if len(communes) == 1 and len(laureates) == 1 and _RELATION.search(" ".join(words)):
                # « Mende fait-elle partie de Nord Lozère ? »: one answer, about that relation.
                asked = self.knowledge.territory(laureates[0].id)
                return self._place(question=question, mention=communes[0], lang=lang, asked=asked)
            perimeter = signals.asks_perimeter or asks_members(folded=" ".join(words))
            answers = [
                self._place(question=question, mention=m, lang=lang, perimeter=perimeter)
                for m in places[:MAX_PLACES]
            ]
            return _combine(answers)
        if extraction.candidates and not topics:
            return self._clarify(question=question, candidates=extraction.candidates, lang=lang)
        if topics:
            return self._topic(question=question, intent=topics[0], lang=lang, signals=signals)
        if place_question:
            return self._no_place_found(question=question, lang=lang, text=text, words=words)
        if signals.has(Intent.THANKS):
            return c.thanks(question=question, lang=lang)
        if signals.has(Intent.GREETING):
            return c.help(question=question, lang=lang, intent=Intent.GREETING)
        return c.out_of_scope(question=question, lang=lang)

    def _no_place_found(
        self, *, question: str, lang: Language, text: str, words: list[str]
    ) -> Answer:
        """« Ma commune est-elle lauréate ? » asks for the name; « Trucville est lauréat ? »
        admits not knowing the place; « les PME sont concernées ? » is not about a place."""
        named = [w for w in words if w not in STOPWORDS]
        if not named:
            return self._answers.ask_place(question=question, lang=lang)
        if _PLACE_WORDS.search(" ".join(words)) or re.search(r"(?<!^)\b[A-ZÀ-Ý]", text.strip()):
            return self._answers.unknown_place(question=question, lang=lang)
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

    def _topic(self, *, question: str, intent: Intent, lang: Language, signals: Signals) -> Answer:
        c = self._answers
        if intent is Intent.LIST or (
            intent is Intent.COUNTS and signals.list_filter is not ListFilter.ALL
        ):
            return c.listing(question=question, list_filter=signals.list_filter, lang=lang)
        if intent is Intent.CONTACTS:
            return c.contacts(question=question, lang=lang, detail=signals.contact_detail)
        if intent is Intent.HELP:
            return c.help(question=question, lang=lang)
        if intent is Intent.MAP:
            return c.regional_map(question=question, lang=lang)
        if intent is Intent.BENEFITS and signals.has(Intent.LAUREATE) and signals.has(Intent.LIST):
            return c.listing(question=question, list_filter=signals.list_filter, lang=lang)
        composers = {
            Intent.PROGRAMME: c.programme,
            Intent.AXES: c.axes,
            Intent.BENEFITS: c.benefits,
            Intent.FUNDING: c.funding,
            Intent.PARTNERS: c.partners,
            Intent.ENGINEERING: c.engineering,
            Intent.SELECTION: c.selection,
            Intent.GOVERNANCE: c.governance,
            Intent.QUOTES: c.quotes,
            Intent.ANNOUNCEMENT: c.announcement,
            Intent.COUNTS: c.counts,
            Intent.PRESS_KIT: c.press_kit,
            Intent.APPLICATION: c.application,
        }
        return composers[intent](question=question, lang=lang)

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

    def _on_map(self, *, question: str, mention: Mention, lang: Language) -> Answer:
        """« Alès sur la carte », « carte du Tarn »: the map of a laureate or a department;
        any other place gets its usual answer."""
        if mention.kind == "territory":
            territory = self.knowledge.territory(mention.id)
            return self._answers.territory_map(question=question, territory=territory, lang=lang)
        if mention.kind == "department":
            return self._answers.department_map(question=question, code=mention.id, lang=lang)
        return self._place(question=question, mention=mention, lang=lang)

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
            if kind == TERRITORY_KIND:
                return c.territory_map(question=question, territory=k.territory(ident), lang=lang)
            if kind == DEPARTMENT_KIND and ident in k.departments:
                return c.department_map(question=question, code=ident, lang=lang)
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
        intent = _TOPIC_INTENTS.get(topic)
        if intent is None:
            return None
        signals = Signals(
            scores={},
            list_filter=ListFilter.ALL,
            contact_detail=ContactDetail.ALL,
        )
        return self._topic(question=question, intent=intent, lang=lang, signals=signals)


# Topics a place narrows down (« combien de lauréats à Albi ? »): communes are looked for.
_REFINED_BY_PLACES = frozenset({Intent.PROGRAMME, Intent.LIST, Intent.COUNTS})

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
    }
)


def _combine(answers: list[Answer]) -> Answer:
    """Several places in one question: every one answered, in the order asked."""
    if len(answers) == 1:
        return answers[0]
    first = answers[0]
    return replace(
        first,
        text="\n\n".join(a.text for a in answers),
        title=" · ".join(a.title for a in answers),
        territories=tuple(dict.fromkeys(t for a in answers for t in a.territories)),
        national_territories=tuple(
            dict.fromkeys(t for a in answers for t in a.national_territories)
        ),
        confidence=min(a.confidence for a in answers),
        sources=tuple(dict.fromkeys(s for a in answers for s in a.sources)),
        buttons=tuple(dict.fromkeys(b for a in answers for b in a.buttons))[:8],
        emphasis=tuple(dict.fromkeys(e for a in answers for e in a.emphasis)),
        about=tuple(dict.fromkeys(k for a in answers for k in a.about)),
        intent=Intent.LAUREATE
        if any(a.intent is Intent.LAUREATE for a in answers)
        else first.intent,
    )


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
