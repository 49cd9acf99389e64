"""The 👍/👎 buttons under an answer, and the question log they and unconfident answers feed."""

from __future__ import annotations

import asyncio
import secrets
from collections import OrderedDict
from dataclasses import dataclass

from telegram.ext import ContextTypes

from bot.answer import Answer, Button
from bot.questions.log import QuestionLog
from bot.telegram.context import QUESTION_LOG, RECENT

# Answers remembered for their 👍/👎 buttons; older buttons still get a thank-you.
RECENT_LIMIT = 2000
THANKS_FOR_FEEDBACK = "Merci pour votre avis !"


@dataclass(frozen=True)
class Asked:
    """An answer given in a chat, kept for what its 👎 button records."""

    answer: Answer
    chat_type: str
    user_id: int | None


def remember(context: ContextTypes.DEFAULT_TYPE, asked: Asked) -> tuple[Button, ...]:
    """The 👍/👎 buttons for an answer, keyed by a short reference to it."""
    recent: OrderedDict[str, Asked] = context.bot_data.setdefault(RECENT, OrderedDict())
    reference = secrets.token_hex(6)
    recent[reference] = asked
    while len(recent) > RECENT_LIMIT:
        recent.popitem(last=False)
    return (Button("👍", f"fb_up_{reference}"), Button("👎", f"fb_down_{reference}"))


def record_later(context: ContextTypes.DEFAULT_TYPE, asked: Asked, *, kind: str) -> None:
    """Records in a worker thread, after the reply: a slow or broken disk never delays it."""
    question_log: QuestionLog = context.bot_data[QUESTION_LOG]
    context.application.create_task(
        asyncio.to_thread(
            question_log.record,
            answer=asked.answer,
            chat_type=asked.chat_type,
            user_id=asked.user_id,
            kind=kind,
        )
    )


def recalled(context: ContextTypes.DEFAULT_TYPE, data: str) -> Asked | None:
    """The answer a 👍/👎 button was under, if it is still remembered."""
    recent: OrderedDict[str, Asked] = context.bot_data.get(RECENT, OrderedDict())
    return recent.get(data.rsplit("_", 1)[-1])
