"""The periodic summary: its last line comes after the stop's answers, so none is left out."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.telegram.summary import Summary


def test_the_last_line_counts_the_answers_sent_while_stopping(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def scenario() -> None:
        summary, stop = Summary(), asyncio.Event()
        running = asyncio.create_task(summary.run(stop, every=3600))
        summary.answered(intent="laureate", latency_ms=3.0)
        await asyncio.sleep(0)
        stop.set()
        await running  # the stop alone writes nothing: answers may still be on their way
        assert not [r for r in caplog.records if "summary" in r.getMessage()]
        summary.answered(intent="laureate", latency_ms=5.0)  # answered during the stop
        summary.finish()

    with caplog.at_level(logging.INFO):
        asyncio.run(scenario())
    (line,) = [r.getMessage() for r in caplog.records if "summary" in r.getMessage()]
    assert "2 answers" in line and "laureate 2" in line
