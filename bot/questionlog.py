"""What people asked that the bot could not answer well, kept in SQLite for the press office.

Recording never breaks or slows an answer: every failure is logged and swallowed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import secrets
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bot.answer import Answer
from bot.intents import Intent

log = logging.getLogger(__name__)

QUESTION_LOG_FILE = "questions.sqlite3"
BUSY_TIMEOUT_SECONDS = 2.0
# Creating the database races with a reader opening it; a locked write is tried again.
WRITE_ATTEMPTS = 3
DEFAULT_RETENTION_DAYS = 90
# Below this confidence an answer counts as not confident.
CONFIDENT = 0.5
_UNANSWERED = frozenset({Intent.CLARIFY, Intent.OUT_OF_SCOPE})
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY,
    asked_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    chat_type TEXT NOT NULL,
    user_hash TEXT,
    question TEXT NOT NULL,
    intent TEXT NOT NULL,
    confidence REAL NOT NULL,
    understood TEXT NOT NULL,
    answer TEXT
);
CREATE INDEX IF NOT EXISTS questions_asked_at ON questions (asked_at);
"""


@dataclass(frozen=True)
class LoggedQuestion:
    asked_at: dt.datetime
    kind: str  # "unanswered" or "disliked"
    chat_type: str
    question: str
    intent: str
    confidence: float


def needs_attention(answer: Answer) -> bool:
    """No intent, a « did you mean », a fallback, or a low confidence."""
    return answer.intent in _UNANSWERED or answer.confidence < CONFIDENT


class QuestionLog:
    def __init__(
        self,
        *,
        path: Path,
        retention_days: int = DEFAULT_RETENTION_DAYS,
        busy_timeout_seconds: float = BUSY_TIMEOUT_SECONDS,
    ) -> None:
        self.path = path
        self.busy_timeout = busy_timeout_seconds
        self.retention = dt.timedelta(days=retention_days)
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._salt = ""

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Writes happen in a worker thread, off the reply path: waiting for a reader
            # (`report`, /stats) costs no user anything, losing the row would.
            connection = sqlite3.connect(
                self.path, timeout=self.busy_timeout, check_same_thread=False
            )
            connection.execute("PRAGMA journal_mode=WAL")
            connection.executescript(_SCHEMA)
            # Another process (the bot, `report`) may create the salt at the same moment.
            connection.execute(
                "INSERT OR IGNORE INTO meta VALUES ('salt', ?)", (secrets.token_hex(16),)
            )
            connection.commit()
            self._salt = connection.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()[
                0
            ]
            self._connection = connection
        return self._connection

    def record(
        self,
        *,
        answer: Answer,
        chat_type: str,
        user_id: int | None,
        kind: str = "unanswered",
        now: dt.datetime | None = None,
    ) -> bool:
        """Stores one question; False (and a log line) when the database cannot take it."""
        moment = now or dt.datetime.now(dt.UTC)
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                self._insert(
                    answer=answer, chat_type=chat_type, user_id=user_id, kind=kind, moment=moment
                )
            except sqlite3.OperationalError as error:
                if attempt < WRITE_ATTEMPTS and "locked" in str(error):
                    time.sleep(0.1 * attempt)
                    continue
                log.warning("question log unavailable, answer sent without recording: %s", error)
                return False
            except (sqlite3.Error, OSError) as error:
                log.warning("question log unavailable, answer sent without recording: %s", error)
                return False
            return True
        return False

    def _insert(
        self, *, answer: Answer, chat_type: str, user_id: int | None, kind: str, moment: dt.datetime
    ) -> None:
        understood = {"territories": answer.territories, "suggestions": answer.suggestions}
        with self._lock:
            connection = self._connect()
            user_hash = None
            if user_id is not None:
                user_hash = hashlib.sha256(f"{self._salt}:{user_id}".encode()).hexdigest()[:16]
            try:
                connection.execute(
                    "INSERT INTO questions (asked_at, kind, chat_type, user_hash, question, intent,"
                    " confidence, understood, answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        moment.isoformat(),
                        kind,
                        chat_type,
                        user_hash,
                        answer.question[:1000],
                        str(answer.intent),
                        answer.confidence,
                        json.dumps(understood, ensure_ascii=False),
                        answer.text if kind == "disliked" else None,
                    ),
                )
                connection.execute(
                    "DELETE FROM questions WHERE asked_at < ?",
                    ((moment - self.retention).isoformat(),),
                )
                connection.commit()
            except sqlite3.Error:
                connection.rollback()
                raise

    def questions(self, *, since: dt.datetime | None = None) -> list[LoggedQuestion]:
        if not self.path.exists():
            return []
        # Readers (`report`, /stats) open their own read-only connection: they never take
        # the write lock the bot's recorder needs.
        reader = sqlite3.connect(
            f"{self.path.resolve().as_uri()}?mode=ro", uri=True, timeout=self.busy_timeout
        )
        try:
            rows = reader.execute(
                "SELECT asked_at, kind, chat_type, question, intent, confidence FROM questions"
                " WHERE asked_at >= ? ORDER BY asked_at",
                ((since or dt.datetime.min.replace(tzinfo=dt.UTC)).isoformat(),),
            ).fetchall()
        except sqlite3.OperationalError:
            return []  # created, but no table yet: nothing was recorded
        finally:
            reader.close()
        return [
            LoggedQuestion(dt.datetime.fromisoformat(r[0]), r[1], r[2], r[3], r[4], r[5])
            for r in rows
        ]

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
