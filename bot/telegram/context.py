"""What the handlers share through the application's bot_data, and how they read it."""

from __future__ import annotations

from telegram.ext import ContextTypes

from bot.engine import Engine
from bot.holder import EngineHolder

HOLDER = "engine_holder"
QUESTION_LOG = "question_log"
ADMINS = "admin_ids"
LOG_QUESTIONS = "log_questions"
SUMMARY = "summary"
RECENT = "recent_answers"
CONVERSATIONS = "conversations"
MAP_PHOTOS = "map_photos"
# The refusals of getUpdates (setWebhook in webhook mode), for /stats.
REFUSALS = "telegram_refusals"


def engine_of(context: ContextTypes.DEFAULT_TYPE) -> Engine:
    holder: EngineHolder = context.bot_data[HOLDER]
    return holder.engine
