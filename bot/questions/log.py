"""What people asked that the bot could not answer well, kept in SQLite for the press office.

Recording never breaks or slows an answer: every failure is logged and swallowed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import secrets
import shutil
import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bot.answer import Answer
from bot.understanding.intents import Intent

log = logging.getLogger(__name__)

QUESTION_LOG_FILE = "questions.sqlite3"
BUSY_TIMEOUT_SECONDS = 2.0
# Creating the database races with a reader opening it; a locked write is tried again.
WRITE_ATTEMPTS = 3
DEFAULT_RETENTION_DAYS = 90
# The write-ahead log is checkpointed every CHECKPOINT_EVERY writes and kept under this size.
CHECKPOINT_EVERY = 200
WAL_LIMIT_BYTES = 4_000_000
# Below this much free space on DATA_DIR, the start-up check warns.
LOW_DISK_BYTES = 50_000_000
# A failing log warns once, then once a minute at most, with the count of lost rows.
WARN_EVERY_SECONDS = 60.0
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


@dataclass(frozen=True)
class Health:
    """Whether questions are being recorded, for the start-up check and /stats."""

    ok: bool
    detail: str
    recorded: int = 0
    lost: int = 0


def _unwritable_hint(directory: Path) -> str:
    """What to do when a mounted directory refuses the bot's user: sqlite only says that it
    is « unable to open database file »."""
    if directory.is_dir() and not os.access(directory, os.W_OK):
        return (
            f" ({directory} is not writable by uid {os.getuid()}: give it to that uid, "
            "or mount a named volume)"
        )
    return ""


class QuestionLog:
    def __init__(
        self,
        *,
        path: Path,
        retention_days: int = DEFAULT_RETENTION_DAYS,
        busy_timeout_seconds: float = BUSY_TIMEOUT_SECONDS,
        key: bytes | None = None,
    ) -> None:
        self.path = path
        self.busy_timeout = busy_timeout_seconds
        self.retention_days = retention_days
        self.retention = dt.timedelta(days=retention_days)
        # The user hashes' key never enters the database: whoever gets the file alone
        # cannot recover user ids by trying every possible one. Without a key given, one
        # for this run only.
        self._key = key or secrets.token_bytes(32)
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._writes = 0
        self._recorded = 0
        self._lost = 0
        self._error: str | None = None
        self._warned_at = -WARN_EVERY_SECONDS
        self._unwarned = 0

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Writes happen in a worker thread, off the reply path: waiting for a reader
            # (`report`, /stats) costs no user anything, losing the row would.
            connection = sqlite3.connect(
                self.path, timeout=self.busy_timeout, check_same_thread=False
            )
            connection.execute("PRAGMA journal_mode=WAL")
            # After each checkpoint the write-ahead log is cut back to this size.
            connection.execute(f"PRAGMA journal_size_limit={WAL_LIMIT_BYTES}")
            connection.executescript(_SCHEMA)
            # Earlier versions kept a salt here, next to the hashes it protected.
            connection.execute("DELETE FROM meta WHERE key = 'salt'")
            connection.commit()
            self._connection = connection
        return self._connection

    def user_hash(self, user_id: int, *, moment: dt.datetime) -> str:
        """An HMAC under a key that changes every retention period: hashes of one user in
        two periods cannot be linked, and rows outlive their period by one at most."""
        period = int(moment.timestamp() // self.retention.total_seconds())
        period_key = hmac.new(self._key, f"period:{period}".encode(), hashlib.sha256).digest()
        return hmac.new(period_key, str(user_id).encode(), hashlib.sha256).hexdigest()[:16]

    def check(self) -> Health:
        """Opens the log and tries a write: called at start, so that a read-only or full
        volume shows at once rather than as the first lost question."""
        try:
            with self._lock:
                connection = self._connect()
                connection.execute("BEGIN IMMEDIATE")
                connection.execute("INSERT INTO meta VALUES ('check', 'x')")
                connection.rollback()
            free = shutil.disk_usage(self.path.parent).free
        except (sqlite3.Error, OSError) as error:
            # The caller says it, at start.
            self._error = f"{self.path}: {error}{_unwritable_hint(self.path.parent)}"
            return self.health()
        if free < LOW_DISK_BYTES:
            self._error = f"{self.path.parent}: only {free // 1_000_000} MB free"
            log.warning("question log: %s; questions may stop being recorded", self._error)
        return self.health()

    def health(self) -> Health:
        if self._error is not None:
            return Health(False, self._error, self._recorded, self._lost)
        return Health(True, str(self.path), self._recorded, self._lost)

    def _fail(self, error: str) -> None:
        """Rate-limited: the first failure is logged, then one line a minute at most."""
        self._error = error
        self._lost += 1
        self._unwarned += 1
        now = time.monotonic()
        if now - self._warned_at >= WARN_EVERY_SECONDS:
            log.warning(
                "question log unavailable, %d answers sent without recording since the last "
                "warning: %s",
                self._unwarned,
                error,
            )
            self._warned_at = now
            self._unwarned = 0

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
                self._fail(str(error))
                return False
            except (sqlite3.Error, OSError) as error:
                self._fail(str(error))
                return False
            self._recorded += 1
            self._error = None
            return True
        return False

    def _insert(
        self, *, answer: Answer, chat_type: str, user_id: int | None, kind: str, moment: dt.datetime
    ) -> None:
        understood = {"territories": answer.territories, "suggestions": answer.suggestions}
        user_hash = None if user_id is None else self.user_hash(user_id, moment=moment)
        with self._lock:
            connection = self._connect()
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
            self._writes += 1
            if self._writes % CHECKPOINT_EVERY == 0:
                # A reader holding the log open stops SQLite's automatic checkpoints short
                # of the end; this one waits for nobody and truncates what it can.
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

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
                with contextlib.suppress(sqlite3.Error):
                    self._connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._connection.close()
                self._connection = None
