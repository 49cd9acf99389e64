"""« d'où tu sors ça ? » after an answer: that answer's sources, then all of them, in the
conversation's language unless the words say another (« Source? » after English)."""

from __future__ import annotations

from dataclasses import replace

from bot.answers import Composer
from bot.dialogue.context import Context, Turn
from bot.knowledge.lexicon import Lexicon
from bot.normalize import clean, fold
from bot.understanding.frame import Frame
from bot.understanding.language import leaning
from bot.understanding.read import SURE


def sources_asked(
    *,
    question: str,
    frames: tuple[Frame, ...],
    context: Context,
    now: float,
    composer: Composer,
    lexicon: Lexicon,
) -> Turn | None:
    """The turn answering where the last answer comes from; None when not asked so, or
    with no answer before it in the conversation."""
    if (
        not frames
        or not all(frame.ask == "sources" and frame.confidence >= SURE for frame in frames)
        or context.last is None
        or context.expired(now=now)
    ):
        return None
    words = fold(clean(question)).split()
    lang = leaning(words=words, english=lexicon.english_words, french=lexicon.french_words)
    answer = composer.sources(
        question=question,
        lang=lang or context.language,
        last=context.last.sources,
        whether=frames[0].op == "yesno",
    )
    return Turn(answer=answer, context=replace(context, at=now))
