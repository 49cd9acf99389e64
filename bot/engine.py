"""The question engine: question → folded text → subjects and frames, or topics → answer.

A façade over the pipeline's stages: the understanding reads a question, the answers
decide and write what it gets, and the dialogue reads it in a conversation's context."""

from __future__ import annotations

from bot.answer import Answer
from bot.answers import Composer
from bot.answers.combine import combine_parts
from bot.answers.deciding import Decider
from bot.answers.execute import Executor
from bot.answers.keys import KeyAnswers
from bot.answers.subjects import Subjects
from bot.dialogue.context import Context, Turn
from bot.dialogue.followup import FollowUps
from bot.knowledge.load import Knowledge
from bot.normalize import clean, fold
from bot.understanding.frame import Frame
from bot.understanding.learn import model_for
from bot.understanding.link import Linker
from bot.understanding.matching import Matcher
from bot.understanding.read import Reader
from bot.understanding.topics import Reading, TopicIndex, name_words, place_words

# Below this lead of the model's best reading over its second, a frame is not trusted to be
# computed: the topic answers read the question instead.
SURE_FRAME = 0.25


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
        subjects = Subjects(knowledge=knowledge, composer=composer)
        matcher = Matcher(knowledge=knowledge)
        self._decider = Decider(
            knowledge=knowledge,
            composer=composer,
            index=self._index,
            subjects=subjects,
            matcher=matcher,
        )
        linker = Linker(knowledge=knowledge, matcher=matcher)
        model = model_for(knowledge=knowledge, linker=linker)
        self._reader = (
            None if model is None else Reader(linker=linker, model=model, lexicon=knowledge.lexicon)
        )
        self._executor = Executor(knowledge=knowledge)
        self._keys = KeyAnswers(
            knowledge=knowledge,
            composer=composer,
            subjects=subjects,
            topic_ids=self._index.topic_ids,
        )
        self._followups = FollowUps(knowledge=knowledge, engine=self)

    def read(self, *, question: str) -> Reading:
        """How the question's words rank the topics (for `check` and the question log)."""
        return self._index.read(folded=fold(clean(question)))

    def ask(self, *, question: str) -> Answer:
        """A question on its own (no conversation)."""
        return self._followups.alone(question=question)

    def frames(self, *, question: str) -> tuple[Frame, ...]:
        """What the question asks, as frames; none without a model."""
        return () if self._reader is None else self._reader.read(question=question).frames

    def literal(self, *, question: str) -> Answer:
        """What the question's words say, before the conversation layer reads it: the answer
        `ask` refines, and `reply` reads in its context. Computed on the knowledge when
        every frame of the question can be; otherwise the topic answers decide."""
        computed = self._computed(question=question)
        return computed if computed is not None else self._decider.literal(question=question)

    def _computed(self, *, question: str) -> Answer | None:
        frames = self.frames(question=question)
        if any(frame.confidence < SURE_FRAME for frame in frames):
            return None
        answers = [self._executor.answer(question=question, frame=frame) for frame in frames]
        found = [answer for answer in answers if answer is not None]
        if not found or len(found) < len(answers):
            return None
        return found[0] if len(found) == 1 else combine_parts(found)

    def answer_key(self, *, key: str) -> Answer | None:
        """The answer a button or deep link stands for; None for an unknown or stale key."""
        return self._keys.answer_key(key=key)

    def reply(self, *, question: str, context: Context, now: float) -> Turn:
        """A turn of a conversation: the answer, read in the light of `context`, and the
        context to pass with the next question. `ask` stays stateless."""
        return self._followups.reply(question=question, context=context, now=now)

    def reply_key(self, *, key: str, context: Context, now: float) -> Turn | None:
        """A button pressed in a conversation: its answer, and the context it leaves."""
        return self._followups.reply_key(key=key, context=context, now=now)
