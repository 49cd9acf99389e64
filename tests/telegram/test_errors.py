"""An update whose handling fails unexpectedly: logged once, and the user still hears back."""

from __future__ import annotations

import asyncio
import logging
from types import SimpleNamespace

import pytest
from telegram import Bot, Update

from bot.telegram import handlers
from tests.telegram import fake_bot_api as tg
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI


def test_an_unexpected_error_is_logged_and_the_user_gets_an_apology(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def fail_on(api: FakeBotAPI) -> None:
        async with Bot(TOKEN, base_url=f"{api.base_url}/bot") as bot:
            update = Update.de_json({"update_id": 7, **tg.private_text("Alès", chat_id=77)}, bot)
            context = SimpleNamespace(bot_data={}, error=KeyError("since"))
            await handlers.error(update, context)  # type: ignore[arg-type]

    with FakeBotAPI() as api, caplog.at_level(logging.ERROR):
        asyncio.run(fail_on(api))
        (sent,) = api.wait_for("sendMessage", where={"chat_id": 77})
    assert sent.params["text"] == handlers.FAILED
    (logged,) = [r for r in caplog.records if "update 7: unexpected error" in r.getMessage()]
    assert logged.exc_info is not None
