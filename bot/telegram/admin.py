"""Commands for the press office only: /stats and /reload, and the gate in front of them."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application, ContextTypes

from bot.errors import KnowledgeError
from bot.holder import EngineHolder
from bot.questions.log import QuestionLog
from bot.questions.stats import stats_elsewhere
from bot.telegram.context import ADMINS, HOLDER, QUESTION_LOG, REFUSALS
from bot.telegram.handlers import unknown_command
from bot.telegram.refusals import Refusals
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
        lines = [text, health_line(question_log)]
        refusals: Refusals | None = context.bot_data.get(REFUSALS)
        if refusals is not None:
            lines.append(refusals_line(refusals))
        await message.reply_text("\n\n".join(lines), do_quote=False)

    # Seconds of work, not held as an update in hand: the poller acknowledges updates in
    # order, and one slow update would hold back the acknowledgement of all the others.
    context.application.create_task(compute_and_reply(), update=update)


def health_line(question_log: QuestionLog) -> str:
    health = question_log.health()
    since = f"{health.recorded} enregistrées, {health.lost} perdues depuis le démarrage"
    if health.ok:
        return f"Journal des questions : en service ({since})."
    return f"⚠️ Journal des questions en échec ({since}) : {health.detail}"


def refusals_line(refusals: Refusals) -> str:
    what = "Réception des messages" if refusals.call == "getUpdates" else "Webhook"
    if refusals.last is None:
        return f"{what} : aucun refus de Telegram depuis le démarrage."
    when = refusals.last.at.strftime("%d/%m/%Y à %H:%M:%S UTC")
    return (
        f"⚠️ {what} : {refusals.count} refus de Telegram depuis le démarrage, "
        f"le dernier le {when} ({refusals.last.reason})."
    )


@admin_only
async def reload(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Loads the edited knowledge; if it is invalid, keeps answering with the old one."""
    message = update.effective_message
    if message is not None:
        report = await reload_knowledge(context.bot_data[HOLDER])
        await message.reply_text(report[:MESSAGE_LIMIT], do_quote=False)


async def reload_knowledge(holder: EngineHolder) -> str:
    """Reloads, logs the outcome (each problem as `file:line: field: message`), and returns
    the report for the admins."""
    try:
        engine = await asyncio.to_thread(holder.reload)
    except KnowledgeError as error:
        log.warning(
            "reload refused, the previous knowledge stays in use: %d problems", len(error.issues)
        )
        for issue in error.issues:
            log.warning("reload refused: %s", issue)
        problems = "\n".join(f"• {issue}" for issue in error.issues)
        return f"Connaissances invalides, les précédentes restent en service :\n{problems}"
    log.info("knowledge reloaded: %d laureates", len(engine.knowledge.territories))
    return f"Connaissances rechargées : {len(engine.knowledge.territories)} lauréats."


async def reload_on_signal(application: Application) -> None:  # type: ignore[type-arg]
    """A SIGHUP's reload, whose report goes to every admin: nobody asked in a chat."""
    report = await reload_knowledge(application.bot_data[HOLDER])
    admins: frozenset[int] = application.bot_data.get(ADMINS, frozenset())
    for admin in sorted(admins):
        try:
            await application.bot.send_message(
                chat_id=admin, text=f"Rechargement (SIGHUP) : {report}"[:MESSAGE_LIMIT]
            )
        except TelegramError as error:  # an admin who never opened a chat with the bot
            log.warning("the reload report could not reach admin %d: %s", admin, error)
