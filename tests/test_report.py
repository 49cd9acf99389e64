"""`territoires-bot report`: unanswered questions grouped, most asked first."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from bot.engine import Engine
from bot.questionlog import QUESTION_LOG_FILE, LoggedQuestion, QuestionLog
from bot.report import as_csv, group_questions

DAY = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def asked(question: str, day: int) -> LoggedQuestion:
    return LoggedQuestion(
        DAY + dt.timedelta(days=day), "unanswered", "private", question, "out_of_scope", 0.0
    )


def test_similar_questions_form_one_group_most_frequent_first() -> None:
    groups = group_questions(
        questions=[
            asked("Quel est le calendrier ?", 0),
            asked("Où candidater ?", 1),
            asked("quel est le calendrier", 2),
            asked("Le calendrier, quel est-il ?", 3),
        ]
    )
    assert [(g.example, g.count) for g in groups] == [
        ("Quel est le calendrier ?", 3),
        ("Où candidater ?", 1),
    ]
    assert groups[0].first == DAY and groups[0].last == DAY + dt.timedelta(days=3)


def test_csv_has_a_header_and_one_row_per_group() -> None:
    lines = as_csv(group_questions(questions=[asked("a b c", 0), asked("x y z", 0)])).splitlines()
    assert lines[0] == "count,example,first,last,variants"
    assert len(lines) == 3


def test_report_command_reads_the_log_with_since_and_csv(tmp_path: Path, engine: Engine) -> None:
    log = QuestionLog(path=tmp_path / QUESTION_LOG_FILE)
    old, recent = dt.datetime.now(dt.UTC) - dt.timedelta(days=20), dt.datetime.now(dt.UTC)
    log.record(
        answer=engine.ask(question="horaires de la préfecture ?"),
        chat_type="private",
        user_id=1,
        now=old,
    )
    log.record(
        answer=engine.ask(question="raconte une blague"), chat_type="private", user_id=1, now=recent
    )
    log.close()

    def report(*args: str) -> str:
        command = [sys.executable, "-m", "bot", "report", "--data", str(tmp_path), *args]
        return subprocess.run(
            command, capture_output=True, text=True, check=True, timeout=60
        ).stdout

    assert "horaires" in report()
    since = (recent - dt.timedelta(days=1)).date().isoformat()
    assert "horaires" not in report("--since", since)
    assert report("--csv").startswith("count,example")
