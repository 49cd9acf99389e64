"""Builds the Telegram Application and runs it by long polling or webhook."""

from __future__ import annotations

import asyncio
import functools
import gc
import logging
import signal
import ssl
from urllib.parse import urlparse

import httpx
from telegram import Bot
from telegram.error import NetworkError, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.dialogue.conversations import ContextStore
from bot.errors import ConfigError
from bot.heartbeat import Heartbeat
from bot.holder import EngineHolder
from bot.questions.log import QUESTION_LOG_FILE, QuestionLog
from bot.snapshot import load_engine, snapshot_key
from bot.telegram import admin, handlers
from bot.telegram.config import Config, read_config
from bot.telegram.context import (
    ADMINS,
    CONVERSATIONS,
    HOLDER,
    LOG_QUESTIONS,
    MAP_PHOTOS,
    QUESTION_LOG,
    REFUSALS,
    SUMMARY,
)
from bot.telegram.delivery import RetryingRateLimiter
from bot.telegram.logs import setup_logging
from bot.telegram.photos import PHOTOS_FILE, MapPhotos
from bot.telegram.polling import Poller
from bot.telegram.refusals import Refusals, StoppedError, keep_trying
from bot.telegram.summary import Summary
from bot.telegram.webhook import Webhook

log = logging.getLogger(__name__)

# Start-up tolerates an unreachable API this many times, waiting longer each time.
START_ATTEMPTS = 4
START_BACKOFF_SECONDS = 0.5


def build_application(*, config: Config, holder: EngineHolder) -> Application:  # type: ignore[type-arg]
    """The Application `serve` runs, also run by the end-to-end tests against a fake Bot API."""
    application = (
        Application.builder()
        .token(config.token)
        .base_url(f"{config.api_base_url}/bot")
        .base_file_url(f"{config.api_base_url}/file/bot")
        .rate_limiter(RetryingRateLimiter())
        .request(_request(connection_pool_size=256))
        # A stop cancels the long poll in flight; cancelled while its connection is being
        # opened, httpcore never frees that slot (encode/httpcore#1093), and with the one
        # slot of the default the last call, which acknowledges what was answered, fails.
        .get_updates_request(_request(connection_pool_size=2))
        # Polling and the webhook are this package's own (bot.telegram.polling, .webhook).
        .updater(None)
        .build()
    )
    application.bot_data[HOLDER] = holder
    application.bot_data[ADMINS] = config.admin_ids
    application.bot_data[LOG_QUESTIONS] = config.log_questions
    application.bot_data[SUMMARY] = Summary()
    application.bot_data[CONVERSATIONS] = ContextStore(expiry=config.conversation_expiry)
    application.bot_data[MAP_PHOTOS] = MapPhotos(path=config.data_dir / PHOTOS_FILE)
    application.bot_data[REFUSALS] = Refusals(
        call="setWebhook" if config.webhook_url else "getUpdates"
    )
    application.bot_data[QUESTION_LOG] = QuestionLog(
        path=config.data_dir / QUESTION_LOG_FILE,
        retention_days=config.retention_days,
        key=config.question_log_key,
    )
    add_handlers(application)
    return application


@functools.cache
def _tls() -> ssl.SSLContext:
    """One TLS context for every client of the Bot API: each costs some 20 ms to build
    (the bundle of certificate authorities parsed), and start-up builds four clients."""
    return httpx.create_ssl_context()


def _request(*, connection_pool_size: int) -> HTTPXRequest:
    """An HTTP client as python-telegram-bot builds it by default, with the shared TLS context."""
    return HTTPXRequest(connection_pool_size=connection_pool_size, httpx_kwargs={"verify": _tls()})


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


async def _post_init(application: Application, *, stop: asyncio.Event) -> None:  # type: ignore[type-arg]
    # A 429 or a 5xx here delays the start; it does not end it.
    await keep_trying(
        lambda: application.bot.set_my_commands(handlers.MENU),
        refusals=Refusals(call="setMyCommands"),
        stop=stop,
    )
    # SIGHUP reloads the knowledge, like /reload, for whoever runs the process.
    asyncio.get_running_loop().add_signal_handler(
        signal.SIGHUP, lambda: application.create_task(admin.reload_on_signal(application))
    )


