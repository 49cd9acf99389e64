"""Logging set-up: readable lines or JSON, quiet HTTP clients, and no secret ever written."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable

# Fields handlers attach with `extra=`, shown by both formats.
FIELDS = ("update_id", "intent", "confidence", "latency_ms", "question", "answers", "errors")


class RedactSecrets(logging.Filter):
    """Replaces each secret (the bot token) wherever it would appear in a log line."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            message = f"{message}\n{logging.Formatter().formatException(record.exc_info)}"
            record.exc_info = None
        for secret in self._secrets:
            message = message.replace(secret, "<token>")
        record.msg, record.args = message, None
        return True


class WithoutTraceback(logging.Filter):
    """Keeps a record's line, drops its traceback: for a logger whose failures are logged again,
    with what follows from them, where they are handled."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.exc_info = None
        return True


# One instance, so that setting logging up again adds no second filter.
_WITHOUT_TRACEBACK = WithoutTraceback()


class PlainFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s: %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extras = [f"{name}={getattr(record, name)}" for name in FIELDS if hasattr(record, name)]
        return " ".join([line, *extras])


class JsonFormatter(logging.Formatter):
    """One JSON object a line, for log collectors."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
        }
        entry.update({name: getattr(record, name) for name in FIELDS if hasattr(record, name)})
        return json.dumps(entry, ensure_ascii=False)


def setup_logging(*, level: str, secrets: Iterable[str], json_lines: bool = False) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if json_lines else PlainFormatter())
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL, and Bot API URLs contain the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # The rate limiter logs a 429 it gave up on with a traceback; the caller that receives the
    # RetryAfter logs it once more with what it does next (bot.telegram.refusals, handlers).
    logging.getLogger("telegram.ext.AIORateLimiter").addFilter(_WITHOUT_TRACEBACK)
