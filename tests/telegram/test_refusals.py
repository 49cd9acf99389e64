"""End to end: `serve` stays up whatever Telegram answers, and says what happened, once.

One process goes through the scenarios in order, as an operator's bot would meet them: a 429
on setMyCommands at start, a 429 and three 409s on getUpdates, a 409 that lasts 30 seconds,
a reload by SIGHUP with invalid knowledge, /stats, and at last a token revoked while it polls.
"""

from __future__ import annotations

import shutil
import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.knowledge.load import DEFAULT_DIRECTORY
from tests.telegram import fake_bot_api as tg
from tests.telegram.fake_bot_api import FakeBotAPI, Fault
from tests.telegram.test_delivery import wait_until
from tests.telegram.test_serve import start, start_webhook

ADMIN = 4343
CONFLICT_HELP = "another copy of the bot is polling with this token"


@dataclass
class Bot:
    api: FakeBotAPI
    process: object
    log: Path
    knowledge: Path

    def text(self) -> str:
        return self.log.read_text()

    def alive(self) -> bool:
        return self.process.poll() is None  # type: ignore[attr-defined]

    def answers(self, question: str, *, chat_id: int, timeout: float = 30) -> str:
        self.api.push(tg.private_text(question, chat_id=chat_id))
        (sent,) = self.api.wait_for("sendMessage", where={"chat_id": chat_id}, timeout=timeout)
        return str(sent.params["text"])


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    root = tmp_path_factory.mktemp("refusals")
    knowledge = root / "knowledge"
    shutil.copytree(DEFAULT_DIRECTORY, knowledge)
    with FakeBotAPI() as api:
        # More 429s than the rate limiter retries on its own: the start itself waits them out.
        api.inject("setMyCommands", *[Fault("429", retry_after=1)] * 5)
        api.inject("getMe", Fault("500"), Fault("429", retry_after=1))
        api.inject("deleteWebhook", *[Fault("502")] * 5)
        process = start(
            api,
            root / "bot.log",
            KNOWLEDGE_DIR=str(knowledge),
            DATA_DIR=str(root / "data"),
            TELEGRAM_ADMIN_IDS=str(ADMIN),
            LOG_LEVEL="INFO",
        )
        api.wait_for("setMyCommands", timeout=60)
        yield Bot(api=api, process=process, log=root / "bot.log", knowledge=knowledge)
        if process.poll() is None:
            process.kill()
            process.wait()


def test_429s_and_5xx_at_start_delay_it_without_ending_it(bot: Bot) -> None:
    assert "Alès" in bot.answers("Alès", chat_id=501)
    refused = [c for c in bot.api.calls if c.status != 200]
    assert [c.method for c in refused] == [
        "getMe", "getMe", *["setMyCommands"] * 5, *["deleteWebhook"] * 5
    ]  # fmt: skip
    log = bot.text()
    assert log.count("getMe failed (Internal Server Error)") == 1
    assert log.count("setMyCommands refused (429") == 1
    assert log.count("deleteWebhook failed") == 1


def test_a_429_on_get_updates_waits_its_retry_after(bot: Bot) -> None:
    bot.api.inject("getUpdates", Fault("429", retry_after=2))
    bot.api.wait_faults_served("getUpdates", timeout=30)
    assert "Figeac" in bot.answers("Figeac", chat_id=502)
    polls = [c for c in bot.api.calls if c.method == "getUpdates"]
    refused = next(i for i, c in enumerate(polls) if c.status == 429)
    assert polls[refused + 1].at - polls[refused].at >= 2.0
    assert bot.text().count("getUpdates refused (429 Too Many Requests, retry after 2 s)") == 1
    assert bot.alive()


def test_three_409s_in_a_row_are_explained_once(bot: Bot) -> None:
    bot.api.inject("getUpdates", Fault("409"), Fault("409"), Fault("409"))
    bot.api.wait_faults_served("getUpdates", timeout=30)
    assert "Rodez" in bot.answers("Rodez", chat_id=503)
    assert bot.text().count(CONFLICT_HELP) == 1
    assert bot.text().count("getUpdates works again after 3 failures") == 1
    assert bot.alive()


def test_a_409_that_lasts_30_seconds_is_waited_out(bot: Bot) -> None:
    bot.api.fail_for("getUpdates", Fault("409"), seconds=30)
    started = time.monotonic()
    bot.api.push(tg.private_text("Castres", chat_id=504))
    (sent,) = bot.api.wait_for("sendMessage", where={"chat_id": 504}, timeout=90)
    assert sent.at - started >= 30
    assert "Castres" in sent.params["text"]
    log = bot.text()
    assert log.count(CONFLICT_HELP) == 2  # once for this conflict, once for the one before
    assert "still refused" not in log  # under a minute: no reminder
    assert bot.alive()


def test_a_sighup_with_invalid_knowledge_tells_the_admins_each_problem(bot: Bot) -> None:
    territories = bot.knowledge / "territories.yaml"
    original = territories.read_text("utf-8")
    territories.write_text(original.replace("status: new", "status: nouveau", 1), "utf-8")
    try:
        bot.process.send_signal(signal.SIGHUP)  # type: ignore[attr-defined]
        (report,) = bot.api.wait_for("sendMessage", where={"chat_id": ADMIN})
    finally:
        territories.write_text(original, "utf-8")
    assert "invalides" in report.params["text"]
    assert "territories.yaml:" in report.params["text"]
    wait_until(lambda: "reload refused: " in bot.text(), timeout=10)
    (problem,) = [line for line in bot.text().splitlines() if "reload refused: " in line]
    assert "territories.yaml:" in problem and ".status" in problem


def test_stats_tell_the_admins_how_often_polling_was_refused(bot: Bot) -> None:
    bot.api.push(tg.command("/stats", chat_id=505, user_id=ADMIN))
    (stats,) = bot.api.wait_for("sendMessage", where={"chat_id": 505}, timeout=60)
    refused = [c for c in bot.api.calls if c.method == "getUpdates" and c.status != 200]
    assert f"Réception des messages : {len(refused)} refus de Telegram" in stats.params["text"]
    assert "409 Conflict" in stats.params["text"]


def test_zz_a_token_revoked_while_polling_exits_2_with_one_line(bot: Bot) -> None:
    bot.api.token = "999:" + "y" * 35
    assert bot.process.wait(timeout=30) == 2  # type: ignore[attr-defined]
    log = bot.text()
    assert log.count("rejected TELEGRAM_BOT_TOKEN") == 1
    assert "Traceback" not in log
    assert "still running" not in log


def test_a_refused_or_rate_limited_set_webhook_is_tried_again(tmp_path: Path) -> None:
    with FakeBotAPI() as api:
        api.inject("setWebhook", Fault("400"), *[Fault("429", retry_after=1)] * 4, Fault("500"))
        process, url = start_webhook(
            api,
            tmp_path / "webhook.log",
            secret="s3cret-token-for-tests",
            DATA_DIR=str(tmp_path),
            TELEGRAM_ADMIN_IDS=str(ADMIN),
            LOG_LEVEL="INFO",
        )
        try:
            (hook,) = api.wait_for("setWebhook", timeout=60)
            assert hook.params["url"] == url
            assert process.poll() is None
        finally:
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=10) == 0
    log = (tmp_path / "webhook.log").read_text()
    assert log.count("setWebhook failed (") == 1  # the 400, then silence until it works
    assert "setWebhook works again after 2 failures" in log
