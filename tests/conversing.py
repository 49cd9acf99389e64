"""A conversation held with the engine in tests: each question in turn, the context passed on."""

from __future__ import annotations

from bot.answer import Answer
from bot.dialogue.context import NO_CONTEXT, Context
from bot.engine import Engine

# Seconds between two turns: well within a conversation's expiry.
GAP = 20.0


def talk(engine: Engine, *questions: str) -> list[Answer]:
    """The answers to the questions asked one after the other."""
    context: Context = NO_CONTEXT
    answers = []
    for at, question in enumerate(questions):
        reply = engine.reply(question=question, context=context, now=GAP * at)
        context = reply.context
        answers.append(reply.answer)
    return answers


def talk_texts(engine: Engine, *questions: str) -> list[str]:
    """The answers' texts to the questions asked one after the other."""
    return [answer.text for answer in talk(engine, *questions)]
