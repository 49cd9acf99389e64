"""The question log: what it keeps, for how long, and that it never gets in an answer's way."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.questionlog import QuestionLog, needs_attention

NOW = dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC)


def test_only_unconfident_answers_need_attention(engine: Engine) -> None:
    assert needs_attention(engine.ask(question="quelle météo demain ?"))
    assert needs_attention(engine.ask(question="Montpelier"))
    assert needs_attention(engine.ask(question="Est-ce que Zorglubville est lauréat ?"))
    assert not needs_attention(engine.ask(question="Alès"))


def test_records_question_understanding_and_no_clear_user_id(
    tmp_path: Path, engine: Engine
) -> None:
    log = QuestionLog(path=tmp_path / "q.sqlite3")
    assert log.record(
        answer=engine.ask(question="Montpelier"), chat_type="private", user_id=987654321, now=NOW
    )
    (row,) = log.questions()
    assert (row.question, row.intent, row.chat_type, row.kind) == (
        "Montpelier",
        "clarify",
        "private",
        "unanswered",
    )
    log.close()
    connection = sqlite3.connect(tmp_path / "q.sqlite3")
    dump = "\n".join(connection.iterdump())
    assert "987654321" not in dump
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_rows_older_than_the_retention_are_deleted(tmp_path: Path, engine: Engine) -> None:
    log = QuestionLog(path=tmp_path / "q.sqlite3", retention_days=90)
    answer = engine.ask(question="raconte une blague")
    log.record(answer=answer, chat_type="private", user_id=1, now=NOW - dt.timedelta(days=91))
    log.record(answer=answer, chat_type="group", user_id=1, now=NOW - dt.timedelta(days=10))
    log.record(answer=answer, chat_type="private", user_id=1, now=NOW)
    assert [q.chat_type for q in log.questions()] == ["group", "private"]


def test_a_disliked_answer_keeps_its_text(tmp_path: Path, engine: Engine) -> None:
    log = QuestionLog(path=tmp_path / "q.sqlite3")
    log.record(
        answer=engine.ask(question="Alès"), chat_type="private", user_id=None, kind="disliked"
    )
    connection = sqlite3.connect(tmp_path / "q.sqlite3")
    assert connection.execute("SELECT answer FROM questions").fetchone()[0].startswith("Oui")


def test_an_unusable_disk_is_logged_and_never_raises(
    tmp_path: Path, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    log = QuestionLog(path=blocker / "q.sqlite3")
    with caplog.at_level(logging.WARNING):
        assert not log.record(answer=engine.ask(question="?"), chat_type="private", user_id=1)
    assert "question log unavailable" in caplog.text


def test_a_locked_database_is_logged_and_never_raises(
    tmp_path: Path, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "q.sqlite3"
    QuestionLog(path=path).record(answer=engine.ask(question="?"), chat_type="private", user_id=1)
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with caplog.at_level(logging.WARNING):
            assert not QuestionLog(path=path, busy_timeout_seconds=0.05).record(
                answer=engine.ask(question="?"), chat_type="private", user_id=1
            )
    finally:
        holder.rollback()
    assert "question log unavailable" in caplog.text


def test_two_processes_share_one_salt_and_both_record(tmp_path: Path, engine: Engine) -> None:
    path = tmp_path / "q.sqlite3"
    first, second = QuestionLog(path=path), QuestionLog(path=path)
    answer = engine.ask(question="?")
    assert first.record(answer=answer, chat_type="private", user_id=7)
    assert second.record(answer=answer, chat_type="private", user_id=7)
    hashes = {row[0] for row in sqlite3.connect(path).execute("SELECT user_hash FROM questions")}
    assert len(hashes) == 1


def test_reading_a_log_that_does_not_exist_yet_creates_nothing(tmp_path: Path) -> None:
    assert QuestionLog(path=tmp_path / "none.sqlite3").questions() == []
    assert not (tmp_path / "none.sqlite3").exists()
