"""Builds the Telegram Application and runs it by long polling or webhook."""

from __future__ import annotations

import asyncio
import logging

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

from bot.engine import Engine
from bot.errors import ConfigError
from bot.holder import EngineHolder
from bot.knowledge import load_knowledge
from bot.telegram import handlers
from bot.telegram.config import Config, read_config
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
        .post_init(_register_menu)
        .build()
    )
    application.bot_data[handlers.HOLDER] = holder
    add_handlers(application)
    return application


def add_handlers(application: Application) -> None:  # type: ignore[type-arg]
    private = filters.ChatType.PRIVATE
    new_message = filters.UpdateType.MESSAGE
    application.add_handler(CommandHandler("start", handlers.start, filters=new_message))
    application.add_handler(
        CommandHandler([*handlers.COMMANDS, "help"], handlers.command, filters=new_message)
    )
    application.add_handler(
        MessageHandler(new_message & filters.TEXT & ~filters.COMMAND, handlers.text)
    )
    application.add_handler(CallbackQueryHandler(handlers.button))
    application.add_handler(InlineQueryHandler(handlers.inline))
    application.add_handler(
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & private, handlers.edited)
    )
    application.add_handler(
        MessageHandler(new_message & private & ~filters.TEXT, handlers.not_text)
    )
    application.add_error_handler(handlers.error)


async def _register_menu(application: Application) -> None:  # type: ignore[type-arg]
    await application.bot.set_my_commands(handlers.MENU)


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
    setup_logging(level=config.log_level, secrets=(config.token,))
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
            webhook_url=config.webhook_url,
            secret_token=config.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    log.info("stopped")
    return 0
