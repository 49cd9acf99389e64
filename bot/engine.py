"""The question engine: question → folded text → subjects and frames, or topics → answer.

A façade over the pipeline's stages: the understanding reads a question, the answers
decide and write what it gets, and the dialogue reads it in a conversation's context."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from bot.answer import Answer
from bot.answers import Composer, key
from bot.answers.chained import answered_in_turn
from bot.answers.choice import ACCEPT, ACCEPT_OVER_UNKNOWN, ACCEPT_OVER_UNSURE_UNKNOWN
from bot.answers.claims import Claims
from bot.answers.combine import combine_parts, distinct
from bot.answers.deciding import Decider
from bot.answers.execute import Executor
from bot.answers.keys import KeyAnswers
from bot.answers.subjects import Subjects
from bot.answers.topical import UNKNOWN_CARDS, answering, card_for, has_card, read_otherwise
from bot.dialogue.asked_sources import sources_asked
from bot.dialogue.context import Context, Turn
from bot.dialogue.following import Following
from bot.dialogue.followup import FollowUps
from bot.dialogue.kept import affirmed, carried, stood_for, with_what_came_before
from bot.dialogue.referents import Referents
from bot.knowledge.load import Knowledge
from bot.normalize import clean, fold
from bot.understanding.cues import read_cues
from bot.understanding.frame import Frame, names_a_place, on_its_own, placed_town
from bot.understanding.intents import Intent
from bot.understanding.link import Linker
from bot.understanding.matching import Matcher
from bot.understanding.outright import no_source_says
from bot.understanding.read import SURE, Reader
from bot.understanding.settled import PRESENT_DAY
from bot.understanding.statements import doubt_only
from bot.understanding.topics import Reading, TopicIndex, name_words, place_words

# Operations that ask for a number: a topic card that gives none does not answer them.
_QUANTITIES = frozenset(["count", "most", "least", "share"])
# What is to come, or is so today: a release of November 2023 cannot tell.
_FUTURE = re.compile(
    r"\b(?:prochaine?s?|next|future?s?|upcoming|troisieme phase|third phase|apres 2027"
    rf"|after 2027|sera|seront|will|{PRESENT_DAY})\b"
)
# What is asked of one place: a typo of its name makes the bot ask which is meant.
_OF_A_PLACE = frozenset(
    ["membership", "departments", "region", "communes", "members", "population", "status"]
)
# Readings that leave several requests to the topic answers, part by part: the sources'
# silence, the domain's edge.
_NOT_COMPUTED = frozenset(["unknown", "out_of_scope"])
# Below this, a reading is a guess, whatever the topic answers give.
_GUESS = 0.1
# A follow-up this short says too little to be read as leaving the domain.
_SHORT = 6
_WHY = re.compile(r"\b(?:pourquoi|pq|pk|why)\b")
# Below this, a reading of « not in the sources » yields to a card read fairly clearly.
_UNSURE_UNKNOWN = 0.5
# A topic this high in the words' ranking is one they lead to, for a yes/no claim.
_LED = 0.4
# What a question asks of the bot itself.
_ABOUT_ITSELF = frozenset(["sources", "help", "greeting", "thanks"])
# Answers about places, which a pronoun in a conversation may rightly lead to.
_PLACE_ANSWERS = frozenset([Intent.LAUREATE, Intent.LIST, Intent.COUNTS, Intent.CLARIFY])


class Engine:
    """Answers questions from one loaded knowledge base; build a new one to change knowledge."""

    def __init__(self, *, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self._index = TopicIndex(
            topics=knowledge.topics,
            lexicon=knowledge.lexicon,
            protected=place_words(knowledge),
            named=name_words(knowledge),
        )
        composer = Composer(knowledge=knowledge)
        self._composer = composer
        subjects = Subjects(knowledge=knowledge, composer=composer)
        self._subjects = subjects
        matcher = Matcher(knowledge=knowledge)
        self._decider = Decider(
            knowledge=knowledge,
            composer=composer,
            index=self._index,
            subjects=subjects,
            matcher=matcher,
        )
        # Training and the examples' schema load only to build an engine: a snapshot's
        # engine comes built.
        from bot.understanding.learn import model_for  # noqa: PLC0415

        linker = Linker(knowledge=knowledge, matcher=matcher)
        model = model_for(knowledge=knowledge, linker=linker)
        self._reader = (
            None
            if model is None
            else Reader(
                linker=linker, model=model, lexicon=knowledge.lexicon, places=knowledge.places
            )
        )
        self._executor = Executor(knowledge=knowledge, composer=composer)
        self._last_reading: tuple[str, tuple[Frame, ...]] = ("", ())
        self._last_computed: tuple[str, Answer | None] = ("", None)
        self._last_literal: tuple[str, Answer | None] = ("", None)
        self._keys = KeyAnswers(
            knowledge=knowledge,
            composer=composer,
            subjects=subjects,
            topic_ids=self._index.topic_ids,
        )
        self._claims = Claims(knowledge=knowledge, keys=self._keys)
        self._followups = FollowUps(knowledge=knowledge, engine=self)
        self._following = Following(
            executor=self._executor,
            referents=Referents(knowledge=knowledge),
            followups=self._followups,
            listing=self._listing,
            topics=self._words_reading,
        )

    def read(self, *, question: str) -> Reading:
        """How the question's words rank the topics (for `check` and the question log)."""
        return self._index.read(folded=fold(clean(question)))

    def _words_reading(self, question: str) -> Reading:
        # (A method, not a closure: the engine is pickled into its snapshot.)
        return self.read(question=question)

    def ask_topics(self, *, question: str) -> Answer:
        """The answer the topic answers give, without computing frames: what `check` holds
        topics.yaml's examples to."""
        return self._topic_answer(question=question)

    def ask(self, *, question: str) -> Answer:
        """A question on its own (no conversation)."""
        computed = self._computed(question=question)
        return computed if computed is not None else self._followups.alone(question=question)

    def frames(self, *, question: str) -> tuple[Frame, ...]:
        """What the question asks, as frames; none without a model."""
        if self._reader is None:
            return ()
        # A turn reads its question up to three times (alone, in context, as the literal
        # answer the conversation layer refines): the last reading is kept (a question is
        # never empty, so the initial « » matches none).
        last_question, last_frames = self._last_reading
        if last_question != question:
            last_frames = self._reader.read(question=question).frames
            self._last_reading = (question, last_frames)
        return last_frames

    def literal(self, *, question: str) -> Answer:
        """What the question's words say, before the conversation layer reads it: the answer
        `ask` refines, and `reply` reads in its context. Computed on the knowledge when
        every frame of the question can be; otherwise the topic answers decide."""
        computed = self._computed(question=question)
        return computed if computed is not None else self._topic_answer(question=question)

    def _computed(self, *, question: str) -> Answer | None:
        """The answer computed on the knowledge when the model is sure of every frame and
        each can be computed; kept with the reading, as a turn asks for it twice."""
        last_question, last_answer = self._last_computed
        if last_question == question:
            return last_answer
        answer = self._compute(question=question, frames=self.frames(question=question))
        self._last_computed = (question, answer)
        return answer

    def _computed_part(self, frame: Frame, *, question: str, several: bool) -> Answer | None:
        """A request computed, unless read unsurely or otherwise. (One of several requests is
        computed from its own words: « which has the fewest inhabitants? » ranks laureates,
        though the part before spoke of communes; « il regroupe combien d'intercos ? » asks
        nothing of the part before's towns.)"""
        if frame.confidence < SURE or self._read_otherwise(frame):
            return None
        own = (several or frame.preambled) and bool(frame.text)
        return self._executor.answer(question=frame.text if own else question, frame=frame)

    def _compute(self, *, question: str, frames: tuple[Frame, ...]) -> Answer | None:
        unknown = [frame for frame in frames if frame.ask == "unknown"]
        # (An amount for a place is none the sources give: « Lacq Pau Tarbes a reçu 10 M€ ? »)
        outside = [f for f in frames if f.ask in {"unknown", "out_of_scope", "funding"}]
        # (A place the question names counts, even one the model leaves out of the frame:
        # « quels projets financés à Castelnaudary ? » is not the envelope's card.)
        named = names_a_place(unknown)
        counted = any(frame.op in _QUANTITIES for frame in unknown)
        said = fold(question)
        if (
            len(outside) == 1 == len(frames)
            and 0 < outside[0].confidence < SURE
            and names_a_place(outside)
            and len(said.split()) > _SHORT
            and not _WHY.search(said)
        ):
            # Read, if unsurely, as something the sources do not hold about a place the
            # question names (« the phone number of the Alès project lead »), or as out of the
            # domain (« a hotel in Rodez? »): the place's card or list would answer another
            # question. (« I mean the Albigeois » says too little; why a place was chosen is its own.)
            literal = self._topic_answer(question=question)
            # (Nor would a card saying yes to another question: « du foncier dispo à
            # Saint-Chély ? » is no question of whether land is one of the axes.)
            verdict = literal.text.startswith(("Oui :", "Yes:"))
            if literal.intent in _PLACE_ANSWERS - {Intent.CLARIFY} or verdict:
                return self._executor.answer(question=question, frame=outside[0])
        unsure = max((frame.confidence for frame in unknown), default=0.0) < _UNSURE_UNKNOWN
        # (Unless the words themselves say what no source holds: « quel montant moyen ? ».)
        if (
            unknown
            and not no_source_says(said)
            and self._has_topic(question, places=named, counted=counted, unsure=unsure)
            and self._topic_guessed(question)
        ):
            # « quel budget ? » reads as unknown to the model, yet a topic says what is known
            # (the national envelope) and that the rest is not: the topic's answer says both;
            # and a laureate's answer says what is known of it.
            return None
        guessed = frames[0].candidates if len(frames) == 1 and not frames[0].about else ()
        if guessed and frames[0].ask in _OF_A_PLACE and frames[0].confidence >= SURE:
            # « Perpigan c'est lauréat ? »: a place asked of, named a typo away: which one?
            return self._subjects.clarify(
                question=question, candidates=guessed, lang=frames[0].lang
            )
        cues = read_cues(folded=fold(clean(question)))
        if len(frames) == 1 and frames[0].ask == "axes" and cues.axis and cues.rank is not None:
            # « le deuxième axe »: that axis, not all four.
            return self._followups.axis(question=question, rank=cues.rank, lang=frames[0].lang)
        town = placed_town(frames)
        if town is not None:
            # « Calmont, celui de l'Aveyron ? »: a town, and the department saying which of
            # its namesakes it is, asks nothing more: the town's answer.
            return self._keys.answer_key(key=key("c", town, frames[0].lang))
        several = len(frames) > 1
        answers = answered_in_turn(
            frames,
            answer=functools.partial(self._computed_part, question=question, several=several),
        )
        if len(answers) == 1 and answers[0] is None:
            # Not computed: the topic answers take it, unless they give a card of another
            # subject than the one read with confidence, or the question claims something
            # the card bears out or not.
            frame = frames[0]
            # (A preamble set aside is no part of the claim.)
            claim = frame.text if frame.preambled else question
            led = functools.partial(self._led, question=claim)
            # (« le troisième axe » picks an axis by its rank: no claim.)
            claimed = None if cues.axis else self._claims.claimed(frame, question=claim, led=led)
            if claimed is None and frame.confidence < SURE:
                return self._unsure(frame, question=question)
            if claimed is not None:
                return claimed
            literal = self._topic_answer(question=question)
            # (The whole list, when the reading narrows it, is no answer either.)
            whole = literal.intent == Intent.LIST and len(literal.territories) == len(
                self.knowledge.territories
            )
            # (Nor is asking which is meant.)
            unanswered = whole or literal.intent == Intent.CLARIFY
            narrowed = unanswered and bool(set(frame.filters) - {"region:Occitanie"})
            if frame.ask == "laureate" and (literal.intent not in _PLACE_ANSWERS or narrowed):
                # « combien de lauréats touchent les Hautes-Pyrénées ? » is the list answers',
                # whatever card its words lead to; « which are renewals? », the renewed ones'.
                listed = self._listing(replace(frame, op="list"), question=question)
                if listed is not None:
                    return listed
            return self._card(frame, literal, question=question)
        if len(frames) > 1:
            # (« combien de renouvelés et combien de nouveaux ? »: each list, which counts.)
            answers = [
                answer
                or (
                    self._listing(replace(frame, op="list"), question=frame.text)
                    if frame.confidence >= SURE
                    and frame.ask == "laureate"
                    and set(frame.filters) - {"region:Occitanie"}
                    else None
                )
                for answer, frame in zip(answers, frames, strict=True)
            ]
        if not any(answers) and (
            len(frames) == 1
            or (
                (
                    min(f.confidence for f in frames) < SURE
                    or any(f.ask in _NOT_COMPUTED for f in frames)
                )
                and not self._parts_read(frames)
            )
        ):
            # (Several requests each read surely are answered part by part even when none is
            # computed: the topic answers would read the whole as one. Not when one is read
            # as outside the sources: « Action cœur de ville, qui sont les lauréats ? » asks
            # of another programme's.)
            return None
        # A question asking several things: what cannot be computed is answered by the topic
        # answers, part by part, in the order asked.
        found = [answer or self._part(frame) for answer, frame in zip(answers, frames, strict=True)]
        return found[0] if len(found) == 1 else combine_parts(distinct(found))

    def _parts_read(self, frames: tuple[Frame, ...]) -> bool:
        """Each part of a question read on its own: surely as something computed or with a
        card, or, by its own topic answers, as what the sources do not say (« les 100 M€
        c'est pour quand ? et combien pour Castres ? »)."""
        return all(
            (f.confidence >= SURE and f.ask not in _NOT_COMPUTED)
            or (
                bool(f.text) and self._topic_answer(question=f.text).intent == Intent.NOT_IN_RELEASE
            )
            for f in frames
        )

    def _unsure(self, frame: Frame, *, question: str) -> Answer | None:
        """A frame read unsurely is computed only when the topic answers have nothing to
        give (« le communiqué ne le dit pas », « de quoi parlez-vous ? ») and it asks of
        the data: « tous sauf ceux du Tarn, ça en fait combien ? »."""
        if frame.ask == "out_of_scope" or frame.confidence < _GUESS:
            return None
        if frame.ask == "unknown":
            # (« Quand les 100 M€ seront-ils versés ? »: beyond the sources, unless a card.)
            return (
                None
                if self._topic_guessed(question)
                else self._executor.answer(question=question, frame=frame)
            )
        # (« existe depuis 2018 ? »: a year or a town stated is checked, however unsure.)
        if frame.op == "yesno" and (said := self._executor.listed(question=question, frame=frame)):
            return said
        literal = self._topic_answer(question=question)
        if literal.intent not in {Intent.NOT_IN_RELEASE, Intent.CLARIFY}:
            return None
        return self._executor.answer(question=question, frame=frame)

    def _topic_answer(self, *, question: str) -> Answer:
        """The topic answers' answer, kept for the question: a turn asks for it up to three
        times (to check a card, alone, and in its context)."""
        last_question, last_answer = self._last_literal
        if last_question == question and last_answer is not None:
            return last_answer
        frames = self.frames(question=question)
        # (A preamble set aside says nothing of what is asked: « Je dirige une PME près de
        # Rodez. Combien de lauréats en Occitanie ? » is the region's count.)
        asked = frames[0].text if len(frames) == 1 and frames[0].preambled else ""
        answer = replace(self._decider.literal(question=asked or question), question=question)
        self._last_literal = (question, answer)
        return answer

    def _part(self, frame: Frame) -> Answer:
        """A part of a question the executor cannot compute, from the topic answers."""
        literal = self._topic_answer(question=frame.text)
        found = self._card(frame, literal, question=frame.text) or literal
        if found.language != frame.lang:
            # (« what is Territoires d'industrie, and … ? »: the part reads as French by the
            # programme's name alone; the question is English.)
            english = "_en" if frame.lang == "en" else ""
            kept = self._keys.answer_key(key=f"topic_{found.intent}{english}")
            found = found if kept is None else replace(kept, question=frame.text)
        return found

    def _read_otherwise(self, frame: Frame) -> bool:
        """The topic answers read the words very clearly as another programme topic than
        the model does (« where is the press kit? » is no question of a place): theirs."""
        if not has_card(frame.ask) or frame.named:
            return False
        best = self.read(question=frame.text).best
        return (
            best is not None
            and best.score >= ACCEPT_OVER_UNKNOWN
            and read_otherwise(frame, topic=best.topic)
        )

    def _card(self, frame: Frame, literal: Answer, *, question: str) -> Answer | None:
        """The topic card of what `frame` asks when the topic answers' `literal` answer is
        about something else; None when it answers the frame."""
        card = card_for(frame, chosen=literal.intents or (literal.intent,))
        outside = literal.intent == Intent.OUT_OF_SCOPE and frame.ask not in _ABOUT_ITSELF
        if card is None or (outside and frame.confidence < 1):
            # (Words the topic answers find nothing of the domain in — « SELECT * FROM … » —
            # get a card of the programme only on a reading far surer than a guess; of the
            # bot itself, « tu tiens ça d'où ? », as any.)
            return None
        answer = self._keys.answer_key(key=f"topic_{card}" + ("_en" if frame.lang == "en" else ""))
        return None if answer is None else replace(answer, question=question)

    def _led(self, *, question: str) -> tuple[str, ...]:
        """The cards a question's words lead to: the topic answers' own, or, when they ask
        which is meant, the topics their words rank fairly high (« la phase va jusqu'en
        2027 ? » is the dates', though too unsure for the topic answers to give it)."""
        literal = self._topic_answer(question=question)
        chosen = literal.intents or (literal.intent,)
        if literal.intent != Intent.CLARIFY:
            return chosen
        ranked = tuple(r.topic for r in self.read(question=question).ranking if r.score >= _LED)
        return (*chosen, *ranked)

    def _topic_guessed(self, question: str) -> bool:
        """Whether the topic answers give a card, not « did you mean … ? »."""
        return self._topic_answer(question=question).intent != Intent.CLARIFY

    def _has_topic(
        self, question: str, *, places: bool, counted: bool, unsure: bool = False
    ) -> bool:
        """A topic reads the question clearly (a programme-wide topic only for a question
        naming no place: « quel budget ? » but not « combien de terrains à Béziers-Sète ? »;
        a card that gives no number never for « combien d'emplois ? »), or, asked why, the
        place answers answer it about a laureate (« pourquoi Figeac et pas Cahors ? » gets
        Figeac's laureate; « quelles usines à Castres ? » is unknown)."""
        best = self.read(question=question).best
        if _FUTURE.search(fold(question)) and (best is None or best.topic != Intent.OUT_OF_SCOPE):
            # « c'est quand la prochaine assemblée ? », « est-il toujours préfet ? »: what is
            # to come or is so today, no card holds; the last one's date would answer another
            # question.
            return False
        # (The less sure the model is that the sources do not say, the less clearly a card
        # must be read to say what they do: « le programme aide-t-il à former les
        # salariés ? » is the skills axis.)
        needed = ACCEPT_OVER_UNSURE_UNKNOWN if unsure else ACCEPT_OVER_UNKNOWN
        strong = best is not None and best.score >= needed and not counted
        if (
            not places
            and best is not None
            and best.score >= ACCEPT
            and (best.topic in UNKNOWN_CARDS or best.topic == Intent.COUNTS or strong)
        ):
            return True
        if not _WHY.search(fold(question)):
            return False
        # Why a place was chosen the release does not say; what it does say of the place is
        # the place's own answer.
        literal = self._topic_answer(question=question)
        return literal.intent == Intent.LAUREATE and bool(literal.territories)

    def answer_key(self, *, key: str) -> Answer | None:
        """The answer a button or deep link stands for; None for an unknown or stale key."""
        return self._keys.answer_key(key=key)

    def reply(self, *, question: str, context: Context, now: float) -> Turn:
        """A turn of a conversation: the answer, read in the light of `context`, and the
        context to pass with the next question. `ask` stays stateless."""
        live = not context.lapsed and not context.expired(now=now)
        rest = self.knowledge.lexicon.unconfirmed(fold(clean(question)))
        if rest is not None and live and context.last is not None:
            if not rest or doubt_only(rest):
                # « t'es sûr ? (j'ai lu le contraire) »: the last answer again, confirmed
                # from the sources.
                confirmed = self._composer.confirmed(context.last, question=question)
                return Turn(answer=confirmed, context=replace(context, at=now))
            # « t'es sûr ? aucun nouveau ? »: the rest is the question, which the doubt asks
            # yes or no (« c'est vrai, ça, un lauréat dans chaque département ? »).
            question = f"{rest}, {'right' if context.language == 'en' else 'vrai'} ?"
        turn = self._reply(question=question, context=context, now=now)
        if live and _unresolved(turn.answer):
            # « and the second biggest? » answered « outside what I know », or « not sure what
            # you mean »: what the conversation was about still is.
            return replace(turn, context=replace(context, at=now))
        # (« y a des usines qui ferment ? » answered « not in my sources »: of the same.)
        turn = carried(turn, read=self.frames(question=question), before=context.frames)
        return with_what_came_before(turn, context=context)

    def _reply(self, *, question: str, context: Context, now: float) -> Turn:
        frames = self.frames(question=question)
        sourced = sources_asked(
            question=question,
            frames=frames,
            context=context,
            now=now,
            composer=self._composer,
            lexicon=self.knowledge.lexicon,
        )
        if sourced is not None:
            return sourced
        if not context.lapsed and not context.empty and not context.expired(now=now):
            followed = self._following.follow(
                question=question, frames=frames, context=context, now=now
            )
            if followed is not None:
                return followed
        computed = self._computed(question=question)
        named = all("about" in frame.stated for frame in frames)
        fresh = context.empty or context.lapsed or context.expired(now=now)
        if computed is not None and fresh and named:
            # A first question that names what it asks of is answered as it would be alone:
            # nothing to refine it by (one that names nothing, « le troisième », is the
            # conversation layer's to ask about); the detail it asked (« nouveau ? ») is
            # carried to « et Figeac ? ».
            aspect = read_cues(folded=fold(clean(question))).aspect
            remembered = self._followups.remember(computed, aspect=aspect, now=now)
            return Turn(
                answer=computed, context=replace(remembered, frames=affirmed(frames, computed))
            )
        turn = self._followups.reply(question=question, context=context, now=now)
        if _unresolved(turn.answer) and not fresh:
            # « et parmi eux combien de renouvelés ? », which the conversation layer cannot
            # place: the frames can, counted by the list answers.
            counted = self._following.follow(
                question=question, frames=frames, context=context, now=now, listed=True
            )
            if counted is not None:
                return counted
        if (
            computed is None
            and not fresh
            and self._off_topic(frames, turn.answer, question=question)
        ):
            # « ça existe depuis quand ce truc ? » after the Préfecture's contacts: the
            # conversation layer's « ça » is the Préfecture, yet the sure reading asks the
            # programme's history, which the words alone answer.
            literal = self._topic_answer(question=question)
            remembered = self._followups.remember(literal, aspect="", now=now)
            return Turn(answer=literal, context=replace(remembered, frames=()))
        if (
            computed is not None
            and turn.answer != computed
            and (
                all("about" in frame.stated and on_its_own(frame) for frame in frames)
                or computed.intent == Intent.NOT_IN_RELEASE
            )
        ):
            # A ranking or a count over a list, whose question says what it is over, stands
            # on its own: the conversation layer would read it as a card's aspect; so does a
            # question naming what it asks of (« l'Albigeois, ça regroupe quelles
            # intercommunalités ? » after the Tarn's laureates), and one the sources do not
            # answer (« combien pour le Tarn sur les 100 M€ ? » is no count of its laureates).
            remembered = self._followups.remember(computed, aspect="", now=now)
            return Turn(
                answer=computed, context=replace(remembered, frames=affirmed(frames, computed))
            )
        if computed is not None:
            kept = affirmed(frames, computed) if computed == turn.answer else ()
        else:
            kept = stood_for(frames, turn.answer, before=context.frames)
        return replace(turn, context=replace(turn.context, frames=kept))

    def _off_topic(self, frames: tuple[Frame, ...], answer: Answer, *, question: str) -> bool:
        """Whether a conversation's answer is a card of another topic than the one a sure
        reading asks, and the words alone lead to one of that topic's cards."""
        if len(frames) != 1 or frames[0].confidence < SURE or not has_card(frames[0].ask):
            return False
        frame = frames[0]
        if answer.intent in _PLACE_ANSWERS:
            # (« when did it join? » after a laureate: the laureate's own answer.)
            return False
        if answering(frame.ask, chosen=answer.intents or (answer.intent,)) is not None:
            return False
        literal = self._topic_answer(question=question)
        return answering(frame.ask, chosen=literal.intents or (literal.intent,)) is not None

    def _listing(self, frame: Frame, *, question: str) -> Answer | None:
        """The list answer of the laureates of one place or status, which the executor
        leaves to the list answers: « lesquels ? » after « combien dans le Tarn ? »."""
        # All fifteen are in Occitanie: naming it narrows nothing.
        filters = tuple(f for f in frame.filters if f != "region:Occitanie")
        kind, _, value = (filters or ("",))[0].partition(":")
        # (A department's answer counts its laureates: « et dans l'Aude ? » after the Tarn's.)
        counted = frame.op == "count" and kind == "department" and len(frame.filters) == 1
        if (
            frame.about != ("laureates",)
            or len(filters) > 1
            or (frame.op not in {"list", "lookup"} and not counted)
        ):
            return None
        key = (
            f"d_{value}"
            if kind == "department"
            else f"topic_list-{value}"
            if kind == "status"
            else "topic_list-interregional"
            if kind == "interregional"
            else "topic_list"
            if not kind
            else ""
        )
        answer = (
            self._keys.answer_key(key=key + ("_en" if frame.lang == "en" else "")) if key else None
        )
        # (A button's own answer offers a button per laureate; a question's, eight at most.)
        return (
            None
            if answer is None
            else replace(answer, question=question, buttons=answer.buttons[:8])
        )

    def reply_key(self, *, key: str, context: Context, now: float) -> Turn | None:
        """A button pressed in a conversation: its answer, and the context it leaves."""
        return self._followups.reply_key(key=key, context=context, now=now)


def _unresolved(answer: Answer) -> bool:
    """An answer that settles nothing: out of the domain, or asking what is meant blindly."""
    # (Buttons to the programme's topics are no choice of what was meant.)
    choices = [b for b in answer.buttons if not b.key.startswith("topic_")]
    return answer.intent in {Intent.OUT_OF_SCOPE, Intent.CLARIFY} and not (
        answer.about or choices or answer.territories or answer.suggestions
    )
