"""The poller against a stub Bot API: acknowledgement after answering, no stall behind a slow
update, and every refusal waited out but a rejected token."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError, RetryAfter

from bot.errors import ConfigError
from bot.telegram import refusals
from bot.telegram.polling import HELD_LIMIT, Poller


class StubBot:
    """getUpdates as Telegram does it: what is at or above the offset, `limit` at most."""

    def __init__(self, count: int) -> None:
        self.pending = [Update(update_id=i) for i in range(1, count + 1)]
        self.offsets: list[int | None] = []

    async def get_updates(
        self, *, offset: int | None, limit: int, timeout: float, **_: Any
    ) -> list[Update]:
        self.offsets.append(offset)
        if offset is not None:
            self.pending = [u for u in self.pending if u.update_id >= offset]
        if not self.pending:
            await asyncio.sleep(min(timeout, 0.05))
        return self.pending[:limit]


class StubApplication:
    def __init__(self, count: int, *, slow: int) -> None:
        self.bot = StubBot(count)
        self.slow = slow
        self.release = asyncio.Event()
        self.answered: list[int] = []

    async def process_update(self, update: Update) -> None:
        if update.update_id == self.slow:
            await self.release.wait()
        self.answered.append(update.update_id)


def test_a_slow_update_does_not_stall_the_others_and_the_stop_waits_for_it() -> None:
    async def scenario() -> tuple[StubApplication, list[int]]:
        application = StubApplication(300, slow=2)
        stop = asyncio.Event()
        poller = Poller(application, poll_timeout=0.05)  # type: ignore[arg-type]
        running = asyncio.create_task(poller.run(stop))
        for _ in range(400):
            if len(application.answered) == 299:
                break
            await asyncio.sleep(0.01)
        answered_meanwhile = list(application.answered)
        stop.set()
        await asyncio.sleep(0.05)
        application.release.set()  # the stop is still waiting for it
        await running
        return application, answered_meanwhile

    application, meanwhile = asyncio.run(scenario())
    assert 2 not in meanwhile and len(meanwhile) == 299  # everything else went through
    assert sorted(application.answered) == list(range(1, 301))  # the slow one, at the stop
    # The offset never passed update 2 while fewer than HELD_LIMIT were held behind it.
    offsets = [o for o in application.bot.offsets if o is not None]
    first_past = next(i for i, o in enumerate(offsets) if o > 2)
    assert all(o <= 2 for o in offsets[:first_past])
    assert application.bot.offsets[-1] == 301  # all acknowledged at the end
    assert HELD_LIMIT < 100


class FailingBot(StubBot):
    """Fails its first calls with the given errors, then serves as Telegram does."""

    def __init__(self, count: int, errors: list[Exception]) -> None:
        super().__init__(count)
        self.errors = errors

    async def get_updates(
        self, *, offset: int | None, limit: int, timeout: float, **kwargs: Any
    ) -> list[Update]:
        if self.errors:
            raise self.errors.pop(0)
        return await super().get_updates(offset=offset, limit=limit, timeout=timeout, **kwargs)


def run_until_answered(application: StubApplication, count: int) -> Poller:
    async def scenario() -> Poller:
        stop = asyncio.Event()
        poller = Poller(application, poll_timeout=0.05)  # type: ignore[arg-type]
        running = asyncio.create_task(poller.run(stop))
        for _ in range(2000):
            if len(application.answered) == count or running.done():
                break
            await asyncio.sleep(0.01)
        stop.set()
        await running
        return poller

    return asyncio.run(scenario())


def test_an_unforeseen_error_is_logged_with_its_traceback_and_polling_goes_on(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refusals, "OTHER_WAITS", (0.01,))
    application = StubApplication(3, slow=0)
    application.bot = FailingBot(3, [RuntimeError("boom")])
    with caplog.at_level(logging.INFO):
        poller = run_until_answered(application, 3)
    assert application.answered == [1, 2, 3]
    (failure,) = [r for r in caplog.records if "failed unexpectedly" in r.getMessage()]
    assert failure.exc_info is not None  # the traceback
    assert poller.refusals.count == 1


def test_a_rejected_token_ends_polling_with_a_config_error() -> None:
    application = StubApplication(3, slow=0)
    application.bot = FailingBot(3, [InvalidToken("Unauthorized")])
    with pytest.raises(ConfigError, match="rejected"):
        run_until_answered(application, 3)


def test_conflicts_are_explained_once_and_waited_out_in_growing_waits(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refusals, "CONFLICT_WAITS", (0.01, 0.02, 0.04))
    application = StubApplication(2, slow=0)
    application.bot = FailingBot(2, [Conflict("terminated by other getUpdates request")] * 5)
    with caplog.at_level(logging.INFO):
        poller = run_until_answered(application, 2)
    assert application.answered == [1, 2]
    messages = [r.getMessage() for r in caplog.records]
    assert sum("another copy of the bot" in m for m in messages) == 1
    assert sum("works again after 5 failures" in m for m in messages) == 1
    assert poller.refusals.count == 5
    assert poller.refusals.last is not None and "409" in poller.refusals.last.reason


def test_refusals_wait_as_telegram_asks_and_remind_once_a_minute(
    caplog: pytest.LogCaptureFixture,
) -> None:
    now = [0.0]
    tracker = refusals.Refusals(call="getUpdates", clock=lambda: now[0])
    assert tracker.wait_after(RetryAfter(7)) == 7
    waits = []
    with caplog.at_level(logging.WARNING):
        for _ in range(30):
            now[0] += 5
            waits.append(tracker.wait_after(Conflict("conflict")))
    assert waits[:5] == [*refusals.CONFLICT_WAITS[1:], refusals.CONFLICT_WAITS[-1]]
    assert max(waits) == refusals.CONFLICT_WAITS[-1]
    # 150 s of refusals after the first line: two reminders, not thirty lines.
    assert sum("still refused" in r.getMessage() for r in caplog.records) == 2
    assert tracker.wait_after(NetworkError("Bad Gateway")) == refusals.NETWORK_WAITS[-1]
    tracker.succeeded()
    assert tracker.wait_after(NetworkError("Bad Gateway")) == refusals.NETWORK_WAITS[0]
    assert tracker.count == 33
