"""/stats on a large question log while other chats are answered, end to end."""

from __future__ import annotations

import datetime as dt
import signal
import sqlite3
from pathlib import Path

from bot.questions.log import QUESTION_LOG_FILE
from tests.telegram import fake_bot_api as tg
from tests.telegram.fake_bot_api import FakeBotAPI
from tests.telegram.test_serve import start
from tests.test_report import fill_log

ADMIN = 4242
ROWS = 5000
OTHERS = range(700, 720)


def test_stats_on_a_large_log_does_not_hold_up_other_chats(tmp_path: Path) -> None:
    fill_log(tmp_path / QUESTION_LOG_FILE, rows=ROWS, now=dt.datetime.now(dt.UTC))
    with FakeBotAPI() as api:
        process = start(
            api, tmp_path / "bot.log", DATA_DIR=str(tmp_path), TELEGRAM_ADMIN_IDS=str(ADMIN)
        )
        try:
            api.wait_for("setMyCommands", timeout=30)
            api.push(tg.command("/stats", chat_id=699, user_id=ADMIN))
            for chat_id in OTHERS:
                api.push(tg.private_text("Alès", chat_id=chat_id))
            (stats,) = api.wait_for("sendMessage", where={"chat_id": 699}, timeout=60)
            answers = [api.wait_for("sendMessage", where={"chat_id": c})[0] for c in OTHERS]
        finally:
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=10) == 0
    assert f"30 derniers jours : {ROWS}" in stats.params["text"]
    assert "Les plus fréquentes" in stats.params["text"]
    # The other chats were answered while /stats was being computed, not after it.
    assert sum(answer.at < stats.at for answer in answers) == len(OTHERS)
    assert sqlite3.connect(tmp_path / QUESTION_LOG_FILE).execute(
        "SELECT count(*) FROM questions"
    ).fetchone() == (ROWS,)
