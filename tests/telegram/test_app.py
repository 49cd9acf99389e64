"""The Application `serve` builds: limits and handlers as configured."""

from __future__ import annotations

from pathlib import Path

from telegram.ext import AIORateLimiter
from telegram.request import HTTPXRequest

from bot.engine import Engine
from bot.holder import EngineHolder
from bot.knowledge.load import DEFAULT_DIRECTORY
from bot.telegram.app import build_application
from bot.telegram.config import read_config
from bot.telegram.context import ADMINS, HOLDER
from bot.telegram.delivery import FLOOD_RETRIES
from tests.telegram.fake_bot_api import TOKEN


def test_flood_limits_are_telegrams_and_429s_are_retried(engine: Engine, tmp_path: Path) -> None:
    config = read_config(
        {"TELEGRAM_BOT_TOKEN": TOKEN, "DATA_DIR": str(tmp_path), "TELEGRAM_ADMIN_IDS": "7"}
    )
    application = build_application(
        config=config, holder=EngineHolder(engine=engine, directory=DEFAULT_DIRECTORY)
    )
    limiter = application.bot.rate_limiter
    assert isinstance(limiter, AIORateLimiter)
    assert limiter._base_limiter is not None
    assert limiter._base_limiter.max_rate == 30
    assert limiter._group_max_rate == 20
    assert limiter._group_time_period == 60
    # Room for the stop's last getUpdates beside a cancelled long poll (encode/httpcore#1093).
    get_updates = application.bot._request[0]
    assert isinstance(get_updates, HTTPXRequest)
    assert get_updates._client_kwargs["limits"].max_connections == 2
    assert limiter._max_retries == FLOOD_RETRIES
    assert application.bot_data[ADMINS] == {7}
    assert application.bot_data[HOLDER].engine is engine
