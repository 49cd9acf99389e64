"""Builds the Telegram Application and runs it by long polling or webhook."""

from __future__ import annotations

import asyncio
import logging
import signal
from urllib.parse import urlparse

from telegram import Bot, Update
from telegram.error import InvalidToken, NetworkError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.conversations import ContextStore
from bot.engine import Engine
from bot.errors import ConfigError
from bot.holder import EngineHolder
from bot.knowledge import load_knowledge
from bot.questionlog import QUESTION_LOG_FILE, QuestionLog
from bot.telegram import admin, handlers
from bot.telegram.config import Config, read_config
from bot.telegram.context import ADMINS, CONVERSATIONS, HOLDER, LOG_QUESTIONS, QUESTION_LOG
from bot.telegram.logs import setup_logging

log = logging.getLogger(__name__)

# Start-up tolerates an unreachable API this many times, waiting longer each time.
START_ATTEMPTS = 4
START_BACKOFF_SECONDS = 0.5
# A 429 is retried after its retry_after this many times before the message is given up.
FLOOD_RETRIES = 3


def build_application(*, config: Config, holder: EngineHolder) -> Application:  # type: ignore[type-arg]
    """The Application `serve` runs, also run by the end-to-end tests against a fake Bot API."""
    application = (
        Application.builder()
        .token(config.token)
        .base_url(f"{config.api_base_url}/bot")
        .base_file_url(f"{config.api_base_url}/file/bot")
        .rate_limiter(AIORateLimiter(max_retries=FLOOD_RETRIES))
        .post_init(_post_init)
        .build()
    )
    application.bot_data[HOLDER] = holder
    application.bot_data[ADMINS] = config.admin_ids
    application.bot_data[LOG_QUESTIONS] = config.log_questions
    application.bot_data[CONVERSATIONS] = ContextStore(expiry=config.conversation_expiry)
    application.bot_data[QUESTION_LOG] = QuestionLog(
        path=config.data_dir / QUESTION_LOG_FILE, retention_days=config.retention_days
    )
    add_handlers(application)
    return application


def add_handlers(application: Application) -> None:  # type: ignore[type-arg]
    private = filters.ChatType.PRIVATE
    new_message = filters.UpdateType.MESSAGE
    commands = [
        CommandHandler("start", handlers.start, filters=new_message),
        CommandHandler([*handlers.COMMANDS, "help"], handlers.command, filters=new_message),
        CommandHandler("stats", admin.stats, filters=new_message),
        CommandHandler("reload", admin.reload, filters=new_message),
        # Last of the commands: whatever none of the above knows.
        MessageHandler(new_message & filters.COMMAND, handlers.unknown_command),
    ]
    application.add_handlers(commands)
    application.add_handlers(
        [
            MessageHandler(new_message & filters.TEXT & ~filters.COMMAND, handlers.text),
            CallbackQueryHandler(handlers.button),
            InlineQueryHandler(handlers.inline),
            MessageHandler(filters.UpdateType.EDITED_MESSAGE & private, handlers.edited),
            MessageHandler(new_message & private & ~filters.TEXT, handlers.not_text),
        ]
    )
    application.add_error_handler(handlers.error)


async def _post_init(application: Application) -> None:  # type: ignore[type-arg]
    await application.bot.set_my_commands(handlers.MENU)
    holder: EngineHolder = application.bot_data[HOLDER]
    # SIGHUP reloads the knowledge, like /reload, for whoever runs the process.
    asyncio.get_running_loop().add_signal_handler(
        signal.SIGHUP, lambda: application.create_task(admin.reload_knowledge(holder))
    )


async def check_token(*, config: Config) -> str:
    """The bot's username; ConfigError if the API rejects the token or stays unreachable."""
    delay = START_BACKOFF_SECONDS
    for attempt in range(1, START_ATTEMPTS + 1):
        try:
            async with Bot(config.token, base_url=f"{config.api_base_url}/bot") as bot:
                return bot.username
        except InvalidToken as error:
            raise ConfigError(
                "the Bot API rejected TELEGRAM_BOT_TOKEN (check it with BotFather)"
            ) from error
        except (NetworkError, TimedOut) as error:
            if attempt == START_ATTEMPTS:
                raise ConfigError(
                    f"the Bot API at {config.api_base_url} is unreachable after {attempt} attempts"
                ) from error
            log.warning(
                "Bot API unreachable (attempt %d of %d), retrying in %.1f s",
                attempt,
                START_ATTEMPTS,
                delay,
            )
            await asyncio.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")


def serve() -> int:
    config = read_config()
    setup_logging(
        level=config.log_level, secrets=(config.token,), json_lines=config.log_format == "json"
    )
    holder = EngineHolder(
        engine=Engine(knowledge=load_knowledge(directory=config.knowledge_dir)),
        directory=config.knowledge_dir,
    )
    username = asyncio.run(check_token(config=config))
    log.info("starting as @%s", username)
    application = build_application(config=config, holder=holder)
    if config.webhook_url:
        application.run_webhook(
            listen=config.webhook_listen,
            port=config.webhook_port,
            url_path=urlparse(config.webhook_url).path.lstrip("/"),
            webhook_url=config.webhook_url,
            secret_token=config.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    application.bot_data[QUESTION_LOG].close()
    log.info("stopped")
    return 0
