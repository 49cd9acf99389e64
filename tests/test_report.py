"""`territoires-bot report`: unanswered questions grouped, most asked first."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.engine import Engine
from bot.questions import log as questionlog
from bot.questions.log import QUESTION_LOG_FILE, LoggedQuestion, QuestionLog
from bot.questions.report import as_csv, group_questions

DAY = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
TOPICS = (
    "calendrier des appels",
    "horaires de la prefecture",
    "meteo a toulouse",
    "recette cassoulet",
)


def variants(rows: int) -> list[str]:
    """Questions on a few topics, each asked in several forms with typos: a busy month."""
    rng = random.Random(12)
    out = []
    for index in range(rows):
        words = f"quel est le {TOPICS[index % len(TOPICS)]} {index % 7}".split()
        if rng.random() < 0.5:
            position = rng.randrange(len(words))
            word = words[position]
            cut = rng.randrange(len(word))
            words[position] = word[:cut] + word[cut + 1 :]  # a typo
        out.append(" ".join(words) + rng.choice(["", " ?", " svp"]))
    return out


def fill_log(path: Path, *, rows: int, now: dt.datetime) -> None:
    """A question log of `rows` questions of the last 30 days, written in one transaction."""
    connection = sqlite3.connect(path)
    connection.executescript(questionlog._SCHEMA)
    connection.executemany(
        "INSERT INTO questions (asked_at, kind, chat_type, user_hash, question, intent,"
        " confidence, understood, answer) VALUES (?, 'unanswered', 'private', NULL, ?,"
        " 'out_of_scope', 0.0, '{}', NULL)",
        [
            ((now - dt.timedelta(minutes=index % 40000)).isoformat(), text)
            for index, text in enumerate(variants(rows))
        ],
    )
    connection.commit()
    connection.close()


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


def test_many_questions_with_typos_fall_into_their_topics_groups() -> None:
    questions = [asked(text, index % 30) for index, text in enumerate(variants(2000))]
    groups = group_questions(questions=questions)
    # Four topics with a digit each: 28 forms, plus the few that typos push apart.
    assert len(groups) <= 40
    assert sum(g.count for g in groups) == 2000
    assert sum(g.count for g in groups[:28]) >= 1900


def test_no_question_makes_no_group() -> None:
    assert group_questions(questions=[]) == []
