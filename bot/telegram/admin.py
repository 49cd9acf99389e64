"""Commands for the press office only: /stats and /reload, and the gate in front of them."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import ContextTypes

from bot.errors import KnowledgeError
from bot.holder import EngineHolder
from bot.questionlog import QuestionLog
from bot.stats import stats_elsewhere
from bot.telegram.context import ADMINS, HOLDER, QUESTION_LOG
from bot.telegram.handlers import unknown_command
from bot.telegram.render import MESSAGE_LIMIT

log = logging.getLogger(__name__)

STATS_FAILED = "Les statistiques n'ont pas pu être calculées (le journal du bot dit pourquoi)."


def is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    user = update.effective_user
    admins: frozenset[int] = context.bot_data.get(ADMINS, frozenset())
    return user is not None and user.id in admins


Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


def admin_only(handler: Handler) -> Handler:
    """Anyone not in TELEGRAM_ADMIN_IDS gets the reply for an unknown command."""

    @functools.wraps(handler)
    async def gated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if is_admin(update, context):
            await handler(update, context)
        else:
            await unknown_command(update, context)

    return gated


@admin_only
async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Counts of the last 7 and 30 days and the most asked unanswered questions."""
    message = update.effective_message
    if message is None:
        return
    question_log: QuestionLog = context.bot_data[QUESTION_LOG]

    async def compute_and_reply() -> None:
        try:
            text = await stats_elsewhere(path=question_log.path)
        except Exception:  # the reply must go out whatever broke
            log.exception("/stats could not be computed")
            text = STATS_FAILED
        await message.reply_text(f"{text}\n\n{health_line(question_log)}", do_quote=False)

    # Seconds of work, not held as an update in hand: the poller acknowledges updates in
    # order, and one slow update would hold back the acknowledgement of all the others.
    context.application.create_task(compute_and_reply(), update=update)


def health_line(question_log: QuestionLog) -> str:
    health = question_log.health()
    since = f"{health.recorded} enregistrées, {health.lost} perdues depuis le démarrage"
    if health.ok:
        return f"Journal des questions : en service ({since})."
    return f"⚠️ Journal des questions en échec ({since}) : {health.detail}"


@admin_only
async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Loads the edited knowledge; if it is invalid, keeps answering with the old one."""
    message = update.effective_message
    if message is not None:
        report = await reload_knowledge(context.bot_data[HOLDER])
        await message.reply_text(report[:MESSAGE_LIMIT], do_quote=False)


async def reload_knowledge(holder: EngineHolder) -> str:
    try:
        engine = await asyncio.to_thread(holder.reload)
    except KnowledgeError as error:
        log.warning(
            "reload refused, the previous knowledge stays in use: %d problems", len(error.issues)
        )
        problems = "\n".join(f"• {issue}" for issue in error.issues)
        return f"Connaissances invalides, les précédentes restent en service :\n{problems}"
    log.info("knowledge reloaded: %d laureates", len(engine.knowledge.territories))
    return f"Connaissances rechargées : {len(engine.knowledge.territories)} lauréats."
