"""Maps on Telegram, end to end against the fake Bot API: /carte and « Voir sur la carte » send
a photo, uploaded once and then sent by file_id (across restarts too); a refused upload
falls back to the text answer."""

from __future__ import annotations

import json
import shutil
import signal
import time
from collections.abc import Iterator

import pytest

from bot.knowledge.load import DEFAULT_DIRECTORY
from bot.telegram.photos import PHOTOS_FILE
from tests.telegram import fake_bot_api as tg
from tests.telegram.fake_bot_api import FakeBotAPI, Fault, Upload
from tests.telegram.test_serve import Running, start


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    root = tmp_path_factory.mktemp("maps")
    knowledge, data, log = root / "knowledge", root / "data", root / "bot.log"
    shutil.copytree(DEFAULT_DIRECTORY, knowledge)
    with FakeBotAPI() as api:
        process = start(api, log, KNOWLEDGE_DIR=str(knowledge), DATA_DIR=str(data))
        api.wait_for("setMyCommands", timeout=30)
        yield Running(api=api, process=process, log=log, knowledge=knowledge, data=data)
        if process.poll() is None:
            process.kill()
            process.wait()


def photos(api: FakeBotAPI, chat_id: int) -> list[tg.Call]:
    return api.wait_for("sendPhoto", where={"chat_id": chat_id})


def test_carte_is_in_the_command_menu(bot: Running) -> None:
    (call,) = bot.api.wait_for("setMyCommands")
    assert "carte" in [c["command"] for c in call.params["commands"]]


def test_carte_uploads_the_map_once_then_sends_its_file_id(bot: Running) -> None:
    bot.api.push(tg.command("/carte", chat_id=301))
    (first,) = photos(bot.api, 301)
    assert isinstance(first.params["photo"], Upload)
    assert first.params["photo"].data.startswith(b"\x89PNG")
    assert "Les 15 lauréats" in first.params["caption"]
    assert first.params["parse_mode"] == "HTML"
    (file_id,) = bot.api.file_ids
    # (The bot keeps the file id once Telegram's reply reaches it, a moment after the fake
    # API records the upload: the next /carte is sent then, not before.)
    stored_at = bot.data / PHOTOS_FILE
    deadline = time.monotonic() + 10
    while file_id not in (stored_at.read_text() if stored_at.exists() else ""):
        assert time.monotonic() < deadline, "the file id was never kept"
        time.sleep(0.01)
    bot.api.push(tg.command("/carte", chat_id=302))
    (second,) = photos(bot.api, 302)
    assert second.params["photo"] == file_id
    assert len(bot.api.file_ids) == 1
    stored = json.loads((bot.data / PHOTOS_FILE).read_text())
    assert list(stored.values()) == [file_id]
    assert not bot.api.violations


def test_see_on_the_map_sends_the_laureates_map_with_its_card(bot: Running) -> None:
    bot.api.push(tg.private_text("Alès", chat_id=303))
    (card,) = bot.api.wait_for("sendMessage", where={"chat_id": 303})
    keys = [
        b["callback_data"] for row in card.params["reply_markup"]["inline_keyboard"] for b in row
    ]
    assert keys[0] == "mapt_ales"
    bot.api.push(tg.button_press("mapt_ales", chat_id=303, query_id="m303"))
    (photo,) = photos(bot.api, 303)
    assert isinstance(photo.params["photo"], Upload)
    assert "<b>Alès</b>" in photo.params["caption"]
    assert not bot.api.violations


def test_a_communes_map_is_sent_and_a_refused_file_id_is_dropped_and_uploaded_again(
    bot: Running,
) -> None:
    bot.api.push(tg.private_text("je suis à Saint-Ambroix", chat_id=306))
    (answer,) = bot.api.wait_for("sendMessage", where={"chat_id": 306})
    keys = [
        b["callback_data"] for row in answer.params["reply_markup"]["inline_keyboard"] for b in row
    ]
    assert "mapc_30227" in keys
    bot.api.push(tg.button_press("mapc_30227", chat_id=306, query_id="m306"))
    (first,) = photos(bot.api, 306)
    assert isinstance(first.params["photo"], Upload)
    assert "Saint-Ambroix" in first.params["caption"]
    known = set(bot.api.file_ids)
    # Telegram forgets the file: the stored file_id is refused, the map is uploaded again.
    bot.api.inject("sendPhoto", Fault("400"))
    bot.api.push(tg.button_press("mapc_30227", chat_id=307, query_id="m307"))
    bot.api.wait_for("sendPhoto", where={"chat_id": 307})
    sent = [
        c for c in bot.api.calls if c.method == "sendPhoto" and c.params["chat_id"] in (307, "307")
    ]
    assert [c.status for c in sent] == [400, 200]
    assert sent[0].params["photo"] in known
    assert isinstance(sent[1].params["photo"], Upload)
    stored = json.loads((bot.data / PHOTOS_FILE).read_text())
    assert sent[0].params["photo"] not in stored.values()


def test_a_refused_upload_falls_back_to_the_text_answer(bot: Running) -> None:
    bot.api.inject("sendPhoto", Fault("400"))
    bot.api.push(tg.button_press("mapd_46", chat_id=304, query_id="m304"))
    (text,) = bot.api.wait_for("sendMessage", where={"chat_id": 304})
    assert "Aurillac Figeac Rodez" in text.params["text"]
    refused = [c for c in bot.api.calls if c.method == "sendPhoto" and c.status == 400]
    assert refused


def test_file_ids_survive_a_restart(bot: Running) -> None:
    bot.process.send_signal(signal.SIGTERM)
    bot.process.wait(timeout=30)
    uploads = len(bot.api.file_ids)
    calls = len(bot.api.calls)
    process = start(
        bot.api,
        bot.log.with_name("again.log"),
        KNOWLEDGE_DIR=str(bot.knowledge),
        DATA_DIR=str(bot.data),
    )
    try:
        bot.api.wait_for("setMyCommands", count=2, timeout=30)
        bot.api.push(tg.command("/carte", chat_id=305))
        (photo,) = photos(bot.api, 305)
        assert photo.params["photo"] in bot.api.file_ids
        assert len(bot.api.file_ids) == uploads
        assert len(bot.api.calls) > calls
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def test_the_fake_api_refuses_an_unknown_file_id() -> None:
    with FakeBotAPI() as api:
        status, _ = api._answer("sendPhoto", {"chat_id": 1, "photo": "nope"}, 0.0)
    assert status == 400