async def check_token(*, config: Config) -> str:
    """The bot's username. ConfigError if the API rejects the token or stays unreachable; a
    429 or a 5xx (the API answers, but not now) is waited out however long it lasts."""
    refusals = Refusals(call="getMe")
    delay = START_BACKOFF_SECONDS
    attempt = 0
    while True:
        try:
            async with Bot(
                config.token,
                base_url=f"{config.api_base_url}/bot",
                request=_request(connection_pool_size=256),
                get_updates_request=_request(connection_pool_size=1),
            ) as bot:
                return bot.username
        except TelegramError as error:
            if not _unreachable(error):
                await asyncio.sleep(refusals.wait_after(error))  # ConfigError for the token
                continue
            attempt += 1
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


def _unreachable(error: TelegramError) -> bool:
    """No answer at all (refused, dropped, timed out), as opposed to an answer saying no."""
    return isinstance(error, NetworkError) and isinstance(error.__cause__, httpx.TransportError)


def _check_question_log(question_log: QuestionLog, *, keyed: bool) -> None:
    """A clear line at start about the question log; the bot answers whatever it says."""
    health = question_log.check()
    if health.ok:
        log.info("question log: %s", health.detail)
    else:
        log.warning("question log: cannot record questions (%s); answering anyway", health.detail)
    if not keyed:
        log.info("question log: no QUESTION_LOG_KEY, user hashes are keyed for this run only")


class _StopRequestedError(Exception):
    """SIGTERM or SIGINT before the event loop takes the signals over."""


def _stop_on_signal(signum: int, frame: object) -> None:
    raise _StopRequestedError


def serve() -> int:
    # First: as PID 1 in a container, a signal without a handler is ignored, and the start
    # (knowledge, token check) takes a while.
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, _stop_on_signal)
    try:
        config = read_config()
        setup_logging(
            level=config.log_level,
            secrets=(config.token,),
            json_lines=config.log_format == "json",
        )
        key = snapshot_key(directory=config.knowledge_dir)
        holder = EngineHolder(
            engine=load_engine(directory=config.knowledge_dir, key=key),
            directory=config.knowledge_dir,
            key=key,
        )
        # Out of the cyclic collector's sight, which would walk the engine's 400,000 objects
        # at each full pass; a reload hands them back to it (EngineHolder.reload).
        gc.freeze()
        return asyncio.run(_serve(config=config, holder=holder))
    except _StopRequestedError:
        log.info("stopped during start-up")
        return 0


async def _serve(*, config: Config, holder: EngineHolder) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    checking = asyncio.ensure_future(check_token(config=config))
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait({checking, stopping}, return_when=asyncio.FIRST_COMPLETED)
    if stop.is_set():
        checking.cancel()
        log.info("stopped during start-up")
        return 0
    stopping.cancel()
    log.info("starting as @%s", checking.result())
    application = build_application(config=config, holder=holder)
    _check_question_log(
        application.bot_data[QUESTION_LOG], keyed=config.question_log_key is not None
    )
    heartbeat = Heartbeat(path=config.heartbeat_file)
    refusals: Refusals = application.bot_data[REFUSALS]
    runner: Poller | Webhook
    if config.webhook_url:
        assert config.webhook_secret is not None  # read_config refuses a webhook without one
        runner = Webhook(
            application,
            listen=config.webhook_listen,
            port=config.webhook_port,
            path=urlparse(config.webhook_url).path.lstrip("/"),
            url=config.webhook_url,
            secret=config.webhook_secret,
            on_beat=heartbeat.beat,
            refusals=refusals,
        )
    else:
        runner = Poller(application, on_poll=heartbeat.beat, refusals=refusals)
    summary: Summary = application.bot_data[SUMMARY]
    await application.initialize()
    try:
        await _post_init(application, stop=stop)
        if not config.webhook_url:
            await keep_trying(
                application.bot.delete_webhook, refusals=Refusals(call="deleteWebhook"), stop=stop
            )
        await application.start()
        summarising = asyncio.create_task(summary.run(stop, every=config.log_summary_seconds))
        try:
            await runner.run(stop)
        finally:
            # Whatever state the runner was left in: the application stops before it shuts
            # down, and the last summary counts the answers sent during the stop.
            stop.set()
            if application.running:
                await application.stop()
            await summarising
            summary.finish()
    except StoppedError:
        log.info("stopped during start-up")
    finally:
        await application.shutdown()
        application.bot_data[QUESTION_LOG].close()
        heartbeat.clear()
    log.info("stopped")
    return 0
