"""End to end on the fake Bot API: conversations keep their context, per chat and per user."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest

from bot.telegram.config import read_config
from tests.telegram import fake_bot_api as tg
from tests.telegram.fake_bot_api import TOKEN, FakeBotAPI

EXPIRY = 3.0


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FakeBotAPI]:
    root = tmp_path_factory.mktemp("conversation")
    log = (root / "bot.log").open("w")
    with FakeBotAPI() as fake:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve"],
            env={
                **os.environ,
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_API_BASE_URL": fake.base_url,
                "DATA_DIR": str(root / "data"),
                "CONVERSATION_EXPIRY_SECONDS": str(EXPIRY),
            },
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        fake.wait_for("setMyCommands", timeout=30)
        yield fake
        process.terminate()
        process.wait(timeout=15)
    log.close()


def said(api: FakeBotAPI, chat_id: int, count: int) -> str:
    """The text of the `count`-th message sent to the chat (1-based), once it is there."""
    calls = api.wait_for("sendMessage", count=count, where={"chat_id": chat_id})
    return str(calls[count - 1].params["text"])


def from_user(update: dict[str, Any], user_id: int) -> dict[str, Any]:
    update["message"]["from"] = {"id": user_id, "is_bot": False, "first_name": f"U{user_id}"}
    return update


def test_a_private_conversation_follows_up(api: FakeBotAPI) -> None:
    chat = 501
    api.push(tg.private_text("les lauréats du Tarn", chat_id=chat))
    assert "Albigeois" in said(api, chat, 1)
    api.push(tg.private_text("lesquels sont nouveaux ?", chat_id=chat))
    new = said(api, chat, 2)
    assert new.startswith("2 lauréats nouveaux dans le Tarn (81)")
    api.push(tg.private_text("le premier", chat_id=chat))
    assert "<b>Albigeois</b>" in said(api, chat, 3)
    api.push(tg.private_text("depuis quand ?", chat_id=chat))
    assert "deuxième phase" in said(api, chat, 4)
    assert not api.violations


def test_two_users_in_one_group_keep_their_own_threads(api: FakeBotAPI) -> None:
    group = -502
    mention = f"@{tg.USERNAME}"
    api.push(from_user(tg.group_text(f"{mention} Alès", chat_id=group), 1))
    said(api, group, 1)
    api.push(from_user(tg.group_text(f"{mention} Nord Lozère", chat_id=group), 2))
    said(api, group, 2)
    # Each replies to the bot: « est-il nouveau ? » is about their own laureate.
    api.push(from_user(tg.group_text("est-il nouveau ?", chat_id=group, reply_to_bot=True), 1))
    assert said(api, group, 3).startswith("Non : « <b>Alès</b> » n'est pas un nouveau")
    api.push(from_user(tg.group_text("est-il nouveau ?", chat_id=group, reply_to_bot=True), 2))
    assert said(api, group, 4).startswith("Oui : « <b>Nord Lozère</b> » est un nouveau")


def test_a_button_updates_the_context(api: FakeBotAPI) -> None:
    chat = 503
    api.push(tg.button_press("t_lacq", chat_id=chat, query_id="q503"))
    said(api, chat, 1)
    api.push(tg.private_text("il est interrégional ?", chat_id=chat))
    assert said(api, chat, 2).startswith("Oui : « <b>Lacq Pau Tarbes</b> » est un territoire")


def test_start_resets_the_conversation(api: FakeBotAPI) -> None:
    chat = 504
    api.push(tg.private_text("Alès", chat_id=chat))
    said(api, chat, 1)
    api.push(tg.command("/start", chat_id=chat))
    said(api, chat, 2)
    api.push(tg.private_text("est-il nouveau ?", chat_id=chat))
    assert said(api, chat, 3).startswith("De quel territoire parlez-vous ?")


def test_a_conversation_expires_after_silence(api: FakeBotAPI) -> None:
    chat = 505
    api.push(tg.private_text("Alès", chat_id=chat))
    said(api, chat, 1)
    time.sleep(EXPIRY + 0.5)
    api.push(tg.private_text("est-il nouveau ?", chat_id=chat))
    late = said(api, chat, 2)
    assert "30 minutes" in late and "De quel territoire parlez-vous ?" in late


def test_inline_mode_has_no_context(api: FakeBotAPI) -> None:
    api.push(tg.private_text("Alès", chat_id=42))
    said(api, 42, 1)
    api.push(tg.inline_query("est-il nouveau ?", query_id="iq506"))
    (answered,) = api.wait_for("answerInlineQuery", where={"inline_query_id": "iq506"})
    titles = [r["title"] for r in answered.params["results"]]
    assert not any("Alès" in title for title in titles)


def test_the_expiry_is_read_from_the_environment() -> None:
    assert read_config({"TELEGRAM_BOT_TOKEN": TOKEN}).conversation_expiry == 30 * 60
    config = read_config({"TELEGRAM_BOT_TOKEN": TOKEN, "CONVERSATION_EXPIRY_SECONDS": "60"})
    assert config.conversation_expiry == 60
