"""What a question's words ask, decided: help, another subject, its parts answered apart,
or its topics and the places, people and quotes it names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.answer import Answer
from bot.answers import OCCITANIE, Composer
from bot.answers.choice import ACCEPT, ACCEPT_OVER_PLACE, ACCEPT_PART, NEAR, Choice, choose
from bot.answers.combine import about, combine, combine_parts, combine_topics
from bot.answers.subjects import Subjects
from bot.knowledge.load import Knowledge
from bot.knowledge.perimeters import asks_members
from bot.normalize import clean, fold
from bot.understanding.cues import PLACE_WORDS, RELATION
from bot.understanding.intents import Details, Intent, read_details
from bot.understanding.landmarks import aside_starts, landmark_starts
from bot.understanding.language import Language, detect
from bot.understanding.matching import Matcher
from bot.understanding.mentions import Extraction, Kind, Mention
from bot.understanding.outright import OF_THE_PROGRAMME
from bot.understanding.topics import Reading, TopicIndex

# Questions naming more places than this get the first ones: an answer stays readable.
MAX_PLACES = 5
_HELP_WORDS = frozenset({"aide", "help", "menu", "commandes", "commands", "aide moi", "help me"})
_PLACE_KINDS: tuple[Kind, ...] = ("territory", "department", "region", "commune", "epci")
# Parts of a question not answered on their own: they need the rest to mean anything.
_NOT_A_PART = frozenset({Intent.CLARIFY, Intent.EMPTY, Intent.GREETING, Intent.THANKS, Intent.HELP})
# Topics never offered as « Vouliez-vous dire »: they answer nothing on their own.
_NOT_OFFERED = _NOT_A_PART | {Intent.LAUREATE, Intent.OUT_OF_SCOPE, Intent.NOT_IN_RELEASE}
# « il n'y a aucun lauréat en Lozère, c'est bien ça ? »: a claim that there is none.
_DENIED = re.compile(r"\b(?:aucun|aucune|n y a pas|n a pas|no laureates?|none|not a single)\b")
_WHY_OR_HOW = re.compile(r"\b(?:pourquoi|pk|pq|why|comment|how)\b")
# (« il y en a combien dans le Gers ? » asks how many, not whether.)
_ASKS_WHICH = re.compile(
    r"\b(?:quels|quelles|quel|quelle|lesquels|lesquelles|liste\w*|noms|which|list|names"
    r"|combien|cb|how many)\b"
)
_PUNCTUATION = re.compile(r"[\s?!.…¿]+")
# SQL pasted as a question asks nothing of the release.
_CODE = re.compile(r"\b(?:SELECT|INSERT|UPDATE|DELETE|DROP)\b[^?]*\b(?:FROM|INTO|TABLE|SET)\b")

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
# Words that stress a yes/no question and change nothing it asks.
_STRESSING = frozenset(
    ["bien", "vraiment", "reellement", "effectivement", "aussi", "really", "actually", "also"]
)
# Topics whose answer is not what a named speaker said: « le préfet et la Région pilotent ? ».
_NOT_ABOUT_SPEAKERS = frozenset({Intent.GOVERNANCE, Intent.SELECTION, Intent.NOT_IN_RELEASE})


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


class Decider:
    """Decides, from what the question's words say alone, which answer it gets."""

    def __init__(
        self,
        *,
        knowledge: Knowledge,
        composer: Composer,
        index: TopicIndex,
        subjects: Subjects,
        matcher: Matcher,
    ) -> None:
        self._knowledge = knowledge
        self._composer = composer
        self._index = index
        self._subjects = subjects
        self._matcher = matcher
        self._other_subjects = _other_subjects(knowledge)

    def literal(self, *, question: str) -> Answer:
        """What the question's words say, before the conversation layer reads it: the answer
        `ask` refines, and `reply` reads in its context."""
        text = clean(question)
        parts = self._index.parts(text=text)
        # (« Les Angles, c'est dans un TI ? »: a place named before a comma is what the rest
        # asks about, not a question of its own, whatever topic its words recall.)
        named = (
            len(parts) > 1
            and text[len(parts[0]) :].lstrip().startswith(",")
            and self._matcher.is_a_name(fold(parts[0]))
        )
        if len(parts) > 1 and not named:
            answered = self._parts(question=question, parts=parts)
            if answered is not None:
                return answered
        return self._ask_text(question=question, text=text)

    def _parts(self, *, question: str, parts: tuple[str, ...]) -> Answer | None:
        """« Figeac est dedans ? Et ça rapporte quoi ? »: each part that is clearly a
        question of its own answered alone, in the order asked; None if fewer than two."""
        found: list[Answer] = []
        for part in parts:
            folded = fold(part)
            best = self._index.read(folded=folded).best
            strong = best is not None and best.score >= ACCEPT_PART
            answer = self._ask_text(question=question, text=part)
            elsewhere = (strong and best is not None and best.topic == Intent.OUT_OF_SCOPE) or bool(
                self._other_subjects.search(folded)
            )
            if answer.intent in _NOT_A_PART or (
                answer.intent == Intent.OUT_OF_SCOPE and not elsewhere
            ):
                continue
            if answer.about or elsewhere or (strong and answer.intent != Intent.LAUREATE):
                found.append(answer)
        if any(a.intent == Intent.LAUREATE for a in found):
            # « Saint-Ambroix, c'est dans laquelle des deux ? »: which of the places is
            # asked, not the list of all fifteen.
            whole = len(self._knowledge.territories)
            found = [
                a for a in found if not (a.intent == Intent.LIST and len(a.territories) == whole)
            ]
        if any(a.intent == Intent.OUT_OF_SCOPE for a in found):
            # « Et Petites villes de demain, qui est lauréat ? »: the laureates of another
            # programme are out of scope too.
            found = [a for a in found if a.intent not in _ABOUT_LAUREATES]
        if len(found) < 2 or len({a.intent for a in found}) < len(found):
            # One part, or two of the same kind (« dans le Gard, quels lauréats ? »): the
            # question read whole says it better.
            return None
        return combine_parts(found)

    def _ask_text(self, *, question: str, text: str) -> Answer:
        folded = fold(text)
        words = folded.split()
        lexicon = self._knowledge.lexicon
        lang = detect(words=words, english=lexicon.english_words, french=lexicon.french_words)
        if not words:
            if _PUNCTUATION.fullmatch(text):
                # « ? » alone: something was meant, but what?
                return self._composer.rephrase(question=question, lang=lang)
            if text:
                return self._composer.out_of_scope(question=question, lang=lang)
            return self._composer.empty(question=question, lang=lang)
        if folded in _HELP_WORDS:
            return self._composer.help(question=question, lang=lang)
        if _CODE.search(text):
            return self._composer.out_of_scope(question=question, lang=lang)
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
            return self._composer.out_of_scope(question=question, lang=lang)
        reading = self._index.read(folded=folded)
        choice = choose(index=self._index, text=text, reading=reading)
        topics = choice.topics
        details = read_details(folded=folded)
        place_question = (
            Intent.LAUREATE in topics
            or bool(lexicon.laureate_cues.search(folded))
            or bool(PLACE_WORDS.search(folded))
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
        if answer.intent == Intent.OUT_OF_SCOPE and OF_THE_PROGRAMME.search(folded):
            # « Le ministre était-il présent à Chalon ? », « les aides du programme sont
            # cumulables avec France 2030 ? »: of the programme, which the sources do not
            # answer; not out of the domain.
            return self._subjects.topic(
                question=question,
                topic=Intent.NOT_IN_RELEASE,
                lang=lang,
                details=details,
                words=words,
                text=text,
            )
        if answer.intent == Intent.OUT_OF_SCOPE and Intent.OUT_OF_SCOPE not in choice.topics:
            near = [
                r.topic for r in reading.ranking if r.score >= NEAR and r.topic not in _NOT_OFFERED
            ][:2]
            if near:
                # Words of the programme, read not quite clearly enough: ask, rather than
                # call a question on the programme out of scope.
                return self._subjects.clarify_topics(
                    question=question, topics=tuple(near), lang=lang
                )
        return answer

    def _whether_any(self, answers: list[Answer], *, words: list[str]) -> list[Answer]:
        """« le Gers a-t-il des lauréats ? » asks yes or no, about the department; « il n'y a
        aucun lauréat en Lozère ? » is answered « Non » by the same list."""
        # (« l'Aveyron a vraiment un lauréat ? », « fait bien partie » ask the same.)
        said = " ".join(w for w in words if w not in _STRESSING)
        # (« pourquoi le Lot n'a pas son propre territoire ? » asks why, not whether.)
        denied = bool(_DENIED.search(said)) and not _WHY_OR_HOW.search(said)
        if not (self._knowledge.lexicon.yes_no_cues.search(said) or denied) or _ASKS_WHICH.search(
            said
        ):
            return answers
        c = self._composer
        return [
            c.affirmed(a, denied=denied)
            if a.intent == Intent.LIST and a.about and all(k[0] in "dr" for k in a.about)
            else a
            for a in answers
        ]

    def _decide(
        self,
        *,
        question: str,
        text: str,
        words: list[str],
        lang: Language,
        details: Details,
        choice: Choice,
        reading: Reading,
        extraction: Extraction,
        place_question: bool,
    ) -> Answer:
        c = self._composer
        wants_contacts = (
            Intent.CONTACTS in choice.topics or reading.score(Intent.CONTACTS) >= ACCEPT
        )
        if place_question and not wants_contacts:
            # « les lauréats de la région Occitanie »: the region, not its press office.
            extraction = self._matcher.as_places(extraction=extraction)
        places = extraction.of_kind(*_PLACE_KINDS)
        located = self._subjects.in_region(question=question, words=words, places=places, lang=lang)
        if located is not None:
            return located
        only_names = bool(places) and self._subjects.only_names(words, extraction)
        if (choice.topics and not only_names) or any(m.kind != "region" for m in places):
            # Everything the bot knows is in Occitanie: naming it filters nothing, and beside
            # a department or a town it only says where that is.
            places = tuple(m for m in places if not (m.kind == "region" and m.id == OCCITANIE))
        places = _not_aside(self._subjects.settle_places(places), words=words)
        topics = choice.topics
        if topics and topics[0] == Intent.MAP:
            named = self._subjects.map_named(
                question=question, words=words, places=places, lang=lang
            )
            if named is not None:
                return named
        if places and topics and topics[0] == Intent.MAP:
            return combine(
                [
                    self._subjects.on_map(question=question, mention=m, lang=lang)
                    for m in places[:MAX_PLACES]
                ]
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
            choice = Choice(topics=(), conversation=choice.conversation)
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
            return about(answer, *people, *organisations)
        if speakers and not (topics and topics[0] in _NOT_ABOUT_SPEAKERS):
            if wants_contacts:
                owners = tuple(
                    dict.fromkeys(self._knowledge.quote(m.id).organisation for m in speakers)
                )
                answer = c.contacts(
                    question=question,
                    lang=lang,
                    detail=details.contact_detail,
                    organisations=owners,
                )
                return replace(answer, about=tuple(f"o_{o}" for o in owners))
            answer = c.quotes(question=question, lang=lang, quote_ids=tuple(m.id for m in speakers))
            return about(answer, *speakers)
        if places and not (topics and topics[0] in _NOT_ABOUT_PLACES):
            # A town or an intercommunality, asked of a laureate.
            # (« aucamville a cote de toulouse c dans l'interdepartemental ? »: Toulouse only
            # says where Aucamville is.)
            marks = landmark_starts(" ".join(words))
            communes = [
                m
                for m in places
                if m.kind in {"commune", "epci"} and " ".join(words).find(m.words) not in marks
            ]
            laureates = [m for m in places if m.kind == "territory"]
            if len(communes) == 1 and len(laureates) == 1 and RELATION.search(" ".join(words)):
                # « Mende fait-elle partie de Nord Lozère ? »: one answer, about that relation.
                asked = self._knowledge.territory(laureates[0].id)
                return self._subjects.place(
                    question=question, mention=communes[0], lang=lang, asked=asked
                )
            answers = [
                self._subjects.place(question=question, mention=m, lang=lang, perimeter=members)
                for m in places[:MAX_PLACES]
            ]
            return combine(self._whether_any(answers, words=words))
        if extraction.candidates and _asks_of_a_place(topics, words):
            return self._subjects.clarify(
                question=question, candidates=extraction.candidates, lang=lang
            )
        if choice.between:
            return self._subjects.clarify_topics(
                question=question, topics=choice.between, lang=lang
            )
        if topics:
            return combine_topics(
                [
                    self._subjects.topic(
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
            return self._subjects.no_place_found(
                question=question, lang=lang, text=text, words=words
            )
        if choice.conversation == Intent.THANKS:
            return c.thanks(question=question, lang=lang)
        if choice.conversation == Intent.GREETING:
            return c.help(question=question, lang=lang, intent=Intent.GREETING)
        lexicon = self._knowledge.lexicon
        vague = lexicon.function_words | lexicon.question_words | lexicon.follow_up_words
        if all(w in vague for w in words):
            # « Et lui ? », « le deuxième », « oui »: a follow-up with nothing to refer to.
            return c.rephrase(question=question, lang=lang)
        return c.out_of_scope(question=question, lang=lang)


def _names_a_laureate_place(places: Sequence[Mention]) -> bool:
    return any(m.kind in ("territory", "commune", "department") for m in places)


def _asks_of_a_place(topics: Sequence[str], words: Sequence[str]) -> bool:
    """Whether a question naming a place by a typo asks of that place: which one is meant
    is then asked (« castelsarazin est dans quel territoire ? »)."""
    if not topics or topics[0] == Intent.LAUREATE:
        return True
    return topics[0] == Intent.LIST and bool(PLACE_WORDS.search(" ".join(words)))


def _not_aside(places: tuple[Mention, ...], *, words: list[str]) -> tuple[Mention, ...]:
    """The places asked of: not one set aside (« Roquemaure, celle du Gard (pas celle du
    Tarn) : … ? »), unless it is the only one."""
    said = " ".join(words)
    aside = aside_starts(said)
    asked = tuple(m for m in places if said.find(m.words) not in aside)
    return asked or places
