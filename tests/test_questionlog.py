"""The question log: what it keeps, for how long, and that it never gets in an answer's way."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.questions.log import CHECKPOINT_EVERY, QuestionLog, needs_attention

NOW = dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC)
KEY = bytes(range(32))


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


def test_two_processes_with_one_key_hash_a_user_alike_and_both_record(
    tmp_path: Path, engine: Engine
) -> None:
    path = tmp_path / "q.sqlite3"
    first, second = QuestionLog(path=path, key=KEY), QuestionLog(path=path, key=KEY)
    answer = engine.ask(question="?")
    assert first.record(answer=answer, chat_type="private", user_id=7)
    assert second.record(answer=answer, chat_type="private", user_id=7)
    hashes = {row[0] for row in sqlite3.connect(path).execute("SELECT user_hash FROM questions")}
    assert len(hashes) == 1


def test_the_key_stays_out_of_the_database_and_an_old_salt_is_removed(
    tmp_path: Path, engine: Engine
) -> None:
    path = tmp_path / "q.sqlite3"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    old.execute("INSERT INTO meta VALUES ('salt', 'an-old-salt')")
    old.commit()
    old.close()
    log = QuestionLog(path=path, key=KEY)
    log.record(answer=engine.ask(question="?"), chat_type="private", user_id=7, now=NOW)
    log.close()
    dump = "\n".join(sqlite3.connect(path).iterdump())
    assert KEY.hex() not in dump and "an-old-salt" not in dump
    assert log.user_hash(7, moment=NOW) in dump


def test_hashes_of_one_user_differ_from_one_retention_period_to_the_next() -> None:
    log = QuestionLog(path=Path("unused"), retention_days=90, key=KEY)
    same_period = log.user_hash(7, moment=NOW), log.user_hash(7, moment=NOW)
    assert same_period[0] == same_period[1]
    later = NOW + dt.timedelta(days=90)
    assert log.user_hash(7, moment=later) != log.user_hash(7, moment=NOW)
    assert log.user_hash(8, moment=NOW) != log.user_hash(7, moment=NOW)


def test_an_unwritable_data_dir_shows_at_start_and_in_the_health(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    log = QuestionLog(path=blocker / "q.sqlite3")
    health = log.check()
    assert not health.ok
    assert "not-a-directory" in health.detail
    assert health.lost == 0
    assert QuestionLog(path=tmp_path / "q.sqlite3").check().ok


def test_a_data_dir_the_user_cannot_write_says_so_and_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A root-owned bind mount, as the container's uid 10001 sees it (tests may run as root).
    (tmp_path / "q.sqlite3").mkdir()
    monkeypatch.setattr("bot.questions.log.os.access", lambda path, mode: Path(path) != tmp_path)
    health = QuestionLog(path=tmp_path / "q.sqlite3").check()
    assert not health.ok
    assert f"{tmp_path} is not writable by uid" in health.detail
    assert "named volume" in health.detail


def test_failures_are_counted_and_warned_about_once_a_minute_at_most(
    tmp_path: Path, engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    log = QuestionLog(path=blocker / "q.sqlite3")
    answer = engine.ask(question="?")
    with caplog.at_level(logging.WARNING):
        for _ in range(50):
            log.record(answer=answer, chat_type="private", user_id=1)
    assert caplog.text.count("question log unavailable") == 1
    assert log.health().lost == 50


def test_the_write_ahead_log_is_checkpointed_and_kept_small(tmp_path: Path, engine: Engine) -> None:
    path = tmp_path / "q.sqlite3"
    log = QuestionLog(path=path)
    answer = engine.ask(question="raconte une blague")
    reader = sqlite3.connect(path)  # a reader left open, as `report` may be
    for _ in range(CHECKPOINT_EVERY + 10):
        log.record(answer=answer, chat_type="private", user_id=1)
    reader.close()
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size < 200_000
    log.close()
    assert not wal.exists() or wal.stat().st_size == 0
    assert log.health().recorded == CHECKPOINT_EVERY + 10


def test_reading_a_log_that_does_not_exist_yet_creates_nothing(tmp_path: Path) -> None:
    assert QuestionLog(path=tmp_path / "none.sqlite3").questions() == []
    assert not (tmp_path / "none.sqlite3").exists()
