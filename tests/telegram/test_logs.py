"""Log lines: plain or JSON, never the token."""

from __future__ import annotations

import json
import logging
import sys

from bot.telegram.logs import JsonFormatter, PlainFormatter, RedactSecrets


def record(message: str, **extra: object) -> logging.LogRecord:
    entry = logging.LogRecord("bot", logging.INFO, __file__, 1, message, None, None)
    entry.__dict__.update(extra)
    return entry


def test_json_lines_carry_the_answer_fields() -> None:
    line = JsonFormatter().format(
        record("answered", update_id=7, intent="laureate", confidence=1.0, latency_ms=3.2)
    )
    data = json.loads(line)
    assert data["event"] == "answered"
    assert data["level"] == "INFO"
    assert {data["update_id"], data["intent"], data["latency_ms"]} == {7, "laureate", 3.2}
    assert "time" in data


def test_plain_lines_append_the_fields() -> None:
    assert (
        PlainFormatter().format(record("answered", intent="axes")).endswith("answered intent=axes")
    )


def test_the_token_is_redacted_even_inside_exceptions() -> None:
    token = "123:secret-token-value-that-is-long-enough"
    entry = record(f"calling https://api.telegram.org/bot{token}/getMe")
    try:
        raise RuntimeError(token)
    except RuntimeError:
        entry.exc_info = sys.exc_info()
    RedactSecrets([token]).filter(entry)
    assert token not in entry.getMessage()
    assert "<token>" in entry.getMessage()
