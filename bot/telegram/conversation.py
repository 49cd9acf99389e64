"""Telegram conversations: one context per private chat, and per user within a group."""

from __future__ import annotations

import time
from collections.abc import Hashable

from telegram import Chat, User
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.answer import Answer
from bot.dialogue.conversations import ContextStore
from bot.engine import Engine
from bot.telegram.context import CONVERSATIONS


def conversation_key(chat: Chat, user: User | None) -> Hashable:
    """In a group, people talk over each other: each user's thread is their own."""
    if chat.type == ChatType.PRIVATE or user is None:
        return ("chat", chat.id)
    return ("user", chat.id, user.id)


def store_of(context: ContextTypes.DEFAULT_TYPE) -> ContextStore:
    store: ContextStore = context.bot_data[CONVERSATIONS]
    return store


def converse(
    context: ContextTypes.DEFAULT_TYPE, engine: Engine, *, key: Hashable, question: str
) -> Answer:
    """The answer to a typed question in its conversation, whose context it updates."""
    store, now = store_of(context), time.monotonic()
    turn = engine.reply(question=question, context=store.get(key, now=now), now=now)
    store.put(key, turn.context, now=now)
    return turn.answer


def converse_key(
    context: ContextTypes.DEFAULT_TYPE, engine: Engine, *, key: Hashable, answer_key: str
) -> Answer | None:
    """A button or command, read as if its question had been typed; None for a stale key."""
    store, now = store_of(context), time.monotonic()
    turn = engine.reply_key(key=answer_key, context=store.get(key, now=now), now=now)
    if turn is None:
        return None
    store.put(key, turn.context, now=now)
    return turn.answer
